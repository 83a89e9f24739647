<?php
/**
 * Cohorts: CRUD, sessions, iCalendar feed, roster, assignments, capacity, start.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Tests\Cohorts;

use Mentorship_Program\Cohorts\Calendar_Feed;
use Mentorship_Program\Applications\Applications;
use Mentorship_Program\Cohorts\Assignments;
use Mentorship_Program\Cohorts\Cohorts;
use Mentorship_Program\Tests\Fixtures;
use Mentorship_Program\Tests\TestCase;

/**
 * The cohort routes and the domain rules behind them.
 */
final class Cohorts_Controller_Test extends TestCase {

	use Fixtures;

	public function test_create_read_update_delete(): void {
		$this->as_coordinator();
		$created = $this->rest(
			'POST',
			'/mentorship/v1/cohorts',
			array(
				'name'      => '2027 Q1',
				'opens_at'  => '2027-01-01T00:00:00Z',
				'closes_at' => '2027-01-31T23:59:59Z',
				'starts_on' => '2027-02-05',
				'ends_on'   => '2027-03-19',
				'capacity'  => 40,
				'tracks'    => array( 'one-to-one', 'cohort-group' ),
				'schedule'  => array(
					'rule'    => 'monthly',
					'weekday' => 4,
					'weeks'   => array( 4, 2 ),
					'times'   => array( '21:00', '12:00' ),
				),
			)
		);
		$this->assertSame( 201, $created->get_status(), wp_json_encode( $created->get_data() ) );
		$cohort = $created->get_data();
		$this->assertSame( 'upcoming', $cohort['status'] );
		$this->assertSame( '2027-01-01T00:00:00Z', $cohort['opens_at'] );
		$this->assertNull( $this->rest( 'POST', '/mentorship/v1/cohorts', array( 'name' => 'No window' ) )->get_data()['closes_at'] );
		$this->assertSame( array( 2, 4 ), $cohort['schedule']['weeks'] );
		$this->assertSame( array( '12:00', '21:00' ), $cohort['schedule']['times'] );
		$this->assertStringContainsString( 'mentorship_calendar=' . $cohort['id'], $cohort['feed_url'] );

		$updated = $this->rest( 'PATCH', '/mentorship/v1/cohorts/' . $cohort['id'], array( 'capacity' => 45 ) );
		$this->assertSame( 45, $updated->get_data()['capacity'] );
		$this->assertSame( '2027 Q1', $updated->get_data()['name'] );
		$this->assertSame( 409, $this->rest( 'POST', '/mentorship/v1/cohorts', array( 'name' => '2027 Q1' ) )->get_status() );

		$used = $this->make_cohort();
		$this->make_application( 'mentee', $used['id'] );
		$this->assertErrorResponse( 409, $this->rest( 'DELETE', '/mentorship/v1/cohorts/' . $used['id'] ), 'mentorship_cohort_in_use' );
		$this->assertSame( 200, $this->rest( 'DELETE', '/mentorship/v1/cohorts/' . $cohort['id'] )->get_status() );
		$this->assertErrorResponse( 404, $this->rest( 'GET', '/mentorship/v1/cohorts/' . $cohort['id'] ) );
	}

	public function test_backslashes_in_cohort_and_team_text_are_kept(): void {
		$this->as_coordinator();
		$name        = 'Back\\slash cohort';
		$description = 'Paths like C:\\wp and \\n stay as typed.';
		$created     = $this->rest( 'POST', '/mentorship/v1/cohorts', array( 'name' => $name, 'description' => $description ) );
		$this->assertSame( 201, $created->get_status(), (string) wp_json_encode( $created->get_data() ) );
		$read = $this->rest( 'GET', '/mentorship/v1/cohorts/' . $created->get_data()['id'] )->get_data();
		$this->assertSame( $name, $read['name'] );
		$this->assertSame( $description, $read['description'] );

		$team = $this->rest( 'POST', '/mentorship/v1/teams', array( 'name' => 'Team \\ One', 'summary' => 'Writes \\ docs.' ) );
		$this->assertSame( 201, $team->get_status(), (string) wp_json_encode( $team->get_data() ) );
		$this->assertSame( 'Team \\ One', $team->get_data()['name'] );
		$this->assertSame( 'Writes \\ docs.', $team->get_data()['summary'] );
		$patched = $this->rest( 'PATCH', '/mentorship/v1/teams/' . $team->get_data()['id'], array( 'meeting_time' => 'Mondays \\ 12:00' ) );
		$this->assertSame( 'Mondays \\ 12:00', $patched->get_data()['meeting_time'] );
	}

	public function test_sessions_follow_second_and_fourth_thursdays_in_utc(): void {
		$cohort   = $this->make_cohort(
			array(
				'starts_on' => '2027-01-01',
				'ends_on'   => '2027-02-28',
			)
		);
		$sessions = Cohorts::sessions( $cohort, 20, strtotime( '2026-12-01T00:00:00Z' ) );
		$this->assertSame(
			array(
				'2027-01-14T12:00:00Z',
				'2027-01-14T21:00:00Z',
				'2027-01-28T12:00:00Z',
				'2027-01-28T21:00:00Z',
				'2027-02-11T12:00:00Z',
				'2027-02-11T21:00:00Z',
				'2027-02-25T12:00:00Z',
				'2027-02-25T21:00:00Z',
			),
			array_column( $sessions, 'start' )
		);
		$this->assertSame( '2027-01-14T13:00:00Z', $sessions[0]['end'] );
		$weekly = Cohorts::sessions( array_merge( $cohort, array( 'schedule' => array( 'rule' => 'weekly', 'weekday' => 1, 'times' => array( '09:30' ), 'duration' => 30 ) ) ), 3, strtotime( '2027-01-01T00:00:00Z' ) );
		$this->assertSame( array( '2027-01-04T09:30:00Z', '2027-01-11T09:30:00Z', '2027-01-18T09:30:00Z' ), array_column( $weekly, 'start' ) );
	}

	public function test_icalendar_feed_is_valid_and_holds_no_people(): void {
		$cohort = $this->make_cohort( array( 'name' => 'Cohort; with, commas' ) );
		$this->make_application( 'mentee', $cohort['id'], array(), array( 'name' => 'Hidden Person' ) );
		$ics = Calendar_Feed::document( $cohort );
		$this->assertStringStartsWith( "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n", $ics );
		$this->assertStringEndsWith( "END:VCALENDAR\r\n", $ics );
		$this->assertSame( substr_count( $ics, 'BEGIN:VEVENT' ), substr_count( $ics, 'END:VEVENT' ) );
		$this->assertGreaterThan( 0, substr_count( $ics, 'BEGIN:VEVENT' ) );
		$this->assertMatchesRegularExpression( '/DTSTART:\d{8}T\d{6}Z\r\n/', $ics );
		$this->assertStringContainsString( 'Cohort\; with\, commas', $ics );
		$this->assertStringNotContainsString( 'Hidden Person', $ics );
		foreach ( explode( "\r\n", $ics ) as $line ) {
			$this->assertLessThanOrEqual( 75, strlen( $line ) );
		}
	}

	public function test_roster_assignments_and_capacity(): void {
		$cohort  = $this->make_cohort();
		$mentor  = $this->make_application( 'mentor', $cohort['id'], array( 'in_review', 'approved' ), array( 'capacity' => 2 ) );
		$mentees = array();
		for ( $i = 0; $i < 3; $i++ ) {
			$mentees[] = $this->make_application( 'mentee', $cohort['id'], array( 'in_review', 'accepted' ) );
		}
		$this->as_coordinator();
		$path = '/mentorship/v1/cohorts/' . $cohort['id'] . '/assignments';
		$this->assertSame( 201, $this->rest( 'POST', $path, array( 'mentee' => $mentees[0]['id'], 'mentor' => $mentor['id'] ) )->get_status() );
		$this->assertErrorResponse( 409, $this->rest( 'POST', $path, array( 'mentee' => $mentees[0]['id'], 'mentor' => $mentor['id'] ) ), 'mentorship_already_assigned' );
		$roster = $this->rest( 'POST', $path, array( 'mentee' => $mentees[1]['id'], 'mentor' => $mentor['id'], 'track' => 'project-group' ) )->get_data();
		$this->assertSame( 0, $roster['mentors'][0]['remaining'] );
		$this->assertCount( 1, $roster['unassigned'] );
		$this->assertSame( 'mentor_full', $roster['warnings'][0]['code'] );
		$this->assertErrorResponse( 409, $this->rest( 'POST', $path, array( 'mentee' => $mentees[2]['id'], 'mentor' => $mentor['id'] ) ), 'mentorship_capacity_full' );
		$this->assertCount( 2, Assignments::mentees_of( $mentor['id'] ) );

		$this->assertSame( 200, $this->rest( 'DELETE', $path, array( 'mentee' => $mentees[0]['id'] ) )->get_status() );
		$this->assertSame( 201, $this->rest( 'POST', $path, array( 'mentee' => $mentees[2]['id'], 'mentor' => $mentor['id'] ) )->get_status() );
		$events = \Mentorship_Program\Applications\Audit_Trail::for_object( $mentees[0]['id'], array( 'assign', 'unassign' ) );
		$this->assertSame( array( 'assign', 'unassign' ), array_column( $events, 'event' ) );

		$started = $this->rest( 'POST', '/mentorship/v1/cohorts/' . $cohort['id'] . '/start', array( 'confirm_early' => true ) )->get_data();
		$this->assertSame( 3, $started['started'], 'The mentor and two assigned mentees.' );
		$this->assertSame( 'active', Applications::get( $mentees[1]['id'] )['stage'] );
		$this->assertSame( 'accepted', Applications::get( $mentees[0]['id'] )['stage'], 'Unassigned mentees wait.' );
	}

	public function test_starting_before_the_start_date_needs_confirmation_and_is_recorded(): void {
		update_option( 'date_format', 'j F Y' );
		$starts = gmdate( 'Y-m-d', time() + 70 * DAY_IN_SECONDS );
		$cohort = $this->make_cohort(
			array(
				'starts_on' => $starts,
				'ends_on'   => gmdate( 'Y-m-d', time() + 120 * DAY_IN_SECONDS ),
			)
		);
		$mentor = $this->make_application( 'mentor', $cohort['id'], array( 'in_review', 'approved' ) );
		$mentee = $this->make_application( 'mentee', $cohort['id'], array( 'in_review', 'accepted' ) );
		Assignments::assign( $mentee['id'], $mentor['id'] );
		$user = $this->as_coordinator();
		$path = '/mentorship/v1/cohorts/' . $cohort['id'] . '/start';

		// The roster tells the screen, in the site's date format, that today is early.
		$timing = $this->rest( 'GET', '/mentorship/v1/cohorts/' . $cohort['id'] . '/roster' )->get_data()['timing'];
		$this->assertTrue( $timing['early_start'] );
		$this->assertTrue( $timing['early_graduation'] );
		$this->assertSame( 70, $timing['days_to_start'] );
		$this->assertSame( wp_date( 'j F Y', strtotime( $starts . ' 00:00:00 UTC' ), new \DateTimeZone( 'UTC' ) ), $timing['starts_on_text'] );
		$this->assertNull( $timing['started'] );

		$refused = $this->rest( 'POST', $path );
		$this->assertErrorResponse( 409, $refused, 'mentorship_cohort_starts_later' );
		$this->assertStringContainsString( $timing['starts_on_text'], $refused->get_data()['message'] );
		$this->assertStringContainsString( '70 days', $refused->get_data()['message'] );
		$this->assertSame( $starts, $refused->get_data()['data']['starts_on'] );
		$this->assertSame( 'accepted', Applications::get( $mentee['id'] )['stage'], 'Nothing started.' );
		$this->assertEmpty( get_term_meta( $cohort['id'], 'mp_started', true ) );

		$started = $this->rest( 'POST', $path, array( 'confirm_early' => true ) );
		$this->assertSame( 200, $started->get_status() );
		$this->assertSame( 'active', Applications::get( $mentee['id'] )['stage'] );
		$record = $this->rest( 'GET', '/mentorship/v1/cohorts/' . $cohort['id'] . '/roster' )->get_data()['timing']['started'];
		$this->assertSame( $user, $record['user_id'] );
		$this->assertTrue( $record['early'] );
		$this->assertSame( 70, $record['days_early'] );

		// On or after the start date no confirmation is asked, and the start is not early.
		$now = Cohorts::get( $cohort['id'] );
		$this->assertNull( Cohorts::check_start( $now, false, (int) strtotime( $starts . ' 09:00:00 UTC' ) ) );
		$this->assertFalse( Cohorts::timing( $now, (int) strtotime( $starts . ' 09:00:00 UTC' ) )['early_start'] );
	}

	public function test_a_mentor_sees_only_their_own_mentees(): void {
		$cohort = $this->make_cohort();
		$user   = $this->create_user();
		$mentor = $this->make_application( 'mentor', $cohort['id'], array( 'in_review', 'approved' ), array(), $user );
		$mine   = $this->make_application( 'mentee', $cohort['id'], array( 'in_review', 'accepted' ) );
		$other  = $this->make_application( 'mentee', $cohort['id'], array( 'in_review', 'accepted' ) );
		Assignments::assign( $mine['id'], $mentor['id'] );
		wp_set_current_user( $user );
		$this->assertTrue( current_user_can( 'mentorship_view_app' ) );
		$list = $this->rest( 'GET', '/mentorship/v1/applications' );
		$this->assertSame( array( $mine['id'] ), array_column( $list->get_data(), 'id' ) );
		$this->assertSame( 403, $this->rest( 'GET', '/mentorship/v1/applications/' . $other['id'] )->get_status() );
		$this->assertSame( 200, $this->rest( 'GET', '/mentorship/v1/applications/' . $mine['id'] )->get_status() );
		$this->assertSame( 403, $this->rest( 'PATCH', '/mentorship/v1/applications/' . $mine['id'], array( 'region' => 'X' ) )->get_status() );
	}

	public function test_funnel_counts_and_conversion(): void {
		$cohort = $this->make_cohort();
		$other  = $this->make_cohort();
		$mentor = $this->make_application( 'mentor', $cohort['id'], array( 'in_review', 'approved' ), array( 'capacity' => 4 ) );
		$this->make_application( 'mentee', $cohort['id'] );
		$this->make_application( 'mentee', $cohort['id'], array( 'in_review' ) );
		$this->make_application( 'mentee', $cohort['id'], array( 'in_review', 'declined' ) );
		$a = $this->make_application( 'mentee', $cohort['id'], array( 'in_review', 'accepted' ), array( 'languages' => array( 'es' ) ) );
		Assignments::assign( $a['id'], $mentor['id'] );
		Applications::transition( $a['id'], 'active' );
		$this->make_application( 'mentee', $other['id'] );
		$this->as_coordinator();
		$stats = $this->rest( 'GET', '/mentorship/v1/stats/funnel', array( 'cohort' => $cohort['id'] ) )->get_data();
		$this->assertSame( array( 4, 3, 1, 1, 0, 0 ), array_column( $stats['funnel'], 'count' ) );
		$this->assertSame( 0.75, $stats['funnel'][1]['conversion'] );
		$this->assertSame( 1, $stats['mentees']['current']['submitted'] );
		$this->assertSame( 1, $stats['mentees']['current']['declined'] );
		$this->assertSame( 4, $stats['mentors']['capacity'] );
		$this->assertSame( 1, $stats['mentors']['assigned'] );
		$this->assertSame( 2, $stats['waiting']['count'] );
		$this->assertSame( 1, array_column( $stats['breakdown']['language'], 'count', 'key' )['es'] );
		$all = $this->rest( 'GET', '/mentorship/v1/stats/funnel' )->get_data();
		$this->assertSame( 5, $all['funnel'][0]['count'] );
	}

	public function test_csv_export_streams_every_row_and_defuses_formulas(): void {
		$cohort = $this->make_cohort();
		$this->make_application( 'mentee', $cohort['id'], array(), array( 'name' => '=HYPERLINK("http://evil.example")', 'goals' => '+SUM(A1:A9)' ) );
		for ( $i = 0; $i < 3; $i++ ) {
			$this->make_application( 'mentee', $cohort['id'] );
		}
		$this->make_application( 'mentor', $cohort['id'] );
		$handle = fopen( 'php://memory', 'w+' );
		$rows   = \Mentorship_Program\Applications\Exporter::write( array( 'type' => 'mentee' ), $handle );
		rewind( $handle );
		$csv = array();
		while ( false !== ( $line = fgetcsv( $handle ) ) ) {
			$csv[] = $line;
		}
		$this->assertSame( 4, $rows );
		$this->assertCount( 5, $csv );
		$header = $csv[0];
		$names  = array_column( array_map( static fn( $r ) => array_combine( $header, $r ), array_slice( $csv, 1 ) ), 'name' );
		$this->assertContains( '\'=HYPERLINK("http://evil.example")', $names );
		$this->assertSame( '\'+SUM(A1:A9)', \Mentorship_Program\Applications\Exporter::cell( '+SUM(A1:A9)' ) );
		$this->assertSame( '\'@cmd', \Mentorship_Program\Applications\Exporter::cell( '@cmd' ) );
		$this->assertSame( 'plain', \Mentorship_Program\Applications\Exporter::cell( 'plain' ) );

		$this->as_coordinator();
		$response = $this->rest( 'GET', '/mentorship/v1/export', array( 'type' => 'mentee' ) );
		$this->assertSame( 200, $response->get_status() );
		$this->assertStringStartsWith( 'text/csv', $response->get_headers()['Content-Type'] );
		// The serving hook writes a byte order mark, then the rows, to the response body.
		$request = new \WP_REST_Request( 'GET', '/mentorship/v1/export' );
		ob_start();
		$served = ( new \Mentorship_Program\Applications\REST\Export_Controller() )->serve_csv( false, $response, $request, rest_get_server() );
		$body   = (string) ob_get_clean();
		$this->assertTrue( $served );
		$this->assertStringStartsWith( "\xEF\xBB\xBFid,type,stage,", $body );
		$this->assertSame( 5, substr_count( trim( $body ), "\n" ) + 1, 'The heading and four mentees.' );
		wp_set_current_user( $this->create_user( 'editor' ) );
		$this->assertSame( 403, $this->rest( 'GET', '/mentorship/v1/export' )->get_status() );
	}

	public function test_settings_round_trip_and_hidden_fields_apply_to_the_form(): void {
		$this->as_coordinator();
		$saved = $this->rest(
			'PATCH',
			'/mentorship/v1/settings',
			array(
				'hidden_fields'  => array( 'region', 'heard_from' ),
				'retention_days' => 90,
				'mail_templates' => array( 'accepted' => array( 'subject' => 'Welcome {name}' ) ),
			)
		)->get_data();
		$this->assertSame( array( 'region', 'heard_from' ), $saved['hidden_fields'] );
		$this->assertSame( 90, $saved['retention_days'] );
		$this->assertSame( 'Welcome {name}', $saved['mail_templates']['accepted']['subject'] );
		$this->assertNotSame( '', $saved['mail_templates']['accepted']['body'], 'Other template parts keep their defaults.' );
		$this->assertContains( '{status_url}', $saved['placeholders'] );
		$this->assertArrayNotHasKey( 'region', \Mentorship_Program\Applications\Fields::for_type( 'mentee', $saved['hidden_fields'] ) );
	}
}
