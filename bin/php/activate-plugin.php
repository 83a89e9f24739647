<?php
/**
 * Activates this plugin on an installed site (network-wide on multisite).
 *
 * Usage: php bin/php/activate-plugin.php <site-dir> <url>
 *
 * @package Mentorship_Program
 */

defined( 'ABSPATH' ) || in_array( PHP_SAPI, array( 'cli' ), true ) || exit;

$mentorship_parts           = parse_url( $argv[2] ?? 'http://127.0.0.1' ); // phpcs:ignore WordPress.WP.AlternativeFunctions.parse_url_parse_url
$_SERVER['HTTP_HOST']       = $mentorship_parts['host'] . ( isset( $mentorship_parts['port'] ) ? ':' . $mentorship_parts['port'] : '' );
$_SERVER['SERVER_NAME']     = $_SERVER['HTTP_HOST'];
$_SERVER['REQUEST_URI']     = '/';
$_SERVER['SERVER_PROTOCOL'] = 'HTTP/1.1';

require rtrim( $argv[1], '/' ) . '/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/plugin.php';

$mentorship_result = activate_plugin( 'mentorship-program/mentorship-program.php', '', is_multisite() );
if ( is_wp_error( $mentorship_result ) ) {
	fwrite( STDERR, $mentorship_result->get_error_message() . "\n" );
	exit( 1 );
}
flush_rewrite_rules( false );
echo "activated\n";
