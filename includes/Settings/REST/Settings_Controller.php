<?php
/**
 * REST: /mentorship/v1/settings — the program's site settings.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Settings\REST;

defined( 'ABSPATH' ) || exit;

use Mentorship_Program\REST\Contract;
use Mentorship_Program\REST\Controller;
use Mentorship_Program\Notifications\Mail_Templates;
use Mentorship_Program\Settings\Settings;
use WP_REST_Request;
use WP_REST_Server;

/**
 * Reads and changes settings; every value is checked against the schema.
 *
 * @since 0.1.0
 */
final class Settings_Controller extends Controller {

	/**
	 * Route base.
	 *
	 * @var string
	 */
	protected $rest_base = 'settings';

	/**
	 * The route: the settings, read and changed, with each setting's schema as its argument.
	 *
	 * @since 0.1.0
	 *
	 * @return array<string, array<string, mixed>>
	 */
	protected function routes(): array {
		return array(
			'/' . $this->rest_base => array(
				WP_REST_Server::READABLE => array( 'get_item', 'manage_settings_permissions_check' ),
				WP_REST_Server::EDITABLE => array( 'update_item', 'manage_settings_permissions_check', Settings::schema()['properties'] ),
				'schema'                 => 'get_public_item_schema',
			),
		);
	}

	/**
	 * The settings, with the placeholders templates may use.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return \WP_REST_Response
	 */
	public function get_item( $request ) {
		unset( $request );
		return rest_ensure_response( $this->shape( Settings::all() ) );
	}

	/**
	 * Changes settings.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return \WP_REST_Response|\WP_Error
	 */
	public function update_item( $request ) {
		$known   = array_keys( Settings::schema()['properties'] );
		$unknown = $this->reject_unknown( $request, $known );
		if ( is_wp_error( $unknown ) ) {
			return $unknown;
		}
		$changes = array();
		foreach ( $known as $key ) {
			if ( $request->has_param( $key ) ) {
				$changes[ $key ] = $request[ $key ];
			}
		}
		return rest_ensure_response( $this->shape( Settings::update( $changes ) ) );
	}

	/**
	 * Settings plus what the editor needs to know.
	 *
	 * @param array<string, mixed> $settings Settings.
	 * @return array<string, mixed>
	 */
	private function shape( array $settings ): array {
		$settings['placeholders'] = Mail_Templates::placeholders();
		return $settings;
	}

	/**
	 * The settings schema.
	 *
	 * @return array<string, mixed>
	 */
	public function get_item_schema() {
		$schema                               = Settings::schema();
		$schema['properties']['placeholders'] = array(
			'description' => __( 'Placeholders the e-mail templates may use.', 'mentorship-program' ),
			'type'        => 'array',
			'items'       => self::string_enum( Mail_Templates::placeholders() ),
			'readonly'    => true,
		);
		return Contract::closed( $schema );
	}
}
