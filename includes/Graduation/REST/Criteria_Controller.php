<?php
/**
 * REST: /mentorship/v1/cohorts/{id}/graduation-criteria and /cohorts/{id}/graduate.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Graduation\REST;

defined( 'ABSPATH' ) || exit;

use Mentorship_Program\Applications\REST\Applications_Controller;
use Mentorship_Program\Cohorts\Cohorts;
use Mentorship_Program\Graduation\Criteria;
use Mentorship_Program\Graduation\Graduation;
use Mentorship_Program\REST\Contract;
use Mentorship_Program\REST\Controller;
use WP_REST_Request;
use WP_REST_Server;

/**
 * Coordinators set a cohort's checklist and graduate everyone who meets it.
 *
 * @since 0.3.0
 */
final class Criteria_Controller extends Controller {

	/**
	 * Route base.
	 *
	 * @var string
	 */
	protected $rest_base = 'cohorts';

	/**
	 * The routes: a cohort's graduation criteria, and graduating its mentees.
	 *
	 * @since 0.3.0
	 *
	 * @return array<string, array<string, mixed>>
	 */
	protected function routes(): array {
		$id = self::id_arg( __( 'Cohort ID.', 'mentorship-program' ) );
		return array(
			'/' . $this->rest_base . '/(?P<id>[\d]+)/graduation-criteria' => array(
				'args'                   => $id,
				WP_REST_Server::READABLE => array( 'get_item', 'manage_cohorts_permissions_check' ),
				WP_REST_Server::EDITABLE => array( 'update_item', 'manage_cohorts_permissions_check', $this->get_endpoint_args_for_item_schema( WP_REST_Server::EDITABLE ) ),
				'schema'                 => 'get_public_item_schema',
			),
			'/' . $this->rest_base . '/(?P<id>[\d]+)/graduate'            => array(
				'args'                    => $id,
				WP_REST_Server::CREATABLE => array(
					'graduate',
					'manage_cohorts_permissions_check',
					array(
						'dry_run'       => array(
							'type'        => 'boolean',
							'default'     => false,
							'description' => __( 'Only say who would graduate and who would be skipped.', 'mentorship-program' ),
						),
						'confirm_early' => array(
							'type'        => 'boolean',
							'default'     => false,
							'description' => __( 'Graduate before the cohort\'s end date.', 'mentorship-program' ),
						),
						'notify'        => array(
							'type'        => 'boolean',
							'default'     => true,
							'description' => __( 'E-mail each graduate.', 'mentorship-program' ),
						),
						'note'          => Applications_Controller::move_note_arg(),
					),
					array( Contract::RESPONSE_SCHEMA => array( $this, 'get_graduate_schema' ) ),
				),
				'schema'                  => 'get_graduate_schema',
			),
		);
	}

	/**
	 * A cohort's checklist.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return \WP_REST_Response|\WP_Error
	 */
	public function get_item( $request ) {
		if ( ! Cohorts::get( (int) $request['id'] ) ) {
			return Cohorts::not_found();
		}
		return $this->prepare_item_for_response( Criteria::get( (int) $request['id'] ), $request );
	}

	/**
	 * Changes a cohort's checklist.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return \WP_REST_Response|\WP_Error
	 */
	public function update_item( $request ) {
		$fields = array_keys( Criteria::properties() );
		$known  = $this->reject_unknown( $request, $fields, array( 'id' ) );
		if ( is_wp_error( $known ) ) {
			return $known;
		}
		$values = $this->given( $request, $fields );
		$result = Criteria::save( (int) $request['id'], $values );
		return is_wp_error( $result ) ? $result : $this->prepare_item_for_response( $result, $request );
	}

	/**
	 * Graduates those who meet all criteria (or, as a dry run, says who would).
	 *
	 * @param WP_REST_Request $request Request.
	 * @return \WP_REST_Response|\WP_Error
	 */
	public function graduate( $request ) {
		$known = $this->reject_unknown( $request, array( 'dry_run', 'confirm_early', 'notify', 'note' ), array( 'id' ) );
		if ( is_wp_error( $known ) ) {
			return $known;
		}
		$result = Graduation::graduate_cohort(
			(int) $request['id'],
			array(
				'dry_run'       => (bool) $request['dry_run'],
				'confirm_early' => (bool) $request['confirm_early'],
				'notify'        => (bool) $request['notify'],
				'note'          => (string) $request['note'],
				'actor'         => get_current_user_id(),
			)
		);
		return is_wp_error( $result ) ? $result : rest_ensure_response( $result );
	}

	/**
	 * The one place that shapes a checklist for output.
	 *
	 * @param array<string, mixed> $item    Checklist.
	 * @param WP_REST_Request      $request Request.
	 * @return \WP_REST_Response
	 */
	public function prepare_item_for_response( $item, $request ) {
		unset( $request );
		return rest_ensure_response( $this->filter_response_by_context( $item, 'view' ) );
	}

	/**
	 * The checklist schema.
	 *
	 * @return array<string, mixed>
	 */
	public function get_item_schema() {
		if ( $this->schema ) {
			return $this->add_additional_fields_schema( $this->schema );
		}
		$this->schema = self::complete_schema( 'mentorship-graduation-criteria', Criteria::properties() );
		return $this->add_additional_fields_schema( $this->schema );
	}

	/**
	 * The schema of a bulk graduation's answer.
	 *
	 * @return array<string, mixed>
	 */
	public function get_graduate_schema(): array {
		$person = array(
			'type'       => 'object',
			'properties' => array(
				'id'      => array( 'type' => 'integer' ),
				'name'    => array( 'type' => 'string' ),
				'reasons' => self::array_of( array( 'type' => 'string' ) ),
			),
		);
		return Contract::closed(
			self::object_schema(
				'mentorship-cohort-graduation',
				array(
					'cohort'       => self::read_only( 'integer' ),
					'dry_run'      => self::read_only( 'boolean' ),
					'early'        => self::read_only( 'boolean' ) + array( 'description' => __( 'Whether today is before the cohort\'s end date.', 'mentorship-program' ) ),
					'ends_on_text' => self::read_only( 'string' ),
					'criteria'     => array(
						'type'       => 'object',
						'readonly'   => true,
						'properties' => Criteria::properties(),
					),
					'graduated'    => array(
						'type'        => 'array',
						'readonly'    => true,
						'items'       => $person,
						'description' => __( 'Mentees who graduated (or, in a dry run, would).', 'mentorship-program' ),
					),
					'skipped'      => array(
						'type'        => 'array',
						'readonly'    => true,
						'items'       => $person,
						'description' => __( 'Active mentees who did not graduate, each with why.', 'mentorship-program' ),
					),
				)
			)
		);
	}
}
