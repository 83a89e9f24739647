<?php
/**
 * The demo's finished cohort has a report with figures and a results page.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Tests\Reports;

use Mentorship_Program\Demo\Demo_Content;
use Mentorship_Program\Teams\Taxonomies;
use Mentorship_Program\Reports\Cohort_Report;
use Mentorship_Program\Tests\TestCase;

/**
 * `npm start` shows a report with figures.
 */
final class Demo_Test extends TestCase {

	public function test_the_demo_has_a_cohort_report_with_figures_and_a_results_page(): void {
		Demo_Content::seed();
		$term = get_term_by( 'slug', 'spring-2024', Taxonomies::COHORT );
		$this->assertInstanceOf( \WP_Term::class, $term );
		$report = Cohort_Report::build( (int) $term->term_id );
		$this->assertSame( array( 20, 14, 14, 12, 8 ), wp_list_pluck( $report['funnel'], 'count' ) );
		$this->assertSame( 3, $report['withdrawn']['count'] );
		$this->assertSame( 0.8571, $report['graduation']['rate'] );
		$this->assertSame( 17, $report['decision_days']['decided'] );
		$this->assertGreaterThan( 0, $report['decision_days']['median'] );
		$this->assertLessThan( 13, $report['decision_days']['p90'] );
		$this->assertSame( 4, $report['mentor_load']['mentors'] );
		$this->assertSame( 'polyglots', $report['placements'][0]['team'] );

		$page = get_page_by_path( 'cohort-results' );
		$this->assertNotNull( $page );
		$html = do_blocks( $page->post_content );
		$this->assertStringContainsString( '12 of 14 graduated', $html );
	}
}
