<?php
/**
 * Teams (and cohorts) have one write path: the program's routes, which validate;
 * core's term routes for them only read.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Tests\Teams;

use Mentorship_Program\Teams\Taxonomies;
use Mentorship_Program\Tests\Fixtures;
use Mentorship_Program\Tests\TestCase;

/**
 * /wp/v2/mentorship_team and /wp/v2/mentorship_cohort refuse writes, even to admins.
 */
final class Team_Write_Path_Test extends TestCase {

	use Fixtures;

	/**
	 * Logs in an administrator (a super admin on multisite): the user core would let
	 * write terms.
	 */
	private function as_admin(): void {
		$admin = $this->create_user( 'administrator' );
		if ( is_multisite() ) {
			grant_super_admin( $admin );
		}
		wp_set_current_user( $admin );
	}

	public function test_core_team_routes_read_but_refuse_every_write(): void {
		$this->as_admin();
		$team = get_term_by( 'slug', 'docs', Taxonomies::TEAM );
		$this->assertInstanceOf( \WP_Term::class, $team );
		$before = $this->snapshot();

		$list = $this->rest( 'GET', '/wp/v2/' . Taxonomies::TEAM, array( 'per_page' => 100 ) );
		$this->assertSame( 200, $list->get_status() );
		$this->assertContains( 'docs', wp_list_pluck( $list->get_data(), 'slug' ), 'The editor still reads teams.' );
		$this->assertSame( 200, $this->rest( 'GET', '/wp/v2/' . Taxonomies::TEAM . '/' . $team->term_id )->get_status() );

		$writes = array(
			array( 'POST', '/wp/v2/' . Taxonomies::TEAM, array( 'name' => '<b>Sneaky</b> team' ) ),
			array( 'POST', '/wp/v2/' . Taxonomies::TEAM . '/' . $team->term_id, array( 'name' => 'Renamed' ) ),
			array( 'PUT', '/wp/v2/' . Taxonomies::TEAM . '/' . $team->term_id, array( 'meta' => array( 'mp_summary' => 'Changed' ) ) ),
			array( 'DELETE', '/wp/v2/' . Taxonomies::TEAM . '/' . $team->term_id . '?force=true', array() ),
			array( 'POST', '/wp/v2/' . Taxonomies::COHORT, array( 'name' => 'A cohort without dates' ) ),
		);
		foreach ( $writes as $write ) {
			list( $method, $route, $body ) = $write;
			$response = $this->rest( $method, $route, $body );
			$this->assertErrorResponse( 405, $response, 'mentorship_read_only' );
			$this->assertStringContainsString( str_contains( $route, Taxonomies::TEAM ) ? '/mentorship/v1/teams' : '/mentorship/v1/cohorts', $response->get_data()['message'], 'The refusal names the route that writes.' );
		}
		$this->assertSame( $before, $this->snapshot(), 'Nothing was written through core.' );
		$this->assertSame( 'docs', get_term( $team->term_id, Taxonomies::TEAM )->slug );
	}

	public function test_the_program_route_writes_teams_with_its_rules(): void {
		$this->as_admin();
		$made = $this->rest( 'POST', '/mentorship/v1/teams', array( 'name' => 'Sustainability helpers' ) );
		$this->assertSame( 201, $made->get_status(), (string) wp_json_encode( $made->get_data() ) );
		$this->assertInstanceOf( \WP_Term::class, get_term_by( 'slug', $made->get_data()['slug'], Taxonomies::TEAM ) );

		$refused = $this->rest( 'POST', '/mentorship/v1/teams', array( 'name' => '   ' ) );
		$this->assertErrorResponse( 400, $refused );
	}

	public function test_coordinators_still_read_cohorts_through_core_for_the_block_editor(): void {
		$cohort = $this->make_cohort();
		$this->as_coordinator();
		$list = $this->rest( 'GET', '/wp/v2/' . Taxonomies::COHORT, array( 'per_page' => 100 ) );
		$this->assertSame( 200, $list->get_status() );
		$this->assertContains( $cohort['id'], wp_list_pluck( $list->get_data(), 'id' ) );
	}
}
