<?php
/**
 * Who may submit, publish and link a participant to a story.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Tests\Stories;

require_once __DIR__ . '/Story_Helpers.php';

use Mentorship_Program\Stories\Story_Post_Type;
use Mentorship_Program\Tests\Fixtures;
use Mentorship_Program\Tests\TestCase;

/**
 * Contributors submit for review only; editors publish; subscribers write nothing;
 * only reviewers see or set the linked application.
 */
final class Story_Permissions_Test extends TestCase {

	use Fixtures;
	use Story_Helpers;

	/**
	 * Creates a story through wp/v2 as the current user.
	 *
	 * @param array<string, mixed> $data Fields.
	 * @return \WP_REST_Response
	 */
	private function create( array $data ): \WP_REST_Response {
		return $this->rest(
			'POST',
			'/wp/v2/mentorship-stories',
			array_merge(
				array(
					'title'   => 'My journey',
					'content' => '<!-- wp:paragraph --><p>Hello.</p><!-- /wp:paragraph -->',
					'meta'    => array( 'consent_confirmed' => true ),
				),
				$data
			)
		);
	}

	public function test_contributors_submit_for_review_but_cannot_publish(): void {
		wp_set_current_user( $this->create_user( 'contributor' ) );

		$this->assertErrorResponse( 403, $this->create( array( 'status' => 'publish' ) ), 'rest_cannot_publish' );
		$this->assertErrorResponse( 403, $this->create( array( 'status' => 'future', 'date' => gmdate( 'Y-m-d\TH:i:s', time() + DAY_IN_SECONDS ) ) ), 'rest_cannot_publish' );

		$pending = $this->create( array( 'status' => 'pending' ) );
		$this->assertSame( 201, $pending->get_status(), (string) wp_json_encode( $pending->get_data() ) );
		$this->assertSame( 'pending', $pending->get_data()['status'] );

		// Code paths outside core's screens are held to the same rule.
		$id = wp_insert_post(
			array(
				'post_type'   => Story_Post_Type::POST_TYPE,
				'post_status' => 'publish',
				'post_title'  => 'Sneaky',
				'meta_input'  => array( 'consent_confirmed' => true ),
			)
		);
		$this->assertSame( 'pending', get_post_status( $id ) );
	}

	public function test_authors_submit_for_review_too_and_editors_publish(): void {
		$author = $this->create_user( 'author' );
		wp_set_current_user( $author );
		$this->assertTrue( current_user_can( 'publish_posts' ), 'Authors publish posts…' );
		$this->assertFalse( current_user_can( get_post_type_object( Story_Post_Type::POST_TYPE )->cap->publish_posts ), '…but not stories.' );
		$this->assertErrorResponse( 403, $this->create( array( 'status' => 'publish' ) ), 'rest_cannot_publish' );

		wp_set_current_user( $this->create_user( 'editor' ) );
		$published = $this->create( array( 'status' => 'publish' ) );
		$this->assertSame( 201, $published->get_status(), (string) wp_json_encode( $published->get_data() ) );
		$this->assertSame( 'publish', $published->get_data()['status'] );

		// An editor publishes what a contributor submitted.
		$pending = $this->make_story( array( 'post_status' => 'pending' ) );
		$update  = $this->rest( 'POST', '/wp/v2/mentorship-stories/' . $pending, array( 'status' => 'publish' ) );
		$this->assertSame( 200, $update->get_status(), (string) wp_json_encode( $update->get_data() ) );
		$this->assertSame( 'publish', get_post_status( $pending ) );
	}

	public function test_subscribers_and_visitors_cannot_write_stories(): void {
		wp_set_current_user( $this->create_user( 'subscriber' ) );
		$this->assertErrorResponse( 403, $this->create( array( 'status' => 'pending' ) ), 'rest_cannot_create' );
		wp_set_current_user( 0 );
		$this->assertErrorResponse( 401, $this->create( array( 'status' => 'pending' ) ), 'rest_cannot_create' );
	}

	public function test_contributors_edit_their_own_story_meta_but_not_others(): void {
		$contributor = $this->create_user( 'contributor' );
		wp_set_current_user( $contributor );
		$own   = $this->make_story( array( 'post_status' => 'draft', 'post_author' => $contributor ) );
		$other = $this->make_story( array( 'post_status' => 'draft', 'post_author' => $this->create_user( 'contributor' ) ) );

		$ok = $this->rest( 'POST', '/wp/v2/mentorship-stories/' . $own, array( 'meta' => array( 'location' => 'Porto' ) ) );
		$this->assertSame( 200, $ok->get_status(), (string) wp_json_encode( $ok->get_data() ) );
		$this->assertSame( 'Porto', get_post_meta( $own, 'location', true ) );

		$this->assertErrorResponse( 403, $this->rest( 'POST', '/wp/v2/mentorship-stories/' . $other, array( 'meta' => array( 'location' => 'Porto' ) ) ) );
		$this->assertFalse( current_user_can( 'edit_post_meta', $other, 'location' ) );
	}

	public function test_only_reviewers_link_a_participant_and_see_the_link(): void {
		$cohort = $this->make_cohort();
		$app    = $this->make_application( 'mentee', $cohort['id'] );
		$story  = $this->make_story( array( 'post_status' => 'draft' ) );

		// Editors may edit the story but not link it to a person's application.
		wp_set_current_user( $this->create_user( 'editor' ) );
		$this->assertTrue( current_user_can( 'edit_post', $story ) );
		$refused = $this->rest( 'POST', '/wp/v2/mentorship-stories/' . $story, array( 'meta' => array( 'participant_id' => $app['id'] ) ) );
		$this->assertErrorResponse( 403, $refused, 'rest_cannot_update' );
		$this->assertSame( 0, (int) get_post_meta( $story, 'participant_id', true ) );

		// Contributors neither.
		$contributor = $this->create_user( 'contributor' );
		$own         = $this->make_story( array( 'post_status' => 'draft', 'post_author' => $contributor ) );
		wp_set_current_user( $contributor );
		$this->assertErrorResponse( 403, $this->rest( 'POST', '/wp/v2/mentorship-stories/' . $own, array( 'meta' => array( 'participant_id' => $app['id'] ) ) ), 'rest_cannot_update' );

		// An administrator (who reviews applications) may.
		wp_set_current_user( $this->create_user( 'administrator' ) );
		$this->assertTrue( current_user_can( 'mentorship_review' ) );
		$linked = $this->rest( 'POST', '/wp/v2/mentorship-stories/' . $story, array( 'meta' => array( 'participant_id' => $app['id'] ) ) );
		$this->assertSame( 200, $linked->get_status(), (string) wp_json_encode( $linked->get_data() ) );
		$this->assertSame( $app['id'], $linked->get_data()['meta']['participant_id'] );

		// Editors and visitors never read it.
		wp_set_current_user( $this->create_user( 'editor' ) );
		$read = $this->rest( 'GET', '/wp/v2/mentorship-stories/' . $story, array( 'context' => 'edit' ) );
		$this->assertSame( 200, $read->get_status() );
		$this->assertArrayNotHasKey( 'participant_id', $read->get_data()['meta'] );
		$this->assertArrayHasKey( 'contributor_name', $read->get_data()['meta'] );

		wp_update_post(
			array(
				'ID'          => $story,
				'post_status' => 'publish',
			)
		);
		wp_set_current_user( 0 );
		$public = $this->rest( 'GET', '/wp/v2/mentorship-stories/' . $story );
		$this->assertSame( 200, $public->get_status() );
		$this->assertArrayNotHasKey( 'participant_id', $public->get_data()['meta'] );
	}
}
