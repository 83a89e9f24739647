/**
 * A coordinator sees on the dashboard how many pairs or people need attention, opens
 * the list, and reads who and why, most urgent first.
 */

/**
 * WordPress dependencies
 */
import { test, expect } from '@wordpress/e2e-test-utils-playwright';

/**
 * Internal dependencies
 */
import { accessibilityViolations, APP_URL } from './utils/admin-app';
import { seedApplications, seedCohort } from './utils/seed';

test.describe( 'Needs attention', () => {
	const stamp = Date.now();
	const name = `Waiting Mentee ${ stamp }`;

	test.beforeAll( () => {
		const day = 86400e3;
		const cohort = seedCohort( `Attention cohort ${ stamp }`, {
			opens_at: new Date( Date.now() - 60 * day ).toISOString(),
			closes_at: new Date( Date.now() - 30 * day ).toISOString(),
			starts_on: new Date( Date.now() - 10 * day )
				.toISOString()
				.slice( 0, 10 ),
			ends_on: new Date( Date.now() + 20 * day )
				.toISOString()
				.slice( 0, 10 ),
		} );
		seedApplications( cohort, [
			{ type: 'mentee', name, path: [ 'in_review', 'accepted' ] },
		] );
	} );

	test( 'the dashboard counts them and the list says why', async ( {
		page,
	} ) => {
		await page.goto( APP_URL );
		const count = page.locator( '.mentorship-attention-count' );
		await expect( count ).toContainText( /need(s)? attention/ );
		await count.getByRole( 'link', { name: 'See who and why' } ).click();
		await expect(
			page.getByRole( 'heading', { level: 2, name: 'Needs attention' } )
		).toBeVisible();
		const row = page.getByRole( 'row' ).filter( { hasText: name } );
		await expect( row ).toContainText(
			'is accepted but has no mentor, and'
		);
		await expect( row ).toContainText( 'No mentor' );
		expect( await accessibilityViolations( page ) ).toEqual( [] );
		await page.screenshot( {
			path: test.info().outputPath( 'needs-attention.png' ),
			fullPage: true,
		} );

		// A note on the mentee's record, from the row.
		await row.getByRole( 'button', { name: 'Actions' } ).click();
		await page.getByRole( 'menuitem', { name: 'Add a note…' } ).click();
		const dialog = page.getByRole( 'dialog', { name: 'Add a note' } );
		await dialog
			.getByLabel( 'Note' )
			.fill( 'Asked Omar to take this mentee.' );
		await dialog.getByRole( 'button', { name: 'Add note' } ).click();
		await expect( dialog ).toBeHidden();
		await expect(
			page.locator( '.components-snackbar', { hasText: 'Note added.' } )
		).toBeVisible();

		// And straight to the application.
		await row
			.getByRole( 'button', { name: 'Open the application' } )
			.click();
		await expect( page ).toHaveURL( /view=applications.*id=\d+/ );
		await expect(
			page.getByText( 'Asked Omar to take this mentee.' )
		).toBeVisible();
	} );
} );
