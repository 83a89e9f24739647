<?php
/**
 * Registers every mentorship/v1 controller.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\REST;

defined( 'ABSPATH' ) || exit;

use Mentorship_Program\Applications\REST\Applications_Controller;
use Mentorship_Program\Applications\REST\Event_Codes_Controller;
use Mentorship_Program\Applications\REST\Export_Controller;
use Mentorship_Program\Applications\REST\Me_Controller;
use Mentorship_Program\Cohorts\REST\Cohorts_Controller;
use Mentorship_Program\Settings\REST\Settings_Controller;
use Mentorship_Program\Stats\REST\Stats_Controller;
use Mentorship_Program\Stories\REST\Stories_Controller;
use Mentorship_Program\Teams\REST\Teams_Controller;
use Mentorship_Program\Applications\Fields;
use Mentorship_Program\Support\Field_Errors;

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
		add_filter( 'rest_endpoints', array( $this, 'strict_booleans' ) );
		add_filter( 'rest_pre_dispatch', array( $this, 'refuse_odd_bodies' ), 10, 3 );
	}

	/**
	 * Reads every yes-or-no parameter of the mentorship/v1 routes with
	 * Fields::parse_boolean(), where WordPress would accept neither "on" nor "" as
	 * booleans. A route that reads its own parameters (its callbacks set to null) is
	 * left alone; it calls the same parser.
	 *
	 * @param array<string, mixed> $endpoints Routes and their handlers.
	 * @return array<string, mixed>
	 */
	public function strict_booleans( $endpoints ) {
		if ( ! is_array( $endpoints ) ) {
			return $endpoints;
		}
		foreach ( $endpoints as $route => $handlers ) {
			if ( 0 !== strpos( (string) $route, '/mentorship/v1/' ) || ! is_array( $handlers ) ) {
				continue;
			}
			foreach ( $handlers as $key => $handler ) {
				if ( ! is_numeric( $key ) || ! is_array( $handler ) || empty( $handler['args'] ) || ! is_array( $handler['args'] ) ) {
					continue;
				}
				foreach ( $handler['args'] as $name => $arg ) {
					if ( ! is_array( $arg ) || 'boolean' !== ( $arg['type'] ?? '' ) ) {
						continue;
					}
					if ( ! array_key_exists( 'validate_callback', $arg ) || 'rest_validate_request_arg' === $arg['validate_callback'] ) {
						$endpoints[ $route ][ $key ]['args'][ $name ]['validate_callback'] = array( self::class, 'validate_boolean' );
					}
					if ( ! array_key_exists( 'sanitize_callback', $arg ) || 'rest_sanitize_request_arg' === $arg['sanitize_callback'] ) {
						$endpoints[ $route ][ $key ]['args'][ $name ]['sanitize_callback'] = array( self::class, 'sanitize_boolean' );
					}
				}
			}
		}
		return $endpoints;
	}

	/**
	 * Validates a yes-or-no parameter.
	 *
	 * @param mixed            $value   Value.
	 * @param \WP_REST_Request $request Request.
	 * @param string           $name    Parameter.
	 * @return true|\WP_Error
	 *
	 * @phpstan-param \WP_REST_Request<array<string, mixed>> $request
	 */
	public static function validate_boolean( $value, $request, $name ) {
		unset( $request );
		if ( null === Fields::parse_boolean( $value ) ) {
			return new \WP_Error( 'rest_invalid_type', Fields::boolean_error( (string) $name ), array( 'param' => $name ) );
		}
		return true;
	}

	/**
	 * Turns a yes-or-no parameter into a real boolean.
	 *
	 * @param mixed            $value   Value.
	 * @param \WP_REST_Request $request Request.
	 * @param string           $name    Parameter.
	 * @return bool|\WP_Error
	 *
	 * @phpstan-param \WP_REST_Request<array<string, mixed>> $request
	 */
	public static function sanitize_boolean( $value, $request, $name ) {
		$valid = self::validate_boolean( $value, $request, $name );
		return is_wp_error( $valid ) ? $valid : true === Fields::parse_boolean( $value );
	}

	/**
	 * Refuses, before WordPress reads them, JSON bodies this API cannot use: JSON in a
	 * character set other than UTF-8 (415), and a body that is not a JSON object, such
	 * as a bare string, which WordPress would walk as if it were a list of parameters
	 * and warn about (400).
	 *
	 * @param mixed            $result  Earlier result, or null.
	 * @param \WP_REST_Server  $server  Server.
	 * @param \WP_REST_Request $request Request.
	 * @return mixed
	 *
	 * @phpstan-param \WP_REST_Request<array<string, mixed>> $request
	 */
	public function refuse_odd_bodies( $result, $server, $request ) {
		unset( $server );
		if ( null !== $result || ! $request instanceof \WP_REST_Request || 0 !== strpos( (string) $request->get_route(), '/mentorship/v1' ) ) {
			return $result;
		}
		$type = (string) $request->get_header( 'content_type' );
		if ( ! $request->is_json_content_type() ) {
			return $result;
		}
		if ( preg_match( '/;\s*charset\s*=\s*"?([^";\s]+)/i', $type, $charset ) && ! in_array( strtolower( $charset[1] ), array( 'utf-8', 'utf8' ), true ) ) {
			return new \WP_Error(
				'mentorship_unsupported_charset',
				__( 'Send JSON in UTF-8.', 'mentorship-program' ),
				array( 'status' => 415 )
			);
		}
		$body = trim( (string) $request->get_body() );
		if ( '' === $body ) {
			return $result;
		}
		$given = json_decode( $body );
		if ( JSON_ERROR_NONE !== json_last_error() ) {
			return $result; // WordPress answers broken JSON itself (rest_invalid_json).
		}
		if ( ! is_object( $given ) && array() !== $given ) {
			return new \WP_Error(
				'rest_invalid_json',
				__( 'The request body must be a JSON object.', 'mentorship-program' ),
				array( 'status' => 400 )
			);
		}
		return $result;
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
		return Field_Errors::error( $errors );
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
