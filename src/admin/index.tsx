/**
 * WordPress dependencies
 */
import { createRoot } from '@wordpress/element';
import domReady from '@wordpress/dom-ready';

/**
 * Internal dependencies
 */
import App from './App';
import './index.scss';
// Styles of lazily loaded screens too: one stylesheet that WordPress enqueues and
// swaps for its right-to-left twin (chunk styles added at run time would not be).
import './routes/applications.scss';

domReady( () => {
	const root = document.getElementById( 'mentorship-program-admin' );
	if ( root ) {
		createRoot( root ).render( <App /> );
	}
} );
