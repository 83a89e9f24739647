<?php
/**
 * Every rule of submitting an application, tested on the service itself; and the
 * REST route, the form's own endpoint, the form without JavaScript and the CSV import
 * reaching the same rules.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Tests\Applications;

use Mentorship_Program\Applications\Submission;
use Mentorship_Program\Applications\Submission_Context;
use Mentorship_Program\Applications\Public_Endpoint;
use Mentorship_Program\Applications\Submitted;
use Mentorship_Program\Blocks\Form_Handler;
use Mentorship_Program\Applications\Importer;
use Mentorship_Program\Applications\Applications;
use Mentorship_Program\Applications\Event_Codes;
use Mentorship_Program\Settings\Settings;
use Mentorship_Program\Applications\Status_Links;
use Mentorship_Program\Security\Form_Token;
use Mentorship_Program\Tests\Fixtures;
use Mentorship_Program\Tests\TestCase;
use WP_Error;

/**
 * Submission::submit().
 */
final class Submission_Test extends TestCase {

	use Fixtures;

	protected function setUp(): void {
		parent::setUp();
		// Each test is its own network, so the limits of one never reach another.
		$_SERVER['REMOTE_ADDR'] = '198.51.100.' . wp_rand( 1, 250 );
	}

	protected function tearDown(): void {
		Form_Handler::reset();
		unset( $_SERVER['REMOTE_ADDR'] );
		parent::tearDown();
	}

	/**
	 * What the public form sends: a fresh token and valid answers.
	 *
	 * @param string               $type      mentee or mentor.
	 * @param array<string, mixed> $overrides Values.
	 * @return array<string, mixed>
	 */
	private function form( string $type = 'mentee', array $overrides = array() ): array {
		return array_merge( array( 'token' => Form_Token::issue() ), $this->values( $type ), $overrides );
	}

	/**
	 * Asserts a refusal: its code, status and the fields it names.
	 *
	 * @param mixed    $result Outcome.
	 * @param int      $status HTTP status.
	 * @param string   $code   Error code.
	 * @param string[] $fields Fields named, in any order (none: no params).
	 */
	private function assertRefused( $result, int $status, string $code, array $fields = array() ): void {
		$this->assertInstanceOf( WP_Error::class, $result, 'Refused.' );
		$this->assertSame( $code, $result->get_error_code(), $result->get_error_message() );
		$data = (array) $result->get_error_data();
		$this->assertSame( $status, $data['status'] ?? null );
		$named = array_keys( (array) ( $data['params'] ?? array() ) );
		sort( $named );
		sort( $fields );
		$this->assertSame( $fields, $named, 'The refusal names exactly the fields to blame.' );
	}

	public function test_a_visitor_s_application_is_stored_waiting_for_its_address_to_be_confirmed(): void {
		$cohort = $this->make_cohort();

		$result = Submission::submit( 'mentee', $this->form(), Submission_Context::visitor() );

		$this->assertInstanceOf( Submitted::class, $result );
		$this->assertTrue( $result->stored() );
		$this->assertSame( $cohort['id'], $result->application['cohort'] );
		$this->assertTrue( Status_Links::is_unconfirmed( (int) $result->application['id'] ), 'Only the mailbox proves an address.' );
		$this->assertStringContainsString( 'confirm your address', $result->receipt()['message'] );
	}

	public function test_a_bot_in_the_honeypot_gets_the_receipt_a_person_gets_and_nothing_is_stored(): void {
		$this->make_cohort();
		$person = Submission::submit( 'mentor', $this->form( 'mentor' ), Submission_Context::visitor() );
		$before = $this->snapshot();

		// No token at all: the honeypot is looked at before anything else.
		$bot = Submission::submit( 'mentor', array_merge( $this->values( 'mentor' ), array( Submission::HONEYPOT => 'https://spam.example' ) ), Submission_Context::visitor() );

		$this->assertInstanceOf( Submitted::class, $bot );
		$this->assertFalse( $bot->stored() );
		$this->assertSame( $before, $this->snapshot(), 'Nothing stored for a bot.' );
		$ours   = $person->receipt();
		$theirs = $bot->receipt();
		$this->assertSame( array_keys( $ours ), array_keys( $theirs ) );
		$this->assertSame( array_diff_key( $ours, array( 'status_url' => true ) ), array_diff_key( $theirs, array( 'status_url' => true ) ), 'The same words for a bot as for a person.' );
		$this->assertMatchesRegularExpression( '/mentorship_link=\d+\.[\w-]+/', $theirs['status_url'], 'A link of the same shape.' );
	}

	public function test_the_login_setting_refuses_visitors_and_lets_users_in(): void {
		$this->make_cohort();
		Settings::update( array( 'require_login' => true ) );
		$before = $this->snapshot();

		$this->assertRefused( Submission::submit( 'mentee', $this->form(), Submission_Context::visitor() ), 401, 'mentorship_login_required' );
		$this->assertSame( $before, $this->snapshot() );

		wp_set_current_user( $this->create_user() );
		$this->assertInstanceOf( Submitted::class, Submission::submit( 'mentee', $this->form(), Submission_Context::visitor() ) );
	}

	public function test_a_missing_or_expired_token_is_refused_naming_the_token(): void {
		$this->make_cohort();
		$before = $this->snapshot();

		$this->assertRefused( Submission::submit( 'mentee', $this->values(), Submission_Context::visitor() ), 403, 'mentorship_invalid_token', array( 'token' ) );
		$expired = Form_Token::issue( time() - 30 * DAY_IN_SECONDS );
		$this->assertRefused( Submission::submit( 'mentee', $this->form( 'mentee', array( 'token' => $expired ) ), Submission_Context::visitor() ), 403, 'mentorship_invalid_token', array( 'token' ) );
		$this->assertSame( $before, $this->snapshot() );
	}

	public function test_attempts_of_any_kind_are_capped_per_network_before_the_token_is_read(): void {
		$this->make_cohort();
		Settings::update( array( 'rate_limit_count' => 1 ) );
		for ( $i = 0; $i < 10; $i++ ) {
			$this->assertRefused( Submission::submit( 'mentee', $this->values(), Submission_Context::visitor() ), 403, 'mentorship_invalid_token', array( 'token' ) );
		}
		$this->assertRefused( Submission::submit( 'mentee', $this->form(), Submission_Context::visitor() ), 429, 'mentorship_rate_limited' );
	}

	public function test_unknown_keys_are_refused_by_name_and_server_owned_ones_are_ignored(): void {
		$this->make_cohort();
		$before = $this->snapshot();

		$refused = Submission::submit( 'mentee', $this->form( 'mentee', array( 'favourite_colour' => 'blue' ) ), Submission_Context::visitor() );

		$this->assertRefused( $refused, 400, 'rest_invalid_param', array( 'favourite_colour' ) );
		$this->assertSame( $before, $this->snapshot() );
		$ignored = Submission::submit(
			'mentee',
			$this->form(
				'mentee',
				array(
					'stage'  => 'accepted',
					'rating' => 5,
					'_fields' => 'id',
				)
			),
			Submission_Context::visitor()
		);
		$this->assertInstanceOf( Submitted::class, $ignored );
		$this->assertSame( 'submitted', $ignored->application['stage'], 'A client cannot choose its own stage.' );
	}

	public function test_an_unknown_type_is_refused_naming_the_type(): void {
		$this->make_cohort();
		$this->assertRefused( Submission::submit( 'sponsor', $this->form(), Submission_Context::visitor() ), 400, 'rest_invalid_param', array( 'type' ) );
	}

	public function test_one_refusal_names_every_bad_field_and_nothing_is_stored(): void {
		$this->make_cohort();
		$before = $this->snapshot();
		$values = $this->form(
			'mentee',
			array(
				'email'          => 'not-an-address',
				'timezone'       => 'Mars/Olympus',
				'hours_per_week' => 'many',
				'consent_coc'    => 'maybe',
				'cohort'         => 'the next one',
				'event_code'     => str_repeat( 'x', Event_Codes::MAX_LENGTH + 1 ),
			)
		);
		unset( $values['goals'] );

		$result = Submission::submit( 'mentee', $values, Submission_Context::visitor() );

		$this->assertRefused( $result, 400, 'rest_invalid_param', array( 'email', 'timezone', 'hours_per_week', 'consent_coc', 'goals', 'cohort', 'event_code' ) );
		$this->assertStringContainsString( 'Invalid parameter(s): ', $result->get_error_message() );
		$this->assertSame( 'Goals is required.', $result->get_error_data()['params']['goals'] );
		$this->assertSame( $before, $this->snapshot() );
	}

	public function test_the_cohort_must_exist_and_be_open(): void {
		$open   = $this->make_cohort();
		$closed = $this->make_cohort(
			array(
				'opens_at'  => gmdate( 'Y-m-d\TH:i:s\Z', time() + 5 * DAY_IN_SECONDS ),
				'closes_at' => gmdate( 'Y-m-d\TH:i:s\Z', time() + 15 * DAY_IN_SECONDS ),
			)
		);
		$before = $this->snapshot();

		$this->assertRefused( Submission::submit( 'mentee', $this->form( 'mentee', array( 'cohort' => 999999 ) ), Submission_Context::visitor() ), 404, 'mentorship_cohort_not_found', array( 'cohort' ) );
		$closed_answer = Submission::submit( 'mentee', $this->form( 'mentee', array( 'cohort' => $closed['id'] ) ), Submission_Context::visitor() );
		$this->assertRefused( $closed_answer, 403, 'mentorship_cohort_closed', array( 'cohort' ) );
		$this->assertStringContainsString( 'The next call opens on', $closed_answer->get_error_message() );
		$this->assertSame( $before, $this->snapshot() );

		$chosen = Submission::submit( 'mentee', $this->form( 'mentee', array( 'cohort' => $open['id'] ) ), Submission_Context::visitor() );
		$this->assertSame( $open['id'], $chosen->application['cohort'] );
	}

	public function test_a_person_holds_one_role_per_cohort(): void {
		$cohort = $this->make_cohort();
		$email  = 'one-role@example.org';
		$mentee = Submission::submit( 'mentee', $this->values( 'mentee', array( 'email' => $email ) ), Submission_Context::seed( (int) $cohort['id'] ) );
		$this->assertInstanceOf( Submitted::class, $mentee );
		$before = $this->snapshot();

		$this->assertRefused( Submission::submit( 'mentor', $this->values( 'mentor', array( 'email' => $email ) ), Submission_Context::seed( (int) $cohort['id'] ) ), 409, 'mentorship_duplicate_role', array( 'email' ) );
		$this->assertRefused( Submission::submit( 'mentee', $this->values( 'mentee', array( 'email' => strtoupper( $email ) ) ), Submission_Context::seed( (int) $cohort['id'] ) ), 409, 'mentorship_duplicate', array( 'email' ) );
		$this->assertSame( $before, $this->snapshot() );
	}

	public function test_one_address_may_send_a_few_applications_an_hour_from_any_network(): void {
		$this->make_cohort();
		$email = 'typo-fixer@example.org';
		for ( $i = 0; $i < Submission::PER_EMAIL; $i++ ) {
			$_SERVER['REMOTE_ADDR'] = '192.0.2.' . ( 10 + $i );
			$this->assertInstanceOf( Submitted::class, Submission::submit( 'mentee', $this->form( 'mentee', array( 'email' => $email ) ), Submission_Context::visitor() ), "Application $i" );
		}
		$_SERVER['REMOTE_ADDR'] = '192.0.2.99';
		$this->assertRefused( Submission::submit( 'mentee', $this->form( 'mentee', array( 'email' => $email ) ), Submission_Context::visitor() ), 429, 'mentorship_rate_limited' );
	}

	public function test_a_valid_event_code_lifts_the_network_limit(): void {
		$this->make_cohort();
		Settings::update( array( 'rate_limit_count' => 1 ) );
		$this->assertInstanceOf( Submitted::class, Submission::submit( 'mentee', $this->form(), Submission_Context::visitor() ) );
		$this->assertRefused( Submission::submit( 'mentee', $this->form(), Submission_Context::visitor() ), 429, 'mentorship_rate_limited' );
		$code = Event_Codes::save(
			array(
				'code'      => 'room-' . strtolower( wp_generate_password( 4, false, false ) ),
				'label'     => 'Contributor Day',
				'starts_on' => wp_date( 'Y-m-d', time() - DAY_IN_SECONDS ),
				'ends_on'   => wp_date( 'Y-m-d', time() + DAY_IN_SECONDS ),
				'uses'      => 2,
			)
		);
		$this->assertIsArray( $code );

		$this->assertInstanceOf( Submitted::class, Submission::submit( 'mentee', $this->form( 'mentee', array( 'event_code' => $code['code'] ) ), Submission_Context::visitor() ) );
		$this->assertSame( 1, Event_Codes::used( $code['code'] ) );
		$this->assertRefused( Submission::submit( 'mentee', $this->form( 'mentee', array( 'event_code' => 'no-such-code' ) ), Submission_Context::visitor() ), 429, 'mentorship_rate_limited' );
	}

	public function test_a_signed_in_user_s_name_and_address_fill_the_blanks_and_need_no_confirming(): void {
		$this->make_cohort();
		$user = $this->create_user(
			'subscriber',
			array(
				'display_name' => 'Ada Member',
				'user_email'   => 'ada.member@example.org',
			)
		);
		wp_set_current_user( $user );
		$values = $this->form();
		unset( $values['name'], $values['email'] );

		$result = Submission::submit( 'mentee', $values, Submission_Context::visitor() );

		$this->assertInstanceOf( Submitted::class, $result );
		$this->assertSame( 'Ada Member', $result->application['fields']['name'] );
		$this->assertSame( 'ada.member@example.org', $result->application['fields']['email'] );
		$this->assertFalse( Status_Links::is_unconfirmed( (int) $result->application['id'] ), 'Their own address is known to be theirs.' );
		$this->assertSame( $user, $result->application['user_id'] );
	}

	public function test_fields_the_site_hides_or_the_other_type_uses_are_refused_by_name(): void {
		$this->make_cohort();
		Settings::update( array( 'hidden_fields' => array( 'region' ) ) );
		$before = $this->snapshot();

		$this->assertRefused( Submission::submit( 'mentee', $this->form( 'mentee', array( 'region' => 'Atlantis' ) ), Submission_Context::visitor() ), 400, 'rest_invalid_param', array( 'region' ) );
		$this->assertRefused( Submission::submit( 'mentee', array_diff_key( $this->form( 'mentee', array( 'capacity' => 3 ) ), array( 'region' => true ) ), Submission_Context::visitor() ), 400, 'rest_invalid_param', array( 'capacity' ) );
		$this->assertSame( $before, $this->snapshot() );

		$values = $this->form();
		unset( $values['region'] );
		$this->assertInstanceOf( Submitted::class, Submission::submit( 'mentee', $values, Submission_Context::visitor() ), 'Without the hidden field the form is complete.' );
	}

	public function test_an_import_is_trusted_for_the_guards_but_its_answers_are_checked(): void {
		$closed = $this->make_cohort(
			array(
				'opens_at'  => gmdate( 'Y-m-d\TH:i:s\Z', time() - 30 * DAY_IN_SECONDS ),
				'closes_at' => gmdate( 'Y-m-d\TH:i:s\Z', time() - 20 * DAY_IN_SECONDS ),
			)
		);
		Settings::update( array( 'require_login' => true ) );
		$run = Submission_Context::import( (int) $closed['id'] );

		// No token, no login, a closed cohort: an administrator's import.
		$stored = Submission::submit( 'mentee', $this->values( 'mentee', array( 'email' => 'row@example.org' ) ), $run );
		$this->assertInstanceOf( Submitted::class, $stored );
		$this->assertSame( $closed['id'], $stored->application['cohort'] );
		$this->assertFalse( Status_Links::is_unconfirmed( (int) $stored->application['id'] ) );

		$before = $this->snapshot();
		$this->assertRefused( Submission::submit( 'mentee', $this->values( 'mentee', array( 'timezone' => 'Mars/Olympus' ) ), $run ), 400, 'rest_invalid_param', array( 'timezone' ) );
		$this->assertRefused( Submission::submit( 'mentee', $this->values( 'mentee', array( 'email' => 'ROW@example.org' ) ), $run ), 400, 'rest_invalid_param', array( 'email' ) );
		$dry = Submission::submit( 'mentor', $this->values( 'mentor' ), Submission_Context::import( (int) $closed['id'], true ) );
		$this->assertInstanceOf( Submitted::class, $dry );
		$this->assertFalse( $dry->stored() );
		$this->assertSame( $before, $this->snapshot(), 'Refused rows and a dry run store nothing.' );
	}

	public function test_an_edit_checks_each_answer_and_keeps_the_address(): void {
		$this->as_coordinator();
		$from        = $this->make_cohort();
		$to          = $this->make_cohort();
		$application = $this->make_application( 'mentee', (int) $from['id'] );
		$id          = (int) $application['id'];
		$before      = $this->snapshot();

		$this->assertRefused( Submission::update( 999999, array( 'goals' => 'x' ) ), 404, 'mentorship_not_found' );
		$this->assertRefused( Submission::update( $id, array( 'consent_coc' => false, 'stage' => 'placed' ) ), 400, 'rest_invalid_param', array( 'consent_coc', 'stage' ) );
		$this->assertRefused( Submission::update( $id, array( 'goals' => '', 'timezone' => 'Mars/Olympus' ) ), 400, 'rest_invalid_param', array( 'goals', 'timezone' ) );
		// A new address is refused before the cohort move, so nothing is half-done.
		$this->assertRefused(
			Submission::update(
				$id,
				array(
					'cohort' => $to['id'],
					'email'  => 'someone-else@example.org',
				)
			),
			400,
			'rest_invalid_param',
			array( 'email' )
		);
		$this->assertSame( $before, $this->snapshot(), 'Nothing stored by a refused edit.' );
		$this->assertSame( $from['id'], Applications::get( $id )['cohort'] );

		$updated = Submission::update(
			$id,
			array(
				'cohort' => $to['id'],
				'email'  => strtoupper( (string) $application['fields']['email'] ),
				'goals'  => 'Review ten patches.',
			)
		);
		$this->assertIsArray( $updated );
		$this->assertSame( $to['id'], $updated['cohort'] );
		$this->assertSame( 'Review ten patches.', $updated['fields']['goals'] );
	}

	public function test_the_rest_route_the_form_s_endpoint_the_form_without_javascript_and_the_import_name_the_same_bad_fields_the_same_way(): void {
		$cohort = $this->make_cohort();
		$bad    = array(
			'email'          => 'not-an-address',
			'timezone'       => 'Mars/Olympus',
			'hours_per_week' => 'many',
			'format'         => 'by carrier pigeon',
		);
		$values = $this->values( 'mentee', $bad );
		unset( $values['goals'], $values['availability'] );
		$before = $this->snapshot();

		// REST, as the script on the page sends it.
		$response = $this->rest( 'POST', '/mentorship/v1/applications', array_merge( array( 'type' => 'mentee', 'token' => Form_Token::issue() ), $values ) );
		$this->assertSame( 400, $response->get_status() );
		$rest = $response->get_data()['data']['params'];

		// The same answers sent by the script on the page to the form's own endpoint.
		$endpoint = Public_Endpoint::answer( 'POST', 'mentee', Public_Endpoint::params( 'application/json', (string) wp_json_encode( array_merge( array( 'type' => 'mentee', 'token' => Form_Token::issue() ), $values ) ), array() ), '' );
		$this->assertSame( 400, $endpoint->status );
		$this->assertSame( $response->get_data(), $endpoint->body, 'The form\'s endpoint answers exactly what the REST route answers.' );

		// The same answers posted by the form without JavaScript.
		$answers = array_map( static fn( $value ) => is_bool( $value ) ? ( $value ? '1' : '' ) : ( is_int( $value ) ? (string) $value : $value ), $values );
		$form    = Form_Handler::submit(
			array(
				'type'       => 'mentee',
				'token'      => Form_Token::issue(),
				'website'    => '',
				'mentorship' => $answers,
			)
		);
		$this->assertFalse( $form['ok'] );
		$this->assertSame( 400, $form['status'] );

		// The same answers as a spreadsheet row.
		$headers = array_keys( $values );
		$row     = array_map( static fn( $value ) => is_array( $value ) ? implode( ', ', $value ) : ( is_bool( $value ) ? ( $value ? 'Yes' : 'No' ) : (string) $value ), array_values( $values ) );
		$import  = ( new Importer( array( 'cohort' => $cohort['id'] ) ) )->import_rows( $headers, array( 2 => $row ) );
		$this->assertIsArray( $import );
		$this->assertSame( array(), $import['imported'] );

		$expected = array( 'email', 'format', 'goals', 'hours_per_week', 'timezone' );
		ksort( $rest );
		foreach ( array(
			'REST'            => $rest,
			'form endpoint'   => $endpoint->body['data']['params'],
			'no-JS form'      => $form['errors'],
			'spreadsheet row' => $import['errors'][2],
		) as $surface => $errors ) {
			ksort( $errors );
			$this->assertSame( $expected, array_keys( $errors ), "$surface names every bad field." );
			$this->assertSame( $rest, $errors, "$surface says the same words as the REST route." );
		}
		$this->assertSame( $before, $this->snapshot(), 'Nothing stored by any of them.' );
	}
}
