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
	 * The route: the funnel of a cohort, or of all.
	 *
	 * @since 0.1.0
	 *
	 * @return array<string, array<string, mixed>>
	 */
	protected function routes(): array {
		return array(
			'/' . $this->rest_base . '/funnel' => array(
				WP_REST_Server::READABLE => array(
					'get_funnel',
					'review_permissions_check',
					array(
						'cohort' => array(
							'type'    => 'integer',
							'minimum' => 0,
							'default' => 0,
						),
					),
				),
				'schema'                 => static fn() => Contract::closed( Stats::funnel_schema() ),
			),
		);
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
