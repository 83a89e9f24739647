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
import { browserTimeZone, formatSpan, localeFrom } from '../../src/shared/time';
import { fillTemplate } from '../../src/shared/validation';

type SessionContext = { start: string; end: string; label: string };

type ZoneContext = { note: string; template: string };

store( 'mentorship-program/cohort-schedule', {
	callbacks: {
		zoneNote() {
			const context = getContext< ZoneContext >();
			const zone = browserTimeZone();
			if ( zone ) {
				context.note = fillTemplate( context.template, zone );
			}
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
