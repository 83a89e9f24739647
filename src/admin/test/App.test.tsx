/**
 * External dependencies
 */
import { render, screen } from '@testing-library/react';

/**
 * Internal dependencies
 */
import App from '../App';

describe( 'App', () => {
	it( 'shows the Mentorship heading inside the app root', () => {
		render( <App /> );

		const root = screen.getByTestId( 'mentorship-admin-app' );
		const heading = screen.getByRole( 'heading', { level: 1 } );

		expect( heading.textContent ).toBe( 'Mentorship' );
		expect( root.contains( heading ) ).toBe( true );
	} );
} );
