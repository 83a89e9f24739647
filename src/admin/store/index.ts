/**
 * The admin app's one store for server state.
 */

/**
 * WordPress dependencies
 */
import { createReduxStore, register } from '@wordpress/data';

/**
 * Internal dependencies
 */
import * as actions from './actions';
import reducer from './reducer';
import * as resolvers from './resolvers';
import * as selectors from './selectors';
import { STORE_NAME } from './constants';

export { STORE_NAME };

export const storeConfig = {
	reducer,
	actions,
	selectors,
	resolvers,
};

export const store = createReduxStore( STORE_NAME, storeConfig );

register( store );

type AdminStore = typeof store;

declare module '@wordpress/data' {
	// Selecting or dispatching by name is typed as by descriptor.
	function select(
		key: typeof STORE_NAME
	): import('@wordpress/data/build-types/types').CurriedSelectorsOf< AdminStore >;
	function dispatch(
		key: typeof STORE_NAME
	): import('@wordpress/data/build-types/types').DispatchReturn< AdminStore >;
}

/** The resolution metadata selectors every store has (not in the store's own types). */
export interface ResolutionSelectors {
	getResolutionError: ( selector: string, args?: unknown[] ) => unknown;
	hasFinishedResolution: ( selector: string, args?: unknown[] ) => boolean;
	isResolving: ( selector: string, args?: unknown[] ) => boolean;
}

/**
 * The store's resolution metadata, inside a useSelect callback.
 *
 * @param select The select function useSelect passes.
 * @return Metadata selectors.
 */
export function resolution(
	select: ( s: typeof store ) => unknown
): ResolutionSelectors {
	return select( store ) as ResolutionSelectors;
}
