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

/*
 * With the query log, also when each phase of the request was reached (ms since the
 * request started), to split a request's time: loading WordPress, the plugins, init,
 * the REST server and its routes, the route's own work, the answer.
 */
$GLOBALS['mentorship_bench_phases'] = array();
if ( isset( $_SERVER['HTTP_X_BENCH_QUERY_LOG'] ) ) {
	$mentorship_bench_mark = static function ( string $name ): void {
		$GLOBALS['mentorship_bench_phases'][] = array( $name, round( ( microtime( true ) - (float) $_SERVER['REQUEST_TIME_FLOAT'] ) * 1000, 2 ) );
	};
	$mentorship_bench_mark( 'mu-plugins loading (WordPress core loaded)' );
	foreach ( array(
		array( 'plugins_loaded', PHP_INT_MIN, 'plugins loaded' ),
		array( 'init', PHP_INT_MIN, 'init starts' ),
		array( 'init', PHP_INT_MAX, 'init done' ),
		array( 'wp_loaded', PHP_INT_MAX, 'wp_loaded' ),
		array( 'rest_api_init', PHP_INT_MIN, 'rest_api_init starts (REST server created)' ),
		array( 'rest_api_init', 50, 'rest_api_init at 50 (routes of plugins at the default priority registered; core registers its own at 99)' ),
		array( 'rest_api_init', PHP_INT_MAX, 'rest_api_init done (routes registered)' ),
		array( 'rest_pre_dispatch', PHP_INT_MIN, 'dispatch starts' ),
		array( 'rest_request_before_callbacks', PHP_INT_MAX, 'route matched, arguments checked; permission and callback start' ),
		array( 'rest_request_after_callbacks', PHP_INT_MIN, 'callback done' ),
		array( 'rest_post_dispatch', PHP_INT_MAX, 'answer ready' ),
		array( 'pre_comment_on_post', PHP_INT_MIN, 'comment handling starts' ),
		array( 'comment_post', PHP_INT_MAX, 'comment stored' ),
		array( 'shutdown', PHP_INT_MIN, 'shutdown' ),
	) as list( $mentorship_bench_hook, $mentorship_bench_priority, $mentorship_bench_name ) ) {
		add_filter(
			$mentorship_bench_hook,
			static function ( $value = null ) use ( $mentorship_bench_mark, $mentorship_bench_name ) {
				$mentorship_bench_mark( $mentorship_bench_name );
				return $value;
			},
			$mentorship_bench_priority
		);
	}
}

/*
 * With the query log, also how long each callback of the hooks every request runs
 * took (init, rest_api_init, ...): each callback is wrapped in a timer when its hook
 * starts, so what a request pays for each plugin's and core's set-up can be read.
 */
$GLOBALS['mentorship_bench_hooks'] = array();
if ( isset( $_SERVER['HTTP_X_BENCH_QUERY_LOG'] ) ) {
	$mentorship_bench_name = static function ( $callback ): string {
		if ( is_string( $callback ) ) {
			return $callback;
		}
		if ( is_array( $callback ) ) {
			return ( is_object( $callback[0] ) ? get_class( $callback[0] ) . '->' : $callback[0] . '::' ) . $callback[1];
		}
		if ( $callback instanceof Closure ) {
			$reflection = new ReflectionFunction( $callback );
			return 'closure ' . str_replace( ABSPATH, '', (string) $reflection->getFileName() ) . ':' . $reflection->getStartLine();
		}
		return 'callable';
	};
	foreach ( array( 'plugins_loaded', 'after_setup_theme', 'set_current_user', 'init', 'wp_loaded', 'parse_request', 'rest_api_init', 'rest_pre_dispatch', 'rest_post_dispatch', 'shutdown' ) as $mentorship_bench_hook ) {
		add_action(
			$mentorship_bench_hook,
			static function () use ( $mentorship_bench_hook, $mentorship_bench_name ) {
				global $wp_filter;
				if ( ! isset( $wp_filter[ $mentorship_bench_hook ] ) ) {
					return;
				}
				foreach ( $wp_filter[ $mentorship_bench_hook ]->callbacks as $priority => $callbacks ) {
					foreach ( $callbacks as $key => $callback ) {
						if ( ! empty( $callback['bench_timed'] ) ) {
							continue;
						}
						$name     = $mentorship_bench_hook . ' ' . $priority . ' ' . $mentorship_bench_name( $callback['function'] );
						$original = $callback['function'];
						$wp_filter[ $mentorship_bench_hook ]->callbacks[ $priority ][ $key ] = array(
							'function'      => static function ( ...$args ) use ( $original, $name ) {
								global $wpdb;
								$queries = $wpdb->num_queries;
								$started = microtime( true );
								$result  = $original( ...$args );
								$GLOBALS['mentorship_bench_hooks'][ $name ] = array(
									'ms'      => round( ( microtime( true ) - $started ) * 1000 + ( $GLOBALS['mentorship_bench_hooks'][ $name ]['ms'] ?? 0 ), 3 ),
									'queries' => $wpdb->num_queries - $queries + ( $GLOBALS['mentorship_bench_hooks'][ $name ]['queries'] ?? 0 ),
								);
								return $result;
							},
							'accepted_args' => $callback['accepted_args'],
							'bench_timed'   => true,
						);
					}
				}
			},
			PHP_INT_MIN
		);
	}
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
					'phases'  => $GLOBALS['mentorship_bench_phases'],
					'hooks'   => $GLOBALS['mentorship_bench_hooks'],
				)
			)
		);
	},
	PHP_INT_MAX
);
