/**
 * Surveys: a cohort's outcomes (start → end figures, retention at 30/60/90 days) and
 * its eight surveys, whose questions a coordinator can change until each opens. The
 * figures and every rule come from the server (includes/Surveys/); this screen reads
 * and edits, nothing more.
 */

/**
 * WordPress dependencies
 */
import apiFetch from '@wordpress/api-fetch';
import { Button, Modal } from '@wordpress/components';
import { useDispatch, useSelect } from '@wordpress/data';
import { useCallback, useEffect, useState } from '@wordpress/element';
import { __, sprintf } from '@wordpress/i18n';
import { store as noticesStore } from '@wordpress/notices';

/**
 * Internal dependencies
 */
import {
	CheckboxField,
	SelectField,
	TextAreaField,
	TextField,
} from '../components/Fields';
import DataTable from '../components/DataTable';
import type {
	CohortOutcomes,
	Survey as RestSurvey,
} from '../../shared/rest-types';
import type { Complete } from '../../shared/types';
import { NAMESPACE, errorMessage } from '../../shared/api';
import CohortPicker from '../components/CohortPicker';
import ScreenHeading from '../components/ScreenHeading';
import { Empty, LoadError, Loading, InlineNotice } from '../components/States';
import { useRouter } from '../router';
import { store } from '../store';
import { getBootData } from '../utils/boot';
import { formatNumber, formatPercent } from '../utils/numbers';
import './surveys.scss';

/** The server always sends every field of a survey. */
export type Survey = Required< RestSurvey >;
export type SurveyQuestion = Survey[ 'questions' ][ number ];
type Kind = SurveyQuestion[ 'kind' ];
type Outcomes = Complete< CohortOutcomes >;

/**
 * A percentage for people, or a dash.
 *
 * @param value Value.
 * @return Text.
 */
export function percent( value: number | null ): string {
	return value === null ? '—' : formatPercent( value, 2, 2 );
}

/**
 * A change in percentage points, signed, or a dash.
 *
 * @param value Value.
 * @return Text.
 */
export function points( value: number | null ): string {
	if ( value === null ) {
		return '—';
	}
	return sprintf(
		/* translators: %s: a signed number of percentage points. */
		__( '%s points', 'mentorship-program' ),
		( value > 0 ? '+' : '' ) + formatNumber( value, 2, 2 )
	);
}

/**
 * A survey's opening or closing date; empty follows the cohort's date.
 *
 * @param props            Props.
 * @param props.label      Label.
 * @param props.value      The date set here, or empty.
 * @param props.onChange   Called with the new date.
 * @param props.fromCohort The date that follows from the cohort.
 * @return Field.
 */
function SurveyDate( {
	label,
	value,
	onChange,
	fromCohort,
}: {
	label: string;
	value: string;
	onChange: ( value: string ) => void;
	fromCohort: string | null;
} ) {
	return (
		<TextField
			type="date"
			label={ label }
			help={
				! value && fromCohort
					? sprintf(
							/* translators: %s: a date. */
							__( 'From the cohort: %s', 'mentorship-program' ),
							fromCohort
					  )
					: undefined
			}
			value={ value }
			onChange={ onChange }
		/>
	);
}

function statusLabel( status: Survey[ 'status' ] ): string {
	if ( status === 'open' ) {
		return __( 'Open', 'mentorship-program' );
	}
	if ( status === 'closed' ) {
		return __( 'Closed', 'mentorship-program' );
	}
	return __( 'Not open yet', 'mentorship-program' );
}

function kindLabel( kind: Kind ): string {
	const labels: Record< Kind, string > = {
		rating: __( 'Rating 1–5', 'mentorship-program' ),
		nps: __( 'Recommend 0–10', 'mentorship-program' ),
		choice: __( 'One of several options', 'mentorship-program' ),
		text: __( 'Written answer', 'mentorship-program' ),
	};
	return labels[ kind ];
}

/**
 * The edit dialog of one survey: dates always, questions until it opens.
 *
 * @param props         Props.
 * @param props.survey  Survey.
 * @param props.onClose Closes the dialog; called with the saved survey, if any.
 * @return Dialog.
 */
function SurveyEditor( {
	survey,
	onClose,
}: {
	survey: Survey;
	onClose: ( saved?: Survey ) => void;
} ) {
	const [ questions, setQuestions ] = useState< SurveyQuestion[] >(
		survey.questions
	);
	const [ opensOn, setOpensOn ] = useState(
		survey.dates_custom ? survey.opens_on ?? '' : ''
	);
	const [ closesOn, setClosesOn ] = useState(
		survey.dates_custom ? survey.closes_on ?? '' : ''
	);
	const [ error, setError ] = useState( '' );
	const [ busy, setBusy ] = useState( false );
	const { createSuccessNotice } = useDispatch( noticesStore );

	const change = ( index: number, patch: Partial< SurveyQuestion > ) =>
		setQuestions( ( list ) =>
			list.map( ( question, i ) =>
				i === index ? { ...question, ...patch } : question
			)
		);

	const save = async () => {
		setBusy( true );
		setError( '' );
		try {
			const data: Record< string, unknown > = {
				opens_on: opensOn,
				closes_on: closesOn,
			};
			if ( survey.editable ) {
				data.questions = questions.map( ( question ) =>
					question.kind === 'choice'
						? question
						: { ...question, options: undefined }
				);
			}
			const saved = await apiFetch< Survey >( {
				path: `${ NAMESPACE }/surveys/${ survey.id }`,
				method: 'PATCH',
				data,
			} );
			createSuccessNotice( __( 'Survey saved.', 'mentorship-program' ), {
				type: 'snackbar',
			} );
			onClose( saved );
		} catch ( failure ) {
			setError( errorMessage( failure ) );
			setBusy( false );
		}
	};

	return (
		<Modal
			title={ survey.title }
			onRequestClose={ () => onClose() }
			size="large"
		>
			{ error && <InlineNotice>{ error }</InlineNotice> }
			<p>
				{ __(
					'Leave a date empty to follow the cohort’s dates.',
					'mentorship-program'
				) }
			</p>
			<div className="mentorship-admin-survey-dates">
				<SurveyDate
					label={ __( 'Opens on', 'mentorship-program' ) }
					value={ opensOn }
					onChange={ setOpensOn }
					fromCohort={ survey.opens_on }
				/>
				<SurveyDate
					label={ __( 'Closes on', 'mentorship-program' ) }
					value={ closesOn }
					onChange={ setClosesOn }
					fromCohort={ survey.closes_on }
				/>
			</div>
			<h3>{ __( 'Questions', 'mentorship-program' ) }</h3>
			{ ! survey.editable && (
				<InlineNotice status="info">
					{ __(
						'This survey has opened, so its questions can no longer change: every answer answers the same questions.',
						'mentorship-program'
					) }
				</InlineNotice>
			) }
			<ol className="mentorship-admin-survey-questions">
				{ questions.map( ( question, index ) => (
					<li key={ index }>
						<fieldset disabled={ ! survey.editable }>
							<legend className="screen-reader-text">
								{ sprintf(
									/* translators: %d: question number. */
									__( 'Question %d', 'mentorship-program' ),
									index + 1
								) }
							</legend>
							<TextField
								label={ __( 'Question', 'mentorship-program' ) }
								value={ question.label }
								onChange={ ( label ) =>
									change( index, { label } )
								}
							/>
							<SelectField
								label={ __( 'Kind', 'mentorship-program' ) }
								value={ question.kind }
								options={ (
									[
										'rating',
										'nps',
										'choice',
										'text',
									] as Kind[]
								 ).map( ( kind ) => ( {
									value: kind,
									label: kindLabel( kind ),
								} ) ) }
								onChange={ ( kind ) =>
									change( index, { kind: kind as Kind } )
								}
							/>
							{ question.kind === 'choice' && (
								<TextAreaField
									label={ __(
										'Options, one per line',
										'mentorship-program'
									) }
									value={ ( question.options ?? [] ).join(
										'\n'
									) }
									onChange={ ( text ) =>
										change( index, {
											options: text.split( '\n' ),
										} )
									}
								/>
							) }
							<CheckboxField
								label={ __(
									'An answer is required',
									'mentorship-program'
								) }
								checked={ !! question.required }
								onChange={ ( required ) =>
									change( index, { required } )
								}
							/>
							{ survey.editable && (
								<Button
									variant="link"
									isDestructive
									onClick={ () =>
										setQuestions( ( list ) =>
											list.filter(
												( _, i ) => i !== index
											)
										)
									}
								>
									{ __(
										'Remove this question',
										'mentorship-program'
									) }
								</Button>
							) }
						</fieldset>
					</li>
				) ) }
			</ol>
			{ survey.editable && (
				<Button
					variant="secondary"
					onClick={ () =>
						setQuestions( ( list ) => [
							...list,
							{
								key: `question_${ Date.now().toString( 36 ) }`,
								kind: 'rating',
								label: '',
								required: false,
							},
						] )
					}
				>
					{ __( 'Add a question', 'mentorship-program' ) }
				</Button>
			) }
			<div className="mentorship-admin-survey-actions">
				<Button variant="tertiary" onClick={ () => onClose() }>
					{ __( 'Cancel', 'mentorship-program' ) }
				</Button>
				<Button
					variant="primary"
					onClick={ save }
					isBusy={ busy }
					disabled={ busy }
					accessibleWhenDisabled
				>
					{ __( 'Save', 'mentorship-program' ) }
				</Button>
			</div>
		</Modal>
	);
}

/**
 * The cohort's figures, as the report shows them.
 *
 * @param props          Props.
 * @param props.outcomes Outcomes.
 * @return Tables.
 */
function OutcomesTables( { outcomes }: { outcomes: Outcomes } ) {
	const scored = outcomes.surveys.questions.filter(
		( question ) => question.kind === 'rating' || question.kind === 'nps'
	);
	return (
		<>
			<DataTable
				className="mentorship-admin-outcomes"
				caption={ sprintf(
					/* translators: 1: start respondents, 2: end respondents. */
					__(
						'Start and end of the cohort (%1$d and %2$d people answered)',
						'mentorship-program'
					),
					outcomes.surveys.respondents.start,
					outcomes.surveys.respondents.end
				) }
				columns={ [
					__( 'Question', 'mentorship-program' ),
					__( 'Start', 'mentorship-program' ),
					__( 'End', 'mentorship-program' ),
					__( 'Change', 'mentorship-program' ),
				] }
			>
				{ scored.length === 0 && (
					<tr>
						<td colSpan={ 4 }>
							{ __(
								'No figures yet: they appear once people answer the start and end surveys.',
								'mentorship-program'
							) }
						</td>
					</tr>
				) }
				{ scored.map( ( question ) => (
					<tr key={ question.key }>
						<th scope="row">
							{ question.label }
							{ question.suppressed && (
								<span className="mentorship-admin-outcomes-hint">
									{ ' ' }
									{ __(
										'(groups of fewer than 5 are hidden)',
										'mentorship-program'
									) }
								</span>
							) }
						</th>
						<td>{ percent( question.start ) }</td>
						<td>{ percent( question.end ) }</td>
						<td>{ points( question.change ) }</td>
					</tr>
				) ) }
			</DataTable>
			<DataTable
				className="mentorship-admin-outcomes"
				caption={ __(
					'Still contributing after graduation',
					'mentorship-program'
				) }
				columns={ [
					__( 'After', 'mentorship-program' ),
					__( 'Asked', 'mentorship-program' ),
					__( 'Answered', 'mentorship-program' ),
					__( 'Still contributing', 'mentorship-program' ),
				] }
			>
				{ outcomes.retention.length === 0 && (
					<tr>
						<td colSpan={ 4 }>
							{ __(
								'Nobody has been asked yet. Graduates are asked on the days after graduating chosen under Survey settings below.',
								'mentorship-program'
							) }
						</td>
					</tr>
				) }
				{ outcomes.retention.map( ( row ) => (
					<tr key={ row.days }>
						<th scope="row">
							{ sprintf(
								/* translators: %d: days. */
								__( '%d days', 'mentorship-program' ),
								row.days
							) }
						</th>
						<td>{ row.asked }</td>
						<td>{ row.answered }</td>
						<td>
							{ row.suppressed
								? __(
										'Hidden: fewer than 5 answers',
										'mentorship-program'
								  )
								: `${ row.contributing } (${ percent(
										row.share
								  ) })` }
						</td>
					</tr>
				) ) }
			</DataTable>
		</>
	);
}

/**
 * Turns "30, 60, 90" into days; null when it is not a list of whole days.
 *
 * @param text Text.
 * @return Days, or null.
 */
export function parseDays( text: string ): number[] | null {
	const parts = text
		.split( /[\s,]+/ )
		.map( ( part ) => part.trim() )
		.filter( Boolean );
	if ( ! parts.every( ( part ) => /^\d{1,3}$/.test( part ) ) ) {
		return null;
	}
	return [ ...new Set( parts.map( Number ) ) ].sort( ( a, b ) => a - b );
}

/**
 * The site's survey settings: individual answers for coordinators, follow-up days.
 *
 * @return Form, for people who may change settings.
 */
function SurveySettings() {
	const settings = useSelect(
		( select ) => select( store ).getSettings(),
		[]
	);
	const { saveSettings } = useDispatch( store );
	const [ days, setDays ] = useState< string | null >( null );
	const [ show, setShow ] = useState< boolean | null >( null );
	if ( ! settings ) {
		return null;
	}
	const shownDays =
		days ?? ( settings.followup_days ?? [ 30, 60, 90 ] ).join( ', ' );
	const shownShow = show ?? !! settings.survey_show_answers;
	const parsed = parseDays( shownDays );
	return (
		<form
			className="mentorship-admin-survey-settings"
			onSubmit={ ( event ) => {
				event.preventDefault();
				if ( parsed ) {
					saveSettings( {
						survey_show_answers: shownShow,
						followup_days: parsed,
					} );
				}
			} }
		>
			<h3>{ __( 'Survey settings', 'mentorship-program' ) }</h3>
			<CheckboxField
				label={ __(
					'Coordinators may read individual answers (without names)',
					'mentorship-program'
				) }
				help={ __(
					'Off: coordinators see only totals of five people or more. Mentors never see answers.',
					'mentorship-program'
				) }
				checked={ shownShow }
				onChange={ setShow }
			/>
			<TextField
				label={ __(
					'Ask graduates whether they still contribute after (days)',
					'mentorship-program'
				) }
				help={
					parsed
						? __(
								'Days after graduation, separated by commas.',
								'mentorship-program'
						  )
						: __(
								'Enter whole days separated by commas, for example 30, 60, 90.',
								'mentorship-program'
						  )
				}
				value={ shownDays }
				onChange={ setDays }
			/>
			<Button
				variant="secondary"
				type="submit"
				disabled={ ! parsed }
				accessibleWhenDisabled
			>
				{ __( 'Save survey settings', 'mentorship-program' ) }
			</Button>
		</form>
	);
}

export default function Surveys() {
	const { route, navigate } = useRouter();
	const cohorts = useSelect( ( select ) => select( store ).getCohorts(), [] );
	const cohort = route.cohort ?? cohorts?.[ 0 ]?.id ?? 0;
	const [ surveys, setSurveys ] = useState< Survey[] | null >( null );
	const [ outcomes, setOutcomes ] = useState< Outcomes | null >( null );
	const [ error, setError ] = useState< unknown >( null );
	const [ editing, setEditing ] = useState< Survey | null >( null );

	const load = useCallback( () => {
		if ( ! cohort ) {
			return;
		}
		setError( null );
		Promise.all( [
			apiFetch< Survey[] >( {
				path: `${ NAMESPACE }/cohorts/${ cohort }/surveys`,
			} ),
			apiFetch< Outcomes >( {
				path: `${ NAMESPACE }/cohorts/${ cohort }/outcomes`,
			} ),
		] )
			.then( ( [ list, figures ] ) => {
				setSurveys( list );
				setOutcomes( figures );
			} )
			.catch( setError );
	}, [ cohort ] );

	useEffect( () => {
		setSurveys( null );
		setOutcomes( null );
		load();
	}, [ load ] );

	let body;
	if ( cohorts && ! cohorts.length ) {
		body = <Empty title={ __( 'No cohorts yet', 'mentorship-program' ) } />;
	} else if ( error ) {
		body = <LoadError error={ error } />;
	} else if ( ! surveys || ! outcomes ) {
		body = (
			<Loading label={ __( 'Loading surveys…', 'mentorship-program' ) } />
		);
	} else {
		body = (
			<>
				<h3>{ __( 'Outcomes', 'mentorship-program' ) }</h3>
				<OutcomesTables outcomes={ outcomes } />
				<h3>{ __( 'Surveys', 'mentorship-program' ) }</h3>
				<DataTable
					actions
					columns={ [
						__( 'Survey', 'mentorship-program' ),
						__( 'Status', 'mentorship-program' ),
						__( 'Dates', 'mentorship-program' ),
						__( 'Answers', 'mentorship-program' ),
					] }
				>
					{ surveys.map( ( survey ) => (
						<tr key={ survey.id }>
							<th scope="row">{ survey.title }</th>
							<td>{ statusLabel( survey.status ) }</td>
							<td>
								{ survey.opens_on && survey.closes_on
									? `${ survey.opens_on } – ${ survey.closes_on }`
									: __(
											'Set the cohort’s dates first',
											'mentorship-program'
									  ) }
							</td>
							<td>{ survey.answers }</td>
							<td>
								<Button
									variant="secondary"
									size="compact"
									onClick={ () => setEditing( survey ) }
									aria-label={ sprintf(
										/* translators: %s: survey title. */
										__( 'Edit %s', 'mentorship-program' ),
										survey.title
									) }
								>
									{ survey.editable
										? __( 'Edit', 'mentorship-program' )
										: __( 'Dates', 'mentorship-program' ) }
								</Button>
							</td>
						</tr>
					) ) }
				</DataTable>
			</>
		);
	}

	return (
		<>
			<ScreenHeading>
				{ __( 'Surveys and outcomes', 'mentorship-program' ) }
			</ScreenHeading>
			<p>
				{ __(
					'Mentors never see survey answers. Figures of fewer than 5 people are hidden.',
					'mentorship-program'
				) }
			</p>
			<CohortPicker
				value={ cohort }
				allowAll={ false }
				onChange={ ( id ) =>
					navigate( { view: 'surveys', cohort: id } )
				}
			/>
			{ body }
			{ getBootData().capabilities.settings && <SurveySettings /> }
			{ editing && (
				<SurveyEditor
					survey={ editing }
					onClose={ ( saved ) => {
						setEditing( null );
						if ( saved ) {
							load();
						}
					} }
				/>
			) }
		</>
	);
}
