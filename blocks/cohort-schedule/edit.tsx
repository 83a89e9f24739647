/**
 * WordPress dependencies
 */
import { __ } from '@wordpress/i18n';
import { InspectorControls } from '@wordpress/block-editor';
import { PanelBody, RangeControl } from '@wordpress/components';

/**
 * Internal dependencies
 */
import CohortControl from '../shared/cohort-control';
import Preview from '../shared/preview';

type Attributes = {
	cohort: number;
	count: number;
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
				<PanelBody title={ __( 'Schedule', 'mentorship-program' ) }>
					<CohortControl
						value={ attributes.cohort }
						onChange={ ( cohort ) => setAttributes( { cohort } ) }
						automatic={ __(
							'The open cohort, else the running or next one',
							'mentorship-program'
						) }
					/>
					<RangeControl
						__nextHasNoMarginBottom
						__next40pxDefaultSize
						label={ __( 'Sessions shown', 'mentorship-program' ) }
						min={ 1 }
						max={ 20 }
						value={ attributes.count }
						onChange={ ( count?: number ) =>
							setAttributes( { count: count ?? 6 } )
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
