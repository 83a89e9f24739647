<?php
/**
 * Event codes: a room full of people behind one network address gets in.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Applications;

defined( 'ABSPATH' ) || exit;

use Mentorship_Program\Database\Schema;
use WP_Error;

/**
 * A code a coordinator creates for a contributor day: valid between two dates and for
 * a number of uses. Applications that carry it are not held to the per-network limit
 * (the per-address limit and everything else still apply). Uses are counted with one
 * atomic statement, so a busy room never uses a code more times than it allows.
 *
 * @since 0.2.0
 */
final class Event_Codes {

	public const OPTION = 'mentorship_program_event_codes';

	/**
	 * Most codes kept.
	 */
	public const MAX_CODES = 50;

	/**
	 * The longest code an applicant may send: a stored code has 4 to 32 characters, and
	 * a few around it (spaces, a pasted dash) are forgiven before it is looked up.
	 */
	public const MAX_LENGTH = 40;

	/**
	 * Every code, by code.
	 *
	 * @return array<string, array{code: string, label: string, starts_on: string, ends_on: string, uses: int}>
	 */
	public static function all(): array {
		$stored = get_option( self::OPTION, array() );
		return is_array( $stored ) ? $stored : array();
	}

	/**
	 * A code as typed by a person: trimmed, upper case, letters, digits and dashes.
	 *
	 * @param string $code Code.
	 * @return string
	 */
	public static function normalize( string $code ): string {
		return strtoupper( (string) preg_replace( '/[^A-Za-z0-9-]/', '', $code ) );
	}

	/**
	 * Creates or replaces a code.
	 *
	 * @param array<string, mixed> $values code, label, starts_on and ends_on (Y-m-d), uses.
	 * @return array<string, mixed>|WP_Error The code.
	 */
	public static function save( array $values ) {
		$code   = self::normalize( (string) ( $values['code'] ?? '' ) );
		$starts = (string) ( $values['starts_on'] ?? '' );
		$ends   = (string) ( $values['ends_on'] ?? '' );
		$uses   = (int) ( $values['uses'] ?? 0 );
		$errors = array();
		if ( strlen( $code ) < 4 || strlen( $code ) > 32 ) {
			$errors['code'] = __( 'The code needs 4 to 32 letters, digits or dashes.', 'mentorship-program' );
		}
		foreach ( array(
			'starts_on' => $starts,
			'ends_on'   => $ends,
		) as $key => $date ) {
			if ( ! preg_match( '/^\d{4}-\d{2}-\d{2}$/', $date ) || ! strtotime( $date ) ) {
				$errors[ $key ] = __( 'Give a date as YYYY-MM-DD.', 'mentorship-program' );
			}
		}
		if ( ! $errors && $ends < $starts ) {
			$errors['ends_on'] = __( 'The last day cannot be before the first.', 'mentorship-program' );
		}
		if ( $uses < 1 || $uses > 5000 ) {
			$errors['uses'] = __( 'Allow between 1 and 5000 uses.', 'mentorship-program' );
		}
		$all = self::all();
		if ( ! isset( $all[ $code ] ) && count( $all ) >= self::MAX_CODES ) {
			$errors['code'] = __( 'Delete an old code first.', 'mentorship-program' );
		}
		if ( $errors ) {
			return new WP_Error(
				'rest_invalid_param',
				(string) reset( $errors ),
				array(
					'status' => 400,
					'params' => $errors,
				)
			);
		}
		$all[ $code ] = array(
			'code'      => $code,
			'label'     => sanitize_text_field( (string) ( $values['label'] ?? '' ) ),
			'starts_on' => $starts,
			'ends_on'   => $ends,
			'uses'      => $uses,
		);
		update_option( self::OPTION, $all, false );
		return $all[ $code ] + array( 'used' => self::used( $code ) );
	}

	/**
	 * Deletes a code.
	 *
	 * @param string $code Code.
	 * @return bool Whether it existed.
	 */
	public static function delete( string $code ): bool {
		$all  = self::all();
		$code = self::normalize( $code );
		if ( ! isset( $all[ $code ] ) ) {
			return false;
		}
		unset( $all[ $code ] );
		update_option( self::OPTION, $all, false );
		return true;
	}

	/**
	 * The code if it exists and today (in the site's time zone) is within its dates.
	 *
	 * @param string   $code Code.
	 * @param int|null $now  Timestamp.
	 * @return array<string, mixed>|null
	 */
	public static function valid( string $code, ?int $now = null ): ?array {
		$code = self::normalize( $code );
		$all  = self::all();
		if ( '' === $code || ! isset( $all[ $code ] ) ) {
			return null;
		}
		$today = wp_date( 'Y-m-d', $now ?? time() );
		$found = $all[ $code ];
		return ( $today >= $found['starts_on'] && $today <= $found['ends_on'] ) ? $found : null;
	}

	/**
	 * Uses one use of a valid code, atomically.
	 *
	 * @param string $code Code.
	 * @return bool Whether a use was left.
	 */
	public static function use( string $code ): bool {
		global $wpdb;
		$found = self::valid( $code );
		if ( ! $found ) {
			return false;
		}
		$table  = Schema::table( 'rate' );
		$bucket = self::bucket( $found['code'] );
		$expiry = (int) strtotime( $found['ends_on'] . ' +2 days' );
		$wpdb->query( $wpdb->prepare( "INSERT INTO {$table} (bucket, hits, expires_at) VALUES (%s, 1, %d) ON DUPLICATE KEY UPDATE hits = hits + 1", $bucket, $expiry ) ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared, WordPress.DB.DirectDatabaseQuery -- our own table; atomic increment.
		return self::used( $found['code'] ) <= (int) $found['uses'];
	}

	/**
	 * How many times a code was used (attempts past its uses included).
	 *
	 * @param string $code Code.
	 * @return int
	 */
	public static function used( string $code ): int {
		global $wpdb;
		$table = Schema::table( 'rate' );
		return (int) $wpdb->get_var( $wpdb->prepare( "SELECT hits FROM {$table} WHERE bucket = %s", self::bucket( self::normalize( $code ) ) ) ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared, WordPress.DB.DirectDatabaseQuery -- our own table.
	}

	/**
	 * The counter's row key.
	 *
	 * @param string $code Normalised code.
	 * @return string
	 */
	private static function bucket( string $code ): string {
		return sha1( 'event-code|' . get_current_blog_id() . '|' . $code );
	}
}
