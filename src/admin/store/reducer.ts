/**
 * Server state of the admin app: what the REST API answered, keyed the way screens ask.
 */

/**
 * Internal dependencies
 */
import type {
	Application,
	Cohort,
	CohortReport,
	FunnelStats,
	MatchProposal,
	Note,
	Roster,
	Session,
	Settings,
	Team,
} from '../../shared/types';

export interface ListResult {
	ids: number[];
	total: number;
	totalPages: number;
}

export interface State {
	cohorts: Cohort[] | null;
	teams: Team[] | null;
	settings: Settings | null;
	funnel: Record< number, FunnelStats >;
	applications: Record< number, Application >;
	lists: Record< string, ListResult >;
	notes: Record< number, Note[] >;
	rosters: Record< number, Roster >;
	sessions: Record< number, Session[] >;
	matches: Record< number, MatchProposal | null >;
	/** Cohort reports, keyed by the cohort IDs asked for ("3" or "3,5"). */
	reports: Record< string, CohortReport[] >;
}

export type Action =
	| { type: 'RECEIVE_COHORTS'; cohorts: Cohort[] }
	| { type: 'RECEIVE_COHORT'; cohort: Cohort }
	| { type: 'RECEIVE_TEAMS'; teams: Team[] }
	| { type: 'RECEIVE_TEAM'; team: Team }
	| { type: 'RECEIVE_SETTINGS'; settings: Settings }
	| { type: 'RECEIVE_FUNNEL'; cohort: number; stats: FunnelStats }
	| {
			type: 'RECEIVE_APPLICATIONS';
			key: string;
			items: Application[];
			total: number;
			totalPages: number;
	  }
	| { type: 'RECEIVE_APPLICATION'; application: Application }
	| { type: 'RECEIVE_NOTES'; id: number; notes: Note[] }
	| { type: 'RECEIVE_NOTE'; id: number; note: Note }
	| { type: 'RECEIVE_ROSTER'; cohort: number; roster: Roster }
	| { type: 'RECEIVE_SESSIONS'; cohort: number; sessions: Session[] }
	| {
			type: 'RECEIVE_MATCHES';
			cohort: number;
			proposal: MatchProposal | null;
	  }
	| { type: 'RECEIVE_REPORTS'; key: string; reports: CohortReport[] }
	| { type: 'FORGET_LISTS' }
	| { type: 'FORGET_ROSTERS' };

export const initialState: State = {
	cohorts: null,
	teams: null,
	settings: null,
	funnel: {},
	applications: {},
	lists: {},
	notes: {},
	rosters: {},
	sessions: {},
	matches: {},
	reports: {},
};

/**
 * Keeps a richer copy (with history) when a list row replaces a detail read.
 *
 * @param previous What the store had.
 * @param next     What the server sent.
 * @return Merged application.
 */
function mergeApplication(
	previous: Application | undefined,
	next: Application
): Application {
	if ( previous?.history && ! next.history ) {
		return { ...next, history: previous.history };
	}
	return next;
}

function upsertBy< T extends { id: number } >(
	list: T[] | null,
	item: T
): T[] {
	const items = list ?? [];
	return items.some( ( existing ) => existing.id === item.id )
		? items.map( ( existing ) =>
				existing.id === item.id ? item : existing
		  )
		: [ ...items, item ];
}

/** The parts of the state that keep one entry per cohort, application or key. */
type Keyed =
	| 'funnel'
	| 'notes'
	| 'rosters'
	| 'sessions'
	| 'matches'
	| 'reports';

/**
 * The state with one entry of a keyed part set.
 *
 * @param state The state.
 * @param part  Which part.
 * @param key   The entry's key.
 * @param value The entry.
 * @return New state.
 */
function entry< Part extends Keyed >(
	state: State,
	part: Part,
	key: number | string,
	value: State[ Part ][ keyof State[ Part ] ]
): State {
	return { ...state, [ part ]: { ...state[ part ], [ key ]: value } };
}

export default function reducer(
	state: State = initialState,
	action: Action
): State {
	switch ( action.type ) {
		case 'RECEIVE_COHORTS':
			return { ...state, cohorts: action.cohorts };
		case 'RECEIVE_COHORT':
			return {
				...state,
				cohorts: upsertBy( state.cohorts, action.cohort ),
			};
		case 'RECEIVE_TEAMS':
			return { ...state, teams: action.teams };
		case 'RECEIVE_TEAM':
			return { ...state, teams: upsertBy( state.teams, action.team ) };
		case 'RECEIVE_SETTINGS':
			return { ...state, settings: action.settings };
		case 'RECEIVE_REPORTS':
			return entry( state, 'reports', action.key, action.reports );
		case 'RECEIVE_FUNNEL':
			return entry( state, 'funnel', action.cohort, action.stats );
		case 'RECEIVE_APPLICATIONS': {
			const applications = { ...state.applications };
			for ( const item of action.items ) {
				applications[ item.id ] = mergeApplication(
					applications[ item.id ],
					item
				);
			}
			return {
				...state,
				applications,
				lists: {
					...state.lists,
					[ action.key ]: {
						ids: action.items.map( ( item ) => item.id ),
						total: action.total,
						totalPages: action.totalPages,
					},
				},
			};
		}
		case 'RECEIVE_APPLICATION':
			return {
				...state,
				applications: {
					...state.applications,
					[ action.application.id ]: mergeApplication(
						state.applications[ action.application.id ],
						action.application
					),
				},
			};
		case 'RECEIVE_NOTES':
			return entry( state, 'notes', action.id, action.notes );
		case 'RECEIVE_NOTE':
			return entry(
				state,
				'notes',
				action.id,
				upsertBy( state.notes[ action.id ] ?? [], action.note )
			);
		case 'RECEIVE_ROSTER':
			return entry( state, 'rosters', action.cohort, action.roster );
		case 'RECEIVE_SESSIONS':
			return entry( state, 'sessions', action.cohort, action.sessions );
		case 'RECEIVE_MATCHES':
			return entry( state, 'matches', action.cohort, action.proposal );
		case 'FORGET_LISTS':
			return { ...state, lists: {} };
		case 'FORGET_ROSTERS':
			// A roster that may be out of date is not shown: its counts could be wrong.
			return { ...state, rosters: {} };
	}
	return state;
}
