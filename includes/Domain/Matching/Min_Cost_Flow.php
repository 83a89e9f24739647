<?php
/**
 * Minimum-cost flow by successive shortest paths.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Domain\Matching;

defined( 'ABSPATH' ) || exit;

use LogicException;
use SplMinHeap;

/**
 * A minimum-cost flow solver on integer costs, built for assignment-shaped networks.
 *
 * Units are sent one at a time from given source nodes to one sink, each along a
 * shortest path in the residual network (successive shortest paths). Dijkstra's
 * algorithm works on reduced costs, made non-negative by node potentials (Johnson),
 * and stops as soon as the sink is settled; only the settled nodes' potentials move.
 * After every unit the flow is a minimum-cost flow for the units sent so far, so when
 * every source can always reach the sink (give each source a zero-cost edge to the
 * sink to mean "left out"), the final flow is optimal.
 *
 * Nodes must be numbered so that every edge added goes from a lower to a higher
 * number (the network is acyclic before any flow): the first potentials are then the
 * shortest distances from a virtual source, computed in one pass, which makes negative
 * edge costs safe.
 *
 * Ties: the heap orders by distance, then by node number, and a node's predecessor
 * changes only on a strictly shorter distance, so the same network gives the same
 * flow every time.
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
	 * First edge out of each node, or -1.
	 *
	 * @var array<int, int>
	 */
	private array $head;

	/**
	 * Next edge out of the same node, or -1.
	 *
	 * @var array<int, int>
	 */
	private array $next = array();

	/**
	 * Edge target.
	 *
	 * @var array<int, int>
	 */
	private array $to = array();

	/**
	 * Residual capacity. Edge e^1 is the reverse of edge e.
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
	 * Whether units were sent already (edges can no longer be added).
	 *
	 * @var bool
	 */
	private bool $started = false;

	/**
	 * Nodes settled in all Dijkstra runs, for profiling.
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
		$this->head      = array_fill( 0, max( 1, $nodes ), -1 );
		$this->potential = array_fill( 0, max( 1, $nodes ), 0 );
	}

	/**
	 * Adds an edge and its residual twin.
	 *
	 * @since 0.1.0
	 *
	 * @param int $from     Tail node (lower number than $to).
	 * @param int $to       Head node.
	 * @param int $capacity Capacity, at least 0.
	 * @param int $cost     Cost per unit, may be negative.
	 * @return int The edge's id, for flow().
	 *
	 * @throws LogicException When the edge would break the numbering rule or units were sent already.
	 */
	public function add_edge( int $from, int $to, int $capacity, int $cost ): int {
		if ( $this->started || $from >= $to || $from < 0 || $to >= $this->nodes ) {
			throw new LogicException( 'Edges go from a lower to a higher node number, before any unit is sent.' );
		}
		$id                 = count( $this->to );
		$this->to[]         = $to;
		$this->cap[]        = $capacity;
		$this->cost[]       = $cost;
		$this->next[]       = $this->head[ $from ];
		$this->head[ $from ] = $id;
		$this->to[]         = $from;
		$this->cap[]        = 0;
		$this->cost[]       = -$cost;
		$this->next[]       = $this->head[ $to ];
		$this->head[ $to ]   = $id + 1;
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
		if ( ! $this->started ) {
			$this->started = true;
			$this->initialise_potentials();
		}
		$sent = 0;
		foreach ( $sources as $source ) {
			for ( $i = 0; $i < $source[1]; $i++ ) {
				$path = $this->shortest_path( $source[0], $sink );
				if ( null === $path ) {
					break;
				}
				foreach ( $path as $edge ) {
					--$this->cap[ $edge ];
					++$this->cap[ $edge ^ 1 ];
				}
				++$sent;
			}
		}
		return $sent;
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
	 * Potential of a node: a dual value that certifies optimality (see reduced_cost()).
	 *
	 * @since 0.1.0
	 *
	 * @param int $node Node.
	 * @return int
	 */
	public function potential( int $node ): int {
		return $this->potential[ $node ];
	}

	/**
	 * Reduced cost of a possible edge from one node to another under the current potentials.
	 *
	 * An edge not in the network with a non-negative reduced cost could not improve the
	 * flow: adding it would leave the flow optimal.
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
	 * Shortest distances from a virtual source joined to every node at cost 0, in one
	 * pass over the nodes in number order (the network has no cycles yet).
	 */
	private function initialise_potentials(): void {
		$pot  = $this->potential;
		$head = $this->head;
		$next = $this->next;
		$to   = $this->to;
		$cap  = $this->cap;
		$cost = $this->cost;
		for ( $x = 0; $x < $this->nodes; $x++ ) {
			$px = $pot[ $x ];
			for ( $e = $head[ $x ]; $e >= 0; $e = $next[ $e ] ) {
				if ( $cap[ $e ] > 0 ) {
					$y = $to[ $e ];
					if ( $px + $cost[ $e ] < $pot[ $y ] ) {
						$pot[ $y ] = $px + $cost[ $e ];
					}
				}
			}
		}
		$this->potential = $pot;
	}

	/**
	 * Dijkstra on reduced costs from one node; stops when the sink is settled and then
	 * moves the potentials of the settled nodes so reduced costs stay non-negative.
	 *
	 * @param int $source Source.
	 * @param int $sink   Sink.
	 * @return array<int, int>|null Edges of the path, or null when the sink is unreachable.
	 */
	private function shortest_path( int $source, int $sink ): ?array {
		$n    = $this->nodes;
		$head = $this->head;
		$next = $this->next;
		$to   = $this->to;
		$cap  = $this->cap;
		$cost = $this->cost;
		$pot  = $this->potential;

		$dist            = array();
		$prev            = array();
		$done            = array();
		$dist[ $source ] = 0;
		$heap            = new SplMinHeap();
		$heap->insert( $source );
		$found = false;
		while ( ! $heap->isEmpty() ) {
			$key = $heap->extract();
			$x   = $key % $n;
			$d   = intdiv( $key, $n );
			if ( isset( $done[ $x ] ) ) {
				continue;
			}
			$done[ $x ] = $d;
			if ( $x === $sink ) {
				$found = true;
				break;
			}
			$base = $d + $pot[ $x ];
			for ( $e = $head[ $x ]; $e >= 0; $e = $next[ $e ] ) {
				if ( $cap[ $e ] > 0 ) {
					$y  = $to[ $e ];
					$nd = $base + $cost[ $e ] - $pot[ $y ];
					if ( ! isset( $dist[ $y ] ) || $nd < $dist[ $y ] ) {
						$dist[ $y ] = $nd;
						$prev[ $y ] = $e;
						$heap->insert( $nd * $n + $y );
					}
				}
			}
		}
		unset( $head, $next, $cap, $cost, $pot, $heap );
		$this->settled_total += count( $done );
		if ( ! $found ) {
			return null;
		}
		$limit = $done[ $sink ];
		foreach ( $done as $x => $d ) {
			$this->potential[ $x ] += $d - $limit;
		}
		$path = array();
		for ( $x = $sink; $x !== $source; $x = $to[ $prev[ $x ] ^ 1 ] ) {
			$path[] = $prev[ $x ];
		}
		return $path;
	}
}
