/**
 * A select of the program's cohorts, for the settings of a block with a `cohort`
 * attribute (0: the block picks one by itself).
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
import { withSettingsPreview } from './settings-preview';

type CohortTerm = { id: number; name: string };

type Props = {
	/** The block's attributes: the select shows and sets `cohort`. */
	attributes: { cohort: number };
	setAttributes: ( attributes: { cohort: number } ) => void;
	/** Label of the 0 choice, e.g. "The open cohort". */
	automatic: string;
	help?: string;
};

export default function CohortControl( {
	attributes,
	setAttributes,
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
			value={ String( attributes.cohort ) }
			options={ [
				{ label: automatic, value: '0' },
				...cohorts.map( ( cohort ) => ( {
					label: cohort.name,
					value: String( cohort.id ),
				} ) ),
			] }
			onChange={ ( next: string ) =>
				setAttributes( { cohort: Number( next ) } )
			}
		/>
	);
}

/**
 * The `edit` component of a block whose one setting is its cohort.
 *
 * @param title Title of the settings panel (called at render, so it is translated).
 * @param texts The select's texts: the label of the automatic choice, and help.
 * @return The `edit` component.
 */
export function withCohortSetting(
	title: () => string,
	texts: () => Pick< Props, 'automatic' | 'help' >
) {
	return withSettingsPreview< { cohort: number } >( title, ( props ) => (
		<CohortControl { ...props } { ...texts() } />
	) );
}
