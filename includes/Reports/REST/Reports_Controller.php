<?php
/**
 * REST: /mentorship/v1/reports — a cohort's report, cohorts compared, and both as CSV.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Reports\REST;

defined( 'ABSPATH' ) || exit;

use Mentorship_Program\Reports\Cohort_Report;
use Mentorship_Program\Reports\Report_Csv;
use Mentorship_Program\REST\Controller;
use WP_Error;
use WP_REST_Request;
use WP_REST_Response;
use WP_REST_Server;
use Mentorship_Program\Support\Field_Errors;

/**
 * Coordinators only (the capability to review applications, as the dashboard's funnel;
 * the CSV files need the export capability too).
 *
 * @since 0.3.0
 */
final class Reports_Controller extends Controller {

	/**
	 * Route base.
	 *
	 * @var string
	 */
	protected $rest_base = 'reports';

	/**
	 * The most cohorts one comparison takes.
	 */
	public const MAX_COMPARED = 10;

	/**
	 * The routes: a cohort's report and the comparison of cohorts, each also as CSV.
	 *
	 * @since 0.3.0
	 *
	 * @return array<string, array<string, mixed>>
	 */
	protected function routes(): array {
		$id      = array(
			'id' => array(
				'type'        => 'integer',
				'minimum'     => 1,
				'description' => __( 'Cohort ID.', 'mentorship-program' ),
			),
		);
		$cohorts = array(
			'cohorts' => array(
				'type'        => 'string',
				'required'    => true,
				'maxLength'   => 200,
				'description' => __( 'Two or more cohort IDs, separated by commas.', 'mentorship-program' ),
			),
		);
		return array(
			'/' . $this->rest_base . '/cohorts/(?P<id>[\d]+)' => array(
				'args'                   => $id,
				WP_REST_Server::READABLE => array( 'get_item', 'get_item_permissions_check' ),
				'schema'                 => 'get_public_item_schema',
			),
			'/' . $this->rest_base . '/cohorts/(?P<id>[\d]+)/csv' => array(
				'args'                   => $id,
				WP_REST_Server::READABLE => array( 'get_csv', 'get_csv_permissions_check' ),
			),
			'/' . $this->rest_base . '/compare'     => array(
				WP_REST_Server::READABLE => array( 'get_comparison', 'get_item_permissions_check', $cohorts ),
				'schema'                 => 'get_comparison_schema',
			),
			'/' . $this->rest_base . '/compare/csv' => array(
				WP_REST_Server::READABLE => array( 'get_csv', 'get_csv_permissions_check', $cohorts ),
			),
		);
	}

	/**
	 * Registers the routes, and serves the CSV ones as files.
	 *
	 * @since 0.3.0
	 */
	public function register_routes(): void {
		parent::register_routes();
		add_filter( 'rest_pre_serve_request', array( $this, 'serve_csv' ), 10, 4 );
	}

	/**
	 * Reviewers and coordinators.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return true|WP_Error
	 *
	 * @phpstan-param WP_REST_Request<array<string, mixed>> $request
	 */
	public function get_item_permissions_check( $request ) {
		unset( $request );
		return $this->require_cap( 'mentorship_review' );
	}

	/**
	 * The CSV: reading the report and exporting.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return true|WP_Error
	 *
	 * @phpstan-param WP_REST_Request<array<string, mixed>> $request
	 */
	public function get_csv_permissions_check( $request ) {
		$read = $this->get_item_permissions_check( $request );
		return true === $read ? $this->require_cap( 'mentorship_export' ) : $read;
	}

	/**
	 * One cohort's report.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response|WP_Error
	 *
	 * @phpstan-param WP_REST_Request<array<string, mixed>> $request
	 */
	public function get_item( $request ) {
		$reports = $this->reports( $request );
		if ( is_wp_error( $reports ) ) {
			return $reports;
		}
		return $this->prepare_item_for_response( $reports[0], $request );
	}

	/**
	 * Cohorts side by side.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response|WP_Error
	 *
	 * @phpstan-param WP_REST_Request<array<string, mixed>> $request
	 */
	public function get_comparison( $request ) {
		$reports = $this->reports( $request );
		if ( is_wp_error( $reports ) ) {
			return $reports;
		}
		$items = array();
		foreach ( $reports as $report ) {
			$items[] = $this->prepare_item_for_response( $report, $request )->get_data();
		}
		return rest_ensure_response( array( 'cohorts' => $items ) );
	}

	/**
	 * Either route as a CSV file: the response carries the reports; serve_csv() writes them.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response|WP_Error
	 *
	 * @phpstan-param WP_REST_Request<array<string, mixed>> $request
	 */
	public function get_csv( $request ) {
		$reports = $this->reports( $request );
		if ( is_wp_error( $reports ) ) {
			return $reports;
		}
		$response = new WP_REST_Response( array( 'mentorship_report_csv' => $reports ) );
		$response->header( 'Content-Type', 'text/csv; charset=utf-8' );
		$response->header( 'Content-Disposition', 'attachment; filename="' . Report_Csv::filename( $reports ) . '"' );
		$response->header( 'Cache-Control', 'no-store' );
		$response->header( 'X-Content-Type-Options', 'nosniff' );
		return $response;
	}

	/**
	 * Writes the CSV instead of JSON for the CSV routes.
	 *
	 * @param bool            $served  Whether the request was served.
	 * @param mixed           $result  Response.
	 * @param WP_REST_Request $request Request.
	 * @param WP_REST_Server  $server  Server.
	 * @return bool
	 *
	 * @phpstan-param WP_REST_Request<array<string, mixed>> $request
	 */
	public function serve_csv( $served, $result, $request, $server ) {
		unset( $server );
		if ( $served || ! $result instanceof WP_REST_Response || 200 !== $result->get_status() || ! preg_match( '#^/' . preg_quote( $this->namespace . '/' . $this->rest_base, '#' ) . '/.+/csv$#', (string) $request->get_route() ) ) {
			return $served;
		}
		$data = $result->get_data();
		if ( ! is_array( $data ) || ! isset( $data['mentorship_report_csv'] ) ) {
			return $served;
		}
		$out = fopen( 'php://output', 'w' );
		if ( false === $out ) {
			return $served;
		}
		Report_Csv::write( (array) $data['mentorship_report_csv'], $out );
		return true;
	}

	/**
	 * The reports a request asks for: the cohort of the path, or the cohorts listed.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return array<int, array<string, mixed>>|WP_Error
	 *
	 * @phpstan-param WP_REST_Request<array<string, mixed>> $request
	 */
	private function reports( $request ) {
		if ( null !== $request['id'] ) {
			$report = Cohort_Report::build( (int) $request['id'] );
			return $report ? array( $report ) : $this->not_found( 'id', array( (int) $request['id'] ) );
		}
		$given = trim( (string) $request['cohorts'] );
		if ( ! preg_match( '/^\d+(\s*,\s*\d+)*$/', $given ) ) {
			return Field_Errors::error( array( 'cohorts' => __( 'List cohort IDs separated by commas, e.g. 3,5.', 'mentorship-program' ) ) );
		}
		$ids = array_values( array_unique( array_map( 'intval', preg_split( '/\s*,\s*/', $given ) ) ) );
		if ( count( $ids ) < 2 ) {
			return Field_Errors::error( array( 'cohorts' => __( 'Choose at least two different cohorts to compare.', 'mentorship-program' ) ) );
		}
		if ( count( $ids ) > self::MAX_COMPARED ) {
			/* translators: %d: most cohorts. */
			return Field_Errors::error( array( 'cohorts' => sprintf( __( 'Compare at most %d cohorts at once.', 'mentorship-program' ), self::MAX_COMPARED ) ) );
		}
		$reports = Cohort_Report::compare( $ids );
		if ( count( $reports ) !== count( $ids ) ) {
			$found = array_map( static fn( $r ) => (int) $r['cohort']['id'], $reports );
			return $this->not_found( 'cohorts', array_values( array_diff( $ids, $found ) ) );
		}
		return $reports;
	}

	/**
	 * 404 naming the parameter and the cohorts not found.
	 *
	 * @param string $param Parameter.
	 * @param int[]  $ids   Cohort IDs not found.
	 * @return WP_Error
	 */
	private function not_found( string $param, array $ids ): WP_Error {
		/* translators: %s: comma-separated cohort IDs. */
		$message = sprintf( __( 'Cohort not found: %s.', 'mentorship-program' ), implode( ', ', $ids ) );
		return new WP_Error(
			'mentorship_not_found',
			$message,
			array(
				'status' => 404,
				'params' => array( $param => $message ),
			)
		);
	}

	/**
	 * Shapes a report (the one place output is shaped).
	 *
	 * @param array<string, mixed> $item    Report.
	 * @param WP_REST_Request      $request Request.
	 * @return WP_REST_Response
	 *
	 * @phpstan-param WP_REST_Request<array<string, mixed>> $request
	 */
	public function prepare_item_for_response( $item, $request ) {
		unset( $request );
		$keys = array_keys( Cohort_Report::schema()['properties'] );
		return rest_ensure_response( array_intersect_key( $item, array_flip( $keys ) ) );
	}

	/**
	 * The schema of one report.
	 *
	 * @return array<string, mixed>
	 */
	public function get_item_schema() {
		if ( ! $this->schema ) {
			$this->schema = Cohort_Report::schema();
		}
		return $this->add_additional_fields_schema( $this->schema );
	}

	/**
	 * The schema of a comparison.
	 *
	 * @return array<string, mixed>
	 */
	public function get_comparison_schema(): array {
		$report = Cohort_Report::schema();
		unset( $report['$schema'], $report['title'] );
		return array(
			'$schema'              => 'http://json-schema.org/draft-04/schema#',
			'title'                => 'mentorship-cohort-comparison',
			'type'                 => 'object',
			'properties'           => array(
				'cohorts' => array(
					'type'        => 'array',
					'description' => __( 'The reports, in the order the cohorts were listed.', 'mentorship-program' ),
					'items'       => $report,
				),
			),
			'required'             => array( 'cohorts' ),
			'additionalProperties' => false,
		);
	}
}
