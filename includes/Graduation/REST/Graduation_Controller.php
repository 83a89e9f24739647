<?php
/**
 * REST: /mentorship/v1/graduation/{id} — a person's graduation record: the criteria,
 * met or not, and the fields they and their mentor fill in.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Graduation\REST;

defined( 'ABSPATH' ) || exit;

use Mentorship_Program\Applications\Applications;
use Mentorship_Program\Graduation\Certificates;
use Mentorship_Program\Graduation\Criteria;
use Mentorship_Program\Graduation\Graduation;
use Mentorship_Program\Graduation\Progress;
use Mentorship_Program\REST\Contract;
use Mentorship_Program\REST\Controller;
use WP_REST_Request;
use WP_REST_Server;

/**
 * Read by coordinators, the mentee and their mentor (a mentor's own record by its
 * owner); each field changed only by those Progress allows.
 *
 * @since 0.3.0
 */
final class Graduation_Controller extends Controller {

	/**
	 * Route base.
	 *
	 * @var string
	 */
	protected $rest_base = 'graduation';

	/**
	 * The route: one application's graduation, read and changed.
	 *
	 * @since 0.3.0
	 *
	 * @return array<string, array<string, mixed>>
	 */
	protected function routes(): array {
		return array(
			'/' . $this->rest_base . '/(?P<id>[\d]+)' => array(
				'args'                   => self::id_arg( __( 'Mentee or mentor application ID.', 'mentorship-program' ) ),
				WP_REST_Server::READABLE => array( 'get_item', 'get_item_permissions_check' ),
				WP_REST_Server::EDITABLE => array( 'update_item', 'update_item_permissions_check', $this->get_endpoint_args_for_item_schema( WP_REST_Server::EDITABLE ) ),
				'schema'                 => 'get_public_item_schema',
			),
		);
	}

	/**
	 * Coordinators, the person, a mentee's mentor.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return true|\WP_Error
	 */
	public function get_item_permissions_check( $request ) {
		return Progress::can_read( get_current_user_id(), (int) $request['id'] ) ? true : $this->forbidden();
	}

	/**
	 * Anyone who may change at least one field; the fields themselves are checked by Progress.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return true|\WP_Error
	 */
	public function update_item_permissions_check( $request ) {
		// Coordinators pass, so they learn when a record does not exist (404).
		if ( current_user_can( 'mentorship_manage_cohorts' ) ) {
			return true;
		}
		$application = Applications::get( (int) $request['id'] );
		return $application && Progress::writable_by( get_current_user_id(), $application ) ? true : $this->forbidden();
	}

	/**
	 * A graduation record.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return \WP_REST_Response|\WP_Error
	 */
	public function get_item( $request ) {
		$application = Applications::get( (int) $request['id'] );
		if ( ! $application ) {
			return Applications::not_found();
		}
		return $this->prepare_item_for_response( $application, $request );
	}

	/**
	 * Changes some fields.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return \WP_REST_Response|\WP_Error
	 */
	public function update_item( $request ) {
		$known = $this->reject_unknown( $request, Progress::FIELDS, array( 'id' ) );
		if ( is_wp_error( $known ) ) {
			return $known;
		}
		$values = $this->given( $request, Progress::FIELDS );
		$result = Progress::update( (int) $request['id'], $values, get_current_user_id() );
		if ( is_wp_error( $result ) ) {
			return $result;
		}
		return $this->prepare_item_for_response( (array) Applications::get( (int) $request['id'] ), $request );
	}

	/**
	 * The one place that shapes a graduation record for output.
	 *
	 * @param array<string, mixed> $item    Application.
	 * @param WP_REST_Request      $request Request.
	 * @return \WP_REST_Response
	 */
	public function prepare_item_for_response( $item, $request ) {
		unset( $request );
		$user     = get_current_user_id();
		$progress = Progress::get( (int) $item['id'] );
		if ( 'mentee' === $item['type'] ) {
			$data = Graduation::report( $item );
		} else {
			$data = array(
				'id'           => (int) $item['id'],
				'type'         => 'mentor',
				'name'         => (string) $item['fields']['name'],
				'stage'        => (string) $item['stage'],
				'cohort'       => (int) $item['cohort'],
				'can_graduate' => false,
				'met'          => true,
				'criteria'     => array(),
				'early'        => false,
				'ends_on_text' => '',
				'progress'     => $progress,
			);
		}
		$data['writable']    = Progress::writable_by( $user, $item );
		$certificate         = Certificates::describe( (int) $item['id'] );
		$mine                = 'mentee' === $item['type']
			? \Mentorship_Program\Mentorship\Access::is_own( $user, (int) $item['id'] )
			: in_array( (int) $item['id'], \Mentorship_Program\Mentorship\Mentor_Directory::mentor_records( $user ), true );
		$coordinator         = \Mentorship_Program\Mentorship\Access::is_coordinator( $user );
		$data['certificate'] = null;
		if ( $certificate && ( $mine || $coordinator ) ) {
			if ( ! $coordinator ) {
				$certificate['revoked_reason'] = '';
				$certificate['revoked_by']     = '';
			}
			$data['certificate'] = $certificate;
		}
		return rest_ensure_response( $data );
	}

	/**
	 * The graduation record schema.
	 *
	 * @return array<string, mixed>
	 */
	public function get_item_schema() {
		if ( $this->schema ) {
			return $this->add_additional_fields_schema( $this->schema );
		}
		$this->schema = Contract::closed(
			self::object_schema(
				'mentorship-graduation',
				array(
					'id'                  => self::read_only( 'integer' ),
					'type'                => self::read_only( 'string', array( 'enum' => array( 'mentee', 'mentor' ) ) ),
					'name'                => self::read_only( 'string' ),
					'stage'               => self::read_only( 'string' ),
					'cohort'              => self::read_only( 'integer' ),
					'can_graduate'        => self::read_only( 'boolean' ) + array( 'description' => __( 'Whether the mentee\'s stage allows graduating now.', 'mentorship-program' ) ),
					'met'                 => self::read_only( 'boolean' ) + array( 'description' => __( 'Whether every criterion of the cohort is met.', 'mentorship-program' ) ),
					'criteria'            => array(
						'type'     => 'array',
						'readonly' => true,
						'items'    => array(
							'type'       => 'object',
							'properties' => array(
								'key'   => self::string_enum( array( 'sessions', 'goals', 'contribution_link', 'mentor_confirmation' ) ),
								'label' => array( 'type' => 'string' ),
								'met'   => array( 'type' => 'boolean' ),
								'text'  => array( 'type' => 'string' ),
							),
						),
					),
					'early'               => self::read_only( 'boolean' ) + array( 'description' => __( 'Whether graduating today is before the cohort\'s end date.', 'mentorship-program' ) ),
					'ends_on_text'        => self::read_only( 'string' ),
					'progress'            => array(
						'type'       => 'object',
						'readonly'   => true,
						'properties' => array(
							'contribution_link'   => array( 'type' => 'string' ),
							'mentor_confirmed'    => array( 'type' => 'boolean' ),
							'mentor_confirmed_at' => array(
								'type'   => array( 'string', 'null' ),
								'format' => 'date-time',
							),
							'mentor_confirmed_by' => array( 'type' => 'string' ),
							'name_on_certificate' => array( 'type' => 'boolean' ),
						),
					),
					'writable'            => array(
						'type'     => 'array',
						'readonly' => true,
						'items'    => self::string_enum( Progress::FIELDS ),
					),
					'certificate'         => array(
						'type'       => array( 'object', 'null' ),
						'readonly'   => true,
						'properties' => Certificates_Controller::certificate_properties(),
					),
					'contribution_link'   => array(
						'type'        => 'string',
						'maxLength'   => Progress::MAX_LINK,
						'description' => __( 'Link to the mentee\'s first contribution (empty to remove).', 'mentorship-program' ),
					),
					'mentor_confirmed'    => array(
						'type'        => 'boolean',
						'description' => __( 'The mentor confirms the mentee is ready to graduate.', 'mentorship-program' ),
					),
					'name_on_certificate' => array(
						'type'        => 'boolean',
						'description' => __( 'The person agrees to the mentor\'s name on the mentee\'s certificate.', 'mentorship-program' ),
					),
				)
			)
		);
		return $this->add_additional_fields_schema( $this->schema );
	}
}
