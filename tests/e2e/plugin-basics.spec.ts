/**
 * WordPress dependencies
 */
import { test, expect } from '@wordpress/e2e-test-utils-playwright';

test.describe( 'Plugin basics', () => {
	test( 'the plugin is active', async ( { requestUtils } ) => {
		const plugin = await requestUtils.rest< { status: string } >( {
			path: '/wp/v2/plugins/mentorship-program/mentorship-program',
		} );

		expect( plugin.status ).toMatch( /^active/ );
	} );

	test( 'an admin opens the Mentorship page and the app mounts', async ( {
		page,
		baseURL,
	} ) => {
		const errors: string[] = [];
		page.on( 'console', ( message ) => {
			if ( message.type() !== 'error' ) {
				return;
			}
			// The test site is offline: avatars and other remote resources cannot load.
			const source = message.location().url;
			const remote = !! source && ! source.startsWith( `${ baseURL }/` );
			if (
				remote &&
				message.text().startsWith( 'Failed to load resource' )
			) {
				return;
			}
			errors.push( `${ message.text() } (${ source })` );
		} );
		page.on( 'pageerror', ( error ) => errors.push( error.message ) );

		await page.goto( '/wp-admin/admin.php?page=mentorship-program' );

		const app = page.getByTestId( 'mentorship-admin-app' );
		await expect( app ).toBeVisible();
		await expect(
			app.getByRole( 'heading', { level: 1, name: 'Mentorship' } )
		).toBeVisible();
		// The top-level menu entry is there too.
		await expect(
			page.locator( '#toplevel_page_mentorship-program > a' )
		).toBeVisible();
		expect( errors ).toEqual( [] );
	} );

	test.describe( 'for an anonymous visitor', () => {
		test.use( { storageState: { cookies: [], origins: [] } } );

		let pageId = 0;

		test.afterAll( async ( { requestUtils } ) => {
			if ( pageId ) {
				await requestUtils.rest( {
					method: 'DELETE',
					path: `/wp/v2/pages/${ pageId }`,
					params: { force: true },
				} );
			}
		} );

		test( 'a page with the application form block shows the form', async ( {
			page,
			requestUtils,
		} ) => {
			const created = await requestUtils.rest< {
				id: number;
				link: string;
			} >( {
				method: 'POST',
				path: '/wp/v2/pages',
				data: {
					title: 'Apply for mentorship',
					status: 'publish',
					content: '<!-- wp:mentorship-program/application-form /-->',
				},
			} );
			pageId = created.id;

			await page.goto( created.link );

			// Anonymous: no toolbar, so the block renders for the public.
			await expect( page.locator( '#wpadminbar' ) ).toHaveCount( 0 );
			await expect(
				page.locator( '.wp-block-mentorship-program-application-form' )
			).toBeVisible();
		} );
	} );
} );
