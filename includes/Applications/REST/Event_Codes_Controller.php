<?php
/**
 * REST: /mentorship/v1/event-codes — codes that let a contributor day's room apply.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Applications\REST;

defined( 'ABSPATH' ) || exit;

use Mentorship_Program\REST\Contract;
use Mentorship_Program\REST\Controller;
use Mentorship_Program\Applications\Event_Codes;
use WP_Error;
use WP_REST_Request;
use WP_REST_Response;
use WP_REST_Server;

/**
 * Coordinators list, create and delete event codes.
 *
 * @since 0.2.0
 */
final class Event_Codes_Controller extends Controller {

	/**
	 * Route base.
	 *
	 * @var string
	 */
	protected $rest_base = 'event-codes';

	/**
	 * The routes: event codes, listed, created and deleted by coordinators.
	 *
	 * @since 0.2.0
	 *
	 * @return array<string, array<string, mixed>>
	 */
	protected function routes(): array {
		$day = self::day() + array( 'required' => true );
		return array(
			'/' . $this->rest_base => array(
				WP_REST_Server::READABLE  => array( 'get_items', 'manage_cohorts_permissions_check' ),
				WP_REST_Server::CREATABLE => array(
					'create_item',
					'manage_cohorts_permissions_check',
					array(
						'code'      => array(
							'type'      => 'string',
							'required'  => true,
							'maxLength' => 32,
							'pattern'   => '^[A-Za-z0-9-]{4,32}$',
						),
						'label'     => array(
							'type'      => 'string',
							'maxLength' => 100,
						),
						'starts_on' => $day,
						'ends_on'   => $day,
						'uses'      => array(
							'type'     => 'integer',
							'minimum'  => 1,
							'maximum'  => 5000,
							'required' => true,
						),
					),
				),
				'schema'                  => 'get_public_item_schema',
			),
			'/' . $this->rest_base . '/(?P<code>[A-Za-z0-9-]{1,40})' => array(
				WP_REST_Server::DELETABLE => array( 'delete_item', 'manage_cohorts_permissions_check' ),
				'schema'                  => static fn() => Contract::deletion( 'mentorship-event-code-deleted' ),
			),
		);
	}

	/**
	 * Every code with its uses so far.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response
	 */
	public function get_items( $request ) {
		unset( $request );
		$out = array();
		foreach ( Event_Codes::all() as $code ) {
			$out[] = $code + array( 'used' => Event_Codes::used( $code['code'] ) );
		}
		return rest_ensure_response( $out );
	}

	/**
	 * Creates or replaces a code.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function create_item( $request ) {
		$unknown = $this->reject_unknown( $request, array( 'code', 'label', 'starts_on', 'ends_on', 'uses' ) );
		if ( is_wp_error( $unknown ) ) {
			return $unknown;
		}
		$saved = Event_Codes::save( (array) $request->get_params() );
		if ( is_wp_error( $saved ) ) {
			return $saved;
		}
		return new WP_REST_Response( $saved, 201 );
	}

	/**
	 * Deletes a code.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function delete_item( $request ) {
		if ( ! Event_Codes::delete( (string) $request['code'] ) ) {
			return new WP_Error( 'mentorship_not_found', __( 'No such event code.', 'mentorship-program' ), array( 'status' => 404 ) );
		}
		return rest_ensure_response( array( 'deleted' => true ) );
	}

	/**
	 * The event code resource's schema.
	 *
	 * @return array<string, mixed>
	 */
	public function get_item_schema() {
		$day    = self::day();
		$schema = self::object_schema(
			'mentorship-event-code',
			array(
				'code'      => array( 'type' => 'string' ),
				'label'     => array( 'type' => 'string' ),
				'starts_on' => $day,
				'ends_on'   => $day,
				'uses'      => array( 'type' => 'integer' ),
				'used'      => self::read_only( 'integer' ),
			)
		);
		return Contract::closed( $schema );
	}
}
