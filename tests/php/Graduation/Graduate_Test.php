<?php
/**
 * Graduating: the end-date guard on every server route, and the bulk graduation of
 * exactly those who meet the cohort's criteria.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Tests\Graduation;

require_once __DIR__ . '/Graduation_Fixtures.php';

use Mentorship_Program\Applications\Applications;
use Mentorship_Program\Graduation\Criteria;
use Mentorship_Program\Graduation\Progress;
use Mentorship_Program\Tests\Fixtures;
use Mentorship_Program\Tests\TestCase;

/**
 * Graduate_Test.
 */
final class Graduate_Test extends TestCase {

	use Fixtures;
	use Graduation_Fixtures;

	public function test_graduating_before_the_end_date_is_refused_without_the_explicit_flag(): void {
		$cohort = $this->make_cohort(); // Ends in 60 days.
		$mentor = $this->active_mentor( $cohort['id'] );
		$mentee = $this->active_mentee( $cohort['id'], $mentor['id'] );
		$this->as_coordinator();

		$refused = $this->rest( 'POST', '/mentorship/v1/applications/' . $mentee['id'] . '/transitions', array( 'to' => 'graduated' ) );
		$this->assertSame( 409, $refused->get_status() );
		$this->assertSame( 'mentorship_cohort_ends_later', $refused->get_data()['code'] );
		$this->assertArrayHasKey( 'confirm_early', $refused->get_data()['data']['params'] );
		$this->assertStringContainsString( '60 days from today', $refused->get_data()['message'] );
		$this->assertSame( 'active', Applications::get( $mentee['id'] )['stage'] );

		$batch = $this->rest( 'POST', '/mentorship/v1/applications/batch', array( 'ids' => array( $mentee['id'] ), 'to' => 'graduated' ) );
		$this->assertSame( 200, $batch->get_status() );
		$this->assertSame( 0, $batch->get_data()['updated'] );
		$this->assertSame( 'mentorship_cohort_ends_later', $batch->get_data()['results'][0]['error']['code'] );
		$this->assertSame( 'active', Applications::get( $mentee['id'] )['stage'] );

		$bulk = $this->rest( 'POST', '/mentorship/v1/cohorts/' . $cohort['id'] . '/graduate', array() );
		$this->assertSame( 409, $bulk->get_status() );
		$this->assertSame( 'active', Applications::get( $mentee['id'] )['stage'] );

		$forced = $this->rest( 'POST', '/mentorship/v1/applications/' . $mentee['id'] . '/transitions', array( 'to' => 'graduated', 'confirm_early' => true ) );
		$this->assertSame( 200, $forced->get_status(), wp_json_encode( $forced->get_data() ) );
		$this->assertSame( 'graduated', Applications::get( $mentee['id'] )['stage'] );
	}

	public function test_batch_graduation_with_the_flag_and_after_the_end_date(): void {
		$early  = $this->make_cohort();
		$mentor = $this->active_mentor( $early['id'] );
		$one    = $this->active_mentee( $early['id'], $mentor['id'] );
		$this->as_coordinator();
		$batch = $this->rest( 'POST', '/mentorship/v1/applications/batch', array( 'ids' => array( $one['id'] ), 'to' => 'graduated', 'confirm_early' => true ) );
		$this->assertSame( 1, $batch->get_data()['updated'], wp_json_encode( $batch->get_data() ) );

		$done   = $this->finished_cohort();
		$mentor = $this->active_mentor( $done['id'] );
		$two    = $this->active_mentee( $done['id'], $mentor['id'] );
		$moved  = $this->rest( 'POST', '/mentorship/v1/applications/' . $two['id'] . '/transitions', array( 'to' => 'graduated' ) );
		$this->assertSame( 200, $moved->get_status(), wp_json_encode( $moved->get_data() ) );
	}

	public function test_an_illegal_move_keeps_its_own_error(): void {
		$cohort = $this->make_cohort();
		$mentee = $this->make_application( 'mentee', $cohort['id'], array( 'in_review' ) );
		$this->as_coordinator();
		$refused = $this->rest( 'POST', '/mentorship/v1/applications/' . $mentee['id'] . '/transitions', array( 'to' => 'graduated' ) );
		$this->assertSame( 'mentorship_illegal_transition', $refused->get_data()['code'] );
	}

	public function test_bulk_graduates_exactly_those_who_meet_all_criteria(): void {
		$cohort = $this->finished_cohort();
		Criteria::save( $cohort['id'], array( 'min_sessions' => 2, 'contribution_link' => true ) );
		$mentor  = $this->active_mentor( $cohort['id'] );
		$ready   = $this->active_mentee( $cohort['id'], $mentor['id'], array( 'name' => 'Ada Ready' ) );
		$no_link = $this->active_mentee( $cohort['id'], $mentor['id'], array( 'name' => 'Bo Nolink' ) );
		$absent  = $this->active_mentee( $cohort['id'], $mentor['id'], array( 'name' => 'Cy Absent' ) );
		$accepted = $this->make_application( 'mentee', $cohort['id'], array( 'in_review', 'accepted' ), array( 'name' => 'Di Accepted' ) );
		$this->log_sessions( $ready['id'], $mentor['user'], 2 );
		$this->log_sessions( $no_link['id'], $mentor['user'], 3 );
		$this->log_sessions( $absent['id'], $mentor['user'], 1 );
		foreach ( array( $ready, $absent ) as $mentee ) {
			$this->assertIsArray( Progress::update( $mentee['id'], array( 'contribution_link' => 'https://make.wordpress.org/x' ), $mentee['user'] ) );
		}
		$this->as_coordinator();

		$preview = $this->rest( 'POST', '/mentorship/v1/cohorts/' . $cohort['id'] . '/graduate', array( 'dry_run' => true ) );
		$this->assertSame( 200, $preview->get_status(), wp_json_encode( $preview->get_data() ) );
		$this->assertSame( array( 'Ada Ready' ), array_column( $preview->get_data()['graduated'], 'name' ) );
		$this->assertSame( 'active', Applications::get( $ready['id'] )['stage'], 'A dry run changes nothing.' );

		$done = $this->rest( 'POST', '/mentorship/v1/cohorts/' . $cohort['id'] . '/graduate', array( 'notify' => false ) );
		$this->assertSame( 200, $done->get_status() );
		$data = $done->get_data();
		$this->assertSame( array( $ready['id'] ), array_column( $data['graduated'], 'id' ) );
		$skipped = array_column( $data['skipped'], 'reasons', 'name' );
		$this->assertSame( array( 'No contribution link yet.' ), $skipped['Bo Nolink'] );
		$this->assertSame( array( 'Attended 1 of 2 sessions.' ), $skipped['Cy Absent'] );
		$this->assertArrayNotHasKey( 'Di Accepted', $skipped, 'Only active mentees are considered.' );

		$this->assertSame( 'graduated', Applications::get( $ready['id'] )['stage'] );
		$this->assertSame( 'active', Applications::get( $no_link['id'] )['stage'] );
		$this->assertSame( 'active', Applications::get( $absent['id'] )['stage'] );
		$this->assertSame( 'accepted', Applications::get( $accepted['id'] )['stage'] );
	}

	public function test_bulk_with_no_criteria_graduates_every_active_mentee_and_early_needs_the_flag(): void {
		$cohort = $this->make_cohort();
		$mentor = $this->active_mentor( $cohort['id'] );
		$a      = $this->active_mentee( $cohort['id'], $mentor['id'] );
		$b      = $this->active_mentee( $cohort['id'], $mentor['id'] );
		$this->as_coordinator();
		$preview = $this->rest( 'POST', '/mentorship/v1/cohorts/' . $cohort['id'] . '/graduate', array( 'dry_run' => true ) );
		$this->assertTrue( $preview->get_data()['early'] );
		$this->assertCount( 2, $preview->get_data()['graduated'] );

		$done = $this->rest( 'POST', '/mentorship/v1/cohorts/' . $cohort['id'] . '/graduate', array( 'confirm_early' => true, 'notify' => false ) );
		$this->assertSame( 200, $done->get_status() );
		$this->assertCount( 2, $done->get_data()['graduated'] );
		$this->assertSame( array(), $done->get_data()['skipped'] );
		$this->assertSame( 'graduated', Applications::get( $a['id'] )['stage'] );
		$this->assertSame( 'graduated', Applications::get( $b['id'] )['stage'] );
	}

	public function test_the_graduation_record_says_which_criteria_are_met(): void {
		$cohort = $this->make_cohort();
		Criteria::save( $cohort['id'], array( 'min_sessions' => 1, 'goals_set' => true ) );
		$mentor = $this->active_mentor( $cohort['id'] );
		$mentee = $this->active_mentee( $cohort['id'], $mentor['id'] );
		$this->log_sessions( $mentee['id'], $mentor['user'], 1 );
		$this->as_coordinator();
		$record = $this->rest( 'GET', '/mentorship/v1/graduation/' . $mentee['id'] )->get_data();
		$this->assertTrue( $record['can_graduate'] );
		$this->assertTrue( $record['early'] );
		$this->assertFalse( $record['met'] );
		$this->assertSame( array( true, false ), array_column( $record['criteria'], 'met' ) );
		$this->assertSame( array( 'Attended 1 of 1 session.', 'No goal set yet.' ), array_column( $record['criteria'], 'text' ) );
		$this->assertSame( array( 'contribution_link', 'mentor_confirmed' ), $record['writable'] );

		// The mentee reads their own record, may add the link and agree to the name, not confirm.
		wp_set_current_user( $mentee['user'] );
		$own = $this->rest( 'GET', '/mentorship/v1/graduation/' . $mentee['id'] );
		$this->assertSame( 200, $own->get_status() );
		$this->assertSame( array( 'contribution_link', 'name_on_certificate' ), $own->get_data()['writable'] );
		$refused = $this->rest( 'POST', '/mentorship/v1/graduation/' . $mentee['id'], array( 'mentor_confirmed' => true ) );
		$this->assertSame( 403, $refused->get_status() );
		$this->assertFalse( Progress::get( $mentee['id'] )['mentor_confirmed'] );

		// The mentor confirms.
		wp_set_current_user( $mentor['user'] );
		$confirmed = $this->rest( 'POST', '/mentorship/v1/graduation/' . $mentee['id'], array( 'mentor_confirmed' => true ) );
		$this->assertSame( 200, $confirmed->get_status(), wp_json_encode( $confirmed->get_data() ) );
		$this->assertTrue( $confirmed->get_data()['progress']['mentor_confirmed'] );

		// A stranger reads nothing.
		wp_set_current_user( $this->create_user( 'subscriber' ) );
		$this->assertSame( 403, $this->rest( 'GET', '/mentorship/v1/graduation/' . $mentee['id'] )->get_status() );
	}

	public function test_the_mentor_no_longer_reads_the_record_once_the_mentee_graduated(): void {
		$cohort = $this->finished_cohort();
		$mentor = $this->active_mentor( $cohort['id'] );
		$mentee = $this->active_mentee( $cohort['id'], $mentor['id'] );
		wp_set_current_user( $mentor['user'] );
		$this->assertSame( 200, $this->rest( 'GET', '/mentorship/v1/graduation/' . $mentee['id'] )->get_status() );
		$this->assertIsArray( Applications::transition( $mentee['id'], 'graduated' ) );
		wp_cache_flush();
		$this->assertSame( 403, $this->rest( 'GET', '/mentorship/v1/graduation/' . $mentee['id'] )->get_status() );
		$this->assertSame( 403, $this->rest( 'POST', '/mentorship/v1/graduation/' . $mentee['id'], array( 'contribution_link' => 'https://example.org/x' ) )->get_status() );
		wp_set_current_user( $mentee['user'] );
		$this->assertSame( 200, $this->rest( 'GET', '/mentorship/v1/graduation/' . $mentee['id'] )->get_status(), 'The graduate still reads their own.' );
	}

	public function test_a_reviewer_reads_the_criteria_but_does_not_confirm(): void {
		$cohort = $this->make_cohort();
		Criteria::save( $cohort['id'], array( 'mentor_confirmation' => true ) );
		$mentor   = $this->active_mentor( $cohort['id'] );
		$mentee   = $this->active_mentee( $cohort['id'], $mentor['id'] );
		$reviewer = $this->create_user( 'subscriber' );
		get_userdata( $reviewer )->add_cap( 'mentorship_review' );
		wp_set_current_user( $reviewer );
		$record = $this->rest( 'GET', '/mentorship/v1/graduation/' . $mentee['id'] );
		$this->assertSame( 200, $record->get_status() );
		$this->assertSame( array(), $record->get_data()['writable'] );
		$this->assertSame( 403, $this->rest( 'POST', '/mentorship/v1/graduation/' . $mentee['id'], array( 'mentor_confirmed' => true ) )->get_status() );
		$this->assertFalse( Progress::get( $mentee['id'] )['mentor_confirmed'] );
	}
}
