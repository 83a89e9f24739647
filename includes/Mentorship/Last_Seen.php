<?php
/**
 * When a person was last seen on the site: their last log-in or visit to My mentorship.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Mentorship;

defined( 'ABSPATH' ) || exit;

/**
 * One user meta value (a UTC timestamp), written when someone logs in and, at most once
 * an hour, when a logged-in person opens My mentorship. "Needs attention" reads it for
 * mentors (the mentor_quiet rule); it is personal data, so the exporter shows it and the
 * eraser deletes it.
 *
 * @since 0.3.0
 */
final class Last_Seen {

	/**
	 * User meta key.
	 */
	public const META = 'mentorship_last_seen';

	/**
	 * Seconds between two writes for the same person.
	 */
	private const THROTTLE = HOUR_IN_SECONDS;

	/**
	 * Adds hooks.
	 *
	 * @since 0.3.0
	 */
	public function register(): void {
		add_action( 'wp_login', array( self::class, 'on_login' ), 10, 2 );
	}

	/**
	 * Records a log-in.
	 *
	 * @since 0.3.0
	 *
	 * @param string $login User login.
	 * @param mixed  $user  User.
	 */
	public static function on_login( $login, $user = null ): void {
		unset( $login );
		if ( $user instanceof \WP_User ) {
			self::record( (int) $user->ID );
		}
	}

	/**
	 * Records that a person was seen now (or at $now), at most once an hour.
	 *
	 * @since 0.3.0
	 *
	 * @param int      $user_id User.
	 * @param int|null $now     Timestamp (tests).
	 */
	public static function record( int $user_id, ?int $now = null ): void {
		if ( $user_id <= 0 ) {
			return;
		}
		$now  = $now ?? time();
		$last = self::get( $user_id );
		if ( null !== $last && $now >= $last && $now - $last < self::THROTTLE ) {
			return;
		}
		update_user_meta( $user_id, self::META, $now );
	}

	/**
	 * When a person was last seen, or null when never recorded.
	 *
	 * @since 0.3.0
	 *
	 * @param int $user_id User.
	 * @return int|null
	 */
	public static function get( int $user_id ): ?int {
		$value = get_user_meta( $user_id, self::META, true );
		return is_numeric( $value ) && (int) $value > 0 ? (int) $value : null;
	}

	/**
	 * Forgets it.
	 *
	 * @since 0.3.0
	 *
	 * @param int $user_id User.
	 * @return bool Whether there was a value.
	 */
	public static function forget( int $user_id ): bool {
		return null !== self::get( $user_id ) && delete_user_meta( $user_id, self::META );
	}
}
