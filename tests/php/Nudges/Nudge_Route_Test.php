<?php
/**
 * The "Nudge" action of Needs attention, the schedule route, and privacy of the log.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Tests\Nudges;

use Mentorship_Program\Applications\Applications;
use Mentorship_Program\Database\Schema as Plugin_Schema;
use Mentorship_Program\Mentorship\Checkins;
use Mentorship_Program\Nudges\Nudges;
use Mentorship_Program\Nudges\Opt_Out;
use Mentorship_Program\Nudges\Personal_Data;
use Mentorship_Program\Tests\Fixtures;
use Mentorship_Program\Tests\Mentorship\Mentorship_Fixtures;
use Mentorship_Program\Tests\TestCase;

/**
 * Through the real REST server.
 */
final class Nudge_Route_Test extends TestCase {

	use Fixtures;
	use Mentorship_Fixtures;

	/**
	 * A quiet pair in a running cohort.
	 *
	 * @return array<string, mixed>
	 */
	private function pair(): array {
		$cohort = $this->running_cohort( 30, 30 );
		$mentor = $this->mentor_in( $cohort['id'] );
		$mentee = $this->mentee_in( $cohort['id'], $mentor['id'], array( 'name' => 'Quiet Mentee' ) );
		$this->assertIsArray( Checkins::create( $this->checkin_values( array( $mentee['id'] ), array( 'held_on' => gmdate( 'Y-m-d', time() - 20 * DAY_IN_SECONDS ) ) ), $mentor['user'] ) );
		return array(
			'cohort' => (int) $cohort['id'],
			'mentor' => $mentor,
			'mentee' => $mentee,
			'email'  => strtolower( (string) Applications::get( $mentor['id'] )['fields']['email'] ),
		);
	}

	/**
	 * Mail rows queued to an address.
	 *
	 * @param string $email Address.
	 * @return int
	 */
	private function mail_count( string $email ): int {
		global $wpdb;
		$table = Plugin_Schema::table( 'mail' );
		return (int) $wpdb->get_var( $wpdb->prepare( "SELECT COUNT(*) FROM {$table} WHERE recipient = %s AND subject LIKE %s", $email, '%check in%' ) );
	}

	public function test_a_coordinator_nudges_a_quiet_mentor_and_the_row_says_when(): void {
		$p = $this->pair();
		wp_set_current_user( $this->create_user( 'mentorship_coordinator' ) );

		$row = $this->stale_row( $p );
		$this->assertNull( $row['nudged_at'] );

		$response = $this->rest( 'POST', '/mentorship/v1/nudges', array( 'mentor' => $p['mentor']['id'], 'mentee' => $p['mentee']['id'] ) );
		$this->assertSame( 201, $response->get_status(), wp_json_encode( $response->get_data() ) );
		$nudge = $response->get_data();
		$this->assertSame( 'manual', $nudge['kind'] );
		$this->assertGreaterThan( 0, $nudge['mail_id'] );
		$this->assertSame( 1, $this->mail_count( $p['email'] ) );
		$this->assertSame( $nudge['nudged_at'], $this->stale_row( $p )['nudged_at'] );

		// The queued mail goes out with the queue's next run.
		\Mentorship_Program\Notifications\Mailer::process();
		$sent = array_values( array_filter( $this->mails, static fn( $m ) => $m['to'] === $p['email'] && str_contains( (string) $m['subject'], 'check in' ) ) );
		$this->assertCount( 1, $sent );
		$this->assertStringContainsString( 'Quiet Mentee', $sent[0]['subject'] );

		// A second click the same day: refused, and says why.
		$again = $this->rest( 'POST', '/mentorship/v1/nudges', array( 'mentor' => $p['mentor']['id'], 'mentee' => $p['mentee']['id'] ) );
		$this->assertSame( 409, $again->get_status() );
		$this->assertSame( 'mentorship_nudge_already', $again->get_data()['code'] );
		$this->assertStringContainsString( 'already nudged', $again->get_data()['message'] );
		$this->assertSame( 1, $this->mail_count( $p['email'] ) );
	}

	/**
	 * The pair's "No recent check-in" row, as the REST route answers it.
	 *
	 * @param array<string, mixed> $p Pair.
	 * @return array<string, mixed>
	 */
	private function stale_row( array $p ): array {
		$rows = $this->rest( 'GET', '/mentorship/v1/attention?rule=stale&cohort=' . $p['cohort'] )->get_data();
		$rows = array_values( array_filter( $rows, static fn( $r ) => ( $r['mentee']['id'] ?? 0 ) === $p['mentee']['id'] ) );
		$this->assertCount( 1, $rows );
		$this->assertArrayHasKey( 'nudged_at', $rows[0] );
		return $rows[0];
	}

	public function test_refusals_name_the_reason(): void {
		$p = $this->pair();
		wp_set_current_user( $this->create_user( 'mentorship_coordinator' ) );
		$body = array(
			'mentor' => $p['mentor']['id'],
			'mentee' => $p['mentee']['id'],
		);

		// Opted out.
		Opt_Out::set( $p['email'], true );
		$response = $this->rest( 'POST', '/mentorship/v1/nudges', $body );
		$this->assertSame( 409, $response->get_status() );
		$this->assertSame( 'mentorship_nudge_opted_out', $response->get_data()['code'] );
		$this->assertStringContainsString( 'turned reminder e-mails off', $response->get_data()['message'] );
		Opt_Out::set( $p['email'], false );

		// Weekly cap: two reminders this week already.
		$other = $this->mentee_in( $p['cohort'], $p['mentor']['id'] );
		$this->assertIsInt( Nudges::send( array( 'key' => 'test|1', 'kind' => 'checkin', 'template' => Nudges::TEMPLATE_CHECKIN, 'person' => $p['mentor']['id'], 'about' => $other['id'], 'cohort' => $p['cohort'], 'values' => array() ), 0, time() - DAY_IN_SECONDS ) );
		$this->assertIsInt( Nudges::send( array( 'key' => 'test|2', 'kind' => 'session', 'template' => Nudges::TEMPLATE_SESSION, 'person' => $p['mentor']['id'], 'about' => 0, 'cohort' => $p['cohort'], 'values' => array() ), 0, time() - HOUR_IN_SECONDS ) );
		$response = $this->rest( 'POST', '/mentorship/v1/nudges', $body );
		$this->assertSame( 409, $response->get_status() );
		$this->assertSame( 'mentorship_nudge_capped', $response->get_data()['code'] );
		$this->assertStringContainsString( 'in the last seven days', $response->get_data()['message'] );

		// Not a pair: 400 naming the field; unknown fields: 400 too.
		$stranger = $this->mentee_in( $p['cohort'] );
		$response = $this->rest( 'POST', '/mentorship/v1/nudges', array( 'mentor' => $p['mentor']['id'], 'mentee' => $stranger['id'] ) );
		$this->assertSame( 400, $response->get_status() );
		$this->assertArrayHasKey( 'mentee', $response->get_data()['data']['params'] );
		$this->assertSame( 400, $this->rest( 'POST', '/mentorship/v1/nudges', array( 'mentor' => $p['mentor']['id'] ) )->get_status() );
		$this->assertSame( 400, $this->rest( 'POST', '/mentorship/v1/nudges', array_merge( $body, array( 'note' => 'x' ) ) )->get_status() );

		// The mentor themself may not nudge (nor read the list).
		wp_set_current_user( $p['mentor']['user'] );
		$this->assertSame( 403, $this->rest( 'POST', '/mentorship/v1/nudges', $body )->get_status() );
	}

	public function test_a_cohorts_schedule_through_rest(): void {
		$p = $this->pair();
		wp_set_current_user( $this->create_user( 'mentorship_coordinator' ) );
		$route    = '/mentorship/v1/nudges/cohorts/' . $p['cohort'];
		$schedule = $this->rest( 'GET', $route )->get_data();
		$this->assertSame(
			array(
				'cohort'           => $p['cohort'],
				'session_reminder' => true,
				'session_hours'    => 24,
				'checkin_reminder' => true,
				'quiet_days'       => 14,
			),
			$schedule
		);
		$changed = $this->rest( 'POST', $route, array( 'session_hours' => 12, 'quiet_days' => 10 ) )->get_data();
		$this->assertSame( 12, $changed['session_hours'] );
		$this->assertSame( 10, $changed['quiet_days'] );
		$bad = $this->rest( 'POST', $route, array( 'session_hours' => 500 ) );
		$this->assertSame( 400, $bad->get_status() );
		$this->assertStringContainsString( 'session_hours', $bad->get_data()['message'] );
		$this->assertSame( array( 'session_hours' ), array_keys( $bad->get_data()['data']['params'] ), 'The refusal names the field.' );
		$this->assertSame( 12, Nudges::schedule( $p['cohort'] )['session_hours'], 'Nothing half-stored.' );
		$this->assertSame( 404, $this->rest( 'GET', '/mentorship/v1/nudges/cohorts/999999' )->get_status() );
	}

	public function test_the_log_and_the_opt_out_are_exported_and_erased(): void {
		$p = $this->pair();
		$this->assertSame( 1, Nudges::run( time() )['queued'] );
		Opt_Out::set( $p['email'], true, 'account' );

		$export = Personal_Data::export( strtoupper( $p['email'] ) );
		$this->assertTrue( $export['done'] );
		$this->assertCount( 2, $export['data'] );
		$this->assertSame( 'Check-in reminder', $export['data'][0]['data'][0]['value'] );
		$this->assertSame( 'Reminder e-mails turned off', $export['data'][1]['data'][0]['name'] );
		$this->assertArrayHasKey( 'mentorship-program-nudges', apply_filters( 'wp_privacy_personal_data_exporters', array() ) );
		$this->assertArrayHasKey( 'mentorship-program-nudges', apply_filters( 'wp_privacy_personal_data_erasers', array() ) );

		$this->assertStringContainsString( '365 days', Personal_Data::policy_text() );

		$erased = Personal_Data::erase( $p['email'] );
		$this->assertSame( 2, $erased['items_removed'] );
		$this->assertFalse( Opt_Out::is_opted_out( $p['email'] ) );
		$this->assertSame( array(), Personal_Data::export( $p['email'] )['data'] );
		$this->assertSame( 0, Nudges::sent_this_week( $p['email'] ) );
	}

	public function test_agents_read_attention_and_nudge_through_abilities(): void {
		if ( ! \Mentorship_Program\Abilities\Abilities::available() ) {
			$this->markTestSkipped( 'The Abilities API arrived in WordPress 6.9.' );
		}
		$p = $this->pair();
		wp_set_current_user( $this->create_user( 'mentorship_coordinator' ) );
		$list = $this->rest( 'GET', '/wp-abilities/v1/abilities/mentorship-program/list-attention/run?' . http_build_query( array( 'input' => array( 'cohort' => $p['cohort'], 'rule' => 'stale' ) ) ) );
		$this->assertSame( 200, $list->get_status(), (string) wp_json_encode( $list->get_data() ) );
		$this->assertSame( 1, $list->get_data()['total'] );
		$this->assertNull( $list->get_data()['items'][0]['nudged_at'] );

		$run = $this->rest( 'POST', '/wp-abilities/v1/abilities/mentorship-program/nudge-mentor/run', array( 'input' => array( 'mentor' => $p['mentor']['id'], 'mentee' => $p['mentee']['id'] ) ) );
		$this->assertSame( 200, $run->get_status(), (string) wp_json_encode( $run->get_data() ) );
		$this->assertSame( 'manual', $run->get_data()['kind'] );
		$this->assertSame( 1, $this->mail_count( $p['email'] ) );
		$again = $this->rest( 'POST', '/wp-abilities/v1/abilities/mentorship-program/nudge-mentor/run', array( 'input' => array( 'mentor' => $p['mentor']['id'], 'mentee' => $p['mentee']['id'] ) ) );
		$this->assertSame( 409, $again->get_status() );
		$this->assertSame( 1, $this->mail_count( $p['email'] ) );

		$list = $this->rest( 'GET', '/wp-abilities/v1/abilities/mentorship-program/list-attention/run?' . http_build_query( array( 'input' => array( 'cohort' => $p['cohort'], 'rule' => 'stale' ) ) ) );
		$this->assertSame( $run->get_data()['nudged_at'], $list->get_data()['items'][0]['nudged_at'] );
	}

	public function test_the_demo_shows_mentors_already_nudged(): void {
		\Mentorship_Program\Demo\Demo_Content::seed();
		wp_set_current_user( $this->create_user( 'mentorship_coordinator' ) );
		$rows    = $this->rest( 'GET', '/mentorship/v1/attention' )->get_data();
		$nudged  = array_values( array_filter( $rows, static fn( $r ) => null !== $r['nudged_at'] ) );
		$mentors = array_unique( array_map( static fn( $r ) => $r['mentor']['name'], $nudged ) );
		sort( $mentors );
		$this->assertSame( array( 'Grace Mentor', 'Omar Haddad' ), $mentors );
		// The demo queues no mail: its people have example addresses.
		global $wpdb;
		$this->assertSame( 0, (int) $wpdb->get_var( $wpdb->prepare( 'SELECT COUNT(*) FROM ' . Plugin_Schema::table( 'mail' ) . ' WHERE subject LIKE %s', '%check in%' ) ) );
	}

	public function test_deleting_an_application_deletes_its_log(): void {
		$p = $this->pair();
		$this->assertSame( 1, Nudges::run( time() )['queued'] );
		$this->assertSame( 1, Nudges::sent_this_week( $p['email'] ) );
		Applications::delete( $p['mentee']['id'] );
		$this->assertSame( 0, Nudges::sent_this_week( $p['email'] ) );
	}
}
