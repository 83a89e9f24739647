/**
 * The admin app's form controls: the shared ones (src/shared/controls.tsx), and a
 * number field that offers the range its route accepts.
 */

/**
 * External dependencies
 */
import type { ComponentPropsWithoutRef } from 'react';

/**
 * Internal dependencies
 */
import { TextField } from '../../shared/controls';
import { limit, type LimitName } from '../utils/limits';

export {
	CheckboxField,
	SelectField,
	TextAreaField,
	TextField,
	ToggleField,
} from '../../shared/controls';

/**
 * A number field that offers the range its route accepts (`limit()`), so the browser's
 * checks agree with the server's.
 *
 * @param props       TextField's props.
 * @param props.limit The server's name of the range.
 */
export function NumberField( {
	limit: name,
	...props
}: Omit< ComponentPropsWithoutRef< typeof TextField >, 'type' > & {
	limit: LimitName;
} ) {
	return <TextField type="number" { ...limit( name ) } { ...props } />;
}
