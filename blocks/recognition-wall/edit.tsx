/**
 * WordPress dependencies
 */
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { withCohortSetting } from '../shared/cohort-control';

export default withCohortSetting(
	() => __( 'Wall', 'mentorship-program' ),
	() => ( {
		automatic: __( 'All cohorts', 'mentorship-program' ),
		help: __(
			'Only people who chose to be shown on the wall appear.',
			'mentorship-program'
		),
	} )
);
