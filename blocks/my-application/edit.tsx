/**
 * WordPress dependencies
 */
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { withSettingsPreview } from '../shared/settings-preview';

export default withSettingsPreview< object >(
	() => __( 'My application', 'mentorship-program' ),
	() => (
		<p>
			{ __(
				'Each logged-in visitor sees only their own applications. Visitors who are not logged in see a link to log in. Keep this page out of page caches for logged-in users.',
				'mentorship-program'
			) }
		</p>
	)
);
