<?php
/**
 * Tests for the cohort schedule block.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Tests\Blocks;

use Mentorship_Program\Cohorts\Calendar_Feed;
use Mentorship_Program\Cohorts\Cohorts;
use Mentorship_Program\Tests\Fixtures;
use Mentorship_Program\Tests\TestCase;

/**
 * The schedule lists the next sessions as UTC instants, with a calendar file each
 * and the cohort's feed.
 */
final class Cohort_Schedule_Test extends TestCase {

	use Fixtures;

	private function render( array $attributes = array() ): string {
		$json = $attributes ? ' ' . wp_json_encode( $attributes ) : '';
		return do_blocks( '<!-- wp:mentorship-program/cohort-schedule' . $json . ' /-->' );
	}

	public function test_lists_the_next_sessions_in_utc_with_calendar_links(): void {
		$cohort   = $this->make_cohort( array( 'name' => 'Summer cohort' ) );
		$sessions = Cohorts::sessions( $cohort, 4 );
		$this->assertCount( 4, $sessions );
		$html = $this->render( array( 'count' => 4 ) );

		$this->assertStringContainsString( 'Sessions of Summer cohort', $html );
		$this->assertSame( 4, preg_match_all( '/<time datetime="(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z)"/', $html, $times ) );
		$this->assertSame( wp_list_pluck( $sessions, 'start' ), $times[1] );
		$this->assertStringContainsString( 'Times are shown in UTC.', $html );
		$this->assertSame( 4, substr_count( $html, 'href="data:text/calendar;charset=utf-8,BEGIN%3AVCALENDAR' ) );
		$this->assertStringContainsString( 'DTSTART%3A' . gmdate( 'Ymd\THis\Z', (int) strtotime( $sessions[0]['start'] ) ), $html );
		$this->assertStringContainsString( 'href="' . esc_url( Calendar_Feed::url( $cohort['id'] ) ) . '"', $html );
		$this->assertStringContainsString( 'data-wp-interactive="mentorship-program/cohort-schedule"', $html );
	}

	public function test_an_explicit_cohort_wins_over_the_open_one(): void {
		$this->make_cohort( array( 'name' => 'Open one' ) );
		$other = $this->make_cohort(
			array(
				'name'      => 'Chosen one',
				'opens_at'  => gmdate( 'Y-m-d\TH:i:s\Z', time() + 30 * DAY_IN_SECONDS ),
				'closes_at' => gmdate( 'Y-m-d\TH:i:s\Z', time() + 40 * DAY_IN_SECONDS ),
			)
		);
		$this->assertStringContainsString( 'Sessions of Chosen one', $this->render( array( 'cohort' => $other['id'] ) ) );
		$this->assertStringContainsString( 'Sessions of Open one', $this->render() );
	}

	public function test_falls_back_to_a_running_cohort(): void {
		$this->make_cohort(
			array(
				'name'      => 'Running cohort',
				'opens_at'  => gmdate( 'Y-m-d\TH:i:s\Z', time() - 40 * DAY_IN_SECONDS ),
				'closes_at' => gmdate( 'Y-m-d\TH:i:s\Z', time() - 30 * DAY_IN_SECONDS ),
				'starts_on' => gmdate( 'Y-m-d', time() - 20 * DAY_IN_SECONDS ),
				'ends_on'   => gmdate( 'Y-m-d', time() + 40 * DAY_IN_SECONDS ),
			)
		);
		$html = $this->render();
		$this->assertStringContainsString( 'Sessions of Running cohort', $html );
		$this->assertStringContainsString( '<time datetime=', $html );
	}

	public function test_says_so_when_nothing_is_scheduled(): void {
		$this->assertStringContainsString( 'No sessions are scheduled yet.', $this->render() );
		$cohort = $this->make_cohort( array( 'schedule' => array( 'rule' => 'none' ) ) );
		$html   = $this->render( array( 'cohort' => $cohort['id'] ) );
		$this->assertStringContainsString( 'No sessions are scheduled yet.', $html );
		$this->assertStringNotContainsString( '<time', $html );
	}

	public function test_names_and_titles_render_inert(): void {
		$cohort = $this->make_cohort(
			array(
				'name'     => '" onmouseover="alert(1)',
				'schedule' => array(
					'rule'    => 'weekly',
					'weekday' => 4,
					'times'   => array( '12:00' ),
					'title'   => '<script>alert(1)</script>',
				),
			)
		);
		$html = $this->render( array( 'cohort' => $cohort['id'] ) );
		$this->assertStringNotContainsString( '<script>alert', $html );
		$this->assertStringNotContainsString( '" onmouseover="alert(1)', $html );
	}
}
