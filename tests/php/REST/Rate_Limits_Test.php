<?php
/**
 * Limits that let a room full of people in and keep bots out.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Tests\REST;

use Mentorship_Program\Applications\Event_Codes;
use Mentorship_Program\Settings\Settings;
use Mentorship_Program\Applications\Submission;
use Mentorship_Program\Security\Form_Token;
use Mentorship_Program\Tests\Fixtures;
use Mentorship_Program\Tests\TestCase;

/**
 * Per-network burst, per-address limit, and event codes.
 */
final class Rate_Limits_Test extends TestCase {

	use Fixtures;

	private function submit( string $email, array $extra = array() ): \WP_REST_Response {
		return $this->rest( 'POST', '/mentorship/v1/applications', array_merge( array( 'type' => 'mentee', 'token' => Form_Token::issue() ), $this->values( 'mentee', array( 'email' => $email ) ), $extra ) );
	}

	private function code( array $overrides = array() ): array {
		$saved = Event_Codes::save(
			array_merge(
				array(
					'code'      => 'wcday-' . strtolower( wp_generate_password( 4, false, false ) ),
					'label'     => 'Contributor Day',
					'starts_on' => wp_date( 'Y-m-d', time() - DAY_IN_SECONDS ),
					'ends_on'   => wp_date( 'Y-m-d', time() + DAY_IN_SECONDS ),
					'uses'      => 100,
				),
				$overrides
			)
		);
		$this->assertIsArray( $saved, is_wp_error( $saved ) ? $saved->get_error_message() : '' );
		return $saved;
	}

	public function test_the_default_network_burst_is_generous_and_then_stops(): void {
		$this->make_cohort();
		$this->assertSame( 20, (int) Settings::get( 'rate_limit_count' ) );
		$_SERVER['REMOTE_ADDR'] = '203.0.113.50';
		for ( $i = 0; $i < 20; $i++ ) {
			$this->assertSame( 201, $this->submit( "burst{$i}@example.org" )->get_status(), "Application $i" );
		}
		$this->assertErrorResponse( 429, $this->submit( 'burst-over@example.org' ), 'mentorship_rate_limited' );
	}

	public function test_a_room_with_an_event_code_gets_in_from_one_address(): void {
		$this->make_cohort();
		$code                   = $this->code( array( 'uses' => 60 ) );
		$_SERVER['REMOTE_ADDR'] = '203.0.113.51';
		for ( $i = 0; $i < 60; $i++ ) {
			$this->assertSame( 201, $this->submit( "room{$i}@example.org", array( 'event_code' => strtolower( $code['code'] ) ) )->get_status(), "Person $i" );
		}
		$this->assertSame( 60, Event_Codes::used( $code['code'] ) );
		// Used up: the network's own limit applies again.
		Settings::update( array( 'rate_limit_count' => 1 ) );
		$this->assertSame( 201, $this->submit( 'room-late@example.org', array( 'event_code' => $code['code'] ) )->get_status() );
		$this->assertErrorResponse( 429, $this->submit( 'room-later@example.org', array( 'event_code' => $code['code'] ) ) );
	}

	public function test_a_code_outside_its_dates_or_unknown_lifts_nothing(): void {
		$this->make_cohort();
		Settings::update( array( 'rate_limit_count' => 1 ) );
		$old                    = $this->code(
			array(
				'starts_on' => '2020-01-01',
				'ends_on'   => '2020-01-02',
			)
		);
		$_SERVER['REMOTE_ADDR'] = '203.0.113.52';
		$this->assertSame( 201, $this->submit( 'a@example.org', array( 'event_code' => $old['code'] ) )->get_status() );
		$this->assertErrorResponse( 429, $this->submit( 'b@example.org', array( 'event_code' => $old['code'] ) ) );
		$this->assertErrorResponse( 429, $this->submit( 'c@example.org', array( 'event_code' => 'NOPE-NOPE' ) ) );
		$this->assertNull( Event_Codes::valid( $old['code'] ) );
	}

	public function test_one_address_may_not_flood_a_mailbox_even_with_a_code(): void {
		$this->make_cohort();
		$code                   = $this->code();
		$_SERVER['REMOTE_ADDR'] = '203.0.113.53';
		for ( $i = 0; $i < Submission::PER_EMAIL; $i++ ) {
			$this->assertSame( 201, $this->submit( 'same@example.org', array( 'event_code' => $code['code'] ) )->get_status() );
		}
		$this->assertErrorResponse( 429, $this->submit( 'SAME@example.org', array( 'event_code' => $code['code'] ) ), 'mentorship_rate_limited' );
	}

	public function test_coordinators_manage_codes_and_others_may_not(): void {
		wp_set_current_user( $this->create_user() );
		$this->assertSame( 403, $this->rest( 'GET', '/mentorship/v1/event-codes' )->get_status() );
		$this->as_coordinator();
		$bad = $this->rest(
			'POST',
			'/mentorship/v1/event-codes',
			array(
				'code'      => 'DAY1',
				'starts_on' => '2030-05-02',
				'ends_on'   => '2030-05-01',
				'uses'      => 50,
			)
		);
		$this->assertSame( 400, $bad->get_status() );
		$this->assertArrayHasKey( 'ends_on', $bad->get_data()['data']['params'] );
		$good = $this->rest(
			'POST',
			'/mentorship/v1/event-codes',
			array(
				'code'      => 'wceu-2030',
				'label'     => 'WordCamp Europe Contributor Day',
				'starts_on' => '2030-05-01',
				'ends_on'   => '2030-05-02',
				'uses'      => 80,
			)
		);
		$this->assertSame( 201, $good->get_status(), wp_json_encode( $good->get_data() ) );
		$this->assertSame( 'WCEU-2030', $good->get_data()['code'] );
		$list = $this->rest( 'GET', '/mentorship/v1/event-codes' )->get_data();
		$this->assertSame( array( 'WCEU-2030' ), array_column( $list, 'code' ) );
		$this->assertSame( 0, $list[0]['used'] );
		$this->assertSame( 200, $this->rest( 'DELETE', '/mentorship/v1/event-codes/WCEU-2030' )->get_status() );
		$this->assertSame( array(), $this->rest( 'GET', '/mentorship/v1/event-codes' )->get_data() );
	}
	public function test_a_too_long_event_code_is_refused_naming_the_field_and_stores_nothing(): void {
		$this->make_cohort();
		$before   = (int) wp_count_posts( \Mentorship_Program\Applications\Post_Types::MENTEE )->{'mp_unconfirmed'};
		$response = $this->submit( 'long-code@example.org', array( 'event_code' => str_repeat( 'x', 41 ) ) );
		$this->assertErrorResponse( 400, $response );
		$this->assertArrayHasKey( 'event_code', $response->get_data()['data']['params'] );
		$this->assertSame( $before, (int) wp_count_posts( \Mentorship_Program\Applications\Post_Types::MENTEE )->{'mp_unconfirmed'} );
		$this->assertSame( 201, $this->submit( 'ok-code@example.org', array( 'event_code' => str_repeat( 'x', 40 ) ) )->get_status(), 'An unknown code of allowed length is simply not a valid code.' );
	}
}
