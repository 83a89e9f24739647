/**
 * WordPress dependencies
 */
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import ScreenHeading from '../components/ScreenHeading';

export default function Settings() {
	return (
		<ScreenHeading>
			{ __( 'Settings', 'mentorship-program' ) }
		</ScreenHeading>
	);
}
