/**
 * Internal dependencies
 */
import {
	earlyGraduationText,
	earlyStartText,
	totalsText,
} from '../components/CohortRoster';

const timing = {
	today: '2025-01-01',
	starts_on_text: '12 March 2025',
	ends_on_text: '30 April 2025',
	days_to_start: 70,
	days_to_end: 1,
	early_start: true,
	early_graduation: true,
	started: null,
};

describe( 'roster texts', () => {
	it( 'counts with the right plural for each number', () => {
		expect(
			totalsText( {
				mentors: 1,
				mentees: 1,
				assigned: 1,
				unassigned: 0,
				capacity: 1,
			} )
		).toBe( '1 mentor · 1 mentee · 1 assigned · 0 unassigned · 1 seat' );
		expect(
			totalsText( {
				mentors: 2,
				mentees: 5,
				assigned: 3,
				unassigned: 2,
				capacity: 4,
			} )
		).toBe( '2 mentors · 5 mentees · 3 assigned · 2 unassigned · 4 seats' );
	} );

	it( 'names the dates the server wrote in the site’s format', () => {
		expect( earlyStartText( timing ) ).toContain(
			'starts on 12 March 2025, 70 days from today'
		);
		expect( earlyGraduationText( timing ) ).toBe(
			'This cohort ends on 30 April 2025, 1 day from today.'
		);
	} );
} );
