/**
 * WordPress dependencies
 */
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { TextField } from '../../src/shared/controls';
import { withSettingsPreview } from '../shared/settings-preview';

type Attributes = {
	formUrl: string;
};

export default withSettingsPreview< Attributes >(
	() => __( 'Team finder', 'mentorship-program' ),
	( { attributes, setAttributes } ) => (
		<TextField
			type="url"
			label={ __( 'Application form page', 'mentorship-program' ) }
			help={ __(
				'Address of the page with the application form. People can go straight there, or apply with the teams they found.',
				'mentorship-program'
			) }
			value={ attributes.formUrl }
			onChange={ ( formUrl: string ) => setAttributes( { formUrl } ) }
		/>
	)
);
