<?php
/**
 * Installs WordPress (and, for multisite runs, a network) into the throwaway test
 * database, then activates the plugin. Run in its own process by the bootstrap.
 *
 * @package Mentorship_Program
 */

require __DIR__ . '/config.php';

define( 'WP_INSTALLING', true );
if ( WP_TESTS_MULTISITE ) {
	define( 'WP_INSTALLING_NETWORK', true );
}

require_once ABSPATH . 'wp-settings.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';

$wpdb->query( 'SET default_storage_engine = InnoDB' );
$wpdb->query( 'SET FOREIGN_KEY_CHECKS = 0' );
foreach ( $wpdb->get_col( $wpdb->prepare( 'SHOW TABLES LIKE %s', $wpdb->esc_like( $table_prefix ) . '%' ) ) as $mentorship_table ) {
	$wpdb->query( "DROP TABLE IF EXISTS `{$mentorship_table}`" ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- table names from SHOW TABLES.
}
$wpdb->query( 'SET FOREIGN_KEY_CHECKS = 1' );
foreach ( $wpdb->tables( 'ms_global' ) as $mentorship_table => $mentorship_prefixed ) {
	$wpdb->$mentorship_table = $mentorship_prefixed;
}

add_filter( 'pre_wp_mail', '__return_false' ); // No mail transport on test machines.
wp_install( WP_TESTS_TITLE, 'admin', WP_TESTS_EMAIL, true, '', 'password' );
update_option( 'permalink_structure', '/%postname%/' );

if ( WP_TESTS_MULTISITE ) {
	require_once ABSPATH . 'wp-admin/includes/network.php';
	install_network();
	$mentorship_error = populate_network( 1, WP_TESTS_DOMAIN, WP_TESTS_EMAIL, WP_TESTS_TITLE . ' Network', '/', false );
	if ( is_wp_error( $mentorship_error ) ) {
		fwrite( STDERR, 'Network install failed: ' . $mentorship_error->get_error_message() . "\n" );
		exit( 1 );
	}
}
echo 'Installed WordPress ' . $wp_version . ( WP_TESTS_MULTISITE ? ' (multisite)' : '' ) . "\n";
