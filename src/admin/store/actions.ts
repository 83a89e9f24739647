/**
 * Actions of the admin store. Plain creators record what the server said; thunks talk
 * to the REST API, update optimistically where the screen should not wait, roll back on
 * failure and always say what happened in a snackbar.
 */

/**
 * WordPress dependencies
 */
import apiFetch, { type APIFetchOptions } from '@wordpress/api-fetch';
import { __, _n, sprintf } from '@wordpress/i18n';
import { store as noticesStore } from '@wordpress/notices';

/**
 * Internal dependencies
 */
import { errorMessage, errorStatus, restPath } from '../../shared/api';
import type {
	Application,
	BatchRequest,
	BatchResult,
	Cohort,
	CohortInput,
	FunnelStats,
	CohortReport,
	MatchApplyResult,
	MatchProposal,
	Note,
	Roster,
	Session,
	Settings,
	SettingsInput,
	StartResult,
	Team,
	TeamInput,
	TransitionRequest,
	Track,
} from '../../shared/types';
import { stageLabel } from '../utils/stages';
import type { Action } from './reducer';
import type { ThunkArgs } from './thunk';

export const receiveCohorts = ( cohorts: Cohort[] ): Action => ( {
	type: 'RECEIVE_COHORTS',
	cohorts,
} );

export const receiveCohort = ( cohort: Cohort ): Action => ( {
	type: 'RECEIVE_COHORT',
	cohort,
} );

export const receiveTeams = ( teams: Team[] ): Action => ( {
	type: 'RECEIVE_TEAMS',
	teams,
} );

export const receiveTeam = ( team: Team ): Action => ( {
	type: 'RECEIVE_TEAM',
	team,
} );

export const receiveSettings = ( settings: Settings ): Action => ( {
	type: 'RECEIVE_SETTINGS',
	settings,
} );

export const receiveReports = (
	key: string,
	reports: CohortReport[]
): Action => ( { type: 'RECEIVE_REPORTS', key, reports } );

export const receiveFunnel = (
	cohort: number,
	stats: FunnelStats
): Action => ( { type: 'RECEIVE_FUNNEL', cohort, stats } );

export const receiveApplications = (
	key: string,
	items: Application[],
	total: number,
	totalPages: number
): Action => ( {
	type: 'RECEIVE_APPLICATIONS',
	key,
	items,
	total,
	totalPages,
} );

export const receiveApplication = ( application: Application ): Action => ( {
	type: 'RECEIVE_APPLICATION',
	application,
} );

export const receiveNotes = ( id: number, notes: Note[] ): Action => ( {
	type: 'RECEIVE_NOTES',
	id,
	notes,
} );

export const receiveNote = ( id: number, note: Note ): Action => ( {
	type: 'RECEIVE_NOTE',
	id,
	note,
} );

export const receiveRoster = ( cohort: number, roster: Roster ): Action => ( {
	type: 'RECEIVE_ROSTER',
	cohort,
	roster,
} );

export const receiveSessions = (
	cohort: number,
	sessions: Session[]
): Action => ( { type: 'RECEIVE_SESSIONS', cohort, sessions } );

export const receiveMatches = (
	cohort: number,
	proposal: MatchProposal | null
): Action => ( { type: 'RECEIVE_MATCHES', cohort, proposal } );

/**
 * A snackbar that confirms an action.
 *
 * @param registry Registry from the thunk.
 * @param message  What happened.
 */
function success( registry: ThunkArgs[ 'registry' ], message: string ) {
	registry
		.dispatch( noticesStore )
		.createSuccessNotice( message, { type: 'snackbar' } );
}

/**
 * A notice with the server's own error message.
 *
 * @param registry Registry from the thunk.
 * @param error    What the request rejected with.
 * @param id       Notice ID, so a repeated failure replaces the last one.
 */
function failure(
	registry: ThunkArgs[ 'registry' ],
	error: unknown,
	id?: string
) {
	registry
		.dispatch( noticesStore )
		.createErrorNotice( errorMessage( error ), {
			type: 'snackbar',
			id,
			explicitDismiss: true,
		} );
}

/**
 * After a change of stage or assignment, lists, counts and rosters are stale. Rosters
 * are dropped, not only refetched, so a screen shows its loading state instead of the
 * old counts while the new ones arrive.
 *
 * @param dispatch Store dispatch from the thunk.
 */
function forgetDerived( dispatch: ThunkArgs[ 'dispatch' ] ) {
	dispatch.invalidateResolutionForStoreSelector( 'getApplications' );
	dispatch.invalidateResolutionForStoreSelector( 'getFunnel' );
	dispatch.invalidateResolutionForStoreSelector( 'getReports' );
	dispatch( { type: 'FORGET_ROSTERS' } );
	dispatch.invalidateResolutionForStoreSelector( 'getRoster' );
}

/**
 * Moves one application to another stage, showing the move at once.
 *
 * @param id      Application ID.
 * @param request Target stage, note, notify, team.
 * @return Whether the move worked.
 */
export const transitionApplication =
	( id: number, request: TransitionRequest ) =>
	async ( { select, dispatch, registry }: ThunkArgs ): Promise< boolean > => {
		const before = select.getApplication( id );
		if ( before ) {
			dispatch(
				receiveApplication( {
					...before,
					stage: request.to,
					stage_label: stageLabel( request.to ),
					allowed_transitions: [],
				} )
			);
		}
		try {
			const updated = await apiFetch< Application >( {
				path: restPath( `/applications/${ id }/transitions` ),
				method: 'POST',
				data: request,
			} );
			dispatch( receiveApplication( updated ) );
			dispatch.invalidateResolution( 'getApplication', [ id ] );
			forgetDerived( dispatch );
			success(
				registry,
				sprintf(
					/* translators: 1: person's name, 2: stage. */
					__( '%1$s is now: %2$s.', 'mentorship-program' ),
					updated.fields?.name ?? '',
					updated.stage_label || stageLabel( updated.stage )
				)
			);
			return true;
		} catch ( error ) {
			if ( before ) {
				dispatch( receiveApplication( before ) );
			}
			failure( registry, error, `mentorship-transition-${ id }` );
			return false;
		}
	};

/**
 * Moves many applications to a stage, or into a cohort, in one request.
 *
 * @param request IDs and either a stage or a cohort.
 * @return The server's per-item results, or null when the request failed.
 */
export const batchApplications =
	( request: BatchRequest ) =>
	async ( {
		dispatch,
		registry,
	}: ThunkArgs ): Promise< BatchResult | null > => {
		try {
			const result = await apiFetch< BatchResult >( {
				path: restPath( '/applications/batch' ),
				method: 'POST',
				data: request,
			} );
			forgetDerived( dispatch );
			for ( const id of request.ids ) {
				dispatch.invalidateResolution( 'getApplication', [ id ] );
			}
			if ( result.updated > 0 ) {
				success(
					registry,
					sprintf(
						/* translators: %d: number of applications. */
						_n(
							'%d application updated.',
							'%d applications updated.',
							result.updated,
							'mentorship-program'
						),
						result.updated
					)
				);
			}
			if ( result.failed > 0 ) {
				const reasons = Array.from(
					new Set(
						result.results.flatMap( ( item ) =>
							item.ok || ! item.error
								? []
								: [ item.error.message ]
						)
					)
				);
				failure(
					registry,
					{
						message: sprintf(
							/* translators: 1: number of applications, 2: the server's reasons. */
							_n(
								'%1$d application was not changed: %2$s',
								'%1$d applications were not changed: %2$s',
								result.failed,
								'mentorship-program'
							),
							result.failed,
							reasons.join( ' ' )
						),
					},
					'mentorship-batch'
				);
			}
			return result;
		} catch ( error ) {
			failure( registry, error, 'mentorship-batch' );
			return null;
		}
	};

/**
 * Adds a reviewer note, optionally with a 1–5 rating.
 *
 * @param id     Application ID.
 * @param note   Text.
 * @param rating Rating or null.
 * @return Whether it was saved.
 */
export const addNote =
	( id: number, note: string, rating: number | null ) =>
	async ( { dispatch, registry }: ThunkArgs ): Promise< boolean > => {
		try {
			const saved = await apiFetch< Note >( {
				path: restPath( `/applications/${ id }/notes` ),
				method: 'POST',
				data: { note, rating },
			} );
			dispatch( receiveNote( id, saved ) );
			dispatch.invalidateResolution( 'getApplication', [ id ] );
			success( registry, __( 'Note added.', 'mentorship-program' ) );
			return true;
		} catch ( error ) {
			failure( registry, error, `mentorship-note-${ id }` );
			return false;
		}
	};

/**
 * A thunk that creates a term-like resource with POST, or changes one with PATCH when
 * an ID is given, keeps what the server answered and says so in a snackbar.
 *
 * @param options          How this resource is saved.
 * @param options.route    REST route of the collection, such as "/cohorts".
 * @param options.receive  Action creator that stores the saved item.
 * @param options.noticeId Notice ID, so a repeated failure replaces the last one.
 * @param options.message  The snackbar's text, for a change or a creation.
 * @param options.after    What else the saved item makes stale.
 * @return The action: takes the fields and, to change one, its ID.
 */
function saveItem< Input, Item extends { id: number } >( options: {
	route: string;
	receive: ( item: Item ) => Action;
	noticeId: string;
	message: ( created: boolean ) => string;
	after?: ( item: Item, dispatch: ThunkArgs[ 'dispatch' ] ) => void;
} ) {
	return ( input: Input, id?: number ) =>
		async ( { dispatch, registry }: ThunkArgs ): Promise< Item | null > => {
			try {
				const item = await apiFetch< Item >( {
					path: restPath(
						id ? `${ options.route }/${ id }` : options.route
					),
					method: id ? 'PATCH' : 'POST',
					data: input,
				} );
				dispatch( options.receive( item ) );
				options.after?.( item, dispatch );
				success( registry, options.message( ! id ) );
				return item;
			} catch ( error ) {
				failure( registry, error, options.noticeId );
				return null;
			}
		};
}

/**
 * Creates a cohort, or changes one when an ID is given; its sessions follow the new
 * schedule.
 *
 * @param input Fields.
 * @param id    Cohort ID to change.
 * @return The saved cohort, or null.
 */
export const saveCohort = saveItem< CohortInput, Cohort >( {
	route: '/cohorts',
	receive: receiveCohort,
	noticeId: 'mentorship-cohort',
	message: ( created ) =>
		created
			? __( 'Cohort created.', 'mentorship-program' )
			: __( 'Cohort saved.', 'mentorship-program' ),
	after: ( cohort, dispatch ) =>
		dispatch.invalidateResolution( 'getSessions', [ cohort.id ] ),
} );

/**
 * The roster with a mentee moved between the pool and a mentor.
 *
 * @param roster Current roster.
 * @param mentee Mentee ID.
 * @param mentor Mentor ID, or 0 to move back to the pool.
 * @return A new roster.
 */
export function moveInRoster(
	roster: Roster,
	mentee: number,
	mentor: number
): Roster {
	const person =
		roster.unassigned.find( ( item ) => item.id === mentee ) ??
		roster.mentors
			.flatMap( ( item ) => item.mentees )
			.find( ( item ) => item.id === mentee );
	if ( ! person ) {
		return roster;
	}
	const mentors = roster.mentors.map( ( item ) => {
		const mentees = item.mentees.filter( ( m ) => m.id !== mentee );
		if ( item.id === mentor ) {
			mentees.push( person );
		}
		return {
			...item,
			mentees,
			remaining: Math.max( 0, item.capacity - mentees.length ),
		};
	} );
	const unassigned = roster.unassigned.filter( ( m ) => m.id !== mentee );
	if ( ! mentor ) {
		unassigned.push( person );
	}
	const assigned = mentors.reduce(
		( n, item ) => n + item.mentees.length,
		0
	);
	return {
		...roster,
		mentors,
		unassigned,
		totals: { ...roster.totals, assigned, unassigned: unassigned.length },
	};
}

/**
 * Moves a mentee to a mentor, or back into the pool: the board shows the move at once,
 * takes the server's roster when it answers and rolls back on failure.
 *
 * @param change         The move.
 * @param change.cohort  Cohort ID.
 * @param change.mentee  Mentee application ID.
 * @param change.mentor  Mentor application ID, or 0 for the pool.
 * @param change.request The request that makes the move on the server.
 * @param change.message The snackbar's text, from the server's roster.
 * @param thunk          What the thunk received.
 * @return Whether it worked.
 */
async function changeAssignment(
	change: {
		cohort: number;
		mentee: number;
		mentor: number;
		request: APIFetchOptions;
		message: ( roster: Roster ) => string;
	},
	thunk: ThunkArgs
): Promise< boolean > {
	const { select, dispatch, registry } = thunk;
	const { cohort, mentee, mentor } = change;
	const before = select.getRoster( cohort );
	if ( before ) {
		dispatch(
			receiveRoster( cohort, moveInRoster( before, mentee, mentor ) )
		);
	}
	try {
		const roster = await apiFetch< Roster >( change.request );
		dispatch( receiveRoster( cohort, roster ) );
		dispatch.invalidateResolutionForStoreSelector( 'getApplications' );
		dispatch.invalidateResolutionForStoreSelector( 'getFunnel' );
		dispatch.invalidateResolutionForStoreSelector( 'getReports' );
		dispatch.invalidateResolution( 'getApplication', [ mentee ] );
		success( registry, change.message( roster ) );
		return true;
	} catch ( error ) {
		if ( before ) {
			dispatch( receiveRoster( cohort, before ) );
		}
		failure( registry, error, `mentorship-assign-${ mentee }` );
		return false;
	}
}

/**
 * Assigns a mentee to a mentor; the board shows it at once and rolls back on failure.
 *
 * @param cohort Cohort ID.
 * @param mentee Mentee application ID.
 * @param mentor Mentor application ID.
 * @param track  Track.
 * @return Whether it worked.
 */
export const assignMentee =
	( cohort: number, mentee: number, mentor: number, track?: Track ) =>
	( thunk: ThunkArgs ): Promise< boolean > =>
		changeAssignment(
			{
				cohort,
				mentee,
				mentor,
				request: {
					path: restPath( `/cohorts/${ cohort }/assignments` ),
					method: 'POST',
					data: track
						? { mentee, mentor, track }
						: { mentee, mentor },
				},
				message: ( roster ) =>
					sprintf(
						/* translators: %s: mentor's name. */
						__( 'Assigned to %s.', 'mentorship-program' ),
						roster.mentors.find( ( item ) => item.id === mentor )
							?.name ?? ''
					),
			},
			thunk
		);

/**
 * Takes a mentee away from their mentor, back into the pool.
 *
 * @param cohort Cohort ID.
 * @param mentee Mentee application ID.
 * @return Whether it worked.
 */
export const unassignMentee =
	( cohort: number, mentee: number ) =>
	( thunk: ThunkArgs ): Promise< boolean > =>
		changeAssignment(
			{
				cohort,
				mentee,
				mentor: 0,
				request: {
					path: restPath( `/cohorts/${ cohort }/assignments`, {
						mentee,
					} ),
					method: 'DELETE',
				},
				message: () => __( 'Mentee unassigned.', 'mentorship-program' ),
			},
			thunk
		);

/**
 * Starts a cohort: assigned accepted mentees and their mentors become active.
 *
 * @param cohort       Cohort ID.
 * @param notify       Whether to e-mail people.
 * @param confirmEarly The coordinator confirmed starting before the start date.
 * @return The counts, or null.
 */
export const startCohort =
	( cohort: number, notify = true, confirmEarly = false ) =>
	async ( {
		dispatch,
		registry,
	}: ThunkArgs ): Promise< StartResult | null > => {
		try {
			const result = await apiFetch< StartResult >( {
				path: restPath( `/cohorts/${ cohort }/start` ),
				method: 'POST',
				data: confirmEarly
					? { notify, confirm_early: true }
					: { notify },
			} );
			forgetDerived( dispatch );
			const started = sprintf(
				/* translators: %d: number of people who became active. */
				_n(
					'Cohort started: %d person is now active.',
					'Cohort started: %d people are now active.',
					result.started,
					'mentorship-program'
				),
				result.started
			);
			const waiting = sprintf(
				/* translators: %d: number of mentees without a mentor. */
				_n(
					'%d mentee still has no mentor.',
					'%d mentees still have no mentor.',
					result.skipped,
					'mentorship-program'
				),
				result.skipped
			);
			success(
				registry,
				result.skipped ? `${ started } ${ waiting }` : started
			);
			return result;
		} catch ( error ) {
			failure( registry, error, 'mentorship-start' );
			return null;
		}
	};

/**
 * Asks the matching engine for a proposal; changes nothing on the server.
 *
 * @param cohort            Cohort ID.
 * @param options           Pairs to keep (pins) and pairs to avoid (forbidden).
 * @param options.pins
 * @param options.forbidden
 * @return The proposal, or null when it could not be made.
 */
export const suggestMatches =
	(
		cohort: number,
		options: {
			pins?: Array< [ number, number ] >;
			forbidden?: Array< [ number, number ] >;
		} = {}
	) =>
	async ( {
		dispatch,
		registry,
	}: ThunkArgs ): Promise< MatchProposal | null > => {
		try {
			const proposal = await apiFetch< MatchProposal >( {
				path: restPath( `/cohorts/${ cohort }/match` ),
				method: 'POST',
				// Pinned and rejected pairs, as [ mentee_id, mentor_id ], only when given.
				data: {
					...( options.pins?.length ? { pins: options.pins } : {} ),
					...( options.forbidden?.length
						? { forbidden: options.forbidden }
						: {} ),
				},
			} );
			dispatch( receiveMatches( cohort, proposal ) );
			return proposal;
		} catch ( error ) {
			dispatch( receiveMatches( cohort, null ) );
			const code = ( error as { code?: string } )?.code;
			if ( errorStatus( error ) === 404 && code === 'rest_no_route' ) {
				failure(
					registry,
					{
						message: __(
							'Suggesting matches is not available on this site yet. Assign mentors by hand below.',
							'mentorship-program'
						),
					},
					'mentorship-match'
				);
			} else {
				failure( registry, error, 'mentorship-match' );
			}
			return null;
		}
	};

/**
 * Applies the kept pairs of a proposal.
 *
 * @param cohort Cohort ID.
 * @param pairs  Mentee and mentor IDs.
 * @return Whether every pair was applied.
 */
export const applyMatches =
	(
		cohort: number,
		pairs: Array< { mentee_id: number; mentor_id: number } >
	) =>
	async ( { dispatch, registry }: ThunkArgs ): Promise< boolean > => {
		try {
			const result = await apiFetch< MatchApplyResult >( {
				path: restPath( `/cohorts/${ cohort }/match/apply` ),
				method: 'POST',
				data: { pairs },
			} );
			dispatch( receiveMatches( cohort, null ) );
			forgetDerived( dispatch );
			if ( result.roster ) {
				dispatch( receiveRoster( cohort, result.roster ) );
			}
			success(
				registry,
				sprintf(
					/* translators: %d: number of pairs. */
					_n(
						'%d pair assigned.',
						'%d pairs assigned.',
						result.applied,
						'mentorship-program'
					),
					result.applied
				)
			);
			if ( result.failed?.length ) {
				failure(
					registry,
					{
						message: sprintf(
							/* translators: 1: number of pairs, 2: the server's reasons. */
							_n(
								'%1$d pair was not assigned: %2$s',
								'%1$d pairs were not assigned: %2$s',
								result.failed.length,
								'mentorship-program'
							),
							result.failed.length,
							Array.from(
								new Set(
									result.failed.map( ( f ) => f.message )
								)
							).join( ' ' )
						),
					},
					'mentorship-match'
				);
			}
			return ! result.failed?.length;
		} catch ( error ) {
			dispatch.invalidateResolution( 'getRoster', [ cohort ] );
			failure( registry, error, 'mentorship-match' );
			return false;
		}
	};

/**
 * Creates a team, or changes one when an ID is given.
 *
 * @param input Fields.
 * @param id    Team ID.
 * @return The saved team, or null.
 */
export const saveTeam = saveItem< TeamInput, Team >( {
	route: '/teams',
	receive: receiveTeam,
	noticeId: 'mentorship-team',
	message: ( created ) =>
		created
			? __( 'Team added.', 'mentorship-program' )
			: __( 'Team saved.', 'mentorship-program' ),
} );

/**
 * Saves settings; the form shows the new values at once and rolls back on failure.
 *
 * @param changes Changed settings.
 * @return Whether they were saved.
 */
export const saveSettings =
	( changes: SettingsInput ) =>
	async ( { select, dispatch, registry }: ThunkArgs ): Promise< boolean > => {
		const before = select.getSettings();
		if ( before ) {
			dispatch( receiveSettings( { ...before, ...changes } ) );
		}
		try {
			const settings = await apiFetch< Settings >( {
				path: restPath( '/settings' ),
				method: 'PATCH',
				data: changes,
			} );
			dispatch( receiveSettings( settings ) );
			success( registry, __( 'Settings saved.', 'mentorship-program' ) );
			return true;
		} catch ( error ) {
			if ( before ) {
				dispatch( receiveSettings( before ) );
			}
			failure( registry, error, 'mentorship-settings' );
			return false;
		}
	};

/**
 * After a mentee moved to another mentor (or a mentor's backup offer changed): the
 * applications involved, lists and rosters are stale.
 *
 * @param ids Applications involved.
 * @return Thunk.
 */
export const forgetMentorChange =
	( ids: number[] ) =>
	async ( { dispatch }: ThunkArgs ): Promise< void > => {
		ids.filter( ( id ) => id > 0 ).forEach( ( id ) =>
			dispatch.invalidateResolution( 'getApplication', [ id ] )
		);
		forgetDerived( dispatch );
	};
