/**
 * WordPress dependencies
 */
import { useSelect } from '@wordpress/data';
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { SelectField } from './Fields';
import { store } from '../store';

/**
 * Chooses a cohort; 0 means every cohort when allowed.
 *
 * @param props          Props.
 * @param props.value    Cohort ID.
 * @param props.onChange Called with the new ID.
 * @param props.allowAll Whether "All cohorts" is offered.
 * @param props.label    Label.
 * @return Control.
 */
export default function CohortPicker( {
	value,
	onChange,
	allowAll = true,
	label,
}: {
	value: number;
	onChange: ( id: number ) => void;
	allowAll?: boolean;
	label?: string;
} ) {
	const cohorts = useSelect( ( select ) => select( store ).getCohorts(), [] );
	const options = [
		...( allowAll
			? [
					{
						value: '0',
						label: __( 'All cohorts', 'mentorship-program' ),
					},
			  ]
			: [] ),
		...( cohorts ?? [] ).map( ( cohort ) => ( {
			value: String( cohort.id ),
			label: cohort.name,
		} ) ),
	];
	return (
		<SelectField
			label={ label ?? __( 'Cohort', 'mentorship-program' ) }
			value={ String( value ) }
			options={ options }
			onChange={ ( next: string ) => onChange( Number( next ) ) }
		/>
	);
}
