<?php
/**
 * Class autoloader for the Mentorship_Program namespace.
 *
 * Maps Mentorship_Program\Applications\REST\Applications_Controller to includes/Applications/REST/Applications_Controller.php.
 *
 * @package Mentorship_Program
 */

defined( 'ABSPATH' ) || exit;

spl_autoload_register(
	static function ( string $class_name ): void {
		$prefix = 'Mentorship_Program\\';
		if ( 0 !== strpos( $class_name, $prefix ) ) {
			return;
		}
		$relative = str_replace( '\\', '/', substr( $class_name, strlen( $prefix ) ) );
		$file     = __DIR__ . '/' . $relative . '.php';
		if ( is_readable( $file ) ) {
			require_once $file;
		}
	}
);
