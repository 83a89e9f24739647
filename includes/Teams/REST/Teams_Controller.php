<?php
/**
 * REST: /mentorship/v1/teams — contributor teams and their details.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Teams\REST;

defined( 'ABSPATH' ) || exit;

use Mentorship_Program\REST\Contract;
use Mentorship_Program\REST\Controller;
use Mentorship_Program\Support\Plain_Text;
use Mentorship_Program\Teams\Taxonomies;
use Mentorship_Program\Support\Field_Errors;
use WP_Error;
use WP_REST_Request;
use WP_REST_Response;
use WP_REST_Server;
use WP_Term;

/**
 * Team terms with summary, skills, interests, handbook, channel and meeting time.
 *
 * @since 0.1.0
 */
final class Teams_Controller extends Controller {

	/**
	 * Route base.
	 *
	 * @var string
	 */
	protected $rest_base = 'teams';

	/**
	 * Term meta key per field.
	 */
	private const META = array(
		'summary'      => 'mp_summary',
		'skills'       => 'mp_skills',
		'interests'    => 'mp_interests',
		'handbook_url' => 'mp_handbook_url',
		'channel'      => 'mp_channel',
		'meeting_time' => 'mp_meeting_time',
	);

	/**
	 * The routes: the team list, and writes for managers.
	 *
	 * @since 0.1.0
	 *
	 * @return array<string, array<string, mixed>>
	 */
	protected function routes(): array {
		return array(
			'/' . $this->rest_base                    => array(
				WP_REST_Server::READABLE  => array( 'get_items', 'view_app_permissions_check' ),
				WP_REST_Server::CREATABLE => array( 'create_item', 'manage_settings_permissions_check', $this->get_endpoint_args_for_item_schema( WP_REST_Server::CREATABLE ) ),
				'schema'                  => 'get_public_item_schema',
			),
			'/' . $this->rest_base . '/(?P<id>[\d]+)' => array(
				'args'                    => array( 'id' => array( 'type' => 'integer' ) ),
				WP_REST_Server::EDITABLE  => array( 'update_item', 'manage_settings_permissions_check', $this->get_endpoint_args_for_item_schema( WP_REST_Server::EDITABLE ) ),
				WP_REST_Server::DELETABLE => array( 'delete_item', 'manage_settings_permissions_check', array(), array( 'response_schema' => fn() => Contract::deletion( 'mentorship-team-deleted', $this->get_item_schema() ) ) ),
				'schema'                  => 'get_public_item_schema',
			),
		);
	}

	/**
	 * Every team, by name.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response
	 */
	public function get_items( $request ) {
		$data = array();
		foreach ( Taxonomies::teams() as $term ) {
			$data[] = $this->prepare_response_for_collection( $this->prepare_item_for_response( $term, $request ) );
		}
		return rest_ensure_response( $data );
	}

	/**
	 * Creates a team.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function create_item( $request ) {
		$unknown = $this->reject_unknown( $request, array_keys( $this->get_item_schema()['properties'] ) );
		if ( is_wp_error( $unknown ) ) {
			return $unknown;
		}
		$invalid = $this->check_name( $request['name'] );
		if ( $invalid ) {
			return $invalid;
		}
		$args = array();
		if ( $request['slug'] ) {
			$args['slug'] = sanitize_title( (string) $request['slug'] );
		}
		$term = wp_insert_term( self::term_name( $request['name'] ), Taxonomies::TEAM, $args );
		if ( is_wp_error( $term ) ) {
			return Field_Errors::on_field( 'mentorship_team_exists', $term->get_error_message(), 409, 'name' );
		}
		$this->write_meta( (int) $term['term_id'], $request );
		$response = $this->prepare_item_for_response( get_term( (int) $term['term_id'], Taxonomies::TEAM ), $request );
		$response->set_status( 201 );
		return $response;
	}

	/**
	 * Updates a team.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function update_item( $request ) {
		$term = get_term( (int) $request['id'], Taxonomies::TEAM );
		if ( ! $term instanceof WP_Term ) {
			return new WP_Error( 'mentorship_not_found', __( 'Team not found.', 'mentorship-program' ), array( 'status' => 404 ) );
		}
		$unknown = $this->reject_unknown( $request, array_keys( $this->get_item_schema()['properties'] ) );
		if ( is_wp_error( $unknown ) ) {
			return $unknown;
		}
		if ( $request->has_param( 'name' ) ) {
			$invalid = $this->check_name( $request['name'] );
			if ( $invalid ) {
				return $invalid;
			}
			$result = wp_update_term( $term->term_id, Taxonomies::TEAM, array( 'name' => self::term_name( $request['name'] ) ) );
			if ( is_wp_error( $result ) ) {
				return new WP_Error( 'mentorship_team_exists', $result->get_error_message(), array( 'status' => 409 ) );
			}
		}
		$this->write_meta( (int) $term->term_id, $request );
		return $this->prepare_item_for_response( get_term( (int) $term->term_id, Taxonomies::TEAM ), $request );
	}

	/**
	 * Deletes a team.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function delete_item( $request ) {
		$term = get_term( (int) $request['id'], Taxonomies::TEAM );
		if ( ! $term instanceof WP_Term ) {
			return new WP_Error( 'mentorship_not_found', __( 'Team not found.', 'mentorship-program' ), array( 'status' => 404 ) );
		}
		$previous = $this->prepare_item_for_response( $term, $request )->get_data();
		wp_delete_term( $term->term_id, Taxonomies::TEAM );
		return rest_ensure_response(
			array(
				'deleted'  => true,
				'previous' => $previous,
			)
		);
	}

	/**
	 * Why a team name cannot be stored, or null.
	 *
	 * @param mixed $name Name from the request.
	 * @return WP_Error|null
	 */
	private function check_name( $name ): ?WP_Error {
		$line = Plain_Text::line( $name );
		if ( '' === $line ) {
			return Field_Errors::error( array( 'name' => __( 'Name is required.', 'mentorship-program' ) ) );
		}
		// The name column holds 200 characters of the stored (HTML) form.
		if ( mb_strlen( Plain_Text::to_html( $line ) ) > 200 ) {
			return Field_Errors::error( array( 'name' => __( 'The name is too long.', 'mentorship-program' ) ) );
		}
		return null;
	}

	/**
	 * A team name as core stores it: HTML, slashed (core unslashes term names).
	 *
	 * @param mixed $name Name from the request.
	 * @return string
	 */
	private static function term_name( $name ): string {
		return wp_slash( Plain_Text::to_html( Plain_Text::line( $name ) ) );
	}

	/**
	 * Writes the meta fields present in the request.
	 *
	 * @param int             $term_id Term.
	 * @param WP_REST_Request $request Request.
	 */
	private function write_meta( int $term_id, WP_REST_Request $request ): void {
		foreach ( self::META as $field => $key ) {
			if ( $request->has_param( $field ) ) {
				update_term_meta( $term_id, $key, wp_slash( $request[ $field ] ) );
			}
		}
	}

	/**
	 * Shapes a team.
	 *
	 * @param WP_Term         $item    Term.
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response
	 */
	public function prepare_item_for_response( $item, $request ) {
		unset( $request );
		$data = array(
			'id'   => (int) $item->term_id,
			'name' => Plain_Text::from_html( $item->name ),
			'slug' => $item->slug,
		);
		foreach ( self::META as $field => $key ) {
			$data[ $field ] = get_term_meta( $item->term_id, $key, true );
		}
		return rest_ensure_response( $data );
	}

	/**
	 * The team resource's schema.
	 *
	 * @return array<string, mixed>
	 */
	public function get_item_schema() {
		if ( $this->schema ) {
			return Contract::closed( $this->add_additional_fields_schema( $this->schema ) );
		}
		$list         = array(
			'type'     => 'array',
			'items'    => array(
				'type'      => 'string',
				'maxLength' => 60,
			),
			'maxItems' => 20,
		);
		$this->schema = self::object_schema(
			'mentorship-team',
			array(
				'id'           => self::read_only( 'integer' ),
				'name'         => array(
					'type'      => 'string',
					'maxLength' => 80,
				),
				'slug'         => array(
					'type'      => 'string',
					'maxLength' => 60,
					'pattern'   => '^[a-z0-9-]*$',
				),
				'summary'      => array(
					'type'      => 'string',
					'maxLength' => 300,
				),
				'skills'       => $list,
				'interests'    => $list,
				'handbook_url' => array(
					'type'      => 'string',
					'maxLength' => 300,
					'pattern'   => '^$|^https?://',
				),
				'channel'      => array(
					'type'      => 'string',
					'maxLength' => 80,
				),
				'meeting_time' => array(
					'type'      => 'string',
					'maxLength' => 120,
				),
			)
		);
		return Contract::closed( $this->add_additional_fields_schema( $this->schema ) );
	}
}
