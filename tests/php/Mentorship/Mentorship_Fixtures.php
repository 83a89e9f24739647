<?php
/**
 * A running cohort with mentors, mentees and their users, for the running-cohort tests.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Tests\Mentorship;

use Mentorship_Program\Cohorts\Assignments;

/**
 * Builders on top of the shared fixtures.
 */
trait Mentorship_Fixtures {

	/**
	 * A cohort that started $started days ago and ends in $ends days.
	 *
	 * @param int                  $started   Days since the start.
	 * @param int                  $ends      Days until the end.
	 * @param array<string, mixed> $overrides Values.
	 * @return array<string, mixed>
	 */
	protected function running_cohort( int $started = 20, int $ends = 30, array $overrides = array() ): array {
		return $this->make_cohort(
			array_merge(
				array(
					'opens_at'  => gmdate( 'Y-m-d\TH:i:s\Z', time() - ( $started + 40 ) * DAY_IN_SECONDS ),
					'closes_at' => gmdate( 'Y-m-d\TH:i:s\Z', time() - ( $started + 10 ) * DAY_IN_SECONDS ),
					'starts_on' => gmdate( 'Y-m-d', time() - $started * DAY_IN_SECONDS ),
					'ends_on'   => gmdate( 'Y-m-d', time() + $ends * DAY_IN_SECONDS ),
				),
				$overrides
			)
		);
	}

	/**
	 * A mentor with a user account, approved, in a cohort.
	 *
	 * @param int $cohort_id Cohort.
	 * @param int $capacity  Capacity.
	 * @return array{id: int, user: int}
	 */
	protected function mentor_in( int $cohort_id, int $capacity = 3 ): array {
		$user   = $this->create_user( 'subscriber' );
		$mentor = $this->make_application( 'mentor', $cohort_id, array( 'in_review', 'approved' ), array( 'capacity' => $capacity ), $user );
		return array(
			'id'   => (int) $mentor['id'],
			'user' => $user,
		);
	}

	/**
	 * An accepted mentee with a user account, assigned to a mentor when one is given.
	 *
	 * @param int $cohort_id Cohort.
	 * @param int $mentor_id Mentor application, or 0.
	 * @param array<string, mixed> $overrides Values.
	 * @return array{id: int, user: int}
	 */
	protected function mentee_in( int $cohort_id, int $mentor_id = 0, array $overrides = array() ): array {
		$user   = $this->create_user( 'subscriber' );
		$mentee = $this->make_application( 'mentee', $cohort_id, array( 'in_review', 'accepted' ), $overrides, $user );
		if ( $mentor_id ) {
			$this->assertTrue( Assignments::assign( (int) $mentee['id'], $mentor_id ) );
		}
		return array(
			'id'   => (int) $mentee['id'],
			'user' => $user,
		);
	}

	/**
	 * Valid check-in values.
	 *
	 * @param int[]                $mentees   Mentees.
	 * @param array<string, mixed> $overrides Values.
	 * @return array<string, mixed>
	 */
	protected function checkin_values( array $mentees, array $overrides = array() ): array {
		return array_merge(
			array(
				'held_on'      => gmdate( 'Y-m-d' ),
				'kind'         => count( $mentees ) > 1 ? 'group' : 'one-to-one',
				'mentees'      => $mentees,
				'covered'      => 'Set up a local environment.',
				'next_steps'   => 'Open a first pull request.',
				'needs_help'   => false,
				'private_note' => 'Seems shy; try async.',
			),
			$overrides
		);
	}

	/**
	 * Asserts a WP_Error.
	 *
	 * @param mixed  $actual  Value.
	 * @param string $message Message.
	 */
	protected function assertWPError( $actual, string $message = '' ): void {
		$this->assertInstanceOf( \WP_Error::class, $actual, $message );
	}
}
