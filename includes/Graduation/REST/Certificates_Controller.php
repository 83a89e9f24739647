<?php
/**
 * REST: /mentorship/v1/graduation/{id}/certificate and …/certificate/revoke.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Graduation\REST;

defined( 'ABSPATH' ) || exit;

use Mentorship_Program\Applications\Applications;
use Mentorship_Program\Mentorship\Mentor_Directory;
use Mentorship_Program\Graduation\Certificates;
use Mentorship_Program\Mentorship\Access;
use Mentorship_Program\REST\Controller;
use WP_REST_Request;
use WP_REST_Server;

/**
 * The owner and coordinators read a certificate; coordinators issue one on demand and
 * revoke one with a reason.
 *
 * @since 0.3.0
 */
final class Certificates_Controller extends Controller {

	/**
	 * Route base.
	 *
	 * @var string
	 */
	protected $rest_base = 'graduation';

	/**
	 * The routes: an application's certificate, issued and revoked.
	 *
	 * @since 0.3.0
	 *
	 * @return array<string, array<string, mixed>>
	 */
	protected function routes(): array {
		$id = self::id_arg( __( 'Mentee or mentor application ID.', 'mentorship-program' ) );
		return array(
			'/' . $this->rest_base . '/(?P<id>[\d]+)/certificate'        => array(
				'args'                    => $id,
				WP_REST_Server::READABLE  => array( 'get_item', 'get_item_permissions_check' ),
				WP_REST_Server::CREATABLE => array( 'create_item', 'manage_cohorts_permissions_check', array() ),
				'schema'                  => 'get_public_item_schema',
			),
			'/' . $this->rest_base . '/(?P<id>[\d]+)/certificate/revoke' => array(
				'args'                    => $id,
				WP_REST_Server::CREATABLE => array(
					'revoke',
					'manage_cohorts_permissions_check',
					array(
						'reason' => array(
							'type'        => 'string',
							'minLength'   => 1,
							'maxLength'   => Certificates::MAX_REASON,
							'required'    => true,
							'description' => __( 'Why the certificate is revoked (kept for coordinators, not shown on the certificate).', 'mentorship-program' ),
						),
					),
				),
				'schema'                  => 'get_public_item_schema',
			),
		);
	}

	/**
	 * Whether the application is the current user's own.
	 *
	 * @param int $id Application.
	 * @return bool
	 */
	private function is_own( int $id ): bool {
		$user = get_current_user_id();
		return $user && ( Access::is_own( $user, $id ) || in_array( $id, Mentor_Directory::mentor_records( $user ), true ) );
	}

	/**
	 * The owner and coordinators.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return true|\WP_Error
	 */
	public function get_item_permissions_check( $request ) {
		if ( current_user_can( 'mentorship_manage_cohorts' ) || $this->is_own( (int) $request['id'] ) ) {
			return true;
		}
		return $this->forbidden();
	}

	/**
	 * A certificate.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return \WP_REST_Response|\WP_Error
	 */
	public function get_item( $request ) {
		$certificate = Certificates::describe( (int) $request['id'] );
		if ( ! $certificate ) {
			return new \WP_Error( 'mentorship_not_found', __( 'No certificate has been issued yet.', 'mentorship-program' ), array( 'status' => 404 ) );
		}
		return $this->prepare_item_for_response( $certificate, $request );
	}

	/**
	 * Issues a certificate on demand (a mentor's before the cohort completes, or a
	 * graduate's that is missing).
	 *
	 * @param WP_REST_Request $request Request.
	 * @return \WP_REST_Response|\WP_Error
	 */
	public function create_item( $request ) {
		$known = $this->reject_unknown( $request, array(), array( 'id' ) );
		if ( is_wp_error( $known ) ) {
			return $known;
		}
		if ( ! Applications::get( (int) $request['id'] ) ) {
			return Applications::not_found();
		}
		$had    = null !== Certificates::stored( (int) $request['id'] );
		$result = Certificates::issue( (int) $request['id'], get_current_user_id() );
		if ( is_wp_error( $result ) ) {
			return $result;
		}
		$response = $this->prepare_item_for_response( $result, $request );
		$response->set_status( $had ? 200 : 201 );
		return $response;
	}

	/**
	 * Revokes a certificate.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return \WP_REST_Response|\WP_Error
	 */
	public function revoke( $request ) {
		$known = $this->reject_unknown( $request, array( 'reason' ), array( 'id' ) );
		if ( is_wp_error( $known ) ) {
			return $known;
		}
		$result = Certificates::revoke( (int) $request['id'], (string) $request['reason'], get_current_user_id() );
		return is_wp_error( $result ) ? $result : $this->prepare_item_for_response( $result, $request );
	}

	/**
	 * The one place that shapes a certificate for output: only coordinators read why
	 * and by whom it was revoked.
	 *
	 * @param array<string, mixed> $item    Certificate.
	 * @param WP_REST_Request      $request Request.
	 * @return \WP_REST_Response
	 */
	public function prepare_item_for_response( $item, $request ) {
		unset( $request );
		if ( ! current_user_can( 'mentorship_manage_cohorts' ) ) {
			$item['revoked_reason'] = '';
			$item['revoked_by']     = '';
		}
		return rest_ensure_response( $this->filter_response_by_context( $item, 'view' ) );
	}

	/**
	 * Properties of a certificate (shared with the graduation record).
	 *
	 * @since 0.3.0
	 *
	 * @return array<string, array<string, mixed>>
	 */
	public static function certificate_properties(): array {
		return array(
			'application'    => self::read_only( 'integer' ),
			'url'            => array(
				'type'        => 'string',
				'format'      => 'uri',
				'readonly'    => true,
				'description' => __( 'The certificate\'s private address; anyone with it can verify the certificate.', 'mentorship-program' ),
			),
			'issued_at'      => self::read_only( 'string', array( 'format' => 'date-time' ) ),
			'revoked'        => self::read_only( 'boolean' ),
			'revoked_at'     => array(
				'type'     => array( 'string', 'null' ),
				'format'   => 'date-time',
				'readonly' => true,
			),
			'revoked_reason' => self::read_only( 'string' ),
			'revoked_by'     => self::read_only( 'string' ),
		);
	}

	/**
	 * The certificate schema.
	 *
	 * @return array<string, mixed>
	 */
	public function get_item_schema() {
		if ( $this->schema ) {
			return $this->add_additional_fields_schema( $this->schema );
		}
		$this->schema = self::complete_schema( 'mentorship-certificate', self::certificate_properties() );
		return $this->add_additional_fields_schema( $this->schema );
	}
}
