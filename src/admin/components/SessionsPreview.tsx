/**
 * WordPress dependencies
 */
import { ExternalLink } from '@wordpress/components';
import { useSelect } from '@wordpress/data';
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import Section from './Section';
import type { Cohort } from '../../shared/types';
import { resolution, store } from '../store';
import { formatDateTime } from '../utils/fields';
import { LoadStatus } from './States';

/**
 * The next sessions of a saved cohort, in the viewer's local time.
 *
 * @param props        Props.
 * @param props.cohort Cohort.
 * @return Preview.
 */
export default function SessionsPreview( { cohort }: { cohort: Cohort } ) {
	const { sessions, error } = useSelect(
		( select ) => ( {
			sessions: select( store ).getSessions( cohort.id ),
			error: resolution( select ).getResolutionError( 'getSessions', [
				cohort.id,
			] ),
		} ),
		[ cohort.id ]
	);
	return (
		<Section
			id="mentorship-sessions-title"
			title={ __( 'Next sessions', 'mentorship-program' ) }
			className="mentorship-sessions"
		>
			<LoadStatus loaded={ !! sessions } error={ error } />
			{ sessions && sessions.length === 0 && (
				<p>
					{ /* With a schedule, no session left means the cohort's dates are over. */ }
					{ ( cohort.schedule?.rule ?? 'none' ) === 'none'
						? __(
								'No sessions are scheduled. Choose how sessions repeat and save.',
								'mentorship-program'
						  )
						: __(
								'No sessions are left: the cohort’s end date has passed.',
								'mentorship-program'
						  ) }
				</p>
			) }
			{ sessions && sessions.length > 0 && (
				<ul>
					{ sessions.map( ( session ) => (
						<li key={ session.start }>
							<time dateTime={ session.start }>
								{ formatDateTime( session.start ) }
							</time>
							{ session.title && ` — ${ session.title }` }
						</li>
					) ) }
				</ul>
			) }
			<p className="description">
				{ __(
					'Times are shown in your time zone.',
					'mentorship-program'
				) }{ ' ' }
				{ cohort.feed_url && (
					<ExternalLink href={ cohort.feed_url }>
						{ __( 'Calendar feed', 'mentorship-program' ) }
					</ExternalLink>
				) }
			</p>
		</Section>
	);
}
