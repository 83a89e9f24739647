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

use Mentorship_Program\Feature;

/**
 * Adds the hooks of the graduation feature. No business logic here.
 *
 * @since 0.3.0
 */
final class Registration extends Feature {

	/**
	 * The feature's parts that add their own hooks.
	 *
	 * @since 0.3.0
	 *
	 * @return object[]
	 */
	protected function parts(): array {
		return array( new Personal_Data(), new Form_Handler() );
	}

	/**
	 * This feature's mentorship/v1 controllers.
	 *
	 * @since 0.3.0
	 *
	 * @return object[]
	 */
	protected function controllers(): array {
		return array( new REST\Criteria_Controller(), new REST\Graduation_Controller(), new REST\Certificates_Controller() );
	}

	/**
	 * Adds the feature's own hooks.
	 *
	 * @since 0.3.0
	 */
	protected function add_hooks(): void {
		$page = new Certificate_Page();
		add_action( 'init', array( $page, 'add_rewrite_rule' ) );
		add_action( 'init', array( $page, 'maybe_flush_rewrite_rules' ), 99 );
		add_filter( 'query_vars', array( $page, 'add_query_var' ) );
		add_action( 'template_redirect', array( $page, 'maybe_render' ), 0 );
		add_action( 'mentorship_program_stage_changed', array( Certificates::class, 'on_stage_changed' ), 10, 4 );
	}
}
