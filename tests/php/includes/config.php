<?php
/**
 * Test configuration shared by the installer and the bootstrap, read from the environment
 * that bin/test-php.mjs sets up.
 *
 * @package Mentorship_Program
 */

$mentorship_env = static function ( string $name, string $fallback = '' ): string {
	$value = getenv( $name );
	return false === $value ? $fallback : $value;
};

define( 'WP_TESTS_MULTISITE', '1' === $mentorship_env( 'MENTORSHIP_TEST_MULTISITE', '0' ) );
define( 'ABSPATH', rtrim( $mentorship_env( 'MENTORSHIP_WP_DIR' ), '/' ) . '/' );
define( 'DB_NAME', $mentorship_env( 'MENTORSHIP_TEST_DB_NAME', 'mentorship_phpunit' ) );
define( 'DB_USER', $mentorship_env( 'MENTORSHIP_TEST_DB_USER', 'root' ) );
define( 'DB_PASSWORD', $mentorship_env( 'MENTORSHIP_TEST_DB_PASSWORD', '' ) );
define( 'DB_HOST', $mentorship_env( 'MENTORSHIP_TEST_DB_HOST', '127.0.0.1:3406' ) );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );
define( 'WP_TESTS_DOMAIN', 'example.org' );
define( 'WP_TESTS_EMAIL', 'admin@example.org' );
define( 'WP_TESTS_TITLE', 'Mentorship Tests' );
define( 'WP_DEBUG', true );
define( 'WP_DEBUG_DISPLAY', true );
define( 'WP_DEBUG_LOG', false );
define( 'WP_DEFAULT_THEME', 'twentytwentyfive' );
define( 'DISABLE_WP_CRON', true );
define( 'WP_HTTP_BLOCK_EXTERNAL', true );
define( 'AUTOMATIC_UPDATER_DISABLED', true );
define( 'WP_MEMORY_LIMIT', '512M' );
define( 'MENTORSHIP_PLUGIN_FILE_FOR_TESTS', dirname( __DIR__, 3 ) . '/mentorship-program.php' );

foreach ( array( 'AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY', 'AUTH_SALT', 'SECURE_AUTH_SALT', 'LOGGED_IN_SALT', 'NONCE_SALT' ) as $mentorship_key ) {
	define( $mentorship_key, 'mentorship-tests-' . strtolower( $mentorship_key ) );
}

$table_prefix = 'wptests_'; // phpcs:ignore WordPress.WP.GlobalVariablesOverride.Prohibited

$_SERVER['HTTP_HOST']       = WP_TESTS_DOMAIN;
$_SERVER['SERVER_NAME']     = WP_TESTS_DOMAIN;
$_SERVER['SERVER_PORT']     = '80';
$_SERVER['REQUEST_URI']     = '/';
$_SERVER['REQUEST_METHOD']  = 'GET';
$_SERVER['REMOTE_ADDR']     = '127.0.0.1';
$_SERVER['SERVER_PROTOCOL'] = 'HTTP/1.1';
$_SERVER['PHP_SELF']        = '/index.php';
$GLOBALS['PHP_SELF']        = '/index.php';
