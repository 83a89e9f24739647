/**
 * Internal dependencies
 */
import { formatNumber, formatPercent } from '../utils/numbers';
import { percent, points } from '../routes/Surveys';

describe( 'figures in the reader’s language', () => {
	afterEach( () => {
		document.documentElement.lang = '';
	} );

	it( 'writes English figures as before', () => {
		document.documentElement.lang = 'en-US';
		expect( formatPercent( 53.65 ) ).toBe( '53.65%' );
		expect( formatPercent( 80.2 ) ).toBe( '80.2%' );
		expect( formatPercent( 84.6, 1 ) ).toBe( '84.6%' );
		expect( formatPercent( 85, 1 ) ).toBe( '85%' );
		expect( formatNumber( 1234.5, 1 ) ).toBe( '1,234.5' );
	} );

	it( 'writes German figures with a decimal comma', () => {
		document.documentElement.lang = 'de-DE';
		expect( percent( 53.65 ) ).toMatch( /^53,65\s%$/u );
		expect( formatPercent( 84.6, 1 ) ).toMatch( /^84,6\s%$/u );
		expect( points( 26.59 ) ).toBe( '+26,59 points' );
		expect( formatNumber( 1234.5, 1 ) ).toBe( '1.234,5' );
	} );

	it( 'falls back to the browser’s language for an unknown tag', () => {
		document.documentElement.lang = 'not a tag!';
		expect( formatPercent( 12.5 ) ).toMatch( /12[.,]5/ );
	} );
} );
