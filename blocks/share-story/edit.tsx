/**
 * The story form in the editor: an introduction to set, and the form as the
 * current user would see it.
 */

/**
 * WordPress dependencies
 */
import { __ } from '@wordpress/i18n';
import { InspectorControls } from '@wordpress/block-editor';
import { PanelBody, TextareaControl } from '@wordpress/components';

/**
 * Internal dependencies
 */
import Preview from '../shared/preview';

type Attributes = { intro: string };

type EditProps = {
	name: string;
	attributes: Attributes;
	setAttributes: ( attributes: Partial< Attributes > ) => void;
};

export default function Edit( { name, attributes, setAttributes }: EditProps ) {
	return (
		<>
			<InspectorControls>
				<PanelBody title={ __( 'Story form', 'mentorship-program' ) }>
					<TextareaControl
						__nextHasNoMarginBottom
						label={ __( 'Introduction', 'mentorship-program' ) }
						help={ __(
							'Shown above the form. Leave empty for the default text.',
							'mentorship-program'
						) }
						value={ attributes.intro }
						onChange={ ( intro: string ) =>
							setAttributes( { intro } )
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
