<?php
/**
 * Core's term routes for the program's taxonomies, read-only.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Teams\REST;

use Mentorship_Program\REST\Contract;
use Mentorship_Program\Teams\Taxonomies;
use WP_Error;

defined( 'ABSPATH' ) || exit;

/**
 * /wp/v2/mentorship_team and /wp/v2/mentorship_cohort: the block editor and other
 * clients read teams and cohorts here, but every write goes through the program's
 * own routes (mentorship/v1/teams, mentorship/v1/cohorts), which validate names,
 * meta and dates in one place. Core's write endpoints stay registered and answer
 * 405 with the route to use, so a client learns where to go.
 *
 * @since 0.2.0
 */
final class Read_Only_Terms_Controller extends \WP_REST_Terms_Controller {

	/**
	 * Refuses creating a term here.
	 *
	 * @param \WP_REST_Request $request Request.
	 * @return WP_Error
	 */
	public function create_item_permissions_check( $request ) {
		unset( $request );
		return $this->read_only();
	}

	/**
	 * Refuses changing a term here.
	 *
	 * @param \WP_REST_Request $request Request.
	 * @return WP_Error
	 */
	public function update_item_permissions_check( $request ) {
		unset( $request );
		return $this->read_only();
	}

	/**
	 * Refuses deleting a term here.
	 *
	 * @param \WP_REST_Request $request Request.
	 * @return WP_Error
	 */
	public function delete_item_permissions_check( $request ) {
		unset( $request );
		return $this->read_only();
	}

	/**
	 * The refusal, naming the route that writes this taxonomy.
	 *
	 * @return WP_Error
	 */
	private function read_only(): WP_Error {
		$route = '/' . Contract::NAMESPACE . ( Taxonomies::TEAM === $this->taxonomy ? '/teams' : '/cohorts' );
		return new WP_Error(
			'mentorship_read_only',
			sprintf(
				/* translators: %s: REST route, e.g. /mentorship/v1/teams. */
				__( 'This list is read-only here. Change it through %s.', 'mentorship-program' ),
				$route
			),
			array(
				'status' => 405,
				'route'  => $route,
			)
		);
	}
}
