<?php
/**
 * Tests for the minimum-cost flow solver.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Tests\Matching;

use LogicException;
use Mentorship_Program\Matching\Min_Cost_Flow;
use Mentorship_Program\Tests\TestCase;

/**
 * Successive shortest paths find the cheapest flow, also when edges arrive late.
 */
final class Min_Cost_Flow_Test extends TestCase {

	/**
	 * A 3×3 assignment network: rows 0–2, columns 3–5, sink 6. Each row may also go
	 * straight to the sink at cost 0. Costs are negated scores.
	 *
	 * @param array<int, array<int, int>> $scores Row => [ column => score ].
	 * @return array{0: Min_Cost_Flow, 1: array<int, array<int, int>>}
	 */
	private static function assignment( array $scores ): array {
		$flow  = new Min_Cost_Flow( 7 );
		$edges = array();
		for ( $row = 0; $row < 3; $row++ ) {
			$flow->add_edge( $row, 6, 1, 0 );
			foreach ( $scores[ $row ] as $column => $score ) {
				$edges[ $row ][ $column ] = $flow->add_edge( $row, 3 + $column, 1, -$score );
			}
		}
		for ( $column = 0; $column < 3; $column++ ) {
			$flow->add_edge( 3 + $column, 6, 1, 0 );
		}
		return array( $flow, $edges );
	}

	/**
	 * Total score of the flow's assignment.
	 *
	 * @param Min_Cost_Flow               $flow   Flow.
	 * @param array<int, array<int, int>> $edges  Edge ids.
	 * @param array<int, array<int, int>> $scores Scores.
	 * @return int
	 */
	private static function total( Min_Cost_Flow $flow, array $edges, array $scores ): int {
		$total = 0;
		foreach ( $edges as $row => $columns ) {
			foreach ( $columns as $column => $edge ) {
				$total += $flow->flow( $edge ) * $scores[ $row ][ $column ];
			}
		}
		return $total;
	}

	public function test_finds_the_best_assignment_where_taking_the_best_pair_first_does_not(): void {
		// Greedy takes row 0 → column 0 (9), then row 1 → column 1 (1): 10. Best is 8 + 8 = 16.
		$scores = array(
			0 => array( 0 => 9, 1 => 8 ),
			1 => array( 0 => 8, 1 => 1 ),
			2 => array(),
		);
		list( $flow, $edges ) = self::assignment( $scores );
		$this->assertSame( 3, $flow->send( array( array( 0, 1 ), array( 1, 1 ), array( 2, 1 ) ), 6 ) );
		$this->assertSame( 16, self::total( $flow, $edges, $scores ) );
		$this->assertSame( 1, $flow->flow( $edges[0][1] ) );
		$this->assertSame( 1, $flow->flow( $edges[1][0] ) );
	}

	public function test_a_source_stays_out_when_taking_it_in_would_lower_the_total(): void {
		// Row 1 can only use column 0, which row 0 values more; row 0's other option is poor.
		$scores = array(
			0 => array( 0 => 10, 1 => 1 ),
			1 => array( 0 => 5 ),
			2 => array(),
		);
		list( $flow, $edges ) = self::assignment( $scores );
		$flow->send( array( array( 0, 1 ), array( 1, 1 ), array( 2, 1 ) ), 6 );
		$this->assertSame( 10, self::total( $flow, $edges, $scores ) );
		$this->assertSame( 0, $flow->flow( $edges[1][0] ) );
	}

	public function test_an_edge_added_late_is_used_when_it_improves_the_flow_and_proves_optimality(): void {
		$scores = array(
			0 => array( 0 => 9 ),
			1 => array( 0 => 8 ),
			2 => array( 2 => 3 ),
		);
		list( $flow, $edges ) = self::assignment( $scores );
		$flow->send( array( array( 0, 1 ), array( 1, 1 ), array( 2, 1 ) ), 6 );
		$this->assertSame( 12, self::total( $flow, $edges, $scores ) );

		// Row 0 → column 1 at 7 lets row 1 take column 0: 7 + 8 + 3 = 18.
		$this->assertLessThan( 0, $flow->reduced_cost( 0, 4, -7 ) );
		$edges[0][1]  = $flow->add_edge( 0, 4, 1, -7 );
		$scores[0][1] = 7;
		$this->assertSame( 1, $flow->rebalance() );
		$this->assertSame( 18, self::total( $flow, $edges, $scores ) );

		// Now a poor edge cannot help, and its reduced cost says so.
		$this->assertGreaterThanOrEqual( 0, $flow->reduced_cost( 2, 3, -1 ) );
		$this->assertGreaterThan( 0, $flow->settled_nodes() );
	}

	public function test_capacities_above_one_are_respected(): void {
		// Four sources, one target with capacity 3 (costs −5), left-out edges cost 0.
		$flow  = new Min_Cost_Flow( 6 );
		$edges = array();
		for ( $i = 0; $i < 4; $i++ ) {
			$flow->add_edge( $i, 5, 1, 0 );
			$edges[] = $flow->add_edge( $i, 4, 1, -5 - $i );
		}
		$flow->add_edge( 4, 5, 3, 0 );
		$flow->send( array( array( 0, 1 ), array( 1, 1 ), array( 2, 1 ), array( 3, 1 ) ), 5 );
		$this->assertSame( array( 0, 1, 1, 1 ), array_map( array( $flow, 'flow' ), $edges ), 'The three best sources use the capacity.' );
	}

	public function test_edges_against_the_numbering_are_refused_before_the_first_unit(): void {
		$flow = new Min_Cost_Flow( 3 );
		$this->expectException( LogicException::class );
		$flow->add_edge( 2, 1, 1, 0 );
	}
}
