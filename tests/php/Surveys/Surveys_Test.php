<?php
/**
 * Refusals of survey changes.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Tests\Surveys;

use Mentorship_Program\Surveys\Surveys;
use Mentorship_Program\Tests\Fixtures;
use Mentorship_Program\Tests\TestCase;

/**
 * Each refusal names the field, its short reason, and what to do.
 */
final class Surveys_Test extends TestCase {

	use Fixtures;

	public function test_a_refusal_names_one_field_with_its_reason(): void {
		$error = Surveys::refusal( 'closes_on', 'Before the opening day.', 'Close it later.' );
		$this->assertSame( 'rest_invalid_param', $error->get_error_code() );
		$this->assertSame( 'Close it later.', $error->get_error_message() );
		$this->assertSame(
			array(
				'status' => 400,
				'params' => array( 'closes_on' => 'Before the opening day.' ),
			),
			$error->get_error_data()
		);
		$this->assertSame( 409, Surveys::refusal( 'questions', 'Opened.', 'It opened.', 409, 'mentorship_survey_started' )->get_error_data()['status'] );
	}

	public function test_bad_dates_are_refused_naming_the_field_and_nothing_is_stored(): void {
		$cohort = $this->make_cohort(
			array(
				'starts_on' => gmdate( 'Y-m-d', time() + 10 * DAY_IN_SECONDS ),
				'ends_on'   => gmdate( 'Y-m-d', time() + 50 * DAY_IN_SECONDS ),
			)
		);
		$survey = Surveys::find( $cohort['id'], 'mentee', 'end' );

		$bad = Surveys::update( $survey['id'], array( 'opens_on' => '31/12/2030' ) );
		$this->assertInstanceOf( \WP_Error::class, $bad );
		$this->assertSame( array( 'opens_on' ), array_keys( $bad->get_error_data()['params'] ) );

		$late = Surveys::update(
			$survey['id'],
			array(
				'opens_on'  => gmdate( 'Y-m-d', time() + 40 * DAY_IN_SECONDS ),
				'closes_on' => gmdate( 'Y-m-d', time() + 30 * DAY_IN_SECONDS ),
			)
		);
		$this->assertInstanceOf( \WP_Error::class, $late );
		$this->assertSame( array( 'closes_on' ), array_keys( $late->get_error_data()['params'] ) );
		$this->assertSame( $survey['opens_on'], Surveys::get( $survey['id'] )['opens_on'], 'Nothing half-stored.' );
	}

	public function test_install_gives_every_cohort_its_surveys(): void {
		global $wpdb;
		$first  = $this->make_cohort();
		$second = $this->make_cohort();
		$wpdb->query( 'DELETE FROM ' . \Mentorship_Program\Surveys\Schema::table( 'surveys' ) ); // phpcs:ignore
		$this->assertSame( array(), Surveys::for_cohort( $first['id'] ) );

		Surveys::create_for_every_cohort();
		$this->assertNotEmpty( Surveys::for_cohort( $first['id'] ) );
		$this->assertSame( count( Surveys::for_cohort( $first['id'] ) ), count( Surveys::for_cohort( $second['id'] ) ) );
	}
}
