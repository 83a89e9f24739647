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
	CheckboxControl,
	Modal,
	Notice,
	SelectControl,
} from '@wordpress/components';
import { useDispatch, useSelect } from '@wordpress/data';
import { useMemo, useState } from '@wordpress/element';
import { __, _n, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import type {
	ApplicationQuery,
	Roster,
	RosterMentee,
	RosterMentor,
} from '../../shared/types';
import { resolution, store } from '../store';
import { formatLabel } from '../utils/fields';
import MatchSuggestions from './MatchSuggestions';
import { Empty, Loading, LoadError } from './States';

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
				<SelectControl
					__nextHasNoMarginBottom
					__next40pxDefaultSize
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
		<section
			className="mentorship-roster__section"
			aria-labelledby="mentorship-graduates"
		>
			<h3 id="mentorship-graduates">
				{ __( 'Graduates to place with a team', 'mentorship-program' ) }
			</h3>
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
							<SelectControl
								__nextHasNoMarginBottom
								__next40pxDefaultSize
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
		</section>
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
								<CheckboxControl
									__nextHasNoMarginBottom
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

	return (
		<div className="mentorship-roster">
			<p className="mentorship-roster__totals">
				{ sprintf(
					/* translators: 1: mentors, 2: mentees, 3: assigned, 4: unassigned, 5: seats. */
					__(
						'%1$d mentors · %2$d mentees · %3$d assigned · %4$d unassigned · %5$d seats',
						'mentorship-program'
					),
					roster.totals.mentors,
					roster.totals.mentees,
					roster.totals.assigned,
					roster.totals.unassigned,
					roster.totals.capacity
				) }
			</p>
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
						run( 'graduate', async () => {
							await batchApplications( {
								ids: selected,
								to: 'graduated',
								notify: true,
							} );
							setSelected( [] );
						} )
					}
				>
					{ sprintf(
						/* translators: %d: number of mentees. */
						__( 'Graduate selected (%d)', 'mentorship-program' ),
						selected.length
					) }
				</Button>
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
					title={ __( 'Start the cohort?', 'mentorship-program' ) }
					onRequestClose={ () => setConfirming( false ) }
					size="small"
				>
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
								run( 'start', () => startCohort( cohortId ) );
							} }
						>
							{ __( 'Start cohort', 'mentorship-program' ) }
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
				<section
					className="mentorship-roster__pool"
					aria-labelledby="mentorship-pool"
				>
					<h3 id="mentorship-pool">
						{ sprintf(
							/* translators: %d: number of mentees. */
							__( 'Unassigned (%d)', 'mentorship-program' ),
							roster.unassigned.length
						) }
					</h3>
					{ roster.unassigned.length === 0 ? (
						<Empty
							title={ __(
								'Every accepted mentee has a mentor.',
								'mentorship-program'
							) }
						/>
					) : (
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
				</section>
				<section
					className="mentorship-roster__mentors"
					aria-labelledby="mentorship-mentors"
				>
					<h3 id="mentorship-mentors">
						{ sprintf(
							/* translators: %d: number of mentors. */
							__( 'Mentors (%d)', 'mentorship-program' ),
							roster.mentors.length
						) }
					</h3>
					{ roster.mentors.length === 0 && (
						<Empty
							title={ __(
								'No approved mentors in this cohort yet.',
								'mentorship-program'
							) }
						/>
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
				</section>
			</div>
			<Graduates cohortId={ cohortId } />
		</div>
	);
}
