<?php
/**
 * Registers every mentorship/v1 controller.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\REST;

defined( 'ABSPATH' ) || exit;

/**
 * One list of controllers, registered on rest_api_init.
 *
 * @since 0.1.0
 */
final class Routes {

	/**
	 * Adds hooks.
	 *
	 * @since 0.1.0
	 */
	public function register(): void {
		add_action( 'rest_api_init', array( $this, 'register_routes' ) );
		add_filter( 'rest_dispatch_request', array( $this, 'refuse_nulls' ), 10, 4 );
	}

	/**
	 * Refuses a JSON null for a parameter whose schema does not allow null.
	 *
	 * WordPress validates and sanitises only parameters that are not null, so without
	 * this a null would reach the handler unchecked (a capacity of null would become 0).
	 * Runs after the permission check, right before the handler.
	 *
	 * @param mixed            $result  Earlier result, or null.
	 * @param \WP_REST_Request $request Request.
	 * @param string           $route   Route.
	 * @param array            $handler Handler, with its args.
	 * @return mixed
	 *
	 * @phpstan-param array<string, mixed> $handler
	 * @phpstan-param \WP_REST_Request<array<string, mixed>> $request
	 */
	public function refuse_nulls( $result, $request, $route, $handler ) {
		if ( null !== $result || 0 !== strpos( (string) $route, '/mentorship/v1/' ) ) {
			return $result;
		}
		// The raw body: WordPress's own sanitising may already have turned a null into
		// an empty string or zero in the parsed parameters. Only JSON can say null.
		$given = json_decode( (string) $request->get_body(), true );
		if ( ! is_array( $given ) ) {
			return $result;
		}
		$errors = array();
		foreach ( (array) ( $handler['args'] ?? array() ) as $name => $arg ) {
			if ( ! array_key_exists( $name, $given ) || null !== $given[ $name ] || ! isset( $arg['type'] ) ) {
				continue;
			}
			$types = (array) $arg['type'];
			if ( ! in_array( 'null', $types, true ) ) {
				/* translators: 1: parameter name, 2: type name. */
				$errors[ $name ] = sprintf( __( '%1$s is not of type %2$s.', 'mentorship-program' ), $name, implode( ',', $types ) );
			}
		}
		if ( ! $errors ) {
			return $result;
		}
		return new \WP_Error(
			'rest_invalid_param',
			/* translators: %s: comma-separated list of fields. */
			sprintf( __( 'Invalid parameter(s): %s', 'mentorship-program' ), implode( ', ', array_keys( $errors ) ) ) . ' — ' . implode( ' ', $errors ),
			array(
				'status' => 400,
				'params' => $errors,
			)
		);
	}

	/**
	 * The controllers.
	 *
	 * @return Controller[]
	 */
	public static function controllers(): array {
		/**
		 * Filters the mentorship/v1 controllers.
		 *
		 * @since 0.1.0
		 *
		 * @param Controller[] $controllers Controllers.
		 */
		return (array) apply_filters(
			'mentorship_program_rest_controllers',
			array(
				new Applications_Controller(),
				new Me_Controller(),
				new Cohorts_Controller(),
				new Stats_Controller(),
				new Export_Controller(),
				new Teams_Controller(),
				new Settings_Controller(),
				new Stories_Controller(),
				new Event_Codes_Controller(),
			)
		);
	}

	/**
	 * Registers every controller's routes.
	 *
	 * @since 0.1.0
	 */
	public function register_routes(): void {
		foreach ( self::controllers() as $controller ) {
			$controller->register_routes();
		}
	}
}
