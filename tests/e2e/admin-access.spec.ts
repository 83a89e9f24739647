/**
 * Only people the program trusts reach the coordinators' app and its data: a
 * subscriber is refused by WordPress and by the REST API alike.
 */

/**
 * WordPress dependencies
 */
import { test, expect } from '@wordpress/e2e-test-utils-playwright';

/**
 * Internal dependencies
 */
import { APP_URL } from './utils/admin-app';

const SUBSCRIBER = {
	username: 'mentorship-subscriber',
	email: 'mentorship-subscriber@example.org',
	password: 'subscriber-password',
	roles: [ 'subscriber' ],
};

test.describe( 'Access to the admin app', () => {
	test.use( { storageState: { cookies: [], origins: [] } } );

	test.beforeAll( async ( { requestUtils } ) => {
		const users = await requestUtils.rest< Array< { id: number } > >( {
			path: '/wp/v2/users',
			params: { search: SUBSCRIBER.username, context: 'edit' },
		} );
		for ( const user of users ) {
			await requestUtils.rest( {
				method: 'DELETE',
				path: `/wp/v2/users/${ user.id }`,
				params: { force: true, reassign: 1 },
			} );
		}
		await requestUtils.rest( {
			method: 'POST',
			path: '/wp/v2/users',
			data: SUBSCRIBER,
		} );
	} );

	test( 'a subscriber cannot open the app, and the API refuses them', async ( {
		page,
	} ) => {
		await page.goto( '/wp-login.php' );
		await page.locator( '#user_login' ).fill( SUBSCRIBER.username );
		await page.locator( '#user_pass' ).fill( SUBSCRIBER.password );
		await page.locator( '#wp-submit' ).click();
		await page.waitForURL( /wp-admin/ );

		// No menu entry…
		await expect(
			page.locator( '#toplevel_page_mentorship-program' )
		).toHaveCount( 0 );

		// …and WordPress refuses the page itself.
		const response = await page.goto( APP_URL );
		expect( response?.status() ).toBe( 403 );
		await expect(
			page.getByText( 'Sorry, you are not allowed to access this page.' )
		).toBeVisible();
		await expect( page.getByTestId( 'mentorship-admin-app' ) ).toHaveCount(
			0
		);

		// The API answers 403 to the logged-in subscriber, nonce and all.
		const nonce = await page.evaluate( async () => {
			const result = await fetch(
				'/wp-admin/admin-ajax.php?action=rest-nonce'
			);
			return result.text();
		} );
		const api = await page.request.get(
			'/wp-json/mentorship/v1/applications',
			{ headers: { 'X-WP-Nonce': nonce } }
		);
		expect( api.status() ).toBe( 403 );
		expect( ( await api.json() ).code ).toBe( 'rest_forbidden' );
	} );
} );
