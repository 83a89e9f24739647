/**
 * Labels and display of application fields (the server's Applications/Fields.php).
 */

/**
 * WordPress dependencies
 */
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import type {
	AvailabilitySlot,
	FieldName,
	HideableField,
} from '../../shared/types';
import { getBootData } from './boot';

export function fieldLabels(): Record< FieldName, string > {
	return {
		name: __( 'Name', 'mentorship-program' ),
		email: __( 'E-mail', 'mentorship-program' ),
		wporg_username: __( 'WordPress.org username', 'mentorship-program' ),
		slack_username: __( 'Slack username', 'mentorship-program' ),
		timezone: __( 'Time zone', 'mentorship-program' ),
		languages: __( 'Languages', 'mentorship-program' ),
		region: __( 'Region', 'mentorship-program' ),
		teams: __( 'Teams', 'mentorship-program' ),
		experience: __( 'Experience', 'mentorship-program' ),
		contribution_links: __(
			'Links to contributions',
			'mentorship-program'
		),
		goals: __( 'Goals', 'mentorship-program' ),
		hours_per_week: __( 'Hours per week', 'mentorship-program' ),
		format: __( 'Preferred format', 'mentorship-program' ),
		formats: __( 'Formats offered', 'mentorship-program' ),
		years_contributing: __( 'Years contributing', 'mentorship-program' ),
		capacity: __( 'How many mentees', 'mentorship-program' ),
		project_title: __( 'Project title', 'mentorship-program' ),
		project_description: __( 'Project description', 'mentorship-program' ),
		motivation: __( 'Motivation', 'mentorship-program' ),
		availability: __( 'Availability', 'mentorship-program' ),
		heard_from: __(
			'How they heard about the program',
			'mentorship-program'
		),
		public_recognition: __( 'Public recognition', 'mentorship-program' ),
		consent_coc: __( 'Code of conduct', 'mentorship-program' ),
		consent_privacy: __( 'Privacy', 'mentorship-program' ),
	};
}

/**
 * A language's name from the code an application stores, as the server names it.
 *
 * @param code Language code, e.g. pt-BR or pt-br.
 * @return The name, or the code when the server's list does not have it.
 */
export function languageName( code: string ): string {
	return getBootData().languages?.[ code.toLowerCase() ] ?? code;
}

/**
 * Optional fields a site admin may hide, in form order, as the server says
 * (Fields::definitions(), sent in the boot data).
 *
 * @return Field names.
 */
export function hideableFields(): HideableField[] {
	const { fields } = getBootData().rules;
	return ( Object.keys( fields ) as Array< keyof typeof fields > )
		.filter( ( name ) => fields[ name ].hideable )
		.map( ( name ) => name as HideableField );
}

export function formatLabel( format: string ): string {
	const labels: Record< string, string > = {
		'one-to-one': __( 'One-to-one', 'mentorship-program' ),
		'project-group': __( 'Project group', 'mentorship-program' ),
		'cohort-group': __( 'Cohort group', 'mentorship-program' ),
		any: __( 'Any format', 'mentorship-program' ),
	};
	return labels[ format ] ?? format;
}

export function experienceLabel( experience: string ): string {
	const labels: Record< string, string > = {
		new: __( 'New to WordPress', 'mentorship-program' ),
		user: __( 'Uses WordPress', 'mentorship-program' ),
		some_contributions: __( 'Some contributions', 'mentorship-program' ),
	};
	return labels[ experience ] ?? experience;
}

/**
 * The days of the week, Monday first (ISO 8601).
 *
 * @return Day names.
 */
export function weekdayNames(): string[] {
	return [
		__( 'Monday', 'mentorship-program' ),
		__( 'Tuesday', 'mentorship-program' ),
		__( 'Wednesday', 'mentorship-program' ),
		__( 'Thursday', 'mentorship-program' ),
		__( 'Friday', 'mentorship-program' ),
		__( 'Saturday', 'mentorship-program' ),
		__( 'Sunday', 'mentorship-program' ),
	];
}

export function weekdayLabel( day: number ): string {
	return weekdayNames()[ day ] ?? String( day );
}

/**
 * Availability slots as short text, in the person's local time.
 *
 * @param slots Slots (Monday = 0).
 * @return Text.
 */
export function formatAvailability( slots: AvailabilitySlot[] ): string {
	return slots
		.map(
			( slot ) =>
				`${ weekdayLabel( slot.day ) } ${ slot.start }–${ slot.end }`
		)
		.join( '; ' );
}

/*
 * One formatter per kind, made on first use: toLocaleString() builds a new one on every
 * call, which a table with a date in every row and cell pays for on each render.
 */
const dateFormats: Partial<
	Record< 'date' | 'dateTime', Intl.DateTimeFormat >
> = {};

/**
 * A date, with or without its time, in the viewer's locale.
 *
 * @param iso  ISO 8601 date or time.
 * @param kind Whether to show the time too.
 * @return Text, the input itself when it is not a date, or '' for none.
 */
function formatWhen(
	iso: string | null | undefined,
	kind: 'date' | 'dateTime'
): string {
	if ( ! iso ) {
		return '';
	}
	const date = new Date( iso );
	if ( Number.isNaN( date.getTime() ) ) {
		return iso;
	}
	dateFormats[ kind ] ??= new Intl.DateTimeFormat(
		undefined,
		kind === 'date'
			? { dateStyle: 'medium' }
			: { dateStyle: 'medium', timeStyle: 'short' }
	);
	return dateFormats[ kind ].format( date );
}

/**
 * A date and time in the viewer's locale.
 *
 * @param iso ISO 8601 time.
 * @return Text, or '' for none.
 */
export function formatDateTime( iso: string | null | undefined ): string {
	return formatWhen( iso, 'dateTime' );
}

/**
 * A date in the viewer's locale.
 *
 * @param iso ISO 8601 date.
 * @return Text, or '' for none.
 */
export function formatDate( iso: string | null | undefined ): string {
	return formatWhen( iso, 'date' );
}
