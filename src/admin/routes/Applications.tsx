/**
 * WordPress dependencies
 */
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import ScreenHeading from '../components/ScreenHeading';

export default function Applications() {
	return (
		<ScreenHeading>
			{ __( 'Applications', 'mentorship-program' ) }
		</ScreenHeading>
	);
}
