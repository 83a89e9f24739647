<?php
/**
 * Published stories reach feeds and sitemaps; applicants' private data never does.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Tests\Stories;

require_once __DIR__ . '/Story_Helpers.php';

use Mentorship_Program\Stories\Stories;
use Mentorship_Program\Stories\Story_Post_Type;
use Mentorship_Program\Tests\Fixtures;
use Mentorship_Program\Tests\TestCase;

/**
 * Feeds, sitemaps, search and wp/v2 carry published stories only, and a story made
 * from an application carries nothing private.
 */
final class Story_Publicity_Test extends TestCase {

	use Fixtures;
	use Story_Helpers;

	public function test_published_stories_are_in_the_main_feed_and_their_own_feed(): void {
		$published = $this->make_story( array( 'post_title' => 'Feed story' ) );
		$pending   = $this->make_story(
			array(
				'post_title'  => 'Pending feed story',
				'post_status' => 'pending',
			)
		);
		$post      = wp_insert_post(
			array(
				'post_type'   => 'post',
				'post_status' => 'publish',
				'post_title'  => 'A plain post',
			)
		);

		$vars = apply_filters( 'request', array( 'feed' => 'rss2' ) );
		$this->assertSame( array( 'post', Story_Post_Type::POST_TYPE ), $vars['post_type'] );
		$feed = new \WP_Query( $vars );
		$ids  = wp_list_pluck( $feed->posts, 'ID' );
		$this->assertContains( $published, $ids );
		$this->assertContains( $post, $ids );
		$this->assertNotContains( $pending, $ids );

		// Category, search and other feeds are left alone.
		$this->assertArrayNotHasKey( 'post_type', apply_filters( 'request', array( 'feed' => 'rss2', 's' => 'x' ) ) );
		$this->assertArrayNotHasKey( 'post_type', apply_filters( 'request', array( 'p' => 1 ) ) );

		// The archive has a feed of its own.
		$this->assertStringContainsString( 'stories', (string) get_post_type_archive_feed_link( Story_Post_Type::POST_TYPE ) );
		$own = new \WP_Query(
			array(
				'feed'      => 'rss2',
				'post_type' => Story_Post_Type::POST_TYPE,
			)
		);
		$this->assertSame( array( $published ), array_map( 'intval', wp_list_pluck( $own->posts, 'ID' ) ) );
	}

	public function test_published_stories_are_in_the_sitemap_and_applications_are_not(): void {
		$published = $this->make_story( array( 'post_title' => 'Sitemap story' ) );
		$pending   = $this->make_story( array( 'post_status' => 'pending' ) );
		$provider  = wp_sitemaps_get_server()->registry->get_provider( 'posts' );
		$subtypes  = $provider->get_object_subtypes();
		$this->assertArrayHasKey( Story_Post_Type::POST_TYPE, $subtypes );
		$this->assertArrayNotHasKey( 'mp_mentee', $subtypes );
		$urls = wp_list_pluck( $provider->get_url_list( 1, Story_Post_Type::POST_TYPE ), 'loc' );
		$this->assertContains( get_permalink( $published ), $urls );
		$this->assertNotContains( get_permalink( $pending ), $urls );
	}

	public function test_a_story_from_an_application_reveals_nothing_private_anywhere(): void {
		$cohort = $this->make_cohort();
		$user   = $this->create_user( 'subscriber', array( 'display_name' => 'Grad User' ) );
		$app    = $this->make_graduate(
			$cohort['id'],
			$user,
			'graduated',
			array(
				'name'           => 'Pia Public',
				'email'          => 'pia.secret@example.com',
				'slack_username' => 'pia-chat-secret',
				'timezone'       => 'Pacific/Chatham',
				'region'         => 'Hidden Valley',
				'goals'          => 'Confidential goals',
			)
		);
		$story = Stories::create_draft_from_application(
			$app['id'],
			array(
				'title'   => 'Pia shares',
				'story'   => 'My journey.',
				'consent' => true,
			),
			$user
		);
		$this->assertIsArray( $story );
		wp_set_current_user( $this->create_user( 'editor' ) );
		wp_update_post(
			array(
				'ID'          => $story['id'],
				'post_status' => 'publish',
			)
		);
		$this->assertSame( 'publish', get_post_status( $story['id'] ) );
		wp_set_current_user( 0 );

		global $post;
		$post = get_post( $story['id'] ); // phpcs:ignore WordPress.WP.GlobalVariablesOverride.Prohibited -- the loop, as a template runs it.
		setup_postdata( $post );
		$outputs = array(
			'page'    => apply_filters( 'the_content', get_the_content() ),
			'grid'    => do_blocks( '<!-- wp:mentorship-program/stories /-->' ),
			'rest'    => wp_json_encode( $this->rest( 'GET', '/wp/v2/mentorship-stories/' . $story['id'] )->get_data() ),
			'list'    => wp_json_encode( $this->rest( 'GET', '/wp/v2/mentorship-stories' )->get_data() ),
			'search'  => wp_json_encode( $this->rest( 'GET', '/wp/v2/search', array( 'search' => 'Pia' ) )->get_data() ),
			'excerpt' => get_the_excerpt( $post ),
		);
		wp_reset_postdata();
		$this->assertStringContainsString( 'Pia Public', $outputs['page'], 'The name the graduate agreed to share is shown.' );
		foreach ( $outputs as $where => $text ) {
			foreach ( array( 'pia.secret', 'pia-chat-secret', 'Chatham', 'Hidden Valley', 'Confidential', '"participant_id"' ) as $needle ) {
				$this->assertStringNotContainsString( $needle, (string) $text, "Found $needle in $where" );
			}
		}
	}
}
