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
import { fetchPage, restPath } from '../../shared/api';
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

export const getCohorts =
	(): Resolver =>
	async ( { dispatch } ) => {
		dispatch(
			receiveCohorts(
				await apiFetch< Cohort[] >( { path: restPath( '/cohorts' ) } )
			)
		);
	};

export const getCohort =
	( id: number ): Resolver =>
	async ( { dispatch } ) => {
		dispatch(
			receiveCohort(
				await apiFetch< Cohort >( {
					path: restPath( `/cohorts/${ id }` ),
				} )
			)
		);
	};

export const getTeams =
	(): Resolver =>
	async ( { dispatch } ) => {
		dispatch(
			receiveTeams(
				await apiFetch< Team[] >( { path: restPath( '/teams' ) } )
			)
		);
	};

export const getSettings =
	(): Resolver =>
	async ( { dispatch } ) => {
		dispatch(
			receiveSettings(
				await apiFetch< Settings >( { path: restPath( '/settings' ) } )
			)
		);
	};

export const getFunnel =
	( cohort: number ): Resolver =>
	async ( { dispatch } ) => {
		dispatch(
			receiveFunnel(
				cohort,
				await apiFetch< FunnelStats >( {
					path: restPath( '/stats/funnel', { cohort } ),
				} )
			)
		);
	};

export const getReports =
	( ids: string ): Resolver =>
	async ( { dispatch } ) => {
		const reports = ids.includes( ',' )
			? (
					await apiFetch< { cohorts: CohortReport[] } >( {
						path: restPath( '/reports/compare', { cohorts: ids } ),
					} )
			  ).cohorts
			: [
					await apiFetch< CohortReport >( {
						path: restPath( `/reports/cohorts/${ Number( ids ) }` ),
					} ),
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
				await apiFetch< Application >( {
					path: restPath( `/applications/${ id }` ),
				} )
			)
		);
	};

export const getNotes =
	( id: number ): Resolver =>
	async ( { dispatch } ) => {
		dispatch(
			receiveNotes(
				id,
				await apiFetch< Note[] >( {
					path: restPath( `/applications/${ id }/notes` ),
				} )
			)
		);
	};

export const getRoster =
	( cohort: number ): Resolver =>
	async ( { dispatch } ) => {
		dispatch(
			receiveRoster(
				cohort,
				await apiFetch< Roster >( {
					path: restPath( `/cohorts/${ cohort }/roster` ),
				} )
			)
		);
	};

export const getSessions =
	( cohort: number ): Resolver =>
	async ( { dispatch } ) => {
		const response = await apiFetch< SessionsResponse >( {
			path: restPath( `/cohorts/${ cohort }/sessions`, { count: 5 } ),
		} );
		dispatch( receiveSessions( cohort, response.sessions ) );
	};
