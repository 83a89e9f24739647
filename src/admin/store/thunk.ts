/**
 * What a thunk of this store receives, typed from the store's own selectors.
 */

/**
 * Internal dependencies
 */
import type * as selectors from './selectors';
import type { Action } from './reducer';

type Curried< S > = {
	[ K in keyof S ]: S[ K ] extends ( state: any, ...args: infer A ) => infer R
		? ( ...args: A ) => R
		: never;
};

export interface ThunkArgs {
	select: Curried< typeof selectors >;
	dispatch: ( ( action: Action ) => void ) & {
		invalidateResolution: ( selector: string, args: unknown[] ) => void;
		invalidateResolutionForStoreSelector: ( selector: string ) => void;
	};
	registry: {
		// The registry's dispatch is untyped for stores outside this one.
		dispatch: ( store: any ) => any;
	};
}
