<?php
/**
 * A story is published only with the contributor's consent.
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
 * The block editor gets a clear error; every other path keeps a story about a
 * contributor unpublished until their consent is recorded. A story that names nobody
 * is published by whoever may publish.
 */
final class Story_Consent_Test extends TestCase {

	use Fixtures;
	use Story_Helpers;

	protected function setUp(): void {
		parent::setUp();
		wp_set_current_user( $this->create_user( 'editor' ) );
	}

	public function test_publishing_without_consent_is_refused_with_a_clear_error(): void {
		$response = $this->rest(
			'POST',
			'/wp/v2/mentorship-stories',
			array(
				'title'  => 'No consent yet',
				'status' => 'publish',
				'meta'   => array( 'contributor_name' => 'Ana' ),
			)
		);
		$this->assertErrorResponse( 400, $response, 'mentorship_story_consent_required' );
		$this->assertStringContainsString( 'agreed to its publication', $response->get_data()['message'] );
		$this->assertArrayHasKey( 'meta.consent_confirmed', $response->get_data()['data']['params'] );
		$this->assertSame( 0, (int) wp_count_posts( Story_Post_Type::POST_TYPE )->publish );

		// Explicitly false is refused as well.
		$response = $this->rest(
			'POST',
			'/wp/v2/mentorship-stories',
			array(
				'title'  => 'Consent withheld',
				'status' => 'publish',
				'meta'   => array(
					'wporg_username'    => 'ana',
					'consent_confirmed' => false,
				),
			)
		);
		$this->assertErrorResponse( 400, $response, 'mentorship_story_consent_required' );
	}

	public function test_consent_given_in_the_same_save_publishes(): void {
		$response = $this->rest(
			'POST',
			'/wp/v2/mentorship-stories',
			array(
				'title'  => 'With consent',
				'status' => 'publish',
				'meta'   => array( 'consent_confirmed' => true ),
			)
		);
		$this->assertSame( 201, $response->get_status(), (string) wp_json_encode( $response->get_data() ) );
		$this->assertSame( 'publish', $response->get_data()['status'] );
		$this->assertTrue( $response->get_data()['meta']['consent_confirmed'] );
	}

	public function test_a_draft_is_published_once_consent_is_stored(): void {
		$draft = $this->make_story( array( 'post_status' => 'draft' ), array( 'consent_confirmed' => false ) );

		$refused = $this->rest( 'POST', '/wp/v2/mentorship-stories/' . $draft, array( 'status' => 'publish' ) );
		$this->assertErrorResponse( 400, $refused, 'mentorship_story_consent_required' );
		$this->assertSame( 'draft', get_post_status( $draft ) );

		// Drafts can still be saved without consent.
		$saved = $this->rest( 'POST', '/wp/v2/mentorship-stories/' . $draft, array( 'title' => 'Still a draft' ) );
		$this->assertSame( 200, $saved->get_status(), (string) wp_json_encode( $saved->get_data() ) );

		update_post_meta( $draft, 'consent_confirmed', true );
		$published = $this->rest( 'POST', '/wp/v2/mentorship-stories/' . $draft, array( 'status' => 'publish' ) );
		$this->assertSame( 200, $published->get_status(), (string) wp_json_encode( $published->get_data() ) );
		$this->assertSame( 'publish', get_post_status( $draft ) );
	}

	public function test_withdrawing_consent_on_a_published_story_is_refused_through_rest(): void {
		$story    = $this->make_story();
		$response = $this->rest( 'POST', '/wp/v2/mentorship-stories/' . $story, array( 'meta' => array( 'consent_confirmed' => false ) ) );
		$this->assertErrorResponse( 400, $response, 'mentorship_story_consent_required' );
		$this->assertTrue( (bool) get_post_meta( $story, 'consent_confirmed', true ) );

		// Unpublishing and withdrawing together is fine.
		$response = $this->rest(
			'POST',
			'/wp/v2/mentorship-stories/' . $story,
			array(
				'status' => 'draft',
				'meta'   => array( 'consent_confirmed' => false ),
			)
		);
		$this->assertSame( 200, $response->get_status(), (string) wp_json_encode( $response->get_data() ) );
		$this->assertFalse( (bool) get_post_meta( $story, 'consent_confirmed', true ) );
	}

	public function test_other_code_paths_keep_a_story_without_consent_unpublished(): void {
		$id = wp_insert_post(
			array(
				'post_type'   => Story_Post_Type::POST_TYPE,
				'post_status' => 'publish',
				'post_title'  => 'Published from code',
				'meta_input'  => array( 'contributor_name' => 'Ana' ),
			)
		);
		$this->assertSame( 'pending', get_post_status( $id ) );
		$this->assertNotFalse( get_transient( 'mentorship_story_consent_' . get_current_user_id() ), 'The admin screens say why.' );

		ob_start();
		( new Story_Post_Type() )->consent_notice();
		$this->assertStringContainsString( 'cannot be published yet', (string) ob_get_clean() );

		$future = wp_insert_post(
			array(
				'post_type'   => Story_Post_Type::POST_TYPE,
				'post_status' => 'future',
				'post_date'   => gmdate( 'Y-m-d H:i:s', time() + DAY_IN_SECONDS ),
				'post_title'  => 'Scheduled without consent',
				'meta_input'  => array( 'contributor_name' => 'Ana' ),
			)
		);
		$this->assertSame( 'pending', get_post_status( $future ) );

		$with = wp_insert_post(
			array(
				'post_type'   => Story_Post_Type::POST_TYPE,
				'post_status' => 'publish',
				'post_title'  => 'Published from code with consent',
				'meta_input'  => array(
					'contributor_name'  => 'Ana',
					'consent_confirmed' => true,
				),
			)
		);
		$this->assertSame( 'publish', get_post_status( $with ) );

		// Withdrawn consent: the next save takes it off the site.
		update_post_meta( $with, 'consent_confirmed', false );
		wp_update_post(
			array(
				'ID'         => $with,
				'post_title' => 'Edited',
			)
		);
		$this->assertSame( 'pending', get_post_status( $with ) );
	}

	public function test_an_editor_publishes_a_story_that_names_nobody_from_code(): void {
		// What other tools do (Plugin Check's runtime checks create one such post per
		// public post type, then read it back as a published post and open its URL).
		$id = wp_insert_post(
			array(
				'post_type'    => Story_Post_Type::POST_TYPE,
				'post_status'  => 'publish',
				'post_title'   => 'Demo story',
				'post_content' => 'Demo content.',
			),
			true
		);
		$this->assertIsInt( $id );
		$this->assertSame( 'publish', get_post_status( $id ) );
		$found = get_posts(
			array(
				'posts_per_page' => 1,
				'post_type'      => Story_Post_Type::POST_TYPE,
				'post_status'    => array( 'publish', 'inherit' ),
			)
		);
		$this->assertSame( array( $id ), wp_list_pluck( $found, 'ID' ) );
		$url = get_permalink( $found[0] );
		$this->assertIsString( $url );
		$this->assertSame( $id, url_to_postid( $url ), 'The permalink leads back to the story.' );
		$this->assertFalse( get_transient( 'mentorship_story_consent_' . get_current_user_id() ), 'No consent notice for a story about nobody.' );

		// The same from code running with no user (cron, WP-CLI, another plugin's set-up).
		wp_set_current_user( 0 );
		$system = wp_insert_post(
			array(
				'post_type'   => Story_Post_Type::POST_TYPE,
				'post_status' => 'publish',
				'post_title'  => 'Demo story, no user',
			)
		);
		$this->assertSame( 'publish', get_post_status( $system ) );

		// Publishing stays an editor's right: a contributor's story waits for review.
		wp_set_current_user( $this->create_user( 'contributor' ) );
		$submitted = wp_insert_post(
			array(
				'post_type'   => Story_Post_Type::POST_TYPE,
				'post_status' => 'publish',
				'post_title'  => 'From a contributor',
			)
		);
		$this->assertSame( 'pending', get_post_status( $submitted ) );
	}

	public function test_a_graduates_story_is_never_published_without_their_consent(): void {
		$cohort = $this->make_cohort( array( 'starts_on' => gmdate( 'Y-m-d', time() - 50 * DAY_IN_SECONDS ) ) );
		$user   = $this->create_user( 'subscriber' );
		$app    = $this->make_graduate( $cohort['id'], $user, 'graduated', array( 'name' => 'Ana Lima' ) );

		// An editor links a story to the graduate from code, with no consent recorded.
		$linked = wp_insert_post(
			array(
				'post_type'   => Story_Post_Type::POST_TYPE,
				'post_status' => 'publish',
				'post_title'  => 'About Ana',
				'meta_input'  => array( 'participant_id' => $app['id'] ),
			)
		);
		$this->assertSame( 'pending', get_post_status( $linked ) );

		// Nor from code with no user.
		wp_set_current_user( 0 );
		$system = wp_insert_post(
			array(
				'post_type'   => Story_Post_Type::POST_TYPE,
				'post_status' => 'publish',
				'post_title'  => 'About Ana, no user',
				'meta_input'  => array( 'wporg_username' => 'analima' ),
			)
		);
		$this->assertSame( 'pending', get_post_status( $system ) );

		// The graduate shares their own story with consent; they withdraw it before review.
		$story = Stories::create_draft_from_application(
			$app['id'],
			array(
				'title'   => 'How I found my team',
				'story'   => 'I started at a meetup.',
				'consent' => true,
			),
			$user
		);
		$this->assertIsArray( $story );
		update_post_meta( $story['id'], 'consent_confirmed', false );
		// Clearing the name does not make it a story about nobody: it is still linked.
		update_post_meta( $story['id'], 'contributor_name', '' );
		update_post_meta( $story['id'], 'wporg_username', '' );

		wp_set_current_user( $this->create_user( 'editor' ) );
		wp_update_post(
			array(
				'ID'          => $story['id'],
				'post_status' => 'publish',
			)
		);
		$this->assertSame( 'pending', get_post_status( $story['id'] ) );
		$refused = $this->rest( 'POST', '/wp/v2/mentorship-stories/' . $story['id'], array( 'status' => 'publish' ) );
		$this->assertErrorResponse( 400, $refused, 'mentorship_story_consent_required' );

		update_post_meta( $story['id'], 'consent_confirmed', true );
		wp_update_post(
			array(
				'ID'          => $story['id'],
				'post_status' => 'publish',
			)
		);
		$this->assertSame( 'publish', get_post_status( $story['id'] ) );
	}
}
