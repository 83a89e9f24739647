<?php
/**
 * The 2024 cohort's published shape and survey figures, read from the cohort report and
 * the public results block: what a coordinator and a reader of the recap post see.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Tests\Reports;

use Mentorship_Program\Reports\Cohort_Report;
use Mentorship_Program\Surveys\Demo_Seeder;
use Mentorship_Program\Tests\Fixtures;
use Mentorship_Program\Tests\TestCase;

final class Outcomes_2024_Report_Test extends TestCase {

	use Fixtures;

	/**
	 * A survey question of the report by key.
	 *
	 * @param array<string, mixed> $report Report.
	 * @param string               $key    Key.
	 * @return array<string, mixed>
	 */
	private function question( array $report, string $key ): array {
		foreach ( $report['surveys']['questions'] as $question ) {
			if ( $question['key'] === $key ) {
				return $question;
			}
		}
		$this->fail( "No question $key in the report" );
	}

	public function test_the_report_and_the_block_show_the_published_figures(): void {
		$seeded = Demo_Seeder::outcomes_2024();
		$this->assertIsArray( $seeded );
		$report = Cohort_Report::build( $seeded['cohort_id'] );
		$this->assertIsArray( $report );

		// 52 mentees started, 28 mentors, 44 graduated.
		$this->assertSame( 52, $report['graduation']['started'] );
		$this->assertSame( 44, $report['graduation']['graduated'] );
		$this->assertSame( 28, $report['mentor_load']['mentors'] );

		// Survey figures in percent, start → end, as published.
		$familiarity = $this->question( $report, 'familiarity' );
		$this->assertSame( 'percent', $familiarity['kind'] );
		$this->assertSame( array( 53.65, 80.24 ), array( $familiarity['start'], $familiarity['end'] ) );
		$confidence = $this->question( $report, 'confidence' );
		$this->assertSame( array( 57.72, 82.62 ), array( $confidence['start'], $confidence['end'] ) );
		$this->assertSame( 88.62, $this->question( $report, 'satisfaction' )['end'] );

		// The public block: aggregates only, the same figures.
		$html = do_blocks( '<!-- wp:mentorship-program/cohort-results {"cohort":' . $seeded['cohort_id'] . '} /-->' );
		$this->assertStringContainsString( '44 of 52 graduated', $html );
		$this->assertMatchesRegularExpression( '/54%.{0,200}80%/s', $html );
		foreach ( array_slice( $seeded['mentees'], 0, 5 ) as $mentee ) {
			$this->assertStringNotContainsString( get_the_title( $mentee ), $html );
		}
	}
}
