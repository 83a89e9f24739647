/**
 * Client-side checks of the application form that mirror the server's schema
 * (required fields, lengths, e-mail and URL formats, number ranges, list sizes).
 * The server has the last word; these checks only save a round trip.
 */

export type FieldRule = {
	/** Human label of the field, already translated. */
	label: string;
	type: 'string' | 'integer' | 'boolean' | 'array';
	required?: boolean;
	/** A message that replaces the generic "is required" one. */
	requiredMessage?: string;
	minLength?: number;
	maxLength?: number;
	format?: 'email' | 'uri';
	pattern?: string;
	minimum?: number;
	maximum?: number;
	minItems?: number;
	maxItems?: number;
	/** For lists of strings: each item's format. */
	itemFormat?: 'uri';
	/** For lists of availability slots: each needs a day (0–6) and must end after it starts. */
	slots?: boolean;
};

export type Rules = Record< string, FieldRule >;

/**
 * Translated message templates, with fillTemplate-style placeholders: the label is always
 * the first argument.
 */
export type Messages = {
	required: string;
	tooLong: string;
	email: string;
	url: string;
	pattern: string;
	integer: string;
	range: string;
	tooFew: string;
	tooMany: string;
	slotOrder: string;
};

export type Slot = { day: number; start: string; end: string };

export type Values = Record< string, unknown >;

/**
 * Replaces %s, %d and numbered (%1$s) placeholders, as PHP's fillTemplate does for the
 * translated templates the server hands over.
 *
 * @param template Template.
 * @param args     Values, in order.
 * @return The filled-in text.
 */
export function fillTemplate(
	template: string,
	...args: Array< string | number >
): string {
	let next = 0;
	return template.replace(
		/%(?:(\d+)\$)?([sd%])/g,
		( match, position: string | undefined, kind: string ) => {
			if ( kind === '%' ) {
				return '%';
			}
			const index = position ? Number( position ) - 1 : next++;
			const value = args[ index ];
			if ( value === undefined ) {
				return match;
			}
			return kind === 'd'
				? String( Math.trunc( Number( value ) ) )
				: String( value );
		}
	);
}

/**
 * Whether a string looks like an e-mail address the server will accept: something,
 * an @, and a domain with a dot, no spaces.
 *
 * @param value Text.
 * @return Whether it is an address.
 */
export function isEmail( value: string ): boolean {
	return /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/.test( value );
}

/**
 * Whether a string is an absolute http(s) URL.
 *
 * @param value Text.
 * @return Whether it is a URL.
 */
export function isUrl( value: string ): boolean {
	try {
		const url = new URL( value );
		return url.protocol === 'http:' || url.protocol === 'https:';
	} catch {
		return false;
	}
}

/**
 * Length in characters (code points), as the server's mb_strlen counts them.
 *
 * @param value Text.
 * @return Length.
 */
export function length( value: string ): number {
	return Array.from( value ).length;
}

function isGiven( value: unknown ): boolean {
	if ( value === undefined || value === null ) {
		return false;
	}
	if ( typeof value === 'string' ) {
		return value.trim() !== '';
	}
	if ( Array.isArray( value ) ) {
		return value.length > 0;
	}
	if ( typeof value === 'boolean' ) {
		return value;
	}
	return true;
}

function checkOne(
	value: unknown,
	rule: FieldRule,
	messages: Messages
): string {
	const { label } = rule;
	if ( ! isGiven( value ) ) {
		if ( rule.required ) {
			return (
				rule.requiredMessage || fillTemplate( messages.required, label )
			);
		}
		return '';
	}
	switch ( rule.type ) {
		case 'string': {
			const text = String( value );
			if (
				rule.maxLength !== undefined &&
				length( text ) > rule.maxLength
			) {
				return fillTemplate( messages.tooLong, label, rule.maxLength );
			}
			if ( rule.format === 'email' && ! isEmail( text.trim() ) ) {
				return fillTemplate( messages.email, label );
			}
			if ( rule.format === 'uri' && ! isUrl( text.trim() ) ) {
				return fillTemplate( messages.url, label );
			}
			if ( rule.pattern && ! new RegExp( rule.pattern ).test( text ) ) {
				return fillTemplate( messages.pattern, label );
			}
			return '';
		}
		case 'integer': {
			const number = typeof value === 'number' ? value : Number( value );
			if ( ! Number.isInteger( number ) ) {
				return fillTemplate( messages.integer, label );
			}
			if (
				( rule.minimum !== undefined && number < rule.minimum ) ||
				( rule.maximum !== undefined && number > rule.maximum )
			) {
				return fillTemplate(
					messages.range,
					label,
					rule.minimum ?? Number.MIN_SAFE_INTEGER,
					rule.maximum ?? Number.MAX_SAFE_INTEGER
				);
			}
			return '';
		}
		case 'array': {
			const list = Array.isArray( value ) ? value : [ value ];
			if ( rule.minItems !== undefined && list.length < rule.minItems ) {
				return fillTemplate( messages.tooFew, label, rule.minItems );
			}
			if ( rule.maxItems !== undefined && list.length > rule.maxItems ) {
				return fillTemplate( messages.tooMany, label, rule.maxItems );
			}
			if (
				rule.itemFormat === 'uri' &&
				list.some( ( item ) => ! isUrl( String( item ) ) )
			) {
				return fillTemplate( messages.url, label );
			}
			if (
				rule.slots &&
				( list as Slot[] ).some(
					( slot ) =>
						! Number.isInteger( slot.day ) ||
						slot.day < 0 ||
						slot.day > 6 ||
						! slot.start ||
						! slot.end ||
						slot.start >= slot.end
				)
			) {
				return fillTemplate( messages.slotOrder, label );
			}
			return '';
		}
		default:
			return '';
	}
}

/**
 * Checks every field that has a rule.
 *
 * @param values   Values by field name.
 * @param rules    Rules by field name, in the order of the form.
 * @param messages Message templates.
 * @return Field name => message, in the order of the rules; empty when all is well.
 */
export function validate(
	values: Values,
	rules: Rules,
	messages: Messages
): Record< string, string > {
	const errors: Record< string, string > = {};
	for ( const [ name, rule ] of Object.entries( rules ) ) {
		const message = checkOne( values[ name ], rule, messages );
		if ( message ) {
			errors[ name ] = message;
		}
	}
	return errors;
}
