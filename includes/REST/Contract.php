<?php
/**
 * The contract of the mentorship/v1 API: for every registered route and method, the
 * JSON schema of what it answers.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\REST;

defined( 'ABSPATH' ) || exit;

use Mentorship_Program\Applications\REST\Export_Controller;

/**
 * Reads the response schemas of every mentorship/v1 endpoint from the REST server.
 *
 * A route describes its resource with the usual `schema` option of
 * register_rest_route(); an endpoint that answers something else than that resource
 * (or a list of it) — a batch result, a deletion, a summary — adds a
 * `response_schema` callback to its own endpoint options. The contract test, the
 * schema dump and the generated TypeScript types all read this one list.
 *
 * @since 0.2.0
 */
final class Contract {

	/**
	 * The REST namespace.
	 */
	public const NAMESPACE = 'mentorship/v1';

	/**
	 * Endpoint option naming the schema of an answer that is not the route's resource.
	 */
	public const RESPONSE_SCHEMA = 'response_schema';

	/**
	 * Endpoints that do not answer JSON: "METHOD route" => why.
	 */
	public const NOT_JSON = array(
		'GET /mentorship/v1/export'              => 'a CSV download (text/csv), served by Export_Controller::serve_csv(); its rows are tested in tests/php/Cohorts/Cohorts_Controller_Test.php.',
		'GET /mentorship/v1/reports/cohorts/(?P<id>[\d]+)/csv' => 'a CSV download (text/csv), served by Reports_Controller::serve_csv(); its rows are tested in tests/php/Reports/Cohort_Report_Test.php.',
		'GET /mentorship/v1/reports/compare/csv' => 'a CSV download (text/csv), served by Reports_Controller::serve_csv(); its rows are tested in tests/php/Reports/Cohort_Report_Test.php.',
	);

	/**
	 * Every endpoint: "METHOD route" => route, method, the route's resource schema (or
	 * null) and the schema of the answer (or null when none is declared).
	 *
	 * PUT is left out where the route also takes PATCH and POST (WP_REST_Server::EDITABLE
	 * registers all three for one callback).
	 *
	 * @since 0.2.0
	 *
	 * @return array<string, array{route: string, method: string, resource: array<string, mixed>|null, response: array<string, mixed>|null}>
	 */
	public static function endpoints(): array {
		$server = rest_get_server();
		$out    = array();
		foreach ( $server->get_routes( self::NAMESPACE ) as $route => $handlers ) {
			if ( '/' . self::NAMESPACE === $route ) {
				// The namespace index is core's, described by core.
				continue;
			}
			$options  = $server->get_route_options( $route );
			$resource = isset( $options['schema'] ) && is_callable( $options['schema'] ) ? call_user_func( $options['schema'] ) : null;
			foreach ( $handlers as $handler ) {
				$methods = array_keys( array_filter( (array) $handler['methods'] ) );
				if ( in_array( 'PATCH', $methods, true ) ) {
					$methods = array_diff( $methods, array( 'PUT' ) );
				}
				$response = $resource;
				if ( isset( $handler[ self::RESPONSE_SCHEMA ] ) && is_callable( $handler[ self::RESPONSE_SCHEMA ] ) ) {
					$response = call_user_func( $handler[ self::RESPONSE_SCHEMA ] );
				}
				foreach ( $methods as $method ) {
					$out[ $method . ' ' . $route ] = array(
						'route'    => $route,
						'method'   => $method,
						'resource' => is_array( $resource ) ? $resource : null,
						'response' => is_array( $response ) ? $response : null,
					);
				}
			}
		}
		ksort( $out );
		return $out;
	}

	/**
	 * The whole contract as data, for the committed description the TypeScript types
	 * are generated from (src/shared/rest-schemas.json): every endpoint and the title
	 * of the schema it answers, every schema by title, and the program's rules.
	 *
	 * @since 0.2.0
	 *
	 * @return array<string, mixed>
	 */
	public static function dump(): array {
		$endpoints = array();
		$schemas   = array();
		$clashes   = array();
		foreach ( self::endpoints() as $key => $endpoint ) {
			if ( isset( self::NOT_JSON[ $key ] ) ) {
				$endpoints[ $key ] = array( 'file' => self::NOT_JSON[ $key ] );
				continue;
			}
			$schema = $endpoint['response'];
			if ( null === $schema ) {
				$endpoints[ $key ] = null;
				continue;
			}
			unset( $schema['$schema'] );
			$title = (string) ( $schema['title'] ?? '' );
			if ( isset( $schemas[ $title ] ) && $schemas[ $title ] !== $schema ) {
				$clashes[] = $title;
			}
			$schemas[ $title ] = $schema;
			$endpoints[ $key ] = array( 'schema' => $title );
		}
		ksort( $schemas );
		return array(
			'namespace' => self::NAMESPACE,
			'endpoints' => $endpoints,
			'schemas'   => $schemas,
			'clashes'   => array_values( array_unique( $clashes ) ),
			'rules'     => \Mentorship_Program\Applications\Program_Rules::for_client(),
		);
	}

	/**
	 * The schema of a deletion's answer: `deleted`, and the resource as it was when
	 * there is one.
	 *
	 * @since 0.2.0
	 *
	 * @param string                    $title    Schema title.
	 * @param array<string, mixed>|null $previous Schema of the deleted resource, or null.
	 * @return array<string, mixed>
	 */
	public static function deletion( string $title, ?array $previous = null ): array {
		$properties = array( 'deleted' => array( 'type' => 'boolean' ) );
		if ( null !== $previous ) {
			$properties['previous'] = array_diff_key( $previous, array_flip( array( '$schema', 'title' ) ) );
		}
		return self::closed(
			array(
				'$schema'    => 'http://json-schema.org/draft-04/schema#',
				'title'      => $title,
				'type'       => 'object',
				'properties' => $properties,
				'required'   => array_keys( $properties ),
			)
		);
	}

	/**
	 * The schema with every object that lists its properties closed to others
	 * (`additionalProperties: false`), unless it says otherwise: what a route answers
	 * is all its schema lists, nothing more. With $all_present, every object also
	 * lists all its properties as `required` (draft 4), for answers that always carry
	 * every key: the contract test then checks that they do, and the generated
	 * TypeScript types make none of them optional.
	 *
	 * @since 0.2.0
	 *
	 * @param array<string, mixed> $schema      Schema.
	 * @param bool                 $all_present Whether every listed property is always there.
	 * @return array<string, mixed>
	 */
	public static function closed( array $schema, bool $all_present = false ): array {
		if ( isset( $schema['properties'] ) && is_array( $schema['properties'] ) ) {
			if ( ! array_key_exists( 'additionalProperties', $schema ) ) {
				$schema['additionalProperties'] = false;
			}
			if ( $all_present && ! isset( $schema['required'] ) ) {
				$schema['required'] = array_keys( $schema['properties'] );
			}
			foreach ( $schema['properties'] as $name => $property ) {
				$schema['properties'][ $name ] = is_array( $property ) ? self::closed( $property, $all_present ) : $property;
			}
		}
		foreach ( array( 'items', 'additionalProperties' ) as $key ) {
			if ( isset( $schema[ $key ] ) && is_array( $schema[ $key ] ) ) {
				$schema[ $key ] = self::closed( $schema[ $key ], $all_present );
			}
		}
		foreach ( array( 'oneOf', 'anyOf' ) as $key ) {
			foreach ( (array) ( $schema[ $key ] ?? array() ) as $i => $option ) {
				$schema[ $key ][ $i ] = is_array( $option ) ? self::closed( $option, $all_present ) : $option;
			}
		}
		return $schema;
	}

	/**
	 * Problems that make a schema incomplete: an object without
	 * `additionalProperties: false` (or a schema for its values), a property without a
	 * type, an array without `items`.
	 *
	 * @since 0.2.0
	 *
	 * @param array<string, mixed> $schema Schema.
	 * @param string               $path   Where in the schema (for the messages).
	 * @return string[]
	 */
	public static function incomplete( array $schema, string $path = '' ): array {
		$problems = array();
		$here     = '' === $path ? '(root)' : $path;
		if ( ! isset( $schema['type'] ) && ! isset( $schema['oneOf'] ) && ! isset( $schema['anyOf'] ) ) {
			$problems[] = "$here has no type";
			return $problems;
		}
		foreach ( array( 'oneOf', 'anyOf' ) as $key ) {
			foreach ( (array) ( $schema[ $key ] ?? array() ) as $i => $option ) {
				$problems = array_merge( $problems, self::incomplete( (array) $option, "$here.$key[$i]" ) );
			}
		}
		$types = (array) ( $schema['type'] ?? array() );
		if ( in_array( 'object', $types, true ) ) {
			$additional = $schema['additionalProperties'] ?? null;
			if ( false !== $additional && ! is_array( $additional ) ) {
				$problems[] = "$here is an object without \"additionalProperties\": false";
			}
			if ( is_array( $additional ) ) {
				$problems = array_merge( $problems, self::incomplete( $additional, "$here.*" ) );
			}
			if ( false === $additional && empty( $schema['properties'] ) ) {
				$problems[] = "$here is an object that may hold nothing: list its properties";
			}
			foreach ( (array) ( $schema['properties'] ?? array() ) as $name => $property ) {
				$problems = array_merge( $problems, self::incomplete( (array) $property, ltrim( "$path.$name", '.' ) ) );
			}
		}
		if ( in_array( 'array', $types, true ) ) {
			if ( ! isset( $schema['items'] ) || ! is_array( $schema['items'] ) ) {
				$problems[] = "$here is an array without \"items\"";
			} else {
				$problems = array_merge( $problems, self::incomplete( $schema['items'], "{$here}[]" ) );
			}
		}
		return $problems;
	}
}
