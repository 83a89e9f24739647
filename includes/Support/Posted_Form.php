<?php
/**
 * The forms that work without JavaScript: a plain POST to the page that shows the form,
 * answered in the same request.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Support;

defined( 'ABSPATH' ) || exit;

/**
 * Reads which form a POST carries (its hidden mentorship_action field), hands the post to
 * the handler that takes it, and keeps the answer for the block that shows the form to
 * render in the same response.
 *
 * @since 0.3.0
 */
final class Posted_Form {

	/**
	 * What each handler answered in this request, by handler.
	 *
	 * @var array<string, array<string, mixed>>
	 */
	private static array $answers = array();

	/**
	 * Answers this request's POST when its mentorship_action is one of the handler's
	 * actions, and keeps the answer under the handler's name.
	 *
	 * The handler's callback checks the post (its nonce, or the public application
	 * form's signed token) before anything else, and the services check and sanitise
	 * every value.
	 *
	 * @since 0.3.0
	 *
	 * @param string   $handler Name the answer is kept under (the handler's class).
	 * @param string[] $actions The mentorship_action values the handler takes.
	 * @param callable $answer  Called with the unslashed $_POST; returns the answer array.
	 * @return array<string, mixed>|null The answer, or null when no such form was posted.
	 */
	public static function answer( string $handler, array $actions, callable $answer ): ?array {
		$method = isset( $_SERVER['REQUEST_METHOD'] ) ? strtoupper( sanitize_key( wp_unslash( $_SERVER['REQUEST_METHOD'] ) ) ) : '';
		// phpcs:ignore WordPress.Security.NonceVerification.Missing -- the handler's callback verifies the nonce or signed token before anything else.
		if ( 'POST' !== $method || ! isset( $_POST['mentorship_action'] ) || ! in_array( sanitize_key( wp_unslash( $_POST['mentorship_action'] ) ), $actions, true ) ) {
			return null;
		}
		// phpcs:ignore WordPress.Security.NonceVerification.Missing -- see above; the services check and sanitise every value.
		self::$answers[ $handler ] = $answer( wp_unslash( $_POST ) );
		return self::$answers[ $handler ];
	}

	/**
	 * What a handler answered in this request, or null when nothing of its was posted.
	 *
	 * @since 0.3.0
	 *
	 * @param string $handler The handler's name.
	 * @return array<string, mixed>|null
	 */
	public static function kept( string $handler ): ?array {
		return self::$answers[ $handler ] ?? null;
	}

	/**
	 * Forgets a handler's answer (between tests, or after a page rendered it).
	 *
	 * @since 0.3.0
	 *
	 * @param string $handler The handler's name.
	 */
	public static function forget( string $handler ): void {
		unset( self::$answers[ $handler ] );
	}
}
