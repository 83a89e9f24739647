/**
 * The cohort report: one cohort's figures with charts, or cohorts side by side; a CSV
 * download and a printable page.
 */

/**
 * WordPress dependencies
 */
import { Button, Card, CardBody, CardHeader } from '@wordpress/components';
import { useSelect } from '@wordpress/data';
import { useEffect, useState } from '@wordpress/element';
import { __, _n, sprintf } from '@wordpress/i18n';
import { addQueryArgs } from '@wordpress/url';

/**
 * Internal dependencies
 */
import CheckboxGroup from '../components/CheckboxGroup';
import DataTable from '../components/DataTable';
import CohortPicker from '../components/CohortPicker';
import ReportChart, { countSeries } from '../components/ReportChart';
import ScreenHeading from '../components/ScreenHeading';
import { Empty, Loading, LoadError } from '../components/States';
import { Link, useRouter } from '../router';
import { resolution, store } from '../store';
import { getBootData } from '../utils/boot';
import { formatNumber, formatPercent } from '../utils/numbers';
import type { CohortReport } from '../../shared/types';
import './report.scss';

/**
 * A share 0–1 as a percentage with one decimal, or a dash.
 *
 * @param share Share or null.
 * @return Text.
 */
export function percent( share: number | null ): string {
	return share === null ? '—' : formatPercent( share * 100, 1 );
}

/**
 * Days with one decimal, or a dash.
 *
 * @param value Days or null.
 * @return Text.
 */
export function days( value: number | null ): string {
	if ( value === null ) {
		return '—';
	}
	return sprintf(
		/* translators: %s: number of days, with one decimal. */
		_n( '%s day', '%s days', value, 'mentorship-program' ),
		formatNumber( value, 1 )
	);
}

/**
 * A survey value: percent for "percent" questions, else a number.
 *
 * @param value Value or null.
 * @param kind  Question kind.
 * @return Text.
 */
function surveyValue( value: number | null, kind: string ): string {
	if ( value === null ) {
		return '—';
	}
	return kind === 'percent'
		? formatPercent( value, 2 )
		: formatNumber( value, 2 );
}

/**
 * The address of a CSV download on this site's REST API.
 *
 * @param route REST route after the namespace.
 * @param query Query arguments.
 * @return URL.
 */
function csvUrl( route: string, query: Record< string, string > = {} ) {
	const { restRoot = '/wp-json/', restNonce } = getBootData();
	const root = restRoot.endsWith( '/' ) ? restRoot : restRoot + '/';
	const base = root.includes( '?' )
		? addQueryArgs( root, { rest_route: '/mentorship/v1' + route } )
		: root + 'mentorship/v1' + route;
	return addQueryArgs( base, { ...query, _wpnonce: restNonce } );
}

/**
 * Opens every "Show data" table, then prints: the printed page carries the numbers.
 */
function printReport() {
	document
		.querySelectorAll< HTMLDetailsElement >( '.mentorship-report__data' )
		.forEach( ( details ) => {
			details.open = true;
		} );
	window.print();
}

function Figure( {
	stat,
	title,
	number,
	children,
}: {
	stat: string;
	title: string;
	number: string;
	children?: React.ReactNode;
} ) {
	return (
		<Card size="small" className="mentorship-stat" data-stat={ stat }>
			<CardHeader>
				<h3>{ title }</h3>
			</CardHeader>
			<CardBody>
				<p className="mentorship-stat__number">{ number }</p>
				{ children }
			</CardBody>
		</Card>
	);
}

/**
 * One part of the report, under its heading.
 *
 * @param props          Props.
 * @param props.title    The heading.
 * @param props.children What the part shows.
 * @return Section.
 */
function ReportSection( {
	title,
	children,
}: {
	title: string;
	children: React.ReactNode;
} ) {
	return (
		<section className="mentorship-report__section">
			<h3>{ title }</h3>
			{ children }
		</section>
	);
}

/**
 * A table of how many mentees each row stands for.
 *
 * @param props         Props.
 * @param props.name    Names the table for the tests and the styles.
 * @param props.caption Table caption.
 * @param props.heading Column heading of the rows.
 * @param props.rows    Rows, each with a different label.
 * @return Table.
 */
function MenteeCounts( {
	name,
	caption,
	heading,
	rows,
}: {
	name: string;
	caption: string;
	heading: string;
	rows: Array< { label: string; count: number } >;
} ) {
	return (
		<DataTable
			data-table={ name }
			caption={ caption }
			columns={ [ heading, __( 'Mentees', 'mentorship-program' ) ] }
		>
			{ rows.map( ( row ) => (
				<tr key={ row.label }>
					<th scope="row">{ row.label }</th>
					<td>{ row.count }</td>
				</tr>
			) ) }
		</DataTable>
	);
}

function Surveys( { report }: { report: CohortReport } ) {
	const { questions, respondents } = report.surveys;
	if ( questions.length === 0 ) {
		return (
			<Empty
				title={ __( 'No survey results yet', 'mentorship-program' ) }
			>
				{ __(
					'Start and end survey figures appear here once people have answered.',
					'mentorship-program'
				) }
			</Empty>
		);
	}
	const shown = questions.filter( ( question ) => ! question.suppressed );
	const table = (
		<DataTable
			data-table="surveys"
			caption={ __( 'Survey results', 'mentorship-program' ) }
			hiddenCaption
			columns={ [
				__( 'Question', 'mentorship-program' ),
				__( 'Start', 'mentorship-program' ),
				__( 'End', 'mentorship-program' ),
				__( 'Change', 'mentorship-program' ),
				__( 'Respondents', 'mentorship-program' ),
			] }
		>
			{ questions.map( ( question ) => (
				<tr key={ question.key } data-question={ question.key }>
					<th scope="row">{ question.label }</th>
					{ question.suppressed ? (
						<td colSpan={ 3 }>
							{ __(
								'Hidden: fewer than 5 people answered.',
								'mentorship-program'
							) }
						</td>
					) : (
						<>
							<td>
								{ surveyValue( question.start, question.kind ) }
							</td>
							<td>
								{ surveyValue( question.end, question.kind ) }
							</td>
							<td>
								{ question.change === null
									? '—'
									: ( question.change > 0 ? '+' : '' ) +
									  surveyValue(
											question.change,
											question.kind
									  ) }
							</td>
						</>
					) }
					<td>{ question.respondents }</td>
				</tr>
			) ) }
		</DataTable>
	);
	return (
		<>
			<p>
				{ sprintf(
					/* translators: 1: respondents of the start survey, 2: of the end survey. */
					__(
						'%1$d answered at the start, %2$d at the end.',
						'mentorship-program'
					),
					respondents.start,
					respondents.end
				) }
			</p>
			{ shown.length > 0 ? (
				<ReportChart
					title={ __(
						'Survey results, start and end',
						'mentorship-program'
					) }
					columnLabel={ __( 'Question', 'mentorship-program' ) }
					series={ [
						{
							label: __( 'Start', 'mentorship-program' ),
							values: shown.map( ( question ) => ( {
								label: question.label,
								value: question.start ?? 0,
							} ) ),
						},
						{
							label: __( 'End', 'mentorship-program' ),
							values: shown.map( ( question ) => ( {
								label: question.label,
								value: question.end ?? 0,
							} ) ),
						},
					] }
					table={ table }
				/>
			) : (
				table
			) }
		</>
	);
}

function Retention( { report }: { report: CohortReport } ) {
	if ( report.retention.length === 0 ) {
		return (
			<p>
				{ __(
					'No retention figures yet: graduates are asked 30, 60 and 90 days after the cohort.',
					'mentorship-program'
				) }
			</p>
		);
	}
	return (
		<DataTable
			data-table="retention"
			caption={ __( 'Retention', 'mentorship-program' ) }
			hiddenCaption
			columns={ [
				__( 'After', 'mentorship-program' ),
				__( 'Asked', 'mentorship-program' ),
				__( 'Answered', 'mentorship-program' ),
				__( 'Still contributing', 'mentorship-program' ),
			] }
		>
			{ report.retention.map( ( row ) => (
				<tr key={ row.days }>
					<th scope="row">{ days( row.days ) }</th>
					<td>{ row.asked }</td>
					<td>{ row.answered }</td>
					<td>
						{ row.suppressed
							? __(
									'Hidden: fewer than 5 people answered.',
									'mentorship-program'
							  )
							: sprintf(
									/* translators: 1: people, 2: share in percent. */
									__( '%1$s (%2$s)', 'mentorship-program' ),
									String( row.contributing ?? '—' ),
									percent( row.share )
							  ) }
					</td>
				</tr>
			) ) }
		</DataTable>
	);
}

function SingleReport( { report }: { report: CohortReport } ) {
	const { graduation, decision_days: decision, withdrawn } = report;
	const load = report.mentor_load;
	return (
		<>
			<div className="mentorship-dashboard__cards mentorship-report__cards">
				<Figure
					stat="applied"
					title={ __( 'Applied', 'mentorship-program' ) }
					number={ String( report.funnel[ 0 ]?.count ?? 0 ) }
				/>
				<Figure
					stat="graduated"
					title={ __( 'Graduated', 'mentorship-program' ) }
					number={ sprintf(
						/* translators: 1: graduates, 2: mentees who started. */
						__( '%1$d of %2$d', 'mentorship-program' ),
						graduation.graduated,
						graduation.started
					) }
				>
					<p>
						{ sprintf(
							/* translators: %s: graduation rate in percent. */
							__(
								'Graduation rate: %s of those who started.',
								'mentorship-program'
							),
							percent( graduation.rate )
						) }
					</p>
				</Figure>
				<Figure
					stat="decision"
					title={ __(
						'Days from application to decision',
						'mentorship-program'
					) }
					number={ days( decision.median ) }
				>
					<p>
						{ sprintf(
							/* translators: 1: days (90th percentile), 2: applications decided. */
							__(
								'Median. 90th percentile: %1$s. %2$d decided.',
								'mentorship-program'
							),
							days( decision.p90 ),
							decision.decided
						) }
					</p>
				</Figure>
				<Figure
					stat="withdrawn"
					title={ __( 'Withdrawn', 'mentorship-program' ) }
					number={ String( withdrawn.count ) }
				>
					<p>
						{ sprintf(
							/* translators: 1: declined, 2: waitlisted. */
							__(
								'Declined: %1$d. Waitlisted: %2$d.',
								'mentorship-program'
							),
							report.declined,
							report.waitlisted
						) }
					</p>
				</Figure>
			</div>

			<ReportSection title={ __( 'Funnel', 'mentorship-program' ) }>
				<ReportChart
					title={ __(
						'Mentees at each step of the funnel',
						'mentorship-program'
					) }
					columnLabel={ __( 'Step', 'mentorship-program' ) }
					horizontal
					series={ [
						countSeries(
							__( 'Mentees', 'mentorship-program' ),
							report.funnel
						),
					] }
					table={
						<DataTable
							data-table="funnel"
							caption={ __( 'Funnel', 'mentorship-program' ) }
							hiddenCaption
							columns={ [
								__( 'Step', 'mentorship-program' ),
								__( 'Mentees', 'mentorship-program' ),
								__(
									'From the step before',
									'mentorship-program'
								),
							] }
						>
							{ report.funnel.map( ( step ) => (
								<tr
									key={ step.stage }
									data-stage={ step.stage }
								>
									<th scope="row">{ step.label }</th>
									<td>{ step.count }</td>
									<td>{ percent( step.conversion ) }</td>
								</tr>
							) ) }
						</DataTable>
					}
				/>
			</ReportSection>

			<div className="mentorship-report__columns">
				<ReportSection
					title={ __( 'Mentor load', 'mentorship-program' ) }
				>
					<p>
						{ load.average === null
							? __( 'No mentors yet.', 'mentorship-program' )
							: sprintf(
									/* translators: 1: mentors, 2: mentees assigned, 3: average per mentor. */
									__(
										'%1$d mentors, %2$d mentees assigned: %3$s per mentor on average.',
										'mentorship-program'
									),
									load.mentors,
									load.assigned,
									String( load.average )
							  ) }
					</p>
					{ load.distribution.length > 0 && (
						<ReportChart
							title={ __(
								'Mentors by number of mentees',
								'mentorship-program'
							) }
							columnLabel={ __(
								'Mentees per mentor',
								'mentorship-program'
							) }
							height={ 200 }
							series={ [
								{
									label: __(
										'Mentors',
										'mentorship-program'
									),
									values: load.distribution.map(
										( row ) => ( {
											label: sprintf(
												/* translators: %d: number of mentees. */
												_n(
													'%d mentee',
													'%d mentees',
													row.mentees,
													'mentorship-program'
												),
												row.mentees
											),
											value: row.mentors,
										} )
									),
								},
							] }
						/>
					) }
				</ReportSection>
				<ReportSection
					title={ __( 'Placements by team', 'mentorship-program' ) }
				>
					{ report.placements.length === 0 ? (
						<p>
							{ __(
								'Nobody has been placed with a team yet.',
								'mentorship-program'
							) }
						</p>
					) : (
						<ReportChart
							title={ __(
								'Graduates placed with each team',
								'mentorship-program'
							) }
							columnLabel={ __( 'Team', 'mentorship-program' ) }
							horizontal
							height={ Math.max(
								120,
								report.placements.length * 40
							) }
							series={ [
								countSeries(
									__( 'Graduates', 'mentorship-program' ),
									report.placements
								),
							] }
						/>
					) }
				</ReportSection>
			</div>

			<ReportSection
				title={ __( 'Withdrawn and why', 'mentorship-program' ) }
			>
				{ withdrawn.count === 0 ? (
					<p>{ __( 'Nobody withdrew.', 'mentorship-program' ) }</p>
				) : (
					<div className="mentorship-report__columns">
						<MenteeCounts
							name="withdrawn-stage"
							caption={ __(
								'Stage they left from',
								'mentorship-program'
							) }
							heading={ __( 'Stage', 'mentorship-program' ) }
							rows={ withdrawn.by_stage }
						/>
						<MenteeCounts
							name="withdrawn-reasons"
							caption={ __(
								'Reasons, as recorded',
								'mentorship-program'
							) }
							heading={ __( 'Reason', 'mentorship-program' ) }
							rows={ withdrawn.reasons.map( ( row ) => ( {
								label: row.reason,
								count: row.count,
							} ) ) }
						/>
					</div>
				) }
			</ReportSection>

			<ReportSection title={ __( 'Surveys', 'mentorship-program' ) }>
				<Surveys report={ report } />
			</ReportSection>
			<ReportSection title={ __( 'Retention', 'mentorship-program' ) }>
				<Retention report={ report } />
			</ReportSection>
		</>
	);
}

function Comparison( { reports }: { reports: CohortReport[] } ) {
	const rows: Array< [ string, ( report: CohortReport ) => string ] > = [
		...( reports[ 0 ]?.funnel ?? [] ).map(
			( step, index ) =>
				[
					step.label,
					( report: CohortReport ) =>
						String( report.funnel[ index ]?.count ?? 0 ),
				] as [ string, ( report: CohortReport ) => string ]
		),
		[
			__( 'Graduation rate', 'mentorship-program' ),
			( report ) => percent( report.graduation.rate ),
		],
		[
			__( 'Withdrawn', 'mentorship-program' ),
			( report ) => String( report.withdrawn.count ),
		],
		[
			__( 'Days to decision, median', 'mentorship-program' ),
			( report ) => days( report.decision_days.median ),
		],
		[
			__( 'Days to decision, 90th percentile', 'mentorship-program' ),
			( report ) => days( report.decision_days.p90 ),
		],
		[
			__( 'Mentors', 'mentorship-program' ),
			( report ) => String( report.mentor_load.mentors ),
		],
		[
			__( 'Mentees per mentor, average', 'mentorship-program' ),
			( report ) =>
				report.mentor_load.average === null
					? '—'
					: String( report.mentor_load.average ),
		],
		[
			__( 'Teams joined', 'mentorship-program' ),
			( report ) => String( report.placements.length ),
		],
	];
	const questions = new Map< string, string >();
	for ( const report of reports ) {
		for ( const question of report.surveys.questions ) {
			questions.set( question.key, question.label );
		}
	}
	for ( const [ key, label ] of questions ) {
		rows.push( [
			sprintf(
				/* translators: %s: survey question. */
				__( '%s (start → end)', 'mentorship-program' ),
				label
			),
			( report ) => {
				const question = report.surveys.questions.find(
					( one ) => one.key === key
				);
				if ( ! question ) {
					return '—';
				}
				if ( question.suppressed ) {
					return __( 'Hidden (fewer than 5)', 'mentorship-program' );
				}
				return `${ surveyValue(
					question.start,
					question.kind
				) } → ${ surveyValue( question.end, question.kind ) }`;
			},
		] );
	}
	return (
		<>
			<ReportSection title={ __( 'Side by side', 'mentorship-program' ) }>
				<div className="mentorship-report__scroll">
					<DataTable
						className="mentorship-report__compare"
						data-table="compare"
						caption={ __(
							'Cohorts compared',
							'mentorship-program'
						) }
						hiddenCaption
						columns={ [
							__( 'Figure', 'mentorship-program' ),
							...reports.map( ( report ) => report.cohort.name ),
						] }
					>
						{ rows.map( ( [ label, value ] ) => (
							<tr key={ label }>
								<th scope="row">{ label }</th>
								{ reports.map( ( report ) => (
									<td key={ report.cohort.id }>
										{ value( report ) }
									</td>
								) ) }
							</tr>
						) ) }
					</DataTable>
				</div>
			</ReportSection>
			<ReportSection
				title={ __( 'Funnels compared', 'mentorship-program' ) }
			>
				<ReportChart
					title={ __(
						'Mentees at each step, per cohort',
						'mentorship-program'
					) }
					columnLabel={ __( 'Step', 'mentorship-program' ) }
					height={ 280 }
					series={ reports.map( ( report ) =>
						countSeries( report.cohort.name, report.funnel )
					) }
				/>
			</ReportSection>
		</>
	);
}

function CompareForm( {
	current,
	initial,
}: {
	current: number;
	initial: number[];
} ) {
	const { navigate } = useRouter();
	const cohorts = useSelect( ( select ) => select( store ).getCohorts(), [] );
	const start = () => {
		if ( initial.length ) {
			return initial;
		}
		return current ? [ current ] : [];
	};
	const [ chosen, setChosen ] = useState< number[] >( start );
	useEffect( () => {
		setChosen( start() );
		// eslint-disable-next-line react-hooks/exhaustive-deps
	}, [ current, initial.join( ',' ) ] );
	if ( ! cohorts || cohorts.length < 2 ) {
		return null;
	}
	return (
		<details
			className="mentorship-report__compare-form"
			open={ initial.length > 0 }
		>
			<summary>{ __( 'Compare cohorts', 'mentorship-program' ) }</summary>
			<fieldset>
				<legend>
					{ __(
						'Choose two or more cohorts to see side by side.',
						'mentorship-program'
					) }
				</legend>
				<CheckboxGroup
					options={ cohorts.map( ( cohort ) => ( {
						value: cohort.id,
						label: cohort.name,
					} ) ) }
					value={ chosen }
					onChange={ setChosen }
				/>
				<Button
					variant="secondary"
					__next40pxDefaultSize
					accessibleWhenDisabled
					disabled={ chosen.length < 2 || chosen.length > 10 }
					onClick={ () =>
						navigate( {
							view: 'report',
							compare: chosen.join( ',' ),
						} )
					}
				>
					{ __( 'Compare', 'mentorship-program' ) }
				</Button>
			</fieldset>
		</details>
	);
}

export default function Report() {
	const { route, navigate } = useRouter();
	const cohorts = useSelect( ( select ) => select( store ).getCohorts(), [] );
	const compared = route.compare
		? route.compare.split( ',' ).map( Number )
		: [];
	const cohort = route.cohort ?? cohorts?.[ 0 ]?.id ?? 0;
	const ids = route.compare ?? ( cohort ? String( cohort ) : '' );
	const { reports, error } = useSelect(
		( select ) => {
			if ( ! ids ) {
				return { reports: undefined, error: undefined };
			}
			return {
				reports: select( store ).getReports( ids ),
				error: resolution( select ).getResolutionError( 'getReports', [
					ids,
				] ),
			};
		},
		[ ids ]
	);
	const csv = route.compare
		? csvUrl( '/reports/compare/csv', { cohorts: route.compare } )
		: csvUrl( `/reports/cohorts/${ cohort }/csv` );

	return (
		<div className="mentorship-report">
			<ScreenHeading
				actions={
					ids && (
						<>
							<Button
								variant="secondary"
								href={ csv }
								download
								__next40pxDefaultSize
							>
								{ __( 'Download CSV', 'mentorship-program' ) }
							</Button>
							<Button
								variant="secondary"
								onClick={ printReport }
								__next40pxDefaultSize
							>
								{ __( 'Print', 'mentorship-program' ) }
							</Button>
						</>
					)
				}
			>
				{ route.compare
					? __( 'Cohorts compared', 'mentorship-program' )
					: __( 'Report', 'mentorship-program' ) }
			</ScreenHeading>
			<div className="mentorship-admin__toolbar mentorship-report__toolbar">
				{ route.compare ? (
					<Link to={ { view: 'report', cohort: compared[ 0 ] } }>
						{ __( 'Back to one cohort', 'mentorship-program' ) }
					</Link>
				) : (
					<CohortPicker
						value={ cohort }
						allowAll={ false }
						onChange={ ( id ) =>
							navigate(
								{ view: 'report', cohort: id || undefined },
								{ replace: true }
							)
						}
					/>
				) }
				<CompareForm current={ cohort } initial={ compared } />
			</div>
			{ cohorts && cohorts.length === 0 && (
				<Empty title={ __( 'No cohorts yet', 'mentorship-program' ) }>
					{ __(
						'The report shows a cohort’s figures once you have created one.',
						'mentorship-program'
					) }
				</Empty>
			) }
			{ !! error && <LoadError error={ error } /> }
			{ ids && ! reports && ! error && (
				<Loading
					label={ __( 'Loading the report…', 'mentorship-program' ) }
				/>
			) }
			{ reports && reports.length === 1 && ! route.compare && (
				<>
					<p className="mentorship-report__print-title">
						{ reports[ 0 ].cohort.name }
					</p>
					<SingleReport report={ reports[ 0 ] } />
				</>
			) }
			{ reports && route.compare && <Comparison reports={ reports } /> }
		</div>
	);
}
