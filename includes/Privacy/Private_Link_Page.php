<?php
/**
 * What every page opened with a private e-mailed link does: the same headers, the same
 * cookie, the same redirect without the secret, the same notices.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Privacy;

defined( 'ABSPATH' ) || exit;

/**
 * One home for the rules the status link and the survey and follow-up links share:
 * the secret moves from the address into an HttpOnly, SameSite=Lax cookie for this
 * browser session, the browser is sent on with a 303 to the page without it, and every
 * response that may carry or show a link is not indexed, not cached and sends no
 * referrer. See docs/security.md.
 *
 * @since 0.3.0
 */
final class Private_Link_Page {

	/**
	 * Headers of every response that may carry or show a link: not indexed, not cached,
	 * no referrer.
	 *
	 * @since 0.3.0
	 */
	public static function protect(): void {
		if ( ! defined( 'DONOTCACHEPAGE' ) ) {
			define( 'DONOTCACHEPAGE', true ); // phpcs:ignore WordPress.NamingConventions.PrefixAllGlobals.NonPrefixedConstantFound -- the constant page caches read.
		}
		add_filter( 'wp_robots', 'wp_robots_no_robots' );
		if ( headers_sent() ) {
			return;
		}
		nocache_headers();
		header( 'Referrer-Policy: no-referrer' );
		header( 'X-Robots-Tag: noindex, nofollow' );
	}

	/**
	 * Stores a token in the browser for this session (or clears it), and in this
	 * request's cookies.
	 *
	 * @since 0.3.0
	 *
	 * @param string $cookie Cookie name.
	 * @param string $token  Token, or '' to forget.
	 */
	public static function keep_token( string $cookie, string $token ): void {
		if ( '' === $token ) {
			unset( $_COOKIE[ $cookie ] );
		} else {
			$_COOKIE[ $cookie ] = $token;
		}
		if ( headers_sent() ) {
			return;
		}
		setcookie(
			$cookie,
			$token,
			array(
				'expires'  => '' === $token ? time() - YEAR_IN_SECONDS : 0,
				'path'     => COOKIEPATH ? COOKIEPATH : '/',
				'domain'   => COOKIE_DOMAIN ? COOKIE_DOMAIN : '',
				'secure'   => is_ssl(),
				'httponly' => true,
				'samesite' => 'Lax',
			)
		);
	}

	/**
	 * The token this browser holds in a cookie, or ''.
	 *
	 * @since 0.3.0
	 *
	 * @param string $cookie Cookie name.
	 * @return string
	 */
	public static function held_token( string $cookie ): string {
		return isset( $_COOKIE[ $cookie ] ) && is_string( $_COOKIE[ $cookie ] ) ? sanitize_text_field( wp_unslash( $_COOKIE[ $cookie ] ) ) : '';
	}

	/**
	 * Sends the browser on to this page with a 303, without the given query arguments
	 * (the secret among them) and with the added ones (a notice, never a secret).
	 *
	 * @since 0.3.0
	 *
	 * @param string[]             $remove Query arguments to take out.
	 * @param array<string, mixed> $add    Query arguments to add.
	 */
	public static function redirect( array $remove, array $add ): void {
		$url = self::target( $remove, $add );
		/**
		 * Filters whether a private link's page ends the request after redirecting
		 * (tests turn this off).
		 *
		 * @since 0.2.0
		 *
		 * @param bool $exit Whether to exit.
		 */
		$exit = (bool) apply_filters( 'mentorship_program_status_link_exit', true );
		if ( ! headers_sent() ) {
			wp_safe_redirect( $url, 303, 'Mentorship Program' );
		}
		if ( $exit ) {
			exit;
		}
	}

	/**
	 * This page's address without the given query arguments and with the added ones.
	 *
	 * @since 0.3.0
	 *
	 * @param string[]             $remove Query arguments to take out.
	 * @param array<string, mixed> $add    Query arguments to add.
	 * @return string
	 */
	public static function target( array $remove, array $add ): string {
		$url = remove_query_arg( $remove );
		return $add ? add_query_arg( $add, $url ) : $url;
	}

	/**
	 * The notice named in the query, as a key (never a secret), or ''.
	 *
	 * @since 0.3.0
	 *
	 * @param string $arg Query argument.
	 * @return string
	 */
	public static function notice( string $arg ): string {
		// phpcs:ignore WordPress.Security.NonceVerification.Recommended -- a message key only.
		return isset( $_GET[ $arg ] ) && is_string( $_GET[ $arg ] ) ? sanitize_key( wp_unslash( $_GET[ $arg ] ) ) : '';
	}

	/**
	 * A notice's markup (errors as alerts, the rest as status messages), or '' for a
	 * notice that is not one of the page's.
	 *
	 * @since 0.3.0
	 *
	 * @param array<string, array{0: string, 1: string}> $notices Notice => [ text, kind (success|error|info) ].
	 * @param string                                     $notice  The notice to show.
	 * @return string
	 */
	public static function notice_html( array $notices, string $notice ): string {
		if ( ! isset( $notices[ $notice ] ) ) {
			return '';
		}
		list( $text, $kind ) = $notices[ $notice ];
		return '<p class="mentorship-status-notice is-' . esc_attr( $kind ) . '" role="' . ( 'error' === $kind ? 'alert' : 'status' ) . '">' . esc_html( $text ) . '</p>';
	}

	/**
	 * The record ID and secret of an e-mailed link's token, `{id}.{secret}` with the
	 * secret as Status_Links::new_secret() makes it; null for anything else.
	 *
	 * @since 0.3.0
	 *
	 * @param string $token Token.
	 * @return array{0: int, 1: string}|null
	 */
	public static function parse_token( string $token ): ?array {
		if ( ! preg_match( '/^([1-9]\d{0,18})\.([a-f0-9]{32})$/', $token, $m ) ) {
			return null;
		}
		return array( (int) $m[1], $m[2] );
	}

	/**
	 * The row a link's token opens in a table of links (an `id` and the `token_hash`
	 * stored for its secret), or null when the token is malformed, names no row, or its
	 * secret does not match.
	 *
	 * @since 0.3.0
	 *
	 * @param string   $token Token, `{id}.{secret}`.
	 * @param string   $table The links' table (one of the plugin's own).
	 * @param callable $hash  The keyed hash of a secret for a row: ( array $row, string $secret ) => string.
	 * @return array<string, mixed>|null
	 */
	public static function row( string $token, string $table, callable $hash ): ?array {
		global $wpdb;
		$parsed = self::parse_token( $token );
		if ( ! $parsed ) {
			return null;
		}
		$row = $wpdb->get_row( $wpdb->prepare( "SELECT * FROM {$table} WHERE id = %d", $parsed[0] ), ARRAY_A ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared, WordPress.DB.DirectDatabaseQuery -- the plugin's own table.
		if ( ! is_array( $row ) || '' === (string) $row['token_hash'] || ! hash_equals( (string) $row['token_hash'], (string) $hash( $row, $parsed[1] ) ) ) {
			return null;
		}
		return $row;
	}
}
