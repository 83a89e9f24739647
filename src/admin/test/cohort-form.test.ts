/**
 * Internal dependencies
 */
import {
	formToInput,
	fromUtcInput,
	parseTimes,
	toUtcInput,
} from '../components/CohortForm';

/** A new cohort's form with no regular sessions, for the tests to change. */
const EMPTY: Parameters< typeof formToInput >[ 0 ] = {
	name: 'X',
	description: '',
	opens_at: '',
	closes_at: '',
	starts_on: '',
	ends_on: '',
	capacity: '',
	tracks: [],
	rule: 'none',
	weekday: '4',
	weeks: [],
	times: '',
	duration: '60',
	title: '',
	channel_url: '',
};

describe( 'cohort form values', () => {
	it( 'shows and reads the application window in UTC', () => {
		expect( toUtcInput( '2025-03-01T09:30:00Z' ) ).toBe(
			'2025-03-01T09:30'
		);
		expect( fromUtcInput( '2025-03-01T09:30' ) ).toBe(
			'2025-03-01T09:30:00Z'
		);
		expect( toUtcInput( null ) ).toBe( '' );
		expect( fromUtcInput( '' ) ).toBeNull();
	} );

	it( 'reads start times written with commas or spaces', () => {
		expect( parseTimes( '12:00, 21:00' ) ).toEqual( [ '12:00', '21:00' ] );
		expect( parseTimes( '9:00 13:30' ) ).toEqual( [ '09:00', '13:30' ] );
	} );

	it( 'sends a monthly schedule on the 2nd and 4th Thursday', () => {
		const input = formToInput( {
			...EMPTY,
			name: ' Spring ',
			opens_at: '2025-03-01T00:00',
			starts_on: '2025-04-01',
			capacity: '40',
			tracks: [ 'one-to-one' ],
			rule: 'monthly',
			weeks: [ 4, 2 ],
			times: '12:00, 21:00',
		} );
		expect( input ).toMatchObject( {
			name: 'Spring',
			opens_at: '2025-03-01T00:00:00Z',
			closes_at: null,
			capacity: 40,
			schedule: {
				rule: 'monthly',
				weekday: 4,
				weeks: [ 2, 4 ],
				times: [ '12:00', '21:00' ],
				duration: 60,
			},
		} );
	} );

	it( 'sends only the rule when there are no regular sessions', () => {
		const input = formToInput( EMPTY );
		expect( input.schedule ).toEqual( { rule: 'none' } );
	} );

	it( 'sends the days without a check-in, empty meaning the default', () => {
		expect( formToInput( { ...EMPTY, stale_days: '10' } ).stale_days ).toBe(
			10
		);
		expect( formToInput( { ...EMPTY, stale_days: ' ' } ).stale_days ).toBe(
			0
		);
		expect( formToInput( EMPTY ).stale_days ).toBe( 0 );
	} );
} );
