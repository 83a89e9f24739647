/**
 * "My application" in the browser: session times in the reader's own time zone, and
 * withdrawing an application after a confirmation.
 */

/**
 * WordPress dependencies
 */
import { store, getContext } from '@wordpress/interactivity';

/**
 * Internal dependencies
 */
import {
	focusStatus,
	localizeSession,
	sendJson,
	showZoneNote,
} from '../shared/view';
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
	focusStatus( 'section', '.mentorship-status-message' );
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
				const response = ( yield sendJson(
					`${ context.restRoot }${ context.id }/transitions`,
					{ to: 'withdrawn' },
					context.nonce
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
		zoneNote: showZoneNote,
		localize: localizeSession,
	},
} );
