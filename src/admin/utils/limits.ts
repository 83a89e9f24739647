/**
 * The ranges of the admin forms' number fields and the lengths of their text fields,
 * as the server's rules give them.
 */

/**
 * Internal dependencies
 */
import { getBootData } from './boot';
import type { ProgramRules } from '../../shared/types';

/** A number field the server gives a range for. */
export type LimitName = keyof ProgramRules[ 'limits' ];

/**
 * The smallest and largest number a field's route accepts, to spread on its input: the
 * browser's own checks then agree with the server's, which still decides.
 *
 * @param name Field.
 * @return min and max, or nothing when the page was not told them.
 */
export function limit( name: LimitName ): { min?: number; max?: number } {
	return getBootData().rules.limits?.[ name ] ?? {};
}

/** A text field the server gives a most length for. */
export type LengthName = keyof ProgramRules[ 'lengths' ];

/**
 * The most characters a text field's route accepts, to spread on its input: the
 * browser then stops where the server would refuse, and the server still decides.
 *
 * @param name Field.
 * @return maxLength, or nothing when the page was not told it.
 */
export function maxLength( name: LengthName ): { maxLength?: number } {
	const length = getBootData().rules.lengths?.[ name ];
	return length ? { maxLength: length } : {};
}
