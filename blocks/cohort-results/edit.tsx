/**
 * WordPress dependencies
 */
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import CohortControl from '../shared/cohort-control';
import { withSettingsPreview } from '../shared/settings-preview';

type Attributes = {
	cohort: number;
};

export default withSettingsPreview< Attributes >(
	() => __( 'Results', 'mentorship-program' ),
	( { attributes, setAttributes } ) => (
		<CohortControl
			value={ attributes.cohort }
			onChange={ ( cohort ) => setAttributes( { cohort } ) }
			automatic={ __(
				'The cohort that finished last',
				'mentorship-program'
			) }
			help={ __(
				'Only totals are shown; any figure from fewer than five people is hidden.',
				'mentorship-program'
			) }
		/>
	)
);
