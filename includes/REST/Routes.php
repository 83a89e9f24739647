<?php
/**
 * Registers every mentorship/v1 controller.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\REST;

defined( 'ABSPATH' ) || exit;

/**
 * One list of controllers, registered on rest_api_init.
 *
 * @since 0.1.0
 */
final class Routes {

	/**
	 * Adds hooks.
	 *
	 * @since 0.1.0
	 */
	public function register(): void {
		add_action( 'rest_api_init', array( $this, 'register_routes' ) );
	}

	/**
	 * The controllers.
	 *
	 * @return Controller[]
	 */
	public static function controllers(): array {
		/**
		 * Filters the mentorship/v1 controllers.
		 *
		 * @since 0.1.0
		 *
		 * @param Controller[] $controllers Controllers.
		 */
		return (array) apply_filters(
			'mentorship_program_rest_controllers',
			array(
				new Applications_Controller(),
				new Me_Controller(),
				new Cohorts_Controller(),
				new Stats_Controller(),
				new Export_Controller(),
				new Teams_Controller(),
				new Settings_Controller(),
				new Stories_Controller(),
			)
		);
	}

	/**
	 * Registers every controller's routes.
	 *
	 * @since 0.1.0
	 */
	public function register_routes(): void {
		foreach ( self::controllers() as $controller ) {
			$controller->register_routes();
		}
	}
}
