<?php
/**
 * Bench and proof sites only: holds a request in the middle of storing an application,
 * so a fault (the database going away) can be injected at a known point.
 *
 * A request that sends `X-Bench-Pause-At: <meta key or taxonomy>` sleeps right after
 * that meta key is first added, or right after the object's terms in that taxonomy are
 * set (for example `mentorship_team`: a new application's post, fields and terms are
 * written, its claim and first audit entry are not yet), for `X-Bench-Pause-Seconds`
 * seconds (default 3, at most 10). While it sleeps, a file wp-content/bench-paused-<pid>
 * exists, so the test knows when to strike.
 *
 * @package Mentorship_Program
 */

defined( 'ABSPATH' ) || exit;

$mentorship_bench_pause = static function ( string $point, int $object_id ): void {
	if ( ! isset( $_SERVER['HTTP_X_BENCH_PAUSE_AT'] ) || $point !== $_SERVER['HTTP_X_BENCH_PAUSE_AT'] ) {
		return;
	}
	$flag = WP_CONTENT_DIR . '/bench-paused-' . getmypid();
	file_put_contents( $flag, (string) $object_id );
	sleep( max( 1, min( 10, (int) ( $_SERVER['HTTP_X_BENCH_PAUSE_SECONDS'] ?? 3 ) ) ) );
	unlink( $flag );
};

add_action(
	'added_post_meta',
	static function ( $meta_id, $object_id, $meta_key ) use ( $mentorship_bench_pause ) {
		$mentorship_bench_pause( (string) $meta_key, (int) $object_id );
	},
	10,
	3
);

add_action(
	'set_object_terms',
	static function ( $object_id, $terms, $tt_ids, $taxonomy ) use ( $mentorship_bench_pause ) {
		$mentorship_bench_pause( (string) $taxonomy, (int) $object_id );
	},
	10,
	4
);
