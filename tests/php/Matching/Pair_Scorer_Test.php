<?php
/**
 * Tests for pair scores and their explanations.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Tests\Matching;

use Mentorship_Program\Bin\Matching_Fixtures;
use Mentorship_Program\Matching\Problem;
use Mentorship_Program\Matching\Reasons;
use Mentorship_Program\Tests\TestCase;

require_once dirname( __DIR__, 3 ) . '/bin/lib/matching-fixtures.php';

/**
 * Scores add up from language, overlap, teams and format, and say why.
 */
final class Pair_Scorer_Test extends TestCase {

	/**
	 * A person with defaults for whatever the test does not care about.
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
	 * The explanation of the only pair of a one-mentee, one-mentor cohort.
	 *
	 * @param array<string, mixed> $mentee  Mentee fields.
	 * @param array<string, mixed> $mentor  Mentor fields.
	 * @param array<string, mixed> $options Options.
	 * @return array<string, mixed>
	 */
	private static function explain( array $mentee, array $mentor, array $options = array() ): array {
		$problem = new Problem( array( self::person( 1, $mentee ) ), array( self::person( 2, $mentor ) ), $options + array( 'reference_date' => '2025-01-13' ) );
		return $problem->scorer->explain( 0, 0 );
	}

	public function test_a_hand_made_pair_scores_each_part_and_explains_it(): void {
		$explained = self::explain(
			array(
				'languages'    => array( 'en', 'es' ),
				'timezone'     => 'Europe/Madrid',
				'availability' => array( array( 'day' => 2, 'start' => '18:00', 'end' => '21:00' ) ),
				'teams'        => array( 'core', 'docs' ),
			),
			array(
				'languages'    => array( 'es' ),
				'timezone'     => 'America/Bogota',
				// 11:00–14:00 in Bogotá (UTC-5) is 17:00–20:00 in Madrid (UTC+1 in January): 2 hours in common.
				'availability' => array( array( 'day' => 2, 'start' => '11:00', 'end' => '14:00' ) ),
				'teams'        => array( 'core', 'design' ),
			)
		);
		$this->assertTrue( $explained['allowed'] );
		$this->assertSame( 3000, $explained['parts']['language']['points'] );
		$this->assertSame( array( 'es' ), $explained['parts']['language']['shared'] );
		$this->assertSame( 2.0, $explained['parts']['overlap_hours']['hours'] );
		$this->assertSame( 1500, $explained['parts']['overlap_hours']['points'], 'Half the 4-hour target earns half the 30 points.' );
		$this->assertSame( 1250, $explained['parts']['teams']['points'], 'One of two teams earns half the 25 points.' );
		$this->assertSame( array( 'core' ), $explained['parts']['teams']['shared'] );
		$this->assertSame( 1500, $explained['parts']['format']['points'] );
		$this->assertSame( 7250, $explained['score'] );
		$this->assertSame(
			array( Reasons::SHARED_LANGUAGE, Reasons::OVERLAP_PARTIAL, Reasons::SOME_TEAMS_MATCH, Reasons::FORMAT_OFFERED ),
			$explained['explanations']
		);
	}

	public function test_languages_match_on_the_primary_subtag(): void {
		$explained = self::explain( array( 'languages' => array( 'pt-BR' ) ), array( 'languages' => array( 'pt_PT', 'en' ) ) );
		$this->assertTrue( $explained['allowed'] );
		$this->assertSame( array( 'pt-BR' ), $explained['parts']['language']['shared'] );

		$explained = self::explain( array( 'languages' => array( 'ja' ) ), array( 'languages' => array( 'en' ) ) );
		$this->assertFalse( $explained['allowed'] );
		$this->assertContains( Reasons::NO_SHARED_LANGUAGE, $explained['explanations'] );
		$this->assertSame( 0, $explained['parts']['language']['points'] );
	}

	public function test_a_pair_without_a_shared_language_is_allowed_only_when_the_cohort_allows_it(): void {
		$explained = self::explain( array( 'languages' => array( 'ja' ) ), array( 'languages' => array( 'en' ) ), array( 'allow_no_shared_language' => true ) );
		$this->assertTrue( $explained['allowed'] );
		$this->assertSame( 7000, $explained['score'] );
	}

	public function test_too_little_overlap_is_not_allowed_but_unknown_availability_is(): void {
		$short = self::explain(
			array( 'availability' => array( array( 'day' => 0, 'start' => '10:00', 'end' => '10:45' ) ) ),
			array()
		);
		$this->assertFalse( $short['allowed'], '45 minutes is under the 1-hour minimum.' );
		$this->assertSame( 0.75, $short['parts']['overlap_hours']['hours'] );

		$lenient = self::explain(
			array( 'availability' => array( array( 'day' => 0, 'start' => '10:00', 'end' => '10:45' ) ) ),
			array(),
			array( 'weights' => array( 'min_overlap_hours' => 0.5 ) )
		);
		$this->assertTrue( $lenient['allowed'] );

		$unknown = self::explain( array( 'availability' => array() ), array() );
		$this->assertTrue( $unknown['allowed'] );
		$this->assertSame( 0, $unknown['parts']['overlap_hours']['points'] );
		$this->assertFalse( $unknown['parts']['overlap_hours']['known'] );
		$this->assertContains( Reasons::AVAILABILITY_UNKNOWN, $unknown['explanations'] );
	}

	public function test_format_fit(): void {
		$this->assertContains( Reasons::FORMAT_NOT_OFFERED, self::explain( array( 'format' => 'project-group' ), array() )['explanations'] );
		$this->assertSame( 0, self::explain( array( 'format' => 'project-group' ), array() )['parts']['format']['points'] );
		$this->assertSame( 1500, self::explain( array( 'format' => 'any' ), array( 'formats' => array( 'cohort-group' ) ) )['parts']['format']['points'] );
		$this->assertContains( Reasons::FORMAT_ANY, self::explain( array( 'format' => 'any' ), array() )['explanations'] );
		$this->assertSame( 1500, self::explain( array( 'format' => 'project-group' ), array( 'formats' => array() ) )['parts']['format']['points'], 'A mentor who names no format takes any.' );
	}

	public function test_team_fit_is_the_share_of_the_mentees_teams(): void {
		$this->assertContains( Reasons::ALL_TEAMS_MATCH, self::explain( array( 'teams' => array( 'Core' ) ), array( 'teams' => array( 'core', 'docs' ) ) )['explanations'] );
		$this->assertSame( 833, self::explain( array( 'teams' => array( 'core', 'docs', 'test' ) ), array( 'teams' => array( 'core' ) ) )['parts']['teams']['points'] );
		$none = self::explain( array( 'teams' => array() ), array() );
		$this->assertSame( 0, $none['parts']['teams']['points'] );
		$this->assertContains( Reasons::NO_TEAM_PREFERENCE, $none['explanations'] );
		$this->assertContains( Reasons::NO_TEAM_MATCH, self::explain( array( 'teams' => array( 'docs' ) ), array() )['explanations'] );
	}

	public function test_fast_scores_equal_explained_scores_on_generated_cohorts(): void {
		$checked = 0;
		foreach ( array( 'realistic', 'compact' ) as $mix ) {
			for ( $seed = 1; $seed <= 4; $seed++ ) {
				$cohort  = ( new Matching_Fixtures( $seed ) )->cohort( 40, 15, array( 'mix' => $mix ) );
				$problem = new Problem( $cohort['mentees'], $cohort['mentors'], $cohort['options'] + array( 'allow_no_shared_language' => 2 === $seed ) );
				foreach ( $problem->free as $u ) {
					foreach ( array_keys( $problem->mentors ) as $r ) {
						$explained = $problem->scorer->explain( $u, $r );
						$fast      = $problem->candidates[ $u ][ $r ] ?? null;
						if ( $explained['allowed'] && ! isset( $problem->forbidden[ $u ][ $r ] ) ) {
							$this->assertSame( $explained['score'], $fast, "Pair {$u}–{$r}, seed {$seed}, {$mix}." );
							$parts = array_sum( array_column( $explained['parts'], 'points' ) );
							$this->assertSame( $explained['score'], $parts );
							++$checked;
						} else {
							$this->assertNull( $fast, "Pair {$u}–{$r} must not be a candidate." );
						}
					}
				}
			}
		}
		$this->assertGreaterThan( 500, $checked, 'The cohorts must have many allowed pairs for this to mean something.' );
	}
}
