/**
 * Which time zone the form preselects: the browser's own, under the name the form
 * offers. Browsers may report a legacy name (Chrome says Asia/Calcutta, Europe/Kiev);
 * the server prints the map of legacy names to canonical ones into the block's context.
 */

/**
 * Internal dependencies
 */
import { browserTimeZone } from '../../src/shared/time';

/**
 * Preselects the browser's time zone in a select that has none chosen yet.
 *
 * @param select  The time zone select.
 * @param aliases Legacy name => canonical name, from the server.
 * @param zone    The browser's zone (defaults to what Intl reports).
 * @return The value chosen, or '' when nothing was chosen.
 */
export function preselectZone(
	select: HTMLSelectElement,
	aliases: Record< string, string > = {},
	zone: string = browserTimeZone()
): string {
	if ( select.value || ! zone ) {
		return '';
	}
	const offered = new Set(
		Array.from( select.options ).map( ( option ) => option.value )
	);
	const name = offered.has( zone ) ? zone : aliases[ zone ] ?? '';
	if ( ! name || ! offered.has( name ) ) {
		return '';
	}
	select.value = name;
	return name;
}
