/**
 * Internal dependencies
 */
import { canNudge, nudgedLabel } from '../utils/nudges';

describe( 'nudges', () => {
	const now = Date.parse( '2030-02-07T12:00:00Z' );

	it( 'says when a mentor was nudged', () => {
		expect( nudgedLabel( '2030-02-05T11:00:00Z', now, 'en' ) ).toBe(
			'Nudged 2 days ago'
		);
		expect( nudgedLabel( '2030-02-07T09:00:00Z', now, 'en' ) ).toBe(
			'Nudged 3 hours ago'
		);
		expect( nudgedLabel( '2030-02-07T11:59:30Z', now, 'en' ) ).toBe(
			'Nudged just now'
		);
	} );

	it( 'says nothing without a date', () => {
		expect( nudgedLabel( null, now, 'en' ) ).toBe( '' );
		expect( nudgedLabel( 'not a date', now, 'en' ) ).toBe( '' );
	} );

	it( 'nudges pairs only', () => {
		const person = { id: 3, name: 'A' };
		expect( canNudge( { mentor: person, mentee: person } ) ).toBe( true );
		expect( canNudge( { mentor: null, mentee: person } ) ).toBe( false );
		expect( canNudge( { mentor: person, mentee: null } ) ).toBe( false );
	} );
} );
