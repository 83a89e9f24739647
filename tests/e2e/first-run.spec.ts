/**
 * A first-time admin: the Plugins screen says where to start, and the Mentorship
 * dashboard of an empty program lists the steps left, each ticked when done.
 */

/**
 * WordPress dependencies
 */
import { test, expect } from '@wordpress/e2e-test-utils-playwright';

/**
 * Internal dependencies
 */
import {
	APP_URL,
	accessibilityViolations,
	collectErrors,
	screenshot,
} from './utils/admin-app';
import { sitePhp } from './utils/seed';

test.describe( 'A first-time admin', () => {
	test( 'finds Get started on the Plugins screen', async ( { page } ) => {
		await page.goto( '/wp-admin/plugins.php' );
		const row = page.locator( 'tr[data-slug="mentorship-program"]' );
		const link = row.getByRole( 'link', { name: 'Get started' } );
		await expect( link ).toBeVisible();
		await link.click();
		await expect(
			page.getByRole( 'heading', { level: 2, name: 'Dashboard' } )
		).toBeVisible();
	} );

	test.describe( 'on an empty program', () => {
		// Other journeys leave applications on the shared site: hide them for this test
		// (their post type is set aside and put back afterwards).
		test.beforeAll( () => {
			sitePhp( `
				global $wpdb;
				$wpdb->query( "UPDATE {$wpdb->posts} SET post_type = CONCAT( 'x', post_type ) WHERE post_type IN ( 'mp_mentee', 'mp_mentor' )" );
				wp_cache_flush();
				echo "\\n1";
			` );
		} );
		test.afterAll( () => {
			sitePhp( `
				global $wpdb;
				$wpdb->query( "UPDATE {$wpdb->posts} SET post_type = SUBSTRING( post_type, 2 ) WHERE post_type IN ( 'xmp_mentee', 'xmp_mentor' )" );
				wp_cache_flush();
				echo "\\n1";
			` );
		} );

		test( 'the dashboard lists the steps, each ticked when done', async ( {
			page,
			baseURL,
		} ) => {
			const errors = collectErrors( page, baseURL );
			const saved = sitePhp< Record< string, string > >( `
				$settings = \\Mentorship_Program\\Settings\\Settings::all();
				echo "\\n" . wp_json_encode( array( 'coc' => $settings['code_of_conduct_url'], 'privacy' => $settings['privacy_notice_url'] ) );
			` );
			sitePhp( `
				\\Mentorship_Program\\Settings\\Settings::update( array( 'code_of_conduct_url' => '', 'privacy_notice_url' => '' ) );
				echo "\\n1";
			` );
			try {
				await page.goto( `${ APP_URL }&view=dashboard` );
				const steps = page.getByRole( 'list', { name: 'Get started' } );
				await expect( steps.getByRole( 'listitem' ) ).toHaveCount( 4 );
				const consent = steps.locator( '[data-step="consent"]' );
				await expect( consent ).toHaveAttribute( 'data-done', 'false' );
				await expect( consent ).toContainText( '(to do)' );
				await expect(
					steps.locator( '[data-step="teams"]' )
				).toHaveAttribute( 'data-done', 'true' );
				await screenshot( page, 'first-run' );
				expect( await accessibilityViolations( page ) ).toEqual( [] );

				// The link goes where the step is done; doing it ticks it.
				await consent
					.getByRole( 'link', { name: 'Set the links' } )
					.click();
				await page
					.getByLabel( 'Code of conduct address' )
					.fill( 'https://example.org/code-of-conduct/' );
				await page
					.getByLabel( 'Privacy notice address' )
					.fill( 'https://example.org/privacy/' );
				await page
					.getByRole( 'button', { name: 'Save form settings' } )
					.click();
				await expect(
					page.locator( '.components-snackbar', {
						hasText: 'Settings saved.',
					} )
				).toBeVisible();
				await page.goto( `${ APP_URL }&view=dashboard` );
				await expect(
					page
						.getByRole( 'list', { name: 'Get started' } )
						.locator( '[data-step="consent"]' )
				).toHaveAttribute( 'data-done', 'true' );
				expect( errors ).toEqual( [] );
			} finally {
				sitePhp( `
					\\Mentorship_Program\\Settings\\Settings::update( array( 'code_of_conduct_url' => ${ JSON.stringify(
						saved.coc
					) }, 'privacy_notice_url' => ${ JSON.stringify(
						saved.privacy
					) } ) );
					echo "\\n1";
				` );
			}
		} );
	} );
} );
