<?php
/**
 * The story blocks render what readers need, accessibly, and nothing a payload could run.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Tests\Stories;

require_once __DIR__ . '/Story_Helpers.php';

use Mentorship_Program\Stories\Story_Post_Type;
use Mentorship_Program\Teams\Taxonomies;
use Mentorship_Program\Tests\Fixtures;
use Mentorship_Program\Tests\TestCase;

/**
 * Details card, journey timeline and stories grid.
 */
final class Story_Blocks_Test extends TestCase {

	use Fixtures;
	use Story_Helpers;

	/**
	 * Markup that would run script if it reached the page unescaped.
	 */
	private const PAYLOADS = array(
		'<script>alert(1)</script>',
		'"><img src=x onerror=alert(2)>',
		"'><svg onload=alert(3)>",
		'javascript:alert(4)',
	);

	/**
	 * Asserts that HTML holds no element or attribute that runs script.
	 *
	 * @param string $html HTML.
	 */
	private function assertInert( string $html ): void {
		$x = $this->xpath( $html );
		$this->assertSame( 0, $x->query( '//script | //svg | //img[@onerror] | //*[@onload] | //*[@onerror]' )->length, $html );
		foreach ( $x->query( '//a/@href' ) as $href ) {
			$this->assertStringStartsNotWith( 'javascript:', strtolower( trim( $href->value ) ), $html );
		}
		$this->assertDoesNotMatchRegularExpression( '/<script|<svg|<img[^>]+onerror/i', $html );
	}

	public function test_details_card_shows_the_contributor_profile_teams_cohort_and_role(): void {
		$cohort = $this->make_cohort( array( 'name' => 'Spring Cohort' ) );
		$story  = $this->make_story(
			array(),
			array(
				'contributor_name' => 'Ana Lima',
				'wporg_username'   => 'analima',
				'program_role'     => 'mentee',
				'languages'        => array( 'pt-BR', 'en' ),
				'location'         => 'Lisbon',
			),
			array(
				Taxonomies::TEAM   => array( 'core', 'polyglots' ),
				Taxonomies::COHORT => array( (int) $cohort['id'] ),
			)
		);
		$html = $this->render_in_story( 'mentorship-program/story-details', $story );
		$x    = $this->xpath( $html );
		$this->assertSame( 1, $x->query( '//aside[@aria-label="About the contributor"]' )->length, $html );
		$this->assertStringContainsString( 'Ana Lima', $html );
		$this->assertSame( 'https://profiles.wordpress.org/analima/', $x->query( '//a[contains(., "@analima")]/@href' )->item( 0 )->value );
		$this->assertStringContainsString( 'Mentee', $html );
		$this->assertSame( 1, $x->query( '//a[contains(@href, "story_team=core")]' )->length );
		$this->assertSame( 1, $x->query( '//a[contains(@href, "story_cohort=") and . = "Spring Cohort"]' )->length );
		$this->assertStringContainsString( 'Lisbon', $html );
		$this->assertSame( 6, $x->query( '//dl/div/dt' )->length );

		// Outside a story the block renders nothing.
		$page = wp_insert_post(
			array(
				'post_type'   => 'page',
				'post_status' => 'publish',
				'post_title'  => 'Not a story',
			)
		);
		$this->assertSame( '', trim( $this->render_in_story( 'mentorship-program/story-details', $page ) ) );
	}

	public function test_timeline_is_an_ordered_list_with_machine_readable_dates(): void {
		$story = $this->make_story(
			array(),
			array(
				'milestones' => array(
					array(
						'date'  => '2024-02-29',
						'label' => 'Graduated',
						'kind'  => 'graduated',
					),
					array(
						'date'  => '2023-11-04',
						'label' => 'First meetup',
						'kind'  => 'other',
					),
				),
			)
		);
		$html = $this->render_in_story( 'mentorship-program/journey-timeline', $story, array( 'heading' => 'How it went' ) );
		$x    = $this->xpath( $html );
		$this->assertSame( 1, $x->query( '//section[@aria-labelledby]/h2[. = "How it went"]' )->length, $html );
		$items = $x->query( '//ol/li' );
		$this->assertSame( 2, $items->length );
		$this->assertSame( '2023-11-04', $x->query( './/time/@datetime', $items->item( 0 ) )->item( 0 )->value, 'Oldest first.' );
		$this->assertSame( '2024-02-29', $x->query( './/time/@datetime', $items->item( 1 ) )->item( 0 )->value );
		$this->assertStringContainsString( 'is-kind-graduated', $html );

		// No milestones, no empty section.
		$this->assertSame( '', trim( $this->render_in_story( 'mentorship-program/journey-timeline', $this->make_story() ) ) );
	}

	public function test_payloads_stored_in_meta_render_inert(): void {
		$story = $this->make_story(
			array( 'post_title' => self::PAYLOADS[1] . ' title' ),
			array(),
			array( Taxonomies::TEAM => array( 'core' ) )
		);
		// Write around the sanitisers, as an old or imported value would be stored.
		global $wpdb;
		$raw = array(
			'contributor_name' => implode( ' ', self::PAYLOADS ),
			'wporg_username'   => self::PAYLOADS[3],
			'location'         => self::PAYLOADS[1],
			'program_role'     => self::PAYLOADS[0],
			'languages'        => maybe_serialize( self::PAYLOADS ),
			'milestones'       => maybe_serialize(
				array(
					array(
						'date'  => '2024-01-01',
						'label' => self::PAYLOADS[0] . self::PAYLOADS[2],
						'kind'  => self::PAYLOADS[1],
					),
					array(
						'date'  => '"><script>alert(5)</script>',
						'label' => 'x',
						'kind'  => 'other',
					),
				)
			),
		);
		foreach ( $raw as $key => $value ) {
			delete_post_meta( $story, $key );
			$wpdb->insert( // phpcs:ignore WordPress.DB.DirectDatabaseQuery -- bypassing sanitisers on purpose.
				$wpdb->postmeta,
				array(
					'post_id'    => $story,
					'meta_key'   => $key, // phpcs:ignore WordPress.DB.SlowDBQuery.slow_db_query_meta_key
					'meta_value' => $value, // phpcs:ignore WordPress.DB.SlowDBQuery.slow_db_query_meta_value
				)
			);
		}
		wp_cache_delete( $story, 'post_meta' );
		$term = wp_insert_term( self::PAYLOADS[0] . ' team', Taxonomies::TEAM );
		wp_set_object_terms( $story, array( (int) $term['term_id'] ), Taxonomies::TEAM, true );

		$details  = $this->render_in_story( 'mentorship-program/story-details', $story );
		$timeline = $this->render_in_story( 'mentorship-program/journey-timeline', $story );
		$grid     = do_blocks( '<!-- wp:mentorship-program/stories /-->' );
		$this->assertStringContainsString( 'Contributor', $details );
		$this->assertStringContainsString( '&lt;', $timeline . $details . $grid, 'Payloads are shown as text.' );
		$this->assertInert( $details );
		$this->assertInert( $timeline );
		$this->assertInert( $grid );
		$this->assertSame( 1, $this->xpath( $timeline )->query( '//ol/li' )->length, 'A milestone with a broken date is not shown.' );
	}

	public function test_kses_applies_to_users_without_unfiltered_html(): void {
		$roles = array( 'contributor' );
		if ( is_multisite() ) {
			$roles[] = 'editor';
			$roles[] = 'administrator';
		}
		foreach ( $roles as $role ) {
			wp_set_current_user( $this->create_user( $role ) );
			$this->assertFalse( current_user_can( 'unfiltered_html' ), $role );
			$response = $this->rest(
				'POST',
				'/wp/v2/mentorship-stories',
				array(
					'title'   => 'Story <script>alert(1)</script>',
					'status'  => 'pending',
					'content' => "<!-- wp:mentorship-program/story-details /-->\n\n<!-- wp:paragraph -->\n<p>Hi<script>alert(1)</script><img src=x onerror=alert(2)></p>\n<!-- /wp:paragraph -->",
					'excerpt' => '<img src=x onerror=alert(3)>Short',
					'meta'    => array(
						'contributor_name' => '<b onmouseover=alert(4)>Eve</b>',
						'milestones'       => array(
							array(
								'date'  => '2024-01-01',
								'label' => '<script>alert(5)</script>Start',
								'kind'  => 'other',
							),
						),
					),
				)
			);
			$this->assertSame( 201, $response->get_status(), $role . ' ' . wp_json_encode( $response->get_data() ) );
			$post = get_post( $response->get_data()['id'] );
			$this->assertStringNotContainsString( '<script', $post->post_content, $role );
			$this->assertStringNotContainsString( 'onerror', $post->post_content, $role );
			$this->assertStringContainsString( '<!-- wp:mentorship-program/story-details /-->', $post->post_content, 'Block markup survives.' );
			$this->assertStringNotContainsString( '<script', $post->post_title, $role );
			$this->assertStringNotContainsString( 'onerror', $post->post_excerpt, $role );
			$this->assertSame( 'Eve', get_post_meta( $post->ID, 'contributor_name', true ) );
			$this->assertSame( 'Start', get_post_meta( $post->ID, 'milestones', true )[0]['label'] );
		}
	}

	public function test_the_grid_lists_published_stories_and_filters_with_a_plain_get_form(): void {
		$cohort = $this->make_cohort( array( 'slug' => 'grid-cohort' ) );
		$core   = $this->make_story( array( 'post_title' => 'Core journey', 'post_excerpt' => 'Patches and reviews.' ), array( 'program_role' => 'mentee' ), array( Taxonomies::TEAM => array( 'core' ), Taxonomies::COHORT => array( (int) $cohort['id'] ) ) );
		$docs   = $this->make_story( array( 'post_title' => 'Docs journey' ), array( 'program_role' => 'mentor' ), array( Taxonomies::TEAM => array( 'docs' ) ) );
		$this->make_story( array( 'post_title' => 'Pending journey', 'post_status' => 'pending' ), array(), array( Taxonomies::TEAM => array( 'core' ) ) );
		$_SERVER['REQUEST_URI'] = '/contributor-stories/?page_id=7';

		$html = do_blocks( '<!-- wp:mentorship-program/stories /-->' );
		$x    = $this->xpath( $html );
		$form = $x->query( '//form[@method="get"][@role="search"]' );
		$this->assertSame( 1, $form->length );
		$this->assertSame( '/contributor-stories/', $form->item( 0 )->getAttribute( 'action' ) );
		$this->assertSame( 1, $x->query( '//form//input[@type="hidden"][@name="page_id"][@value="7"]' )->length, 'Other query arguments are kept.' );
		foreach ( array( 'story_team', 'story_cohort', 'story_role' ) as $name ) {
			$select = $x->query( '//select[@name="' . $name . '"]' )->item( 0 );
			$this->assertNotNull( $select, $name );
			$this->assertSame( 1, $x->query( '//label[@for="' . $select->getAttribute( 'id' ) . '"]' )->length, $name );
		}
		$titles = array_map( static fn( $n ) => trim( $n->textContent ), iterator_to_array( $x->query( '//article//h2/a' ) ) );
		$this->assertEqualsCanonicalizing( array( 'Core journey', 'Docs journey' ), $titles );
		$this->assertStringContainsString( 'Patches and reviews.', $html );
		$this->assertSame( 2, $x->query( '//article[@aria-labelledby]' )->length );

		$_GET = array( 'story_team' => 'core' );
		$x    = $this->xpath( do_blocks( '<!-- wp:mentorship-program/stories /-->' ) );
		$this->assertSame( array( 'Core journey' ), array_map( static fn( $n ) => trim( $n->textContent ), iterator_to_array( $x->query( '//article//h2/a' ) ) ) );
		$this->assertSame( 'core', $x->query( '//select[@name="story_team"]/option[@selected]/@value' )->item( 0 )->value );
		$this->assertSame( 1, $x->query( '//a[contains(@class, "mentorship-stories-clear")]' )->length );

		$_GET = array( 'story_role' => 'mentor' );
		$x    = $this->xpath( do_blocks( '<!-- wp:mentorship-program/stories /-->' ) );
		$this->assertSame( array( 'Docs journey' ), array_map( static fn( $n ) => trim( $n->textContent ), iterator_to_array( $x->query( '//article//h2/a' ) ) ) );

		$_GET = array( 'story_cohort' => 'grid-cohort' );
		$x    = $this->xpath( do_blocks( '<!-- wp:mentorship-program/stories /-->' ) );
		$this->assertSame( array( 'Core journey' ), array_map( static fn( $n ) => trim( $n->textContent ), iterator_to_array( $x->query( '//article//h2/a' ) ) ) );

		// Unknown values are ignored, never echoed.
		$_GET = array(
			'story_team' => '"><script>alert(1)</script>',
			'story_role' => 'nobody',
		);
		$html = do_blocks( '<!-- wp:mentorship-program/stories /-->' );
		$this->assertStringNotContainsString( 'alert(1)', $html );
		$this->assertSame( 2, $this->xpath( $html )->query( '//article' )->length );

		// Empty state.
		$_GET = array( 'story_team' => 'photos' );
		$html = do_blocks( '<!-- wp:mentorship-program/stories /-->' );
		$this->assertStringContainsString( 'No stories match these filters yet.', $html );
		$this->assertSame( 0, $this->xpath( $html )->query( '//article' )->length );
		unset( $docs, $core );
	}

	public function test_the_grid_pages_with_links_that_keep_the_filters(): void {
		for ( $i = 1; $i <= 5; $i++ ) {
			$this->make_story(
				array(
					'post_title' => 'Story ' . $i,
					'post_date'  => gmdate( 'Y-m-d H:i:s', time() - ( 10 - $i ) * HOUR_IN_SECONDS ),
				),
				array(),
				array( Taxonomies::TEAM => array( 'core' ) )
			);
		}
		$_SERVER['REQUEST_URI'] = '/stories/';
		$_GET                   = array( 'story_team' => 'core' );
		$html                   = do_blocks( '<!-- wp:mentorship-program/stories {"perPage":2,"layout":"list","headingLevel":3} /-->' );
		$x                      = $this->xpath( $html );
		$this->assertSame( array( 'Story 5', 'Story 4' ), array_map( static fn( $n ) => trim( $n->textContent ), iterator_to_array( $x->query( '//article//h3/a' ) ) ) );
		$this->assertStringContainsString( 'is-layout-list', $html );
		$nav = $x->query( '//nav[@aria-label="Pages of stories"]' );
		$this->assertSame( 1, $nav->length );
		$this->assertSame( 1, $x->query( '//nav//*[@aria-current="page"]' )->length );
		$next = $x->query( '//nav//a[contains(@class, "next")]/@href' )->item( 0 )->value;
		$this->assertStringContainsString( 'story_page=2', $next );
		$this->assertStringContainsString( 'story_team=core', $next );

		$_GET = array(
			'story_team' => 'core',
			'story_page' => '3',
		);
		$x    = $this->xpath( do_blocks( '<!-- wp:mentorship-program/stories {"perPage":2,"headingLevel":3} /-->' ) );
		$this->assertSame( array( 'Story 1' ), array_map( static fn( $n ) => trim( $n->textContent ), iterator_to_array( $x->query( '//article//h3/a' ) ) ) );
	}

	public function test_a_story_renders_its_details_and_timeline_in_the_loop(): void {
		$story = $this->make_story(
			array( 'post_title' => 'Template story' ),
			array(
				'contributor_name' => 'Tem Plate',
				'milestones'       => array(
					array(
						'date'  => '2024-01-01',
						'label' => 'Start',
						'kind'  => 'joined_cohort',
					),
				),
			)
		);
		global $post;
		$post = get_post( $story ); // phpcs:ignore WordPress.WP.GlobalVariablesOverride.Prohibited -- the loop, as a template runs it.
		setup_postdata( $post );
		$html = apply_filters( 'the_content', get_the_content() );
		wp_reset_postdata();
		$this->assertStringContainsString( 'Tem Plate', $html );
		$this->assertMatchesRegularExpression( '/<time [^>]*datetime="2024-01-01"/', $html );
		$this->assertSame( Story_Post_Type::POST_TYPE, get_post_type( $story ) );
	}
}
