<?php
/**
 * The dashboard's breakdowns, counted from scratch, give the same answer whichever way the
 * database is read (the kept counts are held equal to them in Counts_Test).
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Tests\Stats;

use Mentorship_Program\Stats\Stats;
use Mentorship_Program\Tests\Fixtures;
use Mentorship_Program\Tests\TestCase;

/**
 * Stats::funnel() breakdowns.
 */
final class Stats_Test extends TestCase {

	use Fixtures;

	public function test_breakdowns_are_the_same_read_post_first_or_key_first(): void {
		$cohort = $this->make_cohort();
		$other  = $this->make_cohort();
		$mixes  = array(
			array( array( 'en', 'pt' ), 'Europe' ),
			array( array( 'en' ), 'Africa' ),
			array( array( 'es', 'pt-BR' ), 'South America' ),
			array( array( 'ja' ), '' ),
		);
		foreach ( $mixes as $i => list( $languages, $region ) ) {
			$this->make_application( 'mentee', $cohort['id'], array(), array( 'languages' => $languages, 'region' => $region ) );
			$this->make_application( 'mentee', 0 === $i % 2 ? $cohort['id'] : $other['id'], array(), array( 'languages' => $languages, 'region' => $region ) );
		}
		$this->make_application( 'mentor', $cohort['id'], array(), array( 'languages' => array( 'de' ), 'region' => 'Asia' ) );

		foreach ( array( 0, $cohort['id'], $other['id'] ) as $scope ) {
			$threshold = static fn() => PHP_INT_MAX;
			add_filter( 'mentorship_program_stats_key_first_threshold', $threshold );
			$post_first = Stats::funnel( $scope, true )['breakdown'];
			remove_filter( 'mentorship_program_stats_key_first_threshold', $threshold );

			$threshold = static fn() => 0;
			add_filter( 'mentorship_program_stats_key_first_threshold', $threshold );
			$key_first = Stats::funnel( $scope, true )['breakdown'];
			remove_filter( 'mentorship_program_stats_key_first_threshold', $threshold );

			$this->assertSame( $post_first, $key_first, "Cohort $scope." );
		}

		$all = Stats::funnel( 0 )['breakdown'];
		$counts = array_column( $all['language'], 'count', 'key' );
		$this->assertSame( 4, $counts['en'] ?? null, (string) wp_json_encode( $all['language'] ) );
		$this->assertSame( 2, $counts['pt-br'] ?? $counts['pt-BR'] ?? null, 'Codes as stored.' );
		$this->assertArrayNotHasKey( 'de', $counts, 'Mentees only: the mentor speaks German.' );
		$this->assertNotContains( '', array_column( $all['region'], 'key' ), 'No empty region.' );
	}
}
