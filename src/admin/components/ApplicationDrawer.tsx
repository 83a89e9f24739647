/**
 * One application in full: every field, profile links, consents, the allowed moves,
 * the audit trail and reviewer notes.
 */

/**
 * WordPress dependencies
 */
import { Button, ExternalLink, Modal } from '@wordpress/components';
import { useDispatch, useSelect } from '@wordpress/data';
import { useEffect, useRef, useState } from '@wordpress/element';
import { __, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { SelectField, TextAreaField } from './Fields';
import MoveNoteFields from './MoveNoteFields';
import { DrawerSection } from './Section';
import FormButtons from './FormButtons';
import type {
	Application,
	ApplicationFields,
	AuditEvent,
	ConsentText,
	FieldName,
	Stage,
} from '../../shared/types';
import { resolution, store } from '../store';
import {
	experienceLabel,
	fieldLabels,
	formatAvailability,
	formatDateTime,
	languageName,
	formatLabel,
} from '../utils/fields';
import { useSubmit } from '../utils/forms';
import { moveLabel, stageLabel } from '../utils/stages';
import MentorChanges from './MentorChanges';
import { getBootData } from '../utils/boot';
import GraduateChecks from '../graduation/GraduateChecks';
import GraduationSection from '../graduation/GraduationSection';
import { LoadStatus } from './States';
import { maxLength } from '../utils/limits';

const FIELD_ORDER: FieldName[] = [
	'email',
	'wporg_username',
	'slack_username',
	'timezone',
	'languages',
	'region',
	'teams',
	'experience',
	'contribution_links',
	'goals',
	'hours_per_week',
	'format',
	'formats',
	'years_contributing',
	'capacity',
	'project_title',
	'project_description',
	'motivation',
	'availability',
	'heard_from',
	'public_recognition',
];

function FieldValue( {
	name,
	fields,
	teamName,
}: {
	name: FieldName;
	fields: ApplicationFields;
	teamName: ( slug: string ) => string;
} ) {
	const value = fields[ name ];
	switch ( name ) {
		case 'email':
			return <a href={ `mailto:${ fields.email }` }>{ fields.email }</a>;
		case 'wporg_username':
			return fields.wporg_username ? (
				<ExternalLink
					href={ `https://profiles.wordpress.org/${ encodeURIComponent(
						fields.wporg_username
					) }/` }
				>
					{ fields.wporg_username }
				</ExternalLink>
			) : null;
		case 'teams':
			return <>{ ( fields.teams ?? [] ).map( teamName ).join( ', ' ) }</>;
		case 'languages':
			return (
				<>
					{ ( fields.languages ?? [] )
						.map( languageName )
						.join( ', ' ) }
				</>
			);
		case 'experience':
			return <>{ experienceLabel( String( value ?? '' ) ) }</>;
		case 'format':
			return <>{ formatLabel( String( value ?? '' ) ) }</>;
		case 'formats':
			return (
				<>
					{ ( fields.formats ?? [] ).map( formatLabel ).join( ', ' ) }
				</>
			);
		case 'contribution_links':
			return (
				<ul className="mentorship-drawer__links">
					{ ( fields.contribution_links ?? [] ).map( ( link ) => (
						<li key={ link }>
							<ExternalLink href={ link }>{ link }</ExternalLink>
						</li>
					) ) }
				</ul>
			);
		case 'availability':
			return <>{ formatAvailability( fields.availability ?? [] ) }</>;
		case 'public_recognition':
			return (
				<>
					{ value
						? __(
								'Yes, may be shown publicly',
								'mentorship-program'
						  )
						: __( 'No', 'mentorship-program' ) }
				</>
			);
	}
	if ( Array.isArray( value ) ) {
		return <>{ value.join( ', ' ) }</>;
	}
	return (
		<>{ value === null || value === undefined ? '' : String( value ) }</>
	);
}

/**
 * One consent: when it was given and which text (address and version) it was given to.
 *
 * @param {Object}      props          Props.
 * @param {string}      props.label    The consent's name.
 * @param {string}      props.at       When it was given ('' when not recorded).
 * @param {ConsentText} props.text     The text agreed to.
 * @param {string}      props.linkText The link's words.
 */
function ConsentRecord( {
	label,
	at,
	text,
	linkText,
}: {
	label: string;
	at: string;
	text?: ConsentText;
	linkText: string;
} ) {
	return (
		<div className="mentorship-drawer__field">
			<dt>{ label }</dt>
			<dd>
				{ at
					? sprintf(
							/* translators: %s: date and time. */
							__( 'Agreed on %s', 'mentorship-program' ),
							formatDateTime( at )
					  )
					: __( 'Not recorded', 'mentorship-program' ) }
				{ at && text?.url && (
					<>
						<br />
						<a href={ text.url } target="_blank" rel="noreferrer">
							{ linkText }
							<span className="screen-reader-text">
								{ __(
									'(opens in a new tab)',
									'mentorship-program'
								) }
							</span>
						</a>
						{ text.version &&
							' ' +
								sprintf(
									/* translators: %s: date and time the text was last changed. */
									__(
										'(version of %s)',
										'mentorship-program'
									),
									formatDateTime( text.version )
								) }
					</>
				) }
			</dd>
		</div>
	);
}

function isEmpty( value: unknown ): boolean {
	return (
		value === undefined ||
		value === null ||
		value === '' ||
		( Array.isArray( value ) && value.length === 0 )
	);
}

/**
 * What an audit event says, in words.
 *
 * @param event Event.
 * @return Text.
 */
function describeEvent( event: AuditEvent ): string {
	switch ( event.event ) {
		case 'stage':
			return event.from
				? sprintf(
						/* translators: 1: previous stage, 2: new stage. */
						__( 'Moved from %1$s to %2$s', 'mentorship-program' ),
						stageLabel( event.from ),
						stageLabel( event.to )
				  )
				: sprintf(
						/* translators: %s: stage. */
						__( 'Entered %s', 'mentorship-program' ),
						stageLabel( event.to )
				  );
		case 'note':
			return __( 'Note', 'mentorship-program' );
		case 'assign':
			return __( 'Assigned', 'mentorship-program' );
		case 'unassign':
			return __( 'Unassigned', 'mentorship-program' );
		case 'cohort':
			return __( 'Moved to another cohort', 'mentorship-program' );
		case 'edit':
			return __( 'Edited', 'mentorship-program' );
	}
	return event.event;
}

function TransitionForm( {
	application,
	to,
	onCancel,
	onDone,
}: {
	application: Application;
	to: Stage;
	onCancel: () => void;
	onDone: () => void;
} ) {
	const [ note, setNote ] = useState( '' );
	const [ notify, setNotify ] = useState( true );
	const [ team, setTeam ] = useState( '' );
	const teams = useSelect( ( select ) => select( store ).getTeams(), [] );
	const { transitionApplication } = useDispatch( store );
	const needsTeam = to === 'placed';
	const graduating = to === 'graduated' && application.type === 'mentee';
	const [ early, setEarly ] = useState( false );
	const [ confirmEarly, setConfirmEarly ] = useState( false );

	const noteRef = useRef< HTMLTextAreaElement >( null );
	const { busy, onSubmit } = useSubmit( async () => {
		const ok = await transitionApplication( application.id, {
			to,
			note: note.trim() || undefined,
			notify,
			...( needsTeam ? { team } : {} ),
			...( graduating && early ? { confirm_early: confirmEarly } : {} ),
		} );
		if ( ok ) {
			onDone();
		}
	} );

	useEffect( () => {
		// Keyboard users continue where the new fields are.
		if ( needsTeam ) {
			document.getElementById( 'mentorship-transition-first' )?.focus();
		} else {
			noteRef.current?.focus();
		}
	}, [ needsTeam ] );

	return (
		<form
			className="mentorship-drawer__transition"
			aria-label={ moveLabel( to ) }
			onSubmit={ onSubmit }
		>
			{ graduating && (
				<GraduateChecks
					id={ application.id }
					confirmEarly={ confirmEarly }
					onConfirmEarly={ setConfirmEarly }
					onLoaded={ ( record ) => setEarly( record.early ) }
				/>
			) }
			{ needsTeam && (
				<SelectField
					id="mentorship-transition-first"
					label={ __( 'Team', 'mentorship-program' ) }
					value={ team }
					required
					options={ [
						{
							value: '',
							label: __(
								'Choose the team…',
								'mentorship-program'
							),
							disabled: true,
						},
						...( teams ?? [] ).map( ( item ) => ( {
							value: item.slug,
							label: item.name,
						} ) ),
					] }
					onChange={ setTeam }
				/>
			) }
			<MoveNoteFields
				note={ note }
				onNote={ setNote }
				notify={ notify }
				onNotify={ setNotify }
				noteRef={ noteRef }
			/>
			<FormButtons
				label={ sprintf(
					/* translators: %s: action, e.g. "Accept". */
					__( 'Confirm: %s', 'mentorship-program' ),
					moveLabel( to )
				) }
				busy={ busy }
				disabled={
					( needsTeam && ! team ) ||
					( graduating && early && ! confirmEarly )
				}
				onCancel={ onCancel }
				className="mentorship-modal__buttons"
			/>
		</form>
	);
}

function Notes( { id }: { id: number } ) {
	const { notes, error } = useSelect(
		( select ) => ( {
			notes: select( store ).getNotes( id ),
			error: resolution( select ).getResolutionError( 'getNotes', [
				id,
			] ),
		} ),
		[ id ]
	);
	const { addNote } = useDispatch( store );
	const [ note, setNote ] = useState( '' );
	const [ rating, setRating ] = useState( '' );
	const [ busy, setBusy ] = useState( false );

	return (
		<DrawerSection
			id="mentorship-notes"
			title={ __( 'Notes', 'mentorship-program' ) }
		>
			<LoadStatus loaded={ !! notes } error={ error } />
			{ notes && notes.length === 0 && (
				<p>{ __( 'No notes yet.', 'mentorship-program' ) }</p>
			) }
			{ notes && notes.length > 0 && (
				<ul className="mentorship-drawer__notes">
					{ notes.map( ( item ) => (
						<li key={ item.id }>
							<p className="mentorship-drawer__meta">
								{ item.author.name } ·{ ' ' }
								{ formatDateTime( item.date ) }
								{ item.rating !== null &&
									' · ' +
										sprintf(
											/* translators: %d: rating from 1 to 5. */
											__(
												'Rating: %d of 5',
												'mentorship-program'
											),
											item.rating
										) }
							</p>
							<p className="mentorship-drawer__note-text">
								{ item.note }
							</p>
						</li>
					) ) }
				</ul>
			) }
			<form
				className="mentorship-drawer__note-form"
				onSubmit={ async ( event ) => {
					event.preventDefault();
					if ( ! note.trim() ) {
						return;
					}
					setBusy( true );
					const ok = await addNote(
						id,
						note.trim(),
						rating ? Number( rating ) : null
					);
					setBusy( false );
					if ( ok ) {
						setNote( '' );
						setRating( '' );
					}
				} }
			>
				<TextAreaField
					label={ __( 'Add a note', 'mentorship-program' ) }
					value={ note }
					onChange={ setNote }
					{ ...maxLength( 'review_note' ) }
				/>
				<SelectField
					// Its own ID: DataViews' copy of the components numbers its controls
					// from the same start, so a generated ID can be the page select's.
					id="mentorship-note-rating"
					label={ __( 'Rating', 'mentorship-program' ) }
					value={ rating }
					options={ [
						{
							value: '',
							label: __( 'No rating', 'mentorship-program' ),
						},
						...[ 1, 2, 3, 4, 5 ].map( ( n ) => ( {
							value: String( n ),
							label: sprintf(
								/* translators: %d: rating from 1 to 5. */
								__( '%d of 5', 'mentorship-program' ),
								n
							),
						} ) ),
					] }
					onChange={ setRating }
				/>
				<Button
					variant="secondary"
					type="submit"
					isBusy={ busy }
					disabled={ busy || ! note.trim() }
					accessibleWhenDisabled
				>
					{ __( 'Add note', 'mentorship-program' ) }
				</Button>
			</form>
		</DrawerSection>
	);
}

/**
 * The detail panel of one application.
 *
 * @param props         Props.
 * @param props.id      Application ID.
 * @param props.canEdit Whether the user may move applications (review capability).
 * @param props.onClose Closes the panel.
 * @return Dialog.
 */
export default function ApplicationDrawer( {
	id,
	canEdit,
	onClose,
}: {
	id: number;
	canEdit: boolean;
	onClose: () => void;
} ) {
	const { application, error, teams, cohorts } = useSelect(
		( select ) => ( {
			application: select( store ).getApplication( id ),
			error: resolution( select ).getResolutionError( 'getApplication', [
				id,
			] ),
			teams: select( store ).getTeams(),
			cohorts: select( store ).getCohorts(),
		} ),
		[ id ]
	);
	const [ moving, setMoving ] = useState< Stage | null >( null );
	const labels = fieldLabels();
	const teamName = ( slug: string ) =>
		teams?.find( ( team ) => team.slug === slug )?.name ?? slug;
	const cohortName = ( cohortId: number ) =>
		cohorts?.find( ( cohort ) => cohort.id === cohortId )?.name ?? '';

	const title = application
		? application.fields.name
		: __( 'Application', 'mentorship-program' );

	return (
		<Modal
			title={ title }
			onRequestClose={ onClose }
			className="mentorship-drawer"
			overlayClassName="mentorship-drawer__overlay"
			size="large"
		>
			<LoadStatus loaded={ !! application } error={ error } />
			{ application && (
				<div
					className="mentorship-drawer__body"
					data-application={ application.id }
				>
					<DrawerSection
						id="mentorship-stage"
						title={ __( 'Stage', 'mentorship-program' ) }
					>
						<p>
							<strong
								className="mentorship-stage"
								data-stage={ application.stage }
							>
								{ application.stage_label ||
									stageLabel( application.stage ) }
							</strong>
							{ ' · ' }
							{ application.type === 'mentor'
								? __( 'Mentor', 'mentorship-program' )
								: __( 'Mentee', 'mentorship-program' ) }
							{ cohortName( application.cohort ) &&
								' · ' + cohortName( application.cohort ) }
						</p>
						{ application.type === 'mentee' && (
							<p>
								{ application.mentor
									? sprintf(
											/* translators: %s: mentor's name. */
											__(
												'Mentor: %s',
												'mentorship-program'
											),
											application.mentor.name
									  )
									: __(
											'No mentor yet.',
											'mentorship-program'
									  ) }
							</p>
						) }
						{ application.type === 'mentor' && (
							<p>
								{ sprintf(
									/* translators: 1: assigned mentees, 2: capacity. */
									__(
										'%1$d of %2$d mentees assigned.',
										'mentorship-program'
									),
									application.assigned ?? 0,
									application.fields.capacity ?? 0
								) }
							</p>
						) }
						{ application.placed_team && (
							<p>
								{ sprintf(
									/* translators: %s: team. */
									__(
										'Placed with: %s',
										'mentorship-program'
									),
									teamName( application.placed_team )
								) }
							</p>
						) }
						{ canEdit &&
							application.allowed_transitions.length > 0 &&
							! moving && (
								<div
									className="mentorship-drawer__moves"
									role="group"
									aria-label={ __(
										'Move to another stage',
										'mentorship-program'
									) }
								>
									{ application.allowed_transitions.map(
										( stage ) => (
											<Button
												key={ stage }
												variant={
													stage === 'withdrawn' ||
													stage === 'declined'
														? 'secondary'
														: 'primary'
												}
												isDestructive={
													stage === 'withdrawn' ||
													stage === 'declined'
												}
												onClick={ () =>
													setMoving( stage )
												}
											>
												{ moveLabel( stage ) }
											</Button>
										)
									) }
								</div>
							) }
						{ canEdit && moving && (
							<TransitionForm
								application={ application }
								to={ moving }
								onCancel={ () => setMoving( null ) }
								onDone={ () => setMoving( null ) }
							/>
						) }
					</DrawerSection>

					<MentorChanges
						application={ application }
						canEdit={ canEdit }
					/>
					{ canEdit &&
						getBootData().capabilities.manage &&
						[
							'active',
							'graduated',
							'placed',
							'completed',
						].includes( application.stage ) && (
							<GraduationSection
								id={ application.id }
								stage={ application.stage }
							/>
						) }

					<DrawerSection
						id="mentorship-details"
						title={ __( 'Application', 'mentorship-program' ) }
					>
						<dl className="mentorship-drawer__fields">
							{ FIELD_ORDER.filter(
								( name ) =>
									name in application.fields &&
									! isEmpty( application.fields[ name ] )
							).map( ( name ) => (
								<div
									key={ name }
									className="mentorship-drawer__field"
								>
									<dt>{ labels[ name ] }</dt>
									<dd>
										<FieldValue
											name={ name }
											fields={ application.fields }
											teamName={ teamName }
										/>
									</dd>
								</div>
							) ) }
							<div className="mentorship-drawer__field">
								<dt>
									{ __( 'Applied', 'mentorship-program' ) }
								</dt>
								<dd>
									{ formatDateTime( application.created ) }
								</dd>
							</div>
						</dl>
					</DrawerSection>

					{ application.consent && (
						<DrawerSection
							id="mentorship-consent"
							title={ __( 'Consent', 'mentorship-program' ) }
						>
							<dl className="mentorship-drawer__fields">
								<ConsentRecord
									label={ labels.consent_coc }
									at={ application.consent.code_of_conduct }
									text={
										application.consent_texts
											?.code_of_conduct
									}
									linkText={ __(
										'Code of conduct agreed to',
										'mentorship-program'
									) }
								/>
								<ConsentRecord
									label={ labels.consent_privacy }
									at={ application.consent.privacy }
									text={ application.consent_texts?.privacy }
									linkText={ __(
										'Privacy notice agreed to',
										'mentorship-program'
									) }
								/>
							</dl>
						</DrawerSection>
					) }

					{ application.history && (
						<DrawerSection
							id="mentorship-history"
							title={ __( 'History', 'mentorship-program' ) }
						>
							<ol className="mentorship-drawer__history">
								{ application.history
									.filter(
										( event ) => event.event !== 'note'
									)
									.map( ( event ) => (
										<li key={ event.id }>
											<span className="mentorship-drawer__meta">
												{ formatDateTime( event.date ) }{ ' ' }
												· { event.author.name }
											</span>{ ' ' }
											<span>
												{ describeEvent( event ) }
											</span>
											{ event.note && (
												<span className="mentorship-drawer__history-note">
													{ ' — ' }
													{ event.note }
												</span>
											) }
										</li>
									) ) }
							</ol>
						</DrawerSection>
					) }

					<Notes id={ application.id } />
				</div>
			) }
		</Modal>
	);
}
