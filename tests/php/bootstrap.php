<?php
/**
 * PHPUnit bootstrap: installs WordPress into a throwaway MariaDB database (single site
 * or multisite, per MENTORSHIP_TEST_MULTISITE), loads it with the plugin active, and
 * leaves every test to run inside a transaction that is rolled back.
 *
 * @package Mentorship_Program
 */

require __DIR__ . '/includes/config.php';

if ( ! is_file( ABSPATH . 'wp-settings.php' ) ) {
	fwrite( STDERR, "MENTORSHIP_WP_DIR does not point at WordPress. Run the tests with `npm run test:php`.\n" );
	exit( 1 );
}

// Install in a separate process, as WordPress's own test suite does: install-time
// constants must not leak into the tests.
$mentorship_install = array();
$mentorship_status  = 0;
exec( escapeshellarg( PHP_BINARY ) . ' ' . escapeshellarg( __DIR__ . '/includes/install.php' ) . ' 2>&1', $mentorship_install, $mentorship_status );
if ( 0 !== $mentorship_status ) {
	fwrite( STDERR, "WordPress test install failed:\n" . implode( "\n", $mentorship_install ) . "\n" );
	exit( 1 );
}
echo implode( "\n", $mentorship_install ) . "\n";

require __DIR__ . '/includes/load-wordpress.php';
require_once ABSPATH . 'wp-admin/includes/plugin.php';

// Mark the plugin active the way WordPress records it, then run its activation.
$mentorship_basename = 'mentorship-program/mentorship-program.php';
if ( is_multisite() ) {
	update_site_option( 'active_sitewide_plugins', array( $mentorship_basename => time() ) );
} else {
	update_option( 'active_plugins', array( $mentorship_basename ) );
}
\Mentorship_Program\Installer::activate( is_multisite() );
wp_roles()->for_site();

require_once __DIR__ . '/includes/TestCase.php';
require_once __DIR__ . '/includes/Fixtures.php';
