<?php
/**
 * A greedy baseline matcher.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Matching;

defined( 'ABSPATH' ) || exit;

/**
 * Takes allowed pairs best score first (ties by mentee ID, then mentor ID) and keeps
 * each one whose mentee is still free, whose mentor has room and whose team has a seat.
 *
 * This is what a coordinator does by hand with a spreadsheet sorted by fit. It obeys
 * the same hard rules as Matcher but is not optimal; the benchmark and tests compare
 * the two. Same input and options as Solver::match().
 *
 * @since 0.1.0
 */
final class Greedy_Matcher extends Solver {

	/**
	 * Solves a prepared problem greedily.
	 *
	 * @since 0.1.0
	 *
	 * @param Problem $problem Problem.
	 * @return array{assignment: array<int, int>, meta: array<string, mixed>}
	 */
	public function solve( Problem $problem ): array {
		$mentors = max( 1, count( $problem->mentors ) );
		$mentees = max( 1, count( $problem->mentees ) );
		$best    = 0;
		foreach ( $problem->candidates as $row ) {
			if ( $row ) {
				$best = max( $best, max( $row ) );
			}
		}
		// One integer per pair sorts in C, far faster than comparing arrays.
		$keys = array();
		foreach ( $problem->candidates as $u => $row ) {
			foreach ( $row as $r => $score ) {
				$keys[] = ( ( $best - $score ) * $mentees + $u ) * $mentors + $r;
			}
		}
		sort( $keys );
		$capacity   = $problem->capacity;
		$seats      = $problem->seats;
		$assignment = array();
		foreach ( $keys as $key ) {
			$r = $key % $mentors;
			$u = intdiv( $key, $mentors ) % $mentees;
			if ( isset( $assignment[ $u ] ) || $capacity[ $r ] <= 0 ) {
				continue;
			}
			$team = $problem->seat_team[ $u ] ?? null;
			if ( null !== $team ) {
				if ( $seats[ $team ] <= 0 ) {
					continue;
				}
				--$seats[ $team ];
			}
			$assignment[ $u ] = $r;
			--$capacity[ $r ];
		}
		ksort( $assignment );
		return array(
			'assignment' => $assignment,
			'meta'       => array(
				'algorithm' => 'greedy',
				'optimal'   => false,
			),
		);
	}
}
