/**
 * Internal dependencies
 */
import { limit } from '../utils/limits';
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
