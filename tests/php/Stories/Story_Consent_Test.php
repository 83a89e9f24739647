<?php
/**
 * A story is published only with the contributor's consent.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Tests\Stories;

require_once __DIR__ . '/Story_Helpers.php';

use Mentorship_Program\Domain\Story_Post_Type;
use Mentorship_Program\Tests\TestCase;

/**
 * The block editor gets a clear error; every other path keeps the story unpublished.
 */
final class Story_Consent_Test extends TestCase {

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
				'meta'   => array( 'consent_confirmed' => false ),
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
			)
		);
		$this->assertSame( 'pending', get_post_status( $future ) );

		$with = wp_insert_post(
			array(
				'post_type'   => Story_Post_Type::POST_TYPE,
				'post_status' => 'publish',
				'post_title'  => 'Published from code with consent',
				'meta_input'  => array( 'consent_confirmed' => true ),
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
}
