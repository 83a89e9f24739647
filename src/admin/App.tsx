/**
 * WordPress dependencies
 */
import { __ } from '@wordpress/i18n';

export default function App() {
	return (
		<div className="mentorship-admin" data-testid="mentorship-admin-app">
			<h1>{ __( 'Mentorship', 'mentorship-program' ) }</h1>
		</div>
	);
}
