<?php
/**
 * The mentorship/v1 routes of check-ins, goals and attention: shapes, refusals, bad input.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Tests\Mentorship;

require_once __DIR__ . '/Mentorship_Fixtures.php';

use Mentorship_Program\Tests\Fixtures;
use Mentorship_Program\Tests\TestCase;

/**
 * Through the REST server, as clients call them.
 */
final class Mentorship_Routes_Test extends TestCase {

	use Fixtures;
	use Mentorship_Fixtures;

	public function test_mentor_logs_and_mentee_reads_without_private_parts(): void {
		$cohort = $this->running_cohort();
		$mentor = $this->mentor_in( $cohort['id'] );
		$mentee = $this->mentee_in( $cohort['id'], $mentor['id'] );
		wp_set_current_user( $mentor['user'] );
		$created = $this->rest( 'POST', '/mentorship/v1/checkins', $this->checkin_values( array( $mentee['id'] ), array( 'needs_help' => true ) ) );
		$this->assertSame( 201, $created->get_status(), (string) wp_json_encode( $created->get_data() ) );
		$this->assertSame( 'Seems shy; try async.', $created->get_data()['private_note'] );

		wp_set_current_user( $mentee['user'] );
		$list = $this->rest( 'GET', '/mentorship/v1/checkins' );
		$this->assertSame( 200, $list->get_status() );
		$this->assertCount( 1, $list->get_data() );
		$this->assertArrayNotHasKey( 'private_note', $list->get_data()[0] );
		$this->assertArrayNotHasKey( 'needs_help', $list->get_data()[0] );
		$one = $this->rest( 'GET', '/mentorship/v1/checkins/' . $created->get_data()['id'] );
		$this->assertStringNotContainsString( 'shy', (string) wp_json_encode( $one->get_data() ) );
	}

	public function test_unknown_fields_and_bad_values_are_400_naming_the_field(): void {
		$cohort = $this->running_cohort();
		$mentor = $this->mentor_in( $cohort['id'] );
		$mentee = $this->mentee_in( $cohort['id'], $mentor['id'] );
		wp_set_current_user( $mentor['user'] );
		$before = $this->snapshot();
		$cases  = array(
			'mentor_id' => array( 'mentor_id' => 5 ),
			'kind'      => array( 'kind' => 'party' ),
			'held_on'   => array( 'held_on' => '2026-13-01' ),
			'mentees'   => array( 'mentees' => 'all' ),
			'covered'   => array( 'covered' => '' ),
		);
		foreach ( $cases as $field => $override ) {
			$response = $this->rest( 'POST', '/mentorship/v1/checkins', $this->checkin_values( array( $mentee['id'] ), $override ) );
			$this->assertErrorResponse( 400, $response );
			$this->assertArrayHasKey( $field, $response->get_data()['data']['params'], $field );
		}
		wp_set_current_user( $mentee['user'] );
		$goal = $this->rest( 'POST', '/mentorship/v1/mentees/' . $mentee['id'] . '/goals', array( 'title' => 'Goal', 'owner' => 1 ) );
		$this->assertErrorResponse( 400, $goal );
		$this->assertArrayHasKey( 'owner', $goal->get_data()['data']['params'] );
		$this->assertSame( $before, $this->snapshot() );
	}

	public function test_goals_round_trip_and_stale_revision_is_409(): void {
		$cohort = $this->running_cohort();
		$mentor = $this->mentor_in( $cohort['id'] );
		$mentee = $this->mentee_in( $cohort['id'], $mentor['id'] );
		wp_set_current_user( $mentee['user'] );
		$goal = $this->rest( 'POST', '/mentorship/v1/mentees/' . $mentee['id'] . '/goals', array( 'title' => 'Triage five tickets', 'due_week' => 1 ) );
		$this->assertSame( 201, $goal->get_status() );
		$id = $goal->get_data()['id'];
		$this->assertSame( 200, $this->rest( 'PATCH', '/mentorship/v1/goals/' . $id, array( 'status' => 'done', 'revision' => 1 ) )->get_status() );
		$this->assertErrorResponse( 409, $this->rest( 'PATCH', '/mentorship/v1/goals/' . $id, array( 'status' => 'open', 'revision' => 1 ) ), 'mentorship_edit_conflict' );
		wp_set_current_user( $mentor['user'] );
		$list = $this->rest( 'GET', '/mentorship/v1/mentees/' . $mentee['id'] . '/goals' );
		$this->assertSame( 'done', $list->get_data()[0]['status'] );
	}

	public function test_attention_for_coordinators(): void {
		$cohort = $this->running_cohort();
		$this->mentee_in( $cohort['id'] );
		$this->as_coordinator();
		$response = $this->rest( 'GET', '/mentorship/v1/attention', array( 'cohort' => $cohort['id'] ) );
		$this->assertSame( 200, $response->get_status() );
		$this->assertSame( 'no_mentor', $response->get_data()[0]['rule'] );
		$this->assertSame( '1', (string) $response->get_headers()['X-WP-Total'] );
	}

	public function test_cohort_sets_its_own_days_without_a_checkin(): void {
		$cohort = $this->running_cohort();
		$this->as_coordinator();
		$route = '/mentorship/v1/attention/cohorts/' . $cohort['id'];
		$this->assertSame( 14, $this->rest( 'GET', $route )->get_data()['stale_days'] );
		$this->assertSame( 7, $this->rest( 'PATCH', $route, array( 'stale_days' => 7 ) )->get_data()['stale_days'] );
		$this->assertSame( 7, \Mentorship_Program\Mentorship\Attention::stale_days( $cohort['id'] ) );
		$this->assertErrorResponse( 400, $this->rest( 'PATCH', $route, array( 'stale_days' => 400 ) ) );
		$this->assertErrorResponse( 400, $this->rest( 'PATCH', $route, array( 'stale_days' => 3, 'extra' => 1 ) ) );
		$this->assertSame( 14, $this->rest( 'PATCH', $route, array( 'stale_days' => 0 ) )->get_data()['stale_days'] );
		$this->assertErrorResponse( 404, $this->rest( 'GET', '/mentorship/v1/attention/cohorts/999999' ) );
	}
}
