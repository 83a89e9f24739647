<?php
/**
 * The small-group rule: no figure computed from fewer than five people is shown.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Reports;

defined( 'ABSPATH' ) || exit;

/**
 * The one home of the rule that keeps aggregates from pointing at a person: a figure
 * computed from fewer than MINIMUM people is hidden wherever it would be shown (the
 * cohort report, its CSV, the public results block, survey aggregates). Callers ask
 * this class; none of them compares with 5 on its own.
 *
 * @since 0.3.0
 */
final class Small_Groups {

	/**
	 * The fewest people a shown figure may be computed from.
	 */
	public const MINIMUM = 5;

	/**
	 * Whether a figure computed from this many people must be hidden.
	 *
	 * @since 0.3.0
	 *
	 * @param int $people People the figure is computed from.
	 * @return bool
	 */
	public static function hides( int $people ): bool {
		return $people < self::MINIMUM;
	}

	/**
	 * A share (0–1, four decimals) of a group, or null when the group is too small to show.
	 *
	 * @since 0.3.0
	 *
	 * @param int $part  People in the share.
	 * @param int $whole People in the group.
	 * @return float|null
	 */
	public static function share( int $part, int $whole ): ?float {
		if ( $whole <= 0 || self::hides( $whole ) ) {
			return null;
		}
		return round( max( 0, $part ) / $whole, 4 );
	}

	/**
	 * A value computed from a group, or null when the group is too small to show.
	 *
	 * @since 0.3.0
	 *
	 * @param float|int|null $value  Value.
	 * @param int            $people People it is computed from.
	 * @return float|int|null
	 */
	public static function value( $value, int $people ) {
		return self::hides( $people ) ? null : $value;
	}
}
