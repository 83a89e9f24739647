<?php
/**
 * Shared frame of the forms a logged-in person posts from a block without JavaScript.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Blocks;

defined( 'ABSPATH' ) || exit;

use Mentorship_Program\Support\Posted_Form;
use WP_Error;

/**
 * Reads a plain POST of one of the handler's actions, checks that someone is logged in
 * and the nonce, and lets the handler call its service. A success redirects back (so a
 * reload does not post twice) with a flag the block turns into a message; a refusal
 * keeps the values and errors for the block to show by their fields.
 *
 * @since 0.3.0
 */
abstract class Member_Form_Handler {

	/**
	 * The actions the handler's forms post; each handler names its own.
	 */
	public const ACTIONS = array();

	/**
	 * The nonce action the handler's forms carry; each handler names its own.
	 */
	public const NONCE_ACTION = '';

	/**
	 * Calls the service for a posted action whose nonce is good.
	 *
	 * @since 0.3.0
	 *
	 * @param string               $action  Action.
	 * @param int                  $target  Record the form is about.
	 * @param array<string, mixed> $post    Posted values (unslashed).
	 * @param int                  $user_id Current user.
	 * @return array{0: array<string, mixed>, 1: mixed} The values read from the post, and what the service answered (a WP_Error when it refused).
	 */
	abstract protected static function save( string $action, int $target, array $post, int $user_id ): array;

	/**
	 * Adds hooks.
	 *
	 * @since 0.3.0
	 */
	public function register(): void {
		add_action( 'template_redirect', array( $this, 'handle' ), 5 );
	}

	/**
	 * Handles a post of one of the forms.
	 *
	 * @since 0.3.0
	 */
	public function handle(): void {
		// submit() checks the nonce before anything else; the services sanitise every value.
		$result = Posted_Form::answer( static::class, static::ACTIONS, static fn( array $post ): array => static::submit( $post, get_current_user_id() ) );
		if ( $result && $result['ok'] ) {
			wp_safe_redirect( static::saved_url( $result, wp_get_referer() ? wp_get_referer() : home_url( add_query_arg( array() ) ) ) );
			exit;
		}
	}

	/**
	 * Where a success redirects: back, with a flag of what was saved, at the form.
	 *
	 * @since 0.3.0
	 *
	 * @param array<string, mixed> $result Result.
	 * @param string               $back   The page the form was posted from.
	 * @return string
	 */
	protected static function saved_url( array $result, string $back ): string {
		return add_query_arg( 'mentorship-saved', $result['action'], remove_query_arg( 'mentorship-saved', $back ) ) . '#mentorship-' . (int) $result['target'];
	}

	/**
	 * Validates the nonce and calls the service for the posted action.
	 *
	 * @since 0.3.0
	 *
	 * @param array<string, mixed> $post    Posted values (unslashed).
	 * @param int                  $user_id Current user.
	 * @return array{ok: bool, action: string, target: int, message: string, errors: array<string, string>, values: array<string, mixed>}
	 */
	public static function submit( array $post, int $user_id ): array {
		$result = array(
			'ok'      => false,
			'action'  => isset( $post['mentorship_action'] ) && is_string( $post['mentorship_action'] ) ? sanitize_key( $post['mentorship_action'] ) : '',
			'target'  => isset( $post['target'] ) && is_scalar( $post['target'] ) ? absint( $post['target'] ) : 0,
			'message' => '',
			'errors'  => array(),
			'values'  => array(),
		);
		if ( ! $user_id ) {
			$result['message'] = __( 'Please log in again; your session has ended.', 'mentorship-program' );
			return $result;
		}
		$nonce = isset( $post['mentorship_nonce'] ) && is_string( $post['mentorship_nonce'] ) ? $post['mentorship_nonce'] : '';
		if ( ! wp_verify_nonce( $nonce, static::NONCE_ACTION ) ) {
			$result['message'] = __( 'This form has expired. Please reload the page and send it again.', 'mentorship-program' );
			return $result;
		}
		list( $result['values'], $stored ) = static::save( $result['action'], $result['target'], $post, $user_id );
		if ( $stored instanceof WP_Error ) {
			$data              = (array) $stored->get_error_data();
			$result['message'] = $stored->get_error_message();
			foreach ( (array) ( $data['params'] ?? array() ) as $field => $message ) {
				$result['errors'][ (string) $field ] = (string) $message;
			}
			return $result;
		}
		$result['ok'] = true;
		return $result;
	}

	/**
	 * This request's result for a form, if it was the one posted.
	 *
	 * @since 0.3.0
	 *
	 * @param string $action Action.
	 * @param int    $target Record the form is about.
	 * @return array<string, mixed>|null
	 */
	public static function result_for( string $action, int $target ): ?array {
		$result = Posted_Form::kept( static::class );
		return $result && $result['action'] === $action && $result['target'] === $target ? $result : null;
	}

	/**
	 * Forgets the result (tests).
	 *
	 * @since 0.3.0
	 */
	public static function reset(): void {
		Posted_Form::forget( static::class );
	}
}
