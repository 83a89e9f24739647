/**
 * A coordinator who uses wp-admin in German sees each screen of the app in German,
 * also the screens whose scripts load only when they are opened: a translation file
 * made for the Applications screen's own chunk (named as WordPress looks it up, in the
 * language packs folder) reaches that screen.
 */

/**
 * WordPress dependencies
 */
import { test, expect } from '@wordpress/e2e-test-utils-playwright';

/**
 * Internal dependencies
 */
import { APP_URL, collectErrors } from './utils/admin-app';
import { sitePhp } from './utils/seed';
import { logIn } from './utils/log-in';

const USER = {
	username: 'mentorship-translated',
	password: 'translated-password',
};

test.describe( 'The admin app in another language', () => {
	test.use( { storageState: { cookies: [], origins: [] } } );

	test.beforeAll( () => {
		// A German-speaking administrator, and a German translation of a string that
		// lives only in build/admin/applications.js.
		sitePhp( `
			require_once ABSPATH . 'wp-admin/includes/user.php';
			$old = get_user_by( 'login', '${ USER.username }' );
			if ( $old ) { wp_delete_user( $old->ID ); }
			$id = wp_insert_user( array(
				'user_login' => '${ USER.username }',
				'user_pass'  => '${ USER.password }',
				'user_email' => '${ USER.username }@example.org',
				'role'       => 'administrator',
				'locale'     => 'de_DE',
			) );
			$dir = WP_LANG_DIR . '/plugins';
			wp_mkdir_p( $dir );
			file_put_contents(
				$dir . '/mentorship-program-de_DE-' . md5( 'build/admin/applications.js' ) . '.json',
				wp_json_encode( array(
					'domain'      => 'messages',
					'locale_data' => array( 'messages' => array(
						''           => array( 'domain' => 'messages', 'lang' => 'de_DE', 'plural-forms' => 'nplurals=2; plural=(n != 1);' ),
						'Export CSV' => array( 'CSV exportieren' ),
					) ),
				) )
			);
			echo wp_json_encode( array( 'id' => $id ) );
		` );
	} );

	test.afterAll( () => {
		sitePhp( `
			require_once ABSPATH . 'wp-admin/includes/user.php';
			$user = get_user_by( 'login', '${ USER.username }' );
			if ( $user ) { wp_delete_user( $user->ID ); }
			wp_delete_file( WP_LANG_DIR . '/plugins/mentorship-program-de_DE-' . md5( 'build/admin/applications.js' ) . '.json' );
			echo '{}';
		` );
	} );

	test( 'a screen loaded on demand shows its translated strings', async ( {
		page,
		baseURL,
	} ) => {
		const errors = collectErrors( page, baseURL );
		const scripts: string[] = [];
		page.on( 'request', ( request ) => {
			const match = request
				.url()
				.match( /\/build\/admin\/([^/?]+\.js)(\?|$)/ );
			if ( match ) {
				scripts.push( match[ 1 ] );
			}
		} );

		await logIn( page, USER.username, USER.password );

		await page.goto( APP_URL );
		await expect(
			page.getByRole( 'heading', { level: 2, name: 'Dashboard' } )
		).toBeVisible();
		// The dashboard does not load the Applications screen's code.
		expect( scripts ).toContain( 'index.js' );
		expect( scripts ).toContain( 'dashboard.js' );
		expect( scripts ).not.toContain( 'applications.js' );

		await page
			.getByRole( 'navigation', { name: 'Mentorship sections' } )
			.getByRole( 'link', { name: 'Applications' } )
			.click();
		await expect(
			page.getByRole( 'heading', { level: 2, name: 'Applications' } )
		).toBeVisible();
		expect( scripts ).toContain( 'applications.js' );
		await expect(
			page.getByRole( 'link', { name: 'CSV exportieren' } )
		).toBeVisible();
		await expect( page.getByText( 'Export CSV' ) ).toHaveCount( 0 );
		await page.screenshot( {
			path: test.info().outputPath( 'applications-de.png' ),
		} );
		expect( errors ).toEqual( [] );
	} );
} );
