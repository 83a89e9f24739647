/**
 * Numbers and percentages as the reader's language writes them (53.65% in English,
 * 53,65 % in German), for every figure the screens show.
 */

/**
 * The language of the admin page (WordPress prints it on <html lang>), or the
 * browser's when there is none.
 *
 * @return BCP 47 language tag, or undefined.
 */
function pageLocale(): string | undefined {
	const lang =
		typeof document === 'undefined'
			? ''
			: document.documentElement.lang || '';
	return lang || undefined;
}

const formatters = new Map< string, Intl.NumberFormat >();

/**
 * One cached formatter per kind of figure.
 *
 * @param options Intl options.
 * @return The formatter.
 */
function formatter( options: Intl.NumberFormatOptions ): Intl.NumberFormat {
	const locale = pageLocale();
	const key = `${ locale }|${ JSON.stringify( options ) }`;
	let made = formatters.get( key );
	if ( ! made ) {
		try {
			made = new Intl.NumberFormat( locale, options );
		} catch {
			made = new Intl.NumberFormat( undefined, options );
		}
		formatters.set( key, made );
	}
	return made;
}

/**
 * A number with at most `decimals` decimals (at least `minimum`).
 *
 * @param value    The number.
 * @param decimals Most decimals.
 * @param minimum  Fewest decimals.
 * @return Text.
 */
export function formatNumber(
	value: number,
	decimals = 2,
	minimum = 0
): string {
	return formatter( {
		minimumFractionDigits: minimum,
		maximumFractionDigits: decimals,
	} ).format( value );
}

/**
 * A percentage given in percent (53.65 → "53.65%").
 *
 * @param value    Percent.
 * @param decimals Most decimals.
 * @param minimum  Fewest decimals.
 * @return Text.
 */
export function formatPercent(
	value: number,
	decimals = 2,
	minimum = 0
): string {
	return formatter( {
		style: 'percent',
		minimumFractionDigits: minimum,
		maximumFractionDigits: decimals,
	} ).format( value / 100 );
}
