<?php
/**
 * Tests for the matching engine on hand-made cohorts.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Tests\Matching;

use Mentorship_Program\Matching\Greedy_Matcher;
use Mentorship_Program\Matching\Match_Result;
use Mentorship_Program\Matching\Matcher;
use Mentorship_Program\Matching\Reasons;
use Mentorship_Program\Tests\TestCase;

/**
 * Pairs, reasons, pins, forbidden pairs, seats and eligibility on cases small enough to
 * check by hand.
 */
final class Matcher_Test extends TestCase {

	/**
	 * A person with defaults: English, UTC, Monday 10:00–16:00, core team, one-to-one.
	 *
	 * @param int                  $id     ID.
	 * @param array<string, mixed> $fields Fields to set.
	 * @return array<string, mixed>
	 */
	private static function person( int $id, array $fields = array() ): array {
		return $fields + array(
			'id'           => $id,
			'languages'    => array( 'en' ),
			'timezone'     => 'UTC',
			'availability' => array( array( 'day' => 0, 'start' => '10:00', 'end' => '16:00' ) ),
			'teams'        => array( 'core' ),
			'format'       => 'one-to-one',
			'formats'      => array( 'one-to-one' ),
			'capacity'     => 1,
		);
	}

	/**
	 * Runs the matcher.
	 *
	 * @param array<int, array<string, mixed>> $mentees Mentees.
	 * @param array<int, array<string, mixed>> $mentors Mentors.
	 * @param array<string, mixed>             $options Options.
	 * @return Match_Result
	 */
	private static function match( array $mentees, array $mentors, array $options = array() ): Match_Result {
		return ( new Matcher() )->match( $mentees, $mentors, $options + array( 'reference_date' => '2025-01-13' ) );
	}

	/**
	 * Unmatched reasons by mentee ID.
	 *
	 * @param Match_Result $result Result.
	 * @return array<int, string>
	 */
	private static function reasons( Match_Result $result ): array {
		return array_column( $result->unmatched(), 'reason', 'mentee_id' );
	}

	public function test_each_unmatched_mentee_gets_the_reason_that_applies(): void {
		$result = self::match(
			array(
				self::person( 1, array( 'languages' => array( 'ja' ) ) ),
				self::person( 2, array( 'availability' => array( array( 'day' => 1, 'start' => '10:00', 'end' => '12:00' ) ) ) ),
				self::person( 3, array( 'languages' => array( 'es' ) ) ),
				self::person( 4 ),
				self::person( 5, array( 'teams' => array( 'docs' ) ) ),
				self::person( 6, array( 'languages' => array( 'es' ) ) ),
			),
			array(
				self::person( 100 ),
				self::person( 200, array( 'languages' => array( 'es' ) ) ),
			),
			array( 'forbidden' => array( array( 3, 200 ) ) )
		);
		$this->assertSame( array( 4 => 100, 6 => 200 ), $result->assignment() );
		$this->assertSame(
			array(
				1 => Reasons::NO_SHARED_LANGUAGE,
				2 => Reasons::NO_OVERLAP,
				3 => Reasons::FORBIDDEN,
				5 => Reasons::NO_CAPACITY,
			),
			self::reasons( $result )
		);
		$this->assertSame( 1, array_column( $result->unmatched(), 'candidates', 'mentee_id' )[5] );
	}

	public function test_no_mentors_and_no_positive_score_reasons(): void {
		$this->assertSame( array( 1 => Reasons::NO_MENTORS ), self::reasons( self::match( array( self::person( 1 ) ), array() ) ) );
		$this->assertSame( array( 1 => Reasons::NO_MENTORS ), self::reasons( self::match( array( self::person( 1 ) ), array( self::person( 9, array( 'capacity' => 0 ) ) ) ) ) );
		$zero = array(
			'language' => 0,
			'overlap'  => 0,
			'teams'    => 0,
			'format'   => 0,
		);
		$this->assertSame( array( 1 => Reasons::NO_POSITIVE_SCORE ), self::reasons( self::match( array( self::person( 1 ) ), array( self::person( 9 ) ), array( 'weights' => $zero ) ) ) );
	}

	public function test_pairs_carry_their_score_breakdown_and_explanations(): void {
		$result = self::match( array( self::person( 1, array( 'teams' => array( 'core', 'docs' ) ) ) ), array( self::person( 9, array( 'languages' => array( 'en', 'de' ) ) ) ) );
		$pair   = $result->pairs()[0];
		$this->assertSame( 1, $pair['mentee_id'] );
		$this->assertSame( 9, $pair['mentor_id'] );
		$this->assertSame( 87.5, $pair['score'] );
		$this->assertFalse( $pair['pinned'] );
		$this->assertSame( 30.0, $pair['breakdown']['language']['points'] );
		$this->assertSame( 6.0, $pair['breakdown']['overlap_hours']['hours'] );
		$this->assertSame( 30.0, $pair['breakdown']['overlap_hours']['points'] );
		$this->assertSame( 12.5, $pair['breakdown']['teams']['points'] );
		$this->assertSame( 15.0, $pair['breakdown']['format']['points'] );
		$this->assertSame( array( Reasons::SHARED_LANGUAGE, Reasons::OVERLAP_FULL, Reasons::SOME_TEAMS_MATCH, Reasons::FORMAT_OFFERED ), $pair['explanations'] );
		$this->assertSame( 87.5, $result->total_score() );
		$this->assertSame( 87.5, $result->stats()['total_score'] );
		$this->assertSame( '2025-01-13', $result->stats()['reference_date'] );
	}

	public function test_the_best_total_beats_taking_the_best_pair_first(): void {
		$mentees = array(
			self::person( 1, array( 'teams' => array( 'core' ) ) ),
			self::person( 2, array( 'teams' => array( 'docs' ) ) ),
		);
		$mentors = array(
			self::person( 10, array( 'teams' => array( 'core', 'docs' ) ) ),
			self::person( 20, array( 'formats' => array( 'cohort-group' ) ) ),
		);
		// 1–10 and 2–10 score 100, 1–20 scores 85 (no format), 2–20 scores 60 (no team, no format).
		$greedy = ( new Greedy_Matcher() )->match( $mentees, $mentors, array( 'reference_date' => '2025-01-13' ) );
		$this->assertSame( array( 1 => 10, 2 => 20 ), $greedy->assignment() );
		$this->assertSame( 160.0, $greedy->total_score() );

		$best = self::match( $mentees, $mentors );
		$this->assertSame( array( 1 => 20, 2 => 10 ), $best->assignment() );
		$this->assertSame( 185.0, $best->total_score() );
		$this->assertSame( array( Reasons::SHARED_LANGUAGE, Reasons::OVERLAP_FULL, Reasons::ALL_TEAMS_MATCH, Reasons::FORMAT_NOT_OFFERED ), $best->pairs()[0]['explanations'] );
	}

	public function test_maximum_score_may_leave_a_mentee_out_unless_coverage_is_preferred(): void {
		$weights = array(
			'language'          => 10,
			'overlap'           => 0,
			'min_overlap_hours' => 0,
			'teams'             => 50,
			'format'            => 40,
		);
		$mentees = array(
			self::person( 1 ),
			self::person( 2, array( 'languages' => array( 'es' ), 'format' => 'cohort-group' ) ),
		);
		$mentors = array(
			self::person( 10, array( 'languages' => array( 'en', 'es' ) ) ),
			self::person( 20, array( 'teams' => array( 'design' ), 'formats' => array( 'cohort-group' ) ) ),
		);
		// 1–10: 100, 1–20: 10, 2–10: 60, 2–20: no shared language.
		$best = self::match( $mentees, $mentors, array( 'weights' => $weights ) );
		$this->assertSame( array( 1 => 10 ), $best->assignment() );
		$this->assertSame( 100.0, $best->total_score() );
		$this->assertSame( array( 2 => Reasons::NO_CAPACITY ), self::reasons( $best ) );

		$covering = self::match( $mentees, $mentors, array( 'weights' => $weights, 'prefer_coverage' => true ) );
		$this->assertSame( array( 1 => 20, 2 => 10 ), $covering->assignment() );
		$this->assertSame( 70.0, $covering->total_score() );
	}

	public function test_pins_are_kept_and_count_against_capacity_and_bad_pins_are_reported(): void {
		$result = self::match(
			array(
				self::person( 1, array( 'languages' => array( 'ja' ) ) ),
				self::person( 2 ),
				self::person( 3 ),
				self::person( 4 ),
			),
			array(
				self::person( 10 ),
				self::person( 20, array( 'capacity' => 2 ) ),
			),
			array(
				'pins'      => array(
					array( 1, 10 ),
					array( 'mentee_id' => 1, 'mentor_id' => 20 ),
					array( 2, 10 ),
					array( 3, 20 ),
					array( 99, 20 ),
				),
				'forbidden' => array( array( 3, 20 ) ),
			)
		);
		// Mentor 10 is full with the pin of mentee 1, so the pin of mentee 2 does not fit.
		$this->assertSame( array( 1 => 10, 2 => 20, 4 => 20 ), $result->assignment() );
		$this->assertSame( array( 3 => Reasons::FORBIDDEN ), self::reasons( $result ) );
		$pairs = array_column( $result->pairs(), null, 'mentee_id' );
		$this->assertTrue( $pairs[1]['pinned'] );
		$this->assertSame( Reasons::PINNED, $pairs[1]['explanations'][0] );
		$this->assertSame( 0.0, $pairs[1]['breakdown']['language']['points'] );
		$this->assertArrayNotHasKey( 3, $pairs, 'A pinned pair that is also forbidden is not made.' );
		$this->assertSame( 20, $pairs[2]['mentor_id'] );
		$this->assertFalse( $pairs[2]['pinned'] );
		$codes = array_column( $result->warnings(), 'code' );
		sort( $codes );
		$expected = array( Reasons::PIN_DUPLICATE_MENTEE, Reasons::PIN_FORBIDDEN, Reasons::PIN_NO_SHARED_LANGUAGE, Reasons::PIN_OVER_CAPACITY, Reasons::PIN_UNKNOWN_PERSON );
		sort( $expected );
		$this->assertSame( $expected, $codes );
		$this->assertSame( 1, $result->stats()['pinned'] );
	}

	public function test_team_seats_limit_mentees_by_their_first_team(): void {
		$result = self::match(
			array(
				self::person( 1, array( 'teams' => array( 'core' ) ) ),
				self::person( 2, array( 'teams' => array( 'core', 'docs' ) ) ),
				self::person( 3, array( 'teams' => array( 'docs', 'core' ) ) ),
			),
			array( self::person( 10, array( 'capacity' => 3, 'teams' => array( 'core', 'docs' ) ) ) ),
			array( 'team_seats' => array( 'Core' => 1 ) )
		);
		$this->assertSame( array( 1 => 10, 3 => 10 ), $result->assignment() );
		$this->assertSame( array( 2 => Reasons::NO_TEAM_SEATS ), self::reasons( $result ) );
	}

	public function test_people_who_are_not_eligible_are_left_out(): void {
		$result = self::match(
			array(
				self::person( 1, array( 'stage' => 'waitlisted' ) ),
				self::person( 2, array( 'stage' => 'mp_accepted' ) ),
				self::person( 3, array( 'eligible' => false ) ),
				self::person( 2, array( 'languages' => array( 'ja' ) ) ),
			),
			array(
				self::person( 10, array( 'eligible' => false ) ),
				self::person( 20, array( 'stage' => 'approved' ) ),
				self::person( 30, array( 'stage' => 'in_review' ) ),
			)
		);
		$this->assertSame( array( 2 => 20 ), $result->assignment() );
		$this->assertSame( array(), $result->unmatched() );
		$excluded = array_map(
			static function ( array $row ): string {
				return $row['type'] . ':' . $row['id'] . ':' . $row['reason'];
			},
			$result->excluded()
		);
		sort( $excluded );
		$this->assertSame( array( 'mentee:1:not_eligible', 'mentee:2:duplicate_id', 'mentee:3:not_eligible', 'mentor:10:not_eligible', 'mentor:30:not_eligible' ), $excluded );

		$custom = self::match( array( self::person( 1, array( 'stage' => 'waitlisted' ) ) ), array( self::person( 10 ) ), array( 'eligible_stages' => array( 'mentee' => array( 'waitlisted' ) ) ) );
		$this->assertSame( array( 1 => 10 ), $custom->assignment() );
	}

	public function test_overlap_uses_the_clock_changes_of_the_cohort_dates(): void {
		$mentees = array(
			self::person(
				1,
				array(
					'timezone'     => 'America/New_York',
					'availability' => array( array( 'day' => 0, 'start' => '09:00', 'end' => '11:00' ) ),
				)
			),
		);
		$mentors = array(
			self::person(
				10,
				array(
					'timezone'     => 'Europe/London',
					'availability' => array( array( 'day' => 0, 'start' => '15:00', 'end' => '17:00' ) ),
				)
			),
		);
		$winter = self::match( $mentees, $mentors, array( 'reference_date' => '2025-01-13' ) );
		$this->assertSame( 1.0, $winter->pairs()[0]['breakdown']['overlap_hours']['hours'] );
		$this->assertSame( 7.5, $winter->pairs()[0]['breakdown']['overlap_hours']['points'] );

		// Between the US and the UK clock changes the hour in common disappears.
		$spring = self::match( $mentees, $mentors, array( 'reference_date' => '2025-03-17' ) );
		$this->assertSame( array(), $spring->pairs() );
		$this->assertSame( array( 1 => Reasons::NO_OVERLAP ), self::reasons( $spring ) );

		$allowed = self::match( $mentees, $mentors, array( 'reference_date' => '2025-03-17', 'weights' => array( 'min_overlap_hours' => 0 ) ) );
		$this->assertSame( 0.0, $allowed->pairs()[0]['breakdown']['overlap_hours']['hours'] );
		$this->assertContains( Reasons::OVERLAP_NONE, $allowed->pairs()[0]['explanations'] );
	}

	public function test_ties_go_to_the_lower_id_whatever_the_input_order(): void {
		$mentees = array( self::person( 5 ), self::person( 3 ), self::person( 4 ) );
		$mentors = array( self::person( 20 ), self::person( 10, array( 'capacity' => 1 ) ) );
		$result  = self::match( $mentees, $mentors );
		$this->assertSame( array( 3 => 10, 4 => 20 ), $result->assignment() );
		$this->assertSame( array( 5 => Reasons::NO_CAPACITY ), self::reasons( $result ) );
	}

	public function test_unknown_time_zones_are_reported_and_read_as_utc(): void {
		$result = self::match( array( self::person( 1, array( 'timezone' => 'Mars/Base' ) ) ), array( self::person( 10 ) ) );
		$this->assertSame( array( 1 => 10 ), $result->assignment() );
		$this->assertSame( Reasons::INVALID_TIMEZONE, $result->warnings()[0]['code'] );
		$this->assertSame( 1, $result->warnings()[0]['mentee_id'] );
	}

	public function test_result_as_array_has_every_section(): void {
		$data = self::match( array( self::person( 1 ) ), array( self::person( 10 ) ) )->to_array();
		$this->assertSame( array( 'pairs', 'unmatched', 'excluded', 'warnings', 'stats' ), array_keys( $data ) );
		$this->assertSame( 'min_cost_flow', $data['stats']['algorithm'] );
		$this->assertTrue( $data['stats']['optimal'] );
		$this->assertSame( 1, $data['stats']['matched'] );
	}
}
