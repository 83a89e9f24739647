/**
 * External dependencies
 */
import { act, renderHook } from '@testing-library/react';

/**
 * Internal dependencies
 */
import { useLoad } from '../utils/load';

/**
 * A promise and the functions that settle it.
 *
 * @return Promise, resolve and reject.
 */
function deferred< T >() {
	let resolve: ( value: T ) => void = () => {};
	let reject: ( error: unknown ) => void = () => {};
	const promise = new Promise< T >( ( yes, no ) => {
		resolve = yes;
		reject = no;
	} );
	return { promise, resolve, reject };
}

describe( 'useLoad', () => {
	it( 'hands over the answer, or the error', async () => {
		const onLoaded = jest.fn();
		const onFailed = jest.fn();
		const first = deferred< string >();
		renderHook( () =>
			useLoad( () => first.promise, onLoaded, onFailed, [] )
		);
		await act( async () => first.resolve( 'roster' ) );
		expect( onLoaded ).toHaveBeenCalledWith( 'roster' );
		expect( onFailed ).not.toHaveBeenCalled();

		const failing = deferred< string >();
		renderHook( () =>
			useLoad( () => failing.promise, onLoaded, onFailed, [] )
		);
		await act( async () => failing.reject( new Error( 'gone' ) ) );
		expect( onFailed ).toHaveBeenCalledWith( new Error( 'gone' ) );
	} );

	it( 'loads again when what it depends on changes, and drops the older answer', async () => {
		const onLoaded = jest.fn();
		const requests = [ deferred< string >(), deferred< string >() ];
		const { rerender } = renderHook(
			( { id }: { id: number } ) =>
				useLoad( () => requests[ id ].promise, onLoaded, jest.fn(), [
					id,
				] ),
			{ initialProps: { id: 0 } }
		);
		rerender( { id: 1 } );
		await act( async () => requests[ 1 ].resolve( 'new' ) );
		await act( async () => requests[ 0 ].resolve( 'old' ) );
		expect( onLoaded.mock.calls ).toEqual( [ [ 'new' ] ] );
	} );

	it( 'drops an answer that arrives after the component has gone', async () => {
		const onLoaded = jest.fn();
		const request = deferred< string >();
		const { unmount } = renderHook( () =>
			useLoad( () => request.promise, onLoaded, jest.fn(), [] )
		);
		unmount();
		await act( async () => request.resolve( 'late' ) );
		expect( onLoaded ).not.toHaveBeenCalled();
	} );
} );
