/**
 * WordPress dependencies
 */
import { __ } from '@wordpress/i18n';
import { InspectorControls, useBlockProps } from '@wordpress/block-editor';
import { PanelBody, SelectControl } from '@wordpress/components';

type Attributes = {
	role: 'mentee' | 'mentor';
};

type EditProps = {
	attributes: Attributes;
	setAttributes: ( attributes: Partial< Attributes > ) => void;
};

export default function Edit( { attributes, setAttributes }: EditProps ) {
	const blockProps = useBlockProps( {
		className: 'mentorship-application',
	} );
	return (
		<>
			<InspectorControls>
				<PanelBody title={ __( 'Application', 'mentorship-program' ) }>
					<SelectControl
						__nextHasNoMarginBottom
						__next40pxDefaultSize
						label={ __( 'Who applies', 'mentorship-program' ) }
						value={ attributes.role }
						options={ [
							{
								label: __( 'Mentees', 'mentorship-program' ),
								value: 'mentee',
							},
							{
								label: __( 'Mentors', 'mentorship-program' ),
								value: 'mentor',
							},
						] }
						onChange={ ( role ) =>
							setAttributes( {
								role: role as Attributes[ 'role' ],
							} )
						}
					/>
				</PanelBody>
			</InspectorControls>
			<div { ...blockProps }>
				<p>
					{ attributes.role === 'mentor'
						? __( 'Mentor application form', 'mentorship-program' )
						: __(
								'Mentee application form',
								'mentorship-program'
						  ) }
				</p>
			</div>
		</>
	);
}
