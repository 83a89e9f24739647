/**
 * WordPress dependencies
 */
import { __ } from '@wordpress/i18n';
import { InspectorControls } from '@wordpress/block-editor';
import { PanelBody } from '@wordpress/components';

/**
 * Internal dependencies
 */
import CohortControl from '../shared/cohort-control';
import Preview from '../shared/preview';

type Attributes = {
	cohort: number;
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
				<PanelBody title={ __( 'Wall', 'mentorship-program' ) }>
					<CohortControl
						value={ attributes.cohort }
						onChange={ ( cohort ) => setAttributes( { cohort } ) }
						automatic={ __( 'All cohorts', 'mentorship-program' ) }
						help={ __(
							'Only people who chose to be shown on the wall appear.',
							'mentorship-program'
						) }
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
