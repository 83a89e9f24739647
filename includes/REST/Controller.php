<?php
/**
 * Shared base for the mentorship/v1 controllers.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\REST;

defined( 'ABSPATH' ) || exit;

use Mentorship_Program\Support\Field_Errors;
use WP_Error;
use WP_REST_Controller;
use WP_REST_Request;

/**
 * Namespace, permission helpers and strict parameter checks.
 *
 * @since 0.1.0
 */
abstract class Controller extends WP_REST_Controller {

	/**
	 * Route namespace.
	 *
	 * @var string
	 */
	protected $namespace = 'mentorship/v1';

	/**
	 * A permission error with the right status for the current user.
	 *
	 * @param string $message Message.
	 * @return WP_Error
	 */
	protected function forbidden( string $message = '' ): WP_Error {
		return new WP_Error(
			'rest_forbidden',
			'' !== $message ? $message : __( 'Sorry, you are not allowed to do that.', 'mentorship-program' ),
			array( 'status' => rest_authorization_required_code() )
		);
	}

	/**
	 * Checks a capability, answering 401 for visitors and 403 for users without it.
	 *
	 * @param string $cap Capability.
	 * @return true|WP_Error
	 */
	protected function require_cap( string $cap ) {
		return current_user_can( $cap ) ? true : $this->forbidden();
	}

	/**
	 * Refuses parameters the route does not know (write routes only).
	 *
	 * Keys that start with an underscore are WordPress's own (_locale, _wpnonce, _fields).
	 *
	 * @param WP_REST_Request $request Request.
	 * @param string[]        $known   Known keys.
	 * @param string[]        $ignored Keys that are accepted and ignored.
	 * @return true|WP_Error
	 */
	protected function reject_unknown( WP_REST_Request $request, array $known, array $ignored = array() ) {
		$given   = array_merge( array_keys( (array) $request->get_json_params() ), array_keys( (array) $request->get_body_params() ) );
		$unknown = array();
		foreach ( array_unique( $given ) as $key ) {
			$key = (string) $key;
			if ( '' !== $key && '_' !== $key[0] && ! in_array( $key, $known, true ) && ! in_array( $key, $ignored, true ) ) {
				$unknown[ $key ] = __( 'This field is not accepted here.', 'mentorship-program' );
			}
		}
		if ( ! $unknown ) {
			return true;
		}
		return $this->invalid( $unknown );
	}

	/**
	 * Most fields a 400 answer names one by one; the rest are counted.
	 */
	public const MAX_NAMED_FIELDS = Field_Errors::MAX_NAMED;

	/**
	 * A 400 error naming each bad field (the first MAX_NAMED_FIELDS of them).
	 *
	 * @param array<string, string> $params Field => message.
	 * @return WP_Error
	 */
	protected function invalid( array $params ): WP_Error {
		return Field_Errors::error( $params );
	}

	/**
	 * Validates values against schema properties, one field at a time.
	 *
	 * @param array<string, mixed>                $values     Values.
	 * @param array<string, array<string, mixed>> $properties Schema properties.
	 * @return array<string, string> Field => message.
	 */
	protected function schema_errors( array $values, array $properties ): array {
		return Field_Errors::of_schema( $values, $properties );
	}

	/**
	 * Pagination headers on a response.
	 *
	 * @param \WP_REST_Response $response Response.
	 * @param int               $total    Total items.
	 * @param int               $pages    Total pages.
	 * @return \WP_REST_Response
	 */
	protected function paginate( \WP_REST_Response $response, int $total, int $pages ): \WP_REST_Response {
		$response->header( 'X-WP-Total', (string) $total );
		$response->header( 'X-WP-TotalPages', (string) $pages );
		return $response;
	}
}
