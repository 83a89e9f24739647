<?php
/**
 * Per-address rate limit for the public application route.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Security;

defined( 'ABSPATH' ) || exit;

use Mentorship_Program\Database\Schema;
use Mentorship_Program\Settings\Settings;

/**
 * Counts hits per address in fixed windows; the increment is one atomic statement.
 *
 * @since 0.1.0
 */
final class Rate_Limiter {

	/**
	 * The client address: REMOTE_ADDR, or the first untrusted address of
	 * X-Forwarded-For when the request came through a configured trusted proxy.
	 *
	 * @return string
	 */
	public static function client_ip(): string {
		$remote  = isset( $_SERVER['REMOTE_ADDR'] ) ? sanitize_text_field( wp_unslash( $_SERVER['REMOTE_ADDR'] ) ) : '';
		$remote  = filter_var( $remote, FILTER_VALIDATE_IP ) ? $remote : '0.0.0.0';
		$trusted = (array) Settings::get( 'trusted_proxies' );
		if ( ! $trusted || ! in_array( $remote, $trusted, true ) || empty( $_SERVER['HTTP_X_FORWARDED_FOR'] ) ) {
			return $remote;
		}
		$chain = array_reverse( array_map( 'trim', explode( ',', sanitize_text_field( wp_unslash( $_SERVER['HTTP_X_FORWARDED_FOR'] ) ) ) ) );
		foreach ( $chain as $address ) {
			if ( filter_var( $address, FILTER_VALIDATE_IP ) && ! in_array( $address, $trusted, true ) ) {
				return $address;
			}
		}
		return $remote;
	}

	/**
	 * Counts a hit and says whether the address is over the limit.
	 *
	 * @param string   $scope What is limited.
	 * @param string   $ip    Address.
	 * @param int|null $limit  Hits allowed per window; defaults to the site's setting.
	 * @param int|null $window Window in seconds; defaults to the site's setting.
	 * @return bool True when the hit is allowed.
	 */
	public static function hit( string $scope, string $ip, ?int $limit = null, ?int $window = null ): bool {
		global $wpdb;
		$limit  = max( 1, $limit ?? (int) Settings::get( 'rate_limit_count' ) );
		$window = max( 10, $window ?? (int) Settings::get( 'rate_limit_window' ) );
		$start  = (int) ( floor( time() / $window ) * $window );
		$bucket = sha1( $scope . '|' . $ip . '|' . $start . '|' . $window );
		$table  = Schema::table( 'rate' );
		// One statement counts the hit and answers the new count: LAST_INSERT_ID(expr)
		// hands the value back as the statement's insert ID (a second SELECT would cost
		// a round trip on every submission, three times over).
		$counted = $wpdb->query( $wpdb->prepare( "INSERT INTO {$table} (bucket, hits, expires_at) VALUES (%s, LAST_INSERT_ID(1), %d) ON DUPLICATE KEY UPDATE hits = LAST_INSERT_ID(hits + 1)", $bucket, $start + $window ) ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared, WordPress.DB.DirectDatabaseQuery -- our own table; atomic increment.
		$hits    = false === $counted ? 0 : (int) $wpdb->insert_id;
		if ( $hits < 1 ) {
			// A driver that does not report it: read the count.
			$hits = (int) $wpdb->get_var( $wpdb->prepare( "SELECT hits FROM {$table} WHERE bucket = %s", $bucket ) ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared, WordPress.DB.DirectDatabaseQuery -- our own table.
		}
		if ( 0 === wp_rand( 0, 50 ) ) {
			$wpdb->query( $wpdb->prepare( "DELETE FROM {$table} WHERE expires_at < %d", time() ) ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared, WordPress.DB.DirectDatabaseQuery -- our own table.
		}
		return $hits <= $limit;
	}

	/**
	 * Seconds until the current window ends.
	 *
	 * @return int
	 */
	public static function retry_after(): int {
		$window = max( 10, (int) Settings::get( 'rate_limit_window' ) );
		return $window - ( time() % $window );
	}
}
