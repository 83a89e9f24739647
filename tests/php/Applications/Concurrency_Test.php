<?php
/**
 * Real concurrent processes race for the last seat and for the same e-mail.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Tests\Applications;

use Mentorship_Program\Applications\Applications;
use Mentorship_Program\Cohorts\Assignments;
use Mentorship_Program\Cohorts\Cohorts;
use Mentorship_Program\Stats\Counts;
use Mentorship_Program\Stats\Stats;
use Mentorship_Program\Tests\Fixtures;
use Mentorship_Program\Tests\TestCase;

/**
 * These tests commit their data (other processes must see it) and remove it afterwards.
 */
final class Concurrency_Test extends TestCase {

	use Fixtures;

	/**
	 * IDs to remove afterwards.
	 *
	 * @var array{apps: int[], cohorts: int[]}
	 */
	private array $created = array(
		'apps'    => array(),
		'cohorts' => array(),
	);

	protected function setUp(): void {
		parent::setUp();
		global $wpdb;
		$wpdb->query( 'ROLLBACK' );
		$wpdb->query( 'SET autocommit = 1' );
	}

	protected function tearDown(): void {
		foreach ( $this->created['apps'] as $id ) {
			Applications::delete( $id );
		}
		foreach ( $this->created['cohorts'] as $id ) {
			foreach ( get_posts(
				array(
					'post_type'      => array( 'mp_mentee', 'mp_mentor' ),
					'post_status'    => Applications::statuses(),
					'fields'         => 'ids',
					'posts_per_page' => -1,
					'tax_query'      => array(
						array(
							'taxonomy' => 'mentorship_cohort',
							'terms'    => $id,
						),
					),
				)
			) as $app ) {
				Applications::delete( (int) $app );
			}
			Cohorts::delete( $id );
		}
		global $wpdb;
		$wpdb->query( 'START TRANSACTION' );
		parent::tearDown();
	}

	/**
	 * Starts workers that act at the same instant; returns what each printed.
	 *
	 * @param array<int, string[]> $jobs Arguments per worker.
	 * @return string[]
	 */
	private function race( array $jobs ): array {
		$start = microtime( true ) + 1.5;
		$procs = array();
		$pipes = array();
		foreach ( $jobs as $i => $args ) {
			$cmd         = array_merge( array( PHP_BINARY, dirname( __DIR__ ) . '/includes/worker.php', sprintf( '%.6f', $start ) ), $args );
			$procs[ $i ] = proc_open(
				$cmd,
				array(
					1 => array( 'pipe', 'w' ),
					2 => array(
						'pipe',
						'w',
					),
				),
				$pipes[ $i ]
			);
		}
		$out = array();
		foreach ( $procs as $i => $proc ) {
			$stdout = (string) stream_get_contents( $pipes[ $i ][1] );
			$stderr = (string) stream_get_contents( $pipes[ $i ][2] );
			// The verdict is the last word; WordPress core may print its own deprecation notices first.
			$out[ $i ] = preg_match( '/(ok|mentorship_[a-z_]+)\s*$/', $stdout, $m ) ? $m[1] : trim( $stdout . $stderr );
			proc_close( $proc );
		}
		return $out;
	}

	public function test_capacity_holds_when_many_assign_the_last_seats_at_once(): void {
		$cohort                     = $this->make_cohort();
		$this->created['cohorts'][] = $cohort['id'];
		for ( $round = 0; $round < 3; $round++ ) {
			$mentor  = $this->make_application( 'mentor', $cohort['id'], array( 'in_review', 'approved' ), array( 'capacity' => 2 ) );
			$mentees = array();
			for ( $i = 0; $i < 8; $i++ ) {
				$mentees[] = $this->make_application( 'mentee', $cohort['id'], array( 'in_review', 'accepted' ) )['id'];
			}
			$results = $this->race( array_map( static fn( $m ) => array( 'assign', (string) $m, (string) $mentor['id'] ), $mentees ) );
			$counts  = array_count_values( $results );
			$this->assertSame( 2, $counts['ok'] ?? 0, wp_json_encode( $results ) );
			$this->assertSame( 6, $counts['mentorship_capacity_full'] ?? 0, wp_json_encode( $results ) );
			$this->assertCount( 2, Assignments::mentees_of( $mentor['id'] ) );
		}
	}

	public function test_two_coordinators_reassigning_one_mentee_at_once_one_wins_and_the_other_hears_of_it(): void {
		$cohort                     = $this->make_cohort();
		$this->created['cohorts'][] = $cohort['id'];
		$coordinator                = $this->create_user( 'mentorship_coordinator' );
		for ( $round = 0; $round < 3; $round++ ) {
			$mentors = array();
			for ( $i = 0; $i < 3; $i++ ) {
				$mentors[]                = $this->make_application( 'mentor', $cohort['id'], array( 'in_review', 'approved' ), array( 'capacity' => 2 ) )['id'];
				$this->created['apps'][] = end( $mentors );
			}
			$mentee                  = $this->make_application( 'mentee', $cohort['id'], array( 'in_review', 'accepted' ) )['id'];
			$this->created['apps'][] = $mentee;
			$this->assertTrue( Assignments::assign( $mentee, $mentors[0] ) );
			$results = $this->race(
				array(
					array( 'reassign', (string) $mentee, (string) $mentors[1], (string) $mentors[0], (string) $coordinator ),
					array( 'reassign', (string) $mentee, (string) $mentors[2], (string) $mentors[0], (string) $coordinator ),
				)
			);
			sort( $results );
			$this->assertSame( array( 'mentorship_reassign_conflict', 'ok' ), $results, wp_json_encode( $results ) );
			wp_cache_flush();
			$winner  = Assignments::mentor_of( $mentee );
			$this->assertContains( $winner, array( $mentors[1], $mentors[2] ) );
			$history = \Mentorship_Program\Reassignment\History::of_mentee( $mentee, true );
			$this->assertSame( array( $mentors[0], $winner ), array_map( static fn( $h ) => $h['mentor']['id'], $history ), 'One ended span and one open one: nothing of the loser was stored.' );
			$this->assertSame( array( 'reassigned', '' ), array_column( $history, 'reason' ) );
		}
		require_once ABSPATH . 'wp-admin/includes/user.php';
		wp_delete_user( $coordinator );
	}

	public function test_the_same_email_submitted_at_once_is_stored_once(): void {
		$cohort                     = $this->make_cohort();
		$this->created['cohorts'][] = $cohort['id'];
		$email                      = 'racer-' . wp_generate_password( 6, false, false ) . '@example.com';
		$results                    = $this->race( array_fill( 0, 8, array( 'apply', (string) $cohort['id'], $email ) ) );
		$counts                     = array_count_values( $results );
		$this->assertSame( 1, $counts['ok'] ?? 0, wp_json_encode( $results ) );
		$this->assertSame( 7, $counts['mentorship_duplicate'] ?? 0, wp_json_encode( $results ) );
		$stored = Applications::list(
			array(
				'search' => $email,
				'cohort' => $cohort['id'],
			)
		);
		$this->assertSame( 1, $stored['total'] );
	}

	public function test_kept_counts_equal_a_fresh_count_after_random_concurrent_moves(): void {
		$cohort                     = $this->make_cohort();
		$this->created['cohorts'][] = $cohort['id'];
		$mentees                    = array();
		$mentors                    = array();
		for ( $i = 0; $i < 10; $i++ ) {
			$mentees[] = $this->make_application( 'mentee', $cohort['id'], 0 === $i % 2 ? array( 'in_review', 'accepted' ) : array() )['id'];
		}
		for ( $i = 0; $i < 3; $i++ ) {
			$mentors[] = $this->make_application( 'mentor', $cohort['id'], array( 'in_review', 'approved' ), array( 'capacity' => 2 ) )['id'];
		}
		$this->assertTrue( Counts::ready() );
		$before = Stats::funnel( $cohort['id'] );

		// Six workers move, assign and unassign the same people while two others submit
		// new applications (mentees and mentors, with teams, languages and regions).
		$prefix  = 'newcomer-' . strtolower( wp_generate_password( 6, false, false ) );
		$results = $this->race(
			array_merge(
				array_map(
					static fn( $seed ) => array( 'shuffle', (string) $seed, implode( ',', $mentees ), implode( ',', $mentors ) ),
					range( 1, 6 )
				),
				array(
					array( 'apply-many', (string) $cohort['id'], $prefix . '-a', '6' ),
					array( 'apply-many', (string) $cohort['id'], $prefix . '-b', '6' ),
				)
			)
		);
		$this->assertSame( array_fill( 0, 8, 'ok' ), $results, wp_json_encode( $results ) );
		wp_cache_flush();
		$this->assertTrue( Counts::ready(), 'No refresh gave up and fell back to counting from scratch.' );

		$after = Stats::funnel( $cohort['id'] );
		$this->assertNotSame( $before['mentees']['current'], $after['mentees']['current'], 'The workers moved people.' );
		$this->assertSame( 12, Applications::list( array( 'search' => $prefix, 'cohort' => $cohort['id'], 'per_page' => 50 ) )['total'], 'Every new application was stored.' );
		foreach ( array( 0, $cohort['id'] ) as $scope ) {
			$this->assertSame(
				Counts::normalise( Stats::count_from_scratch( $scope ) ),
				Counts::normalise( Counts::of_scope( $scope ) ),
				"Scope $scope."
			);
		}
		$this->assertSame( Stats::funnel( $cohort['id'], true ), $after );
	}
}
