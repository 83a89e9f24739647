/**
 * Internal dependencies
 */
import { limit, maxLength } from '../utils/limits';
import description from '../../shared/rest-schemas.json';

afterEach( () => {
	delete window.mentorshipProgramAdmin;
} );

describe( 'limit', () => {
	it( "gives a number field the server's range from the boot data", () => {
		window.mentorshipProgramAdmin = {
			rules: description.rules,
		};
		// The generated description holds Program_Rules::for_client() as the server wrote it.
		expect( limit( 'stale_days' ) ).toEqual(
			description.rules.limits.stale_days
		);
		expect( limit( 'session_hours' ).max ).toBe(
			description.rules.limits.session_hours.max
		);
	} );

	it( 'gives no range when the page was not told one', () => {
		expect( limit( 'retention_days' ) ).toEqual( {} );
	} );
} );

describe( 'maxLength', () => {
	it( "gives a text field the server's most length from the boot data", () => {
		window.mentorshipProgramAdmin = {
			rules: description.rules,
		};
		expect( maxLength( 'cohort_name' ) ).toEqual( {
			maxLength: description.rules.lengths.cohort_name,
		} );
		expect( maxLength( 'move_note' ).maxLength ).toBe(
			description.rules.lengths.move_note
		);
	} );

	it( 'gives no length when the page was not told one', () => {
		expect( maxLength( 'mail_body' ) ).toEqual( {} );
	} );
} );
