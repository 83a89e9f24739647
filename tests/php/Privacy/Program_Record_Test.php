<?php
/**
 * The privacy tools reach everything the program recorded about a person: the export
 * holds it, the erasure removes every copy of who they were.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Tests\Privacy;

use Mentorship_Program\Applications\Applications;
use Mentorship_Program\Cohorts\Assignments;
use Mentorship_Program\Applications\Audit_Trail;
use Mentorship_Program\Privacy\Privacy;
use Mentorship_Program\Tests\Fixtures;
use Mentorship_Program\Tests\TestCase;

/**
 * Export of notes, ratings, stage history, mentor and cohort; erasure of the name
 * that assignments copied into the other person's trail.
 */
final class Program_Record_Test extends TestCase {

	use Fixtures;

	public function test_the_export_holds_what_the_program_recorded_about_the_person(): void {
		$cohort = $this->make_cohort( array( 'name' => 'Spring Export Cohort' ) );
		$mentor = $this->make_application( 'mentor', $cohort['id'], array( 'in_review', 'approved' ), array( 'name' => 'Mona Mentor' ) );
		$mentee = $this->make_application( 'mentee', $cohort['id'], array(), array( 'email' => 'exported@example.com' ) );
		$this->as_coordinator();
		Applications::transition( $mentee['id'], 'in_review' );
		Applications::transition( $mentee['id'], 'accepted', array( 'note' => 'Strong goals.' ) );
		Audit_Trail::record( $mentee['id'], 'note', '', '', 'Clear writing, keen on docs.', 4 );
		$this->assertTrue( Assignments::assign( $mentee['id'], $mentor['id'] ) );

		$export = Privacy::export( 'exported@example.com' );
		$this->assertCount( 1, $export['data'] );
		$pairs  = $export['data'][0]['data'];
		$values = array_column( $pairs, 'value' );
		$names  = array_column( $pairs, 'name' );
		$this->assertContains( 'Spring Export Cohort', $values, 'The cohort.' );
		$this->assertContains( 'Mona Mentor', $values, 'The assigned mentor.' );
		$this->assertContains( 'Clear writing, keen on docs. (rating: 4 of 5)', $values, 'The reviewer note and rating.' );
		$this->assertContains( 'In review → Accepted — Strong goals.', $values, 'The stage history.' );
		$this->assertSame( 3, count( preg_grep( '/^Stage changed on /', $names ) ), 'Every stage change: submitted, in review, accepted.' );
		foreach ( $pairs as $pair ) {
			$this->assertSame( array( 'name', 'value' ), array_keys( $pair ) );
			$this->assertIsString( $pair['value'] );
		}
	}

	public function test_erasure_drops_the_person_from_their_mentors_trail_and_keeps_the_event(): void {
		$cohort = $this->make_cohort();
		$user   = $this->create_user( 'subscriber' );
		$mentor = $this->make_application( 'mentor', $cohort['id'], array( 'in_review', 'approved' ), array( 'capacity' => 3 ), $user );
		$mentee = $this->make_application( 'mentee', $cohort['id'], array( 'in_review', 'accepted' ), array( 'name' => 'Erin Erasable', 'email' => 'erin.erasable@example.com' ) );
		$other  = $this->make_application( 'mentee', $cohort['id'], array( 'in_review', 'accepted' ), array( 'name' => 'Otto Other' ) );
		$this->as_coordinator();
		$this->assertTrue( Assignments::assign( $mentee['id'], $mentor['id'] ) );
		$this->assertTrue( Assignments::unassign( $mentee['id'] ) );
		$this->assertTrue( Assignments::assign( $mentee['id'], $mentor['id'] ) );
		$this->assertTrue( Assignments::assign( $other['id'], $mentor['id'] ) );
		$before = Audit_Trail::for_object( $mentor['id'] );
		$this->assertStringContainsString( 'Erin Erasable', (string) wp_json_encode( $before ) );

		$result = Privacy::erase( 'erin.erasable@example.com' );
		$this->assertSame( 1, $result['items_removed'] );

		$after = Audit_Trail::for_object( $mentor['id'] );
		$this->assertSame( array_column( $before, 'event' ), array_column( $after, 'event' ), 'Every event is kept.' );
		$this->assertStringNotContainsString( 'Erin Erasable', (string) wp_json_encode( $after ) );
		$this->assertNotContains( (string) $mentee['id'], array_merge( array_column( $after, 'to' ), array_column( $after, 'from' ) ), 'No reference to the erased record.' );
		$this->assertStringContainsString( 'Otto Other', (string) wp_json_encode( $after ), 'Other people stay.' );

		// As the coordinators and the mentor read it.
		$read = $this->rest( 'GET', '/mentorship/v1/applications/' . $mentor['id'] )->get_data();
		$this->assertStringNotContainsString( 'Erin Erasable', (string) wp_json_encode( $read ) );
		wp_set_current_user( $user );
		$own = $this->rest( 'GET', '/mentorship/v1/applications/' . $mentor['id'] );
		$this->assertSame( 200, $own->get_status() );
		$this->assertStringNotContainsString( 'Erin Erasable', (string) wp_json_encode( $own->get_data() ) );
	}
}
