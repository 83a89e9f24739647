<?php
/**
 * The application form's own endpoint: every rule of the REST route, the same answers,
 * and a logged-in applicant's nonce.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Tests\Applications;

use Mentorship_Program\Applications\Event_Codes;
use Mentorship_Program\Applications\Public_Endpoint;
use Mentorship_Program\Applications\Submission;
use Mentorship_Program\Applications\Submission_Answer;
use Mentorship_Program\Security\Form_Token;
use Mentorship_Program\Settings\Settings;
use Mentorship_Program\Tests\Fixtures;
use Mentorship_Program\Tests\TestCase;

/**
 * Public_Endpoint.
 */
final class Public_Endpoint_Test extends TestCase {

	use Fixtures;

	protected function setUp(): void {
		parent::setUp();
		$this->network();
	}

	/**
	 * A new client address, so the network limits of one case never reach another.
	 */
	private function network(): void {
		static $n = 0;
		++$n;
		$_SERVER['REMOTE_ADDR'] = '203.0.113.' . ( ( ( wp_rand( 0, 120 ) + $n ) % 250 ) + 1 );
	}

	/**
	 * What the form's script sends: type, a fresh token, no honeypot, valid answers.
	 *
	 * @param string               $type      mentee or mentor.
	 * @param array<string, mixed> $overrides Values.
	 * @return array<string, mixed>
	 */
	private function body( string $type = 'mentee', array $overrides = array() ): array {
		return array_merge(
			array(
				'type'    => $type,
				'token'   => Form_Token::issue(),
				'website' => '',
			),
			$this->values( $type ),
			$overrides
		);
	}

	/**
	 * Posts a body to the endpoint, as the form's script does.
	 *
	 * @param array<string, mixed> $body  JSON body.
	 * @param string               $type  The query argument's value.
	 * @param string               $nonce X-WP-Nonce.
	 * @return Submission_Answer
	 */
	private function post( array $body, string $type = 'mentee', string $nonce = '' ): Submission_Answer {
		$params = Public_Endpoint::params( 'application/json; charset=utf-8', (string) wp_json_encode( $body ), array() );
		return Public_Endpoint::answer( 'POST', $type, $params, $nonce );
	}

	/**
	 * Asserts a refusal shaped as the REST API shapes it.
	 *
	 * @param Submission_Answer $answer The answer.
	 * @param int               $status HTTP status.
	 * @param string            $code   Error code.
	 * @param string[]          $fields Fields named (none: no params).
	 */
	private function assertRefusedWith( Submission_Answer $answer, int $status, string $code, array $fields = array() ): void {
		$this->assertSame( $status, $answer->status, (string) wp_json_encode( $answer->body ) );
		$this->assertSame( $code, $answer->body['code'] ?? null );
		$this->assertIsString( $answer->body['message'] ?? null );
		$this->assertSame( $status, $answer->body['data']['status'] ?? null );
		$named = array_keys( (array) ( $answer->body['data']['params'] ?? array() ) );
		sort( $named );
		sort( $fields );
		$this->assertSame( $fields, $named, 'The refusal names exactly the fields to blame.' );
	}

	public function test_a_visitor_s_application_is_stored_once_and_answered_with_the_receipt(): void {
		$cohort = $this->make_cohort();
		$body   = $this->body();
		$before = $this->snapshot();

		$answer = $this->post( $body );

		$this->assertSame( 201, $answer->status, (string) wp_json_encode( $answer->body ) );
		$this->assertSame( array( 'type', 'stage', 'stage_label', 'message', 'next_steps', 'status_url' ), array_keys( $answer->body ) );
		$this->assertSame( 'submitted', $answer->body['stage'] );
		$this->assertStringContainsString( 'mentorship_link=', $answer->body['status_url'] );
		$stored = $this->application_by_email( $body['email'], 'mentee' );
		$this->assertIsArray( $stored );
		$this->assertSame( $cohort['id'], $stored['cohort'] );
		$this->assertSame( $before['posts'] + 1, $this->snapshot()['posts'], 'One application stored.' );
		$this->assertStringNotContainsString( $body['email'], (string) wp_json_encode( $answer->body ), 'The receipt carries no personal data.' );
		$this->assertStringNotContainsString( $body['name'], (string) wp_json_encode( $answer->body ) );
	}

	public function test_a_mentor_form_posts_to_its_own_address(): void {
		$this->make_cohort();
		$body   = $this->body( 'mentor' );
		$answer = $this->post( $body, 'mentor' );
		$this->assertSame( 201, $answer->status, (string) wp_json_encode( $answer->body ) );
		$this->assertIsArray( $this->application_by_email( $body['email'], 'mentor' ) );
		$this->assertStringContainsString( Public_Endpoint::QUERY_ARG . '=mentor', Public_Endpoint::url( 'mentor' ) );
		$this->assertStringContainsString( Public_Endpoint::QUERY_ARG . '=mentee', Public_Endpoint::url( 'anything else' ) );
		$this->assertStringStartsWith( home_url(), Public_Endpoint::url( 'mentee' ) );
	}

	public function test_bad_answers_are_refused_naming_each_field_and_nothing_is_stored(): void {
		$this->make_cohort();
		$body = $this->body(
			'mentee',
			array(
				'email'          => 'not-an-address',
				'hours_per_week' => 'many',
			)
		);
		unset( $body['goals'] );
		$before = $this->snapshot();

		$answer = $this->post( $body );

		$this->assertRefusedWith( $answer, 400, 'rest_invalid_param', array( 'email', 'hours_per_week', 'goals' ) );
		$this->assertSame( 'Goals is required.', $answer->body['data']['params']['goals'] );
		$this->assertStringNotContainsString( 'not-an-address', (string) wp_json_encode( $answer->body ), 'The answer does not repeat what was sent.' );
		$this->assertSame( $before, $this->snapshot() );
	}

	public function test_a_missing_or_expired_token_is_refused_naming_the_token(): void {
		$this->make_cohort();
		$before  = $this->snapshot();
		$missing = $this->body();
		unset( $missing['token'] );

		$this->assertRefusedWith( $this->post( $missing ), 403, 'mentorship_invalid_token', array( 'token' ) );
		$this->assertRefusedWith( $this->post( $this->body( 'mentee', array( 'token' => Form_Token::issue( time() - 30 * DAY_IN_SECONDS ) ) ) ), 403, 'mentorship_invalid_token', array( 'token' ) );
		$this->assertRefusedWith( $this->post( $this->body( 'mentee', array( 'token' => 'forged.token' ) ) ), 403, 'mentorship_invalid_token', array( 'token' ) );
		$this->assertSame( $before, $this->snapshot() );
	}

	public function test_a_bot_in_the_honeypot_gets_a_receipt_and_nothing_is_stored(): void {
		$this->make_cohort();
		$before = $this->snapshot();

		$answer = $this->post( $this->body( 'mentee', array( Submission::HONEYPOT => 'https://spam.example' ) ) );

		$this->assertSame( 201, $answer->status );
		$this->assertSame( 'submitted', $answer->body['stage'] );
		$this->assertSame( $before, $this->snapshot(), 'Nothing stored for a bot.' );
	}

	public function test_the_network_limit_answers_429_with_retry_after(): void {
		$this->make_cohort();
		Settings::update( array( 'rate_limit_count' => 1 ) );
		$this->assertSame( 201, $this->post( $this->body() )->status );
		$before = $this->snapshot();

		$answer = $this->post( $this->body() );

		$this->assertRefusedWith( $answer, 429, 'mentorship_rate_limited' );
		$this->assertArrayHasKey( 'Retry-After', $answer->headers );
		$this->assertGreaterThan( 0, (int) $answer->headers['Retry-After'] );
		$this->assertLessThanOrEqual( (int) Settings::get( 'rate_limit_window' ), (int) $answer->headers['Retry-After'] );
		$this->assertSame( $before, $this->snapshot() );
	}

	public function test_attempts_with_a_bad_token_are_capped_too(): void {
		$this->make_cohort();
		Settings::update( array( 'rate_limit_count' => 1 ) );
		for ( $i = 0; $i < 10; $i++ ) {
			$this->assertRefusedWith( $this->post( $this->body( 'mentee', array( 'token' => 'bad' ) ) ), 403, 'mentorship_invalid_token', array( 'token' ) );
		}
		$this->assertRefusedWith( $this->post( $this->body() ), 429, 'mentorship_rate_limited' );
	}

	public function test_a_valid_event_code_lifts_the_network_limit_and_a_made_up_one_does_not(): void {
		$this->make_cohort();
		Settings::update( array( 'rate_limit_count' => 1 ) );
		$this->assertSame( 201, $this->post( $this->body() )->status );
		$this->assertRefusedWith( $this->post( $this->body() ), 429, 'mentorship_rate_limited' );
		$code = Event_Codes::save(
			array(
				'code'      => 'room-' . strtolower( wp_generate_password( 4, false, false ) ),
				'label'     => 'Contributor Day',
				'starts_on' => wp_date( 'Y-m-d', time() - DAY_IN_SECONDS ),
				'ends_on'   => wp_date( 'Y-m-d', time() + DAY_IN_SECONDS ),
				'uses'      => 1,
			)
		);
		$this->assertIsArray( $code );

		$this->assertSame( 201, $this->post( $this->body( 'mentee', array( 'event_code' => $code['code'] ) ) )->status );
		$this->assertRefusedWith( $this->post( $this->body( 'mentee', array( 'event_code' => $code['code'] ) ) ), 429, 'mentorship_rate_limited' );
		$this->assertRefusedWith( $this->post( $this->body( 'mentee', array( 'event_code' => 'no-such-code' ) ) ), 429, 'mentorship_rate_limited' );
	}

	public function test_one_address_may_send_only_a_few_applications_an_hour_from_any_network(): void {
		$this->make_cohort();
		$email = 'endpoint-typos@example.org';
		for ( $i = 0; $i < Submission::PER_EMAIL; $i++ ) {
			$this->network();
			$this->assertSame( 201, $this->post( $this->body( 'mentee', array( 'email' => $email ) ) )->status, "Application $i" );
		}
		$this->network();
		$this->assertRefusedWith( $this->post( $this->body( 'mentee', array( 'email' => $email ) ) ), 429, 'mentorship_rate_limited' );
	}

	public function test_a_logged_in_applicant_needs_their_nonce(): void {
		$this->make_cohort();
		$user = $this->create_user( 'subscriber', array( 'user_email' => 'nonce.user@example.org' ) );
		wp_set_current_user( $user );
		$before = $this->snapshot();

		$this->assertRefusedWith( $this->post( $this->body() ), 403, 'mentorship_invalid_nonce' );
		$this->assertRefusedWith( $this->post( $this->body(), 'mentee', 'not-a-nonce' ), 403, 'mentorship_invalid_nonce' );
		$this->assertRefusedWith( $this->post( $this->body(), 'mentee', wp_create_nonce( 'mentorship_apply' ) ), 403, 'mentorship_invalid_nonce' );
		$this->assertSame( $before, $this->snapshot(), 'Nothing stored without the nonce.' );

		$body   = $this->body( 'mentee', array( 'email' => 'nonce.user@example.org' ) );
		$answer = $this->post( $body, 'mentee', wp_create_nonce( Public_Endpoint::NONCE_ACTION ) );
		$this->assertSame( 201, $answer->status, (string) wp_json_encode( $answer->body ) );
		$stored = $this->application_by_email( 'nonce.user@example.org', 'mentee' );
		$this->assertIsArray( $stored );
		$this->assertSame( $user, (int) ( $stored['user_id'] ?? 0 ), 'Linked to the applicant\'s account.' );
	}

	public function test_a_visitor_needs_no_nonce_and_a_nonce_does_not_replace_the_token(): void {
		$this->make_cohort();
		$this->assertSame( 201, $this->post( $this->body() )->status );
		$no_token = $this->body();
		unset( $no_token['token'] );
		$this->assertRefusedWith( $this->post( $no_token, 'mentee', wp_create_nonce( Public_Endpoint::NONCE_ACTION ) ), 403, 'mentorship_invalid_token', array( 'token' ) );
	}

	public function test_the_login_setting_applies(): void {
		$this->make_cohort();
		Settings::update( array( 'require_login' => true ) );
		$before = $this->snapshot();
		$this->assertRefusedWith( $this->post( $this->body() ), 401, 'mentorship_login_required' );
		$this->assertSame( $before, $this->snapshot() );
	}

	public function test_unknown_keys_are_refused_and_server_owned_ones_cannot_be_chosen(): void {
		$this->make_cohort();
		$before = $this->snapshot();
		$this->assertRefusedWith( $this->post( $this->body( 'mentee', array( 'favourite_colour' => 'blue' ) ) ), 400, 'rest_invalid_param', array( 'favourite_colour' ) );
		$this->assertSame( $before, $this->snapshot() );

		$body = $this->body(
			'mentee',
			array(
				'stage'   => 'accepted',
				'rating'  => 5,
				'user_id' => 1,
			)
		);
		$this->assertSame( 201, $this->post( $body )->status );
		$stored = $this->application_by_email( $body['email'] );
		$this->assertIsArray( $stored );
		$this->assertSame( 'submitted', $stored['stage'], 'A client cannot choose its own stage.' );
		$this->assertSame( 0, (int) ( $stored['user_id'] ?? 0 ), 'Nor whose account it is.' );
	}

	public function test_the_type_comes_from_the_address_and_a_body_that_disagrees_is_refused(): void {
		$this->make_cohort();
		$before = $this->snapshot();
		// A mentee's answers sent to the mentor form's address, claiming to be a mentor's.
		$this->assertRefusedWith( $this->post( $this->body( 'mentee' ), 'mentor' ), 400, 'rest_invalid_param', array( 'type' ) );
		$this->assertRefusedWith( $this->post( $this->body( 'mentee' ), 'sponsor' ), 400, 'rest_invalid_param', array( 'type' ) );
		$no_type = $this->body( 'mentee' );
		unset( $no_type['type'] );
		$this->assertRefusedWith( $this->post( $no_type, 'sponsor' ), 400, 'rest_invalid_param', array( 'type' ) );
		$this->assertSame( $before, $this->snapshot() );
		$this->assertSame( 201, $this->post( $no_type, 'mentee' )->status, 'Without a type in the body, the address says it.' );
	}

	public function test_the_cohort_must_exist_and_be_open_and_one_role_per_cohort_holds(): void {
		$this->make_cohort();
		$closed = $this->make_cohort(
			array(
				'opens_at'  => gmdate( 'Y-m-d\TH:i:s\Z', time() + 5 * DAY_IN_SECONDS ),
				'closes_at' => gmdate( 'Y-m-d\TH:i:s\Z', time() + 15 * DAY_IN_SECONDS ),
			)
		);
		$before = $this->snapshot();
		$this->assertRefusedWith( $this->post( $this->body( 'mentee', array( 'cohort' => 999999 ) ) ), 404, 'mentorship_cohort_not_found', array( 'cohort' ) );
		$this->assertRefusedWith( $this->post( $this->body( 'mentee', array( 'cohort' => $closed['id'] ) ) ), 403, 'mentorship_cohort_closed', array( 'cohort' ) );
		$this->assertSame( $before, $this->snapshot() );

		// A signed-in user's own address needs no confirming, so it holds its claim at once.
		$email = 'one-role-endpoint@example.org';
		wp_set_current_user( $this->create_user( 'subscriber', array( 'user_email' => $email ) ) );
		$nonce = wp_create_nonce( Public_Endpoint::NONCE_ACTION );
		$this->assertSame( 201, $this->post( $this->body( 'mentee', array( 'email' => $email ) ), 'mentee', $nonce )->status );
		$before = $this->snapshot();
		$this->assertRefusedWith( $this->post( $this->body( 'mentor', array( 'email' => $email ) ), 'mentor', $nonce ), 409, 'mentorship_duplicate_role', array( 'email' ) );
		$this->assertRefusedWith( $this->post( $this->body( 'mentee', array( 'email' => strtoupper( $email ) ) ), 'mentee', $nonce ), 409, 'mentorship_duplicate', array( 'email' ) );
		$this->assertSame( $before, $this->snapshot() );
	}

	public function test_other_methods_are_refused_and_nothing_is_read(): void {
		$this->make_cohort();
		$before = $this->snapshot();
		foreach ( array( 'GET', 'HEAD', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', '' ) as $method ) {
			$answer = Public_Endpoint::answer( $method, 'mentee', $this->body(), '' );
			$this->assertRefusedWith( $answer, 405, 'mentorship_method_not_allowed' );
			$this->assertSame( 'POST', $answer->headers['Allow'] ?? null );
		}
		$this->assertSame( $before, $this->snapshot() );
	}

	public function test_the_body_is_read_as_json_or_as_form_fields(): void {
		$json = Public_Endpoint::params( 'application/json', '{"type":"mentee","name":"Zoë"}', array( 'name' => 'ignored' ) );
		$this->assertSame(
			array(
				'type' => 'mentee',
				'name' => 'Zoë',
			),
			$json
		);
		$this->assertSame( array( 'name' => 'Form' ), Public_Endpoint::params( 'application/x-www-form-urlencoded', 'name=Form', array( 'name' => 'Form' ) ) );
		$this->assertSame( array(), Public_Endpoint::params( 'application/json', '', array() ) );

		foreach ( array( '{"type":', '"a string"', '42', 'null', str_repeat( '[', 40 ) . str_repeat( ']', 40 ) ) as $bad ) {
			$error = Public_Endpoint::params( 'application/json', $bad, array() );
			$this->assertWPErrorCode( 'rest_invalid_json', $error, $bad );
			$this->assertRefusedWith( Public_Endpoint::answer( 'POST', 'mentee', $error, '' ), 400, 'rest_invalid_json' );
		}
		$large = Public_Endpoint::params( 'application/json', '{"goals":"' . str_repeat( 'x', Public_Endpoint::MAX_BODY ) . '"}', array() );
		$this->assertWPErrorCode( 'mentorship_too_large', $large );
		$this->assertRefusedWith( Public_Endpoint::answer( 'POST', 'mentee', $large, '' ), 413, 'mentorship_too_large' );
	}

	public function test_a_json_list_or_nested_keys_are_refused_as_unknown_fields(): void {
		$this->make_cohort();
		$params = Public_Endpoint::params( 'application/json', '[1,2]', array() );
		$this->assertIsArray( $params );
		$answer = Public_Endpoint::answer( 'POST', 'mentee', $params, '' );
		$this->assertSame( 403, $answer->status, 'No token: refused before anything else is read.' );
	}

	public function test_a_request_without_the_query_argument_is_untouched(): void {
		$this->assertSame( Public_Endpoint::PRIORITY, has_action( 'wp_loaded', array( $this->endpoint(), 'serve' ) ), 'Hooked on wp_loaded.' );
		$this->assertGreaterThan( (int) has_action( 'wp_loaded', '_wp_cron' ), Public_Endpoint::PRIORITY, 'After core\'s cron check, as for a comment.' );
		$_SERVER['REQUEST_METHOD'] = 'POST';
		$_POST                     = $this->body();
		$before                    = $this->snapshot();
		ob_start();
		$this->endpoint()->serve();
		$this->assertSame( '', ob_get_clean(), 'Nothing answered.' );
		$this->assertSame( $before, $this->snapshot(), 'Nothing stored.' );
	}

	/**
	 * The plugin's own instance of the endpoint.
	 *
	 * @return Public_Endpoint
	 */
	private function endpoint(): Public_Endpoint {
		global $wp_filter;
		foreach ( $wp_filter['wp_loaded']->callbacks as $callbacks ) {
			foreach ( $callbacks as $callback ) {
				if ( is_array( $callback['function'] ) && $callback['function'][0] instanceof Public_Endpoint ) {
					return $callback['function'][0];
				}
			}
		}
		$this->fail( 'Public_Endpoint is hooked on wp_loaded.' );
	}

	/**
	 * Asserts a WP_Error with a code.
	 *
	 * @param string $code    Expected code.
	 * @param mixed  $actual  Value.
	 * @param string $message Message.
	 */
	private function assertWPErrorCode( string $code, $actual, string $message = '' ): void {
		$this->assertInstanceOf( \WP_Error::class, $actual, $message );
		$this->assertSame( $code, $actual->get_error_code(), $message );
	}
}
