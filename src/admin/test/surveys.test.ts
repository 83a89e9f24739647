/**
 * Internal dependencies
 */
import { parseDays, percent, points } from '../routes/Surveys';

describe( 'survey figures for people', () => {
	it( 'shows percentages with two decimals and a dash for hidden ones', () => {
		expect( percent( 53.65 ) ).toBe( '53.65%' );
		expect( percent( 88.6 ) ).toBe( '88.60%' );
		expect( percent( null ) ).toBe( '—' );
	} );

	it( 'signs a change in points', () => {
		expect( points( 26.59 ) ).toBe( '+26.59 points' );
		expect( points( -3 ) ).toBe( '-3.00 points' );
		expect( points( null ) ).toBe( '—' );
	} );
} );

describe( 'follow-up days', () => {
	it( 'reads whole days separated by commas, sorted and once each', () => {
		expect( parseDays( '90, 30,60 30' ) ).toEqual( [ 30, 60, 90 ] );
		expect( parseDays( '30, soon' ) ).toBeNull();
		expect( parseDays( '1.5' ) ).toBeNull();
	} );
} );
