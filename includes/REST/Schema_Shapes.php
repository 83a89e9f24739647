<?php
/**
 * Builders of the JSON schema shapes the REST API repeats.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\REST;

defined( 'ABSPATH' ) || exit;

/**
 * Property and object shapes for response schemas, used by the controllers (through the
 * base controller) and by the services that describe what they return.
 *
 * @since 0.3.0
 */
trait Schema_Shapes {

	/**
	 * A schema property that clients read and never write: its type, what else the
	 * given shape says (format, enum, items, properties), then readonly.
	 *
	 * @since 0.3.0
	 *
	 * @param string|string[]      $type  Type, or types.
	 * @param array<string, mixed> $shape More of the property (format, enum, items, ...).
	 * @return array<string, mixed>
	 */
	protected static function read_only( $type, array $shape = array() ): array {
		return array( 'type' => $type ) + $shape + array( 'readonly' => true );
	}

	/**
	 * A schema property holding an RFC 3339 date and time.
	 *
	 * @since 0.3.0
	 *
	 * @return array<string, string>
	 */
	protected static function date_time(): array {
		return array(
			'type'   => 'string',
			'format' => 'date-time',
		);
	}

	/**
	 * A schema property holding a day (YYYY-MM-DD).
	 *
	 * @since 0.3.0
	 *
	 * @return array<string, string>
	 */
	protected static function day(): array {
		return array(
			'type'   => 'string',
			'format' => 'date',
		);
	}

	/**
	 * A schema property holding one of the given strings.
	 *
	 * @since 0.3.0
	 *
	 * @param string[] $values The strings allowed.
	 * @return array<string, mixed>
	 */
	protected static function string_enum( array $values ): array {
		return array(
			'type' => 'string',
			'enum' => $values,
		);
	}

	/**
	 * A schema property holding a list of items of one shape.
	 *
	 * @since 0.3.0
	 *
	 * @param array<string, mixed> $items The items' schema.
	 * @return array<string, mixed>
	 */
	protected static function array_of( array $items ): array {
		return array(
			'type'  => 'array',
			'items' => $items,
		);
	}

	/**
	 * A schema property holding an object with only the properties it lists (nested
	 * objects of a response; object_schema() and closed_object_schema() are for the top).
	 *
	 * @since 0.3.0
	 *
	 * @param array<string, mixed> $properties Properties.
	 * @return array<string, mixed>
	 */
	protected static function closed_object( array $properties ): array {
		return array(
			'type'                 => 'object',
			'additionalProperties' => false,
			'properties'           => $properties,
		);
	}

	/**
	 * The properties of a record named in a response by its ID and name.
	 *
	 * @since 0.3.0
	 *
	 * @return array<string, array<string, string>>
	 */
	protected static function id_and_name(): array {
		return array(
			'id'   => array( 'type' => 'integer' ),
			'name' => array( 'type' => 'string' ),
		);
	}

	/**
	 * A JSON schema of an object, with its title and properties.
	 *
	 * @since 0.3.0
	 *
	 * @param string               $title      Title.
	 * @param array<string, mixed> $properties Properties.
	 * @return array<string, mixed>
	 */
	protected static function object_schema( string $title, array $properties ): array {
		return array(
			'$schema'    => 'http://json-schema.org/draft-04/schema#',
			'title'      => $title,
			'type'       => 'object',
			'properties' => $properties,
		);
	}

	/**
	 * A JSON schema of a response object that holds every property it lists and no
	 * other, at every depth (see Contract::closed()).
	 *
	 * @since 0.3.0
	 *
	 * @param string               $title      Title.
	 * @param array<string, mixed> $properties Properties.
	 * @return array<string, mixed>
	 */
	protected static function complete_schema( string $title, array $properties ): array {
		return Contract::closed( self::object_schema( $title, $properties ), true );
	}

	/**
	 * A JSON schema of an object that has only the properties it lists.
	 *
	 * @since 0.3.0
	 *
	 * @param string               $title      Title.
	 * @param array<string, mixed> $properties Properties.
	 * @return array<string, mixed>
	 */
	protected static function closed_object_schema( string $title, array $properties ): array {
		return array(
			'$schema'              => 'http://json-schema.org/draft-04/schema#',
			'title'                => $title,
			'type'                 => 'object',
			'additionalProperties' => false,
			'properties'           => $properties,
		);
	}
}
