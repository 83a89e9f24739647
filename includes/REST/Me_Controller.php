<?php
/**
 * REST: /mentorship/v1/me — the current user's applications and what comes next.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\REST;

defined( 'ABSPATH' ) || exit;

use Mentorship_Program\Domain\My_Applications;
use WP_REST_Server;

/**
 * The transparency route: every application of the logged-in person, its stage, cohort,
 * mentor and next sessions.
 *
 * @since 0.1.0
 */
final class Me_Controller extends Controller {

	/**
	 * Route base.
	 *
	 * @var string
	 */
	protected $rest_base = 'me';

	/**
	 * Registers the route.
	 *
	 * @since 0.1.0
	 */
	public function register_routes(): void {
		register_rest_route(
			$this->namespace,
			'/' . $this->rest_base,
			array(
				array(
					'methods'             => WP_REST_Server::READABLE,
					'callback'            => array( $this, 'get_item' ),
					'permission_callback' => array( $this, 'get_item_permissions_check' ),
				),
			)
		);
	}

	/**
	 * Logged-in users only.
	 *
	 * @param \WP_REST_Request $request Request.
	 * @return true|\WP_Error
	 */
	public function get_item_permissions_check( $request ) {
		unset( $request );
		return is_user_logged_in() ? true : $this->forbidden( __( 'Please log in to see your applications.', 'mentorship-program' ) );
	}

	/**
	 * The current user's applications.
	 *
	 * @param \WP_REST_Request $request Request.
	 * @return \WP_REST_Response
	 */
	public function get_item( $request ) {
		unset( $request );
		$user = wp_get_current_user();
		return rest_ensure_response(
			array(
				'user'         => array(
					'id'   => (int) $user->ID,
					'name' => $user->display_name,
				),
				'applications' => My_Applications::for_user( (int) $user->ID ),
			)
		);
	}
}
