/**
 * Nudges in the admin app: who a row's nudge goes to, and "Nudged 2 days ago".
 */

/**
 * WordPress dependencies
 */
import { __, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { localeFrom } from '../../shared/time';

/** What a Needs attention row needs for a nudge. */
export interface NudgeableRow {
	mentee: { id: number; name: string } | null;
	mentor: { id: number; name: string } | null;
	nudged_at?: string | null;
}

/**
 * Whether a row can be nudged: it names a pair (the mentor gets the reminder).
 *
 * @param row Row.
 * @return Whether the Nudge action applies.
 */
export function canNudge( row: NudgeableRow ): boolean {
	return ( row.mentor?.id ?? 0 ) > 0 && ( row.mentee?.id ?? 0 ) > 0;
}

const UNITS: Array< [ Intl.RelativeTimeFormatUnit, number ] > = [
	[ 'day', 86400 ],
	[ 'hour', 3600 ],
	[ 'minute', 60 ],
];

/**
 * "Nudged 2 days ago", in the page's language.
 *
 * @param iso  When (ISO 8601 UTC).
 * @param now  Now, in milliseconds.
 * @param lang The page's language.
 * @return The text, or '' for no or an invalid date.
 */
export function nudgedLabel(
	iso: string | null | undefined,
	now: number = Date.now(),
	lang: string | null | undefined = typeof document !== 'undefined'
		? document.documentElement.lang
		: undefined
): string {
	const time = iso ? new Date( iso ).getTime() : NaN;
	if ( Number.isNaN( time ) ) {
		return '';
	}
	const seconds = Math.round( ( time - now ) / 1000 );
	const format = new Intl.RelativeTimeFormat( localeFrom( lang ), {
		numeric: 'auto',
	} );
	for ( const [ unit, size ] of UNITS ) {
		if ( Math.abs( seconds ) >= size ) {
			return sprintf(
				/* translators: %s: when, e.g. "2 days ago". */
				__( 'Nudged %s', 'mentorship-program' ),
				format.format( Math.trunc( seconds / size ), unit )
			);
		}
	}
	return __( 'Nudged just now', 'mentorship-program' );
}
