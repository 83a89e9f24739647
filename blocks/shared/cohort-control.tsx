/**
 * A select of the program's cohorts, for block settings.
 */

/**
 * WordPress dependencies
 */
import apiFetch from '@wordpress/api-fetch';
import { useEffect, useState } from '@wordpress/element';
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { SelectField } from '../../src/shared/controls';

type CohortTerm = { id: number; name: string };

type Props = {
	value: number;
	onChange: ( cohort: number ) => void;
	/** Label of the 0 choice, e.g. "The open cohort". */
	automatic: string;
	help?: string;
};

export default function CohortControl( {
	value,
	onChange,
	automatic,
	help,
}: Props ) {
	const [ cohorts, setCohorts ] = useState< CohortTerm[] >( [] );
	useEffect( () => {
		let live = true;
		apiFetch< CohortTerm[] >( {
			path: '/wp/v2/mentorship_cohort?per_page=100&orderby=id&order=desc&_fields=id,name',
		} )
			.then( ( terms ) => live && setCohorts( terms ) )
			.catch( () => live && setCohorts( [] ) );
		return () => {
			live = false;
		};
	}, [] );
	return (
		<SelectField
			label={ __( 'Cohort', 'mentorship-program' ) }
			help={ help }
			value={ String( value ) }
			options={ [
				{ label: automatic, value: '0' },
				...cohorts.map( ( cohort ) => ( {
					label: cohort.name,
					value: String( cohort.id ),
				} ) ),
			] }
			onChange={ ( next: string ) => onChange( Number( next ) ) }
		/>
	);
}
