<?php
/**
 * Odd input read strictly: yes-or-no answers, control characters, bodies that are not
 * JSON objects, JSON in other character sets, floods of unknown keys, bad form tokens.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Tests\REST;

use Mentorship_Program\Blocks\Form_Handler;
use Mentorship_Program\Applications\Applications;
use Mentorship_Program\Applications\Fields;
use Mentorship_Program\Settings\Settings;
use Mentorship_Program\Notifications\Mailer;
use Mentorship_Program\Security\Form_Token;
use Mentorship_Program\Tests\Fixtures;
use Mentorship_Program\Tests\TestCase;

/**
 * The rules of Fields::parse_boolean() and Fields::text(), and the body checks of
 * REST\Routes, on the routes that use them.
 */
final class Strict_Input_Test extends TestCase {

	use Fixtures;

	protected function setUp(): void {
		parent::setUp();
		Settings::update( array( 'rate_limit_count' => 1000 ) );
	}

	/**
	 * A complete public body.
	 *
	 * @param array<string, mixed> $overrides Values.
	 * @param string               $type      Type.
	 * @return array<string, mixed>
	 */
	private function body( array $overrides = array(), string $type = 'mentee' ): array {
		return array_merge( array( 'type' => $type, 'token' => Form_Token::issue() ), $this->values( $type ), $overrides );
	}

	public function test_one_parser_says_what_yes_and_no_are(): void {
		foreach ( array( true, 1, 'true', 'TRUE', '1', 'on', 'On' ) as $yes ) {
			$this->assertTrue( Fields::parse_boolean( $yes ), wp_json_encode( $yes ) );
		}
		foreach ( array( false, 0, 'false', 'False', '0', '', null ) as $no ) {
			$this->assertFalse( Fields::parse_boolean( $no ), wp_json_encode( $no ) );
		}
		foreach ( array( 'yes', 'no', 'maybe', ' true', 2, -1, 1.0, array(), array( true ), new \stdClass() ) as $neither ) {
			$this->assertNull( Fields::parse_boolean( $neither ), wp_json_encode( $neither ) );
		}
	}

	public function test_the_string_false_never_counts_as_consent_on_the_public_route(): void {
		$this->make_cohort();
		foreach ( array( 'consent_coc', 'consent_privacy' ) as $consent ) {
			foreach ( array( 'false', '0', '', 0, false ) as $no ) {
				$before   = $this->snapshot();
				$response = $this->rest( 'POST', '/mentorship/v1/applications', $this->body( array( $consent => $no ) ) );
				$label    = $consent . ' = ' . wp_json_encode( $no );
				$this->assertSame( 400, $response->get_status(), $label . ': ' . wp_json_encode( $response->get_data() ) );
				$this->assertArrayHasKey( $consent, $response->get_data()['data']['params'], $label );
				$this->assertSame( $before, $this->snapshot(), $label . ' stored something.' );
			}
			$response = $this->rest( 'POST', '/mentorship/v1/applications', $this->body( array( $consent => 'perhaps' ) ) );
			$this->assertSame( 400, $response->get_status() );
			$this->assertSame( Fields::boolean_error( $consent ), $response->get_data()['data']['params'][ $consent ] );
		}
		$body     = $this->body( array( 'consent_coc' => 'on', 'consent_privacy' => 'true' ) );
		$response = $this->rest( 'POST', '/mentorship/v1/applications', $body );
		$this->assertSame( 201, $response->get_status(), wp_json_encode( $response->get_data() ) );
		$stored = $this->application_by_email( $body['email'] );
		$this->assertNotSame( '', $stored['consent']['code_of_conduct'] );
		$this->assertNotSame( '', $stored['consent']['privacy'] );
	}

	public function test_the_wall_opt_in_is_only_a_real_yes(): void {
		$this->make_cohort();
		$cases = array(
			'false' => false,
			'0'     => false,
			''      => false,
			'true'  => true,
			'on'    => true,
			'1'     => true,
		);
		foreach ( $cases as $given => $expected ) {
			$body     = $this->body( array( 'public_recognition' => (string) $given ) );
			$response = $this->rest( 'POST', '/mentorship/v1/applications', $body );
			$this->assertSame( 201, $response->get_status(), wp_json_encode( $response->get_data() ) );
			$stored = $this->application_by_email( $body['email'] );
			$this->assertSame( $expected, $stored['fields']['public_recognition'], "public_recognition \"$given\"" );
			$this->assertSame( $expected ? '1' : '', get_post_meta( $stored['id'], '_mp_public_recognition', true ), "public_recognition \"$given\" as stored" );
		}
		foreach ( array( 'yes', 'maybe', 2, array( true ) ) as $neither ) {
			$before   = $this->snapshot();
			$response = $this->rest( 'POST', '/mentorship/v1/applications', $this->body( array( 'public_recognition' => $neither ) ) );
			$this->assertSame( 400, $response->get_status(), wp_json_encode( $neither ) );
			$this->assertArrayHasKey( 'public_recognition', $response->get_data()['data']['params'] );
			$this->assertStringContainsString( 'public_recognition', $response->get_data()['message'] );
			$this->assertSame( $before, $this->snapshot() );
		}
	}

	public function test_the_form_without_javascript_reads_yes_and_no_the_same_way(): void {
		$this->make_cohort();
		foreach ( array( 'false' => false, '1' => true ) as $given => $expected ) {
			$values  = $this->values();
			$answers = array_merge(
				array_map( static fn( $v ) => is_bool( $v ) ? '1' : $v, array_diff_key( $values, array( 'availability' => 1 ) ) ),
				array( 'public_recognition' => (string) $given )
			);
			$result = Form_Handler::submit(
				array(
					'type'       => 'mentee',
					'token'      => Form_Token::issue(),
					'website'    => '',
					'mentorship' => $answers,
				)
			);
			$this->assertTrue( $result['ok'], (string) wp_json_encode( $result ) );
			$this->assertSame( $expected, $this->application_by_email( $values['email'] )['fields']['public_recognition'], "posted \"$given\"" );
		}
		$result = Form_Handler::submit(
			array(
				'type'       => 'mentee',
				'token'      => Form_Token::issue(),
				'mentorship' => array_merge( $this->values(), array( 'consent_coc' => 'false' ) ),
			)
		);
		$this->assertFalse( $result['ok'] );
		$this->assertArrayHasKey( 'consent_coc', $result['errors'] );
	}

	public function test_reviewer_routes_read_yes_and_no_the_same_way(): void {
		$cohort = $this->make_cohort();
		$app    = $this->make_application( 'mentee', $cohort['id'], array(), array( 'public_recognition' => true ) );
		$this->as_coordinator();
		$path = '/mentorship/v1/applications/' . $app['id'];

		$patched = $this->rest( 'PATCH', $path, array( 'public_recognition' => 'false' ) );
		$this->assertSame( 200, $patched->get_status(), wp_json_encode( $patched->get_data() ) );
		$this->assertFalse( Applications::get( $app['id'] )['fields']['public_recognition'], 'PATCH "false" is no.' );
		$this->assertSame( 400, $this->rest( 'PATCH', $path, array( 'public_recognition' => 'yes' ) )->get_status() );

		$queued = Mailer::counts()['queued'];
		$moved  = $this->rest( 'POST', $path . '/transitions', array( 'to' => 'in_review', 'notify' => 'false' ) );
		$this->assertSame( 200, $moved->get_status(), wp_json_encode( $moved->get_data() ) );
		$this->assertSame( $queued, Mailer::counts()['queued'], 'notify "false" sends nothing.' );
		$moved = $this->rest( 'POST', $path . '/transitions', array( 'to' => 'accepted', 'notify' => 'on' ) );
		$this->assertSame( 200, $moved->get_status(), wp_json_encode( $moved->get_data() ) );
		$this->assertSame( $queued + 1, Mailer::counts()['queued'], 'notify "on" sends the mail.' );
		$refused = $this->rest( 'POST', $path . '/transitions', array( 'to' => 'active', 'notify' => 'maybe' ) );
		$this->assertSame( 400, $refused->get_status() );
		$this->assertArrayHasKey( 'notify', $refused->get_data()['data']['params'] );

		$this->assertSame( 200, $this->rest( 'PATCH', '/mentorship/v1/settings', array( 'require_login' => 'false' ) )->get_status() );
		$this->assertFalse( (bool) Settings::get( 'require_login' ) );
		$this->assertSame( 200, $this->rest( 'PATCH', '/mentorship/v1/settings', array( 'require_login' => 'on' ) )->get_status() );
		$this->assertTrue( (bool) Settings::get( 'require_login' ) );
	}

	public function test_control_characters_are_not_stored(): void {
		$this->make_cohort();
		$body     = $this->body(
			array(
				'name'           => "Nul\0 Byte\x07",
				'slack_username' => "nul\0byte",
				'region'         => "Lis\x1Bbon\u{0085}",
				'goals'          => "Line one\0\nLine\ttwo\x7F",
			)
		);
		$response = $this->rest( 'POST', '/mentorship/v1/applications', $body );
		$this->assertSame( 201, $response->get_status(), wp_json_encode( $response->get_data() ) );
		$stored = $this->application_by_email( $body['email'] );
		$this->assertSame( 'Nul Byte', $stored['fields']['name'] );
		$this->assertSame( 'Nul Byte', get_post( $stored['id'] )->post_title );
		$this->assertSame( 'nulbyte', $stored['fields']['slack_username'] );
		$this->assertSame( 'Lisbon', $stored['fields']['region'] );
		$this->assertSame( "Line one\nLine\ttwo", $stored['fields']['goals'] );

		$this->as_coordinator();
		$note = $this->rest( 'POST', '/mentorship/v1/applications/' . $stored['id'] . '/notes', array( 'note' => "Calm\0 note" ) );
		$this->assertSame( 201, $note->get_status() );
		$this->assertSame( 'Calm note', $note->get_data()['note'] );
	}

	/**
	 * Sends a raw body through the REST server.
	 *
	 * @param string $route        Route.
	 * @param string $body         Body.
	 * @param string $content_type Content-Type header.
	 * @return \WP_REST_Response
	 */
	private function raw( string $route, string $body, string $content_type = 'application/json' ): \WP_REST_Response {
		$request = new \WP_REST_Request( 'POST', $route );
		$request->set_header( 'Content-Type', $content_type );
		$request->set_body( $body );
		return rest_ensure_response( rest_get_server()->dispatch( $request ) );
	}

	public function test_a_body_that_is_not_a_json_object_is_refused_before_wordpress_reads_it(): void {
		$this->make_cohort();
		$this->as_coordinator();
		$warnings = array();
		// phpcs:ignore WordPress.PHP.DevelopmentFunctions.error_log_set_error_handler -- the test listens for PHP warnings.
		set_error_handler(
			static function ( int $level, string $message ) use ( &$warnings ): bool {
				$warnings[] = $message;
				return true;
			}
		);
		try {
			foreach ( array( '"just a string"', '42', 'true', '[1,2,3]' ) as $body ) {
				foreach ( array( '/mentorship/v1/applications', '/mentorship/v1/cohorts' ) as $route ) {
					$before   = $this->snapshot();
					$response = $this->raw( $route, $body );
					$this->assertSame( 400, $response->get_status(), "$route $body" );
					$this->assertSame( 'rest_invalid_json', $response->get_data()['code'], "$route $body" );
					$this->assertSame( $before, $this->snapshot() );
				}
			}
		} finally {
			restore_error_handler();
		}
		$this->assertSame( array(), $warnings, 'No PHP warning on the way.' );
	}

	public function test_json_in_another_character_set_is_refused(): void {
		$this->make_cohort();
		$body = (string) wp_json_encode( $this->body() );
		foreach ( array( 'application/json; charset=utf-16', 'application/json; charset="UTF-16LE"', 'application/json;charset=iso-8859-1' ) as $type ) {
			$before   = $this->snapshot();
			$response = $this->raw( '/mentorship/v1/applications', $body, $type );
			$this->assertSame( 415, $response->get_status(), $type . ': ' . wp_json_encode( $response->get_data() ) );
			$this->assertSame( 'mentorship_unsupported_charset', $response->get_data()['code'] );
			$this->assertSame( $before, $this->snapshot() );
		}
		$this->assertSame( 201, $this->raw( '/mentorship/v1/applications', (string) wp_json_encode( $this->body() ), 'application/json; charset=UTF-8' )->get_status() );
	}

	public function test_an_answer_names_at_most_ten_unknown_keys_and_counts_the_rest(): void {
		$this->make_cohort();
		$body = $this->body();
		for ( $i = 0; $i < 5000; $i++ ) {
			$body[ 'k' . $i ] = 1;
		}
		$encoded  = (string) wp_json_encode( $body );
		$response = $this->raw( '/mentorship/v1/applications', $encoded );
		$this->assertSame( 400, $response->get_status() );
		$data = $response->get_data();
		$this->assertSame( array( 'k0', 'k1', 'k2', 'k3', 'k4', 'k5', 'k6', 'k7', 'k8', 'k9' ), array_keys( $data['data']['params'] ) );
		$this->assertSame( 4990, $data['data']['more_params'] );
		$this->assertStringContainsString( 'k9 and 4990 more', $data['message'] );
		$answer = strlen( (string) wp_json_encode( $data ) );
		$this->assertLessThan( 2000, $answer, 'The answer stays small.' );
		$this->assertLessThan( strlen( $encoded ), $answer );
	}

	public function test_requests_with_a_bad_form_token_count_as_attempts(): void {
		$this->make_cohort();
		Settings::update( array( 'rate_limit_count' => 1 ) );
		// Attempts of any kind are capped at ten times the stored-application limit.
		for ( $i = 0; $i < 10; $i++ ) {
			$this->assertErrorResponse( 403, $this->rest( 'POST', '/mentorship/v1/applications', $this->body( array( 'token' => 'forged' . $i ) ) ), 'mentorship_invalid_token' );
		}
		$response = $this->rest( 'POST', '/mentorship/v1/applications', $this->body() );
		$this->assertErrorResponse( 429, $response, 'mentorship_rate_limited' );
		$this->assertNotEmpty( $response->get_headers()['Retry-After'] ?? '' );
	}
}
