<?php
/**
 * Long-lived form tokens, so the application form works on cached public pages.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Security;

defined( 'ABSPATH' ) || exit;

/**
 * A signed timestamp: valid for 48 hours, the same for every visitor, so a page cache
 * can hold it. It proves the form came from this site recently; the rate limit and
 * duplicate checks do the rest.
 *
 * @since 0.1.0
 */
final class Form_Token {

	public const LIFETIME = 2 * DAY_IN_SECONDS;

	/**
	 * A token issued now (rounded to the hour so cached pages share it).
	 *
	 * @param int|null $now Timestamp.
	 * @return string
	 */
	public static function issue( ?int $now = null ): string {
		$issued = (int) ( floor( ( $now ?? time() ) / HOUR_IN_SECONDS ) * HOUR_IN_SECONDS );
		return $issued . '.' . self::sign( $issued );
	}

	/**
	 * Whether a token is genuine and not expired.
	 *
	 * @param string   $token Token.
	 * @param int|null $now   Timestamp.
	 * @return bool
	 */
	public static function verify( string $token, ?int $now = null ): bool {
		if ( ! preg_match( '/^(\d{9,11})\.([a-f0-9]{64})$/', $token, $m ) ) {
			return false;
		}
		$issued = (int) $m[1];
		$now    = $now ?? time();
		if ( $issued > $now + 60 || $now - $issued > self::LIFETIME ) {
			return false;
		}
		return hash_equals( self::sign( $issued ), $m[2] );
	}

	/**
	 * HMAC of the issue time with this site's salt.
	 *
	 * @param int $issued Timestamp.
	 * @return string
	 */
	private static function sign( int $issued ): string {
		return hash_hmac( 'sha256', 'mentorship-form|' . get_current_blog_id() . '|' . $issued, wp_salt( 'nonce' ) );
	}
}
