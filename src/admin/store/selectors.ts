/**
 * Internal dependencies
 */
import type {
	Application,
	ApplicationQuery,
	Cohort,
	FunnelStats,
	CohortReport,
	MatchProposal,
	Note,
	Paged,
	Roster,
	Session,
	Settings,
	Team,
} from '../../shared/types';
import { queryKey } from './query-key';
import type { ListResult, State } from './reducer';

export function getCohorts( state: State ): Cohort[] | null {
	return state.cohorts;
}

export function getCohort( state: State, id: number ): Cohort | undefined {
	return state.cohorts?.find( ( cohort ) => cohort.id === id );
}

export function getTeams( state: State ): Team[] | null {
	return state.teams;
}

export function getSettings( state: State ): Settings | null {
	return state.settings;
}

/**
 * The funnel of a cohort; 0 is every cohort.
 *
 * @param state  Store state.
 * @param cohort Cohort ID or 0.
 * @return Stats, once loaded.
 */
export function getFunnel(
	state: State,
	cohort: number
): FunnelStats | undefined {
	return state.funnel[ cohort ];
}

/**
 * Reports of one cohort ("3") or of cohorts compared ("3,5"), in the order asked.
 *
 * @param state Store state.
 * @param ids   Cohort IDs, comma-separated.
 * @return Reports, once loaded.
 */
export function getReports(
	state: State,
	ids: string
): CohortReport[] | undefined {
	return state.reports[ ids ];
}

const pages = new WeakMap<
	ListResult,
	{ applications: State[ 'applications' ]; page: Paged< Application > }
>();

/**
 * One page of applications for a query, once loaded. The same query (in any key
 * order) gives the same object until the data changes, so screens re-render only
 * when they should.
 *
 * @param state Store state.
 * @param query List query.
 * @return Page, or undefined while loading.
 */
export function getApplications(
	state: State,
	query: ApplicationQuery
): Paged< Application > | undefined {
	const list = state.lists[ queryKey( query ) ];
	if ( ! list ) {
		return undefined;
	}
	const cached = pages.get( list );
	if ( cached && cached.applications === state.applications ) {
		return cached.page;
	}
	const page = {
		items: list.ids
			.map( ( id ) => state.applications[ id ] )
			.filter( Boolean ),
		total: list.total,
		totalPages: list.totalPages,
	};
	pages.set( list, { applications: state.applications, page } );
	return page;
}

export function getApplication(
	state: State,
	id: number
): Application | undefined {
	return state.applications[ id ];
}

export function getNotes( state: State, id: number ): Note[] | undefined {
	return state.notes[ id ];
}

export function getRoster( state: State, cohort: number ): Roster | undefined {
	return state.rosters[ cohort ];
}

export function getSessions(
	state: State,
	cohort: number
): Session[] | undefined {
	return state.sessions[ cohort ];
}

/**
 * The last matching proposal for a cohort: undefined before any, null when the
 * site cannot suggest matches.
 *
 * @param state  Store state.
 * @param cohort Cohort ID.
 * @return Proposal.
 */
export function getMatchProposal(
	state: State,
	cohort: number
): MatchProposal | null | undefined {
	return state.matches[ cohort ];
}
