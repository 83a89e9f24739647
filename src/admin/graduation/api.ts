/**
 * The graduation routes, called from the admin app's graduation screens.
 */

/**
 * WordPress dependencies
 */
import apiFetch from '@wordpress/api-fetch';

/**
 * Internal dependencies
 */
import { restPath } from '../../shared/api';
import type {
	Certificate,
	CohortGraduationResult,
	GraduationCriteria,
	GraduationRecord,
	ProgressField,
} from './types';

export function fetchCriteria( cohortId: number ) {
	return apiFetch< GraduationCriteria >( {
		path: restPath( `/cohorts/${ cohortId }/graduation-criteria` ),
	} );
}

export function saveCriteria(
	cohortId: number,
	criteria: Partial< GraduationCriteria >
) {
	return apiFetch< GraduationCriteria >( {
		path: restPath( `/cohorts/${ cohortId }/graduation-criteria` ),
		method: 'POST',
		data: criteria,
	} );
}

export function fetchRecord( id: number ) {
	return apiFetch< GraduationRecord >( {
		path: restPath( `/graduation/${ id }` ),
	} );
}

export function saveRecord(
	id: number,
	values: Partial< Record< ProgressField, string | boolean > >
) {
	return apiFetch< GraduationRecord >( {
		path: restPath( `/graduation/${ id }` ),
		method: 'POST',
		data: values,
	} );
}

export function graduateCohort(
	cohortId: number,
	request: { dry_run?: boolean; confirm_early?: boolean; notify?: boolean }
) {
	return apiFetch< CohortGraduationResult >( {
		path: restPath( `/cohorts/${ cohortId }/graduate` ),
		method: 'POST',
		data: request,
	} );
}

export function issueCertificate( id: number ) {
	return apiFetch< Certificate >( {
		path: restPath( `/graduation/${ id }/certificate` ),
		method: 'POST',
	} );
}

export function revokeCertificate( id: number, reason: string ) {
	return apiFetch< Certificate >( {
		path: restPath( `/graduation/${ id }/certificate/revoke` ),
		method: 'POST',
		data: { reason },
	} );
}
