/**
 * The dashboard: a cohort's funnel, mentor capacity, who waits, and breakdowns.
 */

/**
 * WordPress dependencies
 */
import { Card, CardBody, CardHeader } from '@wordpress/components';
import { useSelect } from '@wordpress/data';
import { __, _n, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import AttentionCount from '../components/AttentionCount';
import BreakdownTable from '../components/BreakdownTable';
import CohortPicker from '../components/CohortPicker';
import FunnelChart from '../components/FunnelChart';
import ScreenHeading from '../components/ScreenHeading';
import SetupChecklist from '../components/SetupChecklist';
import { Loading, LoadError } from '../components/States';
import { Link, useRouter } from '../router';
import { resolution, store } from '../store';
import { getBootData } from '../utils/boot';

export default function Dashboard() {
	const { route, navigate } = useRouter();
	const cohort = route.cohort ?? 0;
	const setup = getBootData().setup;
	const { stats, error } = useSelect(
		( select ) => {
			const data = select( store );
			return {
				stats: data.getFunnel( cohort ),
				error: resolution( select ).getResolutionError( 'getFunnel', [
					cohort,
				] ),
			};
		},
		[ cohort ]
	);

	return (
		<div className="mentorship-dashboard">
			<ScreenHeading>
				{ __( 'Dashboard', 'mentorship-program' ) }
			</ScreenHeading>
			{ setup?.show && <SetupChecklist steps={ setup.items } /> }
			<div className="mentorship-admin__toolbar">
				<CohortPicker
					value={ cohort }
					onChange={ ( id ) =>
						navigate(
							{ view: 'dashboard', cohort: id || undefined },
							{ replace: true }
						)
					}
				/>
			</div>
			<AttentionCount />
			{ !! error && <LoadError error={ error } /> }
			{ ! stats && ! error && (
				<Loading
					label={ __( 'Loading the numbers…', 'mentorship-program' ) }
				/>
			) }
			{ stats && (
				<>
					<div className="mentorship-dashboard__cards">
						<Card
							size="small"
							className="mentorship-stat"
							data-stat="waiting"
						>
							<CardHeader>
								<h3>
									{ __(
										'Waiting for review',
										'mentorship-program'
									) }
								</h3>
							</CardHeader>
							<CardBody>
								<p className="mentorship-stat__number">
									{ stats.waiting.count }
								</p>
								<p>
									{ stats.waiting.count > 0
										? sprintf(
												/* translators: %d: days. */
												_n(
													'The oldest has waited %d day.',
													'The oldest has waited %d days.',
													stats.waiting.oldest_days,
													'mentorship-program'
												),
												stats.waiting.oldest_days
										  )
										: __(
												'Nobody is waiting.',
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
										'Review applications',
										'mentorship-program'
									) }
								</Link>
							</CardBody>
						</Card>
						<Card
							size="small"
							className="mentorship-stat"
							data-stat="capacity"
						>
							<CardHeader>
								<h3>
									{ __(
										'Mentor capacity',
										'mentorship-program'
									) }
								</h3>
							</CardHeader>
							<CardBody>
								<p className="mentorship-stat__number">
									{ sprintf(
										/* translators: 1: seats taken, 2: seats in total. */
										__(
											'%1$d of %2$d',
											'mentorship-program'
										),
										stats.mentors.assigned,
										stats.mentors.capacity
									) }
								</p>
								<p>
									{ __(
										'Seats taken by assigned mentees, of all seats approved and active mentors offer.',
										'mentorship-program'
									) }
								</p>
								<meter
									min={ 0 }
									max={ Math.max(
										1,
										stats.mentors.capacity
									) }
									value={ stats.mentors.assigned }
									aria-label={ __(
										'Mentor seats taken',
										'mentorship-program'
									) }
								/>
							</CardBody>
						</Card>
						<Card
							size="small"
							className="mentorship-stat"
							data-stat="unassigned"
						>
							<CardHeader>
								<h3>
									{ __(
										'Unassigned mentees',
										'mentorship-program'
									) }
								</h3>
							</CardHeader>
							<CardBody>
								<p className="mentorship-stat__number">
									{ stats.unassigned }
								</p>
								<p>
									{ __(
										'Accepted or active mentees without a mentor.',
										'mentorship-program'
									) }
								</p>
								{ cohort > 0 && (
									<Link
										to={ {
											view: 'cohorts',
											id: cohort,
											screen: 'roster',
										} }
									>
										{ __(
											'Open the roster',
											'mentorship-program'
										) }
									</Link>
								) }
							</CardBody>
						</Card>
					</div>
					<section className="mentorship-dashboard__section">
						<h3>{ __( 'Funnel', 'mentorship-program' ) }</h3>
						<FunnelChart steps={ stats.funnel } />
					</section>
					<section className="mentorship-dashboard__section mentorship-dashboard__breakdowns">
						<h3>{ __( 'Who applied', 'mentorship-program' ) }</h3>
						<div className="mentorship-dashboard__tables">
							{ (
								[
									[
										'team',
										__( 'By team', 'mentorship-program' ),
										__( 'Team', 'mentorship-program' ),
									],
									[
										'language',
										__(
											'By language',
											'mentorship-program'
										),
										__( 'Language', 'mentorship-program' ),
									],
									[
										'region',
										__( 'By region', 'mentorship-program' ),
										__( 'Region', 'mentorship-program' ),
									],
								] as const
							 ).map( ( [ key, caption, heading ] ) => (
								<BreakdownTable
									key={ key }
									caption={ caption }
									heading={ heading }
									rows={ stats.breakdown[ key ] }
								/>
							) ) }
						</div>
					</section>
				</>
			) }
		</div>
	);
}
