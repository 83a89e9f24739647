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

domReady( () => {
	const root = document.getElementById( 'mentorship-program-admin' );
	if ( root ) {
		createRoot( root ).render( <App /> );
	}
} );
