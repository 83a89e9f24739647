<?php
/**
 * The survey routes: coordinators edit and read aggregates; mentors read nothing of
 * anyone's answers; individual answers only where the site allows it; bad input is a
 * 400 naming the field.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Tests\Surveys;

use Mentorship_Program\Cohorts\Assignments;
use Mentorship_Program\Settings\Settings;
use Mentorship_Program\Surveys\Answers;
use Mentorship_Program\Surveys\Demo_Seeder;
use Mentorship_Program\Surveys\Surveys;
use Mentorship_Program\Tests\Fixtures;
use Mentorship_Program\Tests\TestCase;

final class Surveys_Routes_Test extends TestCase {

	use Fixtures;

	public function test_mentors_cannot_read_their_mentees_answers_anywhere(): void {
		$cohort = $this->make_cohort( array( 'starts_on' => gmdate( 'Y-m-d', time() - DAY_IN_SECONDS ) ) );
		$user   = $this->create_user( 'subscriber' );
		$mentor = $this->make_application( 'mentor', $cohort['id'], array( 'in_review', 'approved' ), array( 'capacity' => 6 ), $user );
		$survey = Surveys::find( $cohort['id'], 'mentee', 'start' );
		for ( $i = 0; $i < 6; $i++ ) {
			$mentee = $this->make_application( 'mentee', $cohort['id'], array( 'in_review', 'accepted' ) );
			$this->assertTrue( Assignments::assign( $mentee['id'], $mentor['id'] ) );
			Answers::save(
				$survey['id'],
				$mentee['id'],
				array(
					'familiarity'  => 2,
					'confidence'   => 2,
					'satisfaction' => 2,
					'change'       => 'My mentor never showed up.',
				)
			);
		}
		// Even on a site that lets coordinators read individual answers.
		Settings::update( array( 'survey_show_answers' => true ) );
		wp_set_current_user( $user );
		foreach ( array(
			'/mentorship/v1/cohorts/' . $cohort['id'] . '/surveys',
			'/mentorship/v1/cohorts/' . $cohort['id'] . '/outcomes',
			'/mentorship/v1/surveys/' . $survey['id'],
			'/mentorship/v1/surveys/' . $survey['id'] . '/results',
			'/mentorship/v1/surveys/' . $survey['id'] . '/answers',
		) as $route ) {
			$response = $this->rest( 'GET', $route );
			$this->assertSame( 403, $response->get_status(), $route );
			$this->assertStringNotContainsString( 'never showed up', (string) wp_json_encode( $response->get_data() ) );
		}
		// Nor through the records the mentor may read.
		foreach ( array( '/mentorship/v1/applications', '/mentorship/v1/me' ) as $route ) {
			$this->assertStringNotContainsString( 'never showed up', (string) wp_json_encode( $this->rest( 'GET', $route )->get_data() ), $route );
		}
	}

	public function test_individual_answers_only_when_the_site_allows_it_and_without_names(): void {
		$cohort = $this->make_cohort( array( 'starts_on' => gmdate( 'Y-m-d', time() - DAY_IN_SECONDS ) ) );
		$survey = Surveys::find( $cohort['id'], 'mentee', 'start' );
		$mentee = $this->make_application( 'mentee', $cohort['id'], array( 'in_review', 'accepted' ) );
		Answers::save(
			$survey['id'],
			$mentee['id'],
			array(
				'familiarity'  => 4,
				'confidence'   => 3,
				'satisfaction' => 5,
			)
		);
		$this->as_coordinator();
		$this->assertErrorResponse( 403, $this->rest( 'GET', '/mentorship/v1/surveys/' . $survey['id'] . '/answers' ), 'mentorship_answers_private' );
		Settings::update( array( 'survey_show_answers' => true ) );
		$response = $this->rest( 'GET', '/mentorship/v1/surveys/' . $survey['id'] . '/answers' );
		$this->assertSame( 200, $response->get_status() );
		$data = $response->get_data();
		$this->assertCount( 1, $data );
		$this->assertSame( array( 'answers', 'updated_at' ), array_keys( $data[0] ) );
		$this->assertStringNotContainsString( $mentee['fields']['name'], (string) wp_json_encode( $data ) );
	}

	public function test_a_cohort_gets_its_surveys_when_created_and_reading_them_writes_nothing(): void {
		global $wpdb;
		$table  = \Mentorship_Program\Surveys\Schema::table( 'surveys' );
		$count  = static fn( int $cohort_id ): int => (int) $wpdb->get_var( $wpdb->prepare( "SELECT COUNT(*) FROM {$table} WHERE cohort_id = %d", $cohort_id ) ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared, WordPress.DB.DirectDatabaseQuery
		$cohort = $this->make_cohort();
		$this->assertSame( 8, $count( $cohort['id'] ), 'Made with the cohort.' );

		// A cohort from before surveys existed: reading does not create them…
		$wpdb->delete( $table, array( 'cohort_id' => $cohort['id'] ), array( '%d' ) ); // phpcs:ignore WordPress.DB.DirectDatabaseQuery
		$this->as_coordinator();
		$list = $this->rest( 'GET', '/mentorship/v1/cohorts/' . $cohort['id'] . '/surveys' );
		$this->assertSame( 200, $list->get_status() );
		$this->assertSame( array(), $list->get_data() );
		$this->assertSame( 200, $this->rest( 'GET', '/mentorship/v1/reports/cohorts/' . $cohort['id'] )->get_status() );
		$this->assertNull( Surveys::find( $cohort['id'], 'mentee', 'end' ) );
		$this->assertSame( 0, $count( $cohort['id'] ), 'GET requests wrote nothing.' );

		// …the upgrade does.
		\Mentorship_Program\Installer::install_site();
		$this->assertSame( 8, $count( $cohort['id'] ) );
	}

	public function test_coordinators_edit_questions_and_dates_and_bad_input_names_the_field(): void {
		$cohort = $this->make_cohort();
		$this->as_coordinator();
		$list = $this->rest( 'GET', '/mentorship/v1/cohorts/' . $cohort['id'] . '/surveys' );
		$this->assertSame( 200, $list->get_status() );
		$this->assertCount( 8, $list->get_data() );
		$end = Surveys::find( $cohort['id'], 'mentee', 'end' );

		$questions   = $end['questions'];
		$questions[] = array(
			'key'     => 'format',
			'kind'    => 'choice',
			'label'   => 'Which format suited you?',
			'options' => array( 'One-to-one', 'Group' ),
		);
		$response    = $this->rest(
			'PATCH',
			'/mentorship/v1/surveys/' . $end['id'],
			array(
				'questions' => $questions,
				'closes_on' => '2031-01-31',
			)
		);
		$this->assertSame( 200, $response->get_status(), (string) wp_json_encode( $response->get_data() ) );
		$this->assertSame( '2031-01-31', $response->get_data()['closes_on'] );
		$this->assertCount( 7, $response->get_data()['questions'] );

		foreach ( array(
			'questions' => array(
				'questions' => array(
					array(
						'key'   => 'x',
						'kind'  => 'slider',
						'label' => 'X',
					),
				),
			),
			'closes_on' => array( 'closes_on' => 'tomorrow' ),
			'colour'    => array( 'colour' => 'blue' ),
		) as $field => $body ) {
			$bad = $this->rest( 'PATCH', '/mentorship/v1/surveys/' . $end['id'], $body );
			$this->assertSame( 400, $bad->get_status(), $field );
			$this->assertArrayHasKey( $field, $bad->get_data()['data']['params'], $field );
		}
		$this->assertCount( 7, Surveys::get( $end['id'] )['questions'], 'Nothing half-stored.' );

		Surveys::update( $end['id'], array( 'opens_on' => gmdate( 'Y-m-d' ) ) );
		$this->assertErrorResponse( 409, $this->rest( 'PATCH', '/mentorship/v1/surveys/' . $end['id'], array( 'questions' => $questions ) ), 'mentorship_survey_started' );
		$this->assertSame( 200, $this->rest( 'PATCH', '/mentorship/v1/surveys/' . $end['id'], array( 'closes_on' => '2031-02-28' ) )->get_status(), 'Dates can still move.' );
	}

	public function test_the_outcomes_route_gives_the_2024_figures(): void {
		$seeded = Demo_Seeder::outcomes_2024();
		$this->as_coordinator();
		$response = $this->rest( 'GET', '/mentorship/v1/cohorts/' . $seeded['cohort_id'] . '/outcomes' );
		$this->assertSame( 200, $response->get_status() );
		$data = $response->get_data();
		$this->assertSame( array( 53.65, 80.24 ), array( $data['surveys']['questions'][0]['start'], $data['surveys']['questions'][0]['end'] ) );
		$this->assertSame( 88.62, $data['surveys']['questions'][2]['end'] );
		$this->assertSame( 30, $data['retention'][0]['days'] );
		$results = $this->rest( 'GET', '/mentorship/v1/surveys/' . Surveys::find( $seeded['cohort_id'], 'mentee', 'end' )['id'] . '/results' )->get_data();
		$this->assertSame( 40, $results['respondents'] );
		$this->assertSame( 77.0, $results['questions'][0]['figure'] );
	}
}
