<?php
/**
 * The parts of WP-CLI the plugin's commands use, for PHPStan (WP-CLI is not a
 * dependency of the plugin: it runs the plugin).
 *
 * @package Mentorship_Program
 */

// phpcs:disable -- declarations for PHPStan only.

namespace {
	class WP_CLI {
		/**
		 * @param string              $name     Command name.
		 * @param callable|class-string|object $callable Command.
		 * @param array<string, mixed> $args    Registration arguments.
		 */
		public static function add_command( string $name, $callable, array $args = array() ): bool {
			return true;
		}

		public static function log( string $message ): void {}

		public static function success( string $message ): void {}

		/**
		 * @param string|\WP_Error $message Message.
		 */
		public static function warning( $message ): void {}

		/**
		 * @param string|\WP_Error $message Message.
		 * @param bool|int         $exit    Exit code, or whether to exit.
		 * @return never
		 */
		public static function error( $message, $exit = true ): void {
			exit( 1 );
		}
	}
}

namespace WP_CLI\Utils {
	/**
	 * @param string                           $format Format.
	 * @param array<int, array<string, mixed>> $items  Rows.
	 * @param string[]|string                  $fields Columns.
	 */
	function format_items( string $format, array $items, $fields ): void {}
}
