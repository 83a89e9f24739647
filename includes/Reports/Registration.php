<?php
/**
 * The reports feature: the cohort report's routes.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Reports;

defined( 'ABSPATH' ) || exit;

/**
 * Hooks of the reports feature.
 *
 * @since 0.3.0
 */
final class Registration {

	/**
	 * Adds hooks.
	 *
	 * @since 0.3.0
	 */
	public function register(): void {
		add_filter( 'mentorship_program_rest_controllers', array( $this, 'add_controllers' ) );
	}

	/**
	 * Adds this feature's mentorship/v1 controllers.
	 *
	 * @since 0.3.0
	 *
	 * @param array<int, object> $controllers Controllers.
	 * @return array<int, object>
	 */
	public function add_controllers( array $controllers ): array {
		$controllers[] = new REST\Reports_Controller();
		return $controllers;
	}
}
