/**
 * WordPress dependencies
 */
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { withSettingsPreview } from '../shared/settings-preview';

export default withSettingsPreview< object >(
	() => __( 'My mentorship', 'mentorship-program' ),
	() => (
		<p>
			{ __(
				'Mentors see their own mentees and log check-ins; mentees see their mentor, goals and check-ins. Visitors who are not logged in see a link to log in. Keep this page out of page caches for logged-in users.',
				'mentorship-program'
			) }
		</p>
	)
);
