<?php
/**
 * Check-ins and goals in the personal data exporter and eraser, and nowhere public.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Tests\Mentorship;

require_once __DIR__ . '/Mentorship_Fixtures.php';

use Mentorship_Program\Applications\Applications;
use Mentorship_Program\Mentorship\Checkins;
use Mentorship_Program\Mentorship\Goals;
use Mentorship_Program\Mentorship\Last_Seen;
use Mentorship_Program\Mentorship\Personal_Data;
use Mentorship_Program\Privacy\Privacy;
use Mentorship_Program\Tests\Fixtures;
use Mentorship_Program\Tests\TestCase;

/**
 * Real requests through WordPress's privacy callbacks.
 */
final class Personal_Data_Test extends TestCase {

	use Fixtures;
	use Mentorship_Fixtures;

	/**
	 * A mentor with two mentees, one check-in each and a group one, and a goal.
	 *
	 * @return array<string, mixed>
	 */
	private function world(): array {
		$cohort = $this->running_cohort();
		$mentor = $this->mentor_in( $cohort['id'] );
		$a      = $this->mentee_in( $cohort['id'], $mentor['id'], array( 'email' => 'ana@example.com' ) );
		$b      = $this->mentee_in( $cohort['id'], $mentor['id'] );
		Checkins::create( $this->checkin_values( array( $a['id'] ), array( 'covered' => 'Ana alone', 'private_note' => 'Note about Ana' ) ), $mentor['user'] );
		Checkins::create( $this->checkin_values( array( $a['id'], $b['id'] ), array( 'covered' => 'Group', 'attendees' => array( $b['id'] ) ) ), $mentor['user'] );
		Checkins::create( $this->checkin_values( array( $b['id'] ), array( 'covered' => 'Ben alone' ) ), $mentor['user'] );
		Goals::create( $a['id'], array( 'title' => 'Ana goal' ), $a['user'] );
		return compact( 'cohort', 'mentor', 'a', 'b' );
	}

	public function test_both_callbacks_are_registered_and_ours_erases_first(): void {
		$exporters = apply_filters( 'wp_privacy_personal_data_exporters', array() );
		$erasers   = apply_filters( 'wp_privacy_personal_data_erasers', array() );
		$this->assertArrayHasKey( 'mentorship-program-checkins', $exporters );
		$keys = array_keys( $erasers );
		$this->assertLessThan( array_search( 'mentorship-program', $keys, true ), array_search( 'mentorship-program-checkins', $keys, true ) );
	}

	public function test_mentee_export_has_their_checkins_and_goals_without_private_notes(): void {
		$w      = $this->world();
		$export = Personal_Data::export( 'ana@example.com' );
		$this->assertTrue( $export['done'] );
		$json = (string) wp_json_encode( $export );
		$this->assertStringContainsString( 'Ana alone', $json );
		$this->assertStringContainsString( 'Group', $json );
		$this->assertStringContainsString( 'Ana goal', $json );
		$this->assertStringNotContainsString( 'Ben alone', $json );
		$this->assertStringNotContainsString( 'Note about Ana', $json );
		$this->assertCount( 3, $export['data'] );
		unset( $w );
	}

	public function test_mentor_export_has_what_they_wrote_with_notes(): void {
		$w     = $this->world();
		$email = Applications::get( $w['mentor']['id'] )['fields']['email'];
		$json  = (string) wp_json_encode( Personal_Data::export( $email ) );
		$this->assertStringContainsString( 'Note about Ana', $json );
		$this->assertStringContainsString( 'Ben alone', $json );
	}

	public function test_erasing_a_mentee_removes_their_checkins_and_goals_and_keeps_others(): void {
		$w      = $this->world();
		$result = Personal_Data::erase( 'ana@example.com' );
		$this->assertSame( 3, $result['items_removed'], 'Two check-ins about Ana and one goal.' );
		$this->assertSame( array(), Goals::of_mentee( $w['a']['id'] ) );
		$left = Checkins::list( array(), $w['mentor']['user'] );
		$this->assertSame( array( 'Ben alone', 'Group' ), array_values( array_unique( array_column( $left['items'], 'covered' ) ) ) );
		$this->assertStringNotContainsString( 'Ana alone', (string) wp_json_encode( $left ) );
		$this->assertStringNotContainsString( (string) $w['a']['id'] . ',', (string) wp_json_encode( array_column( $left['items'], 'mentees' ) ) );
		// Then the applications' eraser deletes the record; nothing is left behind.
		Privacy::erase( 'ana@example.com' );
		$this->assertNull( Applications::get( $w['a']['id'] ) );
	}

	public function test_deleting_an_application_removes_its_checkins(): void {
		$w = $this->world();
		Applications::delete( $w['b']['id'] );
		$left = Checkins::list( array(), $w['mentor']['user'] );
		$this->assertSame( array( 'Group', 'Ana alone' ), array_column( $left['items'], 'covered' ) );
	}

	public function test_nothing_reaches_wp_v2_search_or_feeds(): void {
		$this->world();
		wp_set_current_user( 0 );
		$search = $this->rest( 'GET', '/wp/v2/search', array( 'search' => 'Ana alone' ) );
		$this->assertSame( array(), $search->get_data() );
		$routes = implode( ' ', array_keys( rest_get_server()->get_routes() ) );
		$this->assertStringNotContainsString( 'checkin', str_replace( 'mentorship/v1/checkins', '', $routes ) );
		$query = new \WP_Query( array( 's' => 'Ana alone', 'post_type' => 'any' ) );
		$this->assertSame( 0, $query->found_posts );
	}
	public function test_last_seen_is_exported_and_erased(): void {
		$user  = $this->create_user( 'subscriber' );
		$email = get_userdata( $user )->user_email;
		Last_Seen::record( $user, 1700000000 );
		$json = (string) wp_json_encode( Personal_Data::export( $email ) );
		$this->assertStringContainsString( '2023-11-14 22:13', $json );
		$result = Personal_Data::erase( $email );
		$this->assertSame( 1, $result['items_removed'] );
		$this->assertNull( Last_Seen::get( $user ) );
		$this->assertStringNotContainsString( 'mentorship-last-seen', (string) wp_json_encode( Personal_Data::export( $email ) ) );
	}
}
