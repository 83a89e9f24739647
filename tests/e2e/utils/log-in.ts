/**
 * Logs a user in through wp-login.php, as a person would.
 */

/**
 * External dependencies
 */
import { expect, type Page } from '@playwright/test';

/**
 * Logs in and waits until WordPress has let the user in.
 *
 * Waits for the redirect away from wp-login.php to commit, not for the next page's
 * load event (which also waits for images and scripts), and says what the login form
 * answered when it refused.
 *
 * @param page     Page, with no logged-in cookies.
 * @param username Login.
 * @param password Password.
 */
export async function logIn(
	page: Page,
	username: string,
	password: string
): Promise< void > {
	await page.goto( '/wp-login.php' );
	// wp-login.php moves the focus to the username field 200 ms after it loads, and
	// selects its text; typing before that can land in the wrong field (the password
	// in the username). Wait for that move (a site may turn it off, hence the catch).
	await expect( page.locator( '#user_login' ) )
		.toBeFocused( { timeout: 2_000 } )
		.catch( () => undefined );
	await page.locator( '#user_login' ).fill( username );
	await page.locator( '#user_pass' ).fill( password );
	await expect( page.locator( '#user_login' ) ).toHaveValue( username );
	await expect( page.locator( '#user_pass' ) ).toHaveValue( password );
	await Promise.all( [
		page.waitForURL(
			( url ) => ! url.pathname.endsWith( '/wp-login.php' ),
			{
				waitUntil: 'commit',
				timeout: 20_000,
			}
		),
		page.locator( '#wp-submit' ).click(),
	] ).catch( async ( error: Error ) => {
		const refusal = await page
			.locator( '#login_error' )
			.textContent()
			.catch( () => null );
		throw new Error(
			`Logging in as ${ username } did not leave wp-login.php${
				refusal ? `: ${ refusal.trim() }` : ''
			} (${ error.message })`
		);
	} );
	await page.waitForLoadState( 'domcontentloaded' );
}
