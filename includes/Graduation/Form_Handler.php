<?php
/**
 * The graduation form of "My mentorship" without JavaScript: the contribution link,
 * the mentor's confirmation, the name-on-certificate agreement.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Graduation;

defined( 'ABSPATH' ) || exit;

/**
 * Reads a plain POST, checks the nonce, and calls Progress::update(). A success
 * redirects back with a flag; a refusal keeps the errors for the block to show.
 *
 * @since 0.3.0
 */
final class Form_Handler {

	/**
	 * Nonce action of the form.
	 */
	public const NONCE_ACTION = 'mentorship_graduation';

	/**
	 * The action the form posts.
	 */
	public const ACTION = 'graduation_progress';

	/**
	 * The query argument of the redirect after a save: the record that was saved.
	 */
	public const SAVED_ARG = 'mentorship-graduation-saved';

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
	 * Handles a post of the form.
	 *
	 * @since 0.3.0
	 */
	public function handle(): void {
		$method = isset( $_SERVER['REQUEST_METHOD'] ) ? strtoupper( sanitize_key( wp_unslash( $_SERVER['REQUEST_METHOD'] ) ) ) : '';
		// phpcs:ignore WordPress.Security.NonceVerification.Missing -- submit() verifies the nonce before anything else.
		if ( 'POST' !== $method || ! isset( $_POST['mentorship_action'] ) || self::ACTION !== sanitize_key( wp_unslash( $_POST['mentorship_action'] ) ) ) {
			return;
		}
		// phpcs:ignore WordPress.Security.NonceVerification.Missing -- submit() checks the nonce; Progress sanitises every value.
		self::$result = self::submit( wp_unslash( $_POST ), get_current_user_id() );
		if ( self::$result['ok'] ) {
			$back = add_query_arg( self::SAVED_ARG, (int) self::$result['target'], remove_query_arg( array( 'mentorship-saved', self::SAVED_ARG ), wp_get_referer() ? wp_get_referer() : home_url( add_query_arg( array() ) ) ) );
			wp_safe_redirect( $back . '#mentorship-graduation-' . (int) self::$result['target'] );
			exit;
		}
	}

	/**
	 * Validates the nonce and saves the fields the form showed.
	 *
	 * @since 0.3.0
	 *
	 * @param array<string, mixed> $post    Posted values (unslashed).
	 * @param int                  $user_id Current user.
	 * @return array{ok: bool, target: int, message: string, errors: array<string, string>}
	 */
	public static function submit( array $post, int $user_id ): array {
		$target = isset( $post['target'] ) && is_scalar( $post['target'] ) ? absint( $post['target'] ) : 0;
		$result = array(
			'ok'      => false,
			'target'  => $target,
			'message' => '',
			'errors'  => array(),
		);
		if ( ! $user_id ) {
			$result['message'] = __( 'Please log in again; your session has ended.', 'mentorship-program' );
			return $result;
		}
		$nonce = isset( $post['mentorship_nonce'] ) && is_string( $post['mentorship_nonce'] ) ? $post['mentorship_nonce'] : '';
		if ( ! wp_verify_nonce( $nonce, self::NONCE_ACTION ) ) {
			$result['message'] = __( 'This form has expired. Please reload the page and send it again.', 'mentorship-program' );
			return $result;
		}
		// The form lists the fields it showed, so an unticked box reads as "no".
		$shown  = isset( $post['fields'] ) && is_array( $post['fields'] ) ? array_intersect( Progress::FIELDS, array_map( 'strval', $post['fields'] ) ) : array();
		$values = array();
		foreach ( $shown as $field ) {
			if ( 'contribution_link' === $field ) {
				$values[ $field ] = isset( $post[ $field ] ) && is_string( $post[ $field ] ) ? $post[ $field ] : '';
			} else {
				$values[ $field ] = ! empty( $post[ $field ] );
			}
		}
		$stored = Progress::update( $target, $values, $user_id );
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
	 * This request's result for a record's form, if it was the one posted.
	 *
	 * @since 0.3.0
	 *
	 * @param int $target Application the form is about.
	 * @return array<string, mixed>|null
	 */
	public static function result_for( int $target ): ?array {
		$result = self::$result;
		return $result && $result['target'] === $target ? $result : null;
	}
}
