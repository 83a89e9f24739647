/**
 * Internal dependencies
 */
import {
	rankTeams,
	suggestionCount,
	type Answers,
	type Team,
} from '../team-scoring';

const team = ( slug: string, interests: string[] ): Team => ( {
	slug,
	name: slug.charAt( 0 ).toUpperCase() + slug.slice( 1 ),
	summary: '',
	skills: [],
	interests,
	handbook: '',
	channel: '',
	meeting: '',
} );

const teams = [
	team( 'core', [ 'code', 'testing' ] ),
	team( 'polyglots', [ 'translating', 'writing' ] ),
	team( 'docs', [ 'writing' ] ),
	team( 'design', [ 'design' ] ),
	team( 'accessibility', [ 'accessibility', 'testing', 'code' ] ),
	team( 'meta', [ 'code' ] ),
];

const answers = ( overrides: Partial< Answers > ): Answers => ( {
	interests: [],
	hours: 0,
	experience: '',
	...overrides,
} );

describe( 'rankTeams', () => {
	it( 'suggests nothing until the person says what they enjoy', () => {
		expect( rankTeams( teams, answers( {} ) ) ).toEqual( [] );
	} );

	it( 'keeps only teams that share an interest', () => {
		const slugs = rankTeams(
			teams,
			answers( { interests: [ 'design' ] } )
		).map( ( r ) => r.team.slug );
		expect( slugs ).toEqual( [ 'design' ] );
	} );

	it( 'puts teams that share more interests first', () => {
		const ranked = rankTeams(
			teams,
			answers( { interests: [ 'code', 'testing', 'accessibility' ] } )
		);
		expect( ranked[ 0 ].team.slug ).toBe( 'accessibility' );
		expect( ranked[ 0 ].matched ).toEqual( [
			'code',
			'testing',
			'accessibility',
		] );
		expect( ranked[ 1 ].team.slug ).toBe( 'core' );
	} );

	it( 'prefers the more focused team on a tie', () => {
		const ranked = rankTeams( teams, answers( { interests: [ 'code' ] } ) );
		expect( ranked.map( ( r ) => r.team.slug ) ).toEqual( [
			'meta',
			'core',
			'accessibility',
		] );
	} );

	it( 'lifts teams that welcome newcomers for people who have not contributed', () => {
		const asked = { interests: [ 'code', 'translating' ] };
		const seasoned = rankTeams(
			teams,
			answers( { ...asked, experience: 'some_contributions' } )
		);
		const starting = rankTeams(
			teams,
			answers( { ...asked, experience: 'new' } )
		);
		expect( seasoned[ 0 ].team.slug ).toBe( 'meta' );
		expect( starting[ 0 ].newcomerFriendly ).toBe( true );
		const place = ( ranked: typeof starting, slug: string ) =>
			ranked.findIndex( ( r ) => r.team.slug === slug );
		expect( place( starting, 'meta' ) ).toBeGreaterThan(
			place( seasoned, 'meta' )
		);
		expect( place( starting, 'polyglots' ) ).toBeLessThan(
			place( seasoned, 'polyglots' )
		);
	} );

	it( 'counts a repeated interest once', () => {
		const once = rankTeams( teams, answers( { interests: [ 'design' ] } ) );
		const twice = rankTeams(
			teams,
			answers( { interests: [ 'design', 'design' ] } )
		);
		expect( twice ).toEqual( once );
	} );
} );

describe( 'suggestionCount', () => {
	it( 'suggests fewer teams to people with less time', () => {
		expect( suggestionCount( 1 ) ).toBe( 1 );
		expect( suggestionCount( 2 ) ).toBe( 1 );
		expect( suggestionCount( 5 ) ).toBe( 2 );
		expect( suggestionCount( 10 ) ).toBe( 3 );
		expect( suggestionCount( 0 ) ).toBe( 3 );
	} );
} );
