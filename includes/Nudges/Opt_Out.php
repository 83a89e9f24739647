<?php
/**
 * Opting out of reminder e-mails: by the link in every nudge, or in the My mentorship block.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Nudges;

defined( 'ABSPATH' ) || exit;

use Mentorship_Program\Applications\Applications;
use Mentorship_Program\Mentorship\Mentor_Directory;
use Mentorship_Program\Mentorship\Access;

/**
 * Who gets no reminders, by e-mail address (the address the reminders go to, whatever
 * application of the person sent it).
 *
 * The link in a nudge needs no login: it carries the application ID and a token (an
 * HMAC of the ID and the address with the site's salt), so only the person it was
 * mailed to can use it. Opening it (GET) only shows a confirmation page; the button
 * there posts the token with a nonce, and only that POST changes anything, so mail
 * scanners that open links never opt anyone out.
 *
 * @since 0.3.0
 */
final class Opt_Out {

	/**
	 * Query argument with the application ID.
	 */
	public const ARG = 'mentorship_reminders';

	/**
	 * Nonce action of the block's toggle.
	 */
	public const ACCOUNT_NONCE = 'mentorship_reminders_account';

	/**
	 * Adds hooks.
	 *
	 * @since 0.3.0
	 */
	public function register(): void {
		add_action( 'template_redirect', array( $this, 'handle_link' ), 1 );
		add_action( 'template_redirect', array( $this, 'handle_toggle' ), 5 );
	}

	/**
	 * Whether an address opted out.
	 *
	 * @since 0.3.0
	 *
	 * @param string $email Address.
	 * @return bool
	 */
	public static function is_opted_out( string $email ): bool {
		global $wpdb;
		$table = Schema::table( 'optouts' );
		return (bool) $wpdb->get_var( $wpdb->prepare( "SELECT 1 FROM {$table} WHERE recipient = %s", strtolower( $email ) ) ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared, WordPress.DB.DirectDatabaseQuery -- our own table, read fresh before each nudge.
	}

	/**
	 * Turns reminders off or back on for an address.
	 *
	 * @since 0.3.0
	 *
	 * @param string $email     Address.
	 * @param bool   $opted_out True to stop reminders.
	 * @param string $source    link or account.
	 */
	public static function set( string $email, bool $opted_out, string $source = 'link' ): void {
		global $wpdb;
		$email = strtolower( trim( $email ) );
		if ( '' === $email ) {
			return;
		}
		$table = Schema::table( 'optouts' );
		if ( $opted_out ) {
			$wpdb->query( $wpdb->prepare( "INSERT IGNORE INTO {$table} (recipient, source, created_at) VALUES (%s, %s, %s)", $email, sanitize_key( $source ), gmdate( 'Y-m-d H:i:s' ) ) ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared, WordPress.DB.DirectDatabaseQuery -- our own table.
			return;
		}
		$wpdb->delete( $table, array( 'recipient' => $email ), array( '%s' ) ); // phpcs:ignore WordPress.DB.DirectDatabaseQuery -- our own table.
	}

	/**
	 * When an address opted out, and how, or null.
	 *
	 * @since 0.3.0
	 *
	 * @param string $email Address.
	 * @return array{source: string, created_at: string}|null
	 */
	public static function record( string $email ): ?array {
		global $wpdb;
		$table = Schema::table( 'optouts' );
		$row   = $wpdb->get_row( $wpdb->prepare( "SELECT source, created_at FROM {$table} WHERE recipient = %s", strtolower( $email ) ), ARRAY_A ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared, WordPress.DB.DirectDatabaseQuery -- our own table.
		return $row ? array(
			'source'     => (string) $row['source'],
			'created_at' => (string) $row['created_at'],
		) : null;
	}

	/**
	 * The token of a person's opt-out link.
	 *
	 * @since 0.3.0
	 *
	 * @param int    $person_id Application.
	 * @param string $email     Its address.
	 * @return string
	 */
	public static function token( int $person_id, string $email ): string {
		return substr( hash_hmac( 'sha256', 'nudge-opt-out|' . $person_id . '|' . strtolower( $email ), wp_salt( 'nonce' ) ), 0, 32 );
	}

	/**
	 * The one-click opt-out link of a person.
	 *
	 * @since 0.3.0
	 *
	 * @param int    $person_id Application.
	 * @param string $email     Its address.
	 * @return string
	 */
	public static function url( int $person_id, string $email ): string {
		return add_query_arg(
			array(
				self::ARG => $person_id,
				'token'   => self::token( $person_id, $email ),
			),
			home_url( '/' )
		);
	}

	/**
	 * The address a link's ID and token stand for, or '' when they do not match.
	 *
	 * @since 0.3.0
	 *
	 * @param mixed $person_id Application ID from the request.
	 * @param mixed $token     Token from the request.
	 * @return string
	 */
	public static function email_for( $person_id, $token ): string {
		$id = is_scalar( $person_id ) ? absint( $person_id ) : 0;
		if ( ! $id || ! is_string( $token ) ) {
			return '';
		}
		$person = Applications::get( $id );
		$email  = $person ? strtolower( (string) $person['fields']['email'] ) : '';
		return '' !== $email && hash_equals( self::token( $id, $email ), $token ) ? $email : '';
	}

	/**
	 * What the link answers: a confirmation page (GET), or the change (POST with token
	 * and nonce). No output here, so tests and the handler share it.
	 *
	 * @since 0.3.0
	 *
	 * @param string               $method Request method.
	 * @param array<string, mixed> $args   Query and body arguments (unslashed).
	 * @return array{status: int, title: string, message: string, form: bool, id: int, token: string}
	 */
	public static function answer( string $method, array $args ): array {
		$id    = isset( $args[ self::ARG ] ) && is_scalar( $args[ self::ARG ] ) ? absint( $args[ self::ARG ] ) : 0;
		$token = isset( $args['token'] ) && is_string( $args['token'] ) ? $args['token'] : '';
		$email = self::email_for( $id, $token );
		$page  = array(
			'status'  => 200,
			'title'   => __( 'Reminder e-mails', 'mentorship-program' ),
			'message' => '',
			'form'    => false,
			'id'      => $id,
			'token'   => $token,
		);
		if ( '' === $email ) {
			$page['status']  = 403;
			$page['message'] = __( 'This link is not valid any more. Log in and use the My mentorship page to change your reminder e-mails.', 'mentorship-program' );
			return $page;
		}
		if ( 'POST' !== $method ) {
			$page['form']    = ! self::is_opted_out( $email );
			$page['message'] = $page['form']
				? __( 'Stop reminder e-mails from the mentorship program (check-in and session reminders)? Other e-mails about your application still arrive.', 'mentorship-program' )
				: __( 'Reminder e-mails are already off for your address.', 'mentorship-program' );
			return $page;
		}
		$nonce = isset( $args['_wpnonce'] ) && is_string( $args['_wpnonce'] ) ? $args['_wpnonce'] : '';
		if ( ! wp_verify_nonce( $nonce, self::ARG . '_' . $id ) ) {
			$page['status']  = 403;
			$page['form']    = true;
			$page['message'] = __( 'This page has expired. Please confirm again.', 'mentorship-program' );
			return $page;
		}
		self::set( $email, true, 'link' );
		$page['message'] = __( 'Done: you will get no more reminder e-mails. You can turn them back on from the My mentorship page.', 'mentorship-program' );
		return $page;
	}

	/**
	 * Serves the opt-out link.
	 *
	 * @since 0.3.0
	 */
	public function handle_link(): void {
		// phpcs:disable WordPress.Security.NonceVerification -- answer() checks the token, and the nonce before any change.
		if ( ! isset( $_GET[ self::ARG ] ) && ! isset( $_POST[ self::ARG ] ) ) {
			return;
		}
		$method = isset( $_SERVER['REQUEST_METHOD'] ) ? strtoupper( sanitize_key( wp_unslash( $_SERVER['REQUEST_METHOD'] ) ) ) : 'GET';
		$page   = self::answer( $method, array_merge( wp_unslash( $_GET ), 'POST' === $method ? wp_unslash( $_POST ) : array() ) );
		// phpcs:enable
		if ( ! headers_sent() ) {
			nocache_headers();
			header( 'Referrer-Policy: no-referrer' );
		}
		$html = '<h1>' . esc_html( $page['title'] ) . '</h1><p role="status">' . esc_html( $page['message'] ) . '</p>';
		if ( $page['form'] ) {
			$html .= '<form method="post" action="' . esc_url( home_url( '/' ) ) . '">'
				. '<input type="hidden" name="' . esc_attr( self::ARG ) . '" value="' . esc_attr( (string) $page['id'] ) . '" />'
				. '<input type="hidden" name="token" value="' . esc_attr( $page['token'] ) . '" />'
				. wp_nonce_field( self::ARG . '_' . $page['id'], '_wpnonce', false, false )
				. '<p><button type="submit" class="button button-primary">' . esc_html__( 'Stop reminder e-mails', 'mentorship-program' ) . '</button></p></form>';
		}
		wp_die( $html, esc_html( $page['title'] ), array( 'response' => $page['status'] ) ); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- built from escaped parts above.
	}

	/**
	 * Addresses of the user's own mentor and mentee records.
	 *
	 * @since 0.3.0
	 *
	 * @param int $user_id User.
	 * @return string[]
	 */
	public static function emails_of_user( int $user_id ): array {
		$emails = array();
		foreach ( array_merge( Mentor_Directory::mentor_records( $user_id ), Access::own_mentee_records( $user_id ) ) as $id ) {
			$email = (string) get_post_meta( (int) $id, Applications::META_PREFIX . 'email', true );
			if ( '' !== $email ) {
				$emails[] = strtolower( $email );
			}
		}
		return array_values( array_unique( $emails ) );
	}

	/**
	 * Turns a logged-in person's reminders on or off (the block's toggle).
	 *
	 * @since 0.3.0
	 *
	 * @param array<string, mixed> $post    Posted values (unslashed).
	 * @param int                  $user_id User.
	 * @return bool|null The new "reminders on" state, or null when refused.
	 */
	public static function toggle( array $post, int $user_id ): ?bool {
		$nonce  = isset( $post['mentorship_nonce'] ) && is_string( $post['mentorship_nonce'] ) ? $post['mentorship_nonce'] : '';
		$emails = $user_id ? self::emails_of_user( $user_id ) : array();
		if ( ! $emails || ! wp_verify_nonce( $nonce, self::ACCOUNT_NONCE ) ) {
			return null;
		}
		$on = isset( $post['reminders'] ) && 'on' === $post['reminders'];
		foreach ( $emails as $email ) {
			self::set( $email, ! $on, 'account' );
		}
		return $on;
	}

	/**
	 * Handles the block's toggle form.
	 *
	 * @since 0.3.0
	 */
	public function handle_toggle(): void {
		$method = isset( $_SERVER['REQUEST_METHOD'] ) ? strtoupper( sanitize_key( wp_unslash( $_SERVER['REQUEST_METHOD'] ) ) ) : '';
		// phpcs:ignore WordPress.Security.NonceVerification.Missing -- toggle() verifies the nonce.
		if ( 'POST' !== $method || ! isset( $_POST['mentorship_action'] ) || 'reminders' !== $_POST['mentorship_action'] ) {
			return;
		}
		// phpcs:ignore WordPress.Security.NonceVerification.Missing -- toggle() verifies the nonce; only "on" is read.
		$on = self::toggle( wp_unslash( $_POST ), get_current_user_id() );
		if ( null === $on ) {
			return;
		}
		// Back to the page the form is on (wp_get_referer() is false when that is this very URL).
		$back = remove_query_arg( 'mentorship-saved', wp_get_referer() ? wp_get_referer() : home_url( add_query_arg( array() ) ) );
		wp_safe_redirect( add_query_arg( 'mentorship-saved', $on ? 'reminders_on' : 'reminders_off', $back ) . '#mentorship-reminders' );
		exit;
	}

	/**
	 * The block's toggle: a small form that works without JavaScript.
	 *
	 * @since 0.3.0
	 *
	 * @param int $user_id User.
	 * @return string HTML, or '' for someone without records.
	 */
	public static function render_toggle( int $user_id ): string {
		$emails = self::emails_of_user( $user_id );
		if ( ! $emails ) {
			return '';
		}
		$on = ! self::is_opted_out( $emails[0] );
		// phpcs:ignore WordPress.Security.NonceVerification.Recommended -- a display flag set by our own redirect.
		$saved = isset( $_GET['mentorship-saved'] ) ? sanitize_key( wp_unslash( $_GET['mentorship-saved'] ) ) : '';
		$html  = '<section class="mentorship-my-section mentorship-my-reminders" id="mentorship-reminders" aria-labelledby="mentorship-reminders-title">'
			. '<h2 id="mentorship-reminders-title">' . esc_html__( 'Reminder e-mails', 'mentorship-program' ) . '</h2>';
		if ( 'reminders_on' === $saved || 'reminders_off' === $saved ) {
			$html .= '<p class="mentorship-my-notice" role="status">' . esc_html( 'reminders_on' === $saved ? __( 'Reminder e-mails are on.', 'mentorship-program' ) : __( 'Reminder e-mails are off.', 'mentorship-program' ) ) . '</p>';
		}
		$html .= '<p>' . esc_html(
			$on
				? __( 'You get reminders before group sessions and, as a mentor, when a check-in is due (at most a few a week).', 'mentorship-program' )
				: __( 'You get no reminder e-mails. Other e-mails about your mentorship still arrive.', 'mentorship-program' )
		) . '</p>'
			. '<form method="post">'
			. '<input type="hidden" name="mentorship_action" value="reminders" />'
			. '<input type="hidden" name="mentorship_nonce" value="' . esc_attr( wp_create_nonce( self::ACCOUNT_NONCE ) ) . '" />'
			. '<input type="hidden" name="reminders" value="' . ( $on ? 'off' : 'on' ) . '" />'
			. '<p><button type="submit" class="wp-element-button">' . esc_html( $on ? __( 'Turn reminder e-mails off', 'mentorship-program' ) : __( 'Turn reminder e-mails on', 'mentorship-program' ) ) . '</button></p>'
			. '</form></section>';
		return $html;
	}
}
