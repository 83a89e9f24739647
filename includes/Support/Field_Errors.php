<?php
/**
 * The refusal that names each bad field, for every service and route.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Support;

defined( 'ABSPATH' ) || exit;

use Mentorship_Program\Applications\Fields;
use WP_Error;

/**
 * One shape for "these fields are wrong": code rest_invalid_param, status 400, the
 * fields and their messages in `params`, and a message that lists them.
 *
 * @since 0.2.0
 */
final class Field_Errors {

	/**
	 * Most fields an error names one by one; the rest are counted, so a body with
	 * thousands of unknown keys cannot make the answer many times its own size.
	 */
	public const MAX_NAMED = 10;

	/**
	 * The keys that are not known, each with the message that refuses it. Empty keys and
	 * WordPress's own (starting with an underscore: _locale, _wpnonce, _fields) are ignored.
	 *
	 * @since 0.3.0
	 *
	 * @param array<int, int|string> $keys  The keys sent.
	 * @param string[]               $known The keys accepted.
	 * @return array<string, string> Field => message.
	 */
	public static function unknown( array $keys, array $known ): array {
		$unknown = array();
		foreach ( $keys as $key ) {
			$key = (string) $key;
			if ( '' !== $key && '_' !== $key[0] && ! in_array( $key, $known, true ) ) {
				$unknown[ $key ] = __( 'This field is not accepted here.', 'mentorship-program' );
			}
		}
		return $unknown;
	}

	/**
	 * An error about one field: its code, message and status, with the field named in
	 * the error data so forms show the message by that field.
	 *
	 * @since 0.3.0
	 *
	 * @param string $code          Error code.
	 * @param string $message       Message.
	 * @param int    $status        HTTP status.
	 * @param string $field         The field.
	 * @param string $field_message What to show by the field, when not the message itself.
	 * @return WP_Error
	 */
	public static function on_field( string $code, string $message, int $status, string $field, string $field_message = '' ): WP_Error {
		return new WP_Error(
			$code,
			$message,
			array(
				'status' => $status,
				'params' => array( $field => '' !== $field_message ? $field_message : $message ),
			)
		);
	}

	/**
	 * A 400 error whose message lists the bad fields by name only (their messages stay in
	 * the error data), for domain checks whose fields are few and fixed.
	 *
	 * @since 0.3.0
	 *
	 * @param array<string, mixed> $params Field => message.
	 * @return WP_Error
	 */
	public static function names_only( array $params ): WP_Error {
		return new WP_Error(
			'rest_invalid_param',
			/* translators: %s: comma-separated field names. */
			sprintf( __( 'Invalid parameter(s): %s', 'mentorship-program' ), implode( ', ', array_keys( $params ) ) ),
			array(
				'status' => 400,
				'params' => $params,
			)
		);
	}

	/**
	 * A 400 error naming each bad field (the first MAX_NAMED of them).
	 *
	 * @since 0.2.0
	 *
	 * @param array<string, string> $params Field => message.
	 * @return WP_Error
	 */
	public static function error( array $params ): WP_Error {
		$params = array_map( 'strval', $params );
		$more   = max( 0, count( $params ) - self::MAX_NAMED );
		$params = array_slice( $params, 0, self::MAX_NAMED, true );
		$names  = implode( ', ', array_keys( $params ) );
		if ( $more ) {
			/* translators: 1: comma-separated list of fields, 2: number of further fields. */
			$names = sprintf( _n( '%1$s and %2$d more', '%1$s and %2$d more', $more, 'mentorship-program' ), $names, $more );
		}
		$data = array(
			'status' => 400,
			'params' => $params,
		);
		if ( $more ) {
			$data['more_params'] = $more;
		}
		return new WP_Error(
			'rest_invalid_param',
			/* translators: %s: comma-separated list of fields. */
			sprintf( __( 'Invalid parameter(s): %s', 'mentorship-program' ), $names ) . ' — ' . implode( ' ', array_unique( array_values( $params ) ) ),
			$data
		);
	}

	/**
	 * Values that do not match their schema, one message per field, read strictly:
	 * "false" is not a yes, and "a,b" is not a list. Keys without a schema are skipped.
	 *
	 * @since 0.2.0
	 *
	 * @param array<string, mixed>                $values     Values.
	 * @param array<string, array<string, mixed>> $properties Schema properties.
	 * @return array<string, string> Field => message.
	 */
	public static function of_schema( array $values, array $properties ): array {
		$errors = array();
		foreach ( $values as $key => $value ) {
			if ( ! isset( $properties[ $key ] ) ) {
				continue;
			}
			// Yes-or-no answers are read strictly: WordPress alone would take "false" as true here.
			if ( 'boolean' === ( $properties[ $key ]['type'] ?? '' ) ) {
				if ( null === Fields::parse_boolean( $value ) ) {
					$errors[ $key ] = Fields::boolean_error( (string) $key );
				}
				continue;
			}
			// JSON clients must send lists as lists (WordPress alone would split "a,b").
			if ( 'array' === ( $properties[ $key ]['type'] ?? '' ) && ! is_array( $value ) ) {
				/* translators: %s: field name. */
				$errors[ $key ] = sprintf( __( '%s must be a list.', 'mentorship-program' ), $key );
				continue;
			}
			$valid = rest_validate_value_from_schema( $value, $properties[ $key ], (string) $key );
			if ( is_wp_error( $valid ) ) {
				$errors[ $key ] = $valid->get_error_message();
			}
		}
		return $errors;
	}
}
