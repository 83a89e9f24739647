/**
 * WordPress dependencies
 */
import { __ } from '@wordpress/i18n';
import { InspectorControls } from '@wordpress/block-editor';
import { PanelBody } from '@wordpress/components';

/**
 * Internal dependencies
 */
import Preview from '../shared/preview';

type EditProps = {
	name: string;
	attributes: Record< string, unknown >;
};

export default function Edit( { name, attributes }: EditProps ) {
	return (
		<>
			<InspectorControls>
				<PanelBody
					title={ __( 'My mentorship', 'mentorship-program' ) }
				>
					<p>
						{ __(
							'Mentors see their own mentees and log check-ins; mentees see their mentor, goals and check-ins. Visitors who are not logged in see a link to log in. Keep this page out of page caches for logged-in users.',
							'mentorship-program'
						) }
					</p>
				</PanelBody>
			</InspectorControls>
			<Preview block={ name } attributes={ attributes } />
		</>
	);
}
