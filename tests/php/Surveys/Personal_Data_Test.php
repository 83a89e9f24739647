<?php
/**
 * Survey answers and follow-ups in the exporter and eraser: erasing someone keeps the
 * cohort's figures without keeping their answers.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Tests\Surveys;

use Mentorship_Program\Applications\Applications;
use Mentorship_Program\Surveys\Answers;
use Mentorship_Program\Surveys\Demo_Seeder;
use Mentorship_Program\Surveys\Followups;
use Mentorship_Program\Surveys\Results;
use Mentorship_Program\Surveys\Schema;
use Mentorship_Program\Surveys\Surveys;
use Mentorship_Program\Tests\Fixtures;
use Mentorship_Program\Tests\TestCase;

final class Personal_Data_Test extends TestCase {

	use Fixtures;

	/**
	 * Runs every registered callback of a kind for an address, in WordPress's order.
	 *
	 * @param string $kind  exporters or erasers.
	 * @param string $email Address.
	 * @return array<string, array<string, mixed>> Callback key => result.
	 */
	private function run_all( string $kind, string $email ): array {
		$callbacks = apply_filters( 'wp_privacy_personal_data_' . $kind, array() );
		$results   = array();
		foreach ( $callbacks as $key => $callback ) {
			$results[ $key ] = call_user_func( $callback['callback'], $email, 1 );
		}
		return $results;
	}

	public function test_export_holds_the_persons_answers_and_follow_ups(): void {
		$seeded = Demo_Seeder::outcomes_2024();
		$mentee = Applications::get( $seeded['mentees'][0] );
		$export = $this->run_all( 'exporters', $mentee['fields']['email'] )['mentorship-program-surveys'];
		$groups = array_count_values( array_column( $export['data'], 'group_id' ) );
		// Start, midpoint and end answers; three follow-ups.
		$this->assertSame( 3, $groups['mentorship-surveys'] );
		$this->assertSame( 3, $groups['mentorship-followups'] );
		$labels = array_column( $export['data'][0]['data'], 'name' );
		$this->assertContains( 'How familiar are you with the WordPress project and how it works?', $labels );
		$this->assertTrue( $export['done'] );
	}

	public function test_erasing_a_person_keeps_the_figures_and_not_their_answers(): void {
		$seeded  = Demo_Seeder::outcomes_2024();
		$cohort  = $seeded['cohort_id'];
		$before  = Results::for_cohort( $cohort );
		$before2 = Followups::report( $cohort );
		// Mentee 1 answered start, midpoint and end, with words at the end, and three follow-ups.
		$mentee = Applications::get( $seeded['mentees'][0] );
		$end    = Surveys::find( $cohort, 'mentee', 'end' );
		$this->assertArrayHasKey( 'helped', Answers::of( $end['id'], $mentee['id'] ) );

		// The eraser runs before the applications' one, then the record itself goes.
		$erasers = array_keys( apply_filters( 'wp_privacy_personal_data_erasers', array() ) );
		$this->assertLessThan( array_search( 'mentorship-program', $erasers, true ), array_search( 'mentorship-program-surveys', $erasers, true ) );
		$results = $this->run_all( 'erasers', $mentee['fields']['email'] );
		$this->assertGreaterThanOrEqual( 6, $results['mentorship-program-surveys']['items_removed'] );
		$this->assertNull( get_post( $mentee['id'] ) );

		global $wpdb;
		$answers = Schema::table( 'answers' );
		$this->assertSame( 0, (int) $wpdb->get_var( $wpdb->prepare( "SELECT COUNT(*) FROM {$answers} WHERE application_id = %d", $mentee['id'] ) ) ); // phpcs:ignore
		$kept = $wpdb->get_col( "SELECT answers FROM {$answers} WHERE application_id IS NULL" ); // phpcs:ignore
		$this->assertCount( 3, $kept, 'Start, midpoint and end answers stay, without the person.' );
		foreach ( $kept as $json ) {
			$this->assertArrayNotHasKey( 'helped', json_decode( $json, true ), 'Their own words are gone.' );
			$this->assertArrayHasKey( 'familiarity', json_decode( $json, true ) );
		}
		$followups = Schema::table( 'followups' );
		$this->assertSame( 0, (int) $wpdb->get_var( $wpdb->prepare( "SELECT COUNT(*) FROM {$followups} WHERE application_id = %d", $mentee['id'] ) ) ); // phpcs:ignore
		$this->assertSame( 0, (int) $wpdb->get_var( $wpdb->prepare( 'SELECT COUNT(*) FROM ' . Schema::table( 'invitations' ) . ' WHERE application_id = %d', $mentee['id'] ) ) ); // phpcs:ignore

		// The figures are exactly as they were; only the count of written answers drops,
		// since their words are gone.
		$after = Results::for_cohort( $cohort );
		$this->assertSame( $before['respondents'], $after['respondents'] );
		foreach ( $before['questions'] as $i => $question ) {
			if ( 'text' === $question['kind'] ) {
				$this->assertSame( $question['respondents'] - 1, $after['questions'][ $i ]['respondents'] );
				continue;
			}
			$this->assertSame( $question, $after['questions'][ $i ] );
		}
		$this->assertSame( $before2, Followups::report( $cohort ) );
		$this->assertSame( 80.24, $before['questions'][0]['end'] );
	}
}
