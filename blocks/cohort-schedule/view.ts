/**
 * The cohort schedule in the browser: each session in the reader's own time zone and
 * language, and a note saying which zone that is.
 */

/**
 * WordPress dependencies
 */
import { store } from '@wordpress/interactivity';

/**
 * Internal dependencies
 */
import { localizeSession, showZoneNote } from '../shared/view';

store( 'mentorship-program/cohort-schedule', {
	callbacks: {
		zoneNote: showZoneNote,
		localize: localizeSession,
	},
} );
