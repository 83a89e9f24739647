/**
 * WordPress dependencies
 */
import { ExternalLink } from '@wordpress/components';
import { useSelect } from '@wordpress/data';
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import type { Cohort } from '../../shared/types';
import { resolution, store } from '../store';
import { formatDateTime } from '../utils/fields';
import { Loading, LoadError } from './States';

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
		<section
			className="mentorship-sessions"
			aria-labelledby="mentorship-sessions-title"
		>
			<h3 id="mentorship-sessions-title">
				{ __( 'Next sessions', 'mentorship-program' ) }
			</h3>
			{ !! error && <LoadError error={ error } /> }
			{ ! sessions && ! error && <Loading /> }
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
		</section>
	);
}
