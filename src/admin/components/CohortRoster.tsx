/**
 * A cohort's roster board: mentors with their mentees and free seats, the unassigned
 * pool, suggested matches, starting the cohort, graduation and team placement.
 */

/**
 * WordPress dependencies
 */
import {
	Button,
	Card,
	CardBody,
	CardHeader,
	Modal,
	Notice,
} from '@wordpress/components';
import { useDispatch, useSelect } from '@wordpress/data';
import { useMemo, useState } from '@wordpress/element';
import { __, _n, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { CheckboxField, SelectField } from './Fields';
import Section from './Section';
import type {
	ApplicationQuery,
	CohortTiming,
	Roster,
	RosterMentee,
	RosterMentor,
} from '../../shared/types';
import { Link } from '../router';
import { resolution, store } from '../store';
import { formatLabel } from '../utils/fields';
import CohortGraduation from '../graduation/CohortGraduation';
import MatchSuggestions from './MatchSuggestions';
import { Empty, Loading, LoadError, InlineNotice } from './States';

function personSummary( person: {
	languages: string[];
	timezone: string;
	teams: string[];
} ): string {
	return [
		person.languages.join( ', ' ),
		person.timezone,
		person.teams.join( ', ' ),
	]
		.filter( Boolean )
		.join( ' · ' );
}

/**
 * The roster's counts in words, each with its own plural.
 *
 * @param totals Roster totals.
 * @return "1 mentor · 3 mentees · …".
 */
export function totalsText( totals: Roster[ 'totals' ] ): string {
	return [
		sprintf(
			/* translators: %d: number of mentors. */
			_n(
				'%d mentor',
				'%d mentors',
				totals.mentors,
				'mentorship-program'
			),
			totals.mentors
		),
		sprintf(
			/* translators: %d: number of mentees. */
			_n(
				'%d mentee',
				'%d mentees',
				totals.mentees,
				'mentorship-program'
			),
			totals.mentees
		),
		sprintf(
			/* translators: %d: number of mentees with a mentor. */
			_n(
				'%d assigned',
				'%d assigned',
				totals.assigned,
				'mentorship-program'
			),
			totals.assigned
		),
		sprintf(
			/* translators: %d: number of mentees without a mentor. */
			_n(
				'%d unassigned',
				'%d unassigned',
				totals.unassigned,
				'mentorship-program'
			),
			totals.unassigned
		),
		sprintf(
			/* translators: %d: number of mentor seats. */
			_n( '%d seat', '%d seats', totals.capacity, 'mentorship-program' ),
			totals.capacity
		),
	].join( ' · ' );
}

/**
 * Why starting now is early, with the start date in the site's format.
 *
 * @param timing The cohort's timing.
 * @return Sentence.
 */
export function earlyStartText( timing: CohortTiming ): string {
	return sprintf(
		/* translators: 1: the cohort's start date, 2: number of days. */
		_n(
			'This cohort starts on %1$s, %2$d day from today. Starting it now makes its mentees and mentors active before then.',
			'This cohort starts on %1$s, %2$d days from today. Starting it now makes its mentees and mentors active before then.',
			timing.days_to_start,
			'mentorship-program'
		),
		timing.starts_on_text,
		timing.days_to_start
	);
}

/**
 * Why graduating now is early, with the end date in the site's format.
 *
 * @param timing The cohort's timing.
 * @return Sentence.
 */
export function earlyGraduationText( timing: CohortTiming ): string {
	return sprintf(
		/* translators: 1: the cohort's end date, 2: number of days. */
		_n(
			'This cohort ends on %1$s, %2$d day from today.',
			'This cohort ends on %1$s, %2$d days from today.',
			timing.days_to_end,
			'mentorship-program'
		),
		timing.ends_on_text,
		timing.days_to_end
	);
}

/**
 * Who started the cohort and when, saying so when it was early.
 *
 * @param started The start record.
 * @return Sentence.
 */
function startedText( started: NonNullable< CohortTiming[ 'started' ] > ) {
	if ( started.early ) {
		return sprintf(
			/* translators: 1: date, 2: person, 3: number of days. */
			_n(
				'Started on %1$s by %2$s, %3$d day before its start date.',
				'Started on %1$s by %2$s, %3$d days before its start date.',
				started.days_early,
				'mentorship-program'
			),
			started.at_text,
			started.user_name,
			started.days_early
		);
	}
	return sprintf(
		/* translators: 1: date, 2: person. */
		__( 'Started on %1$s by %2$s.', 'mentorship-program' ),
		started.at_text,
		started.user_name
	);
}

function UnassignedMentee( {
	cohortId,
	mentee,
	mentors,
}: {
	cohortId: number;
	mentee: RosterMentee;
	mentors: RosterMentor[];
} ) {
	const [ mentor, setMentor ] = useState( '' );
	const [ busy, setBusy ] = useState( false );
	const { assignMentee } = useDispatch( store );
	const selectId = `mentorship-assign-${ mentee.id }`;
	return (
		<li className="mentorship-roster__mentee" data-mentee={ mentee.id }>
			<div>
				<strong>{ mentee.name }</strong>
				<span className="mentorship-roster__meta">
					{ personSummary( mentee ) }
					{ mentee.format && ` · ${ formatLabel( mentee.format ) }` }
				</span>
			</div>
			<form
				className="mentorship-roster__assign"
				onSubmit={ async ( event ) => {
					event.preventDefault();
					if ( ! mentor ) {
						return;
					}
					setBusy( true );
					const ok = await assignMentee(
						cohortId,
						mentee.id,
						Number( mentor )
					);
					setBusy( false );
					if ( ! ok ) {
						setMentor( '' );
					}
				} }
			>
				<SelectField
					id={ selectId }
					label={ sprintf(
						/* translators: %s: mentee's name. */
						__( 'Mentor for %s', 'mentorship-program' ),
						mentee.name
					) }
					hideLabelFromVision
					value={ mentor }
					options={ [
						{
							value: '',
							label: __(
								'Choose a mentor…',
								'mentorship-program'
							),
						},
						...mentors.map( ( item ) => ( {
							value: String( item.id ),
							label: sprintf(
								/* translators: 1: mentor's name, 2: free seats. */
								_n(
									'%1$s (%2$d seat left)',
									'%1$s (%2$d seats left)',
									item.remaining,
									'mentorship-program'
								),
								item.name,
								item.remaining
							),
						} ) ),
					] }
					onChange={ setMentor }
				/>
				<Button
					variant="secondary"
					type="submit"
					isBusy={ busy }
					disabled={ busy || ! mentor }
					accessibleWhenDisabled
				>
					{ __( 'Assign', 'mentorship-program' ) }
				</Button>
			</form>
		</li>
	);
}

function Graduates( { cohortId }: { cohortId: number } ) {
	const query: ApplicationQuery = useMemo(
		() => ( {
			type: 'mentee',
			cohort: cohortId,
			stage: [ 'graduated' ],
			per_page: 100,
			orderby: 'name',
			order: 'asc',
		} ),
		[ cohortId ]
	);
	const { page, teams } = useSelect(
		( select ) => ( {
			page: select( store ).getApplications( query ),
			teams: select( store ).getTeams(),
		} ),
		[ query ]
	);
	const { transitionApplication } = useDispatch( store );
	const [ picked, setPicked ] = useState< Record< number, string > >( {} );
	if ( ! page || page.items.length === 0 ) {
		return null;
	}
	return (
		<Section
			id="mentorship-graduates"
			title={ __(
				'Graduates to place with a team',
				'mentorship-program'
			) }
			className="mentorship-roster__section"
		>
			<ul className="mentorship-roster__list">
				{ page.items.map( ( graduate ) => (
					<li
						key={ graduate.id }
						className="mentorship-roster__mentee"
					>
						<strong>{ graduate.fields.name }</strong>
						<form
							className="mentorship-roster__assign"
							onSubmit={ async ( event ) => {
								event.preventDefault();
								const team = picked[ graduate.id ];
								if ( team ) {
									await transitionApplication( graduate.id, {
										to: 'placed',
										team,
										notify: true,
									} );
								}
							} }
						>
							<SelectField
								label={ sprintf(
									/* translators: %s: graduate's name. */
									__( 'Team for %s', 'mentorship-program' ),
									graduate.fields.name
								) }
								hideLabelFromVision
								value={ picked[ graduate.id ] ?? '' }
								options={ [
									{
										value: '',
										label: __(
											'Choose the team…',
											'mentorship-program'
										),
									},
									...( teams ?? [] ).map( ( team ) => ( {
										value: team.slug,
										label: team.name,
									} ) ),
								] }
								onChange={ ( team ) =>
									setPicked( ( current ) => ( {
										...current,
										[ graduate.id ]: team,
									} ) )
								}
							/>
							<Button
								variant="secondary"
								type="submit"
								disabled={ ! picked[ graduate.id ] }
								accessibleWhenDisabled
							>
								{ __(
									'Record placement',
									'mentorship-program'
								) }
							</Button>
						</form>
					</li>
				) ) }
			</ul>
		</Section>
	);
}

function MentorCard( {
	cohortId,
	mentor,
	selected,
	onSelect,
}: {
	cohortId: number;
	mentor: RosterMentor;
	selected: number[];
	onSelect: ( id: number, checked: boolean ) => void;
} ) {
	const { unassignMentee } = useDispatch( store );
	const full = mentor.remaining === 0;
	return (
		<Card
			size="small"
			className="mentorship-roster__mentor"
			data-mentor={ mentor.id }
		>
			<CardHeader>
				<h4>{ mentor.name }</h4>
				<span
					className={
						full
							? 'mentorship-roster__seats is-full'
							: 'mentorship-roster__seats'
					}
				>
					{ sprintf(
						/* translators: 1: mentees, 2: capacity. */
						__( '%1$d of %2$d seats', 'mentorship-program' ),
						mentor.mentees.length,
						mentor.capacity
					) }
				</span>
			</CardHeader>
			<CardBody>
				<p className="mentorship-roster__meta">
					{ personSummary( mentor ) }
				</p>
				{ mentor.mentees.length === 0 && (
					<p>{ __( 'No mentees yet.', 'mentorship-program' ) }</p>
				) }
				<ul className="mentorship-roster__list">
					{ mentor.mentees.map( ( mentee ) => (
						<li
							key={ mentee.id }
							className="mentorship-roster__assigned"
							data-mentee={ mentee.id }
						>
							{ mentee.stage === 'active' ? (
								<CheckboxField
									label={ mentee.name }
									checked={ selected.includes( mentee.id ) }
									onChange={ ( checked ) =>
										onSelect( mentee.id, checked )
									}
								/>
							) : (
								<span>{ mentee.name }</span>
							) }
							<Button
								size="small"
								variant="tertiary"
								isDestructive
								label={ sprintf(
									/* translators: %s: mentee's name. */
									__( 'Unassign %s', 'mentorship-program' ),
									mentee.name
								) }
								onClick={ () =>
									unassignMentee( cohortId, mentee.id )
								}
							>
								{ __( 'Unassign', 'mentorship-program' ) }
							</Button>
						</li>
					) ) }
				</ul>
			</CardBody>
		</Card>
	);
}

/**
 * The roster board of a cohort.
 *
 * @param props          Props.
 * @param props.cohortId Cohort ID.
 * @return Board.
 */
export default function CohortRoster( { cohortId }: { cohortId: number } ) {
	const { roster, error, proposal } = useSelect(
		( select ) => ( {
			roster: select( store ).getRoster( cohortId ) as Roster | undefined,
			error: resolution( select ).getResolutionError( 'getRoster', [
				cohortId,
			] ),
			proposal: select( store ).getMatchProposal( cohortId ),
		} ),
		[ cohortId ]
	);
	const { suggestMatches, startCohort, batchApplications } =
		useDispatch( store );
	const [ busy, setBusy ] = useState( '' );
	const [ selected, setSelected ] = useState< number[] >( [] );
	const [ confirming, setConfirming ] = useState( false );
	const [ confirmingGraduation, setConfirmingGraduation ] = useState( false );

	if ( error ) {
		return <LoadError error={ error } />;
	}
	if ( ! roster ) {
		return (
			<Loading
				label={ __( 'Loading the roster…', 'mentorship-program' ) }
			/>
		);
	}
	const open = roster.mentors.filter( ( mentor ) => mentor.remaining > 0 );
	const run = async ( name: string, task: () => Promise< unknown > ) => {
		setBusy( name );
		await task();
		setBusy( '' );
	};
	const timing = roster.timing;
	const earlyStart = !! timing?.early_start;
	const graduate = () =>
		run( 'graduate', async () => {
			await batchApplications( {
				ids: selected,
				to: 'graduated',
				notify: true,
				// Called before the end date only after the coordinator confirmed it.
				confirm_early: !! timing?.early_graduation,
			} );
			setSelected( [] );
		} );

	return (
		<div className="mentorship-roster">
			<p className="mentorship-roster__totals">
				{ totalsText( roster.totals ) }
			</p>
			{ timing?.started && (
				<p className="mentorship-roster__started">
					{ startedText( timing.started ) }
				</p>
			) }
			{ roster.warnings.map( ( warning ) => (
				<Notice
					key={ `${ warning.code }-${ warning.mentor ?? 0 }` }
					status="warning"
					isDismissible={ false }
				>
					{ warning.message }
				</Notice>
			) ) }
			<div className="mentorship-admin-form__buttons mentorship-roster__actions">
				<Button
					variant="secondary"
					isBusy={ busy === 'match' }
					disabled={ !! busy || roster.unassigned.length === 0 }
					accessibleWhenDisabled
					onClick={ () =>
						run( 'match', () => suggestMatches( cohortId ) )
					}
				>
					{ __( 'Suggest matches', 'mentorship-program' ) }
				</Button>
				<Button
					variant="secondary"
					isBusy={ busy === 'graduate' }
					disabled={ !! busy || selected.length === 0 }
					accessibleWhenDisabled
					onClick={ () =>
						timing?.early_graduation
							? setConfirmingGraduation( true )
							: graduate()
					}
				>
					{ sprintf(
						/* translators: %d: number of mentees. */
						__( 'Graduate selected (%d)', 'mentorship-program' ),
						selected.length
					) }
				</Button>
				<CohortGraduation cohortId={ cohortId } disabled={ !! busy } />
				<Button
					variant="primary"
					isBusy={ busy === 'start' }
					disabled={ !! busy || roster.totals.assigned === 0 }
					accessibleWhenDisabled
					onClick={ () => setConfirming( true ) }
				>
					{ __( 'Start cohort', 'mentorship-program' ) }
				</Button>
			</div>
			{ confirming && (
				<Modal
					title={
						earlyStart
							? __(
									'Start the cohort before its start date?',
									'mentorship-program'
							  )
							: __( 'Start the cohort?', 'mentorship-program' )
					}
					onRequestClose={ () => setConfirming( false ) }
					size="medium"
				>
					{ earlyStart && timing && (
						<InlineNotice status="warning">
							{ earlyStartText( timing ) }
						</InlineNotice>
					) }
					<p>
						{ __(
							'Accepted mentees with a mentor, and their mentors, become active and are e-mailed. Mentees without a mentor stay as they are.',
							'mentorship-program'
						) }
					</p>
					<div className="mentorship-modal__buttons">
						<Button
							variant="tertiary"
							onClick={ () => setConfirming( false ) }
						>
							{ __( 'Cancel', 'mentorship-program' ) }
						</Button>
						<Button
							variant="primary"
							onClick={ () => {
								setConfirming( false );
								run( 'start', () =>
									startCohort( cohortId, true, earlyStart )
								);
							} }
						>
							{ earlyStart
								? __( 'Start early', 'mentorship-program' )
								: __( 'Start cohort', 'mentorship-program' ) }
						</Button>
					</div>
				</Modal>
			) }
			{ confirmingGraduation && timing && (
				<Modal
					title={ __(
						'Graduate before the end date?',
						'mentorship-program'
					) }
					onRequestClose={ () => setConfirmingGraduation( false ) }
					size="medium"
				>
					<InlineNotice status="warning">
						{ earlyGraduationText( timing ) }
					</InlineNotice>
					<p>
						{ sprintf(
							/* translators: %d: number of mentees. */
							_n(
								'Graduate %d mentee now? They are e-mailed, and their mentorship ends.',
								'Graduate %d mentees now? They are e-mailed, and their mentorship ends.',
								selected.length,
								'mentorship-program'
							),
							selected.length
						) }
					</p>
					<div className="mentorship-modal__buttons">
						<Button
							variant="tertiary"
							onClick={ () => setConfirmingGraduation( false ) }
						>
							{ __( 'Cancel', 'mentorship-program' ) }
						</Button>
						<Button
							variant="primary"
							onClick={ () => {
								setConfirmingGraduation( false );
								graduate();
							} }
						>
							{ __( 'Graduate now', 'mentorship-program' ) }
						</Button>
					</div>
				</Modal>
			) }
			{ proposal && (
				<MatchSuggestions
					cohortId={ cohortId }
					proposal={ proposal }
					roster={ roster }
				/>
			) }
			<div className="mentorship-roster__board">
				<Section
					id="mentorship-pool"
					title={ sprintf(
						/* translators: %d: number of mentees. */
						__( 'Unassigned (%d)', 'mentorship-program' ),
						roster.unassigned.length
					) }
					className="mentorship-roster__pool"
				>
					{ roster.totals.mentees === 0 && (
						<Empty
							title={ __(
								'No accepted mentees in this cohort yet.',
								'mentorship-program'
							) }
						>
							<p>
								{ __(
									'Accept applications to this cohort, or bring accepted mentees here from the Applications screen with “Assign to cohort…”.',
									'mentorship-program'
								) }
							</p>
							<Link
								to={ {
									view: 'applications',
									type: 'mentee',
								} }
							>
								{ __(
									'Go to applications',
									'mentorship-program'
								) }
							</Link>
						</Empty>
					) }
					{ roster.totals.mentees > 0 &&
						roster.unassigned.length === 0 && (
							<Empty
								title={ __(
									'Every accepted mentee has a mentor.',
									'mentorship-program'
								) }
							/>
						) }
					{ roster.unassigned.length > 0 && (
						<ul className="mentorship-roster__list">
							{ roster.unassigned.map( ( mentee ) => (
								<UnassignedMentee
									key={ mentee.id }
									cohortId={ cohortId }
									mentee={ mentee }
									mentors={ open }
								/>
							) ) }
						</ul>
					) }
				</Section>
				<Section
					id="mentorship-mentors"
					title={ sprintf(
						/* translators: %d: number of mentors. */
						__( 'Mentors (%d)', 'mentorship-program' ),
						roster.mentors.length
					) }
					className="mentorship-roster__mentors"
				>
					{ roster.mentors.length === 0 && (
						<Empty
							title={ __(
								'No approved mentors in this cohort yet.',
								'mentorship-program'
							) }
						>
							<p>
								{ __(
									'Approve mentor applications to this cohort, or bring approved mentors here from the Applications screen with “Assign to cohort…”.',
									'mentorship-program'
								) }
							</p>
							<Link
								to={ {
									view: 'applications',
									type: 'mentor',
								} }
							>
								{ __(
									'Go to mentor applications',
									'mentorship-program'
								) }
							</Link>
						</Empty>
					) }
					{ roster.mentors.map( ( mentor ) => (
						<MentorCard
							key={ mentor.id }
							cohortId={ cohortId }
							mentor={ mentor }
							selected={ selected }
							onSelect={ ( id, checked ) =>
								setSelected( ( current ) =>
									checked
										? [ ...current, id ]
										: current.filter( ( m ) => m !== id )
								)
							}
						/>
					) ) }
				</Section>
			</div>
			<Graduates cohortId={ cohortId } />
		</div>
	);
}
