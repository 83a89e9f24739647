<?php
/**
 * Nudges: what is due when, the weekly cap, opt-out, and each nudge sent once.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Tests\Nudges;

use Mentorship_Program\Applications\Applications;
use Mentorship_Program\Database\Schema as Plugin_Schema;
use Mentorship_Program\Settings\Settings;
use Mentorship_Program\Mentorship\Attention;
use Mentorship_Program\Mentorship\Checkins;
use Mentorship_Program\Nudges\Nudges;
use Mentorship_Program\Nudges\Opt_Out;
use Mentorship_Program\Nudges\Schema;
use Mentorship_Program\Tests\Fixtures;
use Mentorship_Program\Tests\Mentorship\Mentorship_Fixtures;
use Mentorship_Program\Tests\TestCase;

/**
 * Runs the hourly handler at chosen moments and reads the mail queue it fills.
 */
final class Nudges_Test extends TestCase {

	use Fixtures;
	use Mentorship_Fixtures;

	/**
	 * Queued mails to an address whose subject contains a text.
	 *
	 * @param string $email   Address.
	 * @param string $subject Part of the subject.
	 * @return array<int, array<string, string>>
	 */
	private function queued( string $email, string $subject = '' ): array {
		global $wpdb;
		$table = Plugin_Schema::table( 'mail' );
		$rows  = (array) $wpdb->get_results( $wpdb->prepare( "SELECT subject, body FROM {$table} WHERE recipient = %s ORDER BY id", strtolower( $email ) ), ARRAY_A );
		return array_values( array_filter( $rows, static fn( $row ) => '' === $subject || str_contains( $row['subject'], $subject ) ) );
	}

	/**
	 * An application's address.
	 *
	 * @param int $id Application.
	 * @return string
	 */
	private function email( int $id ): string {
		return strtolower( (string) Applications::get( $id )['fields']['email'] );
	}

	/**
	 * A running cohort with a mentor and a mentee whose last check-in was $days ago.
	 *
	 * @param int $days Days since the last check-in.
	 * @return array{cohort: int, mentor: array{id: int, user: int}, mentee: array{id: int, user: int}}
	 */
	private function quiet_pair( int $days ): array {
		$cohort = $this->running_cohort( 30, 30 );
		$mentor = $this->mentor_in( $cohort['id'] );
		$mentee = $this->mentee_in( $cohort['id'], $mentor['id'] );
		$this->assertIsArray( Checkins::create( $this->checkin_values( array( $mentee['id'] ), array( 'held_on' => gmdate( 'Y-m-d', time() - $days * DAY_IN_SECONDS ) ) ), $mentor['user'] ) );
		return array(
			'cohort' => (int) $cohort['id'],
			'mentor' => $mentor,
			'mentee' => $mentee,
		);
	}

	public function test_a_mentor_is_reminded_once_the_pair_is_quiet_for_the_cohorts_days(): void {
		$pair  = $this->quiet_pair( 10 );
		$email = $this->email( $pair['mentor']['id'] );

		$this->assertSame( 0, Nudges::run( time() )['queued'], 'Ten quiet days of fourteen: not due.' );
		$this->assertSame( array(), $this->queued( $email, 'check in' ) );

		// The cohort's own setting (Needs attention's quiet days) decides.
		Attention::set_stale_days( $pair['cohort'], 7 );
		$this->assertSame( 1, Nudges::run( time() )['queued'] );
		$mails = $this->queued( $email, 'check in' );
		$this->assertCount( 1, $mails );
		$mentee = Applications::get( $pair['mentee']['id'] );
		$this->assertStringContainsString( (string) $mentee['fields']['name'], $mails[0]['subject'] );
		$this->assertStringContainsString( '10 days since your last check-in', $mails[0]['body'] );
		$this->assertMatchesRegularExpression( '/[?&]mentorship_reminders=' . $pair['mentor']['id'] . '&(amp;)?token=[a-f0-9]{32}/', $mails[0]['body'] );
	}

	public function test_the_cohort_schedule_can_turn_check_in_reminders_off(): void {
		$pair = $this->quiet_pair( 20 );
		$this->assertSame( true, Nudges::schedule( $pair['cohort'] )['checkin_reminder'] );
		$this->assertIsArray( Nudges::set_schedule( $pair['cohort'], array( 'checkin_reminder' => false ) ) );
		$this->assertSame( 0, Nudges::run( time() )['queued'] );
		$this->assertIsArray( Nudges::set_schedule( $pair['cohort'], array( 'checkin_reminder' => true ) ) );
		$this->assertSame( 1, Nudges::run( time() )['queued'] );
		$this->assertWPError( Nudges::set_schedule( $pair['cohort'], array( 'session_hours' => 0 ) ) );
	}

	public function test_running_twice_or_late_after_a_gap_queues_each_nudge_once(): void {
		$pair  = $this->quiet_pair( 20 );
		$email = $this->email( $pair['mentor']['id'] );

		$first  = Nudges::run( time() );
		$second = Nudges::run( time() );
		$this->assertSame( 1, $first['queued'] );
		$this->assertSame( 0, $second['queued'] );
		$this->assertSame( 1, $second['already'] );
		// A run three days late (after missed runs) finds the same quiet period: nothing new.
		$this->assertSame( 0, Nudges::run( time() + 3 * DAY_IN_SECONDS )['queued'] );
		$this->assertCount( 1, $this->queued( $email, 'check in' ) );

		// Two overlapping runs claim the same key: only one gets through.
		$due = array_values( array_filter( Nudges::due( time() ), static fn( $n ) => $n['person'] === $pair['mentor']['id'] ) );
		$this->assertCount( 1, $due );
		$this->assertWPError( Nudges::send( $due[0], 0, time() ) );

		// A new check-in starts a new quiet period: one more reminder when it runs long.
		$this->assertIsArray( Checkins::create( $this->checkin_values( array( $pair['mentee']['id'] ) ), $pair['mentor']['user'] ) );
		$this->assertSame( 0, Nudges::run( time() )['queued'] );
		$this->assertSame( 1, Nudges::run( time() + 15 * DAY_IN_SECONDS )['queued'] );
		$this->assertSame( 0, Nudges::run( time() + 16 * DAY_IN_SECONDS )['queued'] );
		$this->assertCount( 2, $this->queued( $email, 'check in' ) );
	}

	public function test_a_run_with_nothing_new_costs_the_same_whatever_the_number_of_pairs(): void {
		global $wpdb;
		$cohort  = $this->running_cohort( 30, 30 );
		$queries = array();
		foreach ( array( 2, 8 ) as $pairs ) {
			for ( $i = count( $queries ) * 2; $i < $pairs; $i++ ) {
				$mentor = $this->mentor_in( $cohort['id'] );
				$mentee = $this->mentee_in( $cohort['id'], $mentor['id'] );
				$this->assertIsArray( Checkins::create( $this->checkin_values( array( $mentee['id'] ), array( 'held_on' => gmdate( 'Y-m-d', time() - 20 * DAY_IN_SECONDS ) ) ), $mentor['user'] ) );
			}
			Nudges::run( time() );
			wp_cache_flush();
			$before = $wpdb->num_queries;
			$result = Nudges::run( time() );
			$queries[] = $wpdb->num_queries - $before;
			$this->assertSame( 0, $result['queued'] );
			$this->assertSame( $pairs, $result['already'] );
		}
		$this->assertSame( $queries[0], $queries[1], 'Queries of a run with 2 and with 8 quiet pairs.' );
	}

	public function test_nobody_gets_more_than_the_weekly_cap(): void {
		$cohort  = $this->running_cohort( 30, 30 );
		$mentor  = $this->mentor_in( $cohort['id'], 5 );
		$mentees = array();
		foreach ( range( 1, 3 ) as $n ) {
			$mentees[] = $this->mentee_in( $cohort['id'], $mentor['id'] )['id'];
			$this->assertIsArray( Checkins::create( $this->checkin_values( array( end( $mentees ) ), array( 'held_on' => gmdate( 'Y-m-d', time() - 20 * DAY_IN_SECONDS ) ) ), $mentor['user'] ) );
		}
		$email = $this->email( $mentor['id'] );
		$this->assertSame( 2, Nudges::weekly_cap() );

		$result = Nudges::run( time() );
		$this->assertSame( 2, $result['queued'] );
		$this->assertSame( 1, $result['capped'] );
		$this->assertSame( 0, Nudges::run( time() + DAY_IN_SECONDS )['queued'], 'Still inside the seven days.' );
		$this->assertCount( 2, $this->queued( $email, 'check in' ) );
		// Once the week has passed, the one held back goes out, and only that one.
		$this->assertSame( 1, Nudges::run( time() + 8 * DAY_IN_SECONDS )['queued'] );
		$this->assertCount( 3, $this->queued( $email, 'check in' ) );

		// The cap is a setting.
		Settings::update( array( 'nudge_weekly_cap' => 0 ) );
		$this->assertSame( 0, Nudges::weekly_cap() );
		$this->assertSame( 'mentorship_nudge_capped', Nudges::nudge_pair( $mentor['id'], $mentees[0], 1, time() + 20 * DAY_IN_SECONDS )->get_error_code() );
	}

	/**
	 * A cohort with a weekly group session on Thursdays at 00:30 UTC, and active people.
	 *
	 * @param string $starts Y-m-d.
	 * @param string $ends   Y-m-d.
	 * @return array{cohort: int, mentee: int, mentor: int}
	 */
	private function session_cohort( string $starts, string $ends ): array {
		$cohort = $this->make_cohort(
			array(
				'opens_at'  => '2030-01-01T00:00:00Z',
				'closes_at' => '2030-01-10T00:00:00Z',
				'starts_on' => $starts,
				'ends_on'   => $ends,
				'schedule'  => array(
					'rule'     => 'weekly',
					'weekday'  => 4,
					'times'    => array( '00:30' ),
					'duration' => 60,
					'title'    => 'Group chat',
				),
			)
		);
		$mentee = $this->make_application( 'mentee', $cohort['id'], array( 'in_review', 'accepted', 'active' ), array( 'timezone' => 'Pacific/Auckland' ) );
		$mentor = $this->make_application( 'mentor', $cohort['id'], array( 'in_review', 'approved', 'active' ), array( 'timezone' => 'America/Los_Angeles' ) );
		// Not active: no session reminder.
		$this->make_application( 'mentee', $cohort['id'], array( 'in_review', 'waitlisted' ) );
		return array(
			'cohort' => (int) $cohort['id'],
			'mentee' => (int) $mentee['id'],
			'mentor' => (int) $mentor['id'],
		);
	}

	public function test_session_reminders_go_a_day_before_in_each_persons_time_zone(): void {
		// 2030-02-07 is a Thursday; its session starts at 00:30 UTC.
		$c       = $this->session_cohort( '2030-02-04', '2030-03-01' );
		$session = (int) strtotime( '2030-02-07 00:30:00 UTC' );

		$this->assertSame( 0, Nudges::run( $session - 25 * HOUR_IN_SECONDS )['queued'], 'Not yet: 25 hours before.' );
		$this->assertSame( 2, Nudges::run( $session - 24 * HOUR_IN_SECONDS )['queued'], 'Due from 24 hours before.' );
		$this->assertSame( 0, Nudges::run( $session - 23 * HOUR_IN_SECONDS )['queued'], 'Already sent.' );

		$mentee = $this->queued( $this->email( $c['mentee'] ), 'Reminder' );
		$mentor = $this->queued( $this->email( $c['mentor'] ), 'Reminder' );
		$this->assertCount( 1, $mentee );
		$this->assertCount( 1, $mentor );
		// 00:30 UTC on Thursday is Thursday 13:30 in Auckland and Wednesday 16:30 in Los Angeles.
		$this->assertStringContainsString( 'Thursday, February 7, 2030 at 13:30 (Pacific/Auckland; 00:30 UTC)', $mentee[0]['body'] );
		$this->assertStringContainsString( 'Wednesday, February 6, 2030 at 16:30 (America/Los_Angeles; 00:30 UTC)', $mentor[0]['body'] );
		$this->assertStringContainsString( 'Group chat', $mentee[0]['subject'] );
	}

	public function test_a_late_run_reminds_before_the_session_but_never_after_it_started(): void {
		$c       = $this->session_cohort( '2030-02-04', '2030-03-01' );
		$session = (int) strtotime( '2030-02-07 00:30:00 UTC' );
		$email   = $this->email( $c['mentee'] );

		// Runs missed all day: the first run after the session started sends nothing for it.
		$this->assertSame( 0, Nudges::run( $session + 60 )['queued'] );
		$this->assertCount( 0, $this->queued( $email, 'Reminder' ) );
		// One minute before the next session, a late run still reminds.
		$this->assertSame( 2, Nudges::run( $session + 7 * DAY_IN_SECONDS - 60 )['queued'] );
		$this->assertSame( 0, Nudges::run( $session + 7 * DAY_IN_SECONDS - 30 )['queued'] );
		$this->assertCount( 1, $this->queued( $email, 'Reminder' ) );
	}

	public function test_session_reminders_respect_the_cohort_dates_and_its_lead_time(): void {
		// Ends on Thursday 2030-02-14: that day's session is the last one.
		$c = $this->session_cohort( '2030-02-07', '2030-02-14' );
		$this->assertSame( 2, Nudges::run( (int) strtotime( '2030-02-13 06:00:00 UTC' ) )['queued'] );
		$this->assertSame( 0, Nudges::run( (int) strtotime( '2030-02-20 06:00:00 UTC' ) )['queued'], 'After the end date there is no session.' );

		// A cohort whose first day is a Thursday: its first session is reminded the day before it starts.
		$d = $this->session_cohort( '2030-03-07', '2030-04-01' );
		$this->assertSame( 2, Nudges::run( (int) strtotime( '2030-03-06 01:00:00 UTC' ) )['queued'] );

		// Lead time and the switch come from the cohort's schedule.
		$this->assertIsArray( Nudges::set_schedule( $d['cohort'], array( 'session_hours' => 2 ) ) );
		$this->assertSame( 0, Nudges::run( (int) strtotime( '2030-03-13 06:00:00 UTC' ) )['queued'] );
		$this->assertSame( 2, Nudges::run( (int) strtotime( '2030-03-13 23:00:00 UTC' ) )['queued'] );
		$this->assertIsArray( Nudges::set_schedule( $d['cohort'], array( 'session_reminder' => false ) ) );
		$this->assertSame( 0, Nudges::run( (int) strtotime( '2030-03-20 23:00:00 UTC' ) )['queued'] );
		unset( $c );
	}

	public function test_the_opt_out_link_asks_first_and_acts_only_on_a_post_with_token_and_nonce(): void {
		$pair  = $this->quiet_pair( 20 );
		$id    = $pair['mentor']['id'];
		$email = $this->email( $id );
		$this->assertSame( 1, Nudges::run( time() )['queued'] );
		preg_match( '/[?&]mentorship_reminders=(\d+)&(?:amp;)?token=([a-f0-9]{32})/', $this->queued( $email, 'check in' )[0]['body'], $link );
		$this->assertSame( (string) $id, $link[1] );

		// GET: a confirmation page, nothing changes.
		$page = Opt_Out::answer( 'GET', array( 'mentorship_reminders' => $link[1], 'token' => $link[2] ) );
		$this->assertSame( 200, $page['status'] );
		$this->assertTrue( $page['form'] );
		$this->assertFalse( Opt_Out::is_opted_out( $email ) );
		// A wrong token, or a POST without the nonce, changes nothing either.
		$this->assertSame( 403, Opt_Out::answer( 'POST', array( 'mentorship_reminders' => $link[1], 'token' => str_repeat( 'a', 32 ), '_wpnonce' => wp_create_nonce( 'mentorship_reminders_' . $id ) ) )['status'] );
		$this->assertSame( 403, Opt_Out::answer( 'POST', array( 'mentorship_reminders' => $link[1], 'token' => $link[2] ) )['status'] );
		$this->assertSame( 403, Opt_Out::answer( 'GET', array( 'mentorship_reminders' => (string) $pair['mentee']['id'], 'token' => $link[2] ) )['status'], 'A token is for one person only.' );
		$this->assertFalse( Opt_Out::is_opted_out( $email ) );

		// The served link: a bare GET shows the page and leaves the state alone.
		$_GET                      = array( 'mentorship_reminders' => $link[1], 'token' => $link[2] );
		$_SERVER['REQUEST_METHOD'] = 'GET';
		$html                      = $this->served_page();
		$this->assertStringContainsString( 'Stop reminder e-mails', $html );
		$this->assertStringContainsString( 'method="post"', $html );
		$this->assertFalse( Opt_Out::is_opted_out( $email ) );

		// POST with token and nonce (no login): done.
		$page = Opt_Out::answer( 'POST', array( 'mentorship_reminders' => $link[1], 'token' => $link[2], '_wpnonce' => wp_create_nonce( 'mentorship_reminders_' . $id ) ) );
		$this->assertSame( 200, $page['status'] );
		$this->assertTrue( Opt_Out::is_opted_out( $email ) );

		// No reminders any more, scheduled or by hand.
		$this->assertIsArray( Checkins::create( $this->checkin_values( array( $pair['mentee']['id'] ) ), $pair['mentor']['user'] ) );
		$result = Nudges::run( time() + 20 * DAY_IN_SECONDS );
		$this->assertSame( 0, $result['queued'] );
		$this->assertSame( 1, $result['opted_out'] );
		$this->assertSame( 'mentorship_nudge_opted_out', Nudges::nudge_pair( $id, $pair['mentee']['id'], 1 )->get_error_code() );
		$this->assertCount( 1, $this->queued( $email, 'check in' ) );
	}

	/**
	 * Runs the link handler as WordPress would and returns the page it prints.
	 *
	 * @return string
	 */
	private function served_page(): string {
		$handler = static function () {
			return static function ( $message ) {
				throw new \RuntimeException( (string) $message );
			};
		};
		add_filter( 'wp_die_handler', $handler );
		try {
			( new Opt_Out() )->handle_link();
			$this->fail( 'The link handler printed no page.' );
		} catch ( \RuntimeException $page ) {
			return $page->getMessage();
		} finally {
			remove_filter( 'wp_die_handler', $handler );
		}
		return '';
	}

	public function test_the_my_mentorship_block_turns_reminders_off_and_on(): void {
		$pair  = $this->quiet_pair( 20 );
		$email = $this->email( $pair['mentor']['id'] );
		wp_set_current_user( $pair['mentor']['user'] );

		$html = do_blocks( '<!-- wp:mentorship-program/my-mentorship /-->' );
		$this->assertStringContainsString( 'Turn reminder e-mails off', $html );
		$this->assertNull( Opt_Out::toggle( array( 'reminders' => 'off' ), $pair['mentor']['user'] ), 'No nonce: refused.' );
		$this->assertFalse( Opt_Out::is_opted_out( $email ) );

		$this->assertFalse( Opt_Out::toggle( array( 'reminders' => 'off', 'mentorship_nonce' => wp_create_nonce( Opt_Out::ACCOUNT_NONCE ) ), $pair['mentor']['user'] ) );
		$this->assertTrue( Opt_Out::is_opted_out( $email ) );
		$this->assertStringContainsString( 'Turn reminder e-mails on', do_blocks( '<!-- wp:mentorship-program/my-mentorship /-->' ) );
		$this->assertSame( 1, Nudges::run( time() )['opted_out'] );

		$this->assertTrue( Opt_Out::toggle( array( 'reminders' => 'on', 'mentorship_nonce' => wp_create_nonce( Opt_Out::ACCOUNT_NONCE ) ), $pair['mentor']['user'] ) );
		$this->assertFalse( Opt_Out::is_opted_out( $email ) );
		$this->assertSame( 1, Nudges::run( time() )['queued'] );

		// A mentee has the same toggle; someone without records has none.
		wp_set_current_user( $pair['mentee']['user'] );
		$this->assertStringContainsString( 'Turn reminder e-mails off', do_blocks( '<!-- wp:mentorship-program/my-mentorship /-->' ) );
		$stranger = $this->create_user( 'subscriber' );
		wp_set_current_user( $stranger );
		$this->assertStringNotContainsString( 'Reminder e-mails', do_blocks( '<!-- wp:mentorship-program/my-mentorship /-->' ) );
		$this->assertNull( Opt_Out::toggle( array( 'reminders' => 'off', 'mentorship_nonce' => wp_create_nonce( Opt_Out::ACCOUNT_NONCE ) ), $stranger ) );
	}

	public function test_nudge_texts_are_editable_like_the_other_e_mails_and_keep_the_opt_out_link(): void {
		wp_set_current_user( $this->create_user( 'mentorship_coordinator' ) );
		$settings = $this->rest( 'GET', '/mentorship/v1/settings' )->get_data();
		$this->assertArrayHasKey( Nudges::TEMPLATE_CHECKIN, $settings['mail_templates'] );
		$this->assertArrayHasKey( Nudges::TEMPLATE_SESSION, $settings['mail_templates'] );
		foreach ( array( '{mentee}', '{days}', '{session}', '{session_time}', '{opt_out_url}' ) as $placeholder ) {
			$this->assertContains( $placeholder, $settings['placeholders'] );
		}
		$saved = $this->rest(
			'POST',
			'/mentorship/v1/settings',
			array(
				'mail_templates' => array(
					Nudges::TEMPLATE_CHECKIN => array(
						'subject' => 'Time for a chat with {mentee}?',
						'body'    => 'Hello {name}, {days} days already.',
					),
				),
			)
		);
		$this->assertSame( 200, $saved->get_status(), wp_json_encode( $saved->get_data() ) );

		$pair = $this->quiet_pair( 20 );
		$this->assertSame( 1, Nudges::run( time() )['queued'] );
		$mail = $this->queued( $this->email( $pair['mentor']['id'] ), 'Time for a chat' );
		$this->assertCount( 1, $mail );
		$this->assertStringContainsString( '20 days already.', $mail[0]['body'] );
		$this->assertStringContainsString( 'mentorship_reminders=' . $pair['mentor']['id'], $mail[0]['body'], 'The way out is added when a text leaves it out.' );

		// Turned off: nothing goes out.
		$this->rest( 'POST', '/mentorship/v1/settings', array( 'mail_templates' => array( Nudges::TEMPLATE_CHECKIN => array( 'enabled' => false ) ) ) );
		$this->assertIsArray( Checkins::create( $this->checkin_values( array( $pair['mentee']['id'] ) ), $pair['mentor']['user'] ) );
		$this->assertSame( 1, Nudges::run( time() + 20 * DAY_IN_SECONDS )['disabled'] );
	}

	public function test_the_log_is_kept_for_a_year(): void {
		global $wpdb;
		$pair = $this->quiet_pair( 20 );
		$this->assertSame( 1, Nudges::run( time() )['queued'] );
		$table = Schema::table( 'nudges' );
		$this->assertSame( 0, Nudges::apply_retention( time() ) );
		$this->assertSame( 1, Nudges::apply_retention( time() + 366 * DAY_IN_SECONDS ) );
		$this->assertSame( 0, (int) $wpdb->get_var( "SELECT COUNT(*) FROM {$table}" ) );
		unset( $pair );
	}
}
