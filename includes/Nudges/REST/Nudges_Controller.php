<?php
/**
 * REST: /mentorship/v1/nudges — nudge a mentor now; a cohort's nudge schedule.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Nudges\REST;

defined( 'ABSPATH' ) || exit;

use Mentorship_Program\Mentorship\Attention;
use Mentorship_Program\Nudges\Nudges;
use Mentorship_Program\REST\Contract;
use Mentorship_Program\REST\Controller;
use WP_REST_Server;

/**
 * Coordinators only. A refused nudge answers 409 with the reason in words (opted out,
 * weekly cap reached, already nudged today, e-mail turned off); a pair that is not a
 * pair answers 400 naming the field.
 *
 * @since 0.3.0
 */
final class Nudges_Controller extends Controller {

	/**
	 * Route base.
	 *
	 * @var string
	 */
	protected $rest_base = 'nudges';

	/**
	 * The routes: a nudge sent now, and a cohort's reminder schedule.
	 *
	 * @since 0.3.0
	 *
	 * @return array<string, array<string, mixed>>
	 */
	protected function routes(): array {
		$application = static fn( string $description ): array => array(
			'type'        => 'integer',
			'minimum'     => 1,
			'required'    => true,
			'description' => $description,
		);
		return array(
			'/' . $this->rest_base => array(
				WP_REST_Server::CREATABLE => array(
					'create_item',
					'create_item_permissions_check',
					array(
						'mentor' => $application( __( 'Mentor application to remind.', 'mentorship-program' ) ),
						'mentee' => $application( __( 'Mentee application the check-in is about (assigned to that mentor).', 'mentorship-program' ) ),
					),
				),
				'schema'                  => 'get_public_item_schema',
			),
			'/' . $this->rest_base . '/cohorts/(?P<id>[\d]+)' => array(
				'args'                   => self::id_arg( __( 'Cohort ID.', 'mentorship-program' ) ),
				WP_REST_Server::READABLE => array( 'get_schedule', 'create_item_permissions_check' ),
				WP_REST_Server::EDITABLE => array(
					'update_schedule',
					'create_item_permissions_check',
					array(
						'session_reminder' => array(
							'type'        => 'boolean',
							'description' => __( 'Remind active mentees and mentors before each group session.', 'mentorship-program' ),
						),
						'session_hours'    => array(
							'type'        => 'integer',
							'minimum'     => 1,
							'maximum'     => Nudges::MAX_SESSION_HOURS,
							'description' => __( 'Hours before a session when its reminder goes out.', 'mentorship-program' ),
						),
						'checkin_reminder' => array(
							'type'        => 'boolean',
							'description' => __( 'Remind a mentor when a pair has had no check-in for the quiet days.', 'mentorship-program' ),
						),
						'quiet_days'       => Attention::stale_days_arg(),
					),
				),
				'schema'                 => 'get_schedule_schema',
			),
		);
	}

	/**
	 * Coordinators.
	 *
	 * @param \WP_REST_Request $request Request.
	 * @return true|\WP_Error
	 */
	public function create_item_permissions_check( $request ) {
		unset( $request );
		return $this->require_cap( 'mentorship_manage_cohorts' );
	}

	/**
	 * Nudges a mentor now.
	 *
	 * @param \WP_REST_Request $request Request.
	 * @return \WP_REST_Response|\WP_Error
	 */
	public function create_item( $request ) {
		$known = $this->reject_unknown( $request, array( 'mentor', 'mentee' ) );
		if ( is_wp_error( $known ) ) {
			return $known;
		}
		$nudge = Nudges::nudge_pair( (int) $request['mentor'], (int) $request['mentee'], get_current_user_id() );
		if ( is_wp_error( $nudge ) ) {
			return $nudge;
		}
		$response = $this->prepare_item_for_response( $nudge, $request );
		$response->set_status( 201 );
		return $response;
	}

	/**
	 * The one place that shapes a nudge for output.
	 *
	 * @param array<string, mixed> $item    Nudge.
	 * @param \WP_REST_Request     $request Request.
	 * @return \WP_REST_Response
	 */
	public function prepare_item_for_response( $item, $request ) {
		unset( $request );
		return rest_ensure_response( $this->filter_response_by_context( $item, 'view' ) );
	}

	/**
	 * A cohort's schedule.
	 *
	 * @param \WP_REST_Request $request Request.
	 * @return \WP_REST_Response|\WP_Error
	 */
	public function get_schedule( $request ) {
		if ( ! \Mentorship_Program\Cohorts\Cohorts::get( (int) $request['id'] ) ) {
			return new \WP_Error( 'mentorship_not_found', __( 'Cohort not found.', 'mentorship-program' ), array( 'status' => 404 ) );
		}
		return rest_ensure_response( Nudges::schedule( (int) $request['id'] ) );
	}

	/**
	 * Changes a cohort's schedule.
	 *
	 * @param \WP_REST_Request $request Request.
	 * @return \WP_REST_Response|\WP_Error
	 */
	public function update_schedule( $request ) {
		$fields = array( 'session_reminder', 'session_hours', 'checkin_reminder', 'quiet_days' );
		$known  = $this->reject_unknown( $request, $fields );
		if ( is_wp_error( $known ) ) {
			return $known;
		}
		$changes = array();
		foreach ( $fields as $field ) {
			if ( $request->has_param( $field ) ) {
				$changes[ $field ] = $request[ $field ];
			}
		}
		$schedule = Nudges::set_schedule( (int) $request['id'], $changes );
		return is_wp_error( $schedule ) ? $schedule : rest_ensure_response( $schedule );
	}

	/**
	 * The nudge schema.
	 *
	 * @return array<string, mixed>
	 */
	public function get_item_schema() {
		if ( $this->schema ) {
			return Contract::closed( $this->add_additional_fields_schema( $this->schema ), true );
		}
		$int          = array(
			'type'     => 'integer',
			'readonly' => true,
		);
		$this->schema = self::object_schema(
			'mentorship-nudge',
			array(
				'id'        => $int,
				'kind'      => array(
					'type'     => 'string',
					'enum'     => array( 'checkin', 'session', 'manual' ),
					'readonly' => true,
				),
				'person'    => array_merge( $int, array( 'description' => __( 'Application the reminder went to.', 'mentorship-program' ) ) ),
				'about'     => array_merge( $int, array( 'description' => __( 'Mentee the reminder is about (0: none).', 'mentorship-program' ) ) ),
				'cohort'    => $int,
				'mail_id'   => array_merge( $int, array( 'description' => __( 'The queued e-mail.', 'mentorship-program' ) ) ),
				'user_id'   => array_merge( $int, array( 'description' => __( 'Who nudged (0: the schedule).', 'mentorship-program' ) ) ),
				'nudged_at' => array(
					'type'     => 'string',
					'format'   => 'date-time',
					'readonly' => true,
				),
			)
		);
		return Contract::closed( $this->add_additional_fields_schema( $this->schema ), true );
	}

	/**
	 * The schedule schema.
	 *
	 * @return array<string, mixed>
	 */
	public function get_schedule_schema(): array {
		return Contract::closed(
			self::object_schema(
				'mentorship-nudge-schedule',
				array(
					'cohort'           => array(
						'type'     => 'integer',
						'readonly' => true,
					),
					'session_reminder' => array( 'type' => 'boolean' ),
					'session_hours'    => array(
						'type'    => 'integer',
						'minimum' => 1,
						'maximum' => Nudges::MAX_SESSION_HOURS,
					),
					'checkin_reminder' => array( 'type' => 'boolean' ),
					'quiet_days'       => array(
						'type'    => 'integer',
						'minimum' => 1,
						'maximum' => Attention::MAX_STALE_DAYS,
					),
				)
			),
			true
		);
	}
}
