/**
 * "My application" in the browser: session times in the reader's own time zone, and
 * withdrawing an application after a confirmation.
 */

/**
 * WordPress dependencies
 */
import { store, getContext, getElement } from '@wordpress/interactivity';

/**
 * Internal dependencies
 */
import { formatSpan, localeFrom, zoneNote } from '../../src/shared/time';
import { fillTemplate } from '../../src/shared/validation';

type StatusContext = {
	restRoot: string;
	nonce: string;
	js: boolean;
	id: number;
	stageLabel: string;
	explanation: string;
	canWithdraw: boolean;
	withdrawn: boolean;
	busy: boolean;
	message: string;
	start: string;
	end: string;
	label: string;
};

type StatusState = {
	texts: {
		confirm: string;
		withdrawn: string;
		failed: string;
		withdrawnLabel: string;
		withdrawnExplanation: string;
	};
	readonly canWithdraw: boolean;
};

function focusMessage() {
	const section = getElement().ref?.closest( 'section' );
	setTimeout( () => {
		section
			?.querySelector< HTMLElement >( '.mentorship-status-message' )
			?.focus();
	}, 0 );
}

const { state } = store( 'mentorship-program/my-application', {
	state: {
		get canWithdraw(): boolean {
			const context = getContext< StatusContext >();
			return context.js && context.canWithdraw;
		},
	} as StatusState,
	actions: {
		*withdraw(): Generator< unknown, void, unknown > {
			const context = getContext< StatusContext >();
			// The browser's own dialog: modal, keyboard- and screen-reader-friendly.
			// eslint-disable-next-line no-alert
			if ( context.busy || ! window.confirm( state.texts.confirm ) ) {
				return;
			}
			context.busy = true;
			context.message = '';
			try {
				const response = ( yield fetch(
					`${ context.restRoot }${ context.id }/transitions`,
					{
						method: 'POST',
						credentials: 'same-origin',
						headers: {
							'Content-Type': 'application/json',
							Accept: 'application/json',
							'X-WP-Nonce': context.nonce,
						},
						body: JSON.stringify( { to: 'withdrawn' } ),
					}
				) ) as Response;
				const body = ( yield response
					.json()
					.catch( () => ( {} ) ) ) as { message?: string };
				if ( response.ok ) {
					context.withdrawn = true;
					context.canWithdraw = false;
					context.stageLabel = state.texts.withdrawnLabel;
					context.explanation = state.texts.withdrawnExplanation;
					context.message = state.texts.withdrawn;
				} else {
					context.message = fillTemplate(
						state.texts.failed,
						body.message || ''
					).trim();
				}
			} catch {
				context.message = fillTemplate( state.texts.failed, '' ).trim();
			} finally {
				context.busy = false;
			}
			focusMessage();
		},
	},
	callbacks: {
		start() {
			getContext< StatusContext >().js = true;
		},
		zoneNote() {
			const context = getContext< { note: string; template: string } >();
			context.note = zoneNote( context.template ) ?? context.note;
		},
		localize() {
			const context = getContext< StatusContext >();
			const text = formatSpan( context.start, context.end, {
				locale: localeFrom( document.documentElement.lang ),
			} );
			if ( text ) {
				context.label = text;
			}
		},
	},
} );
