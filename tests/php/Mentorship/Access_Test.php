<?php
/**
 * Who may see and change what in a running cohort: a user's own records.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Tests\Mentorship;

use Mentorship_Program\Mentorship\Access;
use Mentorship_Program\Mentorship\Mentor_Directory;
use Mentorship_Program\Tests\Fixtures;
use Mentorship_Program\Tests\TestCase;

/**
 * A user's own mentee and mentor records, by type and stage, kept for a minute.
 */
final class Access_Test extends TestCase {

	use Fixtures;

	public function test_own_records_are_of_the_type_and_stages_asked_for(): void {
		$cohort  = $this->make_cohort();
		$earlier = $this->make_cohort();
		$user    = $this->create_user( 'subscriber', array( 'user_email' => 'both@example.org' ) );
		$mentor  = $this->make_application( 'mentor', $cohort['id'], array( 'in_review', 'approved' ), array( 'email' => 'both@example.org' ), $user );
		$mentee  = $this->make_application( 'mentee', $earlier['id'], array( 'in_review', 'accepted' ), array( 'email' => 'both@example.org' ), $user );
		$someone = $this->make_application( 'mentor', $cohort['id'], array( 'in_review', 'approved' ) );

		$this->assertSame( array( (int) $mentor['id'] ), Mentor_Directory::mentor_records( $user ) );
		$this->assertSame( array( (int) $mentee['id'] ), Access::own_mentee_records( $user ), 'Accepted is a running stage.' );
		$this->assertSame( array(), Access::own_records( $user, 'mentee', array( 'active' ), 20 ) );
		$this->assertSame( array(), Access::own_records( 0, 'mentor', array( 'approved' ), 20 ) );
		$this->assertNotContains( (int) $someone['id'], Access::own_records( $user, 'mentor', array( 'approved' ), 20 ) );
	}

	public function test_own_records_are_kept_for_a_minute(): void {
		$cohort = $this->make_cohort();
		$user   = $this->create_user();
		$this->assertSame( array(), Mentor_Directory::mentor_records( $user ) );
		$this->make_application( 'mentor', $cohort['id'], array( 'in_review', 'approved' ), array(), $user );
		$this->assertSame( array(), Mentor_Directory::mentor_records( $user ), 'Read from the cache.' );
		wp_cache_flush();
		$this->assertCount( 1, Mentor_Directory::mentor_records( $user ) );
	}
}
