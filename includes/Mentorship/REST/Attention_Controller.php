<?php
/**
 * REST: /mentorship/v1/attention — pairs and people who need a coordinator's attention.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Mentorship\REST;

defined( 'ABSPATH' ) || exit;

use Mentorship_Program\Cohorts\Cohorts;
use Mentorship_Program\REST\Contract;
use Mentorship_Program\Mentorship\Attention;
use Mentorship_Program\REST\Controller;
use WP_REST_Server;

/**
 * Coordinators only: the rows of the "Needs attention" read model, most urgent first.
 *
 * @since 0.2.0
 */
final class Attention_Controller extends Controller {

	/**
	 * Route base.
	 *
	 * @var string
	 */
	protected $rest_base = 'attention';

	/**
	 * The routes: who needs attention, and a cohort's attention settings.
	 *
	 * @since 0.2.0
	 *
	 * @return array<string, array<string, mixed>>
	 */
	protected function routes(): array {
		return array(
			'/' . $this->rest_base => array(
				WP_REST_Server::READABLE => array( 'get_items', 'manage_cohorts_permissions_check', $this->get_collection_params() ),
				'schema'                 => 'get_public_item_schema',
			),
			'/' . $this->rest_base . '/cohorts/(?P<id>[\d]+)' => array(
				'args'                   => self::id_arg( __( 'Cohort ID.', 'mentorship-program' ) ),
				WP_REST_Server::READABLE => array( 'get_settings', 'manage_cohorts_permissions_check' ),
				WP_REST_Server::EDITABLE => array(
					'update_settings',
					'manage_cohorts_permissions_check',
					array(
						'stale_days' => array( 'required' => true ) + Attention::stale_days_arg(),
					),
				),
				'schema'                 => 'get_settings_schema',
			),
		);
	}

	/**
	 * A cohort's attention settings.
	 *
	 * @param \WP_REST_Request $request Request.
	 * @return \WP_REST_Response|\WP_Error
	 */
	public function get_settings( $request ) {
		$id = (int) $request['id'];
		if ( ! Cohorts::get( $id ) ) {
			return Cohorts::not_found();
		}
		return rest_ensure_response(
			array(
				'cohort'     => $id,
				'stale_days' => Attention::stale_days( $id ),
			)
		);
	}

	/**
	 * Changes a cohort's attention settings.
	 *
	 * @param \WP_REST_Request $request Request.
	 * @return \WP_REST_Response|\WP_Error
	 */
	public function update_settings( $request ) {
		$known = $this->reject_unknown( $request, array( 'stale_days' ) );
		if ( is_wp_error( $known ) ) {
			return $known;
		}
		if ( ! Cohorts::get( (int) $request['id'] ) ) {
			return Cohorts::not_found();
		}
		Attention::set_stale_days( (int) $request['id'], (int) $request['stale_days'] );
		return $this->get_settings( $request );
	}

	/**
	 * The settings schema.
	 *
	 * @return array<string, mixed>
	 */
	public function get_settings_schema(): array {
		$schema = self::object_schema(
			'mentorship-attention-settings',
			array(
				'cohort'     => self::read_only( 'integer' ),
				'stale_days' => array(
					'type'    => 'integer',
					'minimum' => 1,
					'maximum' => Attention::MAX_STALE_DAYS,
				),
			)
		);
		return Contract::closed( $schema );
	}

	/**
	 * The rows.
	 *
	 * @param \WP_REST_Request $request Request.
	 * @return \WP_REST_Response
	 */
	public function get_items( $request ) {
		$rows = Attention::rows( (int) $request['cohort'] );
		if ( $request['rule'] ) {
			$rows = array_values( array_filter( $rows, static fn( $row ) => $row['rule'] === $request['rule'] ) );
		}
		/**
		 * Filters the Needs attention rows before they are shaped (features add fields,
		 * registered with register_rest_field on "mentorship-attention").
		 *
		 * @since 0.3.0
		 *
		 * @param array<int, array<string, mixed>> $rows Rows.
		 */
		$rows     = (array) apply_filters( 'mentorship_program_attention_rows', $rows );
		$data     = array_map( fn( $row ) => $this->prepare_item_for_response( $row, $request )->get_data(), $rows );
		$response = rest_ensure_response( $data );
		return $this->paginate( $response, count( $data ), 1 );
	}

	/**
	 * The one place that shapes a row for output.
	 *
	 * @param array<string, mixed> $item    Row.
	 * @param \WP_REST_Request     $request Request.
	 * @return \WP_REST_Response
	 */
	public function prepare_item_for_response( $item, $request ) {
		$item = $this->add_additional_fields_to_object( $item, $request );
		return rest_ensure_response( $this->filter_response_by_context( $item, 'view' ) );
	}

	/**
	 * Query parameters.
	 *
	 * @return array<string, array<string, mixed>>
	 */
	public function get_collection_params() {
		return array(
			'cohort' => array(
				'type'        => 'integer',
				'minimum'     => 0,
				'default'     => 0,
				'description' => __( 'One cohort; by default every cohort that runs or is about to start.', 'mentorship-program' ),
			),
			'rule'   => self::string_enum( array_keys( Attention::rules() ) ),
		);
	}

	/**
	 * The row schema.
	 *
	 * @return array<string, mixed>
	 */
	public function get_item_schema() {
		if ( $this->schema ) {
			return Contract::closed( $this->add_additional_fields_schema( $this->schema ) );
		}
		$ref          = array(
			'type'       => array( 'object', 'null' ),
			'properties' => self::id_and_name(),
		);
		$this->schema = self::object_schema(
			'mentorship-attention',
			array(
				'id'         => self::read_only( 'string' ),
				'rule'       => self::read_only( 'string', array( 'enum' => array_keys( Attention::rules() ) ) ),
				'rule_label' => self::read_only( 'string' ),
				'urgency'    => array(
					'type'        => 'integer',
					'description' => __( 'Higher is more urgent; the list is sorted by it.', 'mentorship-program' ),
					'readonly'    => true,
				),
				'reason'     => self::read_only( 'string' ),
				'cohort'     => $ref,
				'mentee'     => $ref,
				'mentor'     => $ref,
				'date'       => array(
					'type'     => array( 'string', 'null' ),
					'format'   => 'date',
					'readonly' => true,
				),
			)
		);
		return Contract::closed( $this->add_additional_fields_schema( $this->schema ) );
	}
}
