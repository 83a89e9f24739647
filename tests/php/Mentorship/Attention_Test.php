<?php
/**
 * "Needs attention": each rule, its edges in time, its order and its query count.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Tests\Mentorship;

require_once __DIR__ . '/Mentorship_Fixtures.php';

use Mentorship_Program\Applications\Applications;
use Mentorship_Program\Mentorship\Attention;
use Mentorship_Program\Graduation\Criteria;
use Mentorship_Program\Mentorship\Checkins;
use Mentorship_Program\Mentorship\Goals;
use Mentorship_Program\Mentorship\Last_Seen;
use Mentorship_Program\Tests\Fixtures;
use Mentorship_Program\Tests\TestCase;

/**
 * Real data through the real read model.
 */
final class Attention_Test extends TestCase {

	use Fixtures;
	use Mentorship_Fixtures;

	/**
	 * Logs a check-in dated $days_ago days before now (UTC).
	 *
	 * @param array{id: int, user: int} $mentor    Mentor.
	 * @param int[]                     $mentees   Mentees.
	 * @param int                       $days_ago  Days ago.
	 * @param array<string, mixed>      $overrides Values.
	 */
	private function log( array $mentor, array $mentees, int $days_ago, array $overrides = array() ): void {
		$result = Checkins::create( $this->checkin_values( $mentees, array_merge( array( 'held_on' => gmdate( 'Y-m-d', time() - $days_ago * DAY_IN_SECONDS ) ), $overrides ) ), $mentor['user'] );
		$this->assertIsArray( $result, is_wp_error( $result ) ? $result->get_error_message() : '' );
	}

	/**
	 * Rows of one rule in a cohort.
	 *
	 * @param int      $cohort Cohort.
	 * @param string   $rule   Rule.
	 * @param int|null $now    Now.
	 * @return array<int, array<string, mixed>>
	 */
	private function rows_of( int $cohort, string $rule, ?int $now = null ): array {
		return array_values( array_filter( Attention::rows( $cohort, $now ), static fn( $r ) => $r['rule'] === $rule ) );
	}

	public function test_stale_pair_after_fourteen_days_and_not_before(): void {
		$cohort = $this->running_cohort( 40, 30 );
		$mentor = $this->mentor_in( $cohort['id'] );
		$fresh  = $this->mentee_in( $cohort['id'], $mentor['id'] );
		$edge   = $this->mentee_in( $cohort['id'], $mentor['id'] );
		$old    = $this->mentee_in( $cohort['id'], $mentor['id'] );
		$this->log( $mentor, array( $fresh['id'] ), 13 );
		$this->log( $mentor, array( $edge['id'] ), 14 );
		$this->log( $mentor, array( $old['id'] ), 20 );
		$rows = $this->rows_of( $cohort['id'], 'stale' );
		$this->assertSame( array( $old['id'], $edge['id'] ), array_map( static fn( $r ) => $r['mentee']['id'], $rows ), 'Longest silence first; 13 days is not yet stale.' );
		$this->assertStringContainsString( 'for 20 days', $rows[0]['reason'] );
		$this->assertSame( gmdate( 'Y-m-d', time() - 20 * DAY_IN_SECONDS ), $rows[0]['date'], 'The date of the last check-in.' );
		$this->assertSame( $mentor['id'], $rows[0]['mentor']['id'] );
	}

	public function test_stale_days_follow_the_cohort_setting(): void {
		$cohort = $this->running_cohort( 40, 30 );
		$mentor = $this->mentor_in( $cohort['id'] );
		$mentee = $this->mentee_in( $cohort['id'], $mentor['id'] );
		$this->log( $mentor, array( $mentee['id'] ), 8 );
		$this->assertCount( 0, $this->rows_of( $cohort['id'], 'stale' ) );
		$this->assertTrue( Attention::set_stale_days( $cohort['id'], 7 ) );
		$this->assertCount( 1, $this->rows_of( $cohort['id'], 'stale' ) );
		$this->assertSame( 7, Attention::stale_days( $cohort['id'] ) );
	}

	public function test_no_checkin_yet_counts_from_the_cohort_start(): void {
		$young  = $this->running_cohort( 10, 30 );
		$mentor = $this->mentor_in( $young['id'] );
		$this->mentee_in( $young['id'], $mentor['id'] );
		$this->assertCount( 0, $this->rows_of( $young['id'], 'stale' ), 'Ten days into the cohort is not yet stale.' );

		$older   = $this->running_cohort( 15, 30 );
		$mentor2 = $this->mentor_in( $older['id'] );
		$late    = $this->mentee_in( $older['id'], $mentor2['id'] );
		$this->assertCount( 0, $this->rows_of( $older['id'], 'stale' ), 'Assigned today: the pair has had no time to meet.' );
		// Assigned before the cohort started: the days count from the start.
		$GLOBALS['wpdb']->update( \Mentorship_Program\Database\Schema::table( 'assignments' ), array( 'created_at' => gmdate( 'Y-m-d H:i:s', time() - 20 * DAY_IN_SECONDS ) ), array( 'mentee_id' => $late['id'] ) );
		$rows = $this->rows_of( $older['id'], 'stale' );
		$this->assertCount( 1, $rows );
		$this->assertStringContainsString( 'No check-in yet', $rows[0]['reason'] );
		$this->assertNull( $rows[0]['date'], 'A pair that never met has no last check-in.' );
	}

	public function test_day_boundaries_are_utc_calendar_days(): void {
		$cohort = $this->running_cohort( 40, 30 );
		$mentor = $this->mentor_in( $cohort['id'] );
		$mentee = $this->mentee_in( $cohort['id'], $mentor['id'] );
		$this->log( $mentor, array( $mentee['id'] ), 0 );
		$held     = strtotime( gmdate( 'Y-m-d' ) . ' 00:00:00 UTC' );
		$day_14   = $held + 14 * DAY_IN_SECONDS;
		$this->assertCount( 0, $this->rows_of( $cohort['id'], 'stale', $day_14 - 30 * MINUTE_IN_SECONDS ), '23:30 UTC on day 13 is not yet 14 days.' );
		$this->assertCount( 1, $this->rows_of( $cohort['id'], 'stale', $day_14 + 30 * MINUTE_IN_SECONDS ), '00:30 UTC on day 14 is.' );
	}

	public function test_a_checkin_dated_tomorrow_in_utc_is_recent_not_negative(): void {
		$cohort = $this->running_cohort( 40, 30 );
		$mentor = $this->mentor_in( $cohort['id'] );
		$mentee = $this->mentee_in( $cohort['id'], $mentor['id'] );
		// A mentor east of UTC logs "today", which is already tomorrow in UTC.
		$this->log( $mentor, array( $mentee['id'] ), -1 );
		$this->assertSame( array(), Attention::rows( $cohort['id'] ) );
	}

	public function test_absent_from_two_sessions_in_a_row(): void {
		$cohort = $this->running_cohort( 40, 30 );
		$mentor = $this->mentor_in( $cohort['id'] );
		$a      = $this->mentee_in( $cohort['id'], $mentor['id'] );
		$b      = $this->mentee_in( $cohort['id'], $mentor['id'] );
		$this->log( $mentor, array( $a['id'], $b['id'] ), 9, array( 'attendees' => array( $a['id'], $b['id'] ) ) );
		$this->log( $mentor, array( $a['id'], $b['id'] ), 5, array( 'attendees' => array( $a['id'] ) ) );
		// An async exchange in between is not a session and does not break the run.
		$this->log( $mentor, array( $b['id'] ), 3, array( 'kind' => 'async' ) );
		$this->assertCount( 0, $this->rows_of( $cohort['id'], 'absent' ), 'One missed session is not two.' );
		$this->log( $mentor, array( $a['id'], $b['id'] ), 1, array( 'attendees' => array( $a['id'] ) ) );
		$rows = $this->rows_of( $cohort['id'], 'absent' );
		$this->assertCount( 1, $rows );
		$this->assertSame( $b['id'], $rows[0]['mentee']['id'] );
		$this->assertStringContainsString( 'missed the last two sessions', $rows[0]['reason'] );
		// Attending the next one clears it.
		$this->log( $mentor, array( $a['id'], $b['id'] ), 0 );
		$this->assertCount( 0, $this->rows_of( $cohort['id'], 'absent' ) );
	}

	public function test_help_flag_until_a_later_checkin_without_it(): void {
		$cohort = $this->running_cohort( 40, 30 );
		$mentor = $this->mentor_in( $cohort['id'] );
		$mentee = $this->mentee_in( $cohort['id'], $mentor['id'] );
		$this->log( $mentor, array( $mentee['id'] ), 2, array( 'needs_help' => true ) );
		$rows = Attention::rows( $cohort['id'] );
		$this->assertSame( 'help', $rows[0]['rule'] );
		$this->assertStringContainsString( 'asked a coordinator for help', $rows[0]['reason'] );
		$this->log( $mentor, array( $mentee['id'] ), 1 );
		$this->assertCount( 0, $this->rows_of( $cohort['id'], 'help' ) );
	}

	public function test_cohort_ending_within_seven_days_with_mentees_not_graduated(): void {
		$cases = array(
			'ends today'       => array( 0, true ),
			'ends in 7 days'   => array( 7, true ),
			'ends in 8 days'   => array( 8, false ),
		);
		foreach ( $cases as $label => list( $ends, $expected ) ) {
			$cohort = $this->running_cohort( 30, $ends );
			$mentor = $this->mentor_in( $cohort['id'] );
			$mentee = $this->mentee_in( $cohort['id'], $mentor['id'] );
			$this->log( $mentor, array( $mentee['id'] ), 1 );
			$rows = $this->rows_of( $cohort['id'], 'ending' );
			$this->assertCount( $expected ? 1 : 0, $rows, $label );
			if ( $expected ) {
				$this->assertStringContainsString( 0 === $ends ? 'ends today' : 'ends in 7 days', $rows[0]['reason'] );
				// A graduate is not flagged.
				$this->assertIsArray( Applications::transition( $mentee['id'], 'active', array( 'allow_unassigned' => true ) ) );
				$this->assertIsArray( Applications::transition( $mentee['id'], 'graduated' ) );
				$this->assertCount( 0, $this->rows_of( $cohort['id'], 'ending' ), $label . ' after graduation' );
			}
		}
		// Ended yesterday: the cohort is over; nothing about it is listed by default.
		$over   = $this->running_cohort( 30, -1 );
		$mentor = $this->mentor_in( $over['id'] );
		$this->mentee_in( $over['id'], $mentor['id'] );
		$this->assertSame( array(), array_filter( Attention::rows(), static fn( $r ) => $r['cohort']['id'] === $over['id'] ) );
	}

	public function test_accepted_mentee_without_mentor_and_mentor_over_capacity(): void {
		$cohort = $this->running_cohort( 5, 30 );
		$mentor = $this->mentor_in( $cohort['id'], 2 );
		$this->mentee_in( $cohort['id'], $mentor['id'] );
		$this->mentee_in( $cohort['id'], $mentor['id'] );
		$alone = $this->mentee_in( $cohort['id'] );
		$this->assertCount( 0, $this->rows_of( $cohort['id'], 'capacity' ) );
		$rows = $this->rows_of( $cohort['id'], 'no_mentor' );
		$this->assertSame( array( $alone['id'] ), array_map( static fn( $r ) => $r['mentee']['id'], $rows ) );
		$this->assertStringContainsString( 'has no mentor', $rows[0]['reason'] );

		// The mentor lowers their capacity after the match.
		update_post_meta( $mentor['id'], Applications::META_PREFIX . 'capacity', 1 );
		$rows = $this->rows_of( $cohort['id'], 'capacity' );
		$this->assertCount( 1, $rows );
		$this->assertStringContainsString( 'mentors 2 mentees, above their capacity of 1', $rows[0]['reason'] );
	}

	public function test_most_urgent_first(): void {
		$cohort = $this->running_cohort( 40, 30 );
		$mentor = $this->mentor_in( $cohort['id'], 1 );
		$a      = $this->mentee_in( $cohort['id'], $mentor['id'] );
		$this->mentee_in( $cohort['id'] );
		$this->log( $mentor, array( $a['id'] ), 20, array( 'needs_help' => true ) );
		$rules = array_column( Attention::rows( $cohort['id'] ), 'rule' );
		$this->assertSame( array( 'help', 'no_mentor', 'stale' ), $rules );
	}

	public function test_constant_number_of_queries(): void {
		global $wpdb;
		$count  = function (): int {
			global $wpdb;
			wp_cache_flush();
			$before = $wpdb->num_queries;
			Attention::rows();
			return $wpdb->num_queries - $before;
		};
		$cohort = $this->running_cohort( 40, 30 );
		$mentor = $this->mentor_in( $cohort['id'] );
		$m      = $this->mentee_in( $cohort['id'], $mentor['id'] );
		$this->log( $mentor, array( $m['id'] ), 20 );
		// The first call also pays for core's lazy loading of term meta queued earlier.
		$count();
		$small = $count();
		for ( $i = 0; $i < 3; $i++ ) {
			$c      = $this->running_cohort( 30, 3 );
			$mentor = $this->mentor_in( $c['id'], 1 );
			$x      = $this->mentee_in( $c['id'], $mentor['id'] );
			$this->mentee_in( $c['id'] );
			$this->log( $mentor, array( $x['id'] ), 2, array( 'needs_help' => true ) );
		}
		$this->assertGreaterThan( 8, count( Attention::rows() ) );
		$this->assertSame( $small, $count(), 'The same queries for four cohorts as for one.' );
		$this->assertLessThanOrEqual( 8, $small );
		unset( $wpdb );
	}

	public function test_command_lists_rows_of_one_cohort(): void {
		$cohort = $this->running_cohort( 5, 30 );
		$alone  = $this->mentee_in( $cohort['id'] );
		$other  = $this->running_cohort( 5, 30 );
		$this->mentee_in( $other['id'] );
		$rows = \Mentorship_Program\Mentorship\Attention_Command::table( $cohort['id'] );
		$this->assertCount( 1, $rows );
		$this->assertSame( 'no_mentor', $rows[0]['rule'] );
		$this->assertStringContainsString( '(#' . $alone['id'] . ')', $rows[0]['mentee'] );
		$this->assertCount( 2, \Mentorship_Program\Mentorship\Attention_Command::table( 0 ) );
	}

	public function test_demo_content_has_a_running_cohort_with_attention_rows(): void {
		\Mentorship_Program\Demo\Demo_Content::seed();
		$this->assertNotNull( get_page_by_path( 'my-mentorship' ) );
		$rules = array_count_values( array_column( Attention::rows(), 'rule' ) );
		ksort( $rules );
		$this->assertSame(
			array(
				'absent'    => 1,
				'help'      => 1,
				'no_mentor' => 2,
				'stale'     => 1,
			),
			$rules
		);
		$mentee = get_user_by( 'login', 'demo-mentee' );
		wp_set_current_user( $mentee->ID );
		$html = do_blocks( '<!-- wp:mentorship-program/my-mentorship /-->' );
		$this->assertStringContainsString( 'Grace Mentor', $html );
		$this->assertStringContainsString( 'Attend two docs team meetings', $html );
		$this->assertStringNotContainsString( 'ready for a bigger ticket', $html );
	}
	public function test_mentor_not_seen_for_the_cohorts_days(): void {
		$cohort = $this->running_cohort( 40, 30 );
		$quiet  = $this->mentor_in( $cohort['id'] );
		$busy   = $this->mentor_in( $cohort['id'] );
		$unseen = $this->mentor_in( $cohort['id'] );
		$idle   = $this->mentor_in( $cohort['id'] );
		$older  = $this->mentee_in( $cohort['id'], $quiet['id'] );
		$newer  = $this->mentee_in( $cohort['id'], $quiet['id'] );
		$this->mentee_in( $cohort['id'], $busy['id'] );
		$this->mentee_in( $cohort['id'], $unseen['id'] );

		// Seen 20 days ago, last check-ins 16 and 15 days ago: quiet for 15 days.
		Last_Seen::record( $quiet['user'], time() - 20 * DAY_IN_SECONDS );
		$this->log( $quiet, array( $older['id'] ), 16 );
		$this->log( $quiet, array( $newer['id'] ), 15 );
		// Seen 20 days ago but logged in again today: not quiet.
		Last_Seen::record( $busy['user'], time() - 20 * DAY_IN_SECONDS );
		do_action( 'wp_login', get_userdata( $busy['user'] )->user_login, get_userdata( $busy['user'] ) );
		// Never seen since tracking began: left to the stale rule. Seen long ago, no mentees: nobody waits.
		Last_Seen::record( $idle['user'], time() - 60 * DAY_IN_SECONDS );

		$rows = $this->rows_of( $cohort['id'], 'mentor_quiet' );
		$this->assertSame( array( $quiet['id'] ), array_map( static fn( $r ) => $r['mentor']['id'], $rows ) );
		$this->assertSame( $older['id'], $rows[0]['mentee']['id'], 'The nudge is about the mentee who waited longest.' );
		$this->assertStringContainsString( 'for 15 days', $rows[0]['reason'] );
		$this->assertStringContainsString( '2 mentees wait', $rows[0]['reason'] );

		// One day less than the cohort's days: not yet.
		$this->assertTrue( Attention::set_stale_days( $cohort['id'], 16 ) );
		$this->assertCount( 0, $this->rows_of( $cohort['id'], 'mentor_quiet' ) );
	}

	public function test_last_seen_is_written_at_most_once_an_hour(): void {
		$user = $this->create_user( 'subscriber' );
		Last_Seen::record( $user, 1000000 );
		Last_Seen::record( $user, 1000000 + 1800 );
		$this->assertSame( 1000000, Last_Seen::get( $user ) );
		Last_Seen::record( $user, 1000000 + 3600 );
		$this->assertSame( 1003600, Last_Seen::get( $user ) );
	}
	public function test_cohort_ending_lists_only_mentees_who_miss_its_graduation_criteria(): void {
		$cohort = $this->running_cohort( 30, 3 );
		$this->assertIsArray( Criteria::save( $cohort['id'], array( 'goals_set' => true ) ) );
		$mentor = $this->mentor_in( $cohort['id'] );
		$ready  = $this->mentee_in( $cohort['id'], $mentor['id'] );
		$behind = $this->mentee_in( $cohort['id'], $mentor['id'] );
		$this->log( $mentor, array( $ready['id'], $behind['id'] ), 1 );
		$this->assertIsArray( Goals::create( $ready['id'], array( 'title' => 'First patch' ), $ready['user'] ) );

		$rows = $this->rows_of( $cohort['id'], 'ending' );
		$this->assertSame( array( $behind['id'] ), array_map( static fn( $r ) => $r['mentee']['id'], $rows ), 'Meeting every criterion: ready, not flagged.' );
		$this->assertStringContainsString( 'ends in 3 days', $rows[0]['reason'] );
		$this->assertStringContainsString( 'No goal set yet.', $rows[0]['reason'] );
	}
}
