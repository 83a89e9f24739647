/**
 * WordPress dependencies
 */
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import ScreenHeading from '../components/ScreenHeading';

export default function Cohorts() {
	return (
		<ScreenHeading>{ __( 'Cohorts', 'mentorship-program' ) }</ScreenHeading>
	);
}
