/**
 * External dependencies
 */
import { render, screen } from '@testing-library/react';

/**
 * Internal dependencies
 */
import App, { sectionsFor } from '../App';

// The table screen's DataViews build is an ES module for browsers; not needed here.
jest.mock( '../routes/Applications', () => () => null );

jest.mock( '@wordpress/api-fetch', () => ( {
	__esModule: true,
	// The dashboard asks for numbers; leave them loading.
	default: jest.fn( () => new Promise( () => {} ) ),
} ) );

describe( 'App', () => {
	beforeEach( () => {
		window.mentorshipProgramAdmin = {
			basePath: 'admin.php?page=mentorship-program',
			capabilities: { review: true, manage: true, settings: true },
		};
	} );

	it( 'shows the Mentorship heading inside the app root', async () => {
		render( <App /> );
		await screen.findByRole( 'heading', { level: 2, name: 'Dashboard' } );

		const root = screen.getByTestId( 'mentorship-admin-app' );
		const heading = screen.getByRole( 'heading', { level: 1 } );

		expect( heading.textContent ).toBe( 'Mentorship' );
		expect( root.contains( heading ) ).toBe( true );
	} );

	it( 'opens the dashboard first for a coordinator, with every section in the menu', async () => {
		render( <App /> );

		const nav = screen.getByRole( 'navigation', {
			name: 'Mentorship sections',
		} );
		expect(
			Array.from( nav.querySelectorAll( 'a' ) ).map(
				( a ) => a.textContent
			)
		).toEqual( [
			'Dashboard',
			'Applications',
			'Cohorts',
			'Needs attention',
			'Report',
			'Surveys',
			'Settings',
		] );
		expect(
			screen
				.getByRole( 'link', { name: 'Dashboard' } )
				.getAttribute( 'aria-current' )
		).toBe( 'page' );
		// The screen is its own chunk, so it may arrive a moment later.
		expect(
			await screen.findByRole( 'heading', {
				level: 2,
				name: 'Dashboard',
			} )
		).toBeTruthy();
		expect( screen.getByRole( 'status' ).textContent ).toContain(
			'Loading the numbers'
		);
	} );
} );

describe( 'sectionsFor', () => {
	it( 'gives a mentor without review rights only their mentees', () => {
		expect(
			sectionsFor( {
				review: false,
				manage: false,
				settings: false,
			} ).map( ( s ) => [ s.view, s.label ] )
		).toEqual( [ [ 'applications', 'My mentees' ] ] );
	} );

	it( 'hides settings from a reviewer who may not change them', () => {
		expect(
			sectionsFor( { review: true, manage: true, settings: false } ).map(
				( s ) => s.view
			)
		).toEqual( [
			'dashboard',
			'applications',
			'cohorts',
			'attention',
			'report',
			'surveys',
		] );
	} );
} );
