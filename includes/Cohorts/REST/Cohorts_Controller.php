<?php
/**
 * REST: /mentorship/v1/cohorts — cohorts, their roster, assignments and sessions.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Cohorts\REST;

defined( 'ABSPATH' ) || exit;

use Mentorship_Program\REST\Contract;
use Mentorship_Program\REST\Controller;
use Mentorship_Program\Applications\Applications;
use Mentorship_Program\Cohorts\Assignments;
use Mentorship_Program\Matching\Cohort_Matching;
use Mentorship_Program\Cohorts\Cohorts;
use Mentorship_Program\Cohorts\Roster;
use Mentorship_Program\Cohorts\Calendar_Feed;
use WP_Error;
use WP_REST_Request;
use WP_REST_Response;
use WP_REST_Server;
use Mentorship_Program\Applications\Fields;
use Mentorship_Program\Support\Field_Errors;

/**
 * Cohort CRUD for managers; roster and sessions for anyone who may open the app.
 *
 * @since 0.1.0
 */
final class Cohorts_Controller extends Controller {

	/**
	 * Route base.
	 *
	 * @var string
	 */
	protected $rest_base = 'cohorts';

	/**
	 * The routes: cohorts, their roster, assignments, sessions, matching and start.
	 *
	 * @since 0.1.0
	 *
	 * @return array<string, array<string, mixed>>
	 */
	protected function routes(): array {
		$base      = '/' . $this->rest_base;
		$id_arg    = self::id_arg( __( 'Cohort ID.', 'mentorship-program' ) );
		$mentee    = array(
			'type'     => 'integer',
			'minimum'  => 1,
			'required' => true,
		);
		$pair_list = array(
			'type'     => 'array',
			'maxItems' => 5000,
			'items'    => array(
				'type'     => 'array',
				'items'    => array(
					'type'    => 'integer',
					'minimum' => 1,
				),
				'minItems' => 2,
				'maxItems' => 2,
			),
			'default'  => array(),
		);
		return array(
			$base                                => array(
				WP_REST_Server::READABLE  => array( 'get_items', 'view_app_permissions_check' ),
				WP_REST_Server::CREATABLE => array( 'create_item', 'manage_cohorts_permissions_check', $this->get_endpoint_args_for_item_schema( WP_REST_Server::CREATABLE ) ),
				'schema'                  => 'get_public_item_schema',
			),
			$base . '/(?P<id>[\d]+)'             => array(
				'args'                    => $id_arg,
				WP_REST_Server::READABLE  => array( 'get_item', 'view_app_permissions_check' ),
				WP_REST_Server::EDITABLE  => array( 'update_item', 'manage_cohorts_permissions_check', $this->get_endpoint_args_for_item_schema( WP_REST_Server::EDITABLE ) ),
				WP_REST_Server::DELETABLE => array( 'delete_item', 'manage_cohorts_permissions_check', array(), array( 'response_schema' => fn() => Contract::deletion( 'mentorship-cohort-deleted', $this->get_item_schema() ) ) ),
				'schema'                  => 'get_public_item_schema',
			),
			$base . '/(?P<id>[\d]+)/roster'      => array(
				'args'                   => $id_arg,
				WP_REST_Server::READABLE => array( 'get_roster', 'manage_cohorts_permissions_check' ),
				'schema'                 => static fn() => Contract::closed( Roster::schema() ),
			),
			$base . '/(?P<id>[\d]+)/assignments' => array(
				'args'                    => $id_arg,
				WP_REST_Server::CREATABLE => array(
					'create_assignment',
					'manage_cohorts_permissions_check',
					array(
						'mentee' => $mentee,
						'mentor' => $mentee,
						'track'  => array(
							'type'    => 'string',
							'enum'    => Fields::FORMATS,
							'default' => 'one-to-one',
						),
					),
				),
				WP_REST_Server::DELETABLE => array( 'delete_assignment', 'manage_cohorts_permissions_check', array( 'mentee' => $mentee ) ),
				'schema'                  => static fn() => Contract::closed( Roster::schema() ),
			),
			$base . '/(?P<id>[\d]+)/sessions'    => array(
				'args'                   => $id_arg,
				WP_REST_Server::READABLE => array(
					'get_sessions',
					'view_app_permissions_check',
					array(
						'count' => array(
							'type'    => 'integer',
							'minimum' => 1,
							'maximum' => 100,
							'default' => 10,
						),
					),
				),
				'schema'                 => 'get_sessions_schema',
			),
			$base . '/(?P<id>[\d]+)/match'       => array(
				'args'                    => $id_arg,
				WP_REST_Server::CREATABLE => array(
					'propose_matches',
					'manage_cohorts_permissions_check',
					array(
						'pins'                     => $pair_list,
						'forbidden'                => $pair_list,
						'allow_no_shared_language' => array(
							'type'    => 'boolean',
							'default' => false,
						),
						'prefer_coverage'          => array(
							'type'    => 'boolean',
							'default' => false,
						),
					),
				),
				'schema'                  => static fn() => Contract::closed( Cohort_Matching::proposal_schema() ),
			),
			$base . '/(?P<id>[\d]+)/match/apply' => array(
				'args'                    => $id_arg,
				WP_REST_Server::CREATABLE => array(
					'apply_matches',
					'manage_cohorts_permissions_check',
					array(
						'pairs' => array(
							'type'     => 'array',
							'required' => true,
							'minItems' => 1,
							'maxItems' => 5000,
							'items'    => array(
								'type'                 => 'object',
								'properties'           => array(
									'mentee_id' => $mentee,
									'mentor_id' => $mentee,
									'track'     => self::string_enum( Fields::FORMATS ),
								),
								'additionalProperties' => false,
							),
						),
					),
				),
				'schema'                  => static fn() => Contract::closed( Cohort_Matching::apply_schema() ),
			),
			$base . '/(?P<id>[\d]+)/start'       => array(
				'args'                    => $id_arg,
				WP_REST_Server::CREATABLE => array(
					'start',
					'manage_cohorts_permissions_check',
					array(
						'notify'        => array(
							'type'    => 'boolean',
							'default' => true,
						),
						'confirm_early' => array(
							'type'        => 'boolean',
							'default'     => false,
							'description' => __( 'Start the cohort before its start date; without it an early start is refused with 409.', 'mentorship-program' ),
						),
					),
				),
				'schema'                  => static fn() => Contract::closed( Roster::start_schema(), true ),
			),
		);
	}

	/**
	 * Every cohort.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response
	 */
	public function get_items( $request ) {
		$data = array();
		foreach ( Cohorts::all() as $cohort ) {
			$data[] = $this->prepare_response_for_collection( $this->prepare_item_for_response( $cohort, $request ) );
		}
		return $this->paginate( rest_ensure_response( $data ), count( $data ), 1 );
	}

	/**
	 * One cohort.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function get_item( $request ) {
		$cohort = Cohorts::get( (int) $request['id'] );
		return $cohort ? $this->prepare_item_for_response( $cohort, $request ) : Cohorts::not_found();
	}

	/**
	 * Creates a cohort.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function create_item( $request ) {
		$unknown = $this->reject_unknown( $request, array_keys( Cohorts::properties() ) );
		if ( is_wp_error( $unknown ) ) {
			return $unknown;
		}
		$cohort = Cohorts::save( $this->values( $request ) );
		if ( is_wp_error( $cohort ) ) {
			return $cohort;
		}
		$response = $this->prepare_item_for_response( (array) $cohort, $request );
		$response->set_status( 201 );
		return $response;
	}

	/**
	 * Updates a cohort.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function update_item( $request ) {
		if ( ! Cohorts::get( (int) $request['id'] ) ) {
			return Cohorts::not_found();
		}
		$unknown = $this->reject_unknown( $request, array_keys( Cohorts::properties() ) );
		if ( is_wp_error( $unknown ) ) {
			return $unknown;
		}
		$cohort = Cohorts::save( $this->values( $request ), (int) $request['id'] );
		return is_wp_error( $cohort ) ? $cohort : $this->prepare_item_for_response( (array) $cohort, $request );
	}

	/**
	 * Deletes a cohort without applications.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function delete_item( $request ) {
		$cohort = Cohorts::get( (int) $request['id'] );
		if ( ! $cohort ) {
			return Cohorts::not_found();
		}
		$result = Cohorts::delete( (int) $cohort['id'] );
		if ( is_wp_error( $result ) ) {
			return $result;
		}
		return rest_ensure_response(
			array(
				'deleted'  => true,
				'previous' => $cohort,
			)
		);
	}

	/**
	 * Mentors with their mentees and capacity, and the unassigned pool.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function get_roster( $request ) {
		$cohort = Cohorts::get( (int) $request['id'] );
		return $cohort ? rest_ensure_response( Roster::build( $cohort ) ) : Cohorts::not_found();
	}

	/**
	 * Assigns a mentee to a mentor of this cohort.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function create_assignment( $request ) {
		$cohort = Cohorts::get( (int) $request['id'] );
		if ( ! $cohort ) {
			return Cohorts::not_found();
		}
		$unknown = $this->reject_unknown( $request, array( 'mentee', 'mentor', 'track' ) );
		if ( is_wp_error( $unknown ) ) {
			return $unknown;
		}
		foreach ( array( 'mentee', 'mentor' ) as $role ) {
			$application = Applications::get( (int) $request[ $role ] );
			if ( ! $application || $application['type'] !== $role || $application['cohort'] !== $cohort['id'] ) {
				/* translators: %s: mentee or mentor. */
				return Field_Errors::on_field( 'rest_invalid_param', sprintf( __( 'No %s with that ID in this cohort.', 'mentorship-program' ), $role ), 400, $role );
			}
		}
		$result = Assignments::assign( (int) $request['mentee'], (int) $request['mentor'], (string) $request['track'] );
		if ( is_wp_error( $result ) ) {
			return $result;
		}
		return new WP_REST_Response( Roster::build( $cohort ), 201 );
	}

	/**
	 * Removes a mentee's assignment.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function delete_assignment( $request ) {
		$cohort = Cohorts::get( (int) $request['id'] );
		if ( ! $cohort ) {
			return Cohorts::not_found();
		}
		$row = Assignments::of_mentee( (int) $request['mentee'] );
		if ( ! $row || (int) $row['cohort_id'] !== $cohort['id'] ) {
			return new WP_Error( 'mentorship_not_assigned', __( 'This mentee has no mentor in this cohort.', 'mentorship-program' ), array( 'status' => 404 ) );
		}
		$result = Assignments::unassign( (int) $request['mentee'] );
		return is_wp_error( $result ) ? $result : rest_ensure_response( Roster::build( $cohort ) );
	}

	/**
	 * The next sessions as UTC instants, with the calendar feed's address.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function get_sessions( $request ) {
		$cohort = Cohorts::get( (int) $request['id'] );
		if ( ! $cohort ) {
			return Cohorts::not_found();
		}
		return rest_ensure_response(
			array(
				'cohort'   => $cohort['id'],
				'sessions' => Cohorts::sessions( $cohort, (int) $request['count'] ),
				'feed_url' => Calendar_Feed::url( $cohort['id'] ),
			)
		);
	}

	/**
	 * What the sessions route answers.
	 *
	 * @since 0.2.0
	 *
	 * @return array<string, mixed>
	 */
	public function get_sessions_schema(): array {
		return self::complete_schema(
			'mentorship-cohort-sessions',
			array(
				'cohort'   => array( 'type' => 'integer' ),
				'sessions' => self::sessions_property(),
				'feed_url' => array(
					'type'   => 'string',
					'format' => 'uri',
				),
			)
		);
	}

	/**
	 * A list of a cohort's sessions, as the sessions route and a participant's own
	 * record (GET /me) give them.
	 *
	 * @since 0.3.0
	 *
	 * @return array<string, mixed>
	 */
	public static function sessions_property(): array {
		return self::array_of(
			array(
				'type'       => 'object',
				'properties' => array(
					'start' => self::date_time(),
					'end'   => self::date_time(),
					'title' => array( 'type' => 'string' ),
				),
			)
		);
	}

	/**
	 * A matching proposal; changes nothing.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function propose_matches( $request ) {
		$cohort = Cohorts::get( (int) $request['id'] );
		if ( ! $cohort ) {
			return Cohorts::not_found();
		}
		$unknown = $this->reject_unknown( $request, array( 'pins', 'forbidden', 'allow_no_shared_language', 'prefer_coverage' ) );
		if ( is_wp_error( $unknown ) ) {
			return $unknown;
		}
		return rest_ensure_response(
			Cohort_Matching::propose(
				$cohort,
				array(
					'pins'                     => (array) $request['pins'],
					'forbidden'                => (array) $request['forbidden'],
					'allow_no_shared_language' => (bool) $request['allow_no_shared_language'],
					'prefer_coverage'          => (bool) $request['prefer_coverage'],
				)
			)
		);
	}

	/**
	 * Applies a proposal (or the coordinator's edited version of it).
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function apply_matches( $request ) {
		$cohort = Cohorts::get( (int) $request['id'] );
		if ( ! $cohort ) {
			return Cohorts::not_found();
		}
		$unknown = $this->reject_unknown( $request, array( 'pairs' ) );
		if ( is_wp_error( $unknown ) ) {
			return $unknown;
		}
		$result           = Cohort_Matching::apply( $cohort, (array) $request['pairs'] );
		$result['roster'] = Roster::build( $cohort );
		return rest_ensure_response( $result );
	}

	/**
	 * Starts a cohort: accepted and assigned mentees and approved mentors with mentees become active.
	 * Before the cohort's start date this needs `confirm_early`, and the early start is recorded.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function start( $request ) {
		$cohort = Cohorts::get( (int) $request['id'] );
		if ( ! $cohort ) {
			return Cohorts::not_found();
		}
		$unknown = $this->reject_unknown( $request, array( 'notify', 'confirm_early' ) );
		if ( is_wp_error( $unknown ) ) {
			return $unknown;
		}
		$early = Cohorts::check_start( $cohort, (bool) $request['confirm_early'] );
		if ( $early ) {
			return $early;
		}
		$result = Roster::start( $cohort, (bool) $request['notify'] );
		Cohorts::record_start( $cohort, get_current_user_id() );
		return rest_ensure_response( $result );
	}

	/**
	 * Values of the cohort fields present in a request.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return array<string, mixed>
	 */
	private function values( WP_REST_Request $request ): array {
		return $this->given( $request, array_diff( array_keys( Cohorts::properties() ), array( 'id', 'status' ) ) );
	}

	/**
	 * Shapes a cohort.
	 *
	 * @param array<string, mixed> $item    Cohort.
	 * @param WP_REST_Request      $request Request.
	 * @return WP_REST_Response
	 */
	public function prepare_item_for_response( $item, $request ) {
		unset( $request );
		$item['feed_url'] = Calendar_Feed::url( (int) $item['id'] );
		return rest_ensure_response( $item );
	}

	/**
	 * The cohort resource's schema.
	 *
	 * @return array<string, mixed>
	 */
	public function get_item_schema() {
		if ( $this->schema ) {
			return Contract::closed( $this->add_additional_fields_schema( $this->schema ) );
		}
		$properties             = Cohorts::properties();
		$properties['feed_url'] = self::read_only( 'string', array( 'format' => 'uri' ) );
		$this->schema           = array(
			'$schema'    => 'http://json-schema.org/draft-04/schema#',
			'title'      => 'mentorship-cohort',
			'type'       => 'object',
			'properties' => $properties,
		);
		return Contract::closed( $this->add_additional_fields_schema( $this->schema ) );
	}
}
