/**
 * Internal dependencies
 */
import { maxLength, mostItems } from '../limits';
import description from '../../../src/shared/rest-schemas.json';

afterEach( () => {
	delete window.mentorshipProgramLimits;
} );

describe( 'story editor limits', () => {
	it( 'read what the server printed: the rules of rest-schemas.json', () => {
		window.mentorshipProgramLimits = {
			lengths: description.rules.lengths,
			counts: description.rules.counts,
		};
		expect( maxLength( 'story_name' ) ).toEqual( {
			maxLength: description.rules.lengths.story_name,
		} );
		expect( mostItems( 'story_milestones' ) ).toBe(
			description.rules.counts.story_milestones
		);
	} );

	it( 'set no limit when the page was not told one', () => {
		expect( maxLength( 'story_milestone' ) ).toEqual( {} );
		expect( mostItems( 'story_languages' ) ).toBe( Infinity );
	} );
} );
