<?php
/**
 * Constants PHPStan needs to read the plugin: WordPress's (the stubs declare
 * functions and classes, not these) and the plugin's own, as the main file defines them.
 *
 * @package Mentorship_Program
 */

// phpcs:disable -- read by PHPStan only, never run by WordPress.

defined( 'ABSPATH' ) || define( 'ABSPATH', __DIR__ . '/' );
defined( 'WPINC' ) || define( 'WPINC', 'wp-includes' );
defined( 'WP_CONTENT_DIR' ) || define( 'WP_CONTENT_DIR', ABSPATH . 'wp-content' );
defined( 'WP_PLUGIN_DIR' ) || define( 'WP_PLUGIN_DIR', WP_CONTENT_DIR . '/plugins' );
defined( 'WP_DEBUG' ) || define( 'WP_DEBUG', false );
defined( 'MINUTE_IN_SECONDS' ) || define( 'MINUTE_IN_SECONDS', 60 );
defined( 'HOUR_IN_SECONDS' ) || define( 'HOUR_IN_SECONDS', 3600 );
defined( 'DAY_IN_SECONDS' ) || define( 'DAY_IN_SECONDS', 86400 );
defined( 'WEEK_IN_SECONDS' ) || define( 'WEEK_IN_SECONDS', 604800 );
defined( 'MONTH_IN_SECONDS' ) || define( 'MONTH_IN_SECONDS', 2592000 );
defined( 'YEAR_IN_SECONDS' ) || define( 'YEAR_IN_SECONDS', 31536000 );
defined( 'OBJECT' ) || define( 'OBJECT', 'OBJECT' );
defined( 'ARRAY_A' ) || define( 'ARRAY_A', 'ARRAY_A' );
defined( 'ARRAY_N' ) || define( 'ARRAY_N', 'ARRAY_N' );
defined( 'COOKIEPATH' ) || define( 'COOKIEPATH', '/' );
defined( 'COOKIE_DOMAIN' ) || define( 'COOKIE_DOMAIN', '' );

defined( 'MENTORSHIP_PROGRAM_VERSION' ) || define( 'MENTORSHIP_PROGRAM_VERSION', '0.1.0' );
defined( 'MENTORSHIP_PROGRAM_FILE' ) || define( 'MENTORSHIP_PROGRAM_FILE', dirname( __DIR__, 2 ) . '/mentorship-program.php' );
defined( 'MENTORSHIP_PROGRAM_DIR' ) || define( 'MENTORSHIP_PROGRAM_DIR', dirname( __DIR__, 2 ) );
