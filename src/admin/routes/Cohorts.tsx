/**
 * Cohorts: the list, the create and edit form with a preview of the sessions, and
 * each cohort's roster board.
 */

/**
 * WordPress dependencies
 */
import { Button } from '@wordpress/components';
import { useSelect } from '@wordpress/data';
import { Fragment } from '@wordpress/element';
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import DataTable from '../components/DataTable';
import type { Cohort, CohortStatus } from '../../shared/types';
import CohortForm from '../components/CohortForm';
import CohortReminders from '../components/CohortReminders';
import CohortRoster from '../components/CohortRoster';
import CriteriaForm from '../graduation/CriteriaForm';
import ScreenHeading from '../components/ScreenHeading';
import SessionsPreview from '../components/SessionsPreview';
import { Empty, Loading, LoadError, NotSet } from '../components/States';
import { Link, useRouter } from '../router';
import { resolution, store } from '../store';
import { formatDate, formatDateTime } from '../utils/fields';

export function cohortStatusLabel( status: CohortStatus ): string {
	const labels: Record< CohortStatus, string > = {
		upcoming: __( 'Upcoming', 'mentorship-program' ),
		open: __( 'Open for applications', 'mentorship-program' ),
		closed: __( 'Applications closed', 'mentorship-program' ),
		running: __( 'Running', 'mentorship-program' ),
		finished: __( 'Finished', 'mentorship-program' ),
	};
	return labels[ status ] ?? status;
}

/**
 * From when to when, as far as it is known; a dash, read out in words, when neither end
 * is set.
 *
 * @param props      Props.
 * @param props.from The start, formatted, or ''.
 * @param props.to   The end, formatted, or ''.
 * @param props.none What screen readers say when neither is set.
 * @return Text.
 */
function Span( {
	from,
	to,
	none,
}: {
	from: string;
	to: string;
	none: string;
} ) {
	const text = [ from, to ].filter( Boolean ).join( ' – ' );
	return text ? <>{ text }</> : <NotSet label={ none } />;
}

function CohortList( { cohorts }: { cohorts: Cohort[] } ) {
	if ( ! cohorts.length ) {
		return (
			<Empty title={ __( 'No cohorts yet.', 'mentorship-program' ) }>
				<p>
					{ __(
						'Create a cohort to open a call for mentees and mentors.',
						'mentorship-program'
					) }
				</p>
			</Empty>
		);
	}
	return (
		<DataTable
			actions
			className="mentorship-cohorts"
			caption={ __( 'Cohorts', 'mentorship-program' ) }
			hiddenCaption
			columns={ [
				__( 'Name', 'mentorship-program' ),
				__( 'Status', 'mentorship-program' ),
				__( 'Application window', 'mentorship-program' ),
				__( 'Dates', 'mentorship-program' ),
				__( 'Capacity', 'mentorship-program' ),
			] }
		>
			{ cohorts.map( ( cohort ) => (
				<tr key={ cohort.id } data-cohort={ cohort.id }>
					<th scope="row">
						<Link
							to={ {
								view: 'cohorts',
								id: cohort.id,
								screen: 'roster',
							} }
						>
							{ cohort.name }
						</Link>
					</th>
					<td>{ cohortStatusLabel( cohort.status ) }</td>
					<td>
						<Span
							from={ formatDateTime( cohort.opens_at ) }
							to={ formatDateTime( cohort.closes_at ) }
							none={ __(
								'No application window set',
								'mentorship-program'
							) }
						/>
					</td>
					<td>
						<Span
							from={ formatDate( cohort.starts_on ) }
							to={ formatDate( cohort.ends_on ) }
							none={ __( 'No dates set', 'mentorship-program' ) }
						/>
					</td>
					<td>
						{ cohort.capacity || (
							<NotSet
								label={ __(
									'No capacity set',
									'mentorship-program'
								) }
							/>
						) }
					</td>
					<td className="mentorship-cohorts__actions">
						{ (
							[
								[
									'roster',
									__( 'Roster', 'mentorship-program' ),
								],
								[ 'edit', __( 'Edit', 'mentorship-program' ) ],
							] as const
						 ).map( ( [ screen, label ], index ) => (
							<Fragment key={ screen }>
								{ index > 0 && ' · ' }
								<Link
									to={ {
										view: 'cohorts',
										id: cohort.id,
										screen,
									} }
								>
									{ label }
								</Link>
							</Fragment>
						) ) }
					</td>
				</tr>
			) ) }
		</DataTable>
	);
}

export default function Cohorts() {
	const { route, navigate } = useRouter();
	const { cohorts, error } = useSelect(
		( select ) => ( {
			cohorts: select( store ).getCohorts(),
			error: resolution( select ).getResolutionError( 'getCohorts', [] ),
		} ),
		[]
	);
	const cohort = route.id
		? cohorts?.find( ( item ) => item.id === route.id )
		: undefined;
	let screen = 'list';
	if ( route.screen === 'new' ) {
		screen = 'new';
	} else if ( route.id ) {
		screen = route.screen === 'edit' ? 'edit' : 'roster';
	}
	const toList = () => navigate( { view: 'cohorts' } );

	if ( error ) {
		return (
			<>
				<ScreenHeading>
					{ __( 'Cohorts', 'mentorship-program' ) }
				</ScreenHeading>
				<LoadError error={ error } />
			</>
		);
	}
	if ( ! cohorts ) {
		return (
			<>
				<ScreenHeading>
					{ __( 'Cohorts', 'mentorship-program' ) }
				</ScreenHeading>
				<Loading />
			</>
		);
	}

	if ( screen === 'new' ) {
		return (
			<div className="mentorship-cohort">
				<ScreenHeading>
					{ __( 'New cohort', 'mentorship-program' ) }
				</ScreenHeading>
				<CohortForm
					onCancel={ toList }
					onSaved={ ( saved ) =>
						navigate(
							{ view: 'cohorts', id: saved.id, screen: 'edit' },
							{ replace: true }
						)
					}
				/>
			</div>
		);
	}

	if ( screen === 'list' || ! route.id ) {
		return (
			<div className="mentorship-cohorts-screen">
				<ScreenHeading
					actions={
						<Button
							variant="primary"
							onClick={ () =>
								navigate( { view: 'cohorts', screen: 'new' } )
							}
						>
							{ __( 'Add cohort', 'mentorship-program' ) }
						</Button>
					}
				>
					{ __( 'Cohorts', 'mentorship-program' ) }
				</ScreenHeading>
				<CohortList cohorts={ cohorts } />
			</div>
		);
	}

	if ( ! cohort ) {
		return (
			<>
				<ScreenHeading>
					{ __( 'Cohorts', 'mentorship-program' ) }
				</ScreenHeading>
				<Empty
					title={ __(
						'This cohort does not exist.',
						'mentorship-program'
					) }
				>
					<Link to={ { view: 'cohorts' } }>
						{ __( 'Back to cohorts', 'mentorship-program' ) }
					</Link>
				</Empty>
			</>
		);
	}

	return (
		<div className="mentorship-cohort">
			<ScreenHeading
				actions={
					<>
						<Link to={ { view: 'cohorts' } }>
							{ __( 'All cohorts', 'mentorship-program' ) }
						</Link>
					</>
				}
			>
				{ cohort.name }
			</ScreenHeading>
			<nav
				className="mentorship-cohort__tabs"
				aria-label={ __( 'Cohort sections', 'mentorship-program' ) }
			>
				<Link
					to={ { view: 'cohorts', id: cohort.id, screen: 'roster' } }
					aria-current={ screen === 'roster' ? 'page' : undefined }
				>
					{ __( 'Roster', 'mentorship-program' ) }
				</Link>
				<Link
					to={ { view: 'cohorts', id: cohort.id, screen: 'edit' } }
					aria-current={ screen === 'edit' ? 'page' : undefined }
				>
					{ __( 'Details and schedule', 'mentorship-program' ) }
				</Link>
			</nav>
			{ screen === 'edit' ? (
				<div className="mentorship-cohort__edit">
					<CohortForm
						key={ cohort.id }
						cohort={ cohort }
						onCancel={ toList }
						onSaved={ () => {} }
					/>
					<div>
						<SessionsPreview cohort={ cohort } />
						<CohortReminders cohortId={ cohort.id } />
						<CriteriaForm
							key={ `criteria-${ cohort.id }` }
							cohortId={ cohort.id }
						/>
					</div>
				</div>
			) : (
				<CohortRoster cohortId={ cohort.id } />
			) }
		</div>
	);
}
