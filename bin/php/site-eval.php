<?php
/**
 * Runs PHP code from standard input inside a site, as a command-line helper.
 *
 * Usage: echo 'echo get_option("home");' | php bin/php/site-eval.php <site-dir>
 *
 * @package Mentorship_Program
 */

defined( 'ABSPATH' ) || in_array( PHP_SAPI, array( 'cli' ), true ) || exit;

$mentorship_home = '';
$mentorship_dir  = rtrim( $argv[1], '/' );
$_SERVER['HTTP_HOST']       = getenv( 'MENTORSHIP_SITE_HOST' ) ? getenv( 'MENTORSHIP_SITE_HOST' ) : '127.0.0.1';
$_SERVER['SERVER_NAME']     = $_SERVER['HTTP_HOST'];
$_SERVER['REQUEST_URI']     = '/';
$_SERVER['SERVER_PROTOCOL'] = 'HTTP/1.1';
require $mentorship_dir . '/wp-load.php';
eval( stream_get_contents( STDIN ) ); // phpcs:ignore Squiz.PHP.Eval.Discouraged -- a local command-line harness.
