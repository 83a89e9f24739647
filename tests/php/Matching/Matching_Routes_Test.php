<?php
/**
 * POST /cohorts/{id}/match and /match/apply on stored applications.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Tests\Matching;

use Mentorship_Program\Cohorts\Assignments;
use Mentorship_Program\Applications\Audit_Trail;
use Mentorship_Program\Tests\Fixtures;
use Mentorship_Program\Tests\TestCase;

/**
 * Proposals change nothing; applying records assignments within capacity.
 */
final class Matching_Routes_Test extends TestCase {

	use Fixtures;

	public function test_propose_explains_and_apply_assigns_within_capacity(): void {
		$cohort  = $this->make_cohort();
		$slot    = array( array( 'day' => 2, 'start' => '10:00', 'end' => '14:00' ) );
		$es      = $this->make_application( 'mentor', $cohort['id'], array( 'in_review', 'approved' ), array( 'languages' => array( 'es' ), 'timezone' => 'Europe/Madrid', 'capacity' => 1, 'availability' => $slot, 'teams' => array( 'polyglots' ) ) );
		$ja      = $this->make_application( 'mentor', $cohort['id'], array( 'in_review', 'approved' ), array( 'languages' => array( 'ja' ), 'timezone' => 'Asia/Tokyo', 'capacity' => 1, 'availability' => $slot, 'teams' => array( 'core' ) ) );
		$m_es    = $this->make_application( 'mentee', $cohort['id'], array( 'in_review', 'accepted' ), array( 'languages' => array( 'es' ), 'timezone' => 'Europe/Madrid', 'availability' => $slot, 'teams' => array( 'polyglots' ) ) );
		$m_ja    = $this->make_application( 'mentee', $cohort['id'], array( 'in_review', 'accepted' ), array( 'languages' => array( 'ja' ), 'timezone' => 'Asia/Tokyo', 'availability' => $slot, 'teams' => array( 'core' ) ) );
		$m_fr    = $this->make_application( 'mentee', $cohort['id'], array( 'in_review', 'accepted' ), array( 'languages' => array( 'fr' ), 'timezone' => 'Europe/Paris', 'availability' => $slot ) );
		$waiting = $this->make_application( 'mentee', $cohort['id'], array( 'in_review' ), array( 'languages' => array( 'es' ) ) );
		$this->as_coordinator();
		$path   = '/mentorship/v1/cohorts/' . $cohort['id'] . '/match';
		$before = $this->snapshot();
		$result = $this->rest( 'POST', $path )->get_data();
		$this->assertSame( $before, $this->snapshot(), 'A proposal changes nothing.' );

		$pairs = array_column( $result['pairs'], 'mentor_id', 'mentee_id' );
		$this->assertSame( array( $m_es['id'] => $es['id'], $m_ja['id'] => $ja['id'] ), $pairs );
		$this->assertArrayNotHasKey( $waiting['id'], $pairs, 'Only accepted mentees are matched.' );
		$this->assertContains( 'They share a language.', $result['pairs'][0]['reasons_text'] );
		$this->assertSame( $m_fr['id'], $result['unmatched'][0]['mentee_id'] );
		$this->assertSame( 'no_shared_language', $result['unmatched'][0]['reason'] );
		$this->assertGreaterThan( 0, $result['total_score'] );

		$forbidden = $this->rest( 'POST', $path, array( 'forbidden' => array( array( $m_es['id'], $es['id'] ) ) ) )->get_data();
		$this->assertArrayNotHasKey( $m_es['id'], array_column( $forbidden['pairs'], 'mentor_id', 'mentee_id' ) );

		$applied = $this->rest(
			'POST',
			$path . '/apply',
			array(
				'pairs' => array(
					array( 'mentee_id' => $m_es['id'], 'mentor_id' => $es['id'] ),
					array( 'mentee_id' => $m_fr['id'], 'mentor_id' => $es['id'] ),
					array( 'mentee_id' => $m_ja['id'], 'mentor_id' => $ja['id'], 'track' => 'project-group' ),
				),
			)
		)->get_data();
		$this->assertSame( 2, $applied['applied'] );
		$this->assertSame( 'mentorship_capacity_full', $applied['failed'][0]['code'] );
		$this->assertSame( $es['id'], Assignments::mentor_of( $m_es['id'] ) );
		$this->assertSame( 0, Assignments::mentor_of( $m_fr['id'] ) );
		$this->assertContains( 'assign', array_column( Audit_Trail::for_object( $m_ja['id'] ), 'event' ) );
		$this->assertSame( 'project-group', Assignments::of_mentee( $m_ja['id'] )['track'] );

		// A second proposal keeps what was applied.
		$again = $this->rest( 'POST', $path )->get_data();
		$this->assertSame( $es['id'], array_column( $again['pairs'], 'mentor_id', 'mentee_id' )[ $m_es['id'] ] );
		$this->assertTrue( $again['pairs'][0]['existing'] );
		$this->assertSame( 400, $this->rest( 'POST', $path . '/apply', array( 'pairs' => array( array( 'mentee_id' => 'x' ) ) ) )->get_status() );
	}
}
