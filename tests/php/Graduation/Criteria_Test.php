<?php
/**
 * Graduation criteria: stored per cohort with validation, and each one evaluated.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Tests\Graduation;

require_once __DIR__ . '/Graduation_Fixtures.php';

use Mentorship_Program\Applications\Applications;
use Mentorship_Program\Graduation\Criteria;
use Mentorship_Program\Graduation\Evaluator;
use Mentorship_Program\Graduation\Progress;
use Mentorship_Program\Mentorship\Goals;
use Mentorship_Program\Tests\Fixtures;
use Mentorship_Program\Tests\TestCase;

/**
 * Criteria_Test.
 */
final class Criteria_Test extends TestCase {

	use Fixtures;
	use Graduation_Fixtures;

	public function test_no_criteria_set_means_everyone_meets_them(): void {
		$cohort = $this->finished_cohort();
		$mentor = $this->active_mentor( $cohort['id'] );
		$mentee = $this->active_mentee( $cohort['id'], $mentor['id'] );
		$this->assertSame( Criteria::defaults(), Criteria::get( $cohort['id'] ) );
		$result = Evaluator::evaluate( Applications::get( $mentee['id'] ) );
		$this->assertTrue( $result['met'] );
		$this->assertSame( array(), $result['criteria'] );
	}

	public function test_sessions_attended_counts_only_attended_check_ins(): void {
		$cohort = $this->finished_cohort();
		Criteria::save( $cohort['id'], array( 'min_sessions' => 3 ) );
		$mentor = $this->active_mentor( $cohort['id'] );
		$mentee = $this->active_mentee( $cohort['id'], $mentor['id'] );
		$this->log_sessions( $mentee['id'], $mentor['user'], 2 );
		$this->log_sessions( $mentee['id'], $mentor['user'], 2, false );

		$result = Evaluator::evaluate( Applications::get( $mentee['id'] ) );
		$this->assertFalse( $result['met'] );
		$this->assertSame( 'sessions', $result['criteria'][0]['key'] );
		$this->assertFalse( $result['criteria'][0]['met'] );
		$this->assertSame( 'Attended 2 of 3 sessions.', $result['criteria'][0]['text'] );

		$this->log_sessions( $mentee['id'], $mentor['user'], 1 );
		$result = Evaluator::evaluate( Applications::get( $mentee['id'] ) );
		$this->assertTrue( $result['met'] );
		$this->assertSame( 'Attended 3 of 3 sessions.', $result['criteria'][0]['text'] );
	}

	public function test_goals_set_needs_at_least_one_goal(): void {
		$cohort = $this->finished_cohort();
		Criteria::save( $cohort['id'], array( 'goals_set' => true ) );
		$mentor = $this->active_mentor( $cohort['id'] );
		$mentee = $this->active_mentee( $cohort['id'], $mentor['id'] );
		$result = Evaluator::evaluate( Applications::get( $mentee['id'] ) );
		$this->assertFalse( $result['met'] );
		$this->assertSame( array( 'No goal set yet.' ), Evaluator::reasons( $result ) );

		$this->assertIsArray( Goals::create( $mentee['id'], array( 'title' => 'Ship a docs fix' ), $mentee['user'] ) );
		$result = Evaluator::evaluate( Applications::get( $mentee['id'] ) );
		$this->assertTrue( $result['met'] );
		$this->assertSame( '1 goal set.', $result['criteria'][0]['text'] );
	}

	public function test_contribution_link_is_given_by_the_mentee_or_the_mentor(): void {
		$cohort = $this->finished_cohort();
		Criteria::save( $cohort['id'], array( 'contribution_link' => true ) );
		$mentor = $this->active_mentor( $cohort['id'] );
		$mentee = $this->active_mentee( $cohort['id'], $mentor['id'] );
		$this->assertFalse( Evaluator::evaluate( Applications::get( $mentee['id'] ) )['met'] );

		$saved = Progress::update( $mentee['id'], array( 'contribution_link' => 'https://github.com/WordPress/wordpress-develop/pull/1' ), $mentee['user'] );
		$this->assertIsArray( $saved );
		$this->assertTrue( Evaluator::evaluate( Applications::get( $mentee['id'] ) )['met'] );

		// The mentor may replace it; an empty link removes it and the criterion is unmet again.
		$this->assertIsArray( Progress::update( $mentee['id'], array( 'contribution_link' => '' ), $mentor['user'] ) );
		$result = Evaluator::evaluate( Applications::get( $mentee['id'] ) );
		$this->assertFalse( $result['met'] );
		$this->assertSame( array( 'No contribution link yet.' ), Evaluator::reasons( $result ) );
	}

	public function test_mentor_confirmation_only_by_the_mentor_or_a_coordinator(): void {
		$cohort = $this->finished_cohort();
		Criteria::save( $cohort['id'], array( 'mentor_confirmation' => true ) );
		$mentor = $this->active_mentor( $cohort['id'] );
		$mentee = $this->active_mentee( $cohort['id'], $mentor['id'] );

		$self = Progress::update( $mentee['id'], array( 'mentor_confirmed' => true ), $mentee['user'] );
		$this->assertWPErrorCode( 'rest_forbidden', $self );
		$this->assertArrayHasKey( 'mentor_confirmed', $self->get_error_data()['params'] );
		$this->assertFalse( Evaluator::evaluate( Applications::get( $mentee['id'] ) )['met'] );

		$this->assertIsArray( Progress::update( $mentee['id'], array( 'mentor_confirmed' => true ), $mentor['user'] ) );
		$result = Evaluator::evaluate( Applications::get( $mentee['id'] ) );
		$this->assertTrue( $result['met'] );
		$this->assertSame( 'The mentor confirmed.', $result['criteria'][0]['text'] );

		$coordinator = $this->create_user( 'mentorship_coordinator' );
		$this->assertIsArray( Progress::update( $mentee['id'], array( 'mentor_confirmed' => false ), $coordinator ) );
		$this->assertFalse( Evaluator::evaluate( Applications::get( $mentee['id'] ) )['met'] );
	}

	public function test_all_criteria_together_list_each_unmet_one(): void {
		$cohort = $this->finished_cohort();
		Criteria::save(
			$cohort['id'],
			array(
				'min_sessions'        => 1,
				'goals_set'           => true,
				'contribution_link'   => true,
				'mentor_confirmation' => true,
			)
		);
		$mentor = $this->active_mentor( $cohort['id'] );
		$mentee = $this->active_mentee( $cohort['id'], $mentor['id'] );
		$result = Evaluator::evaluate( Applications::get( $mentee['id'] ) );
		$this->assertSame( array( 'sessions', 'goals', 'contribution_link', 'mentor_confirmation' ), array_column( $result['criteria'], 'key' ) );
		$this->assertCount( 4, Evaluator::reasons( $result ) );
	}

	public function test_bad_criteria_are_refused_naming_the_field_and_nothing_is_stored(): void {
		$cohort = $this->finished_cohort();
		Criteria::save( $cohort['id'], array( 'min_sessions' => 2 ) );
		foreach (
			array(
				array( array( 'min_sessions' => -1, 'goals_set' => true ), 'min_sessions' ),
				array( array( 'min_sessions' => 101 ), 'min_sessions' ),
				array( array( 'min_sessions' => '2.5' ), 'min_sessions' ),
				array( array( 'goals_set' => 'maybe', 'contribution_link' => true ), 'goals_set' ),
				array( array( 'surprise' => true ), 'surprise' ),
			) as $case
		) {
			$result = Criteria::save( $cohort['id'], $case[0] );
			$this->assertWPErrorCode( 'rest_invalid_param', $result );
			$this->assertSame( 400, $result->get_error_data()['status'] );
			$this->assertArrayHasKey( $case[1], $result->get_error_data()['params'] );
			$this->assertSame( 2, Criteria::get( $cohort['id'] )['min_sessions'] );
			$this->assertFalse( Criteria::get( $cohort['id'] )['goals_set'] );
			$this->assertFalse( Criteria::get( $cohort['id'] )['contribution_link'] );
		}
		$this->assertWPErrorCode( 'mentorship_not_found', Criteria::save( 999999, array( 'goals_set' => true ) ) );
	}

	public function test_the_rest_route_validates_and_stores(): void {
		$cohort = $this->finished_cohort();
		$this->as_coordinator();
		$bad = $this->rest( 'POST', '/mentorship/v1/cohorts/' . $cohort['id'] . '/graduation-criteria', array( 'min_sessions' => 'many' ) );
		$this->assertSame( 400, $bad->get_status() );
		$this->assertArrayHasKey( 'min_sessions', $bad->get_data()['data']['params'] );
		$bad = $this->rest( 'POST', '/mentorship/v1/cohorts/' . $cohort['id'] . '/graduation-criteria', array( 'goals_set' => 'perhaps' ) );
		$this->assertSame( 400, $bad->get_status() );
		$this->assertArrayHasKey( 'goals_set', $bad->get_data()['data']['params'] );

		$ok = $this->rest( 'POST', '/mentorship/v1/cohorts/' . $cohort['id'] . '/graduation-criteria', array( 'min_sessions' => 4, 'goals_set' => true ) );
		$this->assertSame( 200, $ok->get_status(), wp_json_encode( $ok->get_data() ) );
		$this->assertSame( 4, $ok->get_data()['min_sessions'] );
		$got = $this->rest( 'GET', '/mentorship/v1/cohorts/' . $cohort['id'] . '/graduation-criteria' );
		$this->assertSame(
			array(
				'min_sessions'        => 4,
				'goals_set'           => true,
				'contribution_link'   => false,
				'mentor_confirmation' => false,
			),
			$got->get_data()
		);
	}

	public function test_contribution_link_must_be_a_web_address(): void {
		$cohort = $this->finished_cohort();
		$mentor = $this->active_mentor( $cohort['id'] );
		$mentee = $this->active_mentee( $cohort['id'], $mentor['id'] );
		foreach ( array( 'javascript:alert(1)', 'not a link', 'ftp://example.org/x', 'https://' . str_repeat( 'a', 300 ) . '.org' ) as $bad ) {
			$result = Progress::update( $mentee['id'], array( 'contribution_link' => $bad ), $mentee['user'] );
			$this->assertWPErrorCode( 'rest_invalid_param', $result, $bad );
			$this->assertArrayHasKey( 'contribution_link', $result->get_error_data()['params'] );
		}
		$this->assertSame( '', Progress::get( $mentee['id'] )['contribution_link'] );
	}

	/**
	 * Asserts a WP_Error with a code.
	 *
	 * @param string $code    Code.
	 * @param mixed  $actual  Value.
	 * @param string $message Message.
	 */
	private function assertWPErrorCode( string $code, $actual, string $message = '' ): void {
		$this->assertInstanceOf( \WP_Error::class, $actual, $message );
		$this->assertSame( $code, $actual->get_error_code(), $message );
	}
}
