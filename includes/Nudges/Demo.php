<?php
/**
 * Demo content of nudges: two mentors already reminded, so Needs attention shows "Nudged".
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Nudges;

defined( 'ABSPATH' ) || exit;

/**
 * Seeds nudges through the same service a coordinator's click uses (without mail).
 *
 * @since 0.3.0
 */
final class Demo {

	/**
	 * Nudges mentors about quiet mentees, some time ago.
	 *
	 * @since 0.3.0
	 *
	 * @param array<int, array{0: int, 1: int, 2: int}> $pairs   Mentor, mentee, days ago.
	 * @param int                                       $user_id Coordinator who nudged.
	 */
	public static function seed( array $pairs, int $user_id ): void {
		add_filter( 'mentorship_program_queue_mail', '__return_false' );
		foreach ( $pairs as $pair ) {
			Nudges::nudge_pair( (int) $pair[0], (int) $pair[1], $user_id, time() - (int) $pair[2] * DAY_IN_SECONDS - 3 * HOUR_IN_SECONDS );
		}
		remove_filter( 'mentorship_program_queue_mail', '__return_false' );
	}
}
