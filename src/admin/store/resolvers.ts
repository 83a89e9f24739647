/**
 * Resolvers: the first time a screen selects something, it is fetched from the REST API.
 * A failure is recorded as the selector's resolution error, which screens show.
 */

/**
 * WordPress dependencies
 */
import apiFetch from '@wordpress/api-fetch';

/**
 * Internal dependencies
 */
import { fetchPage, restPath, type QueryValue } from '../../shared/api';
import type {
	Application,
	ApplicationQuery,
	Cohort,
	FunnelStats,
	CohortReport,
	Note,
	Roster,
	SessionsResponse,
	Settings,
	Team,
} from '../../shared/types';
import {
	receiveApplication,
	receiveApplications,
	receiveCohort,
	receiveCohorts,
	receiveFunnel,
	receiveReports,
	receiveNotes,
	receiveRoster,
	receiveSessions,
	receiveSettings,
	receiveTeams,
} from './actions';
import { queryKey } from './query-key';
import type { ThunkArgs } from './thunk';

type Resolver = ( args: ThunkArgs ) => Promise< void >;

/**
 * Reads a route of the plugin's namespace.
 *
 * @param route Route below the namespace, e.g. "/cohorts".
 * @param query Query arguments.
 * @return What the server answered.
 */
function get< T >(
	route: string,
	query?: Record< string, QueryValue >
): Promise< T > {
	return apiFetch< T >( { path: restPath( route, query ) } );
}

export const getCohorts =
	(): Resolver =>
	async ( { dispatch } ) => {
		dispatch( receiveCohorts( await get< Cohort[] >( '/cohorts' ) ) );
	};

export const getCohort =
	( id: number ): Resolver =>
	async ( { dispatch } ) => {
		dispatch( receiveCohort( await get< Cohort >( `/cohorts/${ id }` ) ) );
	};

export const getTeams =
	(): Resolver =>
	async ( { dispatch } ) => {
		dispatch( receiveTeams( await get< Team[] >( '/teams' ) ) );
	};

export const getSettings =
	(): Resolver =>
	async ( { dispatch } ) => {
		dispatch( receiveSettings( await get< Settings >( '/settings' ) ) );
	};

export const getFunnel =
	( cohort: number ): Resolver =>
	async ( { dispatch } ) => {
		dispatch(
			receiveFunnel(
				cohort,
				await get< FunnelStats >( '/stats/funnel', { cohort } )
			)
		);
	};

export const getReports =
	( ids: string ): Resolver =>
	async ( { dispatch } ) => {
		const reports = ids.includes( ',' )
			? (
					await get< { cohorts: CohortReport[] } >(
						'/reports/compare',
						{ cohorts: ids }
					)
			  ).cohorts
			: [
					await get< CohortReport >(
						`/reports/cohorts/${ Number( ids ) }`
					),
			  ];
		dispatch( receiveReports( ids, reports ) );
	};

export const getApplications =
	( query: ApplicationQuery ): Resolver =>
	async ( { dispatch } ) => {
		const page = await fetchPage< Application >(
			restPath( '/applications', { ...query } )
		);
		dispatch(
			receiveApplications(
				queryKey( query ),
				page.items,
				page.total,
				page.totalPages
			)
		);
	};

export const getApplication =
	( id: number ): Resolver =>
	async ( { dispatch } ) => {
		dispatch(
			receiveApplication(
				await get< Application >( `/applications/${ id }` )
			)
		);
	};

export const getNotes =
	( id: number ): Resolver =>
	async ( { dispatch } ) => {
		dispatch(
			receiveNotes(
				id,
				await get< Note[] >( `/applications/${ id }/notes` )
			)
		);
	};

export const getRoster =
	( cohort: number ): Resolver =>
	async ( { dispatch } ) => {
		dispatch(
			receiveRoster(
				cohort,
				await get< Roster >( `/cohorts/${ cohort }/roster` )
			)
		);
	};

export const getSessions =
	( cohort: number ): Resolver =>
	async ( { dispatch } ) => {
		const response = await get< SessionsResponse >(
			`/cohorts/${ cohort }/sessions`,
			{ count: 5 }
		);
		dispatch( receiveSessions( cohort, response.sessions ) );
	};
