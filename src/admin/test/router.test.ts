/**
 * Internal dependencies
 */
import { parseRoute, routeUrl, screenKey } from '../router';

describe( 'parseRoute', () => {
	it( 'reads the screen and its state from the query string', () => {
		expect(
			parseRoute(
				'?page=mentorship-program&view=applications&type=mentor&id=12'
			)
		).toEqual( { view: 'applications', type: 'mentor', id: 12 } );
	} );

	it( 'ignores unknown screens and malformed values', () => {
		expect(
			parseRoute(
				'?page=mentorship-program&view=evil&id=-3&cohort=abc&tab=<b>'
			)
		).toEqual( {} );
	} );
} );

describe( 'routeUrl', () => {
	it( 'writes a real admin address that reloads to the same screen', () => {
		const url = routeUrl( 'admin.php?page=mentorship-program', {
			view: 'cohorts',
			id: 4,
			screen: 'roster',
		} );
		expect( url ).toBe(
			'admin.php?page=mentorship-program&view=cohorts&id=4&screen=roster'
		);
		expect( parseRoute( url.split( '?' )[ 1 ] ) ).toEqual( {
			view: 'cohorts',
			id: 4,
			screen: 'roster',
		} );
	} );
} );

describe( 'screenKey', () => {
	it( 'treats the application detail panel as the same screen', () => {
		expect(
			screenKey( { view: 'applications', type: 'mentee', id: 3 } )
		).toBe( screenKey( { view: 'applications', type: 'mentee' } ) );
	} );

	it( 'treats another cohort as another screen', () => {
		expect( screenKey( { view: 'cohorts', id: 3 } ) ).not.toBe(
			screenKey( { view: 'cohorts', id: 4 } )
		);
	} );
} );
