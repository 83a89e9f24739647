/**
 * WordPress dependencies
 */
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { RangeField } from '../../src/shared/controls';
import CohortControl from '../shared/cohort-control';
import { withSettingsPreview } from '../shared/settings-preview';

type Attributes = {
	cohort: number;
	count: number;
};

export default withSettingsPreview< Attributes >(
	() => __( 'Schedule', 'mentorship-program' ),
	( { attributes, setAttributes } ) => (
		<>
			<CohortControl
				attributes={ attributes }
				setAttributes={ setAttributes }
				automatic={ __(
					'The open cohort, else the running or next one',
					'mentorship-program'
				) }
			/>
			<RangeField
				label={ __( 'Sessions shown', 'mentorship-program' ) }
				min={ 1 }
				max={ 20 }
				value={ attributes.count }
				onChange={ ( count?: number ) =>
					setAttributes( { count: count ?? 6 } )
				}
			/>
		</>
	)
);
