<?php
/**
 * Retention follow-ups: scheduled at graduation on the configured days, sent once,
 * answered from the link, stopped by the person; the report's rows.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Tests\Surveys;

use Mentorship_Program\Database\Schema as Plugin_Schema;
use Mentorship_Program\Settings\Settings;
use Mentorship_Program\Surveys\Demo_Seeder;
use Mentorship_Program\Surveys\Followups;
use Mentorship_Program\Tests\Fixtures;
use Mentorship_Program\Tests\TestCase;

final class Followups_Test extends TestCase {

	use Fixtures;

	/**
	 * A mentee who graduates now.
	 *
	 * @param int $cohort_id Cohort.
	 * @return array<string, mixed>
	 */
	private function graduate( int $cohort_id ): array {
		return $this->make_application( 'mentee', $cohort_id, array( 'in_review', 'accepted', 'active', 'graduated' ) );
	}

	/**
	 * Follow-up links mailed to an application.
	 *
	 * @param int $id Application.
	 * @return string[] Tokens.
	 */
	private function mailed_tokens( int $id ): array {
		global $wpdb;
		$bodies = $wpdb->get_col( $wpdb->prepare( 'SELECT body FROM ' . Plugin_Schema::table( 'mail' ) . ' WHERE object_id = %d AND body LIKE %s ORDER BY id', $id, '%mentorship_followup=%' ) ); // phpcs:ignore
		$tokens = array();
		foreach ( $bodies as $body ) {
			preg_match( '/[?&]mentorship_followup=(\d+\.[a-f0-9]{32})/', $body, $m );
			$tokens[] = $m[1];
		}
		return $tokens;
	}

	public function test_graduating_schedules_30_60_and_90_days_and_each_is_sent_once_when_due(): void {
		$cohort   = $this->make_cohort();
		$graduate = $this->graduate( $cohort['id'] );
		$rows     = Followups::of( $graduate['id'] );
		$this->assertSame( array( 30, 60, 90 ), array_map( 'intval', array_column( $rows, 'days' ) ) );
		$this->assertSame( gmdate( 'Y-m-d', time() + 30 * DAY_IN_SECONDS ), $rows[0]['due_on'] );

		$this->assertSame( 0, Followups::send_due(), 'Nothing is due today.' );
		$day30 = gmdate( 'Y-m-d', time() + 30 * DAY_IN_SECONDS );
		$this->assertSame( 1, Followups::send_due( $day30 ) );
		$this->assertSame( 0, Followups::send_due( $day30 ), 'A second run on the same day sends nothing.' );
		$this->assertCount( 1, $this->mailed_tokens( $graduate['id'] ) );
		$this->assertSame( 1, Followups::send_due( gmdate( 'Y-m-d', time() + 61 * DAY_IN_SECONDS ) ) );
		$this->assertCount( 2, $this->mailed_tokens( $graduate['id'] ) );
	}

	public function test_the_days_come_from_the_settings(): void {
		Settings::update( array( 'followup_days' => array( 14, 180 ) ) );
		$graduate = $this->graduate( $this->make_cohort()['id'] );
		$this->assertSame( array( 14, 180 ), array_map( 'intval', array_column( Followups::of( $graduate['id'] ), 'days' ) ) );
	}

	public function test_an_answer_is_checked_and_stored_and_opting_out_stops_the_rest(): void {
		$graduate = $this->graduate( $this->make_cohort()['id'] );
		Followups::send_due( gmdate( 'Y-m-d', time() + 30 * DAY_IN_SECONDS ) );
		$token = $this->mailed_tokens( $graduate['id'] )[0];
		$row   = Followups::verify( $token );
		$this->assertSame( 30, (int) $row['days'] );

		$bad = Followups::answer( (int) $row['id'], array( 'contributing' => 'maybe', 'where_url' => 'javascript:alert(1)' ) );
		$this->assertSame( array( 'contributing', 'where_url' ), array_keys( $bad->get_error_data()['params'] ) );
		$this->assertTrue( Followups::answer( (int) $row['id'], array( 'contributing' => 'yes', 'where' => 'Polyglots', 'where_url' => 'https://make.wordpress.org/polyglots/' ) ) );
		$stored = Followups::of( $graduate['id'] )[0];
		$this->assertSame( '1', (string) $stored['contributing'] );
		$this->assertSame( 'https://make.wordpress.org/polyglots/', $stored['where_url'] );

		Followups::opt_out( $graduate['id'] );
		$this->assertSame( 0, Followups::send_due( gmdate( 'Y-m-d', time() + 95 * DAY_IN_SECONDS ) ) );
		$this->assertCount( 1, $this->mailed_tokens( $graduate['id'] ), 'Nothing more after opting out.' );
	}

	public function test_the_report_rows_count_asked_answered_and_contributing_and_hide_small_groups(): void {
		$seeded = Demo_Seeder::outcomes_2024();
		$rows   = apply_filters( 'mentorship_program_report_retention', array(), $seeded['cohort_id'] );
		$this->assertSame(
			array(
				array( 'days' => 30, 'asked' => 44, 'answered' => 36, 'contributing' => 30, 'share' => 83.33, 'suppressed' => false ),
				array( 'days' => 60, 'asked' => 44, 'answered' => 29, 'contributing' => 22, 'share' => 75.86, 'suppressed' => false ),
				array( 'days' => 90, 'asked' => 44, 'answered' => 25, 'contributing' => 17, 'share' => 68.0, 'suppressed' => false ),
			),
			$rows
		);

		$cohort = $this->make_cohort();
		for ( $i = 0; $i < 4; $i++ ) {
			$graduate = $this->graduate( $cohort['id'] );
			Followups::send_due( gmdate( 'Y-m-d', time() + 30 * DAY_IN_SECONDS ) );
			Followups::answer( (int) Followups::of( $graduate['id'] )[0]['id'], array( 'contributing' => 'yes' ) );
		}
		$rows = Followups::report( $cohort['id'] );
		$this->assertSame( array( 'days' => 30, 'asked' => 4, 'answered' => 4, 'contributing' => null, 'share' => null, 'suppressed' => true ), $rows[0] );
	}
}
