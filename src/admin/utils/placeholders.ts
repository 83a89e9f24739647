/**
 * A client-side preview of e-mail templates, filled like the server fills them
 * (Notifications/Mail_Templates::render): known placeholders get values, unknown ones stay.
 */

/**
 * WordPress dependencies
 */
import { __ } from '@wordpress/i18n';

/**
 * Example values shown in the preview.
 *
 * @param site Site name.
 * @return Placeholder (without braces) => value.
 */
export function sampleValues( site = 'WordPress' ): Record< string, string > {
	return {
		name: 'Ada Lovelace',
		site,
		cohort: __( 'Spring cohort', 'mentorship-program' ),
		stage: __( 'Accepted', 'mentorship-program' ),
		stage_explanation: __(
			'You are in! Next, you will be matched with a mentor before the cohort starts.',
			'mentorship-program'
		),
		status_url: 'https://example.org/mentorship/status/',
		mentor: 'Grace Hopper',
		mentee: 'Alan Turing',
		previous_mentor: 'Katherine Johnson',
		note: __( 'Welcome aboard!', 'mentorship-program' ),
		confirm: __(
			'Please open this link to confirm that this is your e-mail address. Until then your application waits, and it is removed after a week if it is not confirmed. If you did not apply, ignore this e-mail.',
			'mentorship-program'
		),
		days: '15',
		session: __( 'Group chat', 'mentorship-program' ),
		session_time: __(
			'Thursday, February 7 at 13:30 (Pacific/Auckland; 00:30 UTC)',
			'mentorship-program'
		),
		opt_out_url: 'https://example.org/?mentorship_reminders=…',
		survey: __( 'Mentee survey: end of the cohort', 'mentorship-program' ),
		survey_url:
			'https://example.org/mentorship/status/?mentorship_survey=…',
		closes_on: __( 'March 21, 2024', 'mentorship-program' ),
		followup_url:
			'https://example.org/mentorship/status/?mentorship_followup=…',
	};
}

/**
 * Fills a template's placeholders.
 *
 * @param text         Template text.
 * @param values       Placeholder (without braces) => value.
 * @param placeholders Placeholders the server knows, with braces; those without a value become empty.
 * @return Filled text.
 */
export function renderPreview(
	text: string,
	values: Record< string, string >,
	placeholders: string[] = []
): string {
	const known = new Set(
		placeholders.map( ( p ) => p.replace( /^\{|\}$/g, '' ) )
	);
	const filled = text.replace( /\{([a-z_]+)\}/g, ( match, key: string ) => {
		if ( Object.prototype.hasOwnProperty.call( values, key ) ) {
			return values[ key ];
		}
		return known.has( key ) ? '' : match;
	} );
	return filled.replace( /\n{3,}/g, '\n\n' ).trim();
}

/**
 * Placeholders a template uses that the server does not know.
 *
 * @param text         Template text.
 * @param placeholders Known placeholders, with braces.
 * @return Unknown placeholders, with braces.
 */
export function unknownPlaceholders(
	text: string,
	placeholders: string[]
): string[] {
	const found = text.match( /\{[a-z_]+\}/g ) ?? [];
	return Array.from(
		new Set( found.filter( ( p ) => ! placeholders.includes( p ) ) )
	);
}
