<?php
/**
 * One mentorship/v1 route offered as an ability: its arguments, schema, permission check
 * and handler, taken from the route as registered.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Abilities;

defined( 'ABSPATH' ) || exit;

use WP_Error;
use WP_REST_Request;
use WP_REST_Response;

/**
 * Reads a route from the REST server and runs its permission check and handler for an
 * ability's input, so the ability and the route can never disagree on who may do what,
 * which input is valid or what the answer looks like.
 *
 * @since 0.1.0
 */
final class Route_Ability {

	/**
	 * Keys of a REST argument that are WordPress's own and not JSON Schema.
	 */
	private const NOT_SCHEMA = array( 'validate_callback', 'sanitize_callback', 'arg_options', 'required' );

	/**
	 * Route pattern, e.g. /mentorship/v1/applications/(?P<id>[\d]+).
	 *
	 * @var string
	 */
	private string $route;

	/**
	 * HTTP method of the route's handler.
	 *
	 * @var string
	 */
	private string $method;

	/**
	 * Whether the handler answers a list with X-WP-Total and X-WP-TotalPages.
	 *
	 * @var bool
	 */
	private bool $collection;

	/**
	 * The handler as the REST server registered it, or null when the route is missing.
	 *
	 * @var array<string, mixed>|null
	 */
	private ?array $handler = null;

	/**
	 * The route's options (schema, route-wide args), as the REST server keeps them.
	 *
	 * @var array<string, mixed>
	 */
	private array $options = array();

	/**
	 * Looks the route up.
	 *
	 * @since 0.1.0
	 *
	 * @param string $route      Route pattern.
	 * @param string $method     HTTP method.
	 * @param bool   $collection Whether the route answers a paginated list.
	 */
	public function __construct( string $route, string $method, bool $collection = false ) {
		$this->route      = $route;
		$this->method     = $method;
		$this->collection = $collection;
		$server           = rest_get_server();
		$routes           = $server->get_routes( 'mentorship/v1' );
		foreach ( (array) ( $routes[ $route ] ?? array() ) as $handler ) {
			if ( ! empty( $handler['methods'][ $method ] ) ) {
				$this->handler = $handler;
				$this->options = (array) $server->get_route_options( $route );
				break;
			}
		}
	}

	/**
	 * Whether the route exists.
	 *
	 * @since 0.1.0
	 *
	 * @return bool
	 */
	public function exists(): bool {
		return null !== $this->handler;
	}

	/**
	 * The route's arguments as one JSON Schema object: path parameters and the
	 * handler's arguments, required where the route requires them, nothing else allowed.
	 *
	 * @since 0.1.0
	 *
	 * @return array<string, mixed>
	 */
	public function input_schema(): array {
		$properties = array();
		$required   = $this->path_params();
		foreach ( (array) ( $this->handler['args'] ?? array() ) as $name => $arg ) {
			$properties[ $name ] = self::json_schema( (array) $arg );
			if ( ! empty( $arg['required'] ) ) {
				$required[] = $name;
			}
		}
		// A path parameter is digits in the URL: an ID.
		foreach ( $this->path_params() as $name ) {
			$properties[ $name ] = array_merge( $properties[ $name ] ?? array( 'type' => 'integer' ), array( 'minimum' => 1 ) );
		}
		$schema = array(
			'type'                 => 'object',
			'properties'           => $properties,
			'additionalProperties' => false,
		);
		if ( $required ) {
			$schema['required'] = array_values( array_unique( $required ) );
		}
		// No input reads as an empty object, so a missing argument is named as such.
		$schema['default'] = array();
		return $schema;
	}

	/**
	 * The route's response schema; a list comes as items with its totals, which REST
	 * sends as headers.
	 *
	 * @since 0.1.0
	 *
	 * @return array<string, mixed>
	 */
	public function output_schema(): array {
		$schema = isset( $this->options['schema'] ) && is_callable( $this->options['schema'] ) ? (array) call_user_func( $this->options['schema'] ) : array();
		unset( $schema['$schema'] );
		if ( ! $this->collection ) {
			return $schema;
		}
		return array(
			'type'       => 'object',
			'properties' => array(
				'items' => array(
					'type'  => 'array',
					'items' => $schema,
				),
				'total' => array(
					'type'        => 'integer',
					'description' => __( 'How many items match, on every page.', 'mentorship-program' ),
				),
				'pages' => array(
					'type'        => 'integer',
					'description' => __( 'How many pages there are.', 'mentorship-program' ),
				),
			),
			'required'   => array( 'items', 'total', 'pages' ),
		);
	}

	/**
	 * The route's own permission check, on the request the input makes.
	 *
	 * @since 0.1.0
	 *
	 * @param mixed $input Ability input, already valid against input_schema().
	 * @return bool
	 */
	public function permission( $input = null ): bool {
		$request = $this->request( $input );
		// The input schema is the route's arguments, so an input the ability accepted is
		// one the route accepts; should they ever differ, refusing is the safe answer.
		if ( is_wp_error( $request ) || empty( $this->handler['permission_callback'] ) ) {
			return false;
		}
		return true === call_user_func( $this->handler['permission_callback'], $request );
	}

	/**
	 * Runs the route's handler and returns its answer's data.
	 *
	 * @since 0.1.0
	 *
	 * @param mixed $input Ability input.
	 * @return mixed|WP_Error
	 */
	public function execute( $input = null ) {
		$request = $this->request( $input );
		if ( is_wp_error( $request ) ) {
			return $request;
		}
		$response = call_user_func( $this->handler['callback'] ?? '__return_null', $request );
		if ( is_wp_error( $response ) ) {
			return $response;
		}
		$response = rest_ensure_response( $response );
		if ( $response->is_error() ) {
			return $response->as_error();
		}
		$data = $response->get_data();
		if ( ! $this->collection ) {
			return $data;
		}
		$headers = $response->get_headers();
		return array(
			'items' => array_values( (array) $data ),
			'total' => (int) ( $headers['X-WP-Total'] ?? count( (array) $data ) ),
			'pages' => (int) ( $headers['X-WP-TotalPages'] ?? 1 ),
		);
	}

	/**
	 * The request the REST server would hand the route for this input: path parameters,
	 * the rest as query (GET) or JSON body, defaults applied, validated and sanitised
	 * by the route's own arguments.
	 *
	 * @param mixed $input Ability input.
	 * @return WP_REST_Request<array<string, mixed>>|WP_Error
	 */
	private function request( $input ) {
		$input = is_object( $input ) ? get_object_vars( $input ) : (array) $input;
		$path  = (string) preg_replace_callback(
			'/\(\?P<(\w+)>[^)]*\)/',
			static fn( array $m ): string => rawurlencode( (string) ( is_scalar( $input[ $m[1] ] ?? null ) ? $input[ $m[1] ] : '' ) ),
			$this->route
		);
		$url   = array_intersect_key( $input, array_flip( $this->path_params() ) );
		$rest  = array_diff_key( $input, $url );

		$request = new WP_REST_Request( $this->method, $path );
		$request->set_url_params( $url );
		if ( 'GET' === $this->method ) {
			$request->set_query_params( $rest );
		} else {
			$request->set_header( 'Content-Type', 'application/json' );
			$request->set_body( (string) wp_json_encode( (object) $rest ) );
		}
		$request->set_attributes( (array) $this->handler );
		$defaults = array();
		foreach ( (array) ( $this->handler['args'] ?? array() ) as $name => $arg ) {
			if ( isset( $arg['default'] ) ) {
				$defaults[ $name ] = $arg['default'];
			}
		}
		$request->set_default_params( $defaults );

		$valid = $request->has_valid_params();
		if ( is_wp_error( $valid ) ) {
			return $valid;
		}
		$sanitized = $request->sanitize_params();
		return is_wp_error( $sanitized ) ? $sanitized : $request;
	}

	/**
	 * Names of the route's path parameters.
	 *
	 * @return string[]
	 */
	private function path_params(): array {
		preg_match_all( '/\(\?P<(\w+)>/', $this->route, $matches );
		return $matches[1];
	}

	/**
	 * A REST argument as JSON Schema: WordPress's callbacks dropped and its per-property
	 * `required: true` turned into the object's `required` list, at every depth.
	 *
	 * @since 0.1.0
	 *
	 * @param array<string, mixed> $arg REST argument or schema.
	 * @return array<string, mixed>
	 */
	public static function json_schema( array $arg ): array {
		$schema = array_diff_key( $arg, array_flip( self::NOT_SCHEMA ) );
		if ( isset( $arg['required'] ) && is_array( $arg['required'] ) ) {
			$schema['required'] = $arg['required'];
		}
		if ( isset( $schema['properties'] ) && is_array( $schema['properties'] ) ) {
			$required = (array) ( $schema['required'] ?? array() );
			foreach ( $schema['properties'] as $name => $property ) {
				if ( true === ( $property['required'] ?? null ) ) {
					$required[] = $name;
				}
				$schema['properties'][ $name ] = self::json_schema( (array) $property );
			}
			if ( $required ) {
				$schema['required'] = array_values( array_unique( $required ) );
			}
		}
		if ( isset( $schema['items'] ) && is_array( $schema['items'] ) ) {
			$schema['items'] = self::json_schema( $schema['items'] );
		}
		return $schema;
	}
}
