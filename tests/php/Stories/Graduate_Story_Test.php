<?php
/**
 * From graduate to story: the prefilled story and the routes and form that create it.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Tests\Stories;

require_once __DIR__ . '/Story_Helpers.php';

use Mentorship_Program\Blocks\Status_Link_Handler;
use Mentorship_Program\Stories\Story_Form_Handler;
use Mentorship_Program\Applications\Applications;
use Mentorship_Program\Applications\Status_Links;
use Mentorship_Program\Stories\Stories;
use Mentorship_Program\Stories\Story_Post_Type;
use Mentorship_Program\Teams\Taxonomies;
use Mentorship_Program\Tests\Fixtures;
use Mentorship_Program\Tests\TestCase;

/**
 * Graduates (and mentors who completed a cohort) share a story that waits for review,
 * prefilled from their record without anything private; everyone else is refused.
 */
final class Graduate_Story_Test extends TestCase {

	use Fixtures;
	use Story_Helpers;

	protected function tearDown(): void {
		Story_Form_Handler::reset();
		parent::tearDown();
	}

	/**
	 * A valid request body.
	 *
	 * @param int                  $application_id Application.
	 * @param array<string, mixed> $overrides      Fields.
	 * @return array<string, mixed>
	 */
	private function body( int $application_id, array $overrides = array() ): array {
		return array_merge(
			array(
				'application_id' => $application_id,
				'title'          => 'How I found my team',
				'story'          => "I started at a meetup.\n\nMy mentor helped me\nevery week.",
				'consent'        => true,
			),
			$overrides
		);
	}

	public function test_a_graduate_gets_a_pending_story_prefilled_from_the_record(): void {
		$cohort = $this->make_cohort( array( 'starts_on' => gmdate( 'Y-m-d', time() - 50 * DAY_IN_SECONDS ) ) );
		$user   = $this->create_user( 'subscriber' );
		$app    = $this->make_graduate(
			$cohort['id'],
			$user,
			'placed',
			array(
				'name'           => 'Ana Lima',
				'email'          => 'ana.private@example.com',
				'wporg_username' => 'analima',
				'slack_username' => 'ana-slack-secret',
				'timezone'       => 'Pacific/Chatham',
				'region'         => 'Secret Region',
				'goals'          => 'Private goals text',
				'languages'      => array( 'pt-BR', 'en' ),
			)
		);

		$story = Stories::create_draft_from_application( $app['id'], $this->body( $app['id'] ), $user );
		$this->assertIsArray( $story, is_wp_error( $story ) ? $story->get_error_message() : '' );
		$post = get_post( $story['id'] );
		$this->assertSame( Story_Post_Type::POST_TYPE, $post->post_type );
		$this->assertSame( 'pending', $post->post_status );
		$this->assertSame( $user, (int) $post->post_author );
		$this->assertSame( 'How I found my team', $post->post_title );

		$this->assertSame( 'Ana Lima', get_post_meta( $post->ID, 'contributor_name', true ) );
		$this->assertSame( 'analima', get_post_meta( $post->ID, 'wporg_username', true ) );
		$this->assertSame( 'mentee', get_post_meta( $post->ID, 'program_role', true ) );
		$this->assertSame( array( 'pt-BR', 'en' ), get_post_meta( $post->ID, 'languages', true ) );
		$this->assertTrue( (bool) get_post_meta( $post->ID, 'consent_confirmed', true ) );
		$this->assertSame( $app['id'], (int) get_post_meta( $post->ID, 'participant_id', true ) );
		$this->assertSame( array( 'docs' ), wp_get_object_terms( $post->ID, Taxonomies::TEAM, array( 'fields' => 'slugs' ) ), 'The team they were placed with.' );
		$this->assertSame( array( $cohort['id'] ), array_map( 'intval', wp_get_object_terms( $post->ID, Taxonomies::COHORT, array( 'fields' => 'ids' ) ) ) );

		$kinds = array_column( get_post_meta( $post->ID, 'milestones', true ), 'kind' );
		$this->assertSame( array( 'joined_cohort', 'graduated', 'joined_team' ), $kinds );

		// The text becomes paragraphs between the details card and the timeline.
		$blocks = array_values( array_filter( array_column( parse_blocks( $post->post_content ), 'blockName' ) ) );
		$this->assertSame( array( 'mentorship-program/story-details', 'core/paragraph', 'core/paragraph', 'mentorship-program/journey-timeline' ), $blocks );
		$this->assertStringContainsString( 'My mentor helped me<br>every week.', $post->post_content );

		// Nothing private travels with it.
		$everything = $post->post_content . wp_json_encode( get_post_meta( $post->ID ) );
		foreach ( array( 'ana.private@example.com', 'ana-slack-secret', 'Chatham', 'Secret Region', 'Private goals' ) as $secret ) {
			$this->assertStringNotContainsString( $secret, $everything, $secret );
		}
	}

	public function test_the_route_creates_the_story_for_the_owner(): void {
		$cohort = $this->make_cohort();
		$user   = $this->create_user( 'subscriber' );
		$app    = $this->make_graduate( $cohort['id'], $user );
		wp_set_current_user( $user );

		$response = $this->rest( 'POST', '/mentorship/v1/stories', $this->body( $app['id'] ) );
		$this->assertSame( 201, $response->get_status(), (string) wp_json_encode( $response->get_data() ) );
		$this->assertSame( 'pending', $response->get_data()['status'] );
		$this->assertNotEmpty( $response->get_data()['message'] );
		$this->assertSame( $response->get_data()['id'], Stories::story_for_application( $app['id'] ) );

		// One story per mentorship.
		$again = $this->rest( 'POST', '/mentorship/v1/stories', $this->body( $app['id'], array( 'title' => 'Second try' ) ) );
		$this->assertErrorResponse( 409, $again, 'mentorship_story_exists' );

		// Once the story is deleted for good, the graduate may share again.
		wp_delete_post( $response->get_data()['id'], true );
		$this->assertSame( 201, $this->rest( 'POST', '/mentorship/v1/stories', $this->body( $app['id'] ) )->get_status() );
	}

	public function test_mentors_who_completed_a_cohort_may_share(): void {
		$cohort = $this->make_cohort();
		$user   = $this->create_user( 'subscriber' );
		$app    = $this->make_application( 'mentor', $cohort['id'], array( 'in_review', 'approved', 'active', 'completed' ), array(), $user );
		wp_set_current_user( $user );
		$response = $this->rest( 'POST', '/mentorship/v1/stories', $this->body( $app['id'] ) );
		$this->assertSame( 201, $response->get_status(), (string) wp_json_encode( $response->get_data() ) );
		$this->assertSame( 'mentor', get_post_meta( $response->get_data()['id'], 'program_role', true ) );
	}

	public function test_others_are_refused(): void {
		$cohort = $this->make_cohort();
		$owner  = $this->create_user( 'subscriber' );
		$app    = $this->make_graduate( $cohort['id'], $owner );
		$active = $this->make_graduate( $cohort['id'], $owner, 'active' );
		$before = $this->snapshot();

		wp_set_current_user( 0 );
		$this->assertErrorResponse( 401, $this->rest( 'POST', '/mentorship/v1/stories', $this->body( $app['id'] ) ) );

		wp_set_current_user( $this->create_user( 'editor' ) );
		$this->assertErrorResponse( 403, $this->rest( 'POST', '/mentorship/v1/stories', $this->body( $app['id'] ) ), 'rest_forbidden' );

		wp_set_current_user( $owner );
		$not_yet = $this->rest( 'POST', '/mentorship/v1/stories', $this->body( $active['id'] ) );
		$this->assertErrorResponse( 403, $not_yet, 'rest_forbidden' );
		$this->assertStringContainsString( 'graduating', $not_yet->get_data()['message'] );

		// An application ID that is not an application at all.
		$this->assertErrorResponse( 403, $this->rest( 'POST', '/mentorship/v1/stories', $this->body( 999999 ) ) );
		$this->assertSame( $before, $this->snapshot(), 'Refused requests change nothing.' );
	}

	public function test_bad_input_is_a_400_naming_each_field(): void {
		$cohort = $this->make_cohort();
		$user   = $this->create_user( 'subscriber' );
		$app    = $this->make_graduate( $cohort['id'], $user );
		wp_set_current_user( $user );

		$cases = array(
			'consent'        => array( 'consent' => false ),
			'story'          => array( 'story' => str_repeat( 'a', Stories::MAX_STORY + 1 ) ),
			'title'          => array( 'title' => '   ' ),
			'application_id' => array( 'application_id' => 'abc' ),
			'colour'         => array( 'colour' => 'blue' ),
		);
		foreach ( $cases as $field => $override ) {
			$response = $this->rest( 'POST', '/mentorship/v1/stories', $this->body( $app['id'], $override ) );
			$this->assertErrorResponse( 400, $response, 'rest_invalid_param' );
			$this->assertArrayHasKey( $field, $response->get_data()['data']['params'], $field );
		}
		$missing = $this->rest( 'POST', '/mentorship/v1/stories', array( 'application_id' => $app['id'] ) );
		$this->assertErrorResponse( 400, $missing, 'rest_invalid_param' );
		$this->assertEqualsCanonicalizing( array( 'title', 'story', 'consent' ), array_keys( $missing->get_data()['data']['params'] ) );
		$this->assertSame( 0, Stories::story_for_application( $app['id'] ) );

		// 5,000 characters exactly is fine.
		$ok = $this->rest( 'POST', '/mentorship/v1/stories', $this->body( $app['id'], array( 'story' => str_repeat( 'a', Stories::MAX_STORY ) ) ) );
		$this->assertSame( 201, $ok->get_status() );
	}

	public function test_the_form_works_without_javascript(): void {
		$cohort = $this->make_cohort();
		$user   = $this->create_user( 'subscriber' );
		$app    = $this->make_graduate( $cohort['id'], $user, 'graduated', array( 'name' => 'Bea Form' ) );
		wp_set_current_user( $user );

		$html = do_blocks( '<!-- wp:mentorship-program/share-story /-->' );
		$this->assertStringContainsString( 'name="mentorship_action" value="share_story"', $html );
		$this->assertStringContainsString( 'name="application_id" value="' . $app['id'] . '"', $html );
		$this->assertStringContainsString( 'data-wp-interactive="mentorship-program/share-story"', $html );
		$this->assertMatchesRegularExpression( '/<textarea [^>]*name="story"[^>]*maxlength="5000"/', $html );
		$x = $this->xpath( $html );
		foreach ( $x->query( '//form//input[not(@type="hidden")] | //form//textarea | //form//select' ) as $control ) {
			$this->assertSame( 1, $x->query( '//label[@for="' . $control->getAttribute( 'id' ) . '"]' )->length );
		}

		// A post without consent comes back with the error by its field and the text kept.
		$_SERVER['REQUEST_METHOD'] = 'POST';
		$_POST                     = wp_slash(
			array(
				'mentorship_action' => 'share_story',
				'mentorship_nonce'  => wp_create_nonce( Story_Form_Handler::NONCE_ACTION ),
				'application_id'    => (string) $app['id'],
				'title'             => 'Typed <title>',
				'story'             => 'Kept text',
			)
		);
		( new Story_Form_Handler() )->handle();
		$html = do_blocks( '<!-- wp:mentorship-program/share-story /-->' );
		$this->assertStringContainsString( 'aria-invalid="true"', $html );
		$this->assertStringContainsString( 'Please confirm', $html );
		$this->assertStringContainsString( 'value="Typed &lt;title&gt;"', $html );
		$this->assertStringContainsString( '>Kept text</textarea>', $html );
		$this->assertSame( 0, Stories::story_for_application( $app['id'] ) );

		// With consent: stored, and thanked.
		$_POST['consent'] = '1';
		( new Story_Form_Handler() )->handle();
		$this->assertTrue( Story_Form_Handler::result()['ok'] );
		$html = do_blocks( '<!-- wp:mentorship-program/share-story /-->' );
		$this->assertStringContainsString( 'Thank you', $html );
		$this->assertStringNotContainsString( '<form', $html );
		$this->assertSame( 'pending', get_post_status( Stories::story_for_application( $app['id'] ) ) );

		// Afterwards the block says so instead of offering the form again.
		Story_Form_Handler::reset();
		$this->assertStringContainsString( 'shared your story already', do_blocks( '<!-- wp:mentorship-program/share-story /-->' ) );
	}

	public function test_the_form_refuses_a_forged_post_and_explains_itself_to_others(): void {
		$cohort = $this->make_cohort();
		$user   = $this->create_user( 'subscriber' );
		$app    = $this->make_graduate( $cohort['id'], $user );
		wp_set_current_user( $user );
		$_SERVER['REQUEST_METHOD'] = 'POST';
		$_POST                     = array(
			'mentorship_action' => 'share_story',
			'mentorship_nonce'  => 'forged',
			'application_id'    => (string) $app['id'],
			'title'             => 'T',
			'story'             => 'S',
			'consent'           => '1',
		);
		( new Story_Form_Handler() )->handle();
		$this->assertSame( 403, Story_Form_Handler::result()['status'] );
		$this->assertSame( 0, Stories::story_for_application( $app['id'] ) );
		Story_Form_Handler::reset();

		wp_set_current_user( 0 );
		$this->assertStringContainsString( 'Log in to share your story', do_blocks( '<!-- wp:mentorship-program/share-story /-->' ) );
		wp_set_current_user( $this->create_user( 'subscriber' ) );
		$this->assertStringContainsString( 'once your mentorship is complete', do_blocks( '<!-- wp:mentorship-program/share-story /-->' ) );
	}

	/**
	 * Makes this browser hold an application's private link of a kind.
	 *
	 * @param int    $id   Application.
	 * @param string $kind mail (from the e-mail) or receipt.
	 */
	private function hold_link( int $id, string $kind = 'mail' ): void {
		$_COOKIE[ Status_Link_Handler::COOKIE ] = $id . '.' . Status_Links::rotate( $id, $kind );
		Status_Link_Handler::reset();
	}

	public function test_a_graduate_without_an_account_shares_their_story_with_the_private_link(): void {
		$cohort = $this->make_cohort();
		$app    = $this->make_graduate( $cohort['id'], 0, 'graduated', array( 'name' => 'Nadia Link' ) );
		$other  = $this->make_graduate( $cohort['id'], 0 );
		wp_set_current_user( 0 );
		$this->assertStringContainsString( 'Log in to share your story', do_blocks( '<!-- wp:mentorship-program/share-story /-->' ) );

		// The link from the e-mail: the status page invites the story; the form is about
		// this application and posts to the page.
		$this->hold_link( $app['id'] );
		$this->assertStringContainsString( 'Share your story', do_blocks( '<!-- wp:mentorship-program/my-application /-->' ) );
		$html = do_blocks( '<!-- wp:mentorship-program/share-story /-->' );
		$this->assertStringContainsString( 'name="application_id" value="' . $app['id'] . '"', $html );
		$this->assertStringContainsString( 'name="mentorship_check"', $html );
		$this->assertStringNotContainsString( 'mentorship_nonce', $html );
		$this->assertStringNotContainsString( 'mentorship\\/v1\\/stories', $html, 'No REST address: the page takes the form.' );
		$link = Status_Link_Handler::current();
		$this->assertNotNull( $link );
		$proof = Status_Link_Handler::proof( $link, Story_Form_Handler::ACTION );

		$post = array(
			'mentorship_action' => 'share_story',
			'mentorship_check'  => $proof,
			'application_id'    => (string) $app['id'],
			'title'             => 'From the link',
			'story'             => 'How I started.',
			'consent'           => '1',
		);
		// A forged proof, and someone else's application, are refused and store nothing.
		$this->assertSame( 403, Story_Form_Handler::submit( array_merge( $post, array( 'mentorship_check' => 'forged' ) ) )['status'] );
		$this->assertSame( 403, Story_Form_Handler::submit( array_merge( $post, array( 'application_id' => (string) $other['id'] ) ) )['status'] );
		$this->assertSame( 0, Stories::story_for_application( $other['id'] ) );
		$this->assertSame( 0, Stories::story_for_application( $app['id'] ) );

		$result = Story_Form_Handler::submit( $post );
		$this->assertTrue( $result['ok'], (string) $result['message'] );
		$story = Stories::story_for_application( $app['id'] );
		$this->assertSame( 'pending', get_post_status( $story ), 'Pending review, as for everyone.' );
		$this->assertSame( 'Nadia Link', get_post_meta( $story, 'contributor_name', true ) );
		$this->assertSame( 0, (int) get_post_field( 'post_author', $story ) );
		$this->assertStringNotContainsString( 'Share your story', do_blocks( '<!-- wp:mentorship-program/my-application /-->' ), 'Invited once.' );

		// The link from the receipt proves no mailbox: no form.
		$this->hold_link( $other['id'], 'receipt' );
		$this->assertStringContainsString( 'Log in to share your story', do_blocks( '<!-- wp:mentorship-program/share-story /-->' ) );
		$this->assertSame( 401, Story_Form_Handler::submit( array_merge( $post, array( 'application_id' => (string) $other['id'] ) ) )['status'] );
		unset( $_COOKIE[ Status_Link_Handler::COOKIE ] );
		Status_Link_Handler::reset();
	}

	public function test_invitations_queue_an_email_with_the_share_link(): void {
		$cohort = $this->make_cohort();
		$user   = $this->create_user( 'subscriber' );
		$app    = $this->make_graduate( $cohort['id'], $user, 'graduated', array( 'email' => 'grad@example.org' ) );
		$page   = wp_insert_post(
			array(
				'post_type'    => 'page',
				'post_status'  => 'publish',
				'post_title'   => 'Share',
				'post_name'    => 'share-story-page',
				'post_content' => '<!-- wp:mentorship-program/share-story /-->',
			)
		);
		$this->as_coordinator();
		$this->mails = array();
		global $wpdb;
		$table = \Mentorship_Program\Database\Schema::table( 'mail' );

		$response = $this->rest( 'POST', '/mentorship/v1/stories/invite', array( 'application_id' => $app['id'] ) );
		$this->assertSame( 200, $response->get_status(), (string) wp_json_encode( $response->get_data() ) );
		$this->assertTrue( $response->get_data()['queued'] );
		$row = $wpdb->get_row( $wpdb->prepare( "SELECT * FROM {$table} WHERE object_id = %d ORDER BY id DESC LIMIT 1", $app['id'] ), ARRAY_A ); // phpcs:ignore WordPress.DB
		$this->assertSame( 'grad@example.org', $row['recipient'] );
		$this->assertStringContainsString( add_query_arg( 'application', $app['id'], get_permalink( $page ) ), $row['body'] );
		$this->assertNotSame( '', get_post_meta( $app['id'], Stories::INVITED_META, true ) );

		// Not for people still in the program, nor for those who already shared.
		$active = $this->make_graduate( $cohort['id'], $user, 'active' );
		$this->assertErrorResponse( 409, $this->rest( 'POST', '/mentorship/v1/stories/invite', array( 'application_id' => $active['id'] ) ), 'mentorship_story_not_yet' );
		Stories::create_draft_from_application( $app['id'], $this->body( $app['id'] ), $user );
		$this->assertErrorResponse( 409, $this->rest( 'POST', '/mentorship/v1/stories/invite', array( 'application_id' => $app['id'] ) ), 'mentorship_story_exists' );
		$this->assertErrorResponse( 404, $this->rest( 'POST', '/mentorship/v1/stories/invite', array( 'application_id' => 999999 ) ) );

		wp_set_current_user( $this->create_user( 'editor' ) );
		$this->assertErrorResponse( 403, $this->rest( 'POST', '/mentorship/v1/stories/invite', array( 'application_id' => $app['id'] ) ) );
	}

	public function test_applications_keep_working_when_a_story_exists(): void {
		$cohort = $this->make_cohort();
		$user   = $this->create_user( 'subscriber' );
		$app    = $this->make_graduate( $cohort['id'], $user );
		Stories::create_draft_from_application( $app['id'], $this->body( $app['id'] ), $user );
		$moved = Applications::transition( $app['id'], 'placed', array( 'team' => 'core' ) );
		$this->assertIsArray( $moved );
		$this->assertSame( 'placed', $moved['stage'] );
	}
}
