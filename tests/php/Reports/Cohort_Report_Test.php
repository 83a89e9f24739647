<?php
/**
 * Tests for the cohort report, its routes and its CSV.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Tests\Reports;

use Mentorship_Program\Applications\Applications;
use Mentorship_Program\Cohorts\Assignments;
use Mentorship_Program\Stats\Counts;
use Mentorship_Program\Database\Schema;
use Mentorship_Program\Teams\Taxonomies;
use Mentorship_Program\Reports\Cohort_Report;
use Mentorship_Program\Reports\Report_Csv;
use Mentorship_Program\Reports\Small_Groups;
use Mentorship_Program\Tests\Fixtures;
use Mentorship_Program\Tests\TestCase;

/**
 * A seeded cohort: ten mentees (six started, five graduated, three placed, one declined,
 * one waitlisted, two withdrawn with reasons) and three mentors with 3, 2 and 0 mentees.
 */
final class Cohort_Report_Test extends TestCase {

	use Fixtures;

	/**
	 * Seeds the cohort.
	 *
	 * @param array<string, mixed> $cohort_values Cohort overrides.
	 * @param string               $place_team    Team slug the third graduate joins.
	 * @return array<string, mixed> The cohort.
	 */
	private function seed( array $cohort_values = array(), string $place_team = 'core' ): array {
		global $wpdb;
		$cohort  = $this->make_cohort( $cohort_values );
		$mentors = array();
		foreach ( array( 3, 3, 2 ) as $capacity ) {
			$mentors[] = $this->make_application( 'mentor', $cohort['id'], array( 'in_review', 'approved' ), array( 'capacity' => $capacity ) );
		}
		// Days from application to decision of the eight decided mentees.
		$days     = array( 1, 2, 3, 4, 5, 6, 7, 20 );
		$accepted = array();
		for ( $i = 0; $i < 6; $i++ ) {
			$accepted[] = $this->make_application( 'mentee', $cohort['id'], array( 'in_review', 'accepted' ) );
		}
		$declined   = $this->make_application( 'mentee', $cohort['id'], array( 'in_review', 'declined' ) );
		$waitlisted = $this->make_application( 'mentee', $cohort['id'], array( 'in_review', 'waitlisted' ) );
		foreach ( array_merge( $accepted, array( $declined, $waitlisted ) ) as $n => $mentee ) {
			$wpdb->update( $wpdb->posts, array( 'post_date_gmt' => gmdate( 'Y-m-d H:i:s', time() - $days[ $n ] * DAY_IN_SECONDS ) ), array( 'ID' => $mentee['id'] ) );
			clean_post_cache( $mentee['id'] );
		}
		// Mentor load: 3, 2 and 0 mentees; the sixth mentee starts without a mentor.
		foreach ( array( 0, 0, 0, 1, 1 ) as $n => $mentor ) {
			$this->assertTrue( Assignments::assign( $accepted[ $n ]['id'], $mentors[ $mentor ]['id'] ) );
		}
		foreach ( $accepted as $n => $mentee ) {
			$this->assertIsArray( Applications::transition( $mentee['id'], 'active', array( 'allow_unassigned' => true ) ) );
			if ( $n < 5 ) {
				$this->assertIsArray( Applications::transition( $mentee['id'], 'graduated' ) );
			}
			if ( $n < 3 ) {
				$this->assertIsArray( Applications::transition( $mentee['id'], 'placed', array( 'team' => 2 === $n ? $place_team : 'docs' ) ) );
			}
		}
		$gone = $this->make_application( 'mentee', $cohort['id'] );
		$this->assertIsArray( Applications::transition( $gone['id'], 'withdrawn', array( 'note' => 'Withdrawn by the applicant.' ) ) );
		$busy = $this->make_application( 'mentee', $cohort['id'], array( 'in_review' ) );
		$this->assertIsArray( Applications::transition( $busy['id'], 'withdrawn', array( 'note' => 'No time this term' ) ) );
		return $cohort;
	}

	public function test_figures_of_a_seeded_cohort(): void {
		$cohort = $this->seed();
		// Another cohort's people never count here.
		$this->make_application( 'mentee', $this->make_cohort()['id'], array( 'in_review', 'accepted' ) );

		$report = Cohort_Report::build( $cohort['id'] );
		$this->assertIsArray( $report );
		$this->assertSame( $cohort['name'], $report['cohort']['name'] );
		$this->assertSame(
			array(
				'submitted' => 10,
				'accepted'  => 6,
				'active'    => 6,
				'graduated' => 5,
				'placed'    => 3,
			),
			array_combine( wp_list_pluck( $report['funnel'], 'stage' ), wp_list_pluck( $report['funnel'], 'count' ) )
		);
		$this->assertNull( $report['funnel'][0]['conversion'] );
		$this->assertSame( 0.6, $report['funnel'][1]['conversion'] );
		$this->assertSame( 1, $report['declined'] );
		$this->assertSame( 1, $report['waitlisted'] );

		$this->assertSame( 2, $report['withdrawn']['count'] );
		$this->assertSame(
			array(
				array(
					'stage' => 'submitted',
					'label' => 'Submitted',
					'count' => 1,
				),
				array(
					'stage' => 'in_review',
					'label' => 'In review',
					'count' => 1,
				),
			),
			$report['withdrawn']['by_stage']
		);
		$this->assertEqualsCanonicalizing( array( 'Withdrawn by the applicant.', 'No time this term' ), wp_list_pluck( $report['withdrawn']['reasons'], 'reason' ) );

		$this->assertSame(
			array(
				'started'   => 6,
				'graduated' => 5,
				'rate'      => 0.8333,
			),
			$report['graduation']
		);
		$this->assertSame( 8, $report['decision_days']['decided'] );
		$this->assertEqualsWithDelta( 4.5, $report['decision_days']['median'], 0.05 );
		$this->assertEqualsWithDelta( 20.0, $report['decision_days']['p90'], 0.05 );

		$this->assertSame( 3, $report['mentor_load']['mentors'] );
		$this->assertSame( 5, $report['mentor_load']['assigned'] );
		$this->assertSame( 1.67, $report['mentor_load']['average'] );
		$this->assertSame( 3, $report['mentor_load']['max'] );
		$this->assertSame(
			array(
				array(
					'mentees' => 0,
					'mentors' => 1,
				),
				array(
					'mentees' => 2,
					'mentors' => 1,
				),
				array(
					'mentees' => 3,
					'mentors' => 1,
				),
			),
			$report['mentor_load']['distribution']
		);

		$this->assertSame( array( 'docs', 'core' ), wp_list_pluck( $report['placements'], 'team' ) );
		$this->assertSame( array( 2, 1 ), wp_list_pluck( $report['placements'], 'count' ) );
		$this->assertSame( array(), $report['surveys']['questions'] );
		$this->assertSame( array(), $report['retention'] );
	}

	public function test_the_funnel_comes_from_the_kept_counts(): void {
		global $wpdb;
		$cohort = $this->seed();
		$this->assertTrue( Counts::ready(), 'The kept counts are built in tests.' );
		// A kept count that disagrees with the history wins: the report never recounts it.
		$wpdb->query( $wpdb->prepare( 'UPDATE ' . Schema::table( 'counts' ) . " SET n = 42 WHERE scope = %d AND dim = 'mentee_reached' AND k = 'graduated'", $cohort['id'] ) );
		$report = Cohort_Report::build( $cohort['id'] );
		$this->assertSame( 42, $report['funnel'][3]['count'] );
	}

	public function test_no_such_cohort(): void {
		$this->assertNull( Cohort_Report::build( 0 ) );
		$this->assertNull( Cohort_Report::build( 999999 ) );
		$team = get_term_by( 'slug', 'docs', Taxonomies::TEAM );
		$this->assertNull( Cohort_Report::build( (int) $team->term_id ), 'A team is not a cohort.' );
	}

	public function test_survey_and_retention_filters_are_rendered_with_small_groups_hidden(): void {
		$cohort = $this->make_cohort();
		$seen   = array();
		$survey = static function ( $results, $cohort_id ) use ( &$seen ) {
			$seen[] = $cohort_id;
			return array(
				'respondents' => array(
					'start' => 12,
					'end'   => 10,
				),
				'questions'   => array(
					array(
						'key'         => 'familiarity',
						'label'       => 'Familiarity with <b>contributing</b>',
						'kind'        => 'percent',
						'start'       => 53.65,
						'end'         => 80.24,
						'change'      => null,
						'respondents' => 10,
						'suppressed'  => false,
					),
					array(
						'key'         => 'confidence',
						'label'       => 'Confidence',
						'kind'        => 'percent',
						'start'       => 50.0,
						'end'         => 75.0,
						'change'      => 25.0,
						// Too few, though the filter did not say so.
						'respondents' => 4,
						'suppressed'  => false,
					),
				),
			);
		};
		$retention = static fn() => array(
			array(
				'days'         => 90,
				'asked'        => 10,
				'answered'     => 3,
				'contributing' => 2,
				'share'        => 0.6667,
				'suppressed'   => false,
			),
			array(
				'days'         => 30,
				'asked'        => 10,
				'answered'     => 8,
				'contributing' => 6,
				'share'        => null,
				'suppressed'   => false,
			),
		);
		add_filter( 'mentorship_program_report_surveys', $survey, 10, 2 );
		add_filter( 'mentorship_program_report_retention', $retention );
		$report = Cohort_Report::build( $cohort['id'] );
		remove_filter( 'mentorship_program_report_surveys', $survey );
		remove_filter( 'mentorship_program_report_retention', $retention );

		$this->assertSame( array( $cohort['id'] ), $seen );
		$this->assertSame(
			array(
				'start' => 12,
				'end'   => 10,
			),
			$report['surveys']['respondents']
		);
		$first = $report['surveys']['questions'][0];
		$this->assertSame( 'Familiarity with contributing', $first['label'] );
		$this->assertSame( array( 53.65, 80.24, 26.59, false ), array( $first['start'], $first['end'], $first['change'], $first['suppressed'] ) );
		$second = $report['surveys']['questions'][1];
		$this->assertSame( array( null, null, null, true ), array( $second['start'], $second['end'], $second['change'], $second['suppressed'] ) );

		$this->assertSame( array( 30, 90 ), wp_list_pluck( $report['retention'], 'days' ) );
		$this->assertSame( 0.75, $report['retention'][0]['share'], 'Worked out from the counts when not given.' );
		$this->assertSame( array( null, null, true ), array( $report['retention'][1]['contributing'], $report['retention'][1]['share'], $report['retention'][1]['suppressed'] ) );

		$public = Cohort_Report::public_figures( $report );
		$this->assertSame( array( 'Familiarity with contributing' ), wp_list_pluck( $public['questions'], 'label' ) );
	}

	public function test_the_small_group_rule(): void {
		$this->assertSame( 5, Small_Groups::MINIMUM );
		$this->assertTrue( Small_Groups::hides( 4 ) );
		$this->assertFalse( Small_Groups::hides( 5 ) );
		$this->assertNull( Small_Groups::share( 3, 4 ) );
		$this->assertSame( 0.6, Small_Groups::share( 3, 5 ) );
		$this->assertNull( Small_Groups::value( 12.5, 0 ) );
		$this->assertSame( 12.5, Small_Groups::value( 12.5, 5 ) );

		// A cohort where four started: the public figures hide graduation.
		$cohort = $this->make_cohort();
		for ( $i = 0; $i < 4; $i++ ) {
			$this->make_application( 'mentee', $cohort['id'], array( 'in_review', 'accepted', 'active', 'graduated' ) );
		}
		$public = Cohort_Report::public_figures( Cohort_Report::build( $cohort['id'] ) );
		$this->assertNull( $public['graduated'] );
		$this->assertNull( $public['started'] );
		$this->assertNull( $public['mentees'] );
		$this->make_application( 'mentee', $cohort['id'], array( 'in_review', 'accepted', 'active' ) );
		$public = Cohort_Report::public_figures( Cohort_Report::build( $cohort['id'] ) );
		$this->assertSame( array( 4, 5 ), array( $public['graduated'], $public['started'] ) );
	}

	public function test_rest_report_compare_and_bad_ids(): void {
		$one = $this->seed();
		$two = $this->make_cohort( array( 'name' => 'Second cohort' ) );
		$this->make_application( 'mentee', $two['id'], array( 'in_review', 'accepted' ) );
		$this->as_coordinator();

		$response = $this->rest( 'GET', '/mentorship/v1/reports/cohorts/' . $one['id'] );
		$this->assertSame( 200, $response->get_status(), (string) wp_json_encode( $response->get_data() ) );
		$data = $response->get_data();
		$this->assertSame( 5, $data['graduation']['graduated'] );
		$this->assertTrue( rest_validate_value_from_schema( $data, Cohort_Report::schema() ) );

		$response = $this->rest( 'GET', '/mentorship/v1/reports/compare', array( 'cohorts' => $two['id'] . ',' . $one['id'] ) );
		$this->assertSame( 200, $response->get_status() );
		$this->assertSame( array( $two['id'], $one['id'] ), array_map( static fn( $r ) => $r['cohort']['id'], $response->get_data()['cohorts'] ) );
		$this->assertSame( array( 1, 10 ), array_map( static fn( $r ) => $r['funnel'][0]['count'], $response->get_data()['cohorts'] ) );

		$response = $this->rest( 'GET', '/mentorship/v1/reports/cohorts/999999' );
		$this->assertErrorResponse( 404, $response, 'mentorship_not_found' );
		$this->assertArrayHasKey( 'id', $response->get_data()['data']['params'] );

		foreach ( array( 'abc', (string) $one['id'], $one['id'] . ',' . $one['id'], '1;2', '' ) as $bad ) {
			$response = $this->rest( 'GET', '/mentorship/v1/reports/compare', array( 'cohorts' => $bad ) );
			$this->assertErrorResponse( 400, $response, 'rest_invalid_param' );
			$this->assertArrayHasKey( 'cohorts', $response->get_data()['data']['params'], $bad );
		}
		$response = $this->rest( 'GET', '/mentorship/v1/reports/compare', array( 'cohorts' => $one['id'] . ',999999' ) );
		$this->assertErrorResponse( 404, $response, 'mentorship_not_found' );
		$this->assertStringContainsString( '999999', $response->get_data()['data']['params']['cohorts'] );

		$this->assertSame( 404, $this->rest( 'GET', '/mentorship/v1/reports/cohorts/abc' )->get_status() );
	}

	public function test_csv_headers_rows_and_escaping(): void {
		$team = wp_insert_term( '=HYPERLINK("http://x")', Taxonomies::TEAM, array( 'slug' => 'formula-team' ) );
		$this->assertIsArray( $team );
		$cohort = $this->seed( array( 'name' => '@Spring, "2025"' ), 'formula-team' );
		$this->as_coordinator();

		$response = $this->rest( 'GET', '/mentorship/v1/reports/cohorts/' . $cohort['id'] . '/csv' );
		$this->assertSame( 200, $response->get_status() );
		$headers = $response->get_headers();
		$this->assertSame( 'text/csv; charset=utf-8', $headers['Content-Type'] );
		$this->assertMatchesRegularExpression( '/^attachment; filename="cohort-report-spring-2025-\d{4}-\d{2}-\d{2}\.csv"$/', $headers['Content-Disposition'] );
		$this->assertSame( 'no-store', $headers['Cache-Control'] );

		// What the serving hook writes.
		$controller = new \Mentorship_Program\Reports\REST\Reports_Controller();
		$request    = new \WP_REST_Request( 'GET', '/mentorship/v1/reports/cohorts/' . $cohort['id'] . '/csv' );
		ob_start();
		$served = $controller->serve_csv( false, $response, $request, rest_get_server() );
		$csv    = (string) ob_get_clean();
		$this->assertTrue( $served );
		$this->assertStringStartsWith( "\xEF\xBB\xBF", $csv );
		$lines = array_map( 'str_getcsv', array_filter( explode( "\n", substr( $csv, 3 ) ) ) );
		$this->assertSame( array( 'Section', 'Figure', "'@Spring, \"2025\"" ), $lines[0] );
		$find = static function ( string $section, string $figure ) use ( $lines ): ?string {
			foreach ( $lines as $line ) {
				if ( $line[0] === $section && $line[1] === $figure ) {
					return $line[2];
				}
			}
			return null;
		};
		$this->assertSame( '10', $find( 'Funnel', 'Applied' ) );
		$this->assertSame( '5', $find( 'Graduation', 'Graduated' ) );
		$this->assertSame( '83.3%', $find( 'Graduation', 'Graduation rate' ) );
		$this->assertSame( '1', $find( 'Withdrawn', 'Reason: No time this term' ) );
		$this->assertSame( '1', $find( 'Mentor load', 'Mentors with 0 mentees' ) );
		$this->assertSame( '2', $find( 'Placements by team', 'Documentation' ) );
		$this->assertSame( '1', $find( 'Placements by team', "'=HYPERLINK(\"http://x\")" ), 'A formula stays text.' );
		foreach ( $lines as $line ) {
			foreach ( $line as $cell ) {
				$this->assertDoesNotMatchRegularExpression( '/^[=+\-@]/', $cell );
			}
		}

		// Compared: one column per cohort, a figure one lacks left empty.
		$other = $this->make_cohort( array( 'name' => 'Autumn' ) );
		$rows  = Report_Csv::rows( Cohort_Report::compare( array( $cohort['id'], $other['id'] ) ) );
		$this->assertSame( array( 'Section', 'Figure', "'@Spring, \"2025\"", 'Autumn' ), $rows[0] );
		$this->assertContains( array( 'Placements by team', 'Documentation', '2', '' ), $rows );
		$this->assertMatchesRegularExpression( '/^cohort-comparison-\d+-\d+-\d{4}-\d{2}-\d{2}\.csv$/', Report_Csv::filename( Cohort_Report::compare( array( $cohort['id'], $other['id'] ) ) ) );
		$response = $this->rest( 'GET', '/mentorship/v1/reports/compare/csv', array( 'cohorts' => $cohort['id'] . ',' . $other['id'] ) );
		$this->assertSame( 200, $response->get_status() );
		$this->assertStringStartsWith( 'attachment; filename="cohort-comparison-', $response->get_headers()['Content-Disposition'] );
	}

	public function test_csv_needs_the_export_capability(): void {
		$cohort = $this->make_cohort();
		$user   = $this->create_user( 'mentorship_coordinator' );
		get_userdata( $user )->remove_cap( 'mentorship_export' );
		$user_object = new \WP_User( $user );
		$user_object->add_cap( 'mentorship_export', false );
		wp_set_current_user( $user );
		$this->assertSame( 200, $this->rest( 'GET', '/mentorship/v1/reports/cohorts/' . $cohort['id'] )->get_status() );
		$this->assertSame( 403, $this->rest( 'GET', '/mentorship/v1/reports/cohorts/' . $cohort['id'] . '/csv' )->get_status() );
	}
}
