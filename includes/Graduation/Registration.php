<?php
/**
 * Wires graduation criteria and certificates: REST routes, the certificate page,
 * issuing on graduation, privacy.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Graduation;

defined( 'ABSPATH' ) || exit;

/**
 * Adds the hooks of the graduation feature. No business logic here.
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
		( new Personal_Data() )->register();
		( new Form_Handler() )->register();
		$page = new Certificate_Page();
		add_action( 'init', array( $page, 'add_rewrite_rule' ) );
		add_action( 'init', array( $page, 'maybe_flush_rewrite_rules' ), 99 );
		add_filter( 'query_vars', array( $page, 'add_query_var' ) );
		add_action( 'template_redirect', array( $page, 'maybe_render' ), 0 );
		add_action( 'mentorship_program_stage_changed', array( Certificates::class, 'on_stage_changed' ), 10, 4 );
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
		$controllers[] = new REST\Criteria_Controller();
		$controllers[] = new REST\Graduation_Controller();
		$controllers[] = new REST\Certificates_Controller();
		return $controllers;
	}
}
