/**
 * The Applications screen's DataViews view state, turned into REST query arguments:
 * the server filters, sorts and paginates, so the browser never holds every application.
 */

/**
 * WordPress dependencies
 */
import type { View } from '@wordpress/dataviews/wp';
import { addQueryArgs } from '@wordpress/url';

/**
 * Internal dependencies
 */
import { compactQuery } from '../../shared/api';
import type {
	ApplicationQuery,
	ApplicationType,
	Format,
	Stage,
} from '../../shared/types';

/** View fields the server can sort by, and the REST `orderby` each one means. */
export const SORTABLE: Record< string, ApplicationQuery[ 'orderby' ] > = {
	name: 'name',
	created: 'date',
	modified: 'modified',
	stage: 'stage',
};

/**
 * Values of a filter as a list, whatever operator shape DataViews used.
 *
 * @param value Filter value.
 * @return Values.
 */
function asList( value: unknown ): string[] {
	if ( Array.isArray( value ) ) {
		return value.map( String ).filter( ( v ) => v !== '' );
	}
	if ( value === undefined || value === null || value === '' ) {
		return [];
	}
	return [ String( value ) ];
}

/**
 * REST query arguments for a view of one application type.
 *
 * @param view DataViews view.
 * @param type mentee or mentor.
 * @return Query for GET /applications.
 */
export function viewToQuery(
	view: View,
	type: ApplicationType
): ApplicationQuery {
	const query: ApplicationQuery = {
		type,
		page: Math.max( 1, view.page ?? 1 ),
		per_page: Math.min( 100, Math.max( 1, view.perPage ?? 20 ) ),
	};
	const search = view.search?.trim();
	if ( search ) {
		query.search = search.slice( 0, 100 );
	}
	if ( view.sort && SORTABLE[ view.sort.field ] ) {
		query.orderby = SORTABLE[ view.sort.field ];
		query.order = view.sort.direction === 'asc' ? 'asc' : 'desc';
	}
	for ( const filter of view.filters ?? [] ) {
		const values = asList( filter.value );
		if (
			! values.length ||
			! [ 'is', 'isAny' ].includes( filter.operator )
		) {
			continue;
		}
		switch ( filter.field ) {
			case 'stage':
				query.stage = values as Stage[];
				break;
			case 'cohort': {
				const cohort = Number( values[ 0 ] );
				if ( cohort > 0 ) {
					query.cohort = cohort;
				}
				break;
			}
			case 'teams':
				query.team = values;
				break;
			case 'languages':
				query.language = values;
				break;
			case 'format':
				query.format = values as Array< Format | 'any' >;
				break;
			case 'timezone': {
				// Values are "min:max" UTC offset ranges in minutes.
				const ranges = values
					.map( ( v ) => v.split( ':' ).map( Number ) )
					.filter(
						( r ) => r.length === 2 && r.every( Number.isFinite )
					);
				if ( ranges.length ) {
					query.tz_min = Math.min( ...ranges.map( ( r ) => r[ 0 ] ) );
					query.tz_max = Math.max( ...ranges.map( ( r ) => r[ 1 ] ) );
				}
				break;
			}
		}
	}
	return query;
}

/**
 * The CSV export address for the same filters (every page, no paging arguments).
 *
 * @param query    List query.
 * @param restRoot REST API root, e.g. "https://example.org/wp-json/".
 * @param nonce    REST nonce, so the browser's download is authenticated.
 * @return Address.
 */
export function exportUrl(
	query: ApplicationQuery,
	restRoot: string,
	nonce: string
): string {
	const { page, per_page: perPage, ...filters } = query;
	void page;
	void perPage;
	const root = restRoot.endsWith( '/' ) ? restRoot : restRoot + '/';
	// Plain-permalink sites use ?rest_route=/…; pretty ones /wp-json/….
	const base = root.includes( '?' )
		? addQueryArgs( root, { rest_route: '/mentorship/v1/export' } )
		: root + 'mentorship/v1/export';
	return addQueryArgs( base, {
		...compactQuery( { ...filters } ),
		_wpnonce: nonce,
	} );
}
