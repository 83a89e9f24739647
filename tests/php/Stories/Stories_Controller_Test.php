<?php
/**
 * The editors' and coordinators' story routes.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Tests\Stories;

require_once __DIR__ . '/Story_Helpers.php';

use Mentorship_Program\Stories\Stories;
use Mentorship_Program\Teams\Taxonomies;
use Mentorship_Program\Tests\Fixtures;
use Mentorship_Program\Tests\TestCase;

/**
 * GET /stories lists and filters with paging headers; graduates without a story are
 * listed for reviewers; each route has a schema and a capability check.
 */
final class Stories_Controller_Test extends TestCase {

	use Fixtures;
	use Story_Helpers;

	public function test_editors_list_stories_by_status_team_and_role_with_paging_headers(): void {
		$cohort  = $this->make_cohort();
		$pending = $this->make_story( array( 'post_status' => 'pending' ), array( 'program_role' => 'mentee' ), array( Taxonomies::TEAM => array( 'core' ) ) );
		$public  = $this->make_story( array(), array( 'program_role' => 'mentor' ), array( Taxonomies::TEAM => array( 'docs' ), Taxonomies::COHORT => array( (int) $cohort['id'] ) ) );
		$draft   = $this->make_story( array( 'post_status' => 'draft' ), array(), array( Taxonomies::TEAM => array( 'core' ) ) );
		wp_set_current_user( $this->create_user( 'editor' ) );

		$all = $this->rest( 'GET', '/mentorship/v1/stories' );
		$this->assertSame( 200, $all->get_status() );
		$this->assertSame( '3', (string) $all->get_headers()['X-WP-Total'] );
		$ids = array_column( $all->get_data(), 'id' );
		$this->assertEqualsCanonicalizing( array( $pending, $public, $draft ), $ids );
		$this->assertArrayNotHasKey( 'participant_id', $all->get_data()[0], 'Editors do not see the linked application.' );

		$this->assertSame( array( $pending ), array_column( $this->rest( 'GET', '/mentorship/v1/stories', array( 'status' => 'pending' ) )->get_data(), 'id' ) );
		$this->assertEqualsCanonicalizing( array( $pending, $draft ), array_column( $this->rest( 'GET', '/mentorship/v1/stories', array( 'team' => 'core' ) )->get_data(), 'id' ) );
		$this->assertSame( array( $public ), array_column( $this->rest( 'GET', '/mentorship/v1/stories', array( 'role' => 'mentor' ) )->get_data(), 'id' ) );
		$this->assertSame( array( $public ), array_column( $this->rest( 'GET', '/mentorship/v1/stories', array( 'cohort' => $cohort['id'] ) )->get_data(), 'id' ) );

		$page = $this->rest(
			'GET',
			'/mentorship/v1/stories',
			array(
				'per_page' => 2,
				'page'     => 2,
			)
		);
		$this->assertCount( 1, $page->get_data() );
		$this->assertSame( '2', (string) $page->get_headers()['X-WP-TotalPages'] );

		$row = $this->rest( 'GET', '/mentorship/v1/stories', array( 'role' => 'mentor' ) )->get_data()[0];
		$this->assertSame( 'docs', $row['teams'][0]['slug'] );
		$this->assertSame( $cohort['id'], $row['cohort']['id'] );
		$this->assertTrue( $row['consent_confirmed'] );
		$this->assertStringContainsString( 'post.php?post=' . $public, $row['edit_link'] );

		$this->assertErrorResponse( 400, $this->rest( 'GET', '/mentorship/v1/stories', array( 'status' => 'trash' ) ), 'rest_invalid_param' );
	}

	public function test_who_may_call_each_route(): void {
		$routes = array(
			array( 'GET', '/mentorship/v1/stories', array() ),
			array( 'GET', '/mentorship/v1/stories/graduates-without-story', array() ),
			array( 'POST', '/mentorship/v1/stories/invite', array( 'application_id' => 1 ) ),
		);
		foreach ( $routes as list( $method, $route, $params ) ) {
			wp_set_current_user( 0 );
			$this->assertErrorResponse( 401, $this->rest( $method, $route, $params ), 'rest_forbidden' );
			wp_set_current_user( $this->create_user( 'subscriber' ) );
			$this->assertErrorResponse( 403, $this->rest( $method, $route, $params ), 'rest_forbidden' );
			wp_set_current_user( $this->create_user( 'author' ) );
			$this->assertErrorResponse( 403, $this->rest( $method, $route, $params ), 'rest_forbidden' );
		}
		// Editors list stories; reviewing graduates is for coordinators.
		wp_set_current_user( $this->create_user( 'editor' ) );
		$this->assertSame( 200, $this->rest( 'GET', '/mentorship/v1/stories' )->get_status() );
		$this->assertErrorResponse( 403, $this->rest( 'GET', '/mentorship/v1/stories/graduates-without-story' ) );
		$this->as_coordinator();
		$this->assertSame( 200, $this->rest( 'GET', '/mentorship/v1/stories' )->get_status() );
		$this->assertSame( 200, $this->rest( 'GET', '/mentorship/v1/stories/graduates-without-story' )->get_status() );

		// Each route describes itself.
		$schema = $this->rest( 'OPTIONS', '/mentorship/v1/stories' )->get_data();
		$this->assertSame( 'mentorship-story', $schema['schema']['title'] );
		$this->assertSame( 5000, $schema['endpoints'][1]['args']['story']['maxLength'] );
	}

	public function test_reviewers_see_graduates_without_a_story(): void {
		$cohort  = $this->make_cohort();
		$owner   = $this->create_user( 'subscriber' );
		$with    = $this->make_graduate( $cohort['id'], $owner, 'graduated', array( 'name' => 'Has Story' ) );
		$without = $this->make_graduate( $cohort['id'], $owner, 'placed', array( 'name' => 'No Story Yet' ) );
		$anon    = $this->make_graduate( $cohort['id'], 0, 'graduated', array( 'name' => 'No Account' ) );
		$this->make_graduate( $cohort['id'], $owner, 'active', array( 'name' => 'Still Active' ) );
		$mentor = $this->make_application( 'mentor', $cohort['id'], array( 'in_review', 'approved', 'active', 'completed' ), array( 'name' => 'Done Mentor' ), $owner );
		$this->assertIsArray( Stories::create_draft_from_application( $with['id'], array( 'title' => 'T', 'story' => 'S', 'consent' => true ), $owner ) );

		$this->as_coordinator();
		$response = $this->rest( 'GET', '/mentorship/v1/stories/graduates-without-story' );
		$this->assertSame( 200, $response->get_status() );
		$names = array_column( $response->get_data(), 'name' );
		$this->assertEqualsCanonicalizing( array( 'No Story Yet', 'No Account', 'Done Mentor' ), $names );
		$this->assertSame( '3', (string) $response->get_headers()['X-WP-Total'] );
		$rows = array_column( $response->get_data(), null, 'id' );
		$this->assertFalse( $rows[ $anon['id'] ]['has_account'] );
		$this->assertSame( 'docs', $rows[ $without['id'] ]['placed_team'] );
		$this->assertSame( 'mentor', $rows[ $mentor['id'] ]['type'] );
		$this->assertArrayNotHasKey( 'email', $rows[ $without['id'] ] );

		$mentors = $this->rest( 'GET', '/mentorship/v1/stories/graduates-without-story', array( 'type' => 'mentor' ) )->get_data();
		$this->assertSame( array( 'Done Mentor' ), array_column( $mentors, 'name' ) );

		// Without an account there is no one to log in to the form.
		$this->assertErrorResponse( 409, $this->rest( 'POST', '/mentorship/v1/stories/invite', array( 'application_id' => $anon['id'] ) ), 'mentorship_story_no_account' );
	}
}
