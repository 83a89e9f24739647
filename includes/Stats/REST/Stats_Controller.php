<?php
/**
 * REST: /mentorship/v1/stats/funnel — the dashboard's numbers.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Stats\REST;

defined( 'ABSPATH' ) || exit;

use Mentorship_Program\REST\Contract;
use Mentorship_Program\REST\Controller;
use Mentorship_Program\Stats\Stats;
use WP_REST_Server;

/**
 * Funnel counts and conversion per cohort.
 *
 * @since 0.1.0
 */
final class Stats_Controller extends Controller {

	/**
	 * Route base.
	 *
	 * @var string
	 */
	protected $rest_base = 'stats';

	/**
	 * Registers the route.
	 *
	 * @since 0.1.0
	 */
	public function register_routes(): void {
		register_rest_route(
			$this->namespace,
			'/' . $this->rest_base . '/funnel',
			array(
				array(
					'methods'             => WP_REST_Server::READABLE,
					'callback'            => array( $this, 'get_funnel' ),
					'permission_callback' => array( $this, 'get_funnel_permissions_check' ),
					'args'                => array(
						'cohort' => array(
							'type'    => 'integer',
							'minimum' => 0,
							'default' => 0,
						),
					),
				),
				'schema' => static fn() => Contract::closed( Stats::funnel_schema() ),
			)
		);
	}

	/**
	 * Reviewers only.
	 *
	 * @param \WP_REST_Request $request Request.
	 * @return true|\WP_Error
	 */
	public function get_funnel_permissions_check( $request ) {
		unset( $request );
		return $this->require_cap( 'mentorship_review' );
	}

	/**
	 * The funnel.
	 *
	 * @param \WP_REST_Request $request Request.
	 * @return \WP_REST_Response
	 */
	public function get_funnel( $request ) {
		return rest_ensure_response( Stats::funnel( (int) $request['cohort'] ) );
	}
}
