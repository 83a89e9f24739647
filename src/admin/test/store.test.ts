/**
 * WordPress dependencies
 */
import apiFetch from '@wordpress/api-fetch';
import { createReduxStore, createRegistry } from '@wordpress/data';
import { store as noticesStore } from '@wordpress/notices';

/**
 * Internal dependencies
 */
import type {
	Application,
	Roster,
	RosterMentee,
	RosterMentor,
	Settings,
} from '../../shared/types';
import { moveInRoster } from '../store/actions';
import { storeConfig, STORE_NAME } from '../store';
import reducer, { initialState } from '../store/reducer';
import { queryKey } from '../store/query-key';

jest.mock( '@wordpress/api-fetch', () => ( {
	__esModule: true,
	default: jest.fn(),
} ) );

const mockFetch = apiFetch as unknown as jest.Mock;

const application = ( id: number, extra: Partial< Application > = {} ) =>
	( {
		id,
		type: 'mentee',
		stage: 'in_review',
		stage_label: 'In review',
		cohort: 1,
		fields: { name: `Person ${ id }`, email: `p${ id }@example.org` },
		consent: { code_of_conduct: '', privacy: '' },
		consent_texts: {
			code_of_conduct: { url: '', version: '' },
			privacy: { url: '', version: '' },
		},
		placed_team: '',
		allowed_transitions: [
			'accepted',
			'waitlisted',
			'declined',
			'withdrawn',
		],
		created: '2025-01-01T00:00:00Z',
		modified: '2025-01-01T00:00:00Z',
		...extra,
	} ) as Application;

/**
 * A Response-like object, as apiFetch gives with parse: false.
 *
 * @param body    JSON body.
 * @param headers Headers.
 */
const response = ( body: unknown, headers: Record< string, string > ) => ( {
	json: () => Promise.resolve( body ),
	headers: { get: ( name: string ) => headers[ name ] ?? null },
} );

function setup() {
	// The registry's own types miss register() and resolveSelect().
	const registry = createRegistry() as any;
	registry.register( noticesStore );
	const store = createReduxStore( STORE_NAME, storeConfig );
	registry.register( store );
	return {
		registry,
		select: () => registry.select( store ),
		resolve: () => registry.resolveSelect( store ),
		dispatch: () => registry.dispatch( store ),
		notices: () =>
			registry.select( noticesStore ).getNotices() as Array< {
				status: string;
				content: string;
				type: string;
			} >,
	};
}

beforeEach( () => mockFetch.mockReset() );

describe( 'reducer', () => {
	it( 'keeps list pages as IDs and the applications once, by ID', () => {
		const state = reducer( initialState, {
			type: 'RECEIVE_APPLICATIONS',
			key: 'k',
			items: [ application( 1 ), application( 2 ) ],
			total: 40,
			totalPages: 2,
		} );
		expect( state.lists.k ).toEqual( {
			ids: [ 1, 2 ],
			total: 40,
			totalPages: 2,
		} );
		expect( Object.keys( state.applications ) ).toEqual( [ '1', '2' ] );
	} );

	it( 'keeps the audit trail when a list row replaces a detail read', () => {
		const history = [
			{
				id: 9,
				event: 'stage',
				from: '',
				to: 'submitted',
				note: '',
				rating: null,
				author: { id: 0, name: 'System' },
				date: '2025-01-01T00:00:00Z',
			},
		];
		let state = reducer( initialState, {
			type: 'RECEIVE_APPLICATION',
			application: application( 1, { history } ),
		} );
		state = reducer( state, {
			type: 'RECEIVE_APPLICATIONS',
			key: 'k',
			items: [ application( 1, { stage: 'accepted' } ) ],
			total: 1,
			totalPages: 1,
		} );
		expect( state.applications[ 1 ].stage ).toBe( 'accepted' );
		expect( state.applications[ 1 ].history ).toBe( history );
	} );

	it( 'adds a received cohort to the list or replaces it', () => {
		const cohort = { id: 3, name: 'Spring' } as never;
		let state = reducer( initialState, { type: 'RECEIVE_COHORT', cohort } );
		state = reducer( state, {
			type: 'RECEIVE_COHORT',
			cohort: { id: 3, name: 'Spring 2' } as never,
		} );
		expect( state.cohorts ).toEqual( [ { id: 3, name: 'Spring 2' } ] );
	} );
} );

describe( 'queryKey', () => {
	it( 'is the same for the same filters in any order, without empty ones', () => {
		expect(
			queryKey( {
				type: 'mentee',
				stage: [ 'b', 'a' ] as never,
				search: '',
			} )
		).toBe( queryKey( { stage: [ 'a', 'b' ] as never, type: 'mentee' } ) );
	} );
} );

describe( 'getApplications', () => {
	it( 'fetches one page with filters as query arguments and reads the totals from the headers', async () => {
		mockFetch.mockResolvedValueOnce(
			response( [ application( 5 ) ], {
				'X-WP-Total': '10000',
				'X-WP-TotalPages': '500',
			} )
		);
		const { resolve, select } = setup();
		const query = {
			type: 'mentee' as const,
			page: 2,
			per_page: 20,
			stage: [ 'submitted' as const ],
		};

		const page = await resolve().getApplications( query );

		expect( page ).toEqual( {
			items: [ application( 5 ) ],
			total: 10000,
			totalPages: 500,
		} );
		const request = mockFetch.mock.calls[ 0 ][ 0 ];
		expect( request.parse ).toBe( false );
		expect( request.path ).toContain( '/mentorship/v1/applications?' );
		expect( decodeURIComponent( request.path ) ).toContain(
			'stage[0]=submitted'
		);
		expect( request.path ).toContain( 'page=2' );
		// Same query, same object: screens do not re-render for nothing.
		expect( select().getApplications( query ) ).toBe(
			select().getApplications( { ...query } )
		);
	} );

	it( 'records the server error as the resolution error', async () => {
		mockFetch.mockRejectedValueOnce( {
			json: () =>
				Promise.resolve( {
					code: 'rest_forbidden',
					message: 'Sorry, you are not allowed to do that.',
				} ),
		} );
		const { registry, select } = setup();
		select().getApplications( { type: 'mentee' } );
		await new Promise( ( r ) => setTimeout( r, 0 ) );
		await new Promise( ( r ) => setTimeout( r, 0 ) );
		const error = (
			registry.select( STORE_NAME ) as unknown as {
				getResolutionError: ( n: string, a: unknown[] ) => unknown;
			}
		 ).getResolutionError( 'getApplications', [ { type: 'mentee' } ] );
		expect( error ).toMatchObject( {
			message: 'Sorry, you are not allowed to do that.',
		} );
	} );
} );

describe( 'transitionApplication', () => {
	it( 'shows the new stage at once and confirms with a snackbar', async () => {
		const { dispatch, select, notices } = setup();
		dispatch().receiveApplication( application( 1 ) );
		let finish: ( value: unknown ) => void = () => {};
		mockFetch.mockReturnValueOnce( new Promise( ( r ) => ( finish = r ) ) );

		const done = dispatch().transitionApplication( 1, {
			to: 'accepted',
			note: 'Welcome',
			notify: true,
		} );
		expect( select().getApplication( 1 )?.stage ).toBe( 'accepted' );
		expect( select().getApplication( 1 )?.allowed_transitions ).toEqual(
			[]
		);

		finish(
			application( 1, {
				stage: 'accepted',
				stage_label: 'Accepted',
				allowed_transitions: [ 'active', 'withdrawn' ],
			} )
		);
		expect( await done ).toBe( true );
		expect( mockFetch.mock.calls[ 0 ][ 0 ] ).toMatchObject( {
			path: '/mentorship/v1/applications/1/transitions',
			method: 'POST',
			data: { to: 'accepted', note: 'Welcome', notify: true },
		} );
		expect( select().getApplication( 1 )?.allowed_transitions ).toEqual( [
			'active',
			'withdrawn',
		] );
		expect( notices()[ 0 ] ).toMatchObject( {
			status: 'success',
			type: 'snackbar',
			content: 'Person 1 is now: Accepted.',
		} );
	} );

	it( 'rolls back and shows the server message when the move is refused', async () => {
		const { dispatch, select, notices } = setup();
		dispatch().receiveApplication( application( 1 ) );
		mockFetch.mockRejectedValueOnce( {
			code: 'mentorship_illegal_transition',
			message:
				'An application cannot move from "In review" to "Placed with a team".',
			data: { status: 409 },
		} );

		expect(
			await dispatch().transitionApplication( 1, { to: 'placed' } )
		).toBe( false );
		expect( select().getApplication( 1 )?.stage ).toBe( 'in_review' );
		expect( notices()[ 0 ] ).toMatchObject( {
			status: 'error',
			content:
				'An application cannot move from "In review" to "Placed with a team".',
		} );
	} );
} );

describe( 'batchApplications', () => {
	it( 'reports how many moved and why the others did not', async () => {
		const { dispatch, notices } = setup();
		mockFetch.mockResolvedValueOnce( {
			updated: 2,
			failed: 1,
			results: [
				{ id: 1, ok: true, stage: 'accepted' },
				{ id: 2, ok: true, stage: 'accepted' },
				{
					id: 3,
					ok: false,
					error: { code: 'x', message: 'Someone else changed this.' },
				},
			],
		} );

		const result = await dispatch().batchApplications( {
			ids: [ 1, 2, 3 ],
			to: 'accepted',
		} );

		expect( result?.updated ).toBe( 2 );
		expect( mockFetch.mock.calls[ 0 ][ 0 ] ).toMatchObject( {
			path: '/mentorship/v1/applications/batch',
			method: 'POST',
			data: { ids: [ 1, 2, 3 ], to: 'accepted' },
		} );
		expect( notices().map( ( n ) => [ n.status, n.content ] ) ).toEqual( [
			[ 'success', '2 applications updated.' ],
			[
				'error',
				'1 application was not changed: Someone else changed this.',
			],
		] );
	} );
} );

const mentee = ( id: number ): RosterMentee => ( {
	id,
	name: `Mentee ${ id }`,
	stage: 'accepted',
	languages: [ 'en' ],
	timezone: 'UTC',
	teams: [],
	format: 'one-to-one',
} );

const mentor = (
	id: number,
	capacity: number,
	mentees: RosterMentee[] = []
): RosterMentor => ( {
	id,
	name: `Mentor ${ id }`,
	stage: 'approved',
	languages: [ 'en' ],
	timezone: 'UTC',
	teams: [],
	capacity,
	formats: [ 'one-to-one' ],
	mentees,
	remaining: capacity - mentees.length,
} );

const roster = (): Roster => ( {
	cohort: { id: 1 } as never,
	mentors: [ mentor( 10, 1 ), mentor( 11, 2 ) ],
	unassigned: [ mentee( 1 ), mentee( 2 ) ],
	totals: { mentors: 2, mentees: 2, assigned: 0, unassigned: 2, capacity: 3 },
	warnings: [],
} );

describe( 'moveInRoster', () => {
	it( 'moves a mentee from the pool to a mentor and counts the seat', () => {
		const next = moveInRoster( roster(), 1, 10 );
		expect( next.unassigned.map( ( m ) => m.id ) ).toEqual( [ 2 ] );
		expect( next.mentors[ 0 ].mentees.map( ( m ) => m.id ) ).toEqual( [
			1,
		] );
		expect( next.mentors[ 0 ].remaining ).toBe( 0 );
		expect( next.totals ).toMatchObject( { assigned: 1, unassigned: 1 } );
	} );

	it( 'moves a mentee back to the pool', () => {
		const next = moveInRoster( moveInRoster( roster(), 1, 10 ), 1, 0 );
		expect( next.unassigned.map( ( m ) => m.id ) ).toEqual( [ 2, 1 ] );
		expect( next.mentors[ 0 ].remaining ).toBe( 1 );
	} );
} );

describe( 'assignMentee', () => {
	it( 'rolls the board back and shows the 409 message when the mentor is full', async () => {
		const { dispatch, select, notices } = setup();
		dispatch().receiveRoster( 1, roster() );
		mockFetch.mockRejectedValueOnce( {
			code: 'mentorship_capacity_full',
			message: 'This mentor has no capacity left.',
			data: { status: 409 },
		} );

		expect( await dispatch().assignMentee( 1, 1, 10 ) ).toBe( false );
		expect( select().getRoster( 1 ) ).toEqual( roster() );
		expect( notices()[ 0 ] ).toMatchObject( {
			status: 'error',
			content: 'This mentor has no capacity left.',
		} );
	} );

	it( 'keeps the roster the server answers with', async () => {
		const { dispatch, select } = setup();
		dispatch().receiveRoster( 1, roster() );
		const answer = moveInRoster( roster(), 2, 11 );
		mockFetch.mockResolvedValueOnce( answer );

		expect( await dispatch().assignMentee( 1, 2, 11 ) ).toBe( true );
		expect( mockFetch.mock.calls[ 0 ][ 0 ] ).toMatchObject( {
			path: '/mentorship/v1/cohorts/1/assignments',
			method: 'POST',
			data: { mentee: 2, mentor: 11 },
		} );
		expect( select().getRoster( 1 ) ).toEqual( answer );
	} );
} );

describe( 'a roster after a move elsewhere', () => {
	it( 'is not shown with its old counts while the new one loads', async () => {
		const { dispatch, select, resolve } = setup();
		// The roster was seen while the cohort was empty.
		dispatch().receiveRoster( 1, {
			...roster(),
			mentors: [],
			unassigned: [],
			totals: {
				mentors: 0,
				mentees: 0,
				assigned: 0,
				unassigned: 0,
				capacity: 0,
			},
		} );
		// Then applications were moved into the cohort from the Applications screen.
		mockFetch.mockResolvedValueOnce( {
			updated: 2,
			failed: 0,
			results: [
				{ id: 1, ok: true, stage: 'accepted' },
				{ id: 2, ok: true, stage: 'accepted' },
			],
		} );
		await dispatch().batchApplications( { ids: [ 1, 2 ], cohort: 1 } );

		// Until the server answers, there is no roster to show: the screen says it is loading.
		let answer: ( value: Roster ) => void = () => {};
		const fresh = new Promise< Roster >( ( done ) => ( answer = done ) );
		mockFetch.mockImplementation( ( { path }: { path: string } ) =>
			path.endsWith( '/cohorts/1/roster' )
				? fresh
				: new Promise( () => {} )
		);
		expect( select().getRoster( 1 ) ).toBeUndefined();
		const loaded = resolve().getRoster( 1 );
		await new Promise( ( done ) => setTimeout( done, 0 ) );
		answer( roster() );
		await loaded;
		expect( select().getRoster( 1 )?.totals.mentees ).toBe( 2 );
	} );

	it( 'is kept when the server answers with the new one at once', async () => {
		const { dispatch, select } = setup();
		dispatch().receiveRoster( 1, roster() );
		const after = moveInRoster( roster(), 1, 10 );
		mockFetch.mockResolvedValueOnce( {
			applied: 1,
			unchanged: 0,
			failed: [],
			roster: after,
		} );
		mockFetch.mockResolvedValue( after );
		await dispatch().applyMatches( 1, [ { mentee_id: 1, mentor_id: 10 } ] );
		expect( select().getRoster( 1 ) ).toEqual( after );
	} );
} );

describe( 'suggestMatches', () => {
	it( 'says clearly when the site has no matching route', async () => {
		const { dispatch, select, notices } = setup();
		mockFetch.mockRejectedValueOnce( {
			code: 'rest_no_route',
			message: 'No route was found matching the URL and request method.',
			data: { status: 404 },
		} );

		expect( await dispatch().suggestMatches( 1 ) ).toBeNull();
		expect( select().getMatchProposal( 1 ) ).toBeNull();
		expect( notices()[ 0 ].content ).toContain(
			'Suggesting matches is not available'
		);
	} );
} );

describe( 'saveSettings', () => {
	it( 'rolls back to the saved settings when the server refuses', async () => {
		const { dispatch, select } = setup();
		const saved = { rate_limit_count: 5 } as Settings;
		dispatch().receiveSettings( saved );
		mockFetch.mockRejectedValueOnce( {
			code: 'rest_invalid_param',
			message: 'Invalid parameter(s): rate_limit_count',
		} );

		expect( await dispatch().saveSettings( { rate_limit_count: 0 } ) ).toBe(
			false
		);
		expect( select().getSettings() ).toBe( saved );
	} );
} );
