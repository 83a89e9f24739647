<?php
/**
 * REST: /mentorship/v1/mentees/{id}/goals and /mentorship/v1/goals/{id} — mentees' goals.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Mentorship\REST;

defined( 'ABSPATH' ) || exit;

use Mentorship_Program\REST\Contract;
use Mentorship_Program\Mentorship\Access;
use Mentorship_Program\Mentorship\Goals;
use Mentorship_Program\REST\Controller;
use WP_REST_Request;
use WP_REST_Server;

/**
 * A mentee sets and completes their goals; their mentor and coordinators read them.
 *
 * @since 0.2.0
 */
final class Goals_Controller extends Controller {

	/**
	 * Route base.
	 *
	 * @var string
	 */
	protected $rest_base = 'goals';

	/**
	 * The routes: a mentee's goals, listed and added, and one goal, edited.
	 *
	 * @since 0.2.0
	 *
	 * @return array<string, array<string, mixed>>
	 */
	protected function routes(): array {
		return array(
			'/mentees/(?P<id>[\d]+)/goals'            => array(
				'args'                    => self::id_arg( __( 'Mentee application ID.', 'mentorship-program' ) ),
				WP_REST_Server::READABLE  => array( 'get_items', 'get_items_permissions_check' ),
				WP_REST_Server::CREATABLE => array( 'create_item', 'create_item_permissions_check', $this->get_endpoint_args_for_item_schema( WP_REST_Server::CREATABLE ) ),
				'schema'                  => 'get_public_item_schema',
			),
			'/' . $this->rest_base . '/(?P<id>[\d]+)' => array(
				'args'                   => self::id_arg( __( 'Goal ID.', 'mentorship-program' ) ),
				WP_REST_Server::EDITABLE => array( 'update_item', 'update_item_permissions_check', $this->revision_edit_args( false ) ),
				'schema'                 => 'get_public_item_schema',
			),
		);
	}

	/**
	 * The mentee, their mentor, coordinators.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return true|\WP_Error
	 */
	public function get_items_permissions_check( $request ) {
		return Access::can_read_mentee( get_current_user_id(), (int) $request['id'] ) ? true : $this->forbidden();
	}

	/**
	 * The mentee and coordinators.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return true|\WP_Error
	 */
	public function create_item_permissions_check( $request ) {
		return Access::can_edit_goals( get_current_user_id(), (int) $request['id'] ) ? true : $this->forbidden();
	}

	/**
	 * The goal's mentee and coordinators.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return true|\WP_Error
	 */
	public function update_item_permissions_check( $request ) {
		$user = get_current_user_id();
		if ( Access::is_coordinator( $user ) ) {
			return true;
		}
		$mentee = Goals::mentee_of( (int) $request['id'] );
		return $mentee && Access::can_edit_goals( $user, $mentee ) ? true : $this->forbidden();
	}

	/**
	 * A mentee's goals.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return \WP_REST_Response|\WP_Error
	 */
	public function get_items( $request ) {
		if ( ! Access::running_mentee( (int) $request['id'] ) ) {
			return new \WP_Error( 'mentorship_not_found', __( 'Mentee not found.', 'mentorship-program' ), array( 'status' => 404 ) );
		}
		return rest_ensure_response( array_map( fn( $goal ) => $this->prepare_item_for_response( $goal, $request )->get_data(), Goals::of_mentee( (int) $request['id'] ) ) );
	}

	/**
	 * Adds a goal.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return \WP_REST_Response|\WP_Error
	 */
	public function create_item( $request ) {
		$known = $this->reject_unknown( $request, Goals::FIELDS );
		if ( is_wp_error( $known ) ) {
			return $known;
		}
		$result = Goals::create( (int) $request['id'], $this->given( $request, Goals::FIELDS ), get_current_user_id() );
		if ( is_wp_error( $result ) ) {
			return $result;
		}
		$response = $this->prepare_item_for_response( $result, $request );
		$response->set_status( 201 );
		return $response;
	}

	/**
	 * Changes a goal.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return \WP_REST_Response|\WP_Error
	 */
	public function update_item( $request ) {
		$known = $this->reject_unknown( $request, array_merge( Goals::FIELDS, array( 'revision' ) ) );
		if ( is_wp_error( $known ) ) {
			return $known;
		}
		$values = $this->given( $request, Goals::FIELDS );
		if ( null !== $request['revision'] ) {
			$values['revision'] = (int) $request['revision'];
		}
		$result = Goals::update( (int) $request['id'], $values, get_current_user_id() );
		return is_wp_error( $result ) ? $result : $this->prepare_item_for_response( $result, $request );
	}

	/**
	 * The one place that shapes a goal for output.
	 *
	 * @param array<string, mixed> $item    Goal.
	 * @param WP_REST_Request      $request Request.
	 * @return \WP_REST_Response
	 */
	public function prepare_item_for_response( $item, $request ) {
		return rest_ensure_response( $this->filter_response_by_context( $item, 'view' ) );
	}

	/**
	 * The goal schema.
	 *
	 * @return array<string, mixed>
	 */
	public function get_item_schema() {
		if ( $this->schema ) {
			return Contract::closed( $this->add_additional_fields_schema( $this->schema ) );
		}
		$this->schema = self::object_schema(
			'mentorship-goal',
			array(
				'id'       => self::read_only( 'integer' ),
				'mentee'   => self::read_only( 'integer' ),
				'title'    => array(
					'type'      => 'string',
					'minLength' => 1,
					'maxLength' => Goals::MAX_TITLE,
					'required'  => true,
				),
				'status'   => self::string_enum( Goals::STATUSES ),
				'due_week' => array(
					'type'        => array( 'integer', 'null' ),
					'minimum'     => 1,
					'maximum'     => Goals::MAX_WEEK,
					'description' => __( 'Week of the cohort the goal is due in.', 'mentorship-program' ),
				),
				'revision' => self::read_only( 'integer' ),
				'done_at'  => array(
					'type'     => array( 'string', 'null' ),
					'format'   => 'date-time',
					'readonly' => true,
				),
				'created'  => self::read_only( 'string', array( 'format' => 'date-time' ) ),
			)
		);
		return Contract::closed( $this->add_additional_fields_schema( $this->schema ) );
	}
}
