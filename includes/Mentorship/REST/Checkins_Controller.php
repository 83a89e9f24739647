<?php
/**
 * REST: /mentorship/v1/checkins — check-ins of running mentorships.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Mentorship\REST;

defined( 'ABSPATH' ) || exit;

use Mentorship_Program\Mentorship\Mentor_Directory;
use Mentorship_Program\REST\Contract;
use Mentorship_Program\Mentorship\Access;
use Mentorship_Program\Mentorship\Checkins;
use Mentorship_Program\REST\Controller;
use WP_REST_Request;
use WP_REST_Server;

/**
 * Mentors log and edit check-ins of their own mentees, mentees read what concerns them,
 * coordinators everything. The rules live in Checkins; this class only speaks HTTP.
 *
 * @since 0.2.0
 */
final class Checkins_Controller extends Controller {

	/**
	 * Route base.
	 *
	 * @var string
	 */
	protected $rest_base = 'checkins';

	/**
	 * The routes: check-ins, listed and logged, and one check-in, read and edited.
	 *
	 * @since 0.2.0
	 *
	 * @return array<string, array<string, mixed>>
	 */
	protected function routes(): array {
		return array(
			'/' . $this->rest_base                    => array(
				WP_REST_Server::READABLE  => array( 'get_items', 'get_items_permissions_check', $this->get_collection_params() ),
				WP_REST_Server::CREATABLE => array( 'create_item', 'create_item_permissions_check', array_merge( $this->get_endpoint_args_for_item_schema( WP_REST_Server::CREATABLE ), array( 'mentees' => self::mentees_arg( true ) ) ) ),
				'schema'                  => 'get_public_item_schema',
			),
			'/' . $this->rest_base . '/(?P<id>[\d]+)' => array(
				'args'                   => self::id_arg( __( 'Check-in ID.', 'mentorship-program' ) ),
				WP_REST_Server::READABLE => array( 'get_item', 'get_item_permissions_check' ),
				WP_REST_Server::EDITABLE => array( 'update_item', 'update_item_permissions_check', $this->revision_edit_args( true, array( 'mentees' => self::mentees_arg( false ) ) ) ),
				'schema'                 => 'get_public_item_schema',
			),
		);
	}

	/**
	 * Coordinators, mentors and mentees of a running mentorship (each sees only theirs).
	 *
	 * @param WP_REST_Request $request Request.
	 * @return true|\WP_Error
	 */
	public function get_items_permissions_check( $request ) {
		unset( $request );
		return Access::takes_part( get_current_user_id() ) ? true : $this->forbidden();
	}

	/**
	 * Coordinators and mentors (for their own mentees; the service checks each one).
	 *
	 * @param WP_REST_Request $request Request.
	 * @return true|\WP_Error
	 */
	public function create_item_permissions_check( $request ) {
		unset( $request );
		$user = get_current_user_id();
		return Access::is_coordinator( $user ) || Mentor_Directory::user_is_mentor( $user ) ? true : $this->forbidden();
	}

	/**
	 * Whoever may read this check-in.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return true|\WP_Error
	 */
	public function get_item_permissions_check( $request ) {
		$user = get_current_user_id();
		return Access::is_coordinator( $user ) || Checkins::allows( (int) $request['id'], $user ) ? true : $this->forbidden();
	}

	/**
	 * Its mentor and coordinators.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return true|\WP_Error
	 */
	public function update_item_permissions_check( $request ) {
		$user = get_current_user_id();
		return Access::is_coordinator( $user ) || Checkins::allows( (int) $request['id'], $user, true ) ? true : $this->forbidden();
	}

	/**
	 * Lists check-ins the user may read.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return \WP_REST_Response
	 */
	public function get_items( $request ) {
		$result   = Checkins::list(
			array(
				'mentee'   => (int) $request['mentee'],
				'mentor'   => (int) $request['mentor'],
				'cohort'   => (int) $request['cohort'],
				'page'     => (int) $request['page'],
				'per_page' => (int) $request['per_page'],
			),
			get_current_user_id()
		);
		$response = rest_ensure_response( array_map( fn( $item ) => $this->prepare_item_for_response( $item, $request )->get_data(), $result['items'] ) );
		return $this->paginate( $response, $result['total'], (int) ceil( $result['total'] / max( 1, (int) $request['per_page'] ) ) );
	}

	/**
	 * Logs a check-in.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return \WP_REST_Response|\WP_Error
	 */
	public function create_item( $request ) {
		$known = $this->reject_unknown( $request, Checkins::FIELDS );
		if ( is_wp_error( $known ) ) {
			return $known;
		}
		$result = Checkins::create( $this->values( $request ), get_current_user_id() );
		if ( is_wp_error( $result ) ) {
			return $result;
		}
		$response = $this->prepare_item_for_response( $result, $request );
		$response->set_status( 201 );
		$response->header( 'Location', rest_url( $this->namespace . '/' . $this->rest_base . '/' . $result['id'] ) );
		return $response;
	}

	/**
	 * One check-in.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return \WP_REST_Response|\WP_Error
	 */
	public function get_item( $request ) {
		$result = Checkins::get( (int) $request['id'], get_current_user_id() );
		return is_wp_error( $result ) ? $result : $this->prepare_item_for_response( $result, $request );
	}

	/**
	 * Changes a check-in.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return \WP_REST_Response|\WP_Error
	 */
	public function update_item( $request ) {
		$known = $this->reject_unknown( $request, array_merge( Checkins::FIELDS, array( 'revision' ) ) );
		if ( is_wp_error( $known ) ) {
			return $known;
		}
		$values             = $this->values( $request );
		$values['revision'] = (int) $request['revision'];
		$result             = Checkins::update( (int) $request['id'], $values, get_current_user_id() );
		return is_wp_error( $result ) ? $result : $this->prepare_item_for_response( $result, $request );
	}

	/**
	 * The fields the client sent (a null stands for a field left out).
	 *
	 * @param WP_REST_Request $request Request.
	 * @return array<string, mixed>
	 */
	private function values( WP_REST_Request $request ): array {
		return array_filter( $this->given( $request, Checkins::FIELDS ), static fn( $value ): bool => null !== $value );
	}

	/**
	 * The one place that shapes a check-in for output.
	 *
	 * @param array<string, mixed> $item    Check-in as the service shaped it for the viewer.
	 * @param WP_REST_Request      $request Request.
	 * @return \WP_REST_Response
	 */
	public function prepare_item_for_response( $item, $request ) {
		$data = $this->filter_response_by_context( $item, 'view' );
		return rest_ensure_response( $data );
	}

	/**
	 * Query parameters of the list.
	 *
	 * @return array<string, array<string, mixed>>
	 */
	public function get_collection_params() {
		return self::paging_args() + array(
			'mentee' => array(
				'type'        => 'integer',
				'minimum'     => 0,
				'description' => __( 'Only check-ins about this mentee application.', 'mentorship-program' ),
			),
			'mentor' => array(
				'type'        => 'integer',
				'minimum'     => 0,
				'description' => __( 'Only check-ins of this mentor application.', 'mentorship-program' ),
			),
			'cohort' => array(
				'type'        => 'integer',
				'minimum'     => 0,
				'description' => __( 'Only check-ins of this cohort.', 'mentorship-program' ),
			),
		);
	}

	/**
	 * A list of mentee application IDs, as many as a check-in may concern.
	 *
	 * @since 0.3.0
	 *
	 * @return array<string, mixed>
	 */
	private static function mentee_ids(): array {
		return array(
			'type'        => 'array',
			'items'       => array(
				'type'    => 'integer',
				'minimum' => 1,
			),
			'uniqueItems' => true,
			'maxItems'    => Checkins::MAX_MENTEES,
		);
	}

	/**
	 * The mentees argument of a write: their application IDs (all of one mentor).
	 *
	 * @param bool $required Whether the write needs it (a new check-in).
	 * @return array<string, mixed>
	 */
	private static function mentees_arg( bool $required ): array {
		return self::mentee_ids() + array(
			'minItems'    => 1,
			'required'    => $required,
			'description' => __( 'Mentee application IDs it concerns (all of one mentor). In responses: objects with id, name, attended.', 'mentorship-program' ),
		);
	}

	/**
	 * The check-in schema. Fields marked "coordinator and mentor only" are absent from
	 * what a mentee receives.
	 *
	 * @return array<string, mixed>
	 */
	public function get_item_schema() {
		if ( $this->schema ) {
			return Contract::closed( $this->add_additional_fields_schema( $this->schema ) );
		}
		$text         = array(
			'type'      => 'string',
			'maxLength' => Checkins::MAX_TEXT,
		);
		$ids          = self::mentee_ids();
		$this->schema = self::object_schema(
			'mentorship-checkin',
			array(
				'id'           => self::read_only( 'integer' ),
				'held_on'      => array(
					'type'        => 'string',
					'pattern'     => '^\d{4}-\d{2}-\d{2}$',
					'description' => __( 'The day it took place (YYYY-MM-DD), not in the future.', 'mentorship-program' ),
					'required'    => true,
				),
				'kind'         => array(
					'type'     => 'string',
					'enum'     => Checkins::KINDS,
					'required' => true,
				),
				'kind_label'   => self::read_only( 'string' ),
				'mentees'      => array(
					'description' => __( 'The mentees it concerns, and whether each attended (sent as their application IDs).', 'mentorship-program' ),
					'type'        => 'array',
					'items'       => array(
						'type'       => 'object',
						'properties' => self::id_and_name() + array( 'attended' => array( 'type' => 'boolean' ) ),
					),
					'readonly'    => true,
				),
				'attendees'    => array_merge(
					$ids,
					array(
						'description' => __( 'Which of the mentees attended; all of them when left out.', 'mentorship-program' ),
					)
				),
				'attended'     => self::read_only( 'boolean' ) + array( 'description' => __( 'In a mentee\'s view: whether they attended.', 'mentorship-program' ) ),
				'mentor'       => array(
					'type'       => 'object',
					'readonly'   => true,
					'properties' => self::id_and_name(),
				),
				'cohort'       => self::read_only( 'integer' ),
				'covered'      => array_merge(
					$text,
					array(
						'required'  => true,
						'minLength' => 1,
					)
				),
				'next_steps'   => $text,
				'needs_help'   => array(
					'type'        => 'boolean',
					'description' => __( 'The mentor asks a coordinator for help (coordinator and mentor only).', 'mentorship-program' ),
				),
				'private_note' => array_merge(
					$text,
					array( 'description' => __( 'The mentor\'s own note; never shown to mentees (coordinator and mentor only).', 'mentorship-program' ) )
				),
				'revision'     => self::read_only( 'integer' ),
				'created'      => self::read_only( 'string', array( 'format' => 'date-time' ) ),
				'modified'     => self::read_only( 'string', array( 'format' => 'date-time' ) ),
			)
		);
		return Contract::closed( $this->add_additional_fields_schema( $this->schema ) );
	}
}
