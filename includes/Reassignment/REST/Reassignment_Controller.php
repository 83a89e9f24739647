<?php
/**
 * REST: a mentee's candidates, reassignment, history, a mentor stepping back, a mentee
 * asking for a new mentor, and a mentor's backup offer.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Reassignment\REST;

defined( 'ABSPATH' ) || exit;

use Mentorship_Program\Applications\Applications;
use Mentorship_Program\Matching\Cohort_Matching;
use Mentorship_Program\Mentorship\Access;
use Mentorship_Program\Reassignment\Backups;
use Mentorship_Program\Reassignment\Candidates;
use Mentorship_Program\Reassignment\History;
use Mentorship_Program\Reassignment\Reassignment;
use Mentorship_Program\REST\Controller;
use WP_REST_Request;
use WP_REST_Server;

/**
 * A thin layer over the services: schemas, capability checks, output shape.
 *
 * - GET  mentees/{id}/mentor-candidates  coordinators
 * - POST mentees/{id}/reassign           coordinators
 * - GET  mentees/{id}/mentor-history     coordinators (with reasons), the mentee (names and dates)
 * - POST mentees/{id}/step-back          the mentee's mentor, coordinators
 * - POST mentees/{id}/mentor-request     the mentee, coordinators
 * - GET|POST mentors/{id}/backup         the mentor, coordinators
 *
 * @since 0.3.0
 */
final class Reassignment_Controller extends Controller {

	/**
	 * The routes: a mentee's mentor candidates, reassignment, history, stepping back and
	 * asking for a new mentor, and a mentor's backup offer.
	 *
	 * @since 0.3.0
	 *
	 * @return array<string, array<string, mixed>>
	 */
	protected function routes(): array {
		$mentee   = self::id_arg( __( 'Mentee application ID.', 'mentorship-program' ) );
		$reason   = array(
			'type'        => 'string',
			'maxLength'   => Reassignment::MAX_REASON,
			'description' => __( 'Why, in a few words.', 'mentorship-program' ),
		);
		$required = array( 'reason' => array_merge( $reason, array( 'required' => true ) ) );
		return array(
			'/mentees/(?P<id>[\d]+)/mentor-candidates' => array(
				'args'                   => $mentee,
				WP_REST_Server::READABLE => array( 'get_candidates', 'coordinator_permissions_check' ),
				'schema'                 => 'get_candidates_schema',
			),
			'/mentees/(?P<id>[\d]+)/reassign'          => array(
				'args'                    => $mentee,
				WP_REST_Server::CREATABLE => array(
					'reassign',
					'coordinator_permissions_check',
					array(
						'mentor'          => array(
							'type'        => 'integer',
							'minimum'     => 1,
							'required'    => true,
							'description' => __( 'The mentor who takes over.', 'mentorship-program' ),
						),
						'expected_mentor' => array(
							'type'        => 'integer',
							'minimum'     => 0,
							'required'    => true,
							'description' => __( 'The mentor the coordinator saw (0 for none); a different one now means someone changed it meanwhile (409).', 'mentorship-program' ),
						),
						'reason'          => $reason,
					),
				),
				'schema'                  => 'get_summary_schema',
			),
			'/mentees/(?P<id>[\d]+)/mentor-history'    => array(
				'args'                   => $mentee,
				WP_REST_Server::READABLE => array( 'get_history', 'history_permissions_check' ),
				'schema'                 => 'get_summary_schema',
			),
			'/mentees/(?P<id>[\d]+)/step-back'         => array(
				'args'                    => $mentee,
				WP_REST_Server::CREATABLE => array( 'step_back', 'step_back_permissions_check', $required ),
				'schema'                  => 'get_request_schema',
			),
			'/mentees/(?P<id>[\d]+)/mentor-request'    => array(
				'args'                    => $mentee,
				WP_REST_Server::CREATABLE => array( 'request_new_mentor', 'mentor_request_permissions_check', $required ),
				'schema'                  => 'get_request_schema',
			),
			'/mentors/(?P<id>[\d]+)/backup'            => array(
				'args'                   => self::id_arg( __( 'Mentor application ID.', 'mentorship-program' ) ),
				WP_REST_Server::READABLE => array( 'get_backup', 'backup_permissions_check' ),
				WP_REST_Server::EDITABLE => array(
					'update_backup',
					'backup_permissions_check',
					array(
						'backup' => array(
							'type'        => 'boolean',
							'required'    => true,
							'description' => __( 'Whether the mentor volunteers to take over mentees in this cohort.', 'mentorship-program' ),
						),
					),
				),
				'schema'                 => 'get_backup_schema',
			),
		);
	}

	/**
	 * Coordinators.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return true|\WP_Error
	 */
	public function coordinator_permissions_check( $request ) {
		unset( $request );
		return $this->require_cap( 'mentorship_manage_cohorts' );
	}

	/**
	 * Coordinators and the mentee.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return true|\WP_Error
	 */
	public function history_permissions_check( $request ) {
		$user = get_current_user_id();
		return Access::is_coordinator( $user ) || Access::is_own( $user, (int) $request['id'] ) ? true : $this->forbidden();
	}

	/**
	 * Coordinators and the mentee's mentor.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return true|\WP_Error
	 */
	public function step_back_permissions_check( $request ) {
		$user = get_current_user_id();
		return Access::is_coordinator( $user ) || Access::mentors( $user, (int) $request['id'] ) ? true : $this->forbidden();
	}

	/**
	 * Coordinators and the mentee.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return true|\WP_Error
	 */
	public function mentor_request_permissions_check( $request ) {
		return $this->history_permissions_check( $request );
	}

	/**
	 * Coordinators and the mentor.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return true|\WP_Error
	 */
	public function backup_permissions_check( $request ) {
		return Backups::can_change( get_current_user_id(), (int) $request['id'] ) ? true : $this->forbidden();
	}

	/**
	 * The candidates.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return \WP_REST_Response|\WP_Error
	 */
	public function get_candidates( $request ) {
		$result = Candidates::for_mentee( (int) $request['id'] );
		return is_wp_error( $result ) ? $result : rest_ensure_response( $result );
	}

	/**
	 * Reassigns.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return \WP_REST_Response|\WP_Error
	 */
	public function reassign( $request ) {
		return $this->change( $request, array( 'mentor', 'expected_mentor', 'reason' ), array( Reassignment::class, 'reassign' ) );
	}

	/**
	 * The history: with reasons for coordinators, names and dates for the mentee.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return \WP_REST_Response|\WP_Error
	 */
	public function get_history( $request ) {
		$id    = (int) $request['id'];
		$found = self::found( $id, 'mentee', __( 'Mentee not found.', 'mentorship-program' ) );
		if ( is_wp_error( $found ) ) {
			return $found;
		}
		if ( Access::is_coordinator( get_current_user_id() ) ) {
			return rest_ensure_response( Reassignment::summary( $id ) );
		}
		return rest_ensure_response(
			array(
				'mentee'  => $id,
				'history' => History::of_mentee( $id, false ),
			)
		);
	}

	/**
	 * A mentor hands the mentee back.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return \WP_REST_Response|\WP_Error
	 */
	public function step_back( $request ) {
		return $this->change( $request, array( 'reason' ), array( Reassignment::class, 'step_back' ) );
	}

	/**
	 * A mentee asks for a new mentor.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return \WP_REST_Response|\WP_Error
	 */
	public function request_new_mentor( $request ) {
		return $this->change( $request, array( 'reason' ), array( Reassignment::class, 'request_new_mentor' ) );
	}

	/**
	 * Runs a change about a mentee as the current user, with the route's fields and no
	 * others, and answers what the service answers.
	 *
	 * @param WP_REST_Request $request Request.
	 * @param string[]        $fields  The route's fields.
	 * @param callable        $change  Reassignment's method: mentee, values, user.
	 * @return \WP_REST_Response|\WP_Error
	 */
	private function change( $request, array $fields, callable $change ) {
		$known = $this->reject_unknown( $request, $fields );
		if ( is_wp_error( $known ) ) {
			return $known;
		}
		$values = array();
		foreach ( $fields as $field ) {
			$values[ $field ] = $request[ $field ];
		}
		$result = $change( (int) $request['id'], $values, get_current_user_id() );
		return is_wp_error( $result ) ? $result : rest_ensure_response( $result );
	}

	/**
	 * A mentor's backup offer.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return \WP_REST_Response|\WP_Error
	 */
	public function get_backup( $request ) {
		$id    = (int) $request['id'];
		$found = self::found( $id, 'mentor', __( 'Mentor not found.', 'mentorship-program' ) );
		if ( is_wp_error( $found ) ) {
			return $found;
		}
		$since = Backups::since( $id );
		return rest_ensure_response(
			array(
				'mentor' => $id,
				'backup' => '' !== $since,
				'since'  => '' !== $since ? mysql_to_rfc3339( $since ) . 'Z' : '',
			)
		);
	}

	/**
	 * Changes a mentor's backup offer.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return \WP_REST_Response|\WP_Error
	 */
	public function update_backup( $request ) {
		$known = $this->reject_unknown( $request, array( 'backup' ) );
		if ( is_wp_error( $known ) ) {
			return $known;
		}
		$result = Backups::set( (int) $request['id'], $request['backup'], get_current_user_id() );
		return is_wp_error( $result ) ? $result : rest_ensure_response( $result );
	}

	/**
	 * The application, if it is of the type the route is about; else a 404.
	 *
	 * @param int    $id        Application ID.
	 * @param string $type      mentee or mentor.
	 * @param string $not_found What the 404 says.
	 * @return array<string, mixed>|\WP_Error
	 */
	private static function found( int $id, string $type, string $not_found ) {
		$application = Applications::get( $id );
		if ( ! $application || $type !== $application['type'] ) {
			return new \WP_Error( 'mentorship_not_found', $not_found, array( 'status' => 404 ) );
		}
		return $application;
	}

	/**
	 * A person reference.
	 *
	 * @return array<string, mixed>
	 */
	private static function person(): array {
		return self::closed(
			array(
				'id'   => array( 'type' => 'integer' ),
				'name' => array( 'type' => 'string' ),
			),
			array( 'object', 'null' )
		);
	}

	/**
	 * Schema of an open request for a new mentor.
	 *
	 * @return array<string, mixed>
	 */
	private static function request_property(): array {
		return self::closed(
			array(
				'by'     => array(
					'type' => 'string',
					'enum' => array( 'mentor', 'mentee' ),
				),
				'mentor' => array( 'type' => 'integer' ),
				'reason' => array( 'type' => 'string' ),
				'at'     => array( 'type' => 'string' ),
			),
			array( 'object', 'null' )
		);
	}

	/**
	 * Schema of an object with these properties and no others.
	 *
	 * @param array<string, mixed> $properties Properties.
	 * @param string|string[]      $type       Type (object, or object or null).
	 * @return array<string, mixed>
	 */
	private static function closed( array $properties, $type = 'object' ): array {
		return array(
			'type'                 => $type,
			'properties'           => $properties,
			'additionalProperties' => false,
		);
	}

	/**
	 * Schema of a list of such objects.
	 *
	 * @param array<string, mixed> $properties Each object's properties.
	 * @return array<string, mixed>
	 */
	private static function list_of( array $properties ): array {
		return array(
			'type'  => 'array',
			'items' => self::closed( $properties ),
		);
	}

	/**
	 * Schema of the candidates.
	 *
	 * @return array<string, mixed>
	 */
	public function get_candidates_schema(): array {
		$strings = array(
			'type'  => 'array',
			'items' => array( 'type' => 'string' ),
		);
		return self::closed_object_schema(
			'mentorship-mentor-candidates',
			array(
				'mentee'     => self::person(),
				'current'    => self::person(),
				'candidates' => self::list_of(
					array(
						'mentor'     => self::person(),
						'backup'     => array(
							'type'        => 'boolean',
							'description' => __( 'Whether the mentor volunteered as a backup in this cohort.', 'mentorship-program' ),
						),
						'score'      => array(
							'type'        => 'number',
							'description' => __( 'The matcher\'s score of the pair.', 'mentorship-program' ),
						),
						'fits'       => array(
							'type'        => 'boolean',
							'description' => __( 'Whether the matcher would pair them (shared language, enough time in common).', 'mentorship-program' ),
						),
						'free_seats' => array( 'type' => 'integer' ),
						'breakdown'  => array(
							'type'                 => 'object',
							'description'          => __( 'The score\'s parts (language, overlap_hours, teams, format), each with its points and details, as in the match suggestions.', 'mentorship-program' ),
							'additionalProperties' => self::closed(
								array(
									'points'  => array( 'type' => 'number' ),
									'shared'  => $strings,
									'hours'   => array( 'type' => 'number' ),
									'known'   => array( 'type' => 'boolean' ),
									'wanted'  => array( 'type' => 'string' ),
									'offered' => $strings,
								)
							),
						),
					) + Cohort_Matching::explanations_schema()
				),
			)
		);
	}

	/**
	 * Schema of a mentee's mentor and history.
	 *
	 * @return array<string, mixed>
	 */
	public function get_summary_schema(): array {
		return self::closed_object_schema(
			'mentorship-mentor-history',
			array(
				'mentee'  => array( 'type' => 'integer' ),
				'mentor'  => self::person(),
				'request' => self::request_property(),
				'history' => self::list_of(
					array(
						'mentor'       => self::person(),
						'started'      => array(
							'type'   => 'string',
							'format' => 'date-time',
						),
						'ended'        => array(
							'type'   => array( 'string', 'null' ),
							'format' => 'date-time',
						),
						'current'      => array( 'type' => 'boolean' ),
						'reason'       => array(
							'type' => 'string',
							'enum' => array_merge( array( '' ), History::REASONS ),
						),
						'reason_label' => array( 'type' => 'string' ),
						'note'         => array(
							'type'        => 'string',
							'description' => __( 'The words given with the change; coordinators only.', 'mentorship-program' ),
						),
					)
				),
			)
		);
	}

	/**
	 * Schema of the answer to a step back or a request.
	 *
	 * @return array<string, mixed>
	 */
	public function get_request_schema(): array {
		return self::closed_object_schema(
			'mentorship-mentor-request',
			array(
				'mentee'  => array( 'type' => 'integer' ),
				'request' => self::request_property(),
			)
		);
	}

	/**
	 * Schema of a backup offer.
	 *
	 * @return array<string, mixed>
	 */
	public function get_backup_schema(): array {
		return self::closed_object_schema(
			'mentorship-backup',
			array(
				'mentor' => array( 'type' => 'integer' ),
				'backup' => array( 'type' => 'boolean' ),
				'since'  => array(
					'type'        => 'string',
					'description' => __( 'When the mentor volunteered (RFC 3339), or empty.', 'mentorship-program' ),
				),
			)
		);
	}
}
