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
				<PanelBody title={ __( 'Results', 'mentorship-program' ) }>
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
				</PanelBody>
			</InspectorControls>
			<Preview
				block={ name }
				attributes={ attributes as Record< string, unknown > }
			/>
		</>
	);
}
