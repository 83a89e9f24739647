/**
 * A reader browses contributor stories: filters the grid by team with a plain form
 * (no JavaScript needed), pages through, and opens a story.
 */

/**
 * External dependencies
 */
import AxeBuilder from '@axe-core/playwright';

/**
 * WordPress dependencies
 */
import { test, expect } from '@wordpress/e2e-test-utils-playwright';

/**
 * Internal dependencies
 */
import { seedCohort, sitePhp } from './utils/seed';

// @axe-core/playwright types a Page of its own playwright-core version.
type AxeOptions = ConstructorParameters< typeof AxeBuilder >[ 0 ];

type SeedStory = {
	title: string;
	name: string;
	teams: string[];
	role?: string;
	excerpt?: string;
	cohort?: number;
	daysAgo: number;
};

/**
 * Publishes stories directly on the site.
 *
 * @param stories Stories.
 * @return Story IDs.
 */
function seedStories( stories: SeedStory[] ): number[] {
	return sitePhp< number[] >( `
		wp_set_current_user( 1 );
		$ids = array();
		foreach ( json_decode( ${ JSON.stringify( JSON.stringify( stories ) ).replace(
			/\$/g,
			'\\$'
		) }, true ) as $story ) {
			$id = wp_insert_post(
				wp_slash(
					array(
						'post_type'    => 'mentorship_story',
						'post_status'  => 'publish',
						'post_title'   => $story['title'],
						'post_excerpt' => $story['excerpt'] ?? '',
						'post_date'    => gmdate( 'Y-m-d H:i:s', time() - $story['daysAgo'] * DAY_IN_SECONDS ),
						'post_content' => "<!-- wp:mentorship-program/story-details /-->\\n\\n<!-- wp:paragraph -->\\n<p>" . esc_html( $story['title'] ) . " in my own words.</p>\\n<!-- /wp:paragraph -->\\n\\n<!-- wp:mentorship-program/journey-timeline /-->",
						'meta_input'   => array(
							'contributor_name'  => $story['name'],
							'program_role'      => $story['role'] ?? 'mentee',
							'consent_confirmed' => true,
							'milestones'        => array(
								array( 'date' => '2024-01-18', 'label' => 'Joined the cohort', 'kind' => 'joined_cohort' ),
								array( 'date' => '2024-02-29', 'label' => 'Graduated', 'kind' => 'graduated' ),
							),
						),
					)
				),
				true
			);
			if ( is_wp_error( $id ) ) {
				fwrite( STDERR, $id->get_error_message() );
				exit( 1 );
			}
			wp_set_object_terms( $id, $story['teams'], 'mentorship_team' );
			if ( ! empty( $story['cohort'] ) ) {
				wp_set_object_terms( $id, array( (int) $story['cohort'] ), 'mentorship_cohort' );
			}
			$ids[] = (int) $id;
		}
		echo "\\n" . wp_json_encode( $ids );
	` );
}

test.describe( 'A reader browses stories', () => {
	test.use( { storageState: { cookies: [], origins: [] } } );

	const stamp = Date.now();
	let pageUrl = '';
	let pageId = 0;
	let storyIds: number[] = [];

	test.beforeAll( async ( { requestUtils } ) => {
		const cohort = seedCohort( `Reader cohort ${ stamp }` );
		storyIds = seedStories( [
			{
				title: `Translating my way in ${ stamp }`,
				name: 'Lina Haddad',
				teams: [ 'polyglots' ],
				excerpt: 'Lina found her people in the Polyglots team.',
				cohort,
				daysAgo: 1,
			},
			{
				title: `Docs that helped me ${ stamp }`,
				name: 'Kofi Mensah',
				teams: [ 'docs' ],
				excerpt: 'Kofi rewrote the page that confused him first.',
				daysAgo: 2,
			},
			{
				title: `Docs and code ${ stamp }`,
				name: 'Marta Kowalska',
				teams: [ 'docs', 'core' ],
				role: 'mentor',
				daysAgo: 3,
			},
		] );
		const created = await requestUtils.rest< { id: number; link: string } >(
			{
				method: 'POST',
				path: '/wp/v2/pages',
				data: {
					title: `Stories ${ stamp }`,
					status: 'publish',
					content:
						'<!-- wp:mentorship-program/stories {"perPage":2} /-->',
				},
			}
		);
		pageId = created.id;
		pageUrl = created.link;
	} );

	test.afterAll( async ( { requestUtils } ) => {
		await requestUtils.rest( {
			method: 'DELETE',
			path: `/wp/v2/pages/${ pageId }`,
			params: { force: true },
		} );
		for ( const id of storyIds ) {
			await requestUtils.rest( {
				method: 'DELETE',
				path: `/wp/v2/mentorship-stories/${ id }`,
				params: { force: true },
			} );
		}
	} );

	test( 'the grid and its filters meet WCAG 2.2 AA', async ( { page } ) => {
		await page.goto(
			`${ pageUrl }${
				pageUrl.includes( '?' ) ? '&' : '?'
			}story_team=docs`
		);
		await expect(
			page.locator( '.wp-block-mentorship-program-stories article' )
		).toHaveCount( 2 );
		const axe = await new AxeBuilder( { page } as unknown as AxeOptions )
			.include( '.wp-block-mentorship-program-stories' )
			.withTags( [ 'wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa' ] )
			.analyze();
		expect( axe.violations.map( ( v ) => v.id ) ).toEqual( [] );
	} );

	// The grid is a plain form and plain links: it works without JavaScript.
	test.describe( 'without JavaScript', () => {
		test.use( { javaScriptEnabled: false } );

		test( 'filters the grid by team and opens a story', async ( {
			page,
		} ) => {
			await page.goto( pageUrl );
			const grid = page.locator( '.wp-block-mentorship-program-stories' );
			const filters = grid.getByRole( 'search', {
				name: 'Filter stories',
			} );
			await expect( filters ).toBeVisible();

			await filters
				.getByLabel( 'Team' )
				.selectOption( { label: 'Documentation' } );
			await filters
				.getByRole( 'button', { name: 'Show stories' } )
				.click();
			await expect( page ).toHaveURL( /story_team=docs/ );

			const cards = grid.getByRole( 'article' );
			await expect( cards ).toHaveCount( 2 );
			await expect( grid ).toContainText( '2 stories' );
			await expect( cards.first() ).toContainText( 'Kofi Mensah' );
			await expect( cards.first() ).toContainText(
				'Kofi rewrote the page that confused him first.'
			);
			await expect( grid ).not.toContainText( 'Lina Haddad' );
			await expect( filters.getByLabel( 'Team' ) ).toHaveValue( 'docs' );

			// Role and team together.
			await filters.getByLabel( 'Role' ).selectOption( 'mentor' );
			await filters
				.getByRole( 'button', { name: 'Show stories' } )
				.click();
			await expect( grid.getByRole( 'article' ) ).toHaveCount( 1 );
			await expect( grid ).toContainText( 'Marta Kowalska' );

			// Nothing matches: the empty state offers the way back.
			await filters
				.getByLabel( 'Team' )
				.selectOption( { label: 'Photos' } );
			await filters
				.getByRole( 'button', { name: 'Show stories' } )
				.click();
			await expect( grid ).toContainText(
				'No stories match these filters yet.'
			);
			await grid
				.getByRole( 'link', { name: 'Show all stories' } )
				.click();
			await expect( page ).not.toHaveURL( /story_team/ );

			// Two per page: the next page keeps going.
			await expect( grid.getByRole( 'article' ) ).toHaveCount( 2 );
			await grid
				.getByRole( 'navigation', { name: 'Pages of stories' } )
				.getByRole( 'link', { name: 'Older stories' } )
				.click();
			await expect( page ).toHaveURL( /story_page=2/ );
			await expect( grid.getByRole( 'article' ).first() ).toBeVisible();

			// Back to the docs stories and open one.
			await page.goto(
				`${ pageUrl }${
					pageUrl.includes( '?' ) ? '&' : '?'
				}story_team=docs`
			);
			await grid
				.getByRole( 'link', { name: `Docs that helped me ${ stamp }` } )
				.click();
			await expect(
				page.getByRole( 'heading', {
					level: 1,
					name: `Docs that helped me ${ stamp }`,
				} )
			).toBeVisible();
			const card = page.getByRole( 'complementary', {
				name: 'About the contributor',
			} );
			await expect( card ).toContainText( 'Kofi Mensah' );
			await expect(
				card.getByRole( 'link', { name: 'Documentation' } )
			).toBeVisible();
			await expect(
				page.locator(
					'.wp-block-mentorship-program-journey-timeline li'
				)
			).toHaveCount( 2 );

			// The team link leads to the stories archive, filtered the same way.
			await card.getByRole( 'link', { name: 'Documentation' } ).click();
			await expect( page ).toHaveURL( /\/stories\/\?story_team=docs/ );
			await expect(
				page.getByRole( 'heading', {
					level: 1,
					name: 'Contributor stories',
				} )
			).toBeVisible();
			await expect(
				page
					.locator( '.wp-block-mentorship-program-stories' )
					.getByRole( 'article' )
			).toHaveCount( 2 );
		} );
	} );
} );
