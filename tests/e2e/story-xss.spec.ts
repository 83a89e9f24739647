/**
 * Script stored in a story's details, milestones, title or team name never runs: not
 * on the story, not in the stories grid, not in the editor.
 */

/**
 * External dependencies
 */
import type { Page } from '@playwright/test';

/**
 * WordPress dependencies
 */
import { test, expect } from '@wordpress/e2e-test-utils-playwright';

/**
 * Internal dependencies
 */
import { sitePhp } from './utils/seed';

/**
 * Collects every dialog a page opens (alert, confirm, prompt), dismissing it.
 *
 * @param page Page.
 * @return The messages seen so far.
 */
function watchDialogs( page: Page ): string[] {
	const seen: string[] = [];
	page.on( 'dialog', async ( dialog ) => {
		seen.push( dialog.message() );
		await dialog.dismiss();
	} );
	return seen;
}

test.describe( 'Stored script in a story stays inert', () => {
	const stamp = Date.now();
	let storyId = 0;
	let storyUrl = '';
	let gridUrl = '';
	let pageId = 0;

	test.beforeAll( async ( { requestUtils } ) => {
		// Story meta is written around the sanitisers, as an imported or old value could be.
		[ storyId ] = sitePhp< number[] >( `
			wp_set_current_user( 1 );
			global $wpdb;
			$term = wp_insert_term( '<img src=x onerror=alert("team")> XSS team ${ stamp }', 'mentorship_team' );
			$id = wp_insert_post(
				array(
					'post_type'    => 'mentorship_story',
					'post_status'  => 'publish',
					'post_title'   => 'XSS story ${ stamp }',
					'post_excerpt' => 'A quiet excerpt.',
					'post_content' => "<!-- wp:mentorship-program/story-details /-->\\n\\n<!-- wp:mentorship-program/journey-timeline /-->",
					'meta_input'   => array( 'consent_confirmed' => true ),
				),
				true
			);
			wp_set_object_terms( $id, array( (int) $term['term_id'] ), 'mentorship_team' );
			$raw = array(
				'contributor_name' => '<script>alert("name")</script><img src=x onerror=alert("name2")>',
				'wporg_username'   => 'javascript:alert("profile")',
				'location'         => '"><svg onload=alert("location")>',
				'program_role'     => '<script>alert("role")</script>',
				'languages'        => serialize( array( '<img src=x onerror=alert("lang")>' ) ),
				'milestones'       => serialize(
					array(
						array( 'date' => '2024-01-01', 'label' => 'First step <img src=x onerror=alert("label")>', 'kind' => '"><script>alert("kind")</script>' ),
					)
				),
			);
			foreach ( $raw as $key => $value ) {
				delete_post_meta( $id, $key );
				$wpdb->insert( $wpdb->postmeta, array( 'post_id' => $id, 'meta_key' => $key, 'meta_value' => $value ) );
			}
			clean_post_cache( $id );
			echo "\\n" . wp_json_encode( array( (int) $id ) );
		` );
		storyUrl = sitePhp< string >(
			`echo "\\n" . wp_json_encode( get_permalink( ${ storyId } ) );`
		);
		const grid = await requestUtils.rest< { id: number; link: string } >( {
			method: 'POST',
			path: '/wp/v2/pages',
			data: {
				title: `XSS grid ${ stamp }`,
				status: 'publish',
				content: '<!-- wp:mentorship-program/stories /-->',
			},
		} );
		pageId = grid.id;
		gridUrl = grid.link;
	} );

	test.afterAll( async ( { requestUtils } ) => {
		await requestUtils.rest( {
			method: 'DELETE',
			path: `/wp/v2/pages/${ pageId }`,
			params: { force: true },
		} );
		await requestUtils.rest( {
			method: 'DELETE',
			path: `/wp/v2/mentorship-stories/${ storyId }`,
			params: { force: true },
		} );
	} );

	test.describe( 'for readers', () => {
		test.use( { storageState: { cookies: [], origins: [] } } );

		test( 'the story and the grid show the payloads as text', async ( {
			page,
		} ) => {
			const dialogs = watchDialogs( page );
			await page.goto( storyUrl );
			const card = page.getByRole( 'complementary', {
				name: 'About the contributor',
			} );
			await expect( card ).toContainText(
				'<script>alert("name")</script>'
			);
			await expect(
				page.locator(
					'.wp-block-mentorship-program-journey-timeline li'
				)
			).toHaveText( /First step/ );
			await expect(
				card.locator( 'a[href^="javascript:"]' )
			).toHaveCount( 0 );

			await page.goto( gridUrl );
			await expect(
				page
					.locator( '.wp-block-mentorship-program-stories' )
					.getByRole( 'link', {
						name: new RegExp( `XSS story ${ stamp }` ),
					} )
			).toBeVisible();
			await expect(
				page.locator( '.wp-block-mentorship-program-stories' )
			).toContainText( 'XSS team' );
			expect( dialogs ).toEqual( [] );
			await page.goto( storyUrl );
			expect(
				await page
					.locator(
						'.wp-block-mentorship-program-story-details script, .wp-block-mentorship-program-story-details svg, .wp-block-mentorship-program-story-details img'
					)
					.count()
			).toBe( 0 );
		} );
	} );

	test( 'the editor shows them as text too', async ( {
		page,
		admin,
		editor,
	} ) => {
		const dialogs = watchDialogs( page );
		await admin.visitAdminPage(
			'post.php',
			`post=${ storyId }&action=edit`
		);
		const details = editor.canvas.locator(
			'.wp-block-mentorship-program-story-details'
		);
		await expect( details.getByLabel( 'Contributor name' ) ).toHaveValue(
			/<script>alert\("name"\)<\/script>/
		);
		await expect( details.getByLabel( 'Location (optional)' ) ).toHaveValue(
			/svg onload/
		);
		expect( dialogs ).toEqual( [] );
	} );
} );
