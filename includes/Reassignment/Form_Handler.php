<?php
/**
 * The My mentorship block's forms of this feature, without JavaScript.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Reassignment;

defined( 'ABSPATH' ) || exit;

use Mentorship_Program\Mentorship\Form_Handler as Mentorship_Form_Handler;

/**
 * Reads a plain POST of "I can't continue", "Ask for a new mentor" and the backup
 * offer, checks the block's nonce and calls the services. A success redirects back with
 * a flag the block turns into a message; a refusal keeps the values and errors.
 *
 * @since 0.3.0
 */
final class Form_Handler {

	/**
	 * The actions the forms post.
	 */
	public const ACTIONS = array( 'step_back', 'mentor_request', 'backup' );

	/**
	 * The result of this request's post, if any.
	 *
	 * @var array<string, mixed>|null
	 */
	private static ?array $result = null;

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
		$method = isset( $_SERVER['REQUEST_METHOD'] ) ? strtoupper( sanitize_key( wp_unslash( $_SERVER['REQUEST_METHOD'] ) ) ) : '';
		// phpcs:ignore WordPress.Security.NonceVerification.Missing -- submit() verifies the nonce before anything else.
		if ( 'POST' !== $method || ! isset( $_POST['mentorship_action'] ) || ! in_array( sanitize_key( wp_unslash( $_POST['mentorship_action'] ) ), self::ACTIONS, true ) ) {
			return;
		}
		// phpcs:ignore WordPress.Security.NonceVerification.Missing -- submit() checks the nonce; the services sanitise every value.
		self::$result = self::submit( wp_unslash( $_POST ), get_current_user_id() );
		if ( self::$result['ok'] ) {
			$back = add_query_arg( 'mentorship-saved', self::$result['action'], remove_query_arg( 'mentorship-saved', wp_get_referer() ? wp_get_referer() : home_url( add_query_arg( array() ) ) ) );
			wp_safe_redirect( $back . '#mentorship-' . (int) self::$result['target'] );
			exit;
		}
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
		$action = isset( $post['mentorship_action'] ) && is_string( $post['mentorship_action'] ) ? sanitize_key( $post['mentorship_action'] ) : '';
		$target = isset( $post['target'] ) && is_scalar( $post['target'] ) ? absint( $post['target'] ) : 0;
		$result = array(
			'ok'      => false,
			'action'  => $action,
			'target'  => $target,
			'message' => '',
			'errors'  => array(),
			'values'  => array(),
		);
		if ( ! $user_id ) {
			$result['message'] = __( 'Please log in again; your session has ended.', 'mentorship-program' );
			return $result;
		}
		$nonce = isset( $post['mentorship_nonce'] ) && is_string( $post['mentorship_nonce'] ) ? $post['mentorship_nonce'] : '';
		if ( ! wp_verify_nonce( $nonce, Mentorship_Form_Handler::NONCE_ACTION ) ) {
			$result['message'] = __( 'This form has expired. Please reload the page and send it again.', 'mentorship-program' );
			return $result;
		}
		$reason = isset( $post['reason'] ) && is_string( $post['reason'] ) ? $post['reason'] : '';
		if ( 'step_back' === $action ) {
			$values = array( 'reason' => $reason );
			$stored = Reassignment::step_back( $target, $values, $user_id );
		} elseif ( 'mentor_request' === $action ) {
			$values = array( 'reason' => $reason );
			$stored = Reassignment::request_new_mentor( $target, $values, $user_id );
		} else {
			$values = array( 'backup' => ! empty( $post['backup'] ) );
			$stored = Backups::set( $target, $values['backup'], $user_id );
		}
		$result['values'] = $values;
		if ( is_wp_error( $stored ) ) {
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
	 * @param int    $target Application the form is about.
	 * @return array<string, mixed>|null
	 */
	public static function result_for( string $action, int $target ): ?array {
		$result = self::$result;
		return $result && $result['action'] === $action && $result['target'] === $target ? $result : null;
	}

	/**
	 * Forgets the result (tests).
	 *
	 * @since 0.3.0
	 */
	public static function reset(): void {
		self::$result = null;
	}
}
