/**
 * Internal dependencies
 */
import { formatDate, formatDateTime } from '../utils/fields';

describe( 'formatDate and formatDateTime', () => {
	it( 'write nothing for no date, and an unreadable one as it came', () => {
		expect( formatDate( '' ) ).toBe( '' );
		expect( formatDate( null ) ).toBe( '' );
		expect( formatDateTime( undefined ) ).toBe( '' );
		expect( formatDate( 'soon' ) ).toBe( 'soon' );
		expect( formatDateTime( 'soon' ) ).toBe( 'soon' );
	} );

	it( 'write the date alone, or the same date with its time', () => {
		const when = '2024-03-05T14:30:00Z';
		const day = formatDate( when );
		expect( day ).toMatch( /2024/ );
		expect( day ).not.toMatch( /30/ );
		expect( formatDateTime( when ) ).not.toBe( day );
		expect( formatDateTime( when ).startsWith( day ) ).toBe( true );
		expect( formatDateTime( when ) ).toMatch( /30/ );
	} );

	it( 'keep each kind apart when both are used in turn', () => {
		const when = '2024-03-05T14:30:00Z';
		const day = formatDate( when );
		const time = formatDateTime( when );
		expect( formatDate( when ) ).toBe( day );
		expect( formatDateTime( when ) ).toBe( time );
	} );
} );
