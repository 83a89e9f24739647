<?php
/**
 * The application form's own endpoint: a POST to the home page with ?mentorship-apply.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Applications;

defined( 'ABSPATH' ) || exit;

use Mentorship_Program\Support\Field_Errors;
use WP_Error;
use WP_REST_Server;

/**
 * Takes the application form's JSON the way core takes a comment in
 * wp-comments-post.php: once WordPress is loaded, before the main query, the template
 * or the REST server, so a submission pays for its own work only.
 *
 * The rules are Submission's, exactly as for the REST route (which stays, for API
 * clients): form token, honeypot, rate limits, event codes, unknown and bad fields,
 * one role per cohort, the cohort's window. The answer is Submission_Answer's, the
 * same status codes and JSON as the REST route. One rule is this endpoint's own, the
 * one REST cookie authentication applies: a logged-in applicant's request must carry
 * their `wp_rest` nonce in X-WP-Nonce, so their session cannot be used to apply from
 * another site.
 *
 * @since 0.4.0
 */
final class Public_Endpoint {

	/**
	 * Query argument that marks a request as an application, with the type as its value.
	 */
	public const QUERY_ARG = 'mentorship-apply';

	/**
	 * Nonce action of a logged-in applicant's request: the REST API's own, which the
	 * form's page prints already.
	 */
	public const NONCE_ACTION = 'wp_rest';

	/**
	 * Largest body read, in bytes: an application with every field at its longest is
	 * a small fraction of it.
	 */
	public const MAX_BODY = 262144;

	/**
	 * Priority on wp_loaded: after what core and other plugins do there at the usual
	 * priorities (core's cron check runs at 20), as it has all run by the time
	 * wp-comments-post.php takes a comment.
	 */
	public const PRIORITY = 100;

	/**
	 * Adds hooks.
	 *
	 * @since 0.4.0
	 */
	public function register(): void {
		add_action( 'wp_loaded', array( $this, 'serve' ), self::PRIORITY );
	}

	/**
	 * The address a form of a type posts to.
	 *
	 * @since 0.4.0
	 *
	 * @param string $type mentee or mentor.
	 * @return string
	 */
	public static function url( string $type ): string {
		return add_query_arg( self::QUERY_ARG, 'mentor' === $type ? 'mentor' : 'mentee', home_url( '/' ) );
	}

	/**
	 * Answers a request that carries the query argument, and ends it; any other
	 * request goes on untouched.
	 *
	 * @since 0.4.0
	 */
	public function serve(): void {
		// phpcs:ignore WordPress.Security.NonceVerification.Recommended -- only whether this request is ours; answer() checks the form token, or the nonce of a logged-in user.
		if ( ! isset( $_GET[ self::QUERY_ARG ] ) || is_admin() ) {
			return;
		}
		// phpcs:ignore WordPress.Security.NonceVerification.Recommended -- see above; the type is checked by Submission.
		$type   = is_string( $_GET[ self::QUERY_ARG ] ) ? sanitize_key( wp_unslash( $_GET[ self::QUERY_ARG ] ) ) : '';
		$method = isset( $_SERVER['REQUEST_METHOD'] ) ? strtoupper( sanitize_key( wp_unslash( $_SERVER['REQUEST_METHOD'] ) ) ) : '';
		$nonce  = isset( $_SERVER['HTTP_X_WP_NONCE'] ) ? sanitize_text_field( wp_unslash( $_SERVER['HTTP_X_WP_NONCE'] ) ) : '';
		$params = array();
		if ( 'POST' === $method ) {
			$length = isset( $_SERVER['CONTENT_LENGTH'] ) ? absint( $_SERVER['CONTENT_LENGTH'] ) : 0;
			$params = $length > self::MAX_BODY ? self::too_large() : self::params(
				isset( $_SERVER['CONTENT_TYPE'] ) ? sanitize_text_field( wp_unslash( $_SERVER['CONTENT_TYPE'] ) ) : '',
				(string) WP_REST_Server::get_raw_data(),
				// phpcs:ignore WordPress.Security.NonceVerification.Missing -- see above; every value is checked and sanitised by Submission.
				wp_unslash( $_POST )
			);
		}
		self::send( self::answer( $method, $type, $params, $nonce ) );
	}

	/**
	 * The answer to a request: what the REST route would answer the same body.
	 *
	 * @since 0.4.0
	 *
	 * @param string                        $method HTTP method.
	 * @param string                        $type   The query argument's value: mentee or mentor.
	 * @param array<string, mixed>|WP_Error $params The body read by params(), or why it could not be read.
	 * @param string                        $nonce  X-WP-Nonce, or ''.
	 * @return Submission_Answer
	 */
	public static function answer( string $method, string $type, array|WP_Error $params, string $nonce ): Submission_Answer {
		if ( 'POST' !== $method ) {
			return Submission_Answer::error(
				new WP_Error( 'mentorship_method_not_allowed', __( 'Applications are sent with POST.', 'mentorship-program' ), array( 'status' => 405 ) ),
				array( 'Allow' => 'POST' )
			);
		}
		if ( $params instanceof WP_Error ) {
			return Submission_Answer::error( $params );
		}
		// As REST cookie authentication does: a logged-in user's session alone does not
		// prove the request came from this site's own page.
		if ( is_user_logged_in() && ! wp_verify_nonce( $nonce, self::NONCE_ACTION ) ) {
			return Submission_Answer::error(
				new WP_Error( 'mentorship_invalid_nonce', __( 'Your session has expired. Please reload the page and submit again.', 'mentorship-program' ), array( 'status' => 403 ) )
			);
		}
		// The address names the form; a body that says otherwise is refused, not obeyed.
		if ( array_key_exists( 'type', $params ) && $params['type'] !== $type ) {
			return Submission_Answer::error( Field_Errors::error( array( 'type' => __( 'The type does not match the form this was sent to.', 'mentorship-program' ) ) ) );
		}
		return Submission_Answer::of( Submission::submit( $type, $params, Submission_Context::visitor() ) );
	}

	/**
	 * The submitted values: a JSON object when the body is JSON (as the form's script
	 * sends it), else the form fields, as the REST route reads either.
	 *
	 * @since 0.4.0
	 *
	 * @param string               $content_type Content-Type of the request.
	 * @param string               $raw          The raw body.
	 * @param array<string, mixed> $post         Unslashed form fields.
	 * @return array<string, mixed>|WP_Error
	 */
	public static function params( string $content_type, string $raw, array $post ): array|WP_Error {
		if ( strlen( $raw ) > self::MAX_BODY ) {
			return self::too_large();
		}
		if ( ! str_starts_with( strtolower( trim( $content_type ) ), 'application/json' ) ) {
			return $post;
		}
		if ( '' === trim( $raw ) ) {
			return array();
		}
		$json = json_decode( $raw, true, 32 );
		if ( ! is_array( $json ) ) {
			return new WP_Error( 'rest_invalid_json', __( 'Invalid JSON body passed.', 'mentorship-program' ), array( 'status' => 400 ) );
		}
		return $json;
	}

	/**
	 * A body over MAX_BODY.
	 *
	 * @return WP_Error
	 */
	private static function too_large(): WP_Error {
		return new WP_Error( 'mentorship_too_large', __( 'The application is too large to be sent.', 'mentorship-program' ), array( 'status' => 413 ) );
	}

	/**
	 * Sends an answer as JSON, never cached, and ends the request.
	 *
	 * @param Submission_Answer $answer The answer.
	 */
	private static function send( Submission_Answer $answer ): void {
		status_header( $answer->status );
		nocache_headers();
		send_nosniff_header();
		header( 'Content-Type: application/json; charset=' . get_option( 'blog_charset' ) );
		header( 'X-Robots-Tag: noindex' );
		foreach ( $answer->headers as $name => $value ) {
			header( $name . ': ' . $value );
		}
		// A JSON answer, sent as application/json with nosniff.
		echo wp_json_encode( $answer->body );
		exit;
	}
}
