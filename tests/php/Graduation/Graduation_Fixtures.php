<?php
/**
 * A running cohort with a mentor and active mentees, for the graduation tests.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Tests\Graduation;

use Mentorship_Program\Applications\Applications;
use Mentorship_Program\Cohorts\Assignments;
use Mentorship_Program\Mentorship\Checkins;

/**
 * Builders on top of the shared fixtures.
 */
trait Graduation_Fixtures {

	/**
	 * A cohort that started 40 days ago and ended $ended days ago (negative: ends later).
	 *
	 * @param int $ended Days since the end.
	 * @return array<string, mixed>
	 */
	protected function finished_cohort( int $ended = 1 ): array {
		return $this->make_cohort(
			array(
				'opens_at'  => gmdate( 'Y-m-d\TH:i:s\Z', time() - 90 * DAY_IN_SECONDS ),
				'closes_at' => gmdate( 'Y-m-d\TH:i:s\Z', time() - 60 * DAY_IN_SECONDS ),
				'starts_on' => gmdate( 'Y-m-d', time() - 40 * DAY_IN_SECONDS ),
				'ends_on'   => gmdate( 'Y-m-d', time() - $ended * DAY_IN_SECONDS ),
			)
		);
	}

	/**
	 * A mentor with an account, active, in a cohort.
	 *
	 * @param int                  $cohort_id Cohort.
	 * @param array<string, mixed> $overrides Values.
	 * @return array{id: int, user: int}
	 */
	protected function active_mentor( int $cohort_id, array $overrides = array() ): array {
		$user   = $this->create_user( 'subscriber' );
		$mentor = $this->make_application( 'mentor', $cohort_id, array( 'in_review', 'approved' ), array_merge( array( 'capacity' => 5 ), $overrides ), $user );
		return array(
			'id'   => (int) $mentor['id'],
			'user' => $user,
		);
	}

	/**
	 * An active mentee with an account, assigned to the mentor.
	 *
	 * @param int                  $cohort_id Cohort.
	 * @param int                  $mentor_id Mentor application.
	 * @param array<string, mixed> $overrides Values.
	 * @return array{id: int, user: int}
	 */
	protected function active_mentee( int $cohort_id, int $mentor_id, array $overrides = array() ): array {
		$user   = $this->create_user( 'subscriber' );
		$mentee = $this->make_application( 'mentee', $cohort_id, array( 'in_review', 'accepted' ), $overrides, $user );
		$this->assertTrue( Assignments::assign( (int) $mentee['id'], $mentor_id ) );
		$this->assertIsArray( Applications::transition( (int) $mentee['id'], 'active' ) );
		$mentor = Applications::get( $mentor_id );
		if ( $mentor && 'approved' === $mentor['stage'] ) {
			$this->assertIsArray( Applications::transition( $mentor_id, 'active' ) );
		}
		wp_cache_flush();
		return array(
			'id'   => (int) $mentee['id'],
			'user' => $user,
		);
	}

	/**
	 * Logs check-ins about a mentee, attended or missed.
	 *
	 * @param int  $mentee_id   Mentee.
	 * @param int  $mentor_user Mentor's user.
	 * @param int  $count       How many.
	 * @param bool $attended    Whether the mentee attended.
	 */
	protected function log_sessions( int $mentee_id, int $mentor_user, int $count, bool $attended = true ): void {
		for ( $i = 0; $i < $count; $i++ ) {
			$checkin = Checkins::create(
				array(
					'held_on'   => gmdate( 'Y-m-d', time() - ( $i + 1 ) * DAY_IN_SECONDS ),
					'kind'      => 'one-to-one',
					'mentees'   => array( $mentee_id ),
					'attendees' => $attended ? array( $mentee_id ) : array(),
					'covered'   => 'Session ' . $i,
				),
				$mentor_user
			);
			$this->assertIsArray( $checkin, is_wp_error( $checkin ) ? $checkin->get_error_message() : '' );
		}
	}
}
