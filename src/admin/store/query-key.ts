/**
 * Internal dependencies
 */
import { compactQuery } from '../../shared/api';
import type { ApplicationQuery } from '../../shared/types';

/**
 * A stable key for a list query: the same filters in any order give the same key.
 *
 * @param query List query.
 * @return Key.
 */
export function queryKey( query: ApplicationQuery ): string {
	const compact = compactQuery( { ...query } );
	const sorted: Record< string, unknown > = {};
	for ( const key of Object.keys( compact ).sort() ) {
		const value = compact[ key ];
		sorted[ key ] = Array.isArray( value ) ? [ ...value ].sort() : value;
	}
	return JSON.stringify( sorted );
}
