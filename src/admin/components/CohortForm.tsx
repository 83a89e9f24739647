/**
 * Create or edit a cohort: name, dates, application window, capacity, tracks, session
 * schedule and chat channel.
 */

/**
 * WordPress dependencies
 */
import { useDispatch } from '@wordpress/data';
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { SelectField, TextAreaField, NumberField, TextField } from './Fields';
import { useDraft, useSubmit } from '../utils/forms';
import CheckboxGroup from './CheckboxGroup';
import FormButtons from './FormButtons';
import type { Cohort, CohortInput, Schedule, Track } from '../../shared/types';
import { store } from '../store';
import { formatLabel, weekdayNames } from '../utils/fields';
import { maxLength } from '../utils/limits';

const TRACKS: Track[] = [ 'one-to-one', 'project-group', 'cohort-group' ];

/**
 * An ISO instant as the value of a UTC datetime-local field.
 *
 * @param iso ISO 8601 time or null.
 * @return "YYYY-MM-DDTHH:MM" in UTC, or ''.
 */
export function toUtcInput( iso: string | null | undefined ): string {
	if ( ! iso ) {
		return '';
	}
	const date = new Date( iso );
	return Number.isNaN( date.getTime() )
		? ''
		: date.toISOString().slice( 0, 16 );
}

/**
 * A UTC datetime-local value as an ISO instant.
 *
 * @param value "YYYY-MM-DDTHH:MM" or ''.
 * @return ISO 8601 UTC time, or null.
 */
export function fromUtcInput( value: string ): string | null {
	return value ? `${ value }:00Z` : null;
}

/**
 * "12:00, 21:00" as a list of times.
 *
 * @param text Times separated by commas or spaces.
 * @return Times.
 */
export function parseTimes( text: string ): string[] {
	return text
		.split( /[\s,;]+/ )
		.map( ( time ) => time.trim() )
		.filter( Boolean )
		.map( ( time ) => ( /^\d:\d\d$/.test( time ) ? `0${ time }` : time ) );
}

interface FormState {
	name: string;
	description: string;
	opens_at: string;
	closes_at: string;
	starts_on: string;
	ends_on: string;
	capacity: string;
	tracks: Track[];
	rule: Schedule[ 'rule' ];
	weekday: string;
	weeks: number[];
	times: string;
	duration: string;
	title: string;
	channel_url: string;
	stale_days?: string;
}

function initialState( cohort?: Cohort ): FormState {
	const schedule = cohort?.schedule ?? { rule: 'none' };
	return {
		name: cohort?.name ?? '',
		description: cohort?.description ?? '',
		opens_at: toUtcInput( cohort?.opens_at ),
		closes_at: toUtcInput( cohort?.closes_at ),
		starts_on: cohort?.starts_on ?? '',
		ends_on: cohort?.ends_on ?? '',
		capacity: cohort ? String( cohort.capacity ) : '',
		tracks: cohort?.tracks ?? [ 'one-to-one' ],
		rule: schedule.rule ?? 'none',
		weekday: String( schedule.weekday ?? 4 ),
		weeks: schedule.weeks ?? [ 2, 4 ],
		times: ( schedule.times ?? [ '12:00', '21:00' ] ).join( ', ' ),
		duration: String( schedule.duration ?? 60 ),
		title: schedule.title ?? '',
		channel_url: cohort?.channel_url ?? '',
		stale_days: cohort?.stale_days ? String( cohort.stale_days ) : '',
	};
}

/**
 * The request body for a form state.
 *
 * @param state Form state.
 * @return Cohort fields.
 */
export function formToInput( state: FormState ): CohortInput {
	const schedule: Schedule =
		state.rule === 'none'
			? { rule: 'none' }
			: {
					rule: state.rule,
					weekday: Number( state.weekday ),
					...( state.rule === 'monthly'
						? { weeks: [ ...state.weeks ].sort() }
						: {} ),
					times: parseTimes( state.times ),
					duration: Number( state.duration ) || 60,
					...( state.title.trim()
						? { title: state.title.trim() }
						: {} ),
			  };
	return {
		name: state.name.trim(),
		description: state.description,
		opens_at: fromUtcInput( state.opens_at ),
		closes_at: fromUtcInput( state.closes_at ),
		starts_on: state.starts_on,
		ends_on: state.ends_on,
		capacity: Number( state.capacity ) || 0,
		tracks: state.tracks,
		schedule,
		channel_url: state.channel_url.trim(),
		// Empty goes back to the default; anything else is sent as typed, so the
		// server names the field when it is not a whole number of days.
		stale_days:
			( state.stale_days ?? '' ).trim() === ''
				? 0
				: Number( state.stale_days ),
	};
}

export function weekdayOptions() {
	return weekdayNames().map( ( label, index ) => ( {
		value: String( index + 1 ),
		label,
	} ) );
}

/**
 * The cohort form.
 *
 * @param props          Props.
 * @param props.cohort   Cohort to edit; none to create one.
 * @param props.onSaved  Called with the saved cohort.
 * @param props.onCancel Leaves the form.
 * @return Form.
 */
export default function CohortForm( {
	cohort,
	onSaved,
	onCancel,
}: {
	cohort?: Cohort;
	onSaved: ( cohort: Cohort ) => void;
	onCancel: () => void;
} ) {
	const [ state, set ] = useDraft< FormState >( () =>
		initialState( cohort )
	);
	const { saveCohort } = useDispatch( store );
	const { busy, onSubmit } = useSubmit( async () => {
		const saved = await saveCohort( formToInput( state ), cohort?.id );
		if ( saved ) {
			onSaved( saved );
		}
	} );

	return (
		<form
			className="mentorship-admin-form mentorship-cohort-form"
			onSubmit={ onSubmit }
		>
			<fieldset>
				<legend>{ __( 'Cohort', 'mentorship-program' ) }</legend>
				<TextField
					label={ __( 'Name', 'mentorship-program' ) }
					value={ state.name }
					onChange={ ( name ) => set( { name } ) }
					required
					{ ...maxLength( 'cohort_name' ) }
				/>
				<TextAreaField
					label={ __( 'Description', 'mentorship-program' ) }
					value={ state.description }
					onChange={ ( description ) => set( { description } ) }
					{ ...maxLength( 'cohort_description' ) }
				/>
				<div className="mentorship-admin-form__row">
					<TextField
						type="date"
						label={ __( 'Starts on', 'mentorship-program' ) }
						value={ state.starts_on }
						onChange={ ( value ) => set( { starts_on: value } ) }
					/>
					<TextField
						type="date"
						label={ __( 'Ends on', 'mentorship-program' ) }
						value={ state.ends_on }
						onChange={ ( value ) => set( { ends_on: value } ) }
					/>
					<NumberField
						limit="capacity"
						label={ __(
							'Capacity (mentees)',
							'mentorship-program'
						) }
						value={ state.capacity }
						onChange={ ( capacity ) => set( { capacity } ) }
					/>
					<NumberField
						limit="stale_days"
						label={ __(
							'Days without a check-in before a pair needs attention',
							'mentorship-program'
						) }
						help={ __(
							'Leave empty for the default (14 days).',
							'mentorship-program'
						) }
						value={ state.stale_days ?? '' }
						onChange={ ( value ) => set( { stale_days: value } ) }
					/>
				</div>
			</fieldset>
			<fieldset>
				<legend>
					{ __( 'Application window (UTC)', 'mentorship-program' ) }
				</legend>
				<div className="mentorship-admin-form__row">
					<TextField
						type="datetime-local"
						label={ __(
							'Applications open',
							'mentorship-program'
						) }
						value={ state.opens_at }
						onChange={ ( value ) => set( { opens_at: value } ) }
					/>
					<TextField
						type="datetime-local"
						label={ __(
							'Applications close',
							'mentorship-program'
						) }
						value={ state.closes_at }
						onChange={ ( value ) => set( { closes_at: value } ) }
					/>
				</div>
			</fieldset>
			<fieldset>
				<legend>
					{ __( 'Tracks offered', 'mentorship-program' ) }
				</legend>
				<CheckboxGroup
					options={ TRACKS.map( ( track ) => ( {
						value: track,
						label: formatLabel( track ),
					} ) ) }
					value={ state.tracks }
					onChange={ ( tracks ) => set( { tracks } ) }
				/>
			</fieldset>
			<fieldset>
				<legend>{ __( 'Sessions', 'mentorship-program' ) }</legend>
				<SelectField
					label={ __( 'Repeats', 'mentorship-program' ) }
					value={ state.rule }
					options={ [
						{
							value: 'none',
							label: __(
								'No regular sessions',
								'mentorship-program'
							),
						},
						{
							value: 'weekly',
							label: __( 'Every week', 'mentorship-program' ),
						},
						{
							value: 'monthly',
							label: __(
								'On some weeks of the month',
								'mentorship-program'
							),
						},
					] }
					onChange={ ( rule ) =>
						set( { rule: rule as Schedule[ 'rule' ] } )
					}
				/>
				{ state.rule !== 'none' && (
					<>
						<div className="mentorship-admin-form__row">
							<SelectField
								label={ __( 'Day', 'mentorship-program' ) }
								value={ state.weekday }
								options={ weekdayOptions() }
								onChange={ ( weekday ) => set( { weekday } ) }
							/>
							<TextField
								label={ __(
									'Start times (UTC)',
									'mentorship-program'
								) }
								help={ __(
									'For example: 12:00, 21:00',
									'mentorship-program'
								) }
								value={ state.times }
								onChange={ ( times ) => set( { times } ) }
							/>
							<NumberField
								limit="session_duration"
								label={ __(
									'Duration (minutes)',
									'mentorship-program'
								) }
								value={ state.duration }
								onChange={ ( duration ) => set( { duration } ) }
							/>
						</div>
						{ state.rule === 'monthly' && (
							<fieldset className="mentorship-admin-form__inline">
								<legend>
									{ __(
										'Weeks of the month',
										'mentorship-program'
									) }
								</legend>
								<CheckboxGroup
									options={ [ 1, 2, 3, 4, 5 ].map(
										( week ) => ( {
											value: week,
											label: String( week ),
										} )
									) }
									value={ state.weeks }
									onChange={ ( weeks ) => set( { weeks } ) }
								/>
							</fieldset>
						) }
						<TextField
							label={ __(
								'Session title',
								'mentorship-program'
							) }
							value={ state.title }
							onChange={ ( title ) => set( { title } ) }
							{ ...maxLength( 'session_title' ) }
						/>
					</>
				) }
				<TextField
					type="url"
					label={ __( 'Chat channel link', 'mentorship-program' ) }
					value={ state.channel_url }
					onChange={ ( value ) => set( { channel_url: value } ) }
					{ ...maxLength( 'channel_url' ) }
				/>
			</fieldset>
			<FormButtons
				label={
					cohort
						? __( 'Save cohort', 'mentorship-program' )
						: __( 'Create cohort', 'mentorship-program' )
				}
				busy={ busy }
				onCancel={ onCancel }
			/>
		</form>
	);
}
