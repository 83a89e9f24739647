/**
 * Which moves a set of applications can all make.
 */

/**
 * Internal dependencies
 */
import type { Application, Stage } from '../../shared/types';

/**
 * Stages that need more than a note: placement names a team, so it is done one by one.
 */
const SINGLE_ONLY: Stage[] = [ 'placed' ];

/**
 * The moves every selected application allows (the intersection of their
 * `allowed_transitions`), in the order the first one lists them.
 *
 * @param items Selected applications.
 * @return Stages they can all move to together.
 */
export function legalBulkMoves(
	items: Array< Pick< Application, 'allowed_transitions' > >
): Stage[] {
	if ( ! items.length ) {
		return [];
	}
	const [ first, ...rest ] = items;
	return ( first.allowed_transitions ?? [] ).filter(
		( stage ) =>
			! SINGLE_ONLY.includes( stage ) &&
			rest.every( ( item ) =>
				( item.allowed_transitions ?? [] ).includes( stage )
			)
	);
}
