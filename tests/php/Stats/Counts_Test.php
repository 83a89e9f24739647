<?php
/**
 * The kept counts follow every kind of change and always equal a count from scratch.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Tests\Stats;

use Mentorship_Program\Applications\Applications;
use Mentorship_Program\Cohorts\Assignments;
use Mentorship_Program\Stats\Counts;
use Mentorship_Program\Database\Schema;
use Mentorship_Program\Stats\Stats;
use Mentorship_Program\Database\Transaction;
use Mentorship_Program\Tests\Fixtures;
use Mentorship_Program\Tests\TestCase;

/**
 * Counts and Stats::funnel().
 */
final class Counts_Test extends TestCase {

	use Fixtures;

	/**
	 * Asserts that the kept counts equal a fresh count for every scope given.
	 *
	 * @param int[]  $scopes  Cohorts (0 = all).
	 * @param string $message What just happened.
	 */
	private function assert_counts_hold( array $scopes, string $message ): void {
		foreach ( $scopes as $scope ) {
			$this->assertSame(
				Counts::normalise( Stats::count_from_scratch( $scope ) ),
				Counts::normalise( Counts::of_scope( $scope ) ),
				"After: $message (cohort $scope)."
			);
			$this->assertSame( Stats::funnel( $scope, true ), Stats::funnel( $scope ), "Funnel after: $message (cohort $scope)." );
		}
	}

	public function test_the_counts_are_kept_not_counted_from_scratch(): void {
		$this->assertTrue( Counts::ready(), 'A fresh install starts with empty, ready counts.' );
		$cohort = $this->make_cohort();
		$this->make_application( 'mentee', $cohort['id'], array(), array( 'languages' => array( 'en', 'ja' ) ) );

		// Read with the from-scratch queries made impossible: the kept sums must answer.
		$queries = static function ( $sql ) {
			return false !== strpos( $sql, 'COUNT(' ) ? 'SELECT 1 FROM DUAL WHERE 0' : $sql;
		};
		add_filter( 'query', $queries );
		$funnel = Stats::funnel( $cohort['id'] );
		remove_filter( 'query', $queries );

		$this->assertSame( 1, $funnel['mentees']['current']['submitted'] );
		$this->assertSame( 1, $funnel['funnel'][0]['count'] );
		$this->assertSame( array( 'en', 'ja' ), array_column( $funnel['breakdown']['language'], 'key' ) );
	}

	public function test_reading_the_funnel_takes_the_same_queries_whatever_the_history(): void {
		$cohort  = $this->make_cohort();
		$measure = function () use ( $cohort ): int {
			global $wpdb;
			$before = $wpdb->num_queries;
			Stats::funnel( 0 );
			Stats::funnel( $cohort['id'] );
			return $wpdb->num_queries - $before;
		};
		$this->make_application( 'mentee', $cohort['id'] );
		$small = $measure();
		for ( $i = 0; $i < 20; $i++ ) {
			$this->make_application( 'mentee', $cohort['id'], array( 'in_review', 'accepted' ) );
		}
		$this->assertSame( $small, $measure() );
		$this->assertLessThanOrEqual( 8, $small, 'Two funnels: one read of the sums and two of the oldest waiting, each.' );
	}

	public function test_every_kind_of_change_keeps_the_counts_equal_to_a_fresh_count(): void {
		$this->as_coordinator();
		$a      = $this->make_cohort();
		$b      = $this->make_cohort();
		$scopes = array( 0, $a['id'], $b['id'] );

		$mentees = array();
		foreach ( array( array( 'en' ), array( 'en', 'pt-BR' ), array( 'ja' ), array( 'es', 'en' ) ) as $i => $languages ) {
			$mentees[] = $this->make_application(
				'mentee',
				0 === $i % 2 ? $a['id'] : $b['id'],
				array(),
				array(
					'languages' => $languages,
					'region'    => 0 === $i ? '' : 'Region ' . $i,
					'teams'     => 0 === $i ? array( 'core' ) : array(
						'docs',
						'polyglots',
					),
				)
			)['id'];
		}
		$mentor = $this->make_application( 'mentor', $a['id'], array( 'in_review', 'approved' ), array( 'capacity' => 3 ) )['id'];
		$this->assert_counts_hold( $scopes, 'applying' );

		Applications::transition( $mentees[0], 'in_review' );
		Applications::transition( $mentees[0], 'accepted' );
		$this->assert_counts_hold( $scopes, 'accepting' );

		$this->assertTrue( Assignments::assign( $mentees[0], $mentor ) );
		$this->assert_counts_hold( $scopes, 'assigning' );

		Applications::transition( $mentees[0], 'active' );
		$this->assert_counts_hold( $scopes, 'starting' );

		$this->assertTrue( Assignments::unassign( $mentees[0] ) );
		$this->assert_counts_hold( $scopes, 'unassigning' );

		$this->assertTrue( Assignments::assign( $mentees[0], $mentor ) );
		Applications::transition( $mentor, 'active' );
		Applications::transition( $mentees[0], 'withdrawn' );
		$this->assert_counts_hold( $scopes, 'withdrawing an assigned mentee' );

		Applications::write_fields(
			$mentees[1],
			array(
				'languages' => array( 'de' ),
				'region'    => 'Elsewhere',
				'teams'     => array( 'core' ),
			)
		);
		update_post_meta( $mentor, Applications::META_PREFIX . 'capacity', 5 );
		$this->assert_counts_hold( $scopes, 'editing languages, region, teams and capacity' );

		Applications::transition( $mentees[2], 'in_review' );
		$moved = Applications::move_to_cohort( $mentees[2], $a['id'] );
		$this->assertIsArray( $moved );
		$this->assert_counts_hold( $scopes, 'moving to another cohort' );

		Applications::delete( $mentees[3] );
		$this->assert_counts_hold( $scopes, 'deleting' );
		global $wpdb;
		$table = Schema::table( 'counts' );
		$this->assertSame( '0', (string) $wpdb->get_var( $wpdb->prepare( "SELECT COUNT(*) FROM {$table} WHERE k = %s", 'Region 3' ) ), 'A deleted person\'s region leaves no row behind.' ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared, WordPress.DB.DirectDatabaseQuery

		wp_trash_post( $mentees[1] );
		$this->assert_counts_hold( $scopes, 'trashing through core' );

		$kept = Counts::normalise( Counts::of_scope( 0 ) );
		Counts::rebuild();
		$this->assertSame( $kept, Counts::normalise( Counts::of_scope( 0 ) ), 'A rebuild finds what was kept.' );
		$this->assert_counts_hold( $scopes, 'rebuilding' );
	}

	public function test_a_rolled_back_change_leaves_the_counts_as_they_were(): void {
		$cohort = $this->make_cohort();
		$id     = $this->make_application( 'mentee', $cohort['id'] )['id'];
		$before = Counts::of_scope( $cohort['id'] );

		$result = Transaction::run(
			static function () use ( $id ) {
				Applications::transition( $id, 'in_review' );
				return new \WP_Error( 'mentorship_test', 'Undo.' );
			}
		);
		$this->assertInstanceOf( \WP_Error::class, $result );
		$this->assertSame( $before, Counts::of_scope( $cohort['id'] ) );
		$this->assert_counts_hold( array( 0, $cohort['id'] ), 'a rolled-back move' );
	}

	public function test_until_a_rebuild_has_finished_the_funnel_is_counted_from_scratch(): void {
		global $wpdb;
		$cohort = $this->make_cohort();
		$this->make_application( 'mentee', $cohort['id'] );
		$table = Schema::table( 'counts' );
		// Sums that are wrong on purpose, as after an update that has not counted yet.
		$wpdb->query( "UPDATE {$table} SET n = n + 100" ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared, WordPress.DB.DirectDatabaseQuery
		$this->assertNotSame( Stats::funnel( $cohort['id'], true ), Stats::funnel( $cohort['id'] ) );

		update_option( Counts::STATE_OPTION, 'stale' );
		$this->assertSame( Stats::funnel( $cohort['id'], true ), Stats::funnel( $cohort['id'] ) );

		Counts::schedule_rebuild();
		$this->assertStringStartsWith( 'building:', (string) get_option( Counts::STATE_OPTION ) );
		$this->assertNotFalse( wp_next_scheduled( Counts::REBUILD_HOOK ), 'The rebuild runs through WP-Cron.' );
		$this->assertSame( Stats::funnel( $cohort['id'], true ), Stats::funnel( $cohort['id'] ) );
		while ( Counts::rebuild_batch( false ) > 0 ) {
			// One batch at a time, as WP-Cron runs them.
		}
		$this->assertTrue( Counts::ready() );
		wp_clear_scheduled_hook( Counts::REBUILD_HOOK );
		$this->assert_counts_hold( array( 0, $cohort['id'] ), 'a rebuild' );
	}
}
