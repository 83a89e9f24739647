<?php
/**
 * Demo applicants made the way real ones are.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Tests\Demo;

use Mentorship_Program\Applications\Applications;
use Mentorship_Program\Demo\Demo_Applicant;
use Mentorship_Program\Tests\Fixtures;
use Mentorship_Program\Tests\TestCase;

/**
 * A demo mentee ends accepted and a demo mentor approved, with the fields given.
 */
final class Demo_Applicant_Test extends TestCase {

	use Fixtures;

	public function test_a_mentor_is_approved_with_the_capacity_given(): void {
		$cohort = $this->make_cohort();
		$id     = Demo_Applicant::admitted( 'mentor', 'Ada Demo', 'ada', 'ada.demo@example.org', 'UTC', (int) $cohort['id'], 0, 3 );

		$mentor = Applications::get( $id );
		$this->assertNotNull( $mentor );
		$this->assertSame( 'approved', $mentor['stage'] );
		$this->assertSame( 'Ada Demo', $mentor['fields']['name'] );
		$this->assertSame( 'ada.demo@example.org', $mentor['fields']['email'] );
		$this->assertSame( 'UTC', $mentor['fields']['timezone'] );
		$this->assertSame( 3, (int) $mentor['fields']['capacity'] );
		$this->assertSame( array( 'docs' ), $mentor['fields']['teams'] );
	}

	public function test_a_mentee_is_accepted_and_linked_to_the_user_given(): void {
		$cohort = $this->make_cohort();
		$user   = $this->create_user( 'subscriber', array( 'user_email' => 'ben.demo@example.org' ) );
		$id     = Demo_Applicant::admitted( 'mentee', 'Ben Demo', 'ben', 'ben.demo@example.org', 'Europe/Lisbon', (int) $cohort['id'], $user );

		$mentee = Applications::get( $id );
		$this->assertNotNull( $mentee );
		$this->assertSame( 'accepted', $mentee['stage'] );
		$this->assertSame( 'any', $mentee['fields']['format'] );
		$this->assertSame( $user, (int) get_post_field( 'post_author', $id ) );
	}

	public function test_the_same_address_twice_makes_no_second_application(): void {
		$cohort = $this->make_cohort();
		$this->assertGreaterThan( 0, Demo_Applicant::admitted( 'mentee', 'Cy Demo', 'cy', 'cy.demo@example.org', 'UTC', (int) $cohort['id'] ) );
		$this->assertSame( 0, Demo_Applicant::admitted( 'mentee', 'Cy Demo', 'cy', 'cy.demo@example.org', 'UTC', (int) $cohort['id'] ) );
	}

	public function test_submit_walks_the_path_given(): void {
		$cohort = $this->make_cohort();
		$id     = Demo_Applicant::submit( 'mentee', $this->values( 'mentee', array( 'email' => 'dee.demo@example.org' ) ), \Mentorship_Program\Applications\Submission_Context::seed( (int) $cohort['id'] ), array( 'in_review', 'waitlisted' ) );
		$this->assertSame( 'waitlisted', Applications::get( $id )['stage'] );
		$this->assertSame( 0, Demo_Applicant::submit( 'mentee', array( 'name' => 'No address' ), \Mentorship_Program\Applications\Submission_Context::seed( (int) $cohort['id'] ), array( 'in_review' ) ), 'A refused submission makes nothing.' );
	}
}
