/**
 * The story form in the editor: an introduction to set, and the form as the
 * current user would see it.
 */

/**
 * WordPress dependencies
 */
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { TextAreaField } from '../../src/shared/controls';
import { withSettingsPreview } from '../shared/settings-preview';

type Attributes = { intro: string };

export default withSettingsPreview< Attributes >(
	() => __( 'Story form', 'mentorship-program' ),
	( { attributes, setAttributes } ) => (
		<TextAreaField
			label={ __( 'Introduction', 'mentorship-program' ) }
			help={ __(
				'Shown above the form. Leave empty for the default text.',
				'mentorship-program'
			) }
			value={ attributes.intro }
			onChange={ ( intro: string ) => setAttributes( { intro } ) }
		/>
	)
);
