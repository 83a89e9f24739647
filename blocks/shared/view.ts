/**
 * What the blocks' view scripts share: a JSON request to a REST route as the
 * visitor, waiting for the page to update and moving focus to a status line, and
 * session times in the reader's own time zone.
 */

/**
 * WordPress dependencies
 */
import { getContext, getElement } from '@wordpress/interactivity';

/**
 * Internal dependencies
 */
import { formatSpan, localeFrom, zoneNote } from '../../src/shared/time';

/**
 * Sends `body` as JSON to a REST route with the visitor's cookies.
 *
 * @param url    The route.
 * @param body   What to send.
 * @param nonce  The REST nonce, sent as X-WP-Nonce; without it, no header.
 * @param method The HTTP method.
 * @return The response.
 */
export function sendJson(
	url: string,
	body: unknown,
	nonce?: string,
	method = 'POST'
): Promise< Response > {
	const headers: Record< string, string > = {
		'Content-Type': 'application/json',
		Accept: 'application/json',
	};
	if ( nonce !== undefined ) {
		headers[ 'X-WP-Nonce' ] = nonce;
	}
	return fetch( url, {
		method,
		credentials: 'same-origin',
		headers,
		body: JSON.stringify( body ),
	} );
}

/**
 * Lets the page update before moving focus to what changed.
 *
 * @return A promise settled on the next task.
 */
export function nextTask(): Promise< void > {
	return new Promise( ( resolve ) => setTimeout( resolve, 0 ) );
}

/**
 * Focuses a status line in the part of the page the event came from, once the
 * store's change is on the page.
 *
 * @param holder   Selector of the part (closest ancestor of the event's element).
 * @param selector Selector of the status line in it.
 */
export function focusStatus( holder: string, selector: string ) {
	const part = getElement().ref?.closest( holder );
	setTimeout( () => {
		part?.querySelector< HTMLElement >( selector )?.focus();
	}, 0 );
}

/**
 * Store callback: the note that says which time zone the times are in.
 */
export function showZoneNote() {
	const context = getContext< { note: string; template: string } >();
	context.note = zoneNote( context.template ) ?? context.note;
}

/**
 * Store callback: a session's start and end in the reader's language and zone.
 */
export function localizeSession() {
	const context = getContext< {
		start: string;
		end: string;
		label: string;
	} >();
	const text = formatSpan( context.start, context.end, {
		locale: localeFrom( document.documentElement.lang ),
	} );
	if ( text ) {
		context.label = text;
	}
}
