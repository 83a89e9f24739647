<?php
/**
 * Bench and proof sites only: holds a request in the middle of storing an application,
 * so a fault (the database going away) can be injected at a known point.
 *
 * A request that sends `X-Bench-Pause-At: <meta key>` sleeps right after that meta key
 * is first written (for example `_mp_goals`, half-way through the fields), for
 * `X-Bench-Pause-Seconds` seconds (default 3, at most 10). While it sleeps, a file
 * wp-content/bench-paused-<pid> exists, so the test knows when to strike.
 *
 * @package Mentorship_Program
 */

defined( 'ABSPATH' ) || exit;

add_action(
	'added_post_meta',
	static function ( $meta_id, $object_id, $meta_key ) {
		if ( ! isset( $_SERVER['HTTP_X_BENCH_PAUSE_AT'] ) || $meta_key !== $_SERVER['HTTP_X_BENCH_PAUSE_AT'] ) {
			return;
		}
		$flag = WP_CONTENT_DIR . '/bench-paused-' . getmypid();
		file_put_contents( $flag, (string) $object_id );
		sleep( max( 1, min( 10, (int) ( $_SERVER['HTTP_X_BENCH_PAUSE_SECONDS'] ?? 3 ) ) ) );
		unlink( $flag );
	},
	10,
	3
);
