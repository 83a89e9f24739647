<?php
/**
 * What every matching engine does with one cohort.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Matching;

defined( 'ABSPATH' ) || exit;

/**
 * A matching engine: it solves a prepared Problem; preparing the problem, timing the
 * run and explaining the result are the same for every engine.
 *
 * @since 0.3.0
 */
abstract class Solver {

	/**
	 * Matches one cohort.
	 *
	 * Mentee: { id: int, languages: string[], timezone: string (IANA),
	 * availability: [ { day: 0–6 (0 = Monday), start: "HH:MM", end: "HH:MM" } ] in local
	 * time, teams: string[] (interests, first = first choice), format:
	 * one-to-one|project-group|cohort-group|any, stage?: string, eligible?: bool }.
	 *
	 * Mentor: { id, languages, timezone, availability, teams (expertise), formats:
	 * string[] (none = all), capacity: int (default 1), stage?, eligible? }.
	 *
	 * Options:
	 * - pins: [ [ mentee_id, mentor_id ], … ] pairs to keep as they are;
	 * - forbidden: [ [ mentee_id, mentor_id ], … ] pairs never to make;
	 * - allow_no_shared_language: bool (default false);
	 * - reference_date: "Y-m-d", the cohort's start, for time zones and DST (default today);
	 * - weights: Weights or an array like Weights::DEFAULTS;
	 * - team_seats: { team_slug: int } most mentees whose first team is that team;
	 * - prefer_coverage: bool, match as many mentees as possible first (default false);
	 * - top_k: int, mentors per mentee given to the flow before the optimality check
	 *   (default 40, 0 = all); changes speed only, never the result;
	 * - eligible_stages: { mentee: string[], mentor: string[] } (default Problem::ELIGIBLE_STAGES).
	 *
	 * @since 0.1.0
	 *
	 * @param array<int, array<string, mixed>> $mentees Mentees.
	 * @param array<int, array<string, mixed>> $mentors Mentors.
	 * @param array<string, mixed>             $options Options.
	 * @return Match_Result
	 */
	final public function match( array $mentees, array $mentors, array $options = array() ): Match_Result {
		$started = microtime( true );
		$problem = new Problem( $mentees, $mentors, $options );
		$solved  = $this->solve( $problem );
		return new Match_Result( $problem, $solved['assignment'], $solved['meta'] + array( 'seconds' => microtime( true ) - $started ) );
	}

	/**
	 * Solves a prepared problem.
	 *
	 * @since 0.3.0
	 *
	 * @param Problem $problem Problem.
	 * @return array{assignment: array<int, int>, meta: array<string, mixed>} Mentor index by
	 *         free mentee index, and facts about the run.
	 */
	abstract public function solve( Problem $problem ): array;
}
