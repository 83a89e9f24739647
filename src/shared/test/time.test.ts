/**
 * Internal dependencies
 */
import {
	browserTimeZone,
	formatLocal,
	formatSpan,
	localeFrom,
	zoneNote,
} from '../time';

describe( 'formatLocal', () => {
	it.each( [
		[
			'writes an instant in the given zone and language',
			'2025-01-09T12:00:00Z',
			'en-GB',
			'Asia/Tokyo',
			[ 'Thursday', '9 January 2025', '21:00', 'GMT+9' ],
		],
		[
			'moves to the previous day west of UTC',
			'2025-01-09T02:00:00Z',
			'en-US',
			'America/Los_Angeles',
			[ 'Wednesday', '6:00', 'PM', 'PST' ],
		],
	] )( '%s', ( _behaviour, iso, locale, timeZone, parts ) => {
		const text = formatLocal( iso, { locale, timeZone } );
		for ( const part of parts ) {
			expect( text ).toContain( part );
		}
	} );

	it( 'follows summer time', () => {
		expect(
			formatLocal( '2025-07-10T12:00:00Z', {
				locale: 'en-GB',
				timeZone: 'Europe/Lisbon',
			} )
		).toContain( '13:00' );
	} );

	it( 'speaks the reader’s language', () => {
		expect(
			formatLocal( '2025-01-09T12:00:00Z', {
				locale: 'pt-BR',
				timeZone: 'America/Sao_Paulo',
			} )
		).toContain( 'quinta-feira' );
	} );

	it( 'gives nothing for an invalid instant', () => {
		expect( formatLocal( 'not a date' ) ).toBe( '' );
	} );
} );

describe( 'formatSpan', () => {
	it( 'writes the day once and both times', () => {
		const text = formatSpan(
			'2025-01-09T12:00:00Z',
			'2025-01-09T13:00:00Z',
			{
				locale: 'en-GB',
				timeZone: 'UTC',
			}
		);
		expect( text.match( /January/g ) ).toHaveLength( 1 );
		expect( text ).toContain( '12:00' );
		expect( text ).toContain( '13:00' );
	} );

	it( 'falls back to the start when the end is missing', () => {
		expect(
			formatSpan( '2025-01-09T12:00:00Z', '', {
				locale: 'en-GB',
				timeZone: 'UTC',
			} )
		).toBe(
			formatLocal( '2025-01-09T12:00:00Z', {
				locale: 'en-GB',
				timeZone: 'UTC',
			} )
		);
	} );
} );

describe( 'environment', () => {
	it( 'knows the browser’s time zone', () => {
		expect( browserTimeZone() ).toMatch( /^[A-Za-z_]+(\/[A-Za-z_+-]+)*$/ );
	} );

	it( 'turns the page language into a supported locale', () => {
		expect( localeFrom( 'en-US' ) ).toBe( 'en-US' );
		expect( localeFrom( '' ) ).toBeUndefined();
		expect( localeFrom( 'not a tag!' ) ).toBeUndefined();
	} );
} );

describe( 'zoneNote', () => {
	afterEach( () => jest.restoreAllMocks() );

	it( 'names the browser’s zone in the template', () => {
		jest.spyOn(
			Intl.DateTimeFormat.prototype,
			'resolvedOptions'
		).mockReturnValue( {
			timeZone: 'Asia/Tokyo',
		} as Intl.ResolvedDateTimeFormatOptions );
		expect( zoneNote( 'Times are shown in your time zone (%s).' ) ).toBe(
			'Times are shown in your time zone (Asia/Tokyo).'
		);
		expect( zoneNote( 'Zone: %1$s' ) ).toBe( 'Zone: Asia/Tokyo' );
	} );

	it( 'gives nothing when the browser does not say', () => {
		jest.spyOn(
			Intl.DateTimeFormat.prototype,
			'resolvedOptions'
		).mockReturnValue( {
			timeZone: '',
		} as Intl.ResolvedDateTimeFormatOptions );
		expect(
			zoneNote( 'Times are shown in your time zone (%s).' )
		).toBeNull();
	} );
} );
