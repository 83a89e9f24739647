<?php
/**
 * A cohort's roster: mentors with their mentees and capacity, and the unassigned pool.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Domain;

defined( 'ABSPATH' ) || exit;

/**
 * Builds rosters and starts cohorts.
 *
 * @since 0.1.0
 */
final class Roster {

	/**
	 * The roster of a cohort.
	 *
	 * @param array<string, mixed> $cohort Cohort.
	 * @return array<string, mixed>
	 */
	public static function build( array $cohort ): array {
		$mentors  = Applications::list(
			array(
				'type'     => 'mentor',
				'stage'    => array( 'approved', 'active' ),
				'cohort'   => $cohort['id'],
				'per_page' => 2000,
				'orderby'  => 'name',
				'order'    => 'asc',
			)
		)['items'];
		$mentees  = Applications::list(
			array(
				'type'     => 'mentee',
				'stage'    => array( 'accepted', 'active' ),
				'cohort'   => $cohort['id'],
				'per_page' => 10000,
				'orderby'  => 'name',
				'order'    => 'asc',
			)
		)['items'];
		$rows     = Assignments::in_cohort( (int) $cohort['id'] );
		$by_menti = array();
		foreach ( $rows as $row ) {
			$by_menti[ (int) $row['mentee_id'] ] = $row;
		}
		$person       = static fn( array $a ) => array(
			'id'        => $a['id'],
			'name'      => (string) $a['fields']['name'],
			'stage'     => $a['stage'],
			'languages' => (array) $a['fields']['languages'],
			'timezone'  => (string) $a['fields']['timezone'],
			'teams'     => (array) $a['fields']['teams'],
		);
		$mentee_index = array();
		$unassigned   = array();
		foreach ( $mentees as $mentee ) {
			$entry           = $person( $mentee );
			$entry['format'] = (string) ( $mentee['fields']['format'] ?? '' );
			if ( isset( $by_menti[ $mentee['id'] ] ) ) {
				$entry['track']                = (string) $by_menti[ $mentee['id'] ]['track'];
				$mentee_index[ $mentee['id'] ] = $entry;
			} else {
				$unassigned[] = $entry;
			}
		}
		$out_mentors = array();
		$warnings    = array();
		foreach ( $mentors as $mentor ) {
			$entry             = $person( $mentor );
			$entry['capacity'] = (int) ( $mentor['fields']['capacity'] ?? 0 );
			$entry['formats']  = (array) ( $mentor['fields']['formats'] ?? array() );
			$entry['mentees']  = array();
			foreach ( $rows as $row ) {
				if ( (int) $row['mentor_id'] === $mentor['id'] && isset( $mentee_index[ (int) $row['mentee_id'] ] ) ) {
					$entry['mentees'][] = $mentee_index[ (int) $row['mentee_id'] ];
				}
			}
			$entry['remaining'] = max( 0, $entry['capacity'] - count( $entry['mentees'] ) );
			if ( 0 === $entry['remaining'] ) {
				$warnings[] = array(
					'code'    => 'mentor_full',
					'mentor'  => $mentor['id'],
					/* translators: %s: mentor name. */
					'message' => sprintf( __( '%s has no capacity left.', 'mentorship-program' ), $entry['name'] ),
				);
			}
			$out_mentors[] = $entry;
		}
		$capacity = array_sum( array_column( $out_mentors, 'capacity' ) );
		if ( count( $unassigned ) > array_sum( array_column( $out_mentors, 'remaining' ) ) ) {
			$warnings[] = array(
				'code'    => 'not_enough_capacity',
				'message' => __( 'There are more unassigned mentees than free mentor seats.', 'mentorship-program' ),
			);
		}
		return array(
			'cohort'     => $cohort,
			'mentors'    => $out_mentors,
			'unassigned' => $unassigned,
			'totals'     => array(
				'mentors'    => count( $out_mentors ),
				'mentees'    => count( $mentees ),
				'assigned'   => count( $mentee_index ),
				'unassigned' => count( $unassigned ),
				'capacity'   => $capacity,
			),
			'warnings'   => $warnings,
			'timing'     => Cohorts::timing( $cohort ),
		);
	}

	/**
	 * Starts a cohort: assigned accepted mentees and approved mentors with mentees become active.
	 *
	 * @param array<string, mixed> $cohort Cohort.
	 * @param bool                 $notify Whether to e-mail people.
	 * @return array{started: int, skipped: int}
	 */
	public static function start( array $cohort, bool $notify ): array {
		$roster  = self::build( $cohort );
		$started = 0;
		foreach ( $roster['mentors'] as $mentor ) {
			if ( 'approved' === $mentor['stage'] && $mentor['mentees'] && ! is_wp_error( Applications::transition( $mentor['id'], 'active', array( 'notify' => false ) ) ) ) {
				++$started;
			}
			foreach ( $mentor['mentees'] as $mentee ) {
				if ( 'accepted' !== $mentee['stage'] ) {
					continue;
				}
				$result = Applications::transition( $mentee['id'], 'active', array( 'notify' => false ) );
				if ( is_wp_error( $result ) ) {
					continue;
				}
				++$started;
				if ( $notify ) {
					\Mentorship_Program\Notifications\Mailer::queue_for_application( $result, 'cohort_start', array( 'mentor' => $mentor['name'] ) );
				}
			}
		}
		return array(
			'started' => $started,
			'skipped' => count( $roster['unassigned'] ),
		);
	}
}
