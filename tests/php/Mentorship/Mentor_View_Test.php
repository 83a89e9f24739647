<?php
/**
 * What a mentor sees of a mentee: exactly what the privacy text promises, never the
 * reviewers' notes, and only while the mentorship runs.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Tests\Mentorship;

use Mentorship_Program\Applications\Applications;
use Mentorship_Program\Cohorts\Assignments;
use Mentorship_Program\Applications\Audit_Trail;
use Mentorship_Program\Applications\Fields;
use Mentorship_Program\Mentorship\Mentor_View;
use Mentorship_Program\Privacy\Privacy;
use Mentorship_Program\Tests\Fixtures;
use Mentorship_Program\Tests\TestCase;

/**
 * Mentor_View is the one list; the REST answers and the privacy text both read it.
 */
final class Mentor_View_Test extends TestCase {

	use Fixtures;

	private const SECRET_NOTE = 'Reviewer only: shaky references, rating kept private';

	/**
	 * A mentor with one running mentorship, and a coordinator's note and rating on it.
	 *
	 * @return array{cohort: array<string, mixed>, user: int, mentor: array<string, mixed>, mentee: array<string, mixed>}
	 */
	private function mentorship(): array {
		$cohort = $this->make_cohort();
		$user   = $this->create_user( 'subscriber' );
		$mentor = $this->make_application( 'mentor', $cohort['id'], array( 'in_review', 'approved' ), array( 'capacity' => 10 ), $user );
		$mentee = $this->make_application(
			'mentee',
			$cohort['id'],
			array( 'in_review', 'accepted' ),
			array(
				'email'              => 'mentee-private@example.com',
				'region'             => 'Secret Valley',
				'heard_from'         => 'A friend at WordCamp',
				'public_recognition' => true,
			)
		);
		$this->assertTrue( Assignments::assign( $mentee['id'], $mentor['id'] ) );
		$coordinator = $this->as_coordinator();
		Audit_Trail::record( $mentee['id'], 'note', '', '', self::SECRET_NOTE, 2, $coordinator );
		Audit_Trail::record( $mentor['id'], 'note', '', '', self::SECRET_NOTE, 1, $coordinator );
		$this->assertIsArray( Applications::transition( $mentor['id'], 'active', array( 'note' => self::SECRET_NOTE ) ) );
		return compact( 'cohort', 'user', 'mentor', 'mentee' );
	}

	public function test_the_privacy_text_promises_exactly_what_the_mentor_receives(): void {
		$setup = $this->mentorship();
		wp_set_current_user( $setup['user'] );

		$response = $this->rest( 'GET', '/mentorship/v1/applications/' . $setup['mentee']['id'] );
		$this->assertSame( 200, $response->get_status(), wp_json_encode( $response->get_data() ) );
		$data = $response->get_data();
		$this->assertSame( Mentor_View::KEYS, array_keys( $data ), 'The answer has exactly the mentor keys.' );
		$this->assertSame( Mentor_View::FIELDS, array_keys( $data['fields'] ), 'The answer has exactly the fields the privacy text names.' );
		$this->assertSame( array(), $data['allowed_transitions'] );
		$json = (string) wp_json_encode( $data );
		foreach ( array( 'mentee-private@example.com', 'Secret Valley', 'WordCamp', self::SECRET_NOTE, 'consent' ) as $private ) {
			$this->assertStringNotContainsString( $private, $json );
		}

		$list = $this->rest( 'GET', '/mentorship/v1/applications' )->get_data();
		$this->assertCount( 1, $list );
		$this->assertSame( Mentor_View::KEYS, array_values( array_diff( array_keys( $list[0] ), array( '_links' ) ) ) );
		$this->assertSame( Mentor_View::FIELDS, array_keys( $list[0]['fields'] ) );

		// The privacy text names each of those fields, as the form labels it, and no other.
		$text     = Privacy::policy_text();
		$sentence = Mentor_View::policy_sentence();
		$this->assertStringContainsString( esc_html( $sentence ), $text );
		$labels = array();
		foreach ( Fields::for_type( 'mentee' ) as $name => $field ) {
			$labels[ $name ] = $field['label'];
		}
		foreach ( $labels as $name => $label ) {
			if ( in_array( $name, Mentor_View::FIELDS, true ) ) {
				$this->assertStringContainsString( $label, $sentence, "The privacy text says mentors see $name." );
			} else {
				$this->assertStringNotContainsString( $label, $sentence, "The privacy text must not say mentors see $name." );
			}
		}
		$this->assertSame( array_values( array_intersect_key( $labels, array_flip( Mentor_View::FIELDS ) ) ), array_values( Mentor_View::labels() ) );
	}

	public function test_mentors_never_receive_reviewers_notes_or_ratings(): void {
		$setup = $this->mentorship();
		wp_set_current_user( $setup['user'] );
		$mine = $this->rest( 'POST', '/mentorship/v1/applications/' . $setup['mentee']['id'] . '/notes', array( 'note' => 'Our first call went well.' ) );
		$this->assertSame( 201, $mine->get_status() );
		// Ratings are reviewers': a mentor's is refused, naming the field, and nothing is kept.
		$rated = $this->rest(
			'POST',
			'/mentorship/v1/applications/' . $setup['mentee']['id'] . '/notes',
			array(
				'note'   => 'Five stars.',
				'rating' => 5,
			)
		);
		$this->assertErrorResponse( 403, $rated, 'rest_forbidden_param' );
		$this->assertArrayHasKey( 'rating', $rated->get_data()['data']['params'] );

		$notes = $this->rest( 'GET', '/mentorship/v1/applications/' . $setup['mentee']['id'] . '/notes' )->get_data();
		$this->assertSame( array( 'Our first call went well.' ), array_column( $notes, 'note' ), 'A mentor reads only the notes they wrote.' );

		// Their own application's history: what happened, without the reviewers' words.
		$own = $this->rest( 'GET', '/mentorship/v1/applications/' . $setup['mentor']['id'] );
		$this->assertSame( 200, $own->get_status() );
		$data = $own->get_data();
		$this->assertNotEmpty( $data['history'] );
		$this->assertNotContains( 'note', array_column( $data['history'], 'event' ) );
		$this->assertSame( array( null ), array_values( array_unique( array_column( $data['history'], 'rating' ) ) ) );
		$this->assertArrayNotHasKey( 'rating', $data );
		$this->assertStringNotContainsString( self::SECRET_NOTE, (string) wp_json_encode( $data ) );

		// Reviewers still read everything.
		$this->as_coordinator();
		$all = $this->rest( 'GET', '/mentorship/v1/applications/' . $setup['mentee']['id'] )->get_data();
		$this->assertContains( self::SECRET_NOTE, array_column( $all['history'], 'note' ) );
		$this->assertSame( 'mentee-private@example.com', $all['fields']['email'] );
	}

	public function test_a_mentor_loses_the_record_when_the_mentorship_ends(): void {
		$setup  = $this->mentorship();
		$cohort = $setup['cohort'];
		$other  = $this->make_application( 'mentor', $cohort['id'], array( 'in_review', 'approved' ) );
		$ended  = array();
		foreach ( array( 'graduated', 'placed', 'withdrawn', 'reassigned', 'mentor completed' ) as $how ) {
			$mentee = $this->make_application( 'mentee', $cohort['id'], array( 'in_review', 'accepted' ) );
			$mentor = 'mentor completed' === $how ? $this->make_application( 'mentor', $cohort['id'], array( 'in_review', 'approved' ), array(), $setup['user'] ) : $setup['mentor'];
			$this->assertTrue( Assignments::assign( $mentee['id'], $mentor['id'] ) );
			wp_cache_flush(); // A user's mentor records are cached for a minute.
			wp_set_current_user( $setup['user'] );
			$this->assertSame( 200, $this->rest( 'GET', '/mentorship/v1/applications/' . $mentee['id'] )->get_status(), "$how: readable while it runs" );
			$this->as_coordinator();
			switch ( $how ) {
				case 'graduated':
				case 'placed':
					$this->assertIsArray( Applications::transition( $mentee['id'], 'active' ) );
					$this->assertIsArray( Applications::transition( $mentee['id'], 'graduated' ) );
					if ( 'placed' === $how ) {
						$this->assertIsArray( Applications::transition( $mentee['id'], 'placed', array( 'team' => 'docs' ) ) );
					}
					break;
				case 'withdrawn':
					$this->assertIsArray( Applications::transition( $mentee['id'], 'withdrawn' ) );
					break;
				case 'reassigned':
					$this->assertTrue( Assignments::unassign( $mentee['id'] ) );
					$this->assertTrue( Assignments::assign( $mentee['id'], $other['id'] ) );
					break;
				default:
					$this->assertIsArray( Applications::transition( $mentor['id'], 'active' ) );
					$this->assertIsArray( Applications::transition( $mentor['id'], 'completed' ) );
			}
			$ended[ $how ] = $mentee['id'];
		}
		wp_cache_flush();
		wp_set_current_user( $setup['user'] );
		foreach ( $ended as $how => $id ) {
			$this->assertErrorResponse( 403, $this->rest( 'GET', '/mentorship/v1/applications/' . $id ), 'rest_forbidden' );
			$this->assertErrorResponse( 403, $this->rest( 'GET', '/mentorship/v1/applications/' . $id . '/notes' ), 'rest_forbidden' );
			$this->assertSame( 403, $this->rest( 'POST', '/mentorship/v1/applications/' . $id . '/notes', array( 'note' => 'Still here?' ) )->get_status(), $how );
		}
		$listed = array_column( $this->rest( 'GET', '/mentorship/v1/applications' )->get_data(), 'id' );
		$this->assertSame( array( $setup['mentee']['id'] ), $listed, 'Only the running mentorship is listed.' );
	}
}
