<?php
/**
 * The small-group rule of every survey and follow-up aggregate.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Surveys;

defined( 'ABSPATH' ) || exit;

/**
 * The one home of "groups of fewer than five people are never shown": a figure made of
 * fewer answers could be traced back to a person (a mentor with three mentees could
 * work out who said what). Results, the report's sections and the follow-ups ask here.
 *
 * @since 0.3.0
 */
final class Small_Groups {

	/**
	 * The smallest group whose aggregate may be shown.
	 */
	public const MINIMUM = \Mentorship_Program\Reports\Small_Groups::MINIMUM;

	/**
	 * Whether a group of this many respondents must stay hidden.
	 *
	 * @since 0.3.0
	 *
	 * @param int $respondents People in the group.
	 * @return bool
	 */
	public static function hides( int $respondents ): bool {
		// The cohort report holds the rule; surveys ask it, so there is one threshold.
		return \Mentorship_Program\Reports\Small_Groups::hides( $respondents );
	}

	/**
	 * A figure, or null when its group is too small to show.
	 *
	 * @since 0.3.0
	 *
	 * @param float|null $figure      Figure.
	 * @param int        $respondents People it was computed from.
	 * @return float|null
	 */
	public static function shown( ?float $figure, int $respondents ): ?float {
		return self::hides( $respondents ) ? null : $figure;
	}
}
