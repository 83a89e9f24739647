<?php
/**
 * Loads the installed test WordPress with the plugin, as a site would: shared by the
 * PHPUnit bootstrap and the worker processes of the concurrency tests.
 *
 * @package Mentorship_Program
 */

if ( WP_TESTS_MULTISITE ) {
	define( 'MULTISITE', true );
	define( 'SUBDOMAIN_INSTALL', false );
	define( 'DOMAIN_CURRENT_SITE', WP_TESTS_DOMAIN );
	define( 'PATH_CURRENT_SITE', '/' );
	define( 'SITE_ID_CURRENT_SITE', 1 );
	define( 'BLOG_ID_CURRENT_SITE', 1 );
	$GLOBALS['base'] = '/';
}

// Load the plugin from muplugins_loaded, before plugins_loaded fires.
$GLOBALS['wp_filter']['muplugins_loaded'][10][] = array(
	'function'      => static function () {
		require MENTORSHIP_PLUGIN_FILE_FOR_TESTS;
	},
	'accepted_args' => 0,
);

require_once ABSPATH . 'wp-settings.php';
