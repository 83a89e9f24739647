<?php
/**
 * Registers the `wp mentorship` commands when WP-CLI runs.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\CLI;

defined( 'ABSPATH' ) || exit;

/**
 * Adds the command only under WP-CLI; on web requests it does nothing.
 *
 * @since 0.1.0
 */
final class Loader {

	/**
	 * Registers the command with WP-CLI, when WP-CLI is running.
	 *
	 * @since 0.1.0
	 */
	public function register(): void {
		if ( defined( 'WP_CLI' ) && WP_CLI && class_exists( '\WP_CLI' ) ) {
			\WP_CLI::add_command( 'mentorship', Command::class );
		}
	}
}
