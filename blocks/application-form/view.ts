/**
 * The application form in the browser: checks answers before sending, sends them as
 * JSON to the form's own endpoint (which answers as the REST route does), puts each
 * error the server gives next to its field, and shows the receipt in place.
 * Without this script the form posts to the page.
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
import {
	validate,
	type Messages,
	type Rules,
} from '../../src/shared/validation';
import { nextTask, sendJson } from '../shared/view';
import { readValues, requestBody } from './payload';
import { preselectZone } from './zone';

type ErrorItem = { field: string; href: string; message: string };

type Receipt = { message: string; next_steps: string; status_url: string };

type FormContext = {
	/** The form's own endpoint (home URL with ?mentorship-apply=type). */
	submitUrl: string;
	nonce?: string;
	rules: Rules;
	ids: Record< string, string >;
	errors: Record< string, string >;
	invalid: Record< string, boolean >;
	errorList: ErrorItem[];
	general: string;
	problem: boolean;
	status: string;
	busy: boolean;
	done: boolean;
	receipt: Receipt;
	js: boolean;
	/** Legacy time zone name => the canonical name the select offers. */
	zoneAliases?: Record< string, string >;
	/** Filter text of a choice list (set on its fieldset). */
	q?: string;
	/** Searchable text of one choice (set on its list item). */
	label?: string;
};

type ErrorResponse = {
	message?: string;
	data?: { params?: Record< string, string > };
};

type FormState = {
	messages: Messages;
	network: string;
	sending: string;
	readonly filteredOut: boolean;
};

/**
 * Shows errors by their fields and in the summary.
 *
 * @param context Form context.
 * @param form    The form element.
 * @param errors  Field => message, for fields of this form.
 * @param general A message that belongs to no field, or ''.
 */
function showErrors(
	context: FormContext,
	form: HTMLFormElement,
	errors: Record< string, string >,
	general: string
) {
	const list: ErrorItem[] = [];
	const invalid: Record< string, boolean > = {};
	for ( const field of Object.keys( context.rules ) ) {
		if ( errors[ field ] ) {
			invalid[ field ] = true;
			list.push( {
				field,
				href: `#${ context.ids[ field ] }`,
				message: errors[ field ],
			} );
		}
	}
	context.errors = errors;
	context.invalid = invalid;
	// Set directly on the controls: a directive there would re-render them and
	// reset what the person typed.
	form.querySelectorAll( '[name^="mentorship["]' ).forEach( ( control ) => {
		const field = /^mentorship\[([a-z_]+)\]/.exec(
			control.getAttribute( 'name' ) ?? ''
		)?.[ 1 ];
		if ( field && invalid[ field ] ) {
			control.setAttribute( 'aria-invalid', 'true' );
		} else {
			control.removeAttribute( 'aria-invalid' );
		}
	} );
	context.errorList = list;
	context.general = general;
	context.problem = list.length > 0 || general !== '';
}

function focusFirstProblem( context: FormContext, form: HTMLElement ) {
	const first = context.errorList[ 0 ];
	const target = first
		? document.getElementById( context.ids[ first.field ] )
		: form.querySelector< HTMLElement >( '.mentorship-form-summary' );
	if ( target && ! first ) {
		target.tabIndex = -1;
	}
	target?.focus();
}

const { state } = store( 'mentorship-program/application-form', {
	state: {
		get filteredOut(): boolean {
			const { q, label } = getContext< FormContext >();
			return !! q && !! label && ! label.includes( q );
		},
	} as FormState,
	actions: {
		filter( event: Event ) {
			const context = getContext< FormContext >();
			context.q = ( event.target as HTMLInputElement ).value
				.trim()
				.toLowerCase();
		},
		submit: withSyncEvent( function* (
			event: SubmitEvent
		): Generator< unknown, void, unknown > {
			event.preventDefault();
			const context = getContext< FormContext >();
			const form = getElement().ref as HTMLFormElement | null;
			if ( ! form || context.busy ) {
				return;
			}
			const data = new FormData( form );
			const values = readValues( data, context.rules );
			const problems = validate( values, context.rules, state.messages );
			if ( Object.keys( problems ).length ) {
				showErrors( context, form, problems, '' );
				yield nextTask();
				focusFirstProblem( context, form );
				return;
			}

			context.busy = true;
			context.status = state.sending;
			showErrors( context, form, {}, '' );
			try {
				// A visitor who is not logged in sends no nonce at all.
				const response = ( yield sendJson(
					context.submitUrl,
					requestBody( data, values ),
					context.nonce || undefined
				) ) as Response;
				const body = ( yield response
					.json()
					.catch( () => ( {} ) ) ) as Receipt & ErrorResponse;
				context.status = '';
				if ( response.ok ) {
					context.receipt = {
						message: body.message || '',
						next_steps: body.next_steps || '',
						status_url: body.status_url || '',
					};
					context.done = true;
					yield nextTask();
					form.parentElement
						?.querySelector< HTMLElement >(
							'.mentorship-form-done'
						)
						?.focus();
					return;
				}
				const params = body.data?.params || {};
				const fieldErrors: Record< string, string > = {};
				let other = false;
				for ( const [ field, message ] of Object.entries( params ) ) {
					if ( context.rules[ field ] ) {
						fieldErrors[ field ] = String( message );
					} else {
						other = true;
					}
				}
				const general =
					other || ! Object.keys( fieldErrors ).length
						? body.message || state.network
						: '';
				showErrors( context, form, fieldErrors, general );
				yield nextTask();
				focusFirstProblem( context, form );
			} catch {
				context.status = '';
				showErrors( context, form, {}, state.network );
				yield nextTask();
				focusFirstProblem( context, form );
			} finally {
				context.busy = false;
			}
		} ),
	},
	callbacks: {
		start() {
			getContext< FormContext >().js = true;
		},
		preselectZone() {
			const select = getElement().ref as HTMLSelectElement | null;
			if ( select ) {
				preselectZone(
					select,
					getContext< FormContext >().zoneAliases ?? {}
				);
			}
		},
	},
} );
