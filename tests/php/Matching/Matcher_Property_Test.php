<?php
/**
 * Property tests for the matching engine on generated cohorts.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Tests\Matching;

use Mentorship_Program\Bin\Matching_Fixtures;
use Mentorship_Program\Matching\Greedy_Matcher;
use Mentorship_Program\Matching\Match_Result;
use Mentorship_Program\Matching\Matcher;
use Mentorship_Program\Matching\Problem;
use Mentorship_Program\Matching\Reasons;
use Mentorship_Program\Tests\TestCase;

require_once dirname( __DIR__, 3 ) . '/bin/lib/matching-fixtures.php';

/**
 * On dozens of seeded cohorts: the hard rules always hold, the answer is the same for
 * the same input, it equals an exhaustive search on small cohorts, never falls below
 * the greedy baseline, and pruning never changes it.
 */
final class Matcher_Property_Test extends TestCase {

	/**
	 * A seeded cohort of varied size with pins, forbidden pairs, seat limits and
	 * ineligible people.
	 *
	 * @param int $seed Seed.
	 * @return array{mentees: array<int, array<string, mixed>>, mentors: array<int, array<string, mixed>>, options: array<string, mixed>}
	 */
	private static function cohort( int $seed ): array {
		$random  = new Matching_Fixtures( $seed );
		$mentees = 20 + $random->below( 180 );
		$mentors = 3 + $random->below( 40 );
		return $random->cohort(
			$mentees,
			$mentors,
			array(
				'mix'            => 0 === $seed % 3 ? 'compact' : 'realistic',
				'pins'           => $random->below( 6 ),
				'forbidden'      => $random->below( 30 ),
				'team_seats'     => $random->below( 3 ),
				'ineligible'     => 0.1,
				'reference_date' => array( '2025-01-13', '2025-03-17', '2025-07-07', '2025-10-27' )[ $seed % 4 ],
			)
		);
	}

	/**
	 * The result without its timing, for comparisons.
	 *
	 * @param Match_Result $result Result.
	 * @return array<string, mixed>
	 */
	private static function comparable( Match_Result $result ): array {
		$data = $result->to_array();
		unset( $data['stats']['seconds'] );
		return $data;
	}

	public function test_generated_cohorts_respect_every_hard_rule(): void {
		$pairs_seen = 0;
		for ( $seed = 1; $seed <= 30; $seed++ ) {
			$cohort  = self::cohort( $seed );
			$options = $cohort['options'] + array( 'top_k' => 1 + $seed % 25 );
			$result  = ( new Matcher() )->match( $cohort['mentees'], $cohort['mentors'], $options );
			$context = "Seed {$seed}.";

			$mentees = array_column( $cohort['mentees'], null, 'id' );
			$mentors = array_column( $cohort['mentors'], null, 'id' );
			$load    = array();
			$seen    = array();
			$seats   = array();
			foreach ( $result->pairs() as $pair ) {
				$mentee = $mentees[ $pair['mentee_id'] ];
				$mentor = $mentors[ $pair['mentor_id'] ];
				$this->assertArrayNotHasKey( $pair['mentee_id'], $seen, 'No mentee twice. ' . $context );
				$seen[ $pair['mentee_id'] ] = true;
				$load[ $pair['mentor_id'] ] = ( $load[ $pair['mentor_id'] ] ?? 0 ) + 1;
				$this->assertSame( 'accepted', $mentee['stage'], 'Only eligible mentees. ' . $context );
				$this->assertSame( 'approved', $mentor['stage'], 'Only eligible mentors. ' . $context );
				$this->assertNotContains( array( $pair['mentee_id'], $pair['mentor_id'] ), $options['forbidden'], 'No forbidden pair. ' . $context );
				if ( ! $pair['pinned'] ) {
					$this->assertGreaterThan( 0, $pair['score'], $context );
					$this->assertNotEmpty( array_intersect( array_map( array( self::class, 'primary' ), $mentee['languages'] ), array_map( array( self::class, 'primary' ), $mentor['languages'] ) ), 'A shared language. ' . $context );
					$this->assertGreaterThanOrEqual( 1.0, $pair['breakdown']['overlap_hours']['hours'], 'At least an hour in common. ' . $context );
				}
				$first = $mentee['teams'][0];
				if ( isset( $options['team_seats'][ $first ] ) ) {
					$seats[ $first ] = ( $seats[ $first ] ?? 0 ) + 1;
				}
				$this->assertEqualsWithDelta( array_sum( array_column( $pair['breakdown'], 'points' ) ), $pair['score'], 0.001, $context );
				++$pairs_seen;
			}
			foreach ( $load as $id => $count ) {
				$this->assertLessThanOrEqual( $mentors[ $id ]['capacity'], $count, "Capacity of mentor {$id}. " . $context );
			}
			foreach ( $seats as $team => $count ) {
				$this->assertLessThanOrEqual( $options['team_seats'][ $team ], $count, "Seats of {$team}. " . $context );
			}
			$assignment = $result->assignment();
			foreach ( $options['pins'] as $pin ) {
				if ( 'accepted' === $mentees[ $pin[0] ]['stage'] && 'approved' === $mentors[ $pin[1] ]['stage'] ) {
					$this->assertSame( $pin[1], $assignment[ $pin[0] ] ?? null, 'Pinned pair kept. ' . $context );
				}
			}
			$unmatched = array_column( $result->unmatched(), 'mentee_id' );
			$eligible  = count( array_filter( $cohort['mentees'], static fn ( array $m ): bool => 'accepted' === $m['stage'] ) );
			$this->assertSame( $eligible, count( $assignment ) + count( $unmatched ), 'Every eligible mentee is matched or explained. ' . $context );
			$this->assertEmpty( array_intersect( $unmatched, array_keys( $assignment ) ), $context );
			$this->assertContainsOnly( 'string', array_column( $result->unmatched(), 'reason' ) );
			$this->assertEmpty( array_diff( array_column( $result->unmatched(), 'reason' ), array_keys( Reasons::unmatched() ) ), $context );
		}
		$this->assertGreaterThan( 500, $pairs_seen, 'The cohorts must produce pairs for the rules to be tested.' );
	}

	public function test_same_input_gives_the_same_result_whatever_the_order(): void {
		for ( $seed = 40; $seed < 52; $seed++ ) {
			$cohort = self::cohort( $seed );
			$first  = ( new Matcher() )->match( $cohort['mentees'], $cohort['mentors'], $cohort['options'] );
			$again  = ( new Matcher() )->match( $cohort['mentees'], $cohort['mentors'], $cohort['options'] );
			$this->assertSame( self::comparable( $first ), self::comparable( $again ), "Seed {$seed}." );

			$random   = new Matching_Fixtures( $seed * 7 );
			$options  = $cohort['options'];
			$shuffled = ( new Matcher() )->match( $random->shuffle( $cohort['mentees'] ), $random->shuffle( $cohort['mentors'] ), array( 'pins' => $random->shuffle( $options['pins'] ) ) + $options );
			$this->assertSame( self::comparable( $first ), self::comparable( $shuffled ), "Seed {$seed}, shuffled." );
		}
	}

	public function test_total_equals_an_exhaustive_search_on_small_cohorts(): void {
		$beat_greedy = 0;
		$repaired    = 0;
		for ( $seed = 1; $seed <= 40; $seed++ ) {
			$random   = new Matching_Fixtures( 1000 + $seed );
			$coverage = 0 === $seed % 4;
			$cohort   = $random->cohort(
				4 + $random->below( 5 ),
				2 + $random->below( 3 ),
				array(
					'mix'          => 'compact',
					'max_capacity' => 3,
					'pins'         => $random->below( 2 ),
					'forbidden'    => $random->below( 4 ),
					'team_seats'   => $random->below( 2 ),
				)
			);
			$options  = $cohort['options'] + array(
				'prefer_coverage' => $coverage,
				'top_k'           => 1 + $random->below( 3 ),
			);
			$problem  = new Problem( $cohort['mentees'], $cohort['mentors'], $options );
			$solved   = ( new Matcher() )->solve( $problem );
			$total    = 0;
			foreach ( $solved['assignment'] as $u => $r ) {
				$total += $problem->scorer->explain( $u, $r )['score'];
			}
			$best = self::exhaustive( $problem, $coverage );
			$mine = $coverage ? array( count( $solved['assignment'] ), $total ) : array( 0, $total );
			$this->assertSame( $best, $mine, "Seed {$seed}." );

			$greedy = 0;
			foreach ( ( new Greedy_Matcher() )->solve( $problem )['assignment'] as $u => $r ) {
				$greedy += $problem->scorer->explain( $u, $r )['score'];
			}
			$beat_greedy += $total > $greedy ? 1 : 0;
			$repaired    += $solved['meta']['rounds'] > 1 ? 1 : 0;
		}
		$this->assertGreaterThan( 2, $beat_greedy, 'Some small cohorts must be ones where greedy is not optimal.' );
		$this->assertGreaterThan( 2, $repaired, 'Some small cohorts must need pruned pairs added back.' );
	}

	public function test_total_is_never_below_greedy_and_pruning_never_changes_it(): void {
		$gains = 0;
		for ( $seed = 60; $seed < 75; $seed++ ) {
			$cohort  = self::cohort( $seed );
			$greedy  = ( new Greedy_Matcher() )->match( $cohort['mentees'], $cohort['mentors'], $cohort['options'] );
			$full    = ( new Matcher() )->match( $cohort['mentees'], $cohort['mentors'], array( 'top_k' => 0 ) + $cohort['options'] );
			$pruned  = ( new Matcher() )->match( $cohort['mentees'], $cohort['mentors'], array( 'top_k' => 2 ) + $cohort['options'] );
			$default = ( new Matcher() )->match( $cohort['mentees'], $cohort['mentors'], $cohort['options'] );
			$this->assertGreaterThanOrEqual( $greedy->total_score(), $full->total_score(), "Seed {$seed}." );
			$this->assertSame( $full->total_score(), $pruned->total_score(), "Seed {$seed}, top 2." );
			$this->assertSame( $full->total_score(), $default->total_score(), "Seed {$seed}, default top k." );
			$gains += $full->total_score() > $greedy->total_score() ? 1 : 0;
		}
		$this->assertGreaterThan( 5, $gains, 'Most generated cohorts should leave room above greedy.' );
	}

	/**
	 * Primary language subtag.
	 *
	 * @param string $code Language code.
	 * @return string
	 */
	public static function primary( string $code ): string {
		return strtolower( explode( '-', str_replace( '_', '-', $code ) )[0] );
	}

	/**
	 * Best [matched count or 0, total score] over every possible assignment of the free
	 * mentees, using the scorer's explained path (not the fast path the solver uses).
	 *
	 * @param Problem $problem  Problem.
	 * @param bool    $coverage Whether more matched mentees come first.
	 * @return array{0: int, 1: int}
	 */
	private static function exhaustive( Problem $problem, bool $coverage ): array {
		$choices = array();
		foreach ( $problem->free as $u ) {
			$options = array();
			foreach ( $problem->capacity as $r => $capacity ) {
				$explained = $problem->scorer->explain( $u, $r );
				if ( $capacity > 0 && $explained['allowed'] && ! isset( $problem->forbidden[ $u ][ $r ] ) ) {
					$options[ $r ] = $explained['score'];
				}
			}
			$choices[] = array( $u, $options );
		}
		$best     = array( -1, -1 );
		$capacity = $problem->capacity;
		$seats    = $problem->seats;
		$search   = static function ( int $i, int $count, int $total ) use ( &$search, &$best, &$capacity, &$seats, $choices, $problem, $coverage ): void {
			if ( count( $choices ) === $i ) {
				$key = $coverage ? array( $count, $total ) : array( 0, $total );
				if ( $key > $best ) {
					$best = $key;
				}
				return;
			}
			list( $u, $options ) = $choices[ $i ];
			$search( $i + 1, $count, $total );
			$team = $problem->seat_team[ $u ] ?? null;
			if ( null !== $team && $seats[ $team ] <= 0 ) {
				return;
			}
			foreach ( $options as $r => $score ) {
				if ( $capacity[ $r ] <= 0 ) {
					continue;
				}
				--$capacity[ $r ];
				if ( null !== $team ) {
					--$seats[ $team ];
				}
				$search( $i + 1, $count + 1, $total + $score );
				++$capacity[ $r ];
				if ( null !== $team ) {
					++$seats[ $team ];
				}
			}
		};
		$search( 0, 0, 0 );
		return $best;
	}
}
