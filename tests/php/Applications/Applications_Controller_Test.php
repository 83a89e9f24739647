<?php
/**
 * The public submit route: token, honeypot, rate limit, duplicates, closed cohorts, mail.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Tests\Applications;

use Mentorship_Program\Applications\Applications;
use Mentorship_Program\Settings\Settings;
use Mentorship_Program\Applications\Status_Links;
use Mentorship_Program\Notifications\Mailer;
use Mentorship_Program\Security\Form_Token;
use Mentorship_Program\Tests\Fixtures;
use Mentorship_Program\Tests\TestCase;

/**
 * POST /mentorship/v1/applications and the review routes.
 */
final class Applications_Controller_Test extends TestCase {

	use Fixtures;

	/**
	 * Sends an application as the current user (anonymous by default).
	 *
	 * @param array<string, mixed> $body Body.
	 * @return \WP_REST_Response
	 */
	private function submit( array $body ): \WP_REST_Response {
		return $this->rest( 'POST', '/mentorship/v1/applications', $body );
	}

	/**
	 * A complete body for a type.
	 *
	 * @param string               $type      Type.
	 * @param array<string, mixed> $overrides Values.
	 * @return array<string, mixed>
	 */
	private function body( string $type = 'mentee', array $overrides = array() ): array {
		return array_merge(
			array(
				'type'  => $type,
				'token' => Form_Token::issue(),
			),
			$this->values( $type ),
			$overrides
		);
	}

	/**
	 * The application ID a receipt's private link carries (the receipt names none).
	 *
	 * @param \WP_REST_Response $response Receipt.
	 * @return int
	 */
	private function id_in_receipt( \WP_REST_Response $response ): int {
		parse_str( (string) wp_parse_url( (string) $response->get_data()['status_url'], PHP_URL_QUERY ), $query );
		return (int) strtok( (string) ( $query[ Status_Links::QUERY_ARG ] ?? '' ), '.' );
	}

	private function count_applications(): int {
		return count(
			get_posts(
				array(
					'post_type'      => array( 'mp_mentee', 'mp_mentor' ),
					'post_status'    => array_merge( Applications::statuses(), array( Status_Links::UNCONFIRMED_STATUS ) ),
					'fields'         => 'ids',
					'posts_per_page' => -1,
				)
			)
		);
	}

	public function test_a_visitor_applies_and_the_application_is_stored_then_mailed(): void {
		$cohort   = $this->make_cohort();
		$body     = $this->body( 'mentee', array( 'stage' => 'accepted', 'rating' => 5, 'mentor' => 3 ) );
		$response = $this->submit( $body );
		$this->assertSame( 201, $response->get_status(), wp_json_encode( $response->get_data() ) );
		$data = $response->get_data();
		$this->assertSame( 'submitted', $data['stage'] );
		$this->assertArrayNotHasKey( 'fields', $data, 'The receipt carries no personal data.' );

		$this->assertArrayNotHasKey( 'id', $data, 'The receipt tells no internal ID.' );
		$stored = $this->application_by_email( $body['email'] );
		$this->assertSame( 'submitted', $stored['stage'], 'Client-supplied stage is ignored.' );
		$this->assertSame( $cohort['id'], $stored['cohort'] );
		$this->assertSame( strtolower( $body['email'] ), $stored['fields']['email'] );
		$this->assertSame( array( 'core', 'docs' ), $stored['fields']['teams'] );
		$this->assertNotSame( '', $stored['consent']['code_of_conduct'] );
		$this->assertNotSame( '', $stored['consent']['privacy'] );

		$this->assertSame( 1, Mailer::counts()['queued'], 'The confirmation is queued, not sent in the request.' );
		$this->assertSame( array(), $this->mails );
		$this->assertSame( array( 'sent' => 1, 'failed' => 0 ), Mailer::process() );
		$this->assertSame( strtolower( $body['email'] ), $this->mails[0]['to'] );
		$this->assertStringContainsString( $body['name'], $this->mails[0]['message'] );
	}

	public function test_a_mentor_applies(): void {
		$this->make_cohort();
		$body     = $this->body( 'mentor' );
		$response = $this->submit( $body );
		$this->assertSame( 201, $response->get_status(), wp_json_encode( $response->get_data() ) );
		$this->assertSame( 'mentor', $response->get_data()['type'] );
		$this->assertSame( 'mentor', $this->application_by_email( $body['email'] )['type'] );
	}

	public function test_a_logged_in_applicant_is_linked_and_prefilled(): void {
		$this->make_cohort();
		$user = $this->create_user( 'subscriber', array( 'display_name' => 'Ana Lima' ) );
		wp_set_current_user( $user );
		$body = $this->body();
		unset( $body['name'], $body['email'] );
		$response = $this->submit( $body );
		$this->assertSame( 201, $response->get_status(), wp_json_encode( $response->get_data() ) );
		$stored = $this->application_by_email( get_userdata( $user )->user_email );
		$this->assertSame( $user, $stored['user_id'] );
		$this->assertSame( 'Ana Lima', $stored['fields']['name'] );
		$this->assertSame( get_userdata( $user )->user_email, $stored['fields']['email'] );
	}

	public function test_a_filled_honeypot_gets_a_quiet_success_and_nothing_is_stored(): void {
		$this->make_cohort();
		$before   = $this->count_applications();
		foreach ( array( 'mentee', 'mentor' ) as $type ) {
			$queued  = Mailer::counts()['queued'];
			$trapped = $this->submit( $this->body( $type, array( 'website' => 'http://spam.example' ) ) );
			$this->assertSame( $before, $this->count_applications() );
			$this->assertSame( $queued, Mailer::counts()['queued'] );
			$real = $this->submit( $this->body( $type ) );
			$this->assertSame( $before + 1, $this->count_applications() );
			++$before;
			// Nothing in the answer tells the bot it was caught: same status, headers and body.
			$this->assertSame( 201, $trapped->get_status() );
			$this->assertSame( $real->get_status(), $trapped->get_status() );
			// The same texts, and a private link of the same shape (a bot's opens nothing).
			$link = '#\?mentorship_link=\d+\.[0-9a-f]{32}$#';
			$this->assertMatchesRegularExpression( $link, $real->get_data()['status_url'] );
			$this->assertMatchesRegularExpression( $link, $trapped->get_data()['status_url'] );
			$this->assertSame( array_diff_key( $real->get_data(), array( 'status_url' => 1 ) ), array_diff_key( $trapped->get_data(), array( 'status_url' => 1 ) ), "$type: the same answer" );
			$this->assertNull( Status_Links::verify( substr( (string) strstr( $trapped->get_data()['status_url'], '=' ), 1 ) ), 'The bot\'s link opens nothing.' );
			$this->assertSame( array_keys( $real->get_headers() ), array_keys( $trapped->get_headers() ) );
			$this->assertArrayNotHasKey( 'id', $real->get_data() );
		}
	}

	public function test_a_missing_or_stale_token_is_refused(): void {
		$this->make_cohort();
		foreach ( array( '', 'garbage', Form_Token::issue( time() - 3 * DAY_IN_SECONDS ), '1700000000.' . str_repeat( 'a', 64 ) ) as $token ) {
			$response = $this->submit( $this->body( 'mentee', array( 'token' => $token ) ) );
			$this->assertErrorResponse( 403, $response, 'mentorship_invalid_token' );
		}
		$this->assertSame( 0, $this->count_applications() );
		$this->assertTrue( Form_Token::verify( Form_Token::issue( time() - DAY_IN_SECONDS ) ), 'A day-old form still works (cached pages).' );
	}

	public function test_rate_limit_answers_429_per_address(): void {
		$this->make_cohort();
		Settings::update(
			array(
				'rate_limit_count'  => 2,
				'rate_limit_window' => 600,
			)
		);
		$_SERVER['REMOTE_ADDR'] = '203.0.113.9';
		$this->assertSame( 201, $this->submit( $this->body() )->get_status() );
		$this->assertSame( 201, $this->submit( $this->body() )->get_status() );
		$third = $this->submit( $this->body() );
		$this->assertErrorResponse( 429, $third, 'mentorship_rate_limited' );
		$this->assertArrayHasKey( 'Retry-After', $third->get_headers() );
		$_SERVER['REMOTE_ADDR'] = '203.0.113.10';
		$this->assertSame( 201, $this->submit( $this->body() )->get_status(), 'Another address is not limited.' );
		// A forged X-Forwarded-For is ignored without a trusted proxy.
		$_SERVER['REMOTE_ADDR']          = '203.0.113.9';
		$_SERVER['HTTP_X_FORWARDED_FOR'] = '198.51.100.1';
		$this->assertErrorResponse( 429, $this->submit( $this->body() ) );
		$this->assertSame( 3, $this->count_applications() );
	}

	public function test_corrections_do_not_use_up_the_limit_but_floods_are_capped(): void {
		$this->make_cohort();
		Settings::update( array( 'rate_limit_count' => 2 ) );
		$_SERVER['REMOTE_ADDR'] = '203.0.113.20';
		for ( $i = 0; $i < 5; $i++ ) {
			$this->assertSame( 400, $this->submit( $this->body( 'mentee', array( 'email' => 'typo' ) ) )->get_status() );
		}
		$this->assertSame( 201, $this->submit( $this->body() )->get_status(), 'Five typos later the person can still apply.' );
		for ( $i = 0; $i < 20; $i++ ) {
			$this->submit( $this->body( 'mentee', array( 'email' => 'typo' ) ) );
		}
		$this->assertErrorResponse( 429, $this->submit( $this->body() ), 'mentorship_rate_limited' );
	}

	public function test_every_field_error_comes_back_in_one_answer(): void {
		$this->make_cohort();
		$body = $this->body( 'mentee', array( 'email' => 'not-an-email', 'hours_per_week' => 'lots' ) );
		unset( $body['goals'] );
		$body['consent_coc'] = false;
		$params              = $this->submit( $body )->get_data()['data']['params'];
		$this->assertEqualsCanonicalizing( array( 'email', 'hours_per_week', 'goals', 'consent_coc' ), array_keys( $params ) );
	}

	public function test_trusted_proxy_uses_the_forwarded_address(): void {
		Settings::update( array( 'trusted_proxies' => array( '10.0.0.2' ) ) );
		$_SERVER['REMOTE_ADDR']          = '10.0.0.2';
		$_SERVER['HTTP_X_FORWARDED_FOR'] = '198.51.100.7, 10.0.0.2';
		$this->assertSame( '198.51.100.7', \Mentorship_Program\Security\Rate_Limiter::client_ip() );
		$_SERVER['REMOTE_ADDR'] = '192.0.2.1';
		$this->assertSame( '192.0.2.1', \Mentorship_Program\Security\Rate_Limiter::client_ip() );
	}

	public function test_a_logged_in_applicant_applying_twice_with_their_own_address_is_a_conflict(): void {
		$this->make_cohort();
		$user = $this->create_user();
		wp_set_current_user( $user );
		$body = $this->body( 'mentee', array( 'email' => get_userdata( $user )->user_email ) );
		$this->assertSame( 201, $this->submit( $body )->get_status() );
		$this->assertErrorResponse( 409, $this->submit( $body ), 'mentorship_duplicate' );
		$this->assertSame( 1, $this->count_applications() );
	}

	public function test_the_same_email_twice_in_one_cohort_is_answered_like_a_new_one_and_stands_once(): void {
		$cohort = $this->make_cohort();
		$body   = $this->body();
		$first  = $this->submit( $body );
		$this->assertSame( 201, $first->get_status() );
		Status_Links::confirm( $this->id_in_receipt( $first ) );
		$again = $this->submit( array_merge( $body, array( 'email' => strtoupper( $body['email'] ), 'token' => Form_Token::issue() ) ) );
		$this->assertSame( 201, $again->get_status(), 'A duplicate is answered as a new application: the e-mail tells the owner.' );
		$this->assertSame( array_keys( $first->get_data() ), array_keys( $again->get_data() ) );
		$this->assertSame( $first->get_data()['message'], $again->get_data()['message'] );
		$this->assertSame( 1, Applications::list( array( 'cohort' => $cohort['id'] ) )['total'], 'Only the confirmed one is in the pipeline.' );
		$this->assertSame( $this->id_in_receipt( $first ), Status_Links::confirm( $this->id_in_receipt( $again ) ), 'Confirming the second keeps the first.' );
		$this->assertSame( 1, $this->count_applications() );
		// The same person may not also mentor in this cohort: confirming that keeps the
		// mentee application, as with a second one of the same type.
		$mentor = $this->submit( array_merge( $this->body( 'mentor' ), array( 'email' => $body['email'] ) ) );
		$this->assertSame( 201, $mentor->get_status() );
		$this->assertSame( $this->id_in_receipt( $first ), Status_Links::confirm( $this->id_in_receipt( $mentor ) ) );
		$this->assertNull( Applications::get( $this->id_in_receipt( $mentor ) ) );
		$this->assertSame( 1, $this->count_applications() );
		$other = $this->make_cohort();
		$this->assertSame( 201, $this->submit( array_merge( $body, array( 'cohort' => $other['id'] ) ) )->get_status() );
		$this->assertNotSame( $cohort['id'], $other['id'] );
	}

	public function test_closed_and_missing_cohorts_are_refused_clearly(): void {
		$closed = $this->make_cohort(
			array(
				'opens_at'  => gmdate( 'Y-m-d\TH:i:s\Z', time() - 20 * DAY_IN_SECONDS ),
				'closes_at' => gmdate( 'Y-m-d\TH:i:s\Z', time() - 10 * DAY_IN_SECONDS ),
			)
		);
		$this->make_cohort(
			array(
				'opens_at'  => gmdate( 'Y-m-d\TH:i:s\Z', time() + 5 * DAY_IN_SECONDS ),
				'closes_at' => gmdate( 'Y-m-d\TH:i:s\Z', time() + 15 * DAY_IN_SECONDS ),
			)
		);
		$response = $this->submit( $this->body() );
		$this->assertErrorResponse( 403, $response, 'mentorship_cohort_closed' );
		$this->assertStringContainsString( 'next call opens', $response->get_data()['message'] );
		$this->assertErrorResponse( 403, $this->submit( $this->body( 'mentee', array( 'cohort' => $closed['id'] ) ) ), 'mentorship_cohort_closed' );
		$this->assertErrorResponse( 404, $this->submit( $this->body( 'mentee', array( 'cohort' => 999999 ) ) ), 'mentorship_cohort_not_found' );
		$this->assertSame( 0, $this->count_applications() );
	}

	public function test_login_can_be_required(): void {
		$this->make_cohort();
		Settings::update( array( 'require_login' => true ) );
		$this->assertErrorResponse( 401, $this->submit( $this->body() ), 'mentorship_login_required' );
		wp_set_current_user( $this->create_user() );
		$this->assertSame( 201, $this->submit( $this->body() )->get_status() );
	}

	public function test_failed_mail_keeps_the_application_and_retries_later(): void {
		$this->make_cohort();
		$this->mail_fails = true;
		$body             = $this->body();
		$response         = $this->submit( $body );
		$this->assertSame( 201, $response->get_status() );
		$this->assertSame( array( 'sent' => 0, 'failed' => 1 ), Mailer::process() );
		$this->assertNotNull( $this->application_by_email( $body['email'] ), 'The application is kept.' );
		$this->assertSame( 1, Mailer::counts()['queued'], 'The mail waits for a retry.' );

		global $wpdb;
		$table = \Mentorship_Program\Database\Schema::table( 'mail' );
		$this->assertSame( 'Transport down', $wpdb->get_var( "SELECT last_error FROM {$table}" ) );
		// Not retried before its time.
		$this->assertSame( array( 'sent' => 0, 'failed' => 0 ), Mailer::process() );
		$wpdb->query( "UPDATE {$table} SET next_attempt_at = '2000-01-01 00:00:00'" );
		$this->mail_fails = false;
		$this->assertSame( array( 'sent' => 1, 'failed' => 0 ), Mailer::process() );
		$this->assertCount( 1, $this->mails );
		$this->assertSame( array( 'sent' => 0, 'failed' => 0 ), Mailer::process(), 'Sent once only.' );
	}

	public function test_reviewers_list_filter_and_paginate(): void {
		$cohort = $this->make_cohort();
		for ( $i = 0; $i < 5; $i++ ) {
			$this->make_application( 'mentee', $cohort['id'], $i < 2 ? array( 'in_review' ) : array(), array( 'languages' => $i < 3 ? array( 'es' ) : array( 'ja' ), 'teams' => array( 0 === $i ? 'polyglots' : 'core' ) ) );
		}
		$this->make_application( 'mentor', $cohort['id'] );
		$this->as_coordinator();
		$all = $this->rest( 'GET', '/mentorship/v1/applications', array( 'per_page' => 2 ) );
		$this->assertSame( 200, $all->get_status() );
		$this->assertCount( 2, $all->get_data() );
		$this->assertSame( '6', $all->get_headers()['X-WP-Total'] );
		$this->assertSame( '3', $all->get_headers()['X-WP-TotalPages'] );
		$this->assertSame( 2, (int) $this->rest( 'GET', '/mentorship/v1/applications', array( 'stage' => array( 'in_review' ) ) )->get_headers()['X-WP-Total'] );
		$this->assertSame( 3, (int) $this->rest( 'GET', '/mentorship/v1/applications', array( 'language' => array( 'es' ) ) )->get_headers()['X-WP-Total'] );
		$this->assertSame( 1, (int) $this->rest( 'GET', '/mentorship/v1/applications', array( 'team' => array( 'polyglots' ) ) )->get_headers()['X-WP-Total'] );
		$this->assertSame( 1, (int) $this->rest( 'GET', '/mentorship/v1/applications', array( 'type' => 'mentor' ) )->get_headers()['X-WP-Total'] );
		$first = $this->rest( 'GET', '/mentorship/v1/applications', array( 'type' => 'mentee', 'per_page' => 1 ) )->get_data()[0];
		$found = $this->rest( 'GET', '/mentorship/v1/applications', array( 'search' => $first['fields']['email'] ) );
		$this->assertSame( 1, (int) $found->get_headers()['X-WP-Total'] );
		$this->assertSame( $first['id'], $found->get_data()[0]['id'] );
		$this->assertSame( 6, (int) $this->rest( 'GET', '/mentorship/v1/applications', array( 'tz_min' => -60, 'tz_max' => 120 ) )->get_headers()['X-WP-Total'] );
		$this->assertSame( 0, (int) $this->rest( 'GET', '/mentorship/v1/applications', array( 'tz_min' => 300, 'tz_max' => 600 ) )->get_headers()['X-WP-Total'] );
	}

	public function test_list_query_count_does_not_grow_with_page_size(): void {
		$cohort = $this->make_cohort();
		$mentor = $this->make_application( 'mentor', $cohort['id'], array( 'in_review', 'approved' ), array( 'capacity' => 10 ) );
		for ( $i = 0; $i < 30; $i++ ) {
			$mentee = $this->make_application( 'mentee', $cohort['id'], $i < 8 ? array( 'in_review', 'accepted' ) : array() );
			if ( $i < 8 ) {
				\Mentorship_Program\Cohorts\Assignments::assign( $mentee['id'], $mentor['id'] );
			}
		}
		$this->as_coordinator();
		global $wpdb;
		$counts = array();
		foreach ( array( 5, 30 ) as $per_page ) {
			wp_cache_flush();
			$this->rest( 'GET', '/mentorship/v1/applications', array( 'per_page' => 1 ) );
			$before = $wpdb->num_queries;
			$this->rest( 'GET', '/mentorship/v1/applications', array( 'per_page' => $per_page, 'team' => array( 'core' ), 'order' => 'asc' ) );
			$counts[ $per_page ] = $wpdb->num_queries - $before;
		}
		$this->assertSame( $counts[5], $counts[30], 'Queries per list request: ' . wp_json_encode( $counts ) );
	}

	public function test_list_query_count_does_not_depend_on_the_mix_of_types_on_the_page(): void {
		$cohort = $this->make_cohort();
		$mentor = $this->make_application( 'mentor', $cohort['id'], array( 'in_review', 'approved' ), array( 'capacity' => 10 ) );
		$mentee = $this->make_application( 'mentee', $cohort['id'], array( 'in_review', 'accepted' ) );
		\Mentorship_Program\Cohorts\Assignments::assign( $mentee['id'], $mentor['id'] );
		for ( $i = 0; $i < 4; $i++ ) {
			$this->make_application( 'mentee', $cohort['id'] );
		}
		$this->as_coordinator();
		global $wpdb;
		$counts = array();
		foreach ( array(
			'mentees only'        => array( 'type' => 'mentee' ),
			'mentors only'        => array( 'type' => 'mentor' ),
			'mentees and mentors' => array(),
		) as $label => $filters ) {
			wp_cache_flush();
			$this->rest( 'GET', '/mentorship/v1/applications', array( 'per_page' => 1 ) );
			$before   = $wpdb->num_queries;
			$response = $this->rest( 'GET', '/mentorship/v1/applications', $filters + array( 'per_page' => 20 ) );
			$this->assertSame( 200, $response->get_status() );
			$counts[ $label ] = $wpdb->num_queries - $before;
			if ( 'mentees and mentors' === $label ) {
				$rows = array_column( $response->get_data(), null, 'id' );
				$this->assertSame( 6, count( $rows ) );
				$this->assertSame( $mentor['id'], $rows[ $mentee['id'] ]['mentor']['id'] ?? null, 'The mentee shows their mentor.' );
				$this->assertSame( get_post( $mentor['id'] )->post_title, $rows[ $mentee['id'] ]['mentor']['name'] );
				$this->assertSame( 1, $rows[ $mentor['id'] ]['assigned'], 'The mentor shows their load.' );
			}
		}
		$this->assertCount( 1, array_unique( $counts ), 'Queries per list request: ' . wp_json_encode( $counts ) );
	}

	public function test_notes_and_ratings_are_recorded_with_the_author(): void {
		$cohort      = $this->make_cohort();
		$application = $this->make_application( 'mentee', $cohort['id'] );
		$reviewer    = $this->as_coordinator();
		$created     = $this->rest( 'POST', '/mentorship/v1/applications/' . $application['id'] . '/notes', array( 'note' => 'Strong goals.', 'rating' => 4 ) );
		$this->assertSame( 201, $created->get_status(), wp_json_encode( $created->get_data() ) );
		$this->assertSame( $reviewer, $created->get_data()['author']['id'] );
		$this->rest( 'POST', '/mentorship/v1/applications/' . $application['id'] . '/notes', array( 'note' => 'Agree.', 'rating' => 5 ) );
		$notes = $this->rest( 'GET', '/mentorship/v1/applications/' . $application['id'] . '/notes' )->get_data();
		$this->assertSame( array( 'Strong goals.', 'Agree.' ), array_column( $notes, 'note' ) );
		$this->assertSame( 4.5, $this->rest( 'GET', '/mentorship/v1/applications/' . $application['id'] )->get_data()['rating'] );
		$this->assertErrorResponse( 400, $this->rest( 'POST', '/mentorship/v1/applications/' . $application['id'] . '/notes', array( 'note' => 'x', 'rating' => 6 ) ) );
	}

	public function test_transitions_batch_and_the_applicant_withdrawing(): void {
		$cohort = $this->make_cohort();
		$user   = $this->create_user();
		$mine   = $this->make_application( 'mentee', $cohort['id'], array(), array(), $user );
		$others = array( $this->make_application( 'mentee', $cohort['id'] ), $this->make_application( 'mentee', $cohort['id'] ) );

		wp_set_current_user( $user );
		$this->assertErrorResponse( 403, $this->rest( 'POST', '/mentorship/v1/applications/' . $mine['id'] . '/transitions', array( 'to' => 'in_review' ) ) );
		$this->assertErrorResponse( 403, $this->rest( 'POST', '/mentorship/v1/applications/' . $others[0]['id'] . '/transitions', array( 'to' => 'withdrawn' ) ) );
		$withdrawn = $this->rest( 'POST', '/mentorship/v1/applications/' . $mine['id'] . '/transitions', array( 'to' => 'withdrawn' ) );
		$this->assertSame( 200, $withdrawn->get_status() );
		$this->assertSame( 'withdrawn', $withdrawn->get_data()['stage'] );

		$this->as_coordinator();
		$batch = $this->rest( 'POST', '/mentorship/v1/applications/batch', array( 'ids' => array( $others[0]['id'], $others[1]['id'], $mine['id'] ), 'to' => 'in_review', 'notify' => true ) );
		$this->assertSame( 200, $batch->get_status() );
		$this->assertSame( 2, $batch->get_data()['updated'] );
		$this->assertSame( 1, $batch->get_data()['failed'] );
		$this->assertSame( 'mentorship_illegal_transition', $batch->get_data()['results'][2]['error']['code'] );
		$illegal = $this->rest( 'POST', '/mentorship/v1/applications/' . $others[0]['id'] . '/transitions', array( 'to' => 'graduated' ) );
		$this->assertErrorResponse( 409, $illegal, 'mentorship_illegal_transition' );
		$this->assertSame( array( 'accepted', 'waitlisted', 'declined', 'withdrawn' ), $illegal->get_data()['data']['allowed'] );
	}

	public function test_me_shows_own_applications_with_next_steps_only(): void {
		$cohort = $this->make_cohort();
		$user   = $this->create_user();
		$mine   = $this->make_application( 'mentee', $cohort['id'], array( 'in_review', 'accepted' ), array(), $user );
		$this->make_application( 'mentee', $cohort['id'] );
		$mentor = $this->make_application( 'mentor', $cohort['id'], array( 'in_review', 'approved' ), array( 'name' => 'Maria Mentor', 'slack_username' => 'maria' ) );
		\Mentorship_Program\Cohorts\Assignments::assign( $mine['id'], $mentor['id'] );

		$this->assertErrorResponse( 401, $this->rest( 'GET', '/mentorship/v1/me' ) );
		wp_set_current_user( $user );
		$me = $this->rest( 'GET', '/mentorship/v1/me' )->get_data();
		$this->assertCount( 1, $me['applications'] );
		$app = $me['applications'][0];
		$this->assertSame( 'accepted', $app['stage'] );
		$this->assertSame( array( 'done', 'done', 'current', 'upcoming', 'upcoming', 'upcoming' ), array_column( $app['pipeline'], 'state' ) );
		$this->assertSame( 'Maria Mentor', $app['mentor']['name'] );
		$this->assertSame( 'maria', $app['mentor']['slack_username'] );
		$this->assertArrayNotHasKey( 'email', $app['mentor'] );
		$this->assertNotEmpty( $app['next_sessions'] );
		$this->assertTrue( $app['can_withdraw'] );
	}
}
