/**
 * The cohort schedule in the browser: each session in the reader's own time zone and
 * language, and a note saying which zone that is.
 */

/**
 * WordPress dependencies
 */
import { store, getContext } from '@wordpress/interactivity';

/**
 * Internal dependencies
 */
import { formatSpan, localeFrom, zoneNote } from '../../src/shared/time';

type SessionContext = { start: string; end: string; label: string };

store( 'mentorship-program/cohort-schedule', {
	callbacks: {
		zoneNote() {
			const context = getContext< { note: string; template: string } >();
			context.note = zoneNote( context.template ) ?? context.note;
		},
		localize() {
			const context = getContext< SessionContext >();
			const text = formatSpan( context.start, context.end, {
				locale: localeFrom( document.documentElement.lang ),
			} );
			if ( text ) {
				context.label = text;
			}
		},
	},
} );
