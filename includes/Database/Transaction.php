<?php
/**
 * All-or-nothing writes: a database transaction around a unit of work.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Database;

defined( 'ABSPATH' ) || exit;

use Mentorship_Program\Stats\Counts;

/**
 * Runs work in a transaction, or in a savepoint when one is already open (so callers
 * inside a larger transaction keep theirs). If the connection dies half-way, the
 * database discards the uncommitted rows: nothing half-written survives.
 *
 * @since 0.1.0
 */
final class Transaction {

	/**
	 * Savepoint depth, for unique names.
	 *
	 * @var int
	 */
	private static int $depth = 0;

	/**
	 * Runs $work; commits when it returns anything but a WP_Error, rolls back otherwise
	 * or when it throws.
	 *
	 * @param callable $work Work; its return value is passed through.
	 * @return mixed
	 *
	 * @throws \Throwable What $work threw, after rolling back.
	 */
	public static function run( callable $work ) {
		global $wpdb;
		$nested = self::in_transaction();
		$handle = $wpdb->dbh;
		$name   = 'mentorship_' . ( ++self::$depth );
		$begin  = $nested ? "SAVEPOINT {$name}" : 'START TRANSACTION';
		$wpdb->query( $begin ); // phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared, WordPress.DB.DirectDatabaseQuery -- transaction control with a fixed identifier.
		try {
			$result = $work();
		} catch ( \Throwable $e ) {
			self::undo( $nested, $name );
			throw $e;
		}
		if ( is_wp_error( $result ) ) {
			self::undo( $nested, $name );
			return $result;
		}
		// A dropped and re-opened connection lost the transaction: what came after the
		// reconnect was written outside it, so the work as a whole did not happen.
		if ( $wpdb->dbh !== $handle ) {
			self::undo( $nested, $name );
			return new \WP_Error( 'mentorship_connection_lost', __( 'The database connection was interrupted. Nothing was saved; please try again.', 'mentorship-program' ), array( 'status' => 503 ) );
		}
		if ( $nested ) {
			$wpdb->query( "RELEASE SAVEPOINT {$name}" ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared, WordPress.DB.DirectDatabaseQuery -- a fixed identifier.
		} elseif ( false === $wpdb->query( 'COMMIT' ) ) { // phpcs:ignore WordPress.DB.DirectDatabaseQuery -- transaction control.
			--self::$depth;
			self::ended();
			return new \WP_Error( 'mentorship_store_failed', __( 'The change could not be saved. Please try again.', 'mentorship-program' ), array( 'status' => 503 ) );
		}
		--self::$depth;
		self::ended();
		return $result;
	}

	/**
	 * How many units of work of this plugin are open on the connection.
	 *
	 * @return int
	 */
	public static function depth(): int {
		return self::$depth;
	}

	/**
	 * After the outermost unit of work: refresh the kept counts of what it changed.
	 */
	private static function ended(): void {
		if ( 0 === self::$depth ) {
			Counts::flush();
		}
	}

	/**
	 * Rolls back the transaction or the savepoint.
	 *
	 * @param bool   $nested Savepoint or transaction.
	 * @param string $name   Savepoint name.
	 */
	private static function undo( bool $nested, string $name ): void {
		global $wpdb;
		$undo = $nested ? "ROLLBACK TO SAVEPOINT {$name}" : 'ROLLBACK';
		$wpdb->query( $undo ); // phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared, WordPress.DB.DirectDatabaseQuery -- transaction control with a fixed identifier.
		--self::$depth;
		wp_cache_flush_runtime();
		self::ended();
	}

	/**
	 * Whether the connection is inside a transaction already.
	 *
	 * @return bool
	 */
	private static function in_transaction(): bool {
		global $wpdb;
		$suppress = $wpdb->suppress_errors( true );
		$value    = $wpdb->get_var( 'SELECT @@in_transaction' ); // phpcs:ignore WordPress.DB.DirectDatabaseQuery -- transaction state.
		$wpdb->suppress_errors( $suppress );
		return '1' === (string) $value;
	}
}
