/**
 * WordPress dependencies
 */
import { __ } from '@wordpress/i18n';
import { InspectorControls } from '@wordpress/block-editor';
import { PanelBody, TextControl } from '@wordpress/components';

/**
 * Internal dependencies
 */
import Preview from '../shared/preview';

type Attributes = {
	formUrl: string;
};

type EditProps = {
	name: string;
	attributes: Attributes;
	setAttributes: ( attributes: Partial< Attributes > ) => void;
};

export default function Edit( { name, attributes, setAttributes }: EditProps ) {
	return (
		<>
			<InspectorControls>
				<PanelBody title={ __( 'Team finder', 'mentorship-program' ) }>
					<TextControl
						__nextHasNoMarginBottom
						__next40pxDefaultSize
						type="url"
						label={ __(
							'Application form page',
							'mentorship-program'
						) }
						help={ __(
							'Address of the page with the application form. People can go straight there, or apply with the teams they found.',
							'mentorship-program'
						) }
						value={ attributes.formUrl }
						onChange={ ( formUrl: string ) =>
							setAttributes( { formUrl } )
						}
					/>
				</PanelBody>
			</InspectorControls>
			<Preview
				block={ name }
				attributes={ attributes as Record< string, unknown > }
			/>
		</>
	);
}
