/**
 * The story form in the browser: sends the story as JSON to the REST route with the
 * logged-in user's nonce, puts each error the server gives next to its field, and
 * shows the thank-you in place. Without this script the form posts to the page.
 */

/**
 * WordPress dependencies
 */
import {
	store,
	getContext,
	getElement,
	withSyncEvent,
} from '@wordpress/interactivity';

/**
 * Internal dependencies
 */
import { nextTask, sendJson } from '../shared/view';

const FIELDS = [ 'application_id', 'title', 'story', 'consent' ] as const;

type Field = ( typeof FIELDS )[ number ];

type ShareContext = {
	restUrl: string;
	nonce: string;
	message: string;
	failed: boolean;
	done: boolean;
	busy: boolean;
	errors: Record< Field, string >;
	invalid: Record< Field, boolean >;
	sending: string;
	network: string;
	fixErrors: string;
};

type Answer = {
	message?: string;
	data?: { params?: Record< string, string > };
};

/**
 * Shows the server's errors by their fields.
 *
 * @param context Form context.
 * @param form    The form.
 * @param params  Field => message.
 * @return Whether any error belongs to a field of the form.
 */
function showErrors(
	context: ShareContext,
	form: HTMLFormElement,
	params: Record< string, string >
): boolean {
	let any = false;
	for ( const field of FIELDS ) {
		const message = params[ field ] ? String( params[ field ] ) : '';
		context.errors[ field ] = message;
		context.invalid[ field ] = message !== '';
		any = any || message !== '';
		// Set directly on the control: a directive there would re-render it and
		// reset what the person typed.
		form.querySelectorAll( `[name="${ field }"]` ).forEach( ( control ) => {
			if ( message ) {
				control.setAttribute( 'aria-invalid', 'true' );
			} else {
				control.removeAttribute( 'aria-invalid' );
			}
		} );
	}
	return any;
}

store( 'mentorship-program/share-story', {
	actions: {
		submit: withSyncEvent( function* (
			event: SubmitEvent
		): Generator< unknown, void, unknown > {
			const context = getContext< ShareContext >();
			if ( ! context.restUrl ) {
				// Sent by a private link's holder: the page itself takes the form.
				return;
			}
			event.preventDefault();
			const form = getElement().ref as HTMLFormElement | null;
			if ( ! form || context.busy ) {
				return;
			}
			const data = new FormData( form );
			const body = {
				application_id: Number( data.get( 'application_id' ) ),
				title: String( data.get( 'title' ) ?? '' ),
				story: String( data.get( 'story' ) ?? '' ),
				consent: data.get( 'consent' ) !== null,
			};
			const status = form.parentElement?.querySelector< HTMLElement >(
				'.mentorship-share-status'
			);

			context.busy = true;
			context.failed = false;
			context.message = context.sending;
			showErrors( context, form, {} );
			try {
				const response = ( yield sendJson(
					context.restUrl,
					body,
					context.nonce
				) ) as Response;
				const answer = ( yield response
					.json()
					.catch( () => ( {} ) ) ) as Answer;
				if ( response.ok ) {
					context.done = true;
					context.message = answer.message || '';
					yield nextTask();
					status?.focus();
					return;
				}
				const byField = showErrors(
					context,
					form,
					answer.data?.params || {}
				);
				context.failed = true;
				context.message = byField
					? context.fixErrors
					: answer.message || context.network;
				yield nextTask();
				const first = FIELDS.find(
					( field ) => context.invalid[ field ]
				);
				const target = first
					? form.querySelector< HTMLElement >(
							`[name="${ first }"]:not([type="hidden"])`
					  )
					: null;
				( target ?? status )?.focus();
			} catch {
				context.failed = true;
				context.message = context.network;
				yield nextTask();
				status?.focus();
			} finally {
				context.busy = false;
			}
		} ),
	},
} );
