<?php
/**
 * Tests for weekly availability in UTC.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Tests\Matching;

use Mentorship_Program\Matching\Availability;
use Mentorship_Program\Tests\TestCase;

/**
 * Local slots land on the right minutes of the cohort's UTC week, clock changes included.
 */
final class Availability_Test extends TestCase {

	/**
	 * A New York mentee on Monday 09:00–11:00 and a London mentor on Monday 15:00–17:00.
	 *
	 * @param string $reference_date Cohort start.
	 * @return int Minutes in common.
	 */
	private function new_york_london_overlap( string $reference_date ): int {
		$week = new Availability( $reference_date );
		return Availability::overlap_minutes(
			$week->to_utc( array( array( 'day' => 0, 'start' => '09:00', 'end' => '11:00' ) ), 'America/New_York' ),
			$week->to_utc( array( array( 'day' => 0, 'start' => '15:00', 'end' => '17:00' ) ), 'Europe/London' )
		);
	}

	public function test_overlap_follows_daylight_saving_time_of_the_reference_week(): void {
		// Winter: 14:00–16:00 and 15:00–17:00 UTC.
		$this->assertSame( 60, $this->new_york_london_overlap( '2025-01-13' ) );
		// The US moved its clocks on 9 March, the UK only on 30 March: 13:00–15:00 and 15:00–17:00 UTC.
		$this->assertSame( 0, $this->new_york_london_overlap( '2025-03-17' ) );
		// Both on summer time: 13:00–15:00 and 14:00–16:00 UTC.
		$this->assertSame( 60, $this->new_york_london_overlap( '2025-04-14' ) );
	}

	public function test_each_day_of_a_week_with_a_clock_change_uses_its_own_offset(): void {
		// The week of Saturday 8 March 2025; New York springs forward on Sunday 9 March.
		$week      = new Availability( '2025-03-08' );
		$intervals = $week->to_utc(
			array(
				array( 'day' => 5, 'start' => '09:00', 'end' => '10:00' ),
				array( 'day' => 0, 'start' => '09:00', 'end' => '10:00' ),
			),
			'America/New_York'
		);
		// Saturday 09:00 EST is 14:00 UTC on day 0 of the week; Monday 09:00 EDT is 13:00 UTC on day 2.
		$this->assertSame( array( array( 840, 900 ), array( 2 * 1440 + 780, 2 * 1440 + 840 ) ), $intervals );
	}

	public function test_southern_hemisphere_clock_change_is_applied(): void {
		$slot = array( array( 'day' => 0, 'start' => '09:00', 'end' => '10:00' ) );
		// Sydney Monday 09:00 is Sunday 22:00 UTC in summer time (+11) and 23:00 UTC after 6 April 2025 (+10).
		$this->assertSame( array( array( 10080 - 120, 10080 - 60 ) ), ( new Availability( '2025-03-31' ) )->to_utc( $slot, 'Australia/Sydney' ) );
		$this->assertSame( array( array( 10080 - 60, 10080 ) ), ( new Availability( '2025-04-07' ) )->to_utc( $slot, 'Australia/Sydney' ) );
	}

	public function test_quarter_hour_zones_and_slots_past_midnight_wrap_around_the_week(): void {
		$week = new Availability( '2025-01-13' );
		// Kathmandu is UTC+5:45.
		$this->assertSame( array( array( 255, 315 ) ), $week->to_utc( array( array( 'day' => 0, 'start' => '10:00', 'end' => '11:00' ) ), 'Asia/Kathmandu' ) );
		// Tokyo Sunday 22:00 to Monday 02:00 is Sunday 13:00–17:00 UTC; Monday 00:30–02:00 is Sunday 15:30–17:00 UTC.
		$this->assertSame(
			array( array( 6 * 1440 + 780, 6 * 1440 + 1020 ) ),
			$week->to_utc(
				array(
					array( 'day' => 6, 'start' => '22:00', 'end' => '02:00' ),
					array( 'day' => 0, 'start' => '00:30', 'end' => '02:00' ),
				),
				'Asia/Tokyo'
			)
		);
		// Los Angeles Sunday 20:00–24:00 is Monday 04:00–08:00 UTC, the start of the next week.
		$this->assertSame( array( array( 240, 480 ) ), $week->to_utc( array( array( 'day' => 6, 'start' => '20:00', 'end' => '24:00' ) ), 'America/Los_Angeles' ) );
	}

	public function test_invalid_slots_are_skipped_and_unknown_zones_read_as_utc(): void {
		$week = new Availability( '2025-01-13' );
		$this->assertSame(
			array( array( 60, 120 ) ),
			$week->to_utc(
				array(
					array( 'day' => 7, 'start' => '09:00', 'end' => '10:00' ),
					array( 'day' => 0, 'start' => '25:00', 'end' => '26:00' ),
					array( 'day' => 0, 'start' => '9am', 'end' => '10:00' ),
					'not a slot',
					array( 'day' => 0, 'start' => '01:00', 'end' => '02:00' ),
				),
				'Mars/Olympus_Mons'
			)
		);
		$this->assertFalse( $week->is_valid_timezone( 'Mars/Olympus_Mons' ) );
		$this->assertTrue( $week->is_valid_timezone( 'America/Sao_Paulo' ) );
	}

	public function test_overlapping_slots_merge_and_overlap_counts_each_minute_once(): void {
		$week = new Availability( '2025-01-13' );
		$a    = $week->to_utc(
			array(
				array( 'day' => 1, 'start' => '10:00', 'end' => '12:00' ),
				array( 'day' => 1, 'start' => '11:00', 'end' => '13:00' ),
				array( 'day' => 2, 'start' => '10:00', 'end' => '11:00' ),
			),
			'UTC'
		);
		$this->assertSame( array( array( 1440 + 600, 1440 + 780 ), array( 2880 + 600, 2880 + 660 ) ), $a );
		$b = $week->to_utc( array( array( 'day' => 1, 'start' => '12:30', 'end' => '23:00' ), array( 'day' => 2, 'start' => '00:00', 'end' => '24:00' ) ), 'UTC' );
		$this->assertSame( 30 + 60, Availability::overlap_minutes( $a, $b ) );
		$this->assertSame( 240, Availability::length( $a ) );
	}

	public function test_invalid_reference_date_falls_back_to_today(): void {
		$this->assertSame( gmdate( 'Y-m-d' ), ( new Availability( '2025-02-30' ) )->reference_date() );
		$this->assertSame( '2025-02-28', ( new Availability( '2025-02-28' ) )->reference_date() );
	}
}
