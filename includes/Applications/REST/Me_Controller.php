<?php
/**
 * REST: /mentorship/v1/me — the current user's applications and what comes next.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Applications\REST;

defined( 'ABSPATH' ) || exit;

use Mentorship_Program\Cohorts\REST\Cohorts_Controller;
use Mentorship_Program\REST\Controller;
use Mentorship_Program\Applications\My_Applications;
use Mentorship_Program\Applications\Stages;
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
	 * The route: who the current user is to the program.
	 *
	 * @since 0.1.0
	 *
	 * @return array<string, array<string, mixed>>
	 */
	protected function routes(): array {
		return array(
			'/' . $this->rest_base => array(
				WP_REST_Server::READABLE => array( 'get_item', 'get_item_permissions_check' ),
				'schema'                 => 'get_public_item_schema',
			),
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

	/**
	 * What the route answers: the user and their applications as the status block
	 * shows them.
	 *
	 * @since 0.2.0
	 *
	 * @return array<string, mixed>
	 */
	public function get_item_schema() {
		$string = array( 'type' => 'string' );
		$stage  = self::string_enum( Stages::all_stages() );
		$time   = self::date_time();
		return self::complete_schema(
			'mentorship-me',
			array(
				'user'         => array(
					'type'       => 'object',
					'properties' => self::id_and_name(),
				),
				'applications' => self::array_of(
					array(
						'type'       => 'object',
						'properties' => array(
							'id'            => array( 'type' => 'integer' ),
							'type'          => self::string_enum( Stages::types() ),
							'stage'         => $stage,
							'stage_label'   => $string,
							'explanation'   => $string,
							'pipeline'      => self::array_of(
								array(
									'type'       => 'object',
									'properties' => array(
										'stage' => $stage,
										'label' => $string,
										'state' => self::string_enum( array( 'done', 'current', 'upcoming' ) ),
									),
								)
							),
							'off_path'      => array(
								'description' => __( 'Whether the stage is off the usual path (declined, withdrawn, waitlisted).', 'mentorship-program' ),
								'type'        => 'boolean',
							),
							'cohort'        => array(
								'type'       => array( 'object', 'null' ),
								'properties' => self::id_and_name() + array(
									'starts_on'   => $string,
									'ends_on'     => $string,
									'channel_url' => $string,
								),
							),
							'mentor'        => array(
								'type'       => array( 'object', 'null' ),
								'properties' => array(
									'name'           => $string,
									'slack_username' => $string,
									'wporg_username' => $string,
								),
							),
							'mentees'       => self::array_of(
								array(
									'type'       => 'object',
									'properties' => self::id_and_name() + array( 'slack_username' => $string ),
								)
							),
							'next_sessions' => Cohorts_Controller::sessions_property(),
							'can_withdraw'  => array( 'type' => 'boolean' ),
							'placed_team'   => $string,
							'created'       => $time,
						),
					)
				),
			)
		);
	}
}
