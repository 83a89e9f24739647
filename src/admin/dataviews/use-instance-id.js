/**
 * `useInstanceId` for the private copy of @wordpress/components that DataViews is
 * built with (see webpack.config.js).
 *
 * That copy counts its instances apart from WordPress's own `wp.compose`, so both would
 * hand out `inspector-select-control-0` on the same screen: two controls with one ID,
 * and a label pointing at the wrong one. IDs made here carry `dataviews-`, so they
 * never meet the IDs of the app's own controls. Otherwise it behaves as the compose
 * package's own: a preferred ID wins, and each component counts from 0.
 * Plain JavaScript: webpack swaps it in after the loaders were chosen, so it is not
 * compiled.
 */

/**
 * WordPress dependencies
 */
import { useMemo } from '@wordpress/element';

const instances = new WeakMap();

/**
 * The next number of this kind of object.
 *
 * @param {Object} object The component (or any object) being counted.
 * @return {number} Its next number.
 */
function nextId( object ) {
	const count = instances.get( object ) || 0;
	instances.set( object, count + 1 );
	return count;
}

/**
 * A unique ID for one instance of a component in DataViews' copy.
 *
 * @param {Object}        [object]      The component.
 * @param {string}        [prefix]      Optional prefix, as in @wordpress/compose.
 * @param {string|number} [preferredId] An ID given by the caller, used as it is.
 * @return {string|number} The ID.
 */
export default function useInstanceId( object, prefix, preferredId ) {
	return useMemo( () => {
		if ( preferredId ) {
			return preferredId;
		}
		const id = `dataviews-${ nextId( object ) }`;
		return prefix ? `${ prefix }-${ id }` : id;
	}, [ object, preferredId, prefix ] );
}
