<?php
/**
 * Router for PHP's built-in server: static files as they are, everything else to WordPress.
 *
 * @package Mentorship_Program
 */

defined( 'ABSPATH' ) || in_array( PHP_SAPI, array( 'cli-server' ), true ) || exit;

$mentorship_root = $_SERVER['DOCUMENT_ROOT'];
$mentorship_path = urldecode( (string) parse_url( $_SERVER['REQUEST_URI'], PHP_URL_PATH ) ); // phpcs:ignore
// A NUL byte is never part of a file name (and makes realpath() throw): leave such
// paths to WordPress, which answers them like any other unknown address.
// A "." or ".." segment (an encoded ../ survives the server's own clean-up) could
// reach files outside the site: such paths go to WordPress too. Plugins and core are
// symbolic links here, so the resolved path cannot be checked against the root.
$mentorship_unsafe = str_contains( $mentorship_path, "\0" ) || preg_match( '#(^|/)\.\.?(/|$)#', $mentorship_path );
$mentorship_file   = $mentorship_unsafe ? false : realpath( $mentorship_root . $mentorship_path );

// Multisite sub-folder paths map wp-admin, wp-includes and files onto the root.
if ( false === $mentorship_file && ! $mentorship_unsafe && preg_match( '#^/[^/]+(/wp-(admin|includes|content)/.*|/wp-[a-z-]+\.php)$#', $mentorship_path, $mentorship_m ) ) {
	$mentorship_file = realpath( $mentorship_root . $mentorship_m[1] );
	if ( $mentorship_file && is_file( $mentorship_file ) && ! str_ends_with( $mentorship_file, '.php' ) ) {
		return false;
	}
}

if ( $mentorship_file && is_file( $mentorship_file ) ) {
	if ( str_ends_with( $mentorship_file, '.php' ) ) {
		$_SERVER['SCRIPT_FILENAME'] = $mentorship_file;
		$_SERVER['SCRIPT_NAME']     = substr( $mentorship_file, strlen( realpath( $mentorship_root ) ) );
		$_SERVER['PHP_SELF']        = $_SERVER['SCRIPT_NAME'];
		chdir( dirname( $mentorship_file ) );
		require $mentorship_file;
		return true;
	}
	return false;
}
if ( $mentorship_file && is_dir( $mentorship_file ) && is_file( $mentorship_file . '/index.php' ) ) {
	$_SERVER['SCRIPT_FILENAME'] = $mentorship_file . '/index.php';
	chdir( $mentorship_file );
	require $mentorship_file . '/index.php';
	return true;
}
$_SERVER['SCRIPT_FILENAME'] = $mentorship_root . '/index.php';
$_SERVER['SCRIPT_NAME']     = '/index.php';
$_SERVER['PHP_SELF']        = '/index.php';
require $mentorship_root . '/index.php';
