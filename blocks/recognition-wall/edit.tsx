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
	() => __( 'Wall', 'mentorship-program' ),
	( { attributes, setAttributes } ) => (
		<CohortControl
			value={ attributes.cohort }
			onChange={ ( cohort ) => setAttributes( { cohort } ) }
			automatic={ __( 'All cohorts', 'mentorship-program' ) }
			help={ __(
				'Only people who chose to be shown on the wall appear.',
				'mentorship-program'
			) }
		/>
	)
);
