<?php
/**
 * Benchmark of the matching engine on generated cohorts, without WordPress.
 *
 * Usage: php bin/bench-matching.php [--json] [--repeat=3] [--seed=42] [--top-k=20] [--dense]
 *
 * For each cohort size it prints: the optimal matcher's time (median of the repeats,
 * people in, result out), its peak memory, its total score against the greedy
 * baseline (best pair first) and a first-come baseline (each mentee in ID order takes
 * the best mentor left), the share of mentees matched, and the share of pairs that
 * share a language and have at least two hours a week in common.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

defined( 'ABSPATH' ) || in_array( PHP_SAPI, array( 'cli' ), true ) || exit;

if ( ! defined( 'ABSPATH' ) ) {
	// The engine needs no WordPress; the constant only satisfies the files' guard.
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once dirname( __DIR__ ) . '/includes/autoload.php';
require_once __DIR__ . '/lib/matching-fixtures.php';

use Mentorship_Program\Bin\Matching_Fixtures;
use Mentorship_Program\Matching\Greedy_Matcher;
use Mentorship_Program\Matching\Match_Result;
use Mentorship_Program\Matching\Matcher;
use Mentorship_Program\Matching\Problem;

/**
 * Reads --name=value and --flag arguments.
 *
 * @param array<int, string> $argv Arguments.
 * @return array<string, string|bool>
 */
function mentorship_bench_args( array $argv ): array {
	$args = array();
	foreach ( array_slice( $argv, 1 ) as $arg ) {
		if ( preg_match( '/^--([a-z-]+)(?:=(.*))?$/', $arg, $m ) ) {
			$args[ $m[1] ] = $m[2] ?? true;
		}
	}
	return $args;
}

/**
 * First-come baseline: mentees in ID order each take their best allowed mentor left.
 *
 * @param Problem $problem Problem.
 * @return int Total score in hundredths.
 */
function mentorship_bench_first_come( Problem $problem ): int {
	$capacity = $problem->capacity;
	$seats    = $problem->seats;
	$total    = 0;
	foreach ( $problem->pins as $u => $r ) {
		$total += $problem->scorer->explain( $u, $r )['score'];
	}
	foreach ( $problem->free as $u ) {
		$team = $problem->seat_team[ $u ] ?? null;
		if ( null !== $team && $seats[ $team ] <= 0 ) {
			continue;
		}
		foreach ( $problem->ranked( $u ) as $r => $score ) {
			if ( $capacity[ $r ] > 0 ) {
				--$capacity[ $r ];
				if ( null !== $team ) {
					--$seats[ $team ];
				}
				$total += $score;
				break;
			}
		}
	}
	return $total;
}

/**
 * Share of pairs with a shared language and at least two hours a week in common.
 *
 * @param Match_Result $result Result.
 * @return float Percent.
 */
function mentorship_bench_good_pairs( Match_Result $result ): float {
	$pairs = $result->pairs();
	if ( ! $pairs ) {
		return 0.0;
	}
	$good = 0;
	foreach ( $pairs as $pair ) {
		if ( $pair['breakdown']['language']['shared'] && $pair['breakdown']['overlap_hours']['hours'] >= 2.0 ) {
			++$good;
		}
	}
	return 100 * $good / count( $pairs );
}

$mentorship_args   = mentorship_bench_args( $argv );
$mentorship_repeat = max( 1, (int) ( $mentorship_args['repeat'] ?? 3 ) );
$mentorship_seed   = (int) ( $mentorship_args['seed'] ?? 42 );
$mentorship_sizes  = array(
	array( 100, 20, 'realistic' ),
	array( 1000, 200, 'realistic' ),
	array( 2000, 400, 'realistic' ),
);
if ( ! empty( $mentorship_args['dense'] ) ) {
	$mentorship_sizes[] = array( 2000, 400, 'dense' );
}

$mentorship_rows = array();
foreach ( $mentorship_sizes as $mentorship_size ) {
	list( $mentees, $mentors, $mix ) = $mentorship_size;
	$cohort  = ( new Matching_Fixtures( $mentorship_seed ) )->cohort( $mentees, $mentors, array( 'mix' => $mix ) );
	$options = $cohort['options'];
	if ( isset( $mentorship_args['top-k'] ) ) {
		$options['top_k'] = (int) $mentorship_args['top-k'];
	}

	$times  = array();
	$result = null;
	$memory = 0;
	for ( $i = 0; $i < $mentorship_repeat; $i++ ) {
		gc_collect_cycles();
		if ( function_exists( 'memory_reset_peak_usage' ) ) {
			memory_reset_peak_usage();
		}
		$before  = memory_get_usage();
		$started = hrtime( true );
		$result  = ( new Matcher() )->match( $cohort['mentees'], $cohort['mentors'], $options );
		$times[] = ( hrtime( true ) - $started ) / 1e9;
		$memory  = max( $memory, memory_get_peak_usage() - $before );
	}
	sort( $times );
	$started = hrtime( true );
	$greedy  = ( new Greedy_Matcher() )->match( $cohort['mentees'], $cohort['mentors'], $options );
	$g_time  = ( hrtime( true ) - $started ) / 1e9;
	$first   = mentorship_bench_first_come( new Problem( $cohort['mentees'], $cohort['mentors'], $options ) ) / 100;

	$stats             = $result->stats();
	$total             = $result->total_score();
	$mentorship_rows[] = array(
		'cohort'            => sprintf( '%d×%d %s', $mentees, $mentors, $mix ),
		'mentees'           => $mentees,
		'mentors'           => $mentors,
		'mix'               => $mix,
		'mentor_capacity'   => $stats['mentor_capacity'],
		'allowed_pairs'     => $stats['allowed_pairs'],
		'seconds'           => round( $times[ intdiv( count( $times ), 2 ) ], 3 ),
		'seconds_all'       => array_map( static fn ( float $t ): float => round( $t, 3 ), $times ),
		'peak_memory_mb'    => round( $memory / 1048576, 1 ),
		'total_score'       => $total,
		'greedy_score'      => $greedy->total_score(),
		'gain_vs_greedy'    => $greedy->total_score() > 0 ? round( 100 * ( $total / $greedy->total_score() - 1 ), 2 ) : null,
		'greedy_seconds'    => round( $g_time, 3 ),
		'first_come_score'  => $first,
		'gain_vs_first'     => $first > 0 ? round( 100 * ( $total / $first - 1 ), 2 ) : null,
		'matched_pct'       => round( 100 * $stats['matched'] / max( 1, $stats['mentees'] ), 1 ),
		'greedy_matched'    => round( 100 * $greedy->stats()['matched'] / max( 1, $stats['mentees'] ), 1 ),
		'good_pairs_pct'    => round( mentorship_bench_good_pairs( $result ), 1 ),
		'edges_in_flow'     => $stats['edges'],
		'rounds'            => $stats['rounds'],
		'settled_nodes'     => $stats['settled_nodes'],
		'unmatched_reasons' => array_count_values( array_column( $result->unmatched(), 'reason' ) ),
	);
}

$mentorship_header = sprintf(
	"%-22s %8s %8s %12s %12s %8s %9s %9s %10s\n",
	'cohort',
	'time s',
	'mem MB',
	'total',
	'greedy',
	'gain %',
	'1st-come%',
	'matched%',
	'lang+2h %'
);
echo 'Matching benchmark, PHP ' . PHP_VERSION . ', seed ' . $mentorship_seed . ', median of ' . $mentorship_repeat . "\n";
echo $mentorship_header;
echo str_repeat( '-', strlen( $mentorship_header ) - 1 ) . "\n";
foreach ( $mentorship_rows as $mentorship_row ) {
	printf(
		"%-22s %8.3f %8.1f %12.2f %12.2f %8.2f %9.2f %9.1f %10.1f\n",
		$mentorship_row['cohort'],
		$mentorship_row['seconds'],
		$mentorship_row['peak_memory_mb'],
		$mentorship_row['total_score'],
		$mentorship_row['greedy_score'],
		$mentorship_row['gain_vs_greedy'],
		$mentorship_row['gain_vs_first'],
		$mentorship_row['matched_pct'],
		$mentorship_row['good_pairs_pct']
	);
}
echo "\ngain %: total score over the greedy baseline (best pair first); 1st-come%: over mentees in ID order taking the best mentor left.\n";
echo "matched%: mentees matched (greedy: " . implode( ', ', array_column( $mentorship_rows, 'greedy_matched' ) ) . ").\n";
echo "lang+2h %: pairs that share a language and have at least two hours a week in common.\n";

if ( ! empty( $mentorship_args['json'] ) ) {
	echo json_encode( $mentorship_rows, JSON_PRETTY_PRINT | JSON_UNESCAPED_UNICODE ) . "\n";
}
