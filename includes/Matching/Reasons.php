<?php
/**
 * Explanation and reason keys of the matching engine.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Matching;

defined( 'ABSPATH' ) || exit;

/**
 * Stable keys that explain a pair's score, why a mentee stayed unmatched, and what was
 * wrong with the input. Interfaces turn them into translated sentences; the keys never
 * change meaning.
 *
 * @since 0.1.0
 */
final class Reasons {

	// Why a pair scored what it did.
	public const SHARED_LANGUAGE      = 'shared_language';
	public const NO_SHARED_LANGUAGE   = 'no_shared_language';
	public const OVERLAP_FULL         = 'overlap_full';
	public const OVERLAP_PARTIAL      = 'overlap_partial';
	public const OVERLAP_NONE         = 'overlap_none';
	public const AVAILABILITY_UNKNOWN = 'availability_unknown';
	public const ALL_TEAMS_MATCH      = 'all_teams_match';
	public const SOME_TEAMS_MATCH     = 'some_teams_match';
	public const NO_TEAM_MATCH        = 'no_team_match';
	public const NO_TEAM_PREFERENCE   = 'no_team_preference';
	public const FORMAT_OFFERED       = 'format_offered';
	public const FORMAT_ANY           = 'format_any';
	public const FORMAT_NOT_OFFERED   = 'format_not_offered';
	public const PINNED               = 'pinned';

	// Why a mentee stayed unmatched (first that applies, in this order).
	public const NO_MENTORS        = 'no_mentors';
	public const NO_OVERLAP        = 'no_overlap';
	public const FORBIDDEN         = 'forbidden';
	public const NO_TEAM_SEATS     = 'no_team_seats';
	public const NO_POSITIVE_SCORE = 'no_positive_score';
	public const NO_CAPACITY       = 'no_capacity';

	// Why a person was left out of matching altogether.
	public const NOT_ELIGIBLE = 'not_eligible';
	public const DUPLICATE_ID = 'duplicate_id';

	// Warnings about the input.
	public const INVALID_TIMEZONE       = 'invalid_timezone';
	public const PIN_UNKNOWN_PERSON     = 'pin_unknown_person';
	public const PIN_DUPLICATE_MENTEE   = 'pin_duplicate_mentee';
	public const PIN_FORBIDDEN          = 'pin_forbidden';
	public const PIN_OVER_CAPACITY      = 'pin_over_capacity';
	public const PINS_OVER_TEAM_SEATS   = 'pins_over_team_seats';
	public const PIN_NO_SHARED_LANGUAGE = 'pin_no_shared_language';

	/**
	 * Reasons a mentee can stay unmatched, in the order they are tested, with a short
	 * English description for logs and the command line.
	 *
	 * @since 0.1.0
	 *
	 * @return array<string, string>
	 */
	public static function unmatched(): array {
		return array(
			self::NO_MENTORS         => 'No eligible mentor has capacity left.',
			self::NO_SHARED_LANGUAGE => 'No mentor with capacity shares a language with this mentee.',
			self::NO_OVERLAP         => 'No mentor who shares a language has enough weekly availability in common.',
			self::FORBIDDEN          => 'Every mentor who would fit is in a forbidden pair with this mentee.',
			self::NO_TEAM_SEATS      => 'The seats for this mentee\'s first team went to higher-scoring pairs.',
			self::NO_POSITIVE_SCORE  => 'Every possible pair scores 0 with the current weights.',
			self::NO_CAPACITY        => 'Fitting mentors are full with pairs that score higher overall.',
		);
	}
}
