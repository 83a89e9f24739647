<?php
/**
 * The story form without JavaScript: a plain POST to the page that shows it.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Stories;

defined( 'ABSPATH' ) || exit;

use Mentorship_Program\Blocks\Status_Link_Handler;
use Mentorship_Program\Stories\Stories;
use Mentorship_Program\Support\Posted_Form;
use WP_REST_Request;

/**
 * Turns a posted story form into a request to POST /mentorship/v1/stories, so the
 * REST route stays the one place that checks and stores shared stories, and keeps the
 * answer for the share-story block to show in the same response.
 *
 * @since 0.1.0
 */
final class Story_Form_Handler {

	/**
	 * Value of the hidden mentorship_action field the form posts.
	 */
	public const ACTION = 'share_story';

	/**
	 * Nonce action of the form (only logged-in users see it).
	 */
	public const NONCE_ACTION = 'mentorship_share_story';

	/**
	 * Adds hooks.
	 *
	 * @since 0.1.0
	 */
	public function register(): void {
		add_action( 'template_redirect', array( $this, 'handle' ), 5 );
	}

	/**
	 * Submits a posted story form, if this request carries one.
	 *
	 * @since 0.1.0
	 */
	public function handle(): void {
		// submit() verifies the nonce before anything else; the REST route checks and sanitises every value.
		Posted_Form::answer( self::class, array( self::ACTION ), array( self::class, 'submit' ) );
	}

	/**
	 * Sends a posted story through the REST route and describes the outcome.
	 *
	 * @since 0.1.0
	 *
	 * @param array<string, mixed> $post Unslashed $_POST.
	 * @return array{ok: bool, status: int, message: string, errors: array<string, string>, values: array<string, mixed>}
	 */
	public static function submit( array $post ): array {
		$values = array(
			'application_id' => isset( $post['application_id'] ) && is_scalar( $post['application_id'] ) ? (string) $post['application_id'] : '',
			'title'          => isset( $post['title'] ) && is_string( $post['title'] ) ? $post['title'] : '',
			'story'          => isset( $post['story'] ) && is_string( $post['story'] ) ? $post['story'] : '',
			'consent'        => ! empty( $post['consent'] ),
		);
		$result = array(
			'ok'      => false,
			'status'  => 0,
			'message' => '',
			'errors'  => array(),
			'values'  => $values,
		);
		if ( ! is_user_logged_in() ) {
			return self::submit_with_link( $post, $values, $result );
		}
		$nonce = isset( $post['mentorship_nonce'] ) && is_string( $post['mentorship_nonce'] ) ? $post['mentorship_nonce'] : '';
		if ( ! wp_verify_nonce( $nonce, self::NONCE_ACTION ) ) {
			$result['status']  = 403;
			$result['message'] = __( 'Your session has expired. Please reload the page and send your story again.', 'mentorship-program' );
			return $result;
		}

		$params = array(
			'title'   => $values['title'],
			'story'   => $values['story'],
			'consent' => $values['consent'],
		);
		if ( ctype_digit( $values['application_id'] ) ) {
			$params['application_id'] = (int) $values['application_id'];
		}
		$request = new WP_REST_Request( 'POST', '/mentorship/v1/stories' );
		$request->set_header( 'Content-Type', 'application/json' );
		$request->set_body( (string) wp_json_encode( $params ) );
		$response = rest_do_request( $request );
		$data     = (array) rest_get_server()->response_to_data( $response, false );

		$result['status'] = $response->get_status();
		if ( $response->get_status() < 300 ) {
			$result['ok']      = true;
			$result['message'] = (string) ( $data['message'] ?? '' );
			return $result;
		}
		$result['message'] = (string) ( $data['message'] ?? __( 'Your story could not be sent. Please try again.', 'mentorship-program' ) );
		$params            = $data['data']['params'] ?? array();
		if ( is_array( $params ) ) {
			foreach ( $params as $field => $message ) {
				if ( is_string( $field ) && is_scalar( $message ) ) {
					$result['errors'][ $field ] = (string) $message;
				}
			}
		}
		return $result;
	}

	/**
	 * A story sent by a graduate without an account, who holds the private link from
	 * their e-mail: the form carries a proof bound to that link instead of a nonce.
	 *
	 * @param array<string, mixed>                                                                                       $post   Unslashed $_POST.
	 * @param array<string, mixed>                                                                                       $values What was posted, for the form.
	 * @param array{ok: bool, status: int, message: string, errors: array<string, string>, values: array<string, mixed>} $result The outcome so far.
	 * @return array{ok: bool, status: int, message: string, errors: array<string, string>, values: array<string, mixed>}
	 */
	private static function submit_with_link( array $post, array $values, array $result ): array {
		$link = Status_Link_Handler::current();
		if ( ! $link || 'mail' !== $link['kind'] ) {
			$result['status']  = 401;
			$result['message'] = __( 'Please log in to share your story.', 'mentorship-program' );
			return $result;
		}
		$proof = isset( $post['mentorship_check'] ) && is_string( $post['mentorship_check'] ) ? $post['mentorship_check'] : '';
		if ( ! hash_equals( Status_Link_Handler::proof( $link, self::ACTION ), $proof ) ) {
			$result['status']  = 403;
			$result['message'] = __( 'Your session has expired. Please reload the page and send your story again.', 'mentorship-program' );
			return $result;
		}
		$held  = (int) $link['application']['id'];
		$story = Stories::create_draft_from_application(
			ctype_digit( (string) $values['application_id'] ) ? (int) $values['application_id'] : $held,
			array(
				'title'   => $values['title'],
				'story'   => $values['story'],
				'consent' => $values['consent'],
			),
			0,
			$held
		);
		if ( is_wp_error( $story ) ) {
			$data              = (array) $story->get_error_data();
			$result['status']  = (int) ( $data['status'] ?? 400 );
			$result['message'] = $story->get_error_message();
			foreach ( (array) ( $data['params'] ?? array() ) as $field => $message ) {
				if ( is_string( $field ) && is_scalar( $message ) ) {
					$result['errors'][ $field ] = (string) $message;
				}
			}
			return $result;
		}
		$result['ok']      = true;
		$result['status']  = 201;
		$result['message'] = Stories::thank_you_message();
		return $result;
	}

	/**
	 * The outcome of this request's submission, or null.
	 *
	 * @since 0.1.0
	 *
	 * @return array<string, mixed>|null
	 */
	public static function result(): ?array {
		return Posted_Form::kept( self::class );
	}

	/**
	 * Forgets the outcome (between tests).
	 *
	 * @since 0.1.0
	 */
	public static function reset(): void {
		Posted_Form::forget( self::class );
	}
}
