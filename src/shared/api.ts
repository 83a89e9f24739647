/**
 * A thin client for the `mentorship/v1` REST API on top of @wordpress/api-fetch: paths
 * with query arguments, pages with their totals, and readable error messages.
 */

/**
 * WordPress dependencies
 */
import apiFetch from '@wordpress/api-fetch';
import { addQueryArgs } from '@wordpress/url';
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import type { Paged, RestError } from './types';

export const NAMESPACE = '/mentorship/v1';

export type QueryValue =
	| string
	| number
	| boolean
	| undefined
	| null
	| QueryValue[];

/**
 * Drops empty values so the server applies its own defaults.
 *
 * @param query Query arguments.
 * @return The arguments that carry a value.
 */
export function compactQuery(
	query: Record< string, QueryValue >
): Record< string, QueryValue > {
	const out: Record< string, QueryValue > = {};
	for ( const [ key, value ] of Object.entries( query ) ) {
		if (
			value === undefined ||
			value === null ||
			value === '' ||
			( Array.isArray( value ) && value.length === 0 )
		) {
			continue;
		}
		out[ key ] = value;
	}
	return out;
}

/**
 * A route path in the plugin's namespace, with query arguments.
 *
 * @param route Route below the namespace, e.g. "/applications".
 * @param query Query arguments.
 * @return Path for apiFetch.
 */
export function restPath(
	route: string,
	query: Record< string, QueryValue > = {}
): string {
	return addQueryArgs( NAMESPACE + route, compactQuery( query ) );
}

/**
 * Fetches one page of a collection and reads X-WP-Total and X-WP-TotalPages.
 *
 * @param path Path with query arguments.
 * @return The items and totals.
 */
export async function fetchPage< T >( path: string ): Promise< Paged< T > > {
	let response: Response;
	try {
		response = ( await apiFetch( { path, parse: false } ) ) as Response;
	} catch ( error ) {
		// Unparsed requests reject with the raw response: read the WP_Error from it.
		if ( error && typeof ( error as Response ).json === 'function' ) {
			throw await ( error as Response ).json().catch( () => ( {
				code: 'unknown_error',
				message: '',
			} ) );
		}
		throw error;
	}
	const items = ( await response.json() ) as T[];
	return {
		items,
		total: Number( response.headers.get( 'X-WP-Total' ) ?? items.length ),
		totalPages: Number( response.headers.get( 'X-WP-TotalPages' ) ?? 1 ),
	};
}

/**
 * The message to show for a failed request: the server's own words when it sent any.
 *
 * @param error What apiFetch rejected with.
 * @return A sentence for a notice.
 */
export function errorMessage( error: unknown ): string {
	if ( error && typeof error === 'object' ) {
		const { message } = error as Partial< RestError >;
		if ( typeof message === 'string' && message !== '' ) {
			return message;
		}
	}
	if ( typeof error === 'string' && error !== '' ) {
		return error;
	}
	return __(
		'Something went wrong. Please try again.',
		'mentorship-program'
	);
}

/**
 * The HTTP status of a failed request, when the server sent one.
 *
 * @param error What apiFetch rejected with.
 * @return Status code or 0.
 */
export function errorStatus( error: unknown ): number {
	if ( error && typeof error === 'object' ) {
		const { data } = error as Partial< RestError >;
		if ( data && typeof data.status === 'number' ) {
			return data.status;
		}
	}
	return 0;
}
