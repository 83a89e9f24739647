/**
 * WordPress dependencies
 */
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { withCohortSetting } from '../shared/cohort-control';

export default withCohortSetting(
	() => __( 'Results', 'mentorship-program' ),
	() => ( {
		automatic: __( 'The cohort that finished last', 'mentorship-program' ),
		help: __(
			'Only totals are shown; any figure from fewer than five people is hidden.',
			'mentorship-program'
		),
	} )
);
