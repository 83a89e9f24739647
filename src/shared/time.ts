/**
 * Shows UTC instants from the server in the reader's own time zone and language.
 */

/**
 * Internal dependencies
 */
import { fillTemplate } from './validation';

export type TimeOptions = {
	/** BCP 47 language tag; the browser's default when left out. */
	locale?: string;
	/** IANA time zone; the browser's own when left out. */
	timeZone?: string;
};

/**
 * The reader's IANA time zone, or '' when the browser does not say.
 *
 * @return Time zone.
 */
export function browserTimeZone(): string {
	try {
		return Intl.DateTimeFormat().resolvedOptions().timeZone || '';
	} catch {
		return '';
	}
}

/**
 * The note saying which zone times are shown in, from its "%s" template, or null when
 * the browser does not say which zone it is in (the server's "UTC" note then stays).
 *
 * @param template Text with %s for the zone name.
 * @return The note, or null.
 */
export function zoneNote( template: string ): string | null {
	const zone = browserTimeZone();
	return zone ? fillTemplate( template, zone ) : null;
}

/**
 * A language tag Intl accepts, from the page's lang attribute (en-US, pt-BR).
 *
 * @param lang The lang attribute.
 * @return A supported tag, or undefined for the browser's default.
 */
export function localeFrom(
	lang: string | null | undefined
): string | undefined {
	if ( ! lang ) {
		return undefined;
	}
	try {
		return Intl.DateTimeFormat.supportedLocalesOf( lang )[ 0 ];
	} catch {
		return undefined;
	}
}

/**
 * Weekday, date, time and the zone's short name, in a language and time zone.
 *
 * @param options Language and time zone.
 * @return The format.
 */
function fullFormat( options: TimeOptions ): Intl.DateTimeFormat {
	return new Intl.DateTimeFormat( options.locale, {
		weekday: 'long',
		year: 'numeric',
		month: 'long',
		day: 'numeric',
		hour: 'numeric',
		minute: '2-digit',
		timeZone: options.timeZone || undefined,
		timeZoneName: 'short',
	} );
}

/**
 * One instant, written out in full in a time zone: weekday, date, time and the
 * zone's short name.
 *
 * @param iso     ISO 8601 instant, e.g. 2025-01-09T12:00:00Z.
 * @param options Language and time zone.
 * @return The text, or '' for an invalid instant.
 */
export function formatLocal( iso: string, options: TimeOptions = {} ): string {
	const date = new Date( iso );
	if ( Number.isNaN( date.getTime() ) ) {
		return '';
	}
	return fullFormat( options ).format( date );
}

/**
 * A session from start to end in a time zone, e.g. "Thursday, 9 January 2025,
 * 12:00 – 13:00 GMT".
 *
 * @param startIso Start instant.
 * @param endIso   End instant.
 * @param options  Language and time zone.
 * @return The text, or '' for an invalid start.
 */
export function formatSpan(
	startIso: string,
	endIso: string,
	options: TimeOptions = {}
): string {
	const start = new Date( startIso );
	const end = new Date( endIso );
	if ( Number.isNaN( start.getTime() ) ) {
		return '';
	}
	if ( Number.isNaN( end.getTime() ) || end <= start ) {
		return formatLocal( startIso, options );
	}
	return fullFormat( options ).formatRange( start, end );
}
