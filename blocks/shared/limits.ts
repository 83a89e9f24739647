/**
 * The most the block editors' fields and lists take, as the program's rules say: the
 * server prints them before the scripts of the blocks that read them
 * (Story_Post_Type::print_editor_limits()), so no block keeps its own copy.
 */

/**
 * Internal dependencies
 */
import type { ProgramRules } from '../../src/shared/types';

type Limits = Partial< Pick< ProgramRules, 'lengths' | 'counts' > >;

declare global {
	interface Window {
		mentorshipProgramLimits?: Limits;
	}
}

/**
 * The most characters a text field takes, to spread on its input.
 *
 * @param name Field.
 * @return maxLength, or nothing when the page was not told it.
 */
export function maxLength( name: keyof ProgramRules[ 'lengths' ] ): {
	maxLength?: number;
} {
	const length = window.mentorshipProgramLimits?.lengths?.[ name ];
	return length ? { maxLength: length } : {};
}

/**
 * The most items a list takes.
 *
 * @param name List.
 * @return The number, or Infinity when the page was not told it (the server still decides).
 */
export function mostItems( name: keyof ProgramRules[ 'counts' ] ): number {
	return window.mentorshipProgramLimits?.counts?.[ name ] ?? Infinity;
}
