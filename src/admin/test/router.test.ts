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

describe( 'the report route', () => {
	it( 'reads the cohorts compared, two to ten IDs', () => {
		expect( parseRoute( '?view=report&compare=3,5' ) ).toEqual( {
			view: 'report',
			compare: '3,5',
		} );
		for ( const bad of [
			'3',
			'a,b',
			'3,,5',
			'3;5',
			'1,2,3,4,5,6,7,8,9,10,11',
		] ) {
			expect( parseRoute( `?view=report&compare=${ bad }` ) ).toEqual( {
				view: 'report',
			} );
		}
	} );

	it( 'keeps the comparison in the address and makes it its own screen', () => {
		expect(
			routeUrl( 'admin.php?page=mentorship-program', {
				view: 'report',
				compare: '3,5',
			} )
		).toBe( 'admin.php?page=mentorship-program&view=report&compare=3%2C5' );
		expect( screenKey( { view: 'report', compare: '3,5' } ) ).not.toBe(
			screenKey( { view: 'report', cohort: 3 } )
		);
	} );
} );
