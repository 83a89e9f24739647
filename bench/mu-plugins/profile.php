<?php
/**
 * Bench site only: where a request spends its processor time.
 *
 * A request that sends `X-Bench-Profile: <name>` is sampled by the Excimer extension
 * (when it is installed: `apt-get install php-excimer`) every 0.2 ms of CPU time, from
 * here (right after WordPress core is loaded) to the end of the request; the samples
 * are appended, as collapsed stacks, to wp-content/bench-profiles/<name>.txt. Without
 * the header or the extension, nothing happens.
 *
 * Copied into wp-content/mu-plugins by bin/lib/bench-site.mjs; never part of the plugin.
 *
 * @package Mentorship_Program
 */

defined( 'ABSPATH' ) || exit;

if ( isset( $_SERVER['HTTP_X_BENCH_PROFILE'] ) && class_exists( 'ExcimerProfiler' ) ) {
	$GLOBALS['mentorship_bench_profiler'] = new ExcimerProfiler();
	$GLOBALS['mentorship_bench_profiler']->setPeriod( 0.0002 );
	$GLOBALS['mentorship_bench_profiler']->setEventType( EXCIMER_CPU );
	$GLOBALS['mentorship_bench_profiler']->start();
	register_shutdown_function(
		static function () {
			$profiler = $GLOBALS['mentorship_bench_profiler'];
			$profiler->stop();
			$name = preg_replace( '/[^a-z0-9_-]/i', '', (string) $_SERVER['HTTP_X_BENCH_PROFILE'] );
			if ( '' === $name ) {
				return;
			}
			$dir = WP_CONTENT_DIR . '/bench-profiles';
			if ( ! is_dir( $dir ) ) {
				mkdir( $dir, 0777, true );
			}
			file_put_contents( $dir . '/' . $name . '.txt', $profiler->getLog()->formatCollapsed(), FILE_APPEND | LOCK_EX );
		}
	);
}
