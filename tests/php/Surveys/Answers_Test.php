<?php
/**
 * One answer per person per survey, changeable until the survey closes; invitations
 * sent once, whatever runs them.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Tests\Surveys;

use Mentorship_Program\Applications\Applications;
use Mentorship_Program\Database\Schema as Plugin_Schema;
use Mentorship_Program\Surveys\Answers;
use Mentorship_Program\Surveys\Invitations;
use Mentorship_Program\Surveys\Schema;
use Mentorship_Program\Surveys\Surveys;
use Mentorship_Program\Tests\Fixtures;
use Mentorship_Program\Tests\TestCase;

final class Answers_Test extends TestCase {

	use Fixtures;

	/**
	 * A cohort that started yesterday, so its start surveys are open.
	 *
	 * @return array<string, mixed>
	 */
	private function started_cohort(): array {
		return $this->make_cohort(
			array(
				'starts_on' => gmdate( 'Y-m-d', time() - DAY_IN_SECONDS ),
				'ends_on'   => gmdate( 'Y-m-d', time() + 40 * DAY_IN_SECONDS ),
			)
		);
	}

	private function answer_rows( int $survey_id ): int {
		global $wpdb;
		return (int) $wpdb->get_var( $wpdb->prepare( 'SELECT COUNT(*) FROM ' . Schema::table( 'answers' ) . ' WHERE survey_id = %d', $survey_id ) ); // phpcs:ignore
	}

	public function test_one_answer_per_person_changeable_until_the_survey_closes(): void {
		$cohort = $this->started_cohort();
		$mentee = $this->make_application( 'mentee', $cohort['id'], array( 'in_review', 'accepted' ) );
		$survey = Surveys::find( $cohort['id'], 'mentee', 'start' );
		$this->assertSame( 'open', $survey['status'] );

		$first = Answers::save( $survey['id'], $mentee['id'], array( 'familiarity' => '2', 'confidence' => 3, 'satisfaction' => 4, 'helped' => 'The <b>chat</b>' ) );
		$this->assertIsArray( $first );
		$this->assertTrue( $first['created'] );
		$this->assertSame( 'The chat', $first['answers']['helped'] );
		$again = Answers::save( $survey['id'], $mentee['id'], array( 'familiarity' => 4, 'confidence' => 3, 'satisfaction' => 4 ) );
		$this->assertFalse( $again['created'] );
		$this->assertSame( 1, $this->answer_rows( $survey['id'] ) );
		$this->assertSame( array( 'familiarity' => 4, 'confidence' => 3, 'satisfaction' => 4 ), Answers::of( $survey['id'], $mentee['id'] ) );

		// The database itself holds the rule: a second row for the same person fails.
		global $wpdb;
		$suppress = $wpdb->suppress_errors( true );
		$inserted = $wpdb->insert( Schema::table( 'answers' ), array( 'survey_id' => $survey['id'], 'application_id' => $mentee['id'], 'answers' => '{}', 'created_at' => gmdate( 'Y-m-d H:i:s' ), 'updated_at' => gmdate( 'Y-m-d H:i:s' ) ) ); // phpcs:ignore
		$wpdb->suppress_errors( $suppress );
		$this->assertFalse( $inserted );

		// Closed yesterday: refused, and the answer stays as it was.
		$this->assertIsArray( Surveys::update( $survey['id'], array( 'opens_on' => gmdate( 'Y-m-d', time() - 20 * DAY_IN_SECONDS ), 'closes_on' => gmdate( 'Y-m-d', time() - DAY_IN_SECONDS ) ) ) );
		$late = Answers::save( $survey['id'], $mentee['id'], array( 'familiarity' => 1, 'confidence' => 1, 'satisfaction' => 1 ) );
		$this->assertWPError( $late );
		$this->assertSame( 'mentorship_survey_closed', $late->get_error_code() );
		$this->assertStringContainsString( 'closed on', $late->get_error_message() );
		$this->assertSame( 4, Answers::of( $survey['id'], $mentee['id'] )['familiarity'] );

		// Not open yet: refused too.
		Surveys::update( $survey['id'], array( 'opens_on' => gmdate( 'Y-m-d', time() + DAY_IN_SECONDS ), 'closes_on' => '' ) );
		$this->assertSame( 'mentorship_survey_not_open', Answers::save( $survey['id'], $mentee['id'], array( 'familiarity' => 1 ) )->get_error_code() );
	}

	public function test_bad_answers_are_refused_naming_each_question(): void {
		$cohort = $this->started_cohort();
		$mentee = $this->make_application( 'mentee', $cohort['id'], array( 'in_review', 'accepted' ) );
		$survey = Surveys::find( $cohort['id'], 'mentee', 'start' );
		$error  = Answers::save( $survey['id'], $mentee['id'], array( 'familiarity' => 6, 'confidence' => array( 1 ), 'recommend' => '11' ) );
		$this->assertWPError( $error );
		$data = $error->get_error_data();
		$this->assertSame( 400, $data['status'] );
		$this->assertSame( array( 'familiarity', 'confidence', 'satisfaction', 'recommend' ), array_keys( $data['params'] ) );
		$this->assertSame( 0, $this->answer_rows( $survey['id'] ) );
	}

	public function test_only_the_people_a_survey_asks_may_answer_it(): void {
		$cohort  = $this->started_cohort();
		$mentee  = $this->make_application( 'mentee', $cohort['id'], array( 'in_review', 'accepted' ) );
		$mentor  = $this->make_application( 'mentor', $cohort['id'], array( 'in_review', 'approved' ) );
		$waiting = $this->make_application( 'mentee', $cohort['id'], array( 'in_review' ) );
		$survey  = Surveys::find( $cohort['id'], 'mentee', 'start' );
		$values  = array( 'familiarity' => 3, 'confidence' => 3, 'satisfaction' => 3 );
		$this->assertSame( 'mentorship_survey_not_yours', Answers::save( $survey['id'], $mentor['id'], $values )->get_error_code() );
		$this->assertSame( 'mentorship_survey_not_yours', Answers::save( $survey['id'], $waiting['id'], $values )->get_error_code() );
		$this->assertIsArray( Answers::save( $survey['id'], $mentee['id'], $values ) );
	}

	public function test_questions_change_only_before_the_survey_opens(): void {
		$cohort    = $this->make_cohort();
		$survey    = Surveys::find( $cohort['id'], 'mentee', 'end' );
		$questions = $survey['questions'];
		$this->assertSame( array( 'familiarity', 'confidence', 'satisfaction', 'recommend', 'helped', 'change' ), array_column( $questions, 'key' ) );
		$questions[] = array( 'key' => 'format', 'kind' => 'choice', 'label' => 'Which format suited you?', 'required' => false, 'options' => array( 'One-to-one', 'Group' ) );
		$changed     = Surveys::update( $survey['id'], array( 'questions' => $questions ) );
		$this->assertIsArray( $changed );
		$this->assertSame( 'choice', $changed['questions'][6]['kind'] );

		$duplicate = Surveys::update( $survey['id'], array( 'questions' => array_merge( $questions, array( $questions[0] ) ) ) );
		$this->assertSame( array( 'questions' ), array_keys( $duplicate->get_error_data()['params'] ) );
		$bad_date = Surveys::update( $survey['id'], array( 'closes_on' => '2024-02-31' ) );
		$this->assertSame( array( 'closes_on' ), array_keys( $bad_date->get_error_data()['params'] ) );
		$backwards = Surveys::update( $survey['id'], array( 'opens_on' => '2030-05-10', 'closes_on' => '2030-05-01' ) );
		$this->assertSame( array( 'closes_on' ), array_keys( $backwards->get_error_data()['params'] ) );

		Surveys::update( $survey['id'], array( 'opens_on' => gmdate( 'Y-m-d' ) ) );
		$refused = Surveys::update( $survey['id'], array( 'questions' => Surveys::get( $survey['id'] )['questions'] ) );
		$this->assertSame( 'mentorship_survey_started', $refused->get_error_code() );
	}

	public function test_dates_follow_the_cohort_unless_set(): void {
		$cohort = $this->make_cohort( array( 'starts_on' => '2030-01-01', 'ends_on' => '2030-02-11' ) );
		$dates  = array();
		foreach ( Surveys::ensure_for_cohort( $cohort['id'] ) as $survey ) {
			if ( 'mentee' === $survey['audience'] ) {
				$dates[ $survey['kind'] ] = array( $survey['opens_on'], $survey['closes_on'] );
			}
		}
		$this->assertSame(
			array(
				'start'    => array( '2030-01-01', '2030-01-14' ),
				'midpoint' => array( '2030-01-21', '2030-02-03' ),
				'end'      => array( '2030-02-11', '2030-03-03' ),
				'exit'     => array( '2030-01-01', '2030-03-13' ),
			),
			$dates
		);
		$this->assertCount( 8, Surveys::ensure_for_cohort( $cohort['id'] ), 'Eight surveys, created once.' );
	}

	public function test_catch_up_invites_each_person_once_with_a_private_link(): void {
		$cohort  = $this->started_cohort();
		$mentees = array();
		for ( $i = 0; $i < 3; $i++ ) {
			$mentees[] = $this->make_application( 'mentee', $cohort['id'], array( 'in_review', 'accepted' ) );
		}
		$mentor = $this->make_application( 'mentor', $cohort['id'], array( 'in_review', 'approved' ) );
		$this->make_application( 'mentee', $cohort['id'], array( 'in_review' ) );

		$this->assertSame( 4, Invitations::catch_up() );
		$this->assertSame( 0, Invitations::catch_up(), 'A second run sends nothing.' );
		$this->assertSame( 0, Invitations::catch_up() );

		global $wpdb;
		$mail = $wpdb->get_results( $wpdb->prepare( 'SELECT recipient, subject, body FROM ' . Plugin_Schema::table( 'mail' ) . ' WHERE object_id = %d AND body LIKE %s', $mentees[0]['id'], '%mentorship_survey=%' ), ARRAY_A ); // phpcs:ignore
		$this->assertCount( 1, $mail );
		$this->assertSame( $mentees[0]['fields']['email'], $mail[0]['recipient'] );
		$this->assertMatchesRegularExpression( '/[?&]mentorship_survey=(\d+\.[a-f0-9]{32})/', $mail[0]['body'] );
		preg_match( '/[?&]mentorship_survey=(\d+\.[a-f0-9]{32})/', $mail[0]['body'], $m );
		$link = Invitations::verify( $m[1] );
		$this->assertSame( $mentees[0]['id'], $link['application']['id'] );
		$this->assertSame( 'start', $link['survey']['kind'] );
		$this->assertNull( Invitations::verify( substr( $m[1], 0, -1 ) . ( '0' === substr( $m[1], -1 ) ? '1' : '0' ) ) );
		// Only the hash is stored.
		$this->assertSame( 0, (int) $wpdb->get_var( $wpdb->prepare( 'SELECT COUNT(*) FROM ' . Schema::table( 'invitations' ) . ' WHERE token_hash LIKE %s', '%' . explode( '.', $m[1] )[1] . '%' ) ) ); // phpcs:ignore
		$this->assertSame( 1, Invitations::count_for( Surveys::find( $cohort['id'], 'mentor', 'start' )['id'] ) );
		unset( $mentor );
	}

	public function test_someone_who_withdraws_is_asked_the_exit_survey_once(): void {
		$cohort = $this->started_cohort();
		$mentee = $this->make_application( 'mentee', $cohort['id'], array( 'in_review', 'accepted' ) );
		$this->assertIsArray( Applications::transition( $mentee['id'], 'withdrawn' ) );
		$exit = Surveys::find( $cohort['id'], 'mentee', 'exit' );
		$this->assertSame( 1, Invitations::count_for( $exit['id'] ) );
		$this->assertSame( 0, Invitations::catch_up() );
		$this->assertIsArray( Answers::save( $exit['id'], $mentee['id'], array( 'familiarity' => 2, 'confidence' => 2, 'satisfaction' => 3, 'change' => 'Less time than I hoped.' ) ) );
	}

	/**
	 * Asserts a WP_Error.
	 *
	 * @param mixed $actual Value.
	 */
	private function assertWPError( $actual ): void {
		$this->assertInstanceOf( \WP_Error::class, $actual );
	}

	public function test_reads_by_survey_and_by_person_decode_each_row_and_a_broken_row_holds_no_answers(): void {
		global $wpdb;
		$cohort = $this->started_cohort();
		$mentee = $this->make_application( 'mentee', $cohort['id'], array( 'in_review', 'accepted' ) );
		$survey = Surveys::find( $cohort['id'], 'mentee', 'start' );
		Answers::save( $survey['id'], $mentee['id'], array( 'familiarity' => 2, 'confidence' => 3, 'satisfaction' => 4 ) );

		$by_survey = Answers::for_survey( $survey['id'] );
		$this->assertCount( 1, $by_survey );
		$this->assertSame( $mentee['id'], $by_survey[0]['application_id'] );
		$this->assertSame( 3, $by_survey[0]['answers']['confidence'] );
		$by_person = Answers::of_application( $mentee['id'] );
		$this->assertCount( 1, $by_person );
		$this->assertSame( $survey['id'], $by_person[0]['survey']['id'] );
		$this->assertSame( $by_survey[0]['answers'], $by_person[0]['answers'] );

		$wpdb->update( Schema::table( 'answers' ), array( 'answers' => '{broken' ), array( 'survey_id' => $survey['id'] ) ); // phpcs:ignore
		$this->assertSame( array(), Answers::for_survey( $survey['id'] )[0]['answers'] );
		$this->assertSame( array(), Answers::of_application( $mentee['id'] )[0]['answers'] );
		$this->assertSame( array(), Answers::of( $survey['id'], $mentee['id'] ) );
	}

	public function test_answers_and_follow_ups_are_refused_alike(): void {
		$error = Answers::invalid( array( 'where_url' => 'Enter a link.' ) );
		$this->assertSame( 'rest_invalid_param', $error->get_error_code() );
		$this->assertSame( 'Some answers need another look.', $error->get_error_message() );
		$this->assertSame(
			array(
				'status' => 400,
				'params' => array( 'where_url' => 'Enter a link.' ),
			),
			$error->get_error_data()
		);
	}
}
