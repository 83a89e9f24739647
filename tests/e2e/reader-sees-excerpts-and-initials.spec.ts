/**
 * A reader of the public pages: story cards read as sentences (the template's headings
 * are not run into the text), and the mentors and graduates wall shows initials made of
 * letters, never of emoji or symbols in a name.
 */

/**
 * WordPress dependencies
 */
import { test, expect } from '@wordpress/e2e-test-utils-playwright';

/**
 * Internal dependencies
 */
import { seedCohort, sitePhp } from './utils/seed';

test.describe( 'A reader of the public pages', () => {
	test.use( { storageState: { cookies: [], origins: [] } } );

	const run = Date.now().toString( 36 );
	const pages: number[] = [];
	let gridLink = '';
	let wallLink = '';

	test.beforeAll( async ( { requestUtils } ) => {
		const cohort = seedCohort( `Readers ${ run }` );
		sitePhp( `
			wp_set_current_user( 1 );
			add_filter( 'mentorship_program_queue_mail', '__return_false' );
			foreach ( array( 'Nadia 🌺 Okafor', '佐藤🎌 花子' ) as $i => $name ) {
				$app = \\Mentorship_Program\\Applications\\Applications::create(
					'mentee',
					array( 'name' => $name, 'email' => 'reader-' . $i . '-${ run }@example.org', 'timezone' => 'Asia/Tokyo', 'languages' => array( 'ja' ), 'experience' => 'new', 'goals' => 'Learn.', 'hours_per_week' => 2, 'format' => 'any', 'public_recognition' => true, 'consent_coc' => true, 'consent_privacy' => true ),
					${ cohort }
				);
				foreach ( array( 'in_review', 'accepted', 'active', 'graduated' ) as $stage ) {
					\\Mentorship_Program\\Applications\\Applications::transition( (int) $app['id'], $stage, array( 'allow_unassigned' => true ) );
				}
			}
			wp_insert_post(
				array(
					'post_type'    => 'mentorship_story',
					'post_status'  => 'publish',
					'post_title'   => 'Headings apart ${ run }',
					'post_content' => '<!-- wp:heading --><h2 class="wp-block-heading">What I did</h2><!-- /wp:heading --><!-- wp:paragraph --><p>I translated the handbook.</p><!-- /wp:paragraph --><!-- wp:heading --><h2 class="wp-block-heading">What I learned</h2><!-- /wp:heading --><!-- wp:paragraph --><p>Small steps add up.</p><!-- /wp:paragraph -->',
				)
			);
			echo "\\n" . wp_json_encode( true );
		` );
		for ( const [ title, content ] of [
			[
				`Stories ${ run }`,
				'<!-- wp:mentorship-program/stories {"perPage":50} /-->',
			],
			[
				`Wall ${ run }`,
				`<!-- wp:mentorship-program/recognition-wall {"cohort":${ cohort }} /-->`,
			],
		] ) {
			const created = await requestUtils.rest< {
				id: number;
				link: string;
			} >( {
				method: 'POST',
				path: '/wp/v2/pages',
				data: { title, status: 'publish', content },
			} );
			pages.push( created.id );
			if ( title.startsWith( 'Stories' ) ) {
				gridLink = created.link;
			} else {
				wallLink = created.link;
			}
		}
	} );

	test.afterAll( async ( { requestUtils } ) => {
		for ( const id of pages ) {
			await requestUtils.rest( {
				method: 'DELETE',
				path: `/wp/v2/pages/${ id }`,
				params: { force: true },
			} );
		}
	} );

	test( 'story cards show the paragraphs, not the headings run into them', async ( {
		page,
	} ) => {
		await page.goto( gridLink );
		const card = page
			.locator( '.mentorship-story-card' )
			.filter( { hasText: `Headings apart ${ run }` } );
		const excerpt = card.locator( '.mentorship-story-card-excerpt' );
		await expect( excerpt ).toContainText( 'I translated the handbook.' );
		await expect( excerpt ).not.toContainText( 'What I did' );
		await expect( excerpt ).not.toContainText( 'handbook.What' );
	} );

	test( 'the wall shows initials made of letters', async ( { page } ) => {
		await page.goto( wallLink );
		const person = ( name: string ) =>
			page
				.locator( '.mentorship-wall-person' )
				.filter( { hasText: name } )
				.locator( '.mentorship-wall-initials' );
		await expect( person( 'Okafor' ) ).toHaveText( 'NO' );
		await expect( person( '花子' ) ).toHaveText( '佐花' );
	} );
} );
