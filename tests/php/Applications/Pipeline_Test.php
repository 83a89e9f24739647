<?php
/**
 * Every legal move works; every illegal move is refused and recorded nowhere.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Tests\Applications;

use Mentorship_Program\Applications\Applications;
use Mentorship_Program\Applications\Audit_Trail;
use Mentorship_Program\Applications\Stages;
use Mentorship_Program\Tests\Fixtures;
use Mentorship_Program\Tests\TestCase;

/**
 * The pipeline rules, exercised through the application service.
 */
final class Pipeline_Test extends TestCase {

	use Fixtures;

	/**
	 * A path from "submitted" to each stage, per type.
	 *
	 * @param string $type  Type.
	 * @param string $stage Stage.
	 * @return string[]
	 */
	private function path_to( string $type, string $stage ): array {
		$paths = array(
			'mentee' => array(
				'submitted'  => array(),
				'in_review'  => array( 'in_review' ),
				'accepted'   => array( 'in_review', 'accepted' ),
				'waitlisted' => array( 'in_review', 'waitlisted' ),
				'declined'   => array( 'in_review', 'declined' ),
				'active'     => array( 'in_review', 'accepted', 'active' ),
				'graduated'  => array( 'in_review', 'accepted', 'active', 'graduated' ),
				'placed'     => null,
				'withdrawn'  => array( 'withdrawn' ),
			),
			'mentor' => array(
				'submitted' => array(),
				'in_review' => array( 'in_review' ),
				'approved'  => array( 'in_review', 'approved' ),
				'declined'  => array( 'in_review', 'declined' ),
				'active'    => array( 'in_review', 'approved', 'active' ),
				'completed' => array( 'in_review', 'approved', 'active', 'completed' ),
				'withdrawn' => array( 'withdrawn' ),
			),
		);
		return $paths[ $type ][ $stage ] ?? array();
	}

	public function test_every_legal_move_succeeds_and_is_recorded(): void {
		$cohort = $this->make_cohort();
		$this->as_coordinator();
		$moves = 0;
		foreach ( Stages::types() as $type ) {
			foreach ( Stages::stages( $type ) as $from ) {
				if ( 'placed' === $from ) {
					continue;
				}
				foreach ( Stages::next( $type, $from ) as $to ) {
					$application = $this->make_application( $type, $cohort['id'], $this->path_to( $type, $from ) );
					$this->assertSame( $from, $application['stage'] );
					$result = Applications::transition(
						$application['id'],
						$to,
						array(
							'note'             => "move $from to $to",
							'team'             => 'core',
							'allow_unassigned' => true,
						)
					);
					$this->assertIsArray( $result, "$type $from → $to: " . ( is_wp_error( $result ) ? $result->get_error_message() : '' ) );
					$this->assertSame( $to, $result['stage'] );
					$last = array_slice( Audit_Trail::for_object( $application['id'], array( 'stage' ) ), -1 )[0];
					$this->assertSame( array( $from, $to, "move $from to $to" ), array( $last['from'], $last['to'], $last['note'] ) );
					++$moves;
				}
			}
		}
		$this->assertGreaterThan( 20, $moves );
	}

	public function test_every_illegal_move_is_refused_and_changes_nothing(): void {
		$cohort = $this->make_cohort();
		$this->as_coordinator();
		$refused = 0;
		foreach ( Stages::types() as $type ) {
			foreach ( Stages::stages( $type ) as $from ) {
				if ( 'placed' === $from ) {
					continue;
				}
				$application = $this->make_application( $type, $cohort['id'], $this->path_to( $type, $from ) );
				foreach ( Stages::all_stages() as $to ) {
					if ( Stages::can_move( $type, $from, $to ) ) {
						continue;
					}
					$events = count( Audit_Trail::for_object( $application['id'] ) );
					$result = Applications::transition( $application['id'], $to, array( 'team' => 'core', 'allow_unassigned' => true ) );
					$this->assertWPError( $result, "$type $from → $to should be refused" );
					$this->assertSame( 'mentorship_illegal_transition', $result->get_error_code() );
					$this->assertSame( 409, $result->get_error_data()['status'] );
					$this->assertSame( $from, Applications::get( $application['id'] )['stage'] );
					$this->assertCount( $events, Audit_Trail::for_object( $application['id'] ) );
					++$refused;
				}
			}
		}
		$this->assertGreaterThan( 60, $refused );
	}

	public function test_placement_needs_a_real_team_and_records_it(): void {
		$cohort      = $this->make_cohort();
		$application = $this->make_application( 'mentee', $cohort['id'], array( 'in_review', 'accepted', 'active', 'graduated' ) );
		$this->assertWPError( Applications::transition( $application['id'], 'placed', array( 'team' => 'no-such-team' ) ) );
		$placed = Applications::transition( $application['id'], 'placed', array( 'team' => 'polyglots' ) );
		$this->assertSame( 'placed', $placed['stage'] );
		$this->assertSame( 'polyglots', $placed['placed_team'] );
	}

	public function test_starting_a_mentee_needs_a_mentor(): void {
		$cohort      = $this->make_cohort();
		$application = $this->make_application( 'mentee', $cohort['id'], array( 'in_review', 'accepted' ) );
		$result      = Applications::transition( $application['id'], 'active' );
		$this->assertWPError( $result );
		$this->assertSame( 'mentorship_not_assigned', $result->get_error_code() );
	}

	public function test_open_and_final_stages_follow_the_rules(): void {
		$this->assertSame( array( 'submitted', 'in_review', 'waitlisted', 'accepted', 'active' ), Stages::open_stages( 'mentee' ) );
		$this->assertSame( array( 'placed', 'declined', 'withdrawn' ), Stages::final_stages( 'mentee' ) );
		$this->assertSame( array( 'completed', 'declined', 'withdrawn' ), Stages::final_stages( 'mentor' ) );
	}

	public function test_the_named_stage_sets_are_stages_of_their_type_and_the_path_is_walkable(): void {
		$this->assertSame( array( 'submitted', 'in_review', 'accepted', 'active', 'graduated', 'placed' ), Stages::path( 'mentee' ) );
		$this->assertSame( array( 'submitted', 'in_review', 'approved', 'active', 'completed' ), Stages::path( 'mentor' ) );
		$this->assertSame( array( 'accepted', 'active', 'graduated', 'placed' ), Stages::admitted( 'mentee' ) );
		foreach ( Stages::types() as $type ) {
			$path = Stages::path( $type );
			for ( $i = 1, $n = count( $path ); $i < $n; $i++ ) {
				$this->assertTrue( Stages::can_move( $type, $path[ $i - 1 ], $path[ $i ] ), "{$type}: {$path[ $i - 1 ]} → {$path[ $i ]}" );
			}
			$this->assertSame( array(), array_diff( array_merge( Stages::RUNNING[ $type ], Stages::FINISHED[ $type ] ), Stages::stages( $type ) ), $type );
			$this->assertSame( array(), array_intersect( Stages::FINISHED[ $type ], Stages::open_stages( $type ) ), "{$type}: a finished stage is no longer open" );
			$this->assertSame( array(), array_diff( Stages::RUNNING[ $type ], Stages::open_stages( $type ) ), "{$type}: a running mentorship can still be left" );
		}
	}

	/**
	 * Asserts a WP_Error.
	 *
	 * @param mixed  $actual  Value.
	 * @param string $message Message.
	 */
	private function assertWPError( $actual, string $message = '' ): void {
		$this->assertInstanceOf( \WP_Error::class, $actual, $message );
	}
}
