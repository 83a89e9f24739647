<?php
/**
 * Installs WordPress into a prepared site folder, with this plugin active.
 *
 * Usage: php bin/php/install-site.php <site-dir> <url> <multisite 0|1>
 *
 * @package Mentorship_Program
 */

defined( 'ABSPATH' ) || in_array( PHP_SAPI, array( 'cli' ), true ) || exit;

$mentorship_dir       = rtrim( $argv[1] ?? '', '/' );
$mentorship_url       = $argv[2] ?? 'http://127.0.0.1';
$mentorship_multisite = ! empty( $argv[3] );
$mentorship_host      = (string) mentorship_cli_host( $mentorship_url );

/**
 * Host (with port) of a URL, without WordPress loaded.
 *
 * @param string $url URL.
 * @return string
 */
function mentorship_cli_host( string $url ): string {
	$parts = parse_url( $url ); // phpcs:ignore WordPress.WP.AlternativeFunctions.parse_url_parse_url -- WordPress is not loaded yet.
	return $parts['host'] . ( isset( $parts['port'] ) ? ':' . $parts['port'] : '' );
}

$_SERVER['HTTP_HOST']   = $mentorship_host;
$_SERVER['SERVER_NAME'] = $mentorship_host;
$_SERVER['REQUEST_URI'] = '/';
$_SERVER['PHP_SELF']    = '/index.php';
$_SERVER['SERVER_PROTOCOL'] = 'HTTP/1.1';

define( 'WP_INSTALLING', true );
if ( $mentorship_multisite ) {
	define( 'WP_INSTALLING_NETWORK', true );
}
require $mentorship_dir . '/wp-config.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
require_once ABSPATH . 'wp-admin/includes/plugin.php';

add_filter( 'pre_wp_mail', '__return_false' ); // The install mail has nowhere to go on a local site.
$result = wp_install( 'Mentorship Program', 'admin', 'admin@example.org', true, '', 'password' );
if ( empty( $result['user_id'] ) ) {
	fwrite( STDERR, "wp_install failed\n" );
	exit( 1 );
}
update_option( 'siteurl', $mentorship_url );
update_option( 'home', $mentorship_url );
update_option( 'permalink_structure', '/%postname%/' );
update_option( 'template', 'twentytwentyfive' );
update_option( 'stylesheet', 'twentytwentyfive' );

if ( $mentorship_multisite ) {
	require_once ABSPATH . 'wp-admin/includes/network.php';
	foreach ( $wpdb->tables( 'ms_global' ) as $mentorship_table => $mentorship_prefixed ) {
		$wpdb->$mentorship_table = $mentorship_prefixed;
	}
	install_network();
	$mentorship_error = populate_network( 1, $mentorship_host, 'admin@example.org', 'Mentorship Network', '/', false );
	if ( is_wp_error( $mentorship_error ) ) {
		fwrite( STDERR, $mentorship_error->get_error_message() . "\n" );
		exit( 1 );
	}
	file_put_contents( $mentorship_dir . '/.network-installed', '1' ); // phpcs:ignore WordPress.WP.AlternativeFunctions.file_system_operations_file_put_contents -- CLI harness.
}
echo "installed\n";
