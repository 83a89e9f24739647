<?php
/**
 * The CSV export is a read: its queries do not grow with the number of rows in a
 * chunk, and it writes nothing (the kept counts are not recounted for every row).
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Tests\Applications;

use Mentorship_Program\Applications\Applications;
use Mentorship_Program\Applications\Exporter;
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

	public function test_chunks_follow_each_other_without_gaps_or_repeats_in_every_order(): void {
		$this->as_coordinator();
		$cohort = $this->make_cohort();
		$names  = array( 'Wen', 'Ana', 'Lia', 'Bao', 'Ines', 'Dana', 'Uma' );
		foreach ( $names as $i => $name ) {
			// Several share a second (ties on the date), one is a mentor.
			$this->make_application( 3 === $i ? 'mentor' : 'mentee', $cohort['id'], $i % 2 ? array( 'in_review' ) : array(), array( 'name' => $name ) );
		}
		foreach ( array(
			array(),
			array( 'order' => 'asc' ),
			array(
				'orderby' => 'name',
				'order'   => 'asc',
			),
			array( 'orderby' => 'stage' ),
			array( 'orderby' => 'modified' ),
		) as $order ) {
			$filters  = array( 'cohort' => $cohort['id'] ) + $order;
			$expected = array_column( Applications::list( $filters + array( 'per_page' => -1 ) )['items'], 'id' );
			$handle   = fopen( 'php://memory', 'w+' ); // phpcs:ignore WordPress.WP.AlternativeFunctions.file_system_operations_fopen
			// Two rows a chunk, three IDs a sort: chunks within a sort and sorts after each other.
			$this->assertSame( 7, Exporter::write( $filters, $handle, 2, 3 ) );
			rewind( $handle );
			fgetcsv( $handle );
			$ids = array();
			while ( false !== ( $line = fgetcsv( $handle ) ) ) { // phpcs:ignore WordPress.CodeAnalysis.AssignmentInCondition.FoundInWhileCondition
				$ids[] = (int) $line[0];
			}
			fclose( $handle ); // phpcs:ignore WordPress.WP.AlternativeFunctions.file_system_operations_fclose
			$this->assertSame( $expected, $ids, 'Export order ' . wp_json_encode( $order ) );
		}
	}

	public function test_an_export_leaves_no_term_queries_behind_in_the_object_cache(): void {
		global $wp_object_cache;
		$this->as_coordinator();
		$cohort = $this->make_cohort();
		for ( $i = 0; $i < 7; $i++ ) {
			$this->make_application( 'mentee', $cohort['id'] );
		}
		$entries = static fn(): int => ( function (): int {
			return count( $this->cache['term-queries'] ?? array() );
		} )->call( $wp_object_cache );
		$left = array();
		foreach ( array( 7, 2 ) as $chunk ) {
			wp_cache_flush();
			$handle = fopen( 'php://memory', 'w+' ); // phpcs:ignore WordPress.WP.AlternativeFunctions.file_system_operations_fopen
			$this->assertSame( 7, Exporter::write( array( 'cohort' => $cohort['id'] ), $handle, $chunk ) );
			fclose( $handle ); // phpcs:ignore WordPress.WP.AlternativeFunctions.file_system_operations_fclose
			$left[ $chunk ] = $entries();
		}
		$this->assertSame( $left[7], $left[2], 'Cached term queries after an export in one chunk and in four: each chunk would otherwise keep its term query in memory until the request ends.' );
	}

	public function test_an_export_leaves_no_query_results_behind_in_the_object_cache(): void {
		global $wp_object_cache;
		$this->as_coordinator();
		$cohort = $this->make_cohort();
		for ( $i = 0; $i < 7; $i++ ) {
			$this->make_application( 'mentee', $cohort['id'] );
		}
		// Whatever the export keeps until the request ends grows with its chunks: posts
		// and meta (dropped chunk by chunk) and each chunk's list of IDs, which core
		// keeps per query in the post-queries group.
		$kept = static fn(): int => ( function (): int {
			$n = 0;
			foreach ( array( 'post-queries', 'posts', 'post_meta' ) as $group ) {
				$n += count( $this->cache[ $group ] ?? array() );
			}
			return $n;
		} )->call( $wp_object_cache );
		$left = array();
		foreach ( array( 7, 2, 1 ) as $chunk ) {
			wp_cache_flush();
			$handle = fopen( 'php://memory', 'w+' ); // phpcs:ignore WordPress.WP.AlternativeFunctions.file_system_operations_fopen
			$this->assertSame( 7, Exporter::write( array( 'cohort' => $cohort['id'] ), $handle, $chunk ) );
			fclose( $handle ); // phpcs:ignore WordPress.WP.AlternativeFunctions.file_system_operations_fclose
			$left[ $chunk ] = $kept();
		}
		$this->assertSame( $left[7], $left[2], 'Cache entries left after an export in one chunk and in four.' );
		$this->assertSame( $left[7], $left[1], 'Cache entries left after an export in one chunk and in seven.' );
	}

	public function test_each_chunk_costs_the_same_queries_and_sorts_ids_only(): void {
		$this->as_coordinator();
		$cohort = $this->make_cohort();
		for ( $i = 0; $i < 9; $i++ ) {
			$this->make_application( 'mentee', $cohort['id'] );
		}
		$run = function ( int $chunk ) use ( $cohort ): array {
			$queries = array();
			$log     = static function ( string $sql ) use ( &$queries ): string {
				$queries[] = preg_replace( '/\s+/', ' ', trim( $sql ) );
				return $sql;
			};
			$handle = fopen( 'php://memory', 'w+' ); // phpcs:ignore WordPress.WP.AlternativeFunctions.file_system_operations_fopen
			wp_cache_flush();
			add_filter( 'query', $log );
			$this->assertSame( 9, Exporter::write( array( 'cohort' => $cohort['id'] ), $handle, $chunk ) );
			remove_filter( 'query', $log );
			fclose( $handle ); // phpcs:ignore WordPress.WP.AlternativeFunctions.file_system_operations_fclose
			return $queries;
		};
		$run( 9 ); // Warm-up: options a real request has loaded already.
		// 9 rows in 2, 3 and 5 chunks: 5 + 4, 4 + 4 + 1, 2 + 2 + 2 + 2 + 1.
		$two   = count( $run( 5 ) );
		$three = count( $run( 4 ) );
		$five  = count( $run( 2 ) );
		$this->assertGreaterThan( $two, $three );
		$this->assertSame( $five - $three, 2 * ( $three - $two ), 'Each further chunk adds the same number of queries.' );
		// At the real chunk size too (core splits only queries of fewer than 500 posts
		// into IDs first and posts after).
		foreach ( array( 4, Exporter::CHUNK ) as $chunk ) {
			$sorted = array_values( array_filter( $run( $chunk ), static fn( $sql ) => (bool) preg_match( '/ORDER BY .*LIMIT/i', $sql ) && false !== strpos( $sql, 'post_type' ) ) );
			$this->assertNotEmpty( $sorted );
			foreach ( $sorted as $sql ) {
				$this->assertMatchesRegularExpression( '/^SELECT\s+\w+\.ID\s+FROM/i', $sql, 'The sorted query of a chunk reads IDs only, from the index: ' . $sql );
			}
		}
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
