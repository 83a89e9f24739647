/**
 * "My mentorship" in the browser: the forms save through the REST API without leaving
 * the page. Without JavaScript the same forms post to the page and work the same.
 */

/**
 * WordPress dependencies
 */
import { store, getContext } from '@wordpress/interactivity';

/**
 * Internal dependencies
 */
import { focusStatus, sendJson } from '../shared/view';
import { fillTemplate } from '../../src/shared/validation';

type RootContext = {
	restRoot: string;
	nonce: string;
};

type CardContext = RootContext & {
	mentee: number;
	last: string;
	message: string;
	busy: boolean;
	goal: number;
	done: boolean;
};

type MyState = {
	texts: {
		saved: string;
		goalAdded: string;
		goalDone: string;
		failed: string;
		last: string;
	};
	kinds: Record< string, string >;
};

type ErrorBody = {
	message?: string;
	data?: { params?: Record< string, string > };
};

type SendResult = { ok: boolean; data: ErrorBody & Record< string, unknown > };

/**
 * Sends JSON to a mentorship/v1 route.
 *
 * @param context Context with the REST root and nonce.
 * @param method  HTTP method.
 * @param path    Path below mentorship/v1/.
 * @param body    Body.
 * @return The response and its parsed body.
 */
async function send(
	context: RootContext,
	method: string,
	path: string,
	body: Record< string, unknown >
): Promise< SendResult > {
	const response = await sendJson(
		`${ context.restRoot }${ path }`,
		body,
		context.nonce,
		method
	);
	const data = await response.json().catch( () => ( {} ) );
	return { ok: response.ok, data };
}

/**
 * Marks the fields the server named as invalid and focuses the first one.
 *
 * @param form   The form.
 * @param params Field => message.
 */
function markFields( form: HTMLFormElement, params: Record< string, string > ) {
	form.querySelectorAll( '[aria-invalid="true"]' ).forEach( ( field ) =>
		field.removeAttribute( 'aria-invalid' )
	);
	let first: HTMLElement | null = null;
	for ( const name of Object.keys( params ) ) {
		const field = form.querySelector< HTMLElement >(
			`[name="${ name }"], [name="${ name }[]"]`
		);
		if ( field && field.getAttribute( 'type' ) !== 'hidden' ) {
			field.setAttribute( 'aria-invalid', 'true' );
			first = first ?? field;
		}
	}
	first?.focus();
}

/**
 * Focuses the status line of the card or section the event came from.
 */
function focusMessage() {
	focusStatus( 'article, section', '.mentorship-my-message' );
}

/**
 * A card's form as it is submitted: the page does not post it, and a card already
 * sending sends nothing more.
 *
 * @param event The submit event.
 * @return The card's context, the form and its data; null while the card is busy.
 */
function submission( event: SubmitEvent ) {
	event.preventDefault();
	const context = getContext< CardContext >();
	if ( context.busy ) {
		return null;
	}
	const form = event.target as HTMLFormElement;
	return { context, form, data: new FormData( form ) };
}

/**
 * Sends a card's form to a route while the card shows it is busy. A refusal is shown
 * on the form: the server's message in the card's status line, the fields it named
 * marked invalid.
 *
 * @param context The card's context.
 * @param form    The form.
 * @param method  HTTP method.
 * @param path    Path below mentorship/v1/.
 * @param body    Body.
 * @return Whether the server saved what the form sent.
 */
function* sendForm(
	context: CardContext,
	form: HTMLFormElement,
	method: string,
	path: string,
	body: Record< string, unknown >
): Generator< unknown, boolean, unknown > {
	context.busy = true;
	context.message = '';
	try {
		const result = ( yield send(
			context,
			method,
			path,
			body
		) ) as SendResult;
		if ( result.ok ) {
			return true;
		}
		context.message = result.data.message || state.texts.failed;
		markFields( form, result.data.data?.params ?? {} );
	} catch {
		context.message = state.texts.failed;
	} finally {
		context.busy = false;
	}
	return false;
}

const { state } = store( 'mentorship-program/my-mentorship', {
	state: {} as MyState,
	actions: {
		*logCheckin( event: SubmitEvent ): Generator< unknown, void, unknown > {
			const submitted = submission( event );
			if ( ! submitted ) {
				return;
			}
			const { context, form, data } = submitted;
			const values = {
				held_on: String( data.get( 'held_on' ) ?? '' ),
				kind: String( data.get( 'kind' ) ?? '' ),
				mentees: data.getAll( 'mentees[]' ).map( Number ),
				attendees: data.getAll( 'attendees[]' ).map( Number ),
				covered: String( data.get( 'covered' ) ?? '' ),
				next_steps: String( data.get( 'next_steps' ) ?? '' ),
				needs_help: data.get( 'needs_help' ) === '1',
				private_note: String( data.get( 'private_note' ) ?? '' ),
			};
			const saved = yield* sendForm(
				context,
				form,
				'POST',
				'checkins',
				values
			);
			if ( saved ) {
				const date = new Date( `${ values.held_on }T12:00:00Z` );
				context.last = fillTemplate(
					state.texts.last,
					date.toLocaleDateString(
						document.documentElement.lang || undefined,
						{ dateStyle: 'long', timeZone: 'UTC' }
					),
					state.kinds[ values.kind ] ?? values.kind,
					values.covered
				);
				context.message = state.texts.saved;
				const day = values.held_on;
				form.reset();
				(
					form.elements.namedItem( 'held_on' ) as HTMLInputElement
				 ).value = day;
				markFields( form, {} );
			}
			if ( ! form.querySelector( '[aria-invalid="true"]' ) ) {
				focusMessage();
			}
		},
		*addGoal( event: SubmitEvent ): Generator< unknown, void, unknown > {
			const submitted = submission( event );
			if ( ! submitted ) {
				return;
			}
			const { context, form, data } = submitted;
			const week = String( data.get( 'due_week' ) ?? '' );
			const saved = yield* sendForm(
				context,
				form,
				'POST',
				`mentees/${ context.mentee }/goals`,
				{
					title: String( data.get( 'title' ) ?? '' ),
					due_week: week === '' ? null : Number( week ),
				}
			);
			if ( saved ) {
				// The list is drawn by the server; show it as a reader without
				// JavaScript would, with the same confirmation.
				const url = new URL( window.location.href );
				url.searchParams.set( 'mentorship-saved', 'add_goal' );
				url.hash = `mentorship-${ context.mentee }`;
				window.location.assign( url.toString() );
				return;
			}
			focusMessage();
		},
		*markDone( event: SubmitEvent ): Generator< unknown, void, unknown > {
			event.preventDefault();
			const context = getContext< CardContext >();
			try {
				const result = ( yield send(
					context,
					'PATCH',
					`goals/${ context.goal }`,
					{ status: 'done' }
				) ) as SendResult;
				if ( result.ok ) {
					context.done = true;
					context.message = state.texts.goalDone;
				} else {
					context.message = result.data.message || state.texts.failed;
				}
			} catch {
				context.message = state.texts.failed;
			}
			focusMessage();
		},
	},
} );
