<?php
/**
 * REST: /mentorship/v1/export — the filtered applications as a CSV download.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Applications\REST;

defined( 'ABSPATH' ) || exit;

use Mentorship_Program\REST\Controller;
use Mentorship_Program\Applications\Exporter;
use WP_REST_Request;
use WP_REST_Response;
use WP_REST_Server;

/**
 * Streams CSV instead of JSON: the response carries the filters, and the serving hook
 * writes rows straight to the output a chunk at a time.
 *
 * @since 0.1.0
 */
final class Export_Controller extends Controller {

	/**
	 * Route base.
	 *
	 * @var string
	 */
	protected $rest_base = 'export';

	/**
	 * The route: the applications list's filters, without its paging.
	 *
	 * @since 0.1.0
	 *
	 * @return array<string, array<string, mixed>>
	 */
	protected function routes(): array {
		$args = ( new Applications_Controller() )->get_collection_params();
		unset( $args['page'], $args['per_page'] );
		return array(
			'/' . $this->rest_base => array(
				WP_REST_Server::READABLE => array( 'export', 'export_permissions_check', $args ),
			),
		);
	}

	/**
	 * Registers the route, and serves its answer as CSV.
	 *
	 * @since 0.1.0
	 */
	public function register_routes(): void {
		parent::register_routes();
		add_filter( 'rest_pre_serve_request', array( $this, 'serve_csv' ), 10, 4 );
	}

	/**
	 * Exporting is its own capability.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return true|\WP_Error
	 */
	public function export_permissions_check( $request ) {
		unset( $request );
		return $this->require_cap( 'mentorship_export' );
	}

	/**
	 * Returns the filters; the rows are written by serve_csv().
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response
	 */
	public function export( $request ) {
		$filters = array();
		foreach ( array( 'type', 'stage', 'cohort', 'team', 'language', 'format', 'search', 'orderby', 'order', 'tz_min', 'tz_max' ) as $key ) {
			if ( null !== $request[ $key ] ) {
				$filters[ $key ] = $request[ $key ];
			}
		}
		$response = new WP_REST_Response( array( 'mentorship_csv' => $filters ) );
		$response->header( 'Content-Type', 'text/csv; charset=utf-8' );
		$response->header( 'Content-Disposition', 'attachment; filename="mentorship-applications-' . gmdate( 'Y-m-d' ) . '.csv"' );
		$response->header( 'Cache-Control', 'no-store' );
		return $response;
	}

	/**
	 * Writes the CSV for export responses instead of JSON.
	 *
	 * @param bool            $served  Whether the request was served.
	 * @param mixed           $result  Response.
	 * @param WP_REST_Request $request Request.
	 * @param \WP_REST_Server $server  Server.
	 * @return bool
	 */
	public function serve_csv( $served, $result, $request, $server ) {
		unset( $server );
		if ( $served || '/' . $this->namespace . '/' . $this->rest_base !== $request->get_route() || ! $result instanceof WP_REST_Response || 200 !== $result->get_status() ) {
			return $served;
		}
		$data = $result->get_data();
		if ( ! is_array( $data ) || ! isset( $data['mentorship_csv'] ) ) {
			return $served;
		}
		// The response body itself (not a file): Plugin Check and WPCS allow php://output.
		$out = fopen( 'php://output', 'w' );
		if ( false === $out ) {
			return $served;
		}
		// A byte order mark, so spreadsheets read the file as UTF-8. Echoed, like the rows,
		// into the same output; the stream needs no closing, it ends with the request.
		echo "\xEF\xBB\xBF";
		Exporter::write( (array) $data['mentorship_csv'], $out );
		return true;
	}
}
