/**
 * A list of checkboxes that edits one list of values: each box adds its value to the
 * list or takes it out.
 */

/**
 * Internal dependencies
 */
import { CheckboxField } from './Fields';

/**
 * A list with an item added (once) or taken out.
 *
 * @param list The list.
 * @param item The item.
 * @param on   Whether the item belongs in the list.
 * @return A new list; the order of the others is kept and an added item goes last.
 */
export function toggled< T >( list: T[], item: T, on: boolean ): T[] {
	const others = list.filter( ( one ) => one !== item );
	return on ? [ ...others, item ] : others;
}

type Props< T extends string | number > = {
	/** The boxes, in order. */
	options: Array< { value: T; label: string } >;
	/** The values checked. */
	value: T[];
	/** Called with the new list of values checked. */
	onChange: ( value: T[] ) => void;
};

export default function CheckboxGroup< T extends string | number >( {
	options,
	value,
	onChange,
}: Props< T > ) {
	return (
		<>
			{ options.map( ( option ) => (
				<CheckboxField
					key={ option.value }
					label={ option.label }
					checked={ value.includes( option.value ) }
					onChange={ ( checked ) =>
						onChange( toggled( value, option.value, checked ) )
					}
				/>
			) ) }
		</>
	);
}
