/**
 * Loading what a component shows, when it appears and again when what it depends on
 * changes.
 */

/**
 * External dependencies
 */
import type { DependencyList } from 'react';

/**
 * WordPress dependencies
 */
import { useEffect } from '@wordpress/element';

/**
 * Runs `load` now and whenever `deps` change, and hands over its answer or its error.
 * An answer that arrives after the component has gone, or after a newer load began,
 * is dropped, so an old answer never replaces a newer one.
 *
 * @param load     Starts the request.
 * @param onLoaded Takes the answer.
 * @param onFailed Takes what the request rejected with.
 * @param deps     What the request depends on, as for useEffect.
 */
export function useLoad< T >(
	load: () => Promise< T >,
	onLoaded: ( value: T ) => void,
	onFailed: ( error: unknown ) => void,
	deps: DependencyList
): void {
	useEffect(
		() => {
			let live = true;
			load().then(
				( value ) => live && onLoaded( value ),
				( error ) => live && onFailed( error )
			);
			return () => {
				live = false;
			};
		},
		// The caller names what the load depends on, as it would for useEffect.
		// eslint-disable-next-line react-hooks/exhaustive-deps
		deps
	);
}
