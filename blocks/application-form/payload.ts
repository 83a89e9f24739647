/**
 * Reads the application form into the JSON body of POST /mentorship/v1/applications,
 * with the same conversions the server applies to a plain (no JavaScript) post:
 * lists stay lists, checkboxes become booleans, whole numbers become integers and
 * blank answers are left out.
 */

/**
 * Internal dependencies
 */
import type { Rules, Slot, Values } from '../../src/shared/validation';

/** Most availability rows read from the form. */
const MAX_SLOTS = 21;

/**
 * The posted name of a field: answers are sent as mentorship[field], since WordPress
 * reads some top-level names (such as "name") as query variables.
 *
 * @param field Field name.
 * @return Input name.
 */
export function inputName( field: string ): string {
	return `mentorship[${ field }]`;
}

function text( data: FormData, name: string ): string {
	const value = data.get( name );
	return typeof value === 'string' ? value.trim() : '';
}

function slots( data: FormData ): Slot[] {
	const rows: Slot[] = [];
	for ( let i = 0; i < MAX_SLOTS; i++ ) {
		const base = `${ inputName( 'availability' ) }[${ i }]`;
		if (
			! data.has( `${ base }[day]` ) &&
			! data.has( `${ base }[start]` )
		) {
			break;
		}
		const day = text( data, `${ base }[day]` );
		const start = text( data, `${ base }[start]` );
		const end = text( data, `${ base }[end]` );
		if ( day === '' && start === '' && end === '' ) {
			continue;
		}
		rows.push( {
			day: /^\d$/.test( day ) ? Number( day ) : NaN,
			start,
			end,
		} );
	}
	return rows;
}

/**
 * Typed values of the fields that have rules.
 *
 * @param data  The form's data.
 * @param rules Field rules (their names and types).
 * @return Values by field name; blank answers are absent.
 */
export function readValues( data: FormData, rules: Rules ): Values {
	const values: Values = {};
	for ( const [ name, rule ] of Object.entries( rules ) ) {
		if ( name === 'availability' ) {
			const rows = slots( data );
			if ( rows.length ) {
				values[ name ] = rows;
			}
			continue;
		}
		if ( name === 'contribution_links' ) {
			const links = text( data, inputName( name ) )
				.split( /\r?\n/ )
				.map( ( line ) => line.trim() )
				.filter( Boolean );
			if ( links.length ) {
				values[ name ] = links;
			}
			continue;
		}
		switch ( rule.type ) {
			case 'boolean':
				values[ name ] = data.has( inputName( name ) );
				break;
			case 'array': {
				const list = data
					.getAll( `${ inputName( name ) }[]` )
					.map( ( item ) => String( item ).trim() )
					.filter( Boolean );
				if ( list.length ) {
					values[ name ] = list;
				}
				break;
			}
			case 'integer': {
				const raw = text( data, inputName( name ) );
				if ( raw !== '' ) {
					values[ name ] = /^-?\d{1,9}$/.test( raw )
						? Number( raw )
						: raw;
				}
				break;
			}
			default: {
				const raw = text( data, inputName( name ) );
				if ( raw !== '' ) {
					values[ name ] = raw;
				}
			}
		}
	}
	return values;
}

/**
 * The request body: the values plus the form's type, token, honeypot, cohort and
 * event code.
 *
 * @param data   The form's data.
 * @param values Values from readValues().
 * @return JSON-ready body.
 */
export function requestBody( data: FormData, values: Values ): Values {
	const body: Values = {
		...values,
		type: text( data, 'type' ) === 'mentor' ? 'mentor' : 'mentee',
		token: text( data, 'token' ),
		website: String( data.get( 'website' ) ?? '' ),
	};
	const event = text( data, 'event_code' );
	if ( event !== '' ) {
		body.event_code = event;
	}
	const cohort = Number( text( data, 'cohort' ) );
	if ( Number.isInteger( cohort ) && cohort > 0 ) {
		body.cohort = cohort;
	}
	return body;
}
