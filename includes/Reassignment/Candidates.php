<?php
/**
 * Who could take over a mentee: backups first, then everyone else with a free seat.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Reassignment;

defined( 'ABSPATH' ) || exit;

use Mentorship_Program\Applications\Applications;
use Mentorship_Program\Cohorts\Assignments;
use Mentorship_Program\Matching\Cohort_Matching;
use Mentorship_Program\Cohorts\Cohorts;
use Mentorship_Program\Matching\Problem;
use WP_Error;
use Mentorship_Program\Applications\Stages;

/**
 * Scores each candidate with the matcher's own scorer (the same Problem, Pair_Scorer and
 * weights the cohort's matching uses), so the score and the explanation a coordinator
 * reads here are the ones they read in the match suggestions. Mentors without a free
 * seat are left out: a reassignment never goes over capacity; so is a mentor who has
 * just handed this mentee back.
 *
 * @since 0.3.0
 */
final class Candidates {

	/**
	 * The candidates for a mentee, volunteer backups first, then by score.
	 *
	 * @since 0.3.0
	 *
	 * @param int $mentee_id Mentee application.
	 * @return array{mentee: array<string, mixed>, current: array<string, mixed>|null, candidates: array<int, array<string, mixed>>}|WP_Error
	 */
	public static function for_mentee( int $mentee_id ) {
		$mentee = Applications::get( $mentee_id );
		if ( ! $mentee || 'mentee' !== $mentee['type'] ) {
			return new WP_Error( 'mentorship_not_found', __( 'Mentee not found.', 'mentorship-program' ), array( 'status' => 404 ) );
		}
		if ( ! in_array( $mentee['stage'], Stages::RUNNING['mentee'], true ) ) {
			return new WP_Error( 'mentorship_not_assignable', __( 'Only accepted or active mentees can be reassigned.', 'mentorship-program' ), array( 'status' => 409 ) );
		}
		$cohort = $mentee['cohort'] ? Cohorts::get( (int) $mentee['cohort'] ) : null;
		if ( ! $cohort ) {
			return new WP_Error( 'mentorship_not_assignable', __( 'This mentee is in no cohort, so there are no mentors to choose from.', 'mentorship-program' ), array( 'status' => 409 ) );
		}
		$current = Assignments::mentor_of( $mentee_id );
		$request = Reassignment::request_of( $mentee_id );
		// A mentor who just handed this mentee back is not offered them again.
		$left   = $request && 'mentor' === $request['by'] ? $request['mentor'] : 0;
		$people = Cohort_Matching::people( $cohort );
		$self   = array_values( array_filter( $people['mentees'], static fn( $p ) => (int) $p['id'] === $mentee_id ) );
		$load   = array();
		foreach ( Assignments::in_cohort( (int) $cohort['id'] ) as $row ) {
			$load[ (int) $row['mentor_id'] ] = ( $load[ (int) $row['mentor_id'] ] ?? 0 ) + 1;
		}
		$out = array(
			'mentee'     => array(
				'id'   => $mentee_id,
				'name' => (string) $mentee['fields']['name'],
			),
			'current'    => null,
			'candidates' => array(),
		);
		foreach ( $people['mentors'] as $mentor ) {
			if ( (int) $mentor['id'] === $current ) {
				$out['current'] = array(
					'id'   => $current,
					'name' => (string) $mentor['name'],
				);
			}
		}
		if ( ! $self ) {
			return $out;
		}
		$problem = new Problem(
			$self,
			$people['mentors'],
			array(
				'reference_date' => $cohort['starts_on'] ? $cohort['starts_on'] : gmdate( 'Y-m-d' ),
				'weights'        => Cohort_Matching::weights(),
			)
		);
		$texts   = Cohort_Matching::texts();
		foreach ( $problem->mentors as $r => $normal ) {
			$mentor_id = (int) $normal['id'];
			$free      = (int) $normal['capacity'] - ( $load[ $mentor_id ] ?? 0 );
			if ( $mentor_id === $current || $mentor_id === $left || $free < 1 ) {
				continue;
			}
			$explained = $problem->scorer->explain( 0, $r );
			$parts     = array();
			foreach ( $explained['parts'] as $key => $part ) {
				$part['points'] = round( $part['points'] / 100, 2 );
				$parts[ $key ]  = $part;
			}
			$name                = '';
			$out['candidates'][] = array(
				'mentor'       => array(
					'id'   => $mentor_id,
					'name' => $name,
				),
				'backup'       => Backups::is_backup( $mentor_id ),
				'score'        => round( $explained['score'] / 100, 2 ),
				'fits'         => (bool) $explained['allowed'],
				'free_seats'   => $free,
				'breakdown'    => $parts,
				'explanations' => $explained['explanations'],
				'reasons_text' => Cohort_Matching::reasons_text( $explained['explanations'], $texts ),
			);
		}
		$names = array_column( $people['mentors'], 'name', 'id' );
		foreach ( $out['candidates'] as &$candidate ) {
			$candidate['mentor']['name'] = (string) ( $names[ $candidate['mentor']['id'] ] ?? '' );
		}
		unset( $candidate );
		usort(
			$out['candidates'],
			static fn( $a, $b ) => array( (int) $b['backup'], (int) $b['fits'], $b['score'], $a['mentor']['id'] ) <=> array( (int) $a['backup'], (int) $a['fits'], $a['score'], $b['mentor']['id'] )
		);
		return $out;
	}
}
