<?php
/**
 * Base class for integration tests on real WordPress and MariaDB.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Tests;

use WP_REST_Request;
use WP_REST_Response;

/**
 * Runs each test in a transaction that is rolled back, and offers helpers for users,
 * REST requests and captured mail.
 */
abstract class TestCase extends \PHPUnit\Framework\TestCase {

	/**
	 * Mail captured during the test: each item has to, subject, message, headers.
	 *
	 * @var array<int, array<string, mixed>>
	 */
	protected array $mails = array();

	/**
	 * Whether the mail transport should fail.
	 *
	 * @var bool
	 */
	protected bool $mail_fails = false;

	/**
	 * Server globals to restore.
	 *
	 * @var array<string, mixed>
	 */
	private array $server_backup = array();

	protected function setUp(): void {
		parent::setUp();
		global $wpdb;
		$this->server_backup = $_SERVER;
		$wpdb->query( 'SET autocommit = 0' );
		$wpdb->query( 'START TRANSACTION' );
		wp_cache_flush();
		wp_set_current_user( 0 );
		$GLOBALS['wp_rest_server'] = null;
		$this->mails      = array();
		$this->mail_fails = false;
		add_filter( 'pre_wp_mail', array( $this, 'capture_mail' ), 10, 2 );
	}

	protected function tearDown(): void {
		global $wpdb;
		remove_filter( 'pre_wp_mail', array( $this, 'capture_mail' ), 10 );
		$wpdb->query( 'ROLLBACK' );
		$wpdb->query( 'SET autocommit = 1' );
		$_SERVER = $this->server_backup;
		$_POST   = array();
		$_GET    = array();
		$_COOKIE = array();
		wp_set_current_user( 0 );
		wp_cache_flush();
		wp_roles()->for_site();
		$GLOBALS['wp_rest_server'] = null;
		parent::tearDown();
	}

	/**
	 * Stands in for the mail transport: records the message, or fails when asked to.
	 *
	 * @param null|bool            $short_circuit Null to send.
	 * @param array<string, mixed> $atts          Mail arguments.
	 * @return bool
	 */
	public function capture_mail( $short_circuit, array $atts ): bool {
		if ( $this->mail_fails ) {
			do_action( 'wp_mail_failed', new \WP_Error( 'wp_mail_failed', 'Transport down', $atts ) );
			return false;
		}
		$this->mails[] = $atts;
		return true;
	}

	/**
	 * Creates a user with a role; on multisite the user is added to the current site.
	 *
	 * @param string $role Role name.
	 * @param array<string, mixed> $args Extra user fields.
	 * @return int User ID.
	 */
	protected function create_user( string $role = 'subscriber', array $args = array() ): int {
		static $n = 0;
		++$n;
		$login   = $args['user_login'] ?? ( $role . '_' . $n . '_' . wp_generate_password( 6, false ) );
		$user_id = wp_insert_user(
			array_merge(
				array(
					'user_login' => $login,
					'user_email' => strtolower( $login ) . '@example.org',
					'user_pass'  => 'password',
					'role'       => $role,
					'display_name' => ucfirst( $role ) . ' ' . $n,
				),
				$args
			)
		);
		$this->assertIsInt( $user_id, is_wp_error( $user_id ) ? $user_id->get_error_message() : '' );
		return $user_id;
	}

	/**
	 * Sends a REST request through the real server.
	 *
	 * @param string               $method  HTTP method.
	 * @param string               $route   Route, e.g. /mentorship/v1/applications.
	 * @param array<string, mixed> $params  Query (GET) or JSON body parameters.
	 * @param array<string, string> $headers Headers.
	 * @return WP_REST_Response
	 */
	protected function rest( string $method, string $route, array $params = array(), array $headers = array() ): WP_REST_Response {
		$path    = (string) wp_parse_url( $route, PHP_URL_PATH );
		$request = new WP_REST_Request( $method, $path );
		$query   = (string) wp_parse_url( $route, PHP_URL_QUERY );
		if ( '' !== $query ) {
			parse_str( $query, $query_params );
			$request->set_query_params( $query_params );
		}
		foreach ( $headers as $name => $value ) {
			$request->set_header( $name, $value );
		}
		if ( 'GET' === $method || 'DELETE' === $method ) {
			$request->set_query_params( array_merge( $request->get_query_params(), $params ) );
		} elseif ( $params ) {
			$request->set_header( 'Content-Type', 'application/json' );
			$request->set_body( (string) wp_json_encode( $params ) );
		}
		$response = rest_get_server()->dispatch( $request );
		return rest_ensure_response( $response );
	}

	/**
	 * Asserts a REST error with a status and, optionally, a code.
	 *
	 * @param int              $status   Expected status.
	 * @param WP_REST_Response $response Response.
	 * @param string|null      $code     Expected error code.
	 */
	protected function assertErrorResponse( int $status, WP_REST_Response $response, ?string $code = null ): void {
		$this->assertSame( $status, $response->get_status(), (string) wp_json_encode( $response->get_data() ) );
		if ( null !== $code ) {
			$data = $response->get_data();
			$this->assertSame( $code, $data['code'] ?? null, (string) wp_json_encode( $data ) );
		}
	}
}
