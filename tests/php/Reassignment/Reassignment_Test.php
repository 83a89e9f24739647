<?php
/**
 * Reassigning a mentee: candidates scored by the matcher, compare-and-set, history, mail.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Tests\Reassignment;

require_once dirname( __DIR__ ) . '/Mentorship/Mentorship_Fixtures.php';

use Mentorship_Program\Cohorts\Assignments;
use Mentorship_Program\Matching\Cohort_Matching;
use Mentorship_Program\Database\Schema as Plugin_Schema;
use Mentorship_Program\Settings\Settings;
use Mentorship_Program\Mentorship\Attention;
use Mentorship_Program\Reassignment\Backups;
use Mentorship_Program\Reassignment\Candidates;
use Mentorship_Program\Reassignment\History;
use Mentorship_Program\Reassignment\Reassignment;
use Mentorship_Program\Tests\Fixtures;
use Mentorship_Program\Tests\Mentorship\Mentorship_Fixtures;
use Mentorship_Program\Tests\TestCase;

/**
 * Real data, real services, real REST routes.
 */
final class Reassignment_Test extends TestCase {

	use Fixtures;
	use Mentorship_Fixtures;

	/**
	 * A mentor with given matching values and a user.
	 *
	 * @param int                  $cohort_id Cohort.
	 * @param array<string, mixed> $values    Values.
	 * @return array{id: int, user: int}
	 */
	private function mentor_with( int $cohort_id, array $values ): array {
		$user   = $this->create_user( 'subscriber' );
		$mentor = $this->make_application( 'mentor', $cohort_id, array( 'in_review', 'approved' ), $values, $user );
		return array(
			'id'   => (int) $mentor['id'],
			'user' => $user,
		);
	}

	/**
	 * Mail rows queued for an application.
	 *
	 * @param int $object_id Application.
	 * @return array<int, array<string, mixed>>
	 */
	private function mail_for( int $object_id ): array {
		global $wpdb;
		return (array) $wpdb->get_results( $wpdb->prepare( 'SELECT * FROM ' . Plugin_Schema::table( 'mail' ) . ' WHERE object_id = %d ORDER BY id', $object_id ), ARRAY_A ); // phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared, WordPress.DB.DirectDatabaseQuery
	}

	public function test_candidates_put_backups_first_then_rank_by_the_matchers_own_score(): void {
		$cohort  = $this->running_cohort();
		$current = $this->mentor_with( $cohort['id'], array( 'capacity' => 2 ) );
		$mentee  = $this->mentee_in( $cohort['id'], $current['id'], array( 'teams' => array( 'docs' ), 'languages' => array( 'pt' ) ) );
		// A weak fit who volunteered, a strong fit and a middling fit who did not, and a
		// strong fit who is full.
		$backup = $this->mentor_with( $cohort['id'], array( 'teams' => array( 'core' ), 'languages' => array( 'pt' ), 'formats' => array( 'project-group' ) ) );
		$strong = $this->mentor_with( $cohort['id'], array( 'teams' => array( 'docs' ), 'languages' => array( 'pt' ) ) );
		$middle = $this->mentor_with( $cohort['id'], array( 'teams' => array( 'core' ), 'languages' => array( 'pt' ) ) );
		$full   = $this->mentor_with( $cohort['id'], array( 'teams' => array( 'docs' ), 'languages' => array( 'pt' ), 'capacity' => 1 ) );
		$this->mentee_in( $cohort['id'], $full['id'] );
		$this->assertIsArray( Backups::set( $backup['id'], true, $backup['user'] ) );

		$result = Candidates::for_mentee( $mentee['id'] );
		$this->assertIsArray( $result );
		$this->assertSame( $current['id'], $result['current']['id'] );
		$ids = array_map( static fn( $c ) => $c['mentor']['id'], $result['candidates'] );
		$this->assertSame( array( $backup['id'], $strong['id'], $middle['id'] ), $ids, 'Backups first, then by score; the current and the full mentor are left out.' );
		$this->assertTrue( $result['candidates'][0]['backup'] );
		$this->assertGreaterThan( $result['candidates'][2]['score'], $result['candidates'][1]['score'] );
		$this->assertContains( 'The mentor knows every team the mentee is interested in.', $result['candidates'][1]['reasons_text'] );

		// The same pair scores and reads the same in the cohort's match suggestions.
		$this->assertTrue( Assignments::unassign( $mentee['id'] ) );
		$proposal = Cohort_Matching::propose( $cohort, array( 'pins' => array( array( $mentee['id'], $middle['id'] ) ) ) );
		$pair     = array_values( array_filter( $proposal['pairs'], static fn( $p ) => $p['mentee_id'] === $mentee['id'] ) )[0];
		$this->assertSame( $middle['id'], $pair['mentor_id'] );
		$again = Candidates::for_mentee( $mentee['id'] );
		$mine  = array_values( array_filter( $again['candidates'], static fn( $c ) => $c['mentor']['id'] === $middle['id'] ) )[0];
		$this->assertSame( $pair['score'], $mine['score'] );
		$this->assertSame( array_values( array_diff( $pair['explanations'], array( 'pinned' ) ) ), $mine['explanations'] );

		// The site's weights count: without points for teams the strong fit loses its lead.
		Settings::update( array( 'match_weights' => array( 'teams' => 0 ) ) );
		$flat   = Candidates::for_mentee( $mentee['id'] );
		$scores = array_column( array_map( static fn( $c ) => array( $c['mentor']['id'], $c['score'] ), $flat['candidates'] ), 1, 0 );
		$this->assertSame( $scores[ $middle['id'] ], $scores[ $strong['id'] ] );
	}

	public function test_history_is_kept_across_two_reassignments_and_all_three_hear_of_each(): void {
		$cohort = $this->running_cohort();
		$first  = $this->mentor_in( $cohort['id'] );
		$second = $this->mentor_in( $cohort['id'] );
		$third  = $this->mentor_in( $cohort['id'] );
		$mentee = $this->mentee_in( $cohort['id'], $first['id'] );
		$admin  = $this->as_coordinator();

		$moved = Reassignment::reassign( $mentee['id'], array( 'mentor' => $second['id'], 'expected_mentor' => $first['id'], 'reason' => 'Time zones drifted apart.' ), $admin );
		$this->assertIsArray( $moved, is_wp_error( $moved ) ? $moved->get_error_message() : '' );
		$this->assertSame( $second['id'], Assignments::mentor_of( $mentee['id'] ) );
		foreach ( array( $mentee['id'] => 'Your new mentor', $second['id'] => 'You are now mentoring', $first['id'] => 'has a new mentor' ) as $id => $subject ) {
			$mails = $this->mail_for( $id );
			$this->assertNotEmpty( $mails, "Mail to $id." );
			$this->assertStringContainsString( $subject, (string) end( $mails )['subject'] );
		}

		$moved = Reassignment::reassign( $mentee['id'], array( 'mentor' => $third['id'], 'expected_mentor' => $second['id'] ), $admin );
		$this->assertIsArray( $moved );
		$history = History::of_mentee( $mentee['id'], true );
		$this->assertSame( array( $first['id'], $second['id'], $third['id'] ), array_map( static fn( $h ) => $h['mentor']['id'], $history ) );
		$this->assertSame( array( 'reassigned', 'reassigned', '' ), array_column( $history, 'reason' ) );
		$this->assertSame( 'Time zones drifted apart.', $history[0]['note'] );
		$this->assertSame( array( false, false, true ), array_column( $history, 'current' ) );
		$this->assertNotNull( $history[1]['ended'] );
		$this->assertSame( $history, $moved['history'] );

		// The mentee reads names and dates, never the coordinators' words.
		wp_set_current_user( $mentee['user'] );
		$own = $this->rest( 'GET', '/mentorship/v1/mentees/' . $mentee['id'] . '/mentor-history' );
		$this->assertSame( 200, $own->get_status() );
		$this->assertCount( 3, $own->get_data()['history'] );
		$this->assertStringNotContainsString( 'Time zones drifted apart.', (string) wp_json_encode( $own->get_data() ) );
		$this->assertArrayNotHasKey( 'note', $own->get_data()['history'][0] );
	}

	public function test_a_second_coordinator_with_a_stale_view_gets_a_conflict_and_nothing_changes(): void {
		$cohort = $this->running_cohort();
		$first  = $this->mentor_in( $cohort['id'] );
		$second = $this->mentor_in( $cohort['id'] );
		$third  = $this->mentor_in( $cohort['id'] );
		$mentee = $this->mentee_in( $cohort['id'], $first['id'] );
		$this->as_coordinator();

		$one = $this->rest( 'POST', '/mentorship/v1/mentees/' . $mentee['id'] . '/reassign', array( 'mentor' => $second['id'], 'expected_mentor' => $first['id'] ) );
		$this->assertSame( 200, $one->get_status(), wp_json_encode( $one->get_data() ) );
		$before  = $this->snapshot();
		$history = History::of_mentee( $mentee['id'], true );
		$mails   = count( $this->mail_for( $third['id'] ) );

		$two = $this->rest( 'POST', '/mentorship/v1/mentees/' . $mentee['id'] . '/reassign', array( 'mentor' => $third['id'], 'expected_mentor' => $first['id'] ) );
		$this->assertErrorResponse( 409, $two, 'mentorship_reassign_conflict' );
		$this->assertStringContainsString( 'Someone else changed', $two->get_data()['message'] );
		$this->assertSame( $second['id'], Assignments::mentor_of( $mentee['id'] ) );
		$this->assertSame( $history, History::of_mentee( $mentee['id'], true ) );
		$this->assertSame( $mails, count( $this->mail_for( $third['id'] ) ) );
		$this->assertSame( $before, $this->snapshot() );
	}

	public function test_a_full_mentor_is_refused_and_the_old_assignment_stays(): void {
		$cohort = $this->running_cohort();
		$first  = $this->mentor_in( $cohort['id'] );
		$full   = $this->mentor_in( $cohort['id'], 1 );
		$this->mentee_in( $cohort['id'], $full['id'] );
		$mentee = $this->mentee_in( $cohort['id'], $first['id'] );
		$admin  = $this->as_coordinator();

		$result = Reassignment::reassign( $mentee['id'], array( 'mentor' => $full['id'], 'expected_mentor' => $first['id'] ), $admin );
		$this->assertWPError( $result );
		$this->assertSame( 'mentorship_capacity_full', $result->get_error_code() );
		$this->assertSame( $first['id'], Assignments::mentor_of( $mentee['id'] ) );
		$spans = History::rows_for( $mentee['id'] );
		$this->assertCount( 1, $spans );
		$this->assertNull( $spans[0]['ended_at'], 'The ended span was rolled back with the rest.' );
		$this->assertSame( $first['id'], (int) $spans[0]['mentor_id'] );
	}

	public function test_bad_input_is_a_400_naming_the_field(): void {
		$cohort = $this->running_cohort();
		$first  = $this->mentor_in( $cohort['id'] );
		$mentee = $this->mentee_in( $cohort['id'], $first['id'] );
		$this->as_coordinator();
		$route = '/mentorship/v1/mentees/' . $mentee['id'] . '/reassign';

		$missing = $this->rest( 'POST', $route, array( 'mentor' => $first['id'] ) );
		$this->assertErrorResponse( 400, $missing );
		$this->assertContains( 'expected_mentor', $missing->get_data()['data']['params'], 'A missing field is named too.' );

		$text = $this->rest( 'POST', $route, array( 'mentor' => 'someone', 'expected_mentor' => $first['id'] ) );
		$this->assertErrorResponse( 400, $text );
		$this->assertArrayHasKey( 'mentor', $text->get_data()['data']['params'] );

		$long = $this->rest( 'POST', $route, array( 'mentor' => $first['id'] + 1000, 'expected_mentor' => $first['id'], 'reason' => str_repeat( 'a', 1001 ) ) );
		$this->assertErrorResponse( 400, $long );
		$this->assertArrayHasKey( 'reason', $long->get_data()['data']['params'] );

		$extra = $this->rest( 'POST', $route, array( 'mentor' => $first['id'], 'expected_mentor' => 0, 'force' => true ) );
		$this->assertErrorResponse( 400, $extra );
		$this->assertArrayHasKey( 'force', $extra->get_data()['data']['params'] );

		$same = $this->rest( 'POST', $route, array( 'mentor' => $first['id'], 'expected_mentor' => $first['id'] ) );
		$this->assertErrorResponse( 400, $same );
		$this->assertArrayHasKey( 'mentor', $same->get_data()['data']['params'] );
		$this->assertSame( $first['id'], Assignments::mentor_of( $mentee['id'] ) );
	}

	public function test_a_mentor_who_cannot_continue_hands_the_mentee_back_with_a_reason(): void {
		$cohort = $this->running_cohort();
		$mentor = $this->mentor_in( $cohort['id'] );
		$other  = $this->mentor_in( $cohort['id'] );
		$mentee = $this->mentee_in( $cohort['id'], $mentor['id'] );

		wp_set_current_user( $other['user'] );
		$refused = $this->rest( 'POST', '/mentorship/v1/mentees/' . $mentee['id'] . '/step-back', array( 'reason' => 'Not mine.' ) );
		$this->assertErrorResponse( 403, $refused );

		wp_set_current_user( $mentor['user'] );
		$empty = $this->rest( 'POST', '/mentorship/v1/mentees/' . $mentee['id'] . '/step-back', array( 'reason' => '  ' ) );
		$this->assertErrorResponse( 400, $empty );
		$this->assertArrayHasKey( 'reason', $empty->get_data()['data']['params'] );
		$this->assertSame( $mentor['id'], Assignments::mentor_of( $mentee['id'] ) );

		$done = $this->rest( 'POST', '/mentorship/v1/mentees/' . $mentee['id'] . '/step-back', array( 'reason' => 'A new job takes all my time.' ) );
		$this->assertSame( 200, $done->get_status(), wp_json_encode( $done->get_data() ) );
		$this->assertSame( 0, Assignments::mentor_of( $mentee['id'] ) );
		// The mentee hears of it, without the mentor's reason.
		$told = array_values( array_filter( $this->mail_for( $mentee['id'] ), static fn( $m ) => str_starts_with( (string) $m['subject'], 'About your mentor' ) ) );
		$this->assertCount( 1, $told );
		$this->assertStringContainsString( 'can no longer be your mentor', (string) $told[0]['body'] );
		$this->assertStringNotContainsString( 'A new job', (string) $told[0]['body'] );

		$rows = array_values( array_filter( Attention::rows( $cohort['id'] ), static fn( $r ) => $r['mentee'] && $r['mentee']['id'] === $mentee['id'] ) );
		$this->assertSame( array( 'new_mentor' ), array_column( $rows, 'rule' ), 'One row with the reason, not a bare "no mentor".' );
		$this->assertStringContainsString( 'A new job takes all my time.', $rows[0]['reason'] );
		$this->assertSame( array( 'stepped_back' ), array_column( History::of_mentee( $mentee['id'], true ), 'reason' ) );
		$offered = array_map( static fn( $c ) => $c['mentor']['id'], Candidates::for_mentee( $mentee['id'] )['candidates'] );
		$this->assertSame( array( $other['id'] ), $offered, 'The mentor who stepped back is not offered the mentee again.' );

		// A coordinator gives them a new mentor: the row goes away.
		$admin = $this->as_coordinator();
		$this->assertIsArray( Reassignment::reassign( $mentee['id'], array( 'mentor' => $other['id'], 'expected_mentor' => 0 ), $admin ) );
		$this->assertNull( Reassignment::request_of( $mentee['id'] ) );
		$this->assertSame( array(), array_values( array_filter( Attention::rows( $cohort['id'] ), static fn( $r ) => 'new_mentor' === $r['rule'] ) ) );
	}

	public function test_a_mentee_asks_for_a_new_mentor_and_keeps_theirs_until_a_coordinator_acts(): void {
		$cohort = $this->running_cohort();
		$mentor = $this->mentor_in( $cohort['id'] );
		$mentee = $this->mentee_in( $cohort['id'], $mentor['id'] );
		$other  = $this->mentee_in( $cohort['id'], $mentor['id'] );

		wp_set_current_user( $other['user'] );
		$this->assertErrorResponse( 403, $this->rest( 'POST', '/mentorship/v1/mentees/' . $mentee['id'] . '/mentor-request', array( 'reason' => 'Not mine.' ) ) );

		wp_set_current_user( $mentee['user'] );
		$asked = $this->rest( 'POST', '/mentorship/v1/mentees/' . $mentee['id'] . '/mentor-request', array( 'reason' => 'We never find a time that works.' ) );
		$this->assertSame( 200, $asked->get_status(), wp_json_encode( $asked->get_data() ) );
		$this->assertSame( 'mentee', $asked->get_data()['request']['by'] );
		$this->assertSame( $mentor['id'], Assignments::mentor_of( $mentee['id'] ) );

		$rows = array_values( array_filter( Attention::rows( $cohort['id'] ), static fn( $r ) => 'new_mentor' === $r['rule'] ) );
		$this->assertCount( 1, $rows );
		$this->assertSame( $mentee['id'], $rows[0]['mentee']['id'] );
		$this->assertSame( $mentor['id'], $rows[0]['mentor']['id'] );
		$this->assertStringContainsString( 'We never find a time that works.', $rows[0]['reason'] );
	}

	public function test_backups_are_set_by_the_mentor_or_a_coordinator_only(): void {
		$cohort = $this->running_cohort();
		$mentor = $this->mentor_in( $cohort['id'] );
		$other  = $this->mentor_in( $cohort['id'] );

		wp_set_current_user( $other['user'] );
		$this->assertErrorResponse( 403, $this->rest( 'POST', '/mentorship/v1/mentors/' . $mentor['id'] . '/backup', array( 'backup' => true ) ) );
		$this->assertFalse( Backups::is_backup( $mentor['id'] ) );

		wp_set_current_user( $mentor['user'] );
		$bad = $this->rest( 'POST', '/mentorship/v1/mentors/' . $mentor['id'] . '/backup', array( 'backup' => 'perhaps' ) );
		$this->assertErrorResponse( 400, $bad );
		$this->assertArrayHasKey( 'backup', $bad->get_data()['data']['params'] );

		$yes = $this->rest( 'POST', '/mentorship/v1/mentors/' . $mentor['id'] . '/backup', array( 'backup' => true ) );
		$this->assertSame( 200, $yes->get_status() );
		$this->assertTrue( $yes->get_data()['backup'] );
		$this->assertTrue( Backups::is_backup( $mentor['id'] ) );

		$this->as_coordinator();
		$no = $this->rest( 'POST', '/mentorship/v1/mentors/' . $mentor['id'] . '/backup', array( 'backup' => false ) );
		$this->assertSame( 200, $no->get_status() );
		$this->assertFalse( Backups::is_backup( $mentor['id'] ) );
	}
}
