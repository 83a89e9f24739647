<?php
/**
 * The rules of check-ins and goals: who may log, read and edit; validation; concurrency.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Tests\Mentorship;

require_once __DIR__ . '/Mentorship_Fixtures.php';

use Mentorship_Program\Mentorship\Checkins;
use Mentorship_Program\Mentorship\Goals;
use Mentorship_Program\Mentorship\Schema;
use Mentorship_Program\Tests\Fixtures;
use Mentorship_Program\Tests\TestCase;

/**
 * Service-level tests on real WordPress and MariaDB.
 */
final class Checkins_Test extends TestCase {

	use Fixtures;
	use Mentorship_Fixtures;

	/**
	 * Cohort, two mentors, three mentees (two with the first mentor).
	 *
	 * @var array<string, mixed>
	 */
	private array $w;

	protected function setUp(): void {
		parent::setUp();
		$cohort  = $this->running_cohort();
		$mentor  = $this->mentor_in( $cohort['id'] );
		$other   = $this->mentor_in( $cohort['id'] );
		$this->w = array(
			'cohort' => $cohort,
			'mentor' => $mentor,
			'other'  => $other,
			'a'      => $this->mentee_in( $cohort['id'], $mentor['id'] ),
			'b'      => $this->mentee_in( $cohort['id'], $mentor['id'] ),
			'c'      => $this->mentee_in( $cohort['id'], $other['id'] ),
		);
	}

	private function count_rows(): int {
		global $wpdb;
		return (int) $wpdb->get_var( 'SELECT COUNT(*) FROM ' . Schema::table( 'checkins' ) ) + (int) $wpdb->get_var( 'SELECT COUNT(*) FROM ' . Schema::table( 'checkin_mentees' ) );
	}

	public function test_mentor_logs_a_group_checkin_for_own_mentees(): void {
		$w       = $this->w;
		$checkin = Checkins::create( $this->checkin_values( array( $w['a']['id'], $w['b']['id'] ), array( 'attendees' => array( $w['a']['id'] ) ) ), $w['mentor']['user'] );
		$this->assertIsArray( $checkin, is_wp_error( $checkin ) ? $checkin->get_error_message() : '' );
		$this->assertSame( 'group', $checkin['kind'] );
		$this->assertSame( $w['mentor']['id'], $checkin['mentor']['id'] );
		$this->assertSame( array( true, false ), array_column( $checkin['mentees'], 'attended' ) );
		$this->assertSame( 'Seems shy; try async.', $checkin['private_note'] );
	}

	public function test_mentor_cannot_log_for_someone_elses_mentee_and_nothing_is_stored(): void {
		$w      = $this->w;
		$before = $this->count_rows();
		$result = Checkins::create( $this->checkin_values( array( $w['c']['id'] ) ), $w['mentor']['user'] );
		$this->assertWPError( $result );
		$this->assertSame( 403, $result->get_error_data()['status'] );
		$mixed = Checkins::create( $this->checkin_values( array( $w['a']['id'], $w['c']['id'] ) ), $w['mentor']['user'] );
		$this->assertWPError( $mixed );
		$this->assertSame( $before, $this->count_rows() );
	}

	public function test_mentee_and_strangers_cannot_log(): void {
		$w = $this->w;
		foreach ( array( $w['a']['user'], $this->create_user( 'subscriber' ), 0 ) as $user ) {
			$this->assertWPError( Checkins::create( $this->checkin_values( array( $w['a']['id'] ) ), $user ) );
		}
		$this->assertSame( 0, $this->count_rows() );
	}

	public function test_coordinator_logs_for_any_pair(): void {
		$coordinator = $this->create_user( 'mentorship_coordinator' );
		$checkin     = Checkins::create( $this->checkin_values( array( $this->w['c']['id'] ) ), $coordinator );
		$this->assertIsArray( $checkin );
		$this->assertSame( $this->w['other']['id'], $checkin['mentor']['id'] );
	}

	/**
	 * @dataProvider bad_values
	 *
	 * @param array<string, mixed> $overrides Bad values.
	 * @param string               $field     The field the error must name.
	 */
	public function test_bad_input_is_a_400_naming_the_field_and_stores_nothing( array $overrides, string $field ): void {
		$w      = $this->w;
		$result = Checkins::create( $this->checkin_values( array( $w['a']['id'] ), $overrides ), $w['mentor']['user'] );
		$this->assertWPError( $result );
		$this->assertSame( 400, $result->get_error_data()['status'] );
		$this->assertArrayHasKey( $field, $result->get_error_data()['params'] );
		$this->assertSame( 0, $this->count_rows() );
	}

	/**
	 * @return array<string, array{0: array<string, mixed>, 1: string}>
	 */
	public function bad_values(): array {
		return array(
			'no date'              => array( array( 'held_on' => '' ), 'held_on' ),
			'impossible date'      => array( array( 'held_on' => '2026-02-30' ), 'held_on' ),
			'future date'          => array( array( 'held_on' => gmdate( 'Y-m-d', time() + 3 * DAY_IN_SECONDS ) ), 'held_on' ),
			'unknown kind'         => array( array( 'kind' => 'party' ), 'kind' ),
			'nothing covered'      => array( array( 'covered' => '   ' ), 'covered' ),
			'too long'             => array( array( 'next_steps' => str_repeat( 'x', Checkins::MAX_TEXT + 1 ) ), 'next_steps' ),
			'no mentees'           => array( array( 'mentees' => array() ), 'mentees' ),
			'mentees not a list'   => array( array( 'mentees' => '5' ), 'mentees' ),
			'stranger attendee'    => array( array( 'attendees' => array( 999999 ) ), 'attendees' ),
			'help not yes or no'   => array( array( 'needs_help' => 'maybe' ), 'needs_help' ),
			'unknown field'        => array( array( 'rating' => 5 ), 'rating' ),
			'not a running mentee' => array( array( 'mentees' => array( 1 ) ), 'mentees' ),
		);
	}

	public function test_one_to_one_concerns_one_mentee(): void {
		$w      = $this->w;
		$result = Checkins::create( $this->checkin_values( array( $w['a']['id'], $w['b']['id'] ), array( 'kind' => 'one-to-one' ) ), $w['mentor']['user'] );
		$this->assertWPError( $result );
		$this->assertArrayHasKey( 'mentees', $result->get_error_data()['params'] );
	}

	public function test_mentee_reads_only_checkins_about_them_without_private_note_or_help_flag(): void {
		$w = $this->w;
		Checkins::create( $this->checkin_values( array( $w['a']['id'], $w['b']['id'] ), array( 'needs_help' => true ) ), $w['mentor']['user'] );
		Checkins::create( $this->checkin_values( array( $w['b']['id'] ) ), $w['mentor']['user'] );
		Checkins::create( $this->checkin_values( array( $w['c']['id'] ) ), $w['other']['user'] );

		$list = Checkins::list( array(), $w['a']['user'] );
		$this->assertSame( 1, $list['total'] );
		$seen = $list['items'][0];
		$this->assertArrayNotHasKey( 'private_note', $seen );
		$this->assertArrayNotHasKey( 'needs_help', $seen );
		$this->assertArrayNotHasKey( 'mentees', $seen );
		$this->assertTrue( $seen['attended'] );
		$this->assertStringNotContainsString( 'shy', (string) wp_json_encode( $list ) );

		$this->assertSame( 2, Checkins::list( array(), $w['mentor']['user'] )['total'] );
		$this->assertSame( 1, Checkins::list( array(), $w['other']['user'] )['total'] );
		$this->assertSame( 0, Checkins::list( array(), $this->create_user( 'subscriber' ) )['total'] );
		$this->assertSame( 3, Checkins::list( array(), $this->create_user( 'mentorship_coordinator' ) )['total'] );
		// A filter never widens what a viewer may read.
		$this->assertSame( 0, Checkins::list( array( 'mentee' => $w['c']['id'] ), $w['mentor']['user'] )['total'] );
	}

	public function test_concurrent_edits_lose_nothing(): void {
		$w       = $this->w;
		$checkin = Checkins::create( $this->checkin_values( array( $w['a']['id'] ) ), $w['mentor']['user'] );
		$coord   = $this->create_user( 'mentorship_coordinator' );
		// Both opened revision 1; the mentor saves first.
		$first = Checkins::update( $checkin['id'], array( 'next_steps' => 'Mentor change', 'revision' => 1 ), $w['mentor']['user'] );
		$this->assertIsArray( $first );
		$this->assertSame( 2, $first['revision'] );
		$second = Checkins::update( $checkin['id'], array( 'covered' => 'Coordinator change', 'revision' => 1 ), $coord );
		$this->assertWPError( $second );
		$this->assertSame( 409, $second->get_error_data()['status'] );
		$stored = Checkins::get( $checkin['id'], $coord );
		$this->assertSame( 'Mentor change', $stored['next_steps'] );
		$this->assertSame( 'Set up a local environment.', $stored['covered'] );
		// Without a revision the edit is refused, naming the field.
		$missing = Checkins::update( $checkin['id'], array( 'covered' => 'x' ), $coord );
		$this->assertArrayHasKey( 'revision', $missing->get_error_data()['params'] );
	}

	public function test_two_mentors_saving_at_once_both_keep_their_checkins(): void {
		$w     = $this->w;
		$one   = Checkins::create( $this->checkin_values( array( $w['a']['id'] ) ), $w['mentor']['user'] );
		$two   = Checkins::create( $this->checkin_values( array( $w['c']['id'] ) ), $w['other']['user'] );
		$three = Checkins::create( $this->checkin_values( array( $w['a']['id'] ), array( 'kind' => 'async' ) ), $w['mentor']['user'] );
		$this->assertNotSame( $one['id'], $two['id'] );
		$this->assertSame( 3, Checkins::list( array(), $this->create_user( 'mentorship_coordinator' ) )['total'] );
		$this->assertIsArray( $three );
	}

	public function test_other_mentor_cannot_read_or_edit(): void {
		$w       = $this->w;
		$checkin = Checkins::create( $this->checkin_values( array( $w['a']['id'] ) ), $w['mentor']['user'] );
		$this->assertWPError( Checkins::get( $checkin['id'], $w['other']['user'] ) );
		$this->assertWPError( Checkins::update( $checkin['id'], array( 'covered' => 'x', 'revision' => 1 ), $w['other']['user'] ) );
		$this->assertWPError( Checkins::update( $checkin['id'], array( 'covered' => 'x', 'revision' => 1 ), $w['a']['user'] ) );
		$this->assertSame( 'Set up a local environment.', Checkins::get( $checkin['id'], $w['mentor']['user'] )['covered'] );
	}

	public function test_mentee_sets_goals_and_marks_them_done(): void {
		$w    = $this->w;
		$goal = Goals::create( $w['a']['id'], array( 'title' => 'Ship a docs fix', 'due_week' => 2 ), $w['a']['user'] );
		$this->assertIsArray( $goal, is_wp_error( $goal ) ? $goal->get_error_message() : '' );
		$this->assertSame( 'open', $goal['status'] );
		$done = Goals::update( $goal['id'], array( 'status' => 'done' ), $w['a']['user'] );
		$this->assertSame( 'done', $done['status'] );
		$this->assertNotNull( $done['done_at'] );
		$this->assertSame( 2, $done['due_week'] );

		// The mentor reads, but does not write; strangers see nothing.
		$this->assertIsArray( Goals::get( $goal['id'], $w['mentor']['user'] ) );
		$this->assertSame( 403, Goals::update( $goal['id'], array( 'title' => 'x' ), $w['mentor']['user'] )->get_error_data()['status'] );
		$this->assertSame( 403, Goals::create( $w['a']['id'], array( 'title' => 'x' ), $w['mentor']['user'] )->get_error_data()['status'] );
		$this->assertSame( 404, Goals::get( $goal['id'], $w['other']['user'] )->get_error_data()['status'] );
		$this->assertSame( 404, Goals::create( $w['a']['id'], array( 'title' => 'x' ), $w['b']['user'] )->get_error_data()['status'] );
		$this->assertCount( 1, Goals::of_mentee( $w['a']['id'] ) );
	}

	public function test_goal_validation_and_stale_revision(): void {
		$w   = $this->w;
		$bad = Goals::create( $w['a']['id'], array( 'title' => '', 'due_week' => 99, 'status' => 'maybe' ), $w['a']['user'] );
		$this->assertSame( array( 'title', 'status', 'due_week' ), array_keys( $bad->get_error_data()['params'] ) );
		$this->assertSame( array(), Goals::of_mentee( $w['a']['id'] ) );
		$goal = Goals::create( $w['a']['id'], array( 'title' => 'Learn the review flow' ), $w['a']['user'] );
		$this->assertIsArray( Goals::update( $goal['id'], array( 'title' => 'Tab one', 'revision' => 1 ), $w['a']['user'] ) );
		$stale = Goals::update( $goal['id'], array( 'title' => 'Tab two', 'revision' => 1 ), $w['a']['user'] );
		$this->assertSame( 409, $stale->get_error_data()['status'] );
		$this->assertSame( 'Tab one', Goals::get( $goal['id'], $w['a']['user'] )['title'] );
	}

	public function test_goal_cap(): void {
		$w = $this->w;
		for ( $i = 0; $i < Goals::MAX_GOALS; $i++ ) {
			$this->assertIsArray( Goals::create( $w['a']['id'], array( 'title' => "Goal $i" ), $w['a']['user'] ) );
		}
		$this->assertSame( 400, Goals::create( $w['a']['id'], array( 'title' => 'One too many' ), $w['a']['user'] )->get_error_data()['status'] );
	}
}
