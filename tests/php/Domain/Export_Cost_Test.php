<?php
/**
 * The CSV export is a read: its queries do not grow with the number of rows in a
 * chunk, and it writes nothing (the kept counts are not recounted for every row).
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Tests\Domain;

use Mentorship_Program\Domain\Exporter;
use Mentorship_Program\Tests\Fixtures;
use Mentorship_Program\Tests\TestCase;

/**
 * Query cost of Exporter::write().
 */
final class Export_Cost_Test extends TestCase {

	use Fixtures;

	/**
	 * Exports a cohort to memory and returns the rows written and the SQL run.
	 *
	 * @param int $cohort_id Cohort.
	 * @return array{0: int, 1: string[]}
	 */
	private function export( int $cohort_id ): array {
		$queries = array();
		$log     = static function ( string $sql ) use ( &$queries ): string {
			$queries[] = preg_replace( '/\s+/', ' ', trim( $sql ) );
			return $sql;
		};
		$handle = fopen( 'php://memory', 'w+' ); // phpcs:ignore WordPress.WP.AlternativeFunctions.file_system_operations_fopen
		wp_cache_flush();
		add_filter( 'query', $log );
		$rows = Exporter::write( array( 'cohort' => $cohort_id ), $handle );
		remove_filter( 'query', $log );
		fclose( $handle ); // phpcs:ignore WordPress.WP.AlternativeFunctions.file_system_operations_fclose
		return array( $rows, $queries );
	}

	public function test_export_queries_do_not_grow_with_rows_and_write_nothing(): void {
		$this->as_coordinator();
		$small = $this->make_cohort();
		$large = $this->make_cohort();
		for ( $i = 0; $i < 2; $i++ ) {
			$this->make_application( 'mentee', $small['id'], array( 'in_review' ) );
		}
		for ( $i = 0; $i < 9; $i++ ) {
			$this->make_application( 'mentee', $large['id'], array( 'in_review' ) );
		}
		// Warm-up: options and settings a real request has loaded already.
		$this->export( $small['id'] );

		list( $rows_small, $small_queries ) = $this->export( $small['id'] );
		list( $rows_large, $large_queries ) = $this->export( $large['id'] );
		$this->assertSame( 2, $rows_small );
		$this->assertSame( 9, $rows_large );
		$this->assertSame(
			count( $small_queries ),
			count( $large_queries ),
			"Queries of an export of 2 and of 9 applications:\n" . implode( "\n", $small_queries ) . "\n---\n" . implode( "\n", $large_queries )
		);
		$writes = array_values( array_filter( $large_queries, static fn( $sql ) => (bool) preg_match( '/^(INSERT|UPDATE|DELETE|REPLACE|START TRANSACTION|SAVEPOINT)\b/i', $sql ) ) );
		$this->assertSame( array(), $writes, 'An export writes nothing.' );
	}
}
