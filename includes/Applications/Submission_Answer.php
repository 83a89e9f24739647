<?php
/**
 * What a public submission answers over HTTP: status, headers and JSON body.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Applications;

defined( 'ABSPATH' ) || exit;

use Mentorship_Program\Security\Rate_Limiter;
use WP_Error;

/**
 * Turns the outcome of Submission::submit() into the answer both public ways in give
 * (the REST route and the form's own endpoint), so they cannot drift apart: 201 with
 * the receipt; a refusal as WordPress's REST API shapes an error
 * (`{code, message, data: {status, params}}`), with the status the service chose;
 * 429 with Retry-After.
 *
 * @since 0.4.0
 */
final class Submission_Answer {

	/**
	 * Sets the answer.
	 *
	 * @param int                   $status  HTTP status.
	 * @param array<string, mixed>  $body    JSON body.
	 * @param array<string, string> $headers Extra headers.
	 */
	public function __construct(
		public readonly int $status,
		public readonly array $body,
		public readonly array $headers = array()
	) {}

	/**
	 * The answer to an outcome of Submission::submit().
	 *
	 * @since 0.4.0
	 *
	 * @param Submitted|WP_Error $outcome What the service said.
	 * @return self
	 */
	public static function of( Submitted|WP_Error $outcome ): self {
		if ( $outcome instanceof Submitted ) {
			return new self( 201, $outcome->receipt() );
		}
		$headers = array();
		if ( 'mentorship_rate_limited' === $outcome->get_error_code() ) {
			$headers['Retry-After'] = (string) Rate_Limiter::retry_after();
		}
		return self::error( $outcome, $headers );
	}

	/**
	 * A refusal, shaped by core exactly as the REST API answers a WP_Error.
	 *
	 * @since 0.4.0
	 *
	 * @param WP_Error              $error   The refusal; its data `status` is the HTTP status (500 without one).
	 * @param array<string, string> $headers Extra headers.
	 * @return self
	 */
	public static function error( WP_Error $error, array $headers = array() ): self {
		$response = rest_convert_error_to_response( $error );
		return new self( $response->get_status(), (array) $response->get_data(), $headers );
	}
}
