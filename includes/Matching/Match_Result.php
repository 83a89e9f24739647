<?php
/**
 * The outcome of matching one cohort.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Matching;

defined( 'ABSPATH' ) || exit;

/**
 * Pairs with their score broken down, unmatched mentees with a reason, people left
 * out, warnings about the input, and summary figures. Scores are in points, rounded
 * to hundredths (the engine computes them exactly in hundredths).
 *
 * @since 0.1.0
 */
final class Match_Result {

	/**
	 * Pairs, ordered by mentee ID.
	 *
	 * @var array<int, array<string, mixed>>
	 */
	private array $pairs = array();

	/**
	 * Unmatched eligible mentees, ordered by ID.
	 *
	 * @var array<int, array<string, mixed>>
	 */
	private array $unmatched = array();

	/**
	 * People left out of matching.
	 *
	 * @var array<int, array<string, mixed>>
	 */
	private array $excluded;

	/**
	 * Input warnings.
	 *
	 * @var array<int, array<string, mixed>>
	 */
	private array $warnings;

	/**
	 * Summary figures.
	 *
	 * @var array<string, mixed>
	 */
	private array $stats;

	/**
	 * Total score in hundredths of a point.
	 *
	 * @var int
	 */
	private int $total = 0;

	/**
	 * Builds the result of an assignment.
	 *
	 * @since 0.1.0
	 *
	 * @param Problem              $problem    The problem that was solved.
	 * @param array<int, int>      $assignment Mentor index by free mentee index.
	 * @param array<string, mixed> $meta       Facts about the run (algorithm, seconds...).
	 */
	public function __construct( Problem $problem, array $assignment, array $meta = array() ) {
		$pairs = $problem->pins + $assignment;
		ksort( $pairs );
		$load = array();
		foreach ( $pairs as $u => $r ) {
			$explained = $problem->scorer->explain( $u, $r );
			$pinned    = isset( $problem->pins[ $u ] );
			$parts     = array();
			foreach ( $explained['parts'] as $key => $part ) {
				$part['points'] = round( $part['points'] / 100, 2 );
				$parts[ $key ]  = $part;
			}
			$explanations = $explained['explanations'];
			if ( $pinned ) {
				array_unshift( $explanations, Reasons::PINNED );
			}
			$this->pairs[] = array(
				'mentee_id'    => $problem->id( 'mentee', $u ),
				'mentor_id'    => $problem->id( 'mentor', $r ),
				'score'        => round( $explained['score'] / 100, 2 ),
				'pinned'       => $pinned,
				'breakdown'    => $parts,
				'explanations' => $explanations,
			);
			$this->total  += $explained['score'];
			$load[ $r ]    = ( $load[ $r ] ?? 0 ) + 1;
		}

		$seats_used = array();
		foreach ( $pairs as $u => $r ) {
			if ( isset( $problem->seat_team[ $u ] ) && ! isset( $problem->pins[ $u ] ) ) {
				$team                = $problem->seat_team[ $u ];
				$seats_used[ $team ] = ( $seats_used[ $team ] ?? 0 ) + 1;
			}
		}
		foreach ( $problem->free as $u ) {
			if ( isset( $assignment[ $u ] ) ) {
				continue;
			}
			$this->unmatched[] = array(
				'mentee_id'  => $problem->id( 'mentee', $u ),
				'reason'     => self::reason( $problem, $u, $seats_used ),
				'candidates' => count( $problem->candidates[ $u ] ),
			);
		}
		$this->excluded = $problem->excluded;
		$this->warnings = $problem->warnings;

		$mentor_capacity = 0;
		foreach ( $problem->mentors as $mentor ) {
			$mentor_capacity += $mentor['capacity'];
		}
		$this->stats = array(
			'mentees'         => count( $problem->mentees ),
			'mentors'         => count( $problem->mentors ),
			'mentor_capacity' => $mentor_capacity,
			'matched'         => count( $pairs ),
			'pinned'          => count( $problem->pins ),
			'unmatched'       => count( $this->unmatched ),
			'total_score'     => round( $this->total / 100, 2 ),
			'mentors_used'    => count( $load ),
			'reference_date'  => ( new Availability( $problem->options['reference_date'] ) )->reference_date(),
		) + $meta;
	}

	/**
	 * Pairs, ordered by mentee ID: mentee_id, mentor_id, score, pinned, breakdown
	 * (language, overlap_hours, teams, format; each with points and details) and
	 * explanations (Reasons keys).
	 *
	 * @since 0.1.0
	 *
	 * @return array<int, array<string, mixed>>
	 */
	public function pairs(): array {
		return $this->pairs;
	}

	/**
	 * Eligible mentees left unmatched: mentee_id, reason (a Reasons key) and the number
	 * of allowed mentors they had.
	 *
	 * @since 0.1.0
	 *
	 * @return array<int, array<string, mixed>>
	 */
	public function unmatched(): array {
		return $this->unmatched;
	}

	/**
	 * People left out of matching: type, id and reason (not_eligible, duplicate_id).
	 *
	 * @since 0.1.0
	 *
	 * @return array<int, array<string, mixed>>
	 */
	public function excluded(): array {
		return $this->excluded;
	}

	/**
	 * Warnings about the input: code (a Reasons key) and the IDs concerned.
	 *
	 * @since 0.1.0
	 *
	 * @return array<int, array<string, mixed>>
	 */
	public function warnings(): array {
		return $this->warnings;
	}

	/**
	 * Summary figures: mentees, mentors, mentor_capacity, matched, pinned, unmatched,
	 * total_score, mentors_used, reference_date, and facts about the run.
	 *
	 * @since 0.1.0
	 *
	 * @return array<string, mixed>
	 */
	public function stats(): array {
		return $this->stats;
	}

	/**
	 * Sum of all pair scores, pinned pairs included, in points.
	 *
	 * @since 0.1.0
	 *
	 * @return float
	 */
	public function total_score(): float {
		return round( $this->total / 100, 2 );
	}

	/**
	 * Mentor ID by mentee ID.
	 *
	 * @since 0.1.0
	 *
	 * @return array<int, int>
	 */
	public function assignment(): array {
		return array_column( $this->pairs, 'mentor_id', 'mentee_id' );
	}

	/**
	 * Everything, as plain arrays for a REST response.
	 *
	 * @since 0.1.0
	 *
	 * @return array<string, mixed>
	 */
	public function to_array(): array {
		return array(
			'pairs'     => $this->pairs,
			'unmatched' => $this->unmatched,
			'excluded'  => $this->excluded,
			'warnings'  => $this->warnings,
			'stats'     => $this->stats,
		);
	}

	/**
	 * Why a free mentee stayed unmatched: the first rule that left no mentor, else the
	 * team's seats, else capacity.
	 *
	 * @param Problem            $problem    Problem.
	 * @param int                $u          Mentee index.
	 * @param array<string, int> $seats_used Seats taken by matched free mentees, by team.
	 * @return string
	 */
	private static function reason( Problem $problem, int $u, array $seats_used ): string {
		$counts = $problem->counts[ $u ];
		if ( 0 === $counts['mentors'] ) {
			return Reasons::NO_MENTORS;
		}
		if ( 0 === $counts['language'] ) {
			return Reasons::NO_SHARED_LANGUAGE;
		}
		if ( 0 === $counts['overlap'] ) {
			return Reasons::NO_OVERLAP;
		}
		if ( 0 === $counts['open'] ) {
			return Reasons::FORBIDDEN;
		}
		if ( isset( $problem->seat_team[ $u ] ) ) {
			$team = $problem->seat_team[ $u ];
			if ( ( $seats_used[ $team ] ?? 0 ) >= $problem->seats[ $team ] ) {
				return Reasons::NO_TEAM_SEATS;
			}
		}
		if ( ! $problem->candidates[ $u ] ) {
			return Reasons::NO_POSITIVE_SCORE;
		}
		return Reasons::NO_CAPACITY;
	}
}
