<?php
/**
 * Bench and proof sites only: how much each REST request cost.
 *
 * Adds `X-Query-Count` (database queries of the whole request so far, counted by
 * wpdb) and `X-Peak-Memory` (bytes) to every REST response. A request that sends
 * `X-Bench-Query-Log: <name>` runs with SAVEQUERIES (wp-config.php of the bench site
 * defines it from the same header), and its query log is written to
 * wp-content/bench-queries/<name>.json: SQL, seconds and the calling functions.
 *
 * Copied into wp-content/mu-plugins by bin/lib/bench-site.mjs; never part of the plugin.
 *
 * @package Mentorship_Program
 */

defined( 'ABSPATH' ) || exit;

if ( ! defined( 'SAVEQUERIES' ) && isset( $_SERVER['HTTP_X_BENCH_QUERY_LOG'] ) ) {
	define( 'SAVEQUERIES', true );
}

add_filter(
	'rest_post_dispatch',
	static function ( $response ) {
		global $wpdb;
		if ( $response instanceof WP_HTTP_Response ) {
			$response->header( 'X-Query-Count', (string) $wpdb->num_queries );
			$response->header( 'X-Peak-Memory', (string) memory_get_peak_usage() );
		}
		return $response;
	},
	PHP_INT_MAX
);

add_action(
	'shutdown',
	static function () {
		global $wpdb;
		if ( ! isset( $_SERVER['HTTP_X_BENCH_QUERY_LOG'] ) || ! defined( 'SAVEQUERIES' ) || ! SAVEQUERIES ) {
			return;
		}
		$name = preg_replace( '/[^a-z0-9_-]/i', '', (string) $_SERVER['HTTP_X_BENCH_QUERY_LOG'] );
		if ( '' === $name ) {
			return;
		}
		$dir = WP_CONTENT_DIR . '/bench-queries';
		if ( ! is_dir( $dir ) ) {
			mkdir( $dir, 0777, true );
		}
		$log = array();
		foreach ( (array) $wpdb->queries as $query ) {
			$log[] = array(
				'sql'    => (string) $query[0],
				'time'   => (float) $query[1],
				'caller' => (string) $query[2],
			);
		}
		file_put_contents(
			$dir . '/' . $name . '.json',
			wp_json_encode(
				array(
					'count'   => (int) $wpdb->num_queries,
					'logged'  => count( $log ),
					'queries' => $log,
				)
			)
		);
	},
	PHP_INT_MAX
);
