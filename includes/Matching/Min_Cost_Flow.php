<?php
/**
 * Minimum-cost flow by successive shortest paths.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Matching;

defined( 'ABSPATH' ) || exit;

use LogicException;
use SplMinHeap;

/**
 * A minimum-cost flow solver on integer costs, built for assignment-shaped networks.
 *
 * Units are sent one at a time from given source nodes to one sink, each along a
 * shortest path in the residual network (successive shortest paths). Dijkstra's
 * algorithm works on reduced costs, made non-negative by node potentials (Johnson),
 * and stops as soon as its target is settled; only the settled nodes' potentials
 * move. After every unit the flow is a minimum-cost flow for the units sent so far,
 * so when every source can always reach the sink (give each source a zero-cost edge
 * to the sink to mean "left out"), the final flow is optimal, and the potentials
 * prove it: every residual edge has a non-negative reduced cost.
 *
 * Edges can be added after units were sent. An edge whose reduced cost is negative
 * (one that would improve the flow) is saturated at once, which leaves an excess at
 * its head and a deficit at its tail; rebalance() then moves each excess unit to a
 * deficit along a shortest path, which restores an optimal flow for the larger
 * network without starting again.
 *
 * Nodes must be numbered so that every edge added before the first unit goes from a
 * lower to a higher number (the network has no cycles yet): the first potentials are
 * then the shortest distances from a virtual source, computed in one pass, which makes
 * negative edge costs safe.
 *
 * Ties: the heap orders by distance, then by node number from the highest down (the
 * sink, numbered last, wins ties, which keeps searches short when many paths cost the
 * same), and a node's predecessor changes only on a strictly shorter distance, so the
 * same network always gives the same flow.
 *
 * @since 0.1.0
 */
final class Min_Cost_Flow {

	/**
	 * Number of nodes.
	 *
	 * @var int
	 */
	private int $nodes;

	/**
	 * Residual out-edges of each node that have capacity left: node => [ edge => head node ].
	 * Saturated edges leave the list, so Dijkstra never scans them.
	 *
	 * @var array<int, array<int, int>>
	 */
	private array $out;

	/**
	 * Edge head. Edge e^1 is the reverse of edge e.
	 *
	 * @var array<int, int>
	 */
	private array $to = array();

	/**
	 * Residual capacity.
	 *
	 * @var array<int, int>
	 */
	private array $cap = array();

	/**
	 * Edge cost.
	 *
	 * @var array<int, int>
	 */
	private array $cost = array();

	/**
	 * Node potentials.
	 *
	 * @var array<int, int>
	 */
	private array $potential;

	/**
	 * Supply (positive) or demand (negative) left to move by rebalance(), by node.
	 *
	 * @var array<int, int>
	 */
	private array $excess = array();

	/**
	 * Whether potentials were set up (units were sent).
	 *
	 * @var bool
	 */
	private bool $started = false;

	/**
	 * Nodes settled in all Dijkstra runs, a measure of the work done.
	 *
	 * @var int
	 */
	private int $settled_total = 0;

	/**
	 * Creates an empty network.
	 *
	 * @since 0.1.0
	 *
	 * @param int $nodes Number of nodes, numbered from 0.
	 */
	public function __construct( int $nodes ) {
		$this->nodes     = $nodes;
		$this->out       = array_fill( 0, max( 1, $nodes ), array() );
		$this->potential = array_fill( 0, max( 1, $nodes ), 0 );
	}

	/**
	 * Adds an edge and its residual twin.
	 *
	 * Before any unit is sent, edges must go from a lower to a higher node number.
	 * Afterwards any edge may be added; one with a negative reduced cost is saturated
	 * and the imbalance is left for rebalance().
	 *
	 * @since 0.1.0
	 *
	 * @param int $from     Tail node.
	 * @param int $to       Head node.
	 * @param int $capacity Capacity, at least 0.
	 * @param int $cost     Cost per unit, may be negative.
	 * @return int The edge's id, for flow().
	 *
	 * @throws LogicException When a node is out of range, or the numbering rule is broken.
	 */
	public function add_edge( int $from, int $to, int $capacity, int $cost ): int {
		if ( $from < 0 || $to < 0 || $from >= $this->nodes || $to >= $this->nodes || $from === $to || ( ! $this->started && $from > $to ) ) {
			throw new LogicException( 'Before any unit is sent, edges go from a lower to a higher node number.' );
		}
		$id           = count( $this->to );
		$this->to[]   = $to;
		$this->cap[]  = $capacity;
		$this->cost[] = $cost;
		$this->to[]   = $from;
		$this->cap[]  = 0;
		$this->cost[] = -$cost;
		if ( $capacity <= 0 ) {
			return $id;
		}
		if ( $this->started && $cost + $this->potential[ $from ] - $this->potential[ $to ] < 0 ) {
			$this->cap[ $id ]            = 0;
			$this->cap[ $id + 1 ]        = $capacity;
			$this->out[ $to ][ $id + 1 ] = $from;
			$this->excess[ $to ]         = ( $this->excess[ $to ] ?? 0 ) + $capacity;
			$this->excess[ $from ]       = ( $this->excess[ $from ] ?? 0 ) - $capacity;
		} else {
			$this->out[ $from ][ $id ] = $to;
		}
		return $id;
	}

	/**
	 * Sends units, one at a time in the given order, each along a cheapest path to the sink.
	 *
	 * @since 0.1.0
	 *
	 * @param array<int, array{0: int, 1: int}> $sources List of [node, units].
	 * @param int                               $sink    Sink node.
	 * @return int Units that reached the sink.
	 */
	public function send( array $sources, int $sink ): int {
		$this->start();
		$sent    = 0;
		$targets = array( $sink => true );
		foreach ( $sources as $source ) {
			for ( $i = 0; $i < $source[1]; $i++ ) {
				$path = $this->shortest_path( $source[0], $targets );
				if ( null === $path ) {
					break;
				}
				$this->augment( $path );
				++$sent;
			}
		}
		return $sent;
	}

	/**
	 * Moves every excess left by edges added late to a deficit, along shortest paths,
	 * so the flow is balanced and optimal again.
	 *
	 * @since 0.1.0
	 *
	 * @return int Units moved.
	 *
	 * @throws LogicException When an excess cannot reach any deficit (cannot happen for
	 *                        imbalances made by add_edge(): the saturated edge leads back).
	 */
	public function rebalance(): int {
		$this->start();
		$moved   = 0;
		$targets = array();
		foreach ( $this->excess as $node => $amount ) {
			if ( $amount < 0 ) {
				$targets[ $node ] = true;
			}
		}
		ksort( $this->excess );
		foreach ( array_keys( $this->excess ) as $node ) {
			while ( $this->excess[ $node ] > 0 ) {
				$path = $this->shortest_path( $node, $targets );
				if ( null === $path ) {
					throw new LogicException( 'An excess has no path to a deficit.' );
				}
				$this->augment( $path );
				$end = $this->to[ $path[0] ];
				--$this->excess[ $node ];
				if ( 0 === ++$this->excess[ $end ] ) {
					unset( $targets[ $end ] );
				}
				++$moved;
			}
		}
		$this->excess = array();
		return $moved;
	}

	/**
	 * Flow on an edge.
	 *
	 * @since 0.1.0
	 *
	 * @param int $edge Edge id from add_edge().
	 * @return int
	 */
	public function flow( int $edge ): int {
		return $this->cap[ $edge ^ 1 ];
	}

	/**
	 * All node potentials, by node.
	 *
	 * @since 0.1.0
	 *
	 * @return array<int, int>
	 */
	public function potentials(): array {
		return $this->potential;
	}

	/**
	 * Reduced cost of a possible edge under the current potentials.
	 *
	 * An edge not in the network whose reduced cost is not negative could not improve
	 * the flow: adding it would leave the flow optimal.
	 *
	 * @since 0.1.0
	 *
	 * @param int $from Tail node.
	 * @param int $to   Head node.
	 * @param int $cost Cost of the edge.
	 * @return int
	 */
	public function reduced_cost( int $from, int $to, int $cost ): int {
		return $cost + $this->potential[ $from ] - $this->potential[ $to ];
	}

	/**
	 * Nodes settled by Dijkstra so far, a measure of the work done.
	 *
	 * @since 0.1.0
	 *
	 * @return int
	 */
	public function settled_nodes(): int {
		return $this->settled_total;
	}

	/**
	 * Sets up potentials once: shortest distances from a virtual source joined to every
	 * node at cost 0, in one pass over the nodes in number order (no cycles yet).
	 */
	private function start(): void {
		if ( $this->started ) {
			return;
		}
		$this->started = true;
		$pot           = $this->potential;
		for ( $x = 0; $x < $this->nodes; $x++ ) {
			$px = $pot[ $x ];
			foreach ( $this->out[ $x ] as $e => $y ) {
				if ( $px + $this->cost[ $e ] < $pot[ $y ] ) {
					$pot[ $y ] = $px + $this->cost[ $e ];
				}
			}
		}
		$this->potential = $pot;
	}

	/**
	 * Pushes one unit along a path (edges from target back to source).
	 *
	 * @param array<int, int> $path Edges.
	 */
	private function augment( array $path ): void {
		foreach ( $path as $edge ) {
			$twin = $edge ^ 1;
			$from = $this->to[ $twin ];
			$to   = $this->to[ $edge ];
			if ( 0 === --$this->cap[ $edge ] ) {
				unset( $this->out[ $from ][ $edge ] );
			}
			if ( 1 === ++$this->cap[ $twin ] ) {
				$this->out[ $to ][ $twin ] = $from;
			}
		}
	}

	/**
	 * Dijkstra on reduced costs from one node; stops when a target is settled and then
	 * moves the potentials of the settled nodes so reduced costs stay non-negative.
	 *
	 * @param int              $source  Source.
	 * @param array<int, true> $targets Target nodes as keys.
	 * @return array<int, int>|null Edges of the path from the target back to the source,
	 *                              or null when no target is reachable.
	 */
	private function shortest_path( int $source, array $targets ): ?array {
		$n    = $this->nodes;
		$last = $n - 1;
		$out  = $this->out;
		$to   = $this->to;
		$cost = $this->cost;
		$pot  = $this->potential;

		$dist            = array();
		$prev            = array();
		$done            = array();
		$dist[ $source ] = 0;
		$heap            = new SplMinHeap();
		$heap->insert( $last - $source );
		$target = -1;
		while ( ! $heap->isEmpty() ) {
			$key = $heap->extract();
			$x   = $last - $key % $n;
			if ( isset( $done[ $x ] ) ) {
				continue;
			}
			$d          = intdiv( $key, $n );
			$done[ $x ] = $d;
			if ( isset( $targets[ $x ] ) ) {
				$target = $x;
				break;
			}
			$base = $d + $pot[ $x ];
			foreach ( $out[ $x ] as $e => $y ) {
				$nd = $base + $cost[ $e ] - $pot[ $y ];
				if ( ! isset( $dist[ $y ] ) || $nd < $dist[ $y ] ) {
					$dist[ $y ] = $nd;
					$prev[ $y ] = $e;
					$heap->insert( $nd * $n + $last - $y );
				}
			}
		}
		unset( $out, $cost, $pot, $heap );
		$this->settled_total += count( $done );
		if ( $target < 0 ) {
			return null;
		}
		$limit = $done[ $target ];
		foreach ( $done as $x => $d ) {
			$this->potential[ $x ] += $d - $limit;
		}
		$path = array();
		for ( $x = $target; $x !== $source; $x = $to[ $prev[ $x ] ^ 1 ] ) {
			$path[] = $prev[ $x ];
		}
		return $path;
	}
}
