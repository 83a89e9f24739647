<?php
/**
 * A cohort's roster: mentors with their mentees and capacity, and the unassigned pool.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Cohorts;

defined( 'ABSPATH' ) || exit;

use Mentorship_Program\REST\Schema_Shapes;
use Mentorship_Program\Applications\Applications;
use Mentorship_Program\Applications\Stages;

/**
 * Builds rosters and starts cohorts.
 *
 * @since 0.1.0
 */
final class Roster {

	use Schema_Shapes;

	/**
	 * A cohort's applications of one type in the given stages, by name.
	 *
	 * @since 0.3.0
	 *
	 * @param int      $cohort_id Cohort.
	 * @param string   $type      mentee or mentor.
	 * @param string[] $stages    Stages.
	 * @param int      $most      How many at the most.
	 * @return array<int, array<string, mixed>>
	 */
	private static function by_name( int $cohort_id, string $type, array $stages, int $most ): array {
		return Applications::list(
			array(
				'type'     => $type,
				'stage'    => $stages,
				'cohort'   => $cohort_id,
				'per_page' => $most,
				'orderby'  => 'name',
				'order'    => 'asc',
			)
		)['items'];
	}

	/**
	 * The roster of a cohort.
	 *
	 * @param array<string, mixed> $cohort Cohort.
	 * @return array<string, mixed>
	 */
	public static function build( array $cohort ): array {
		$mentors  = self::by_name( (int) $cohort['id'], 'mentor', Stages::RUNNING['mentor'], 2000 );
		$mentees  = self::by_name( (int) $cohort['id'], 'mentee', Stages::RUNNING['mentee'], 10000 );
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
	 * The JSON schema of a roster as build() returns it.
	 *
	 * @since 0.2.0
	 *
	 * @return array<string, mixed>
	 */
	public static function schema(): array {
		$strings = self::array_of( array( 'type' => 'string' ) );
		$person  = array(
			'id'        => array( 'type' => 'integer' ),
			'name'      => array( 'type' => 'string' ),
			'stage'     => self::string_enum( Stages::all_stages() ),
			'languages' => $strings,
			'timezone'  => array( 'type' => 'string' ),
			'teams'     => $strings,
		);
		$mentee  = array(
			'type'                 => 'object',
			'properties'           => $person + array(
				'format' => array( 'type' => 'string' ),
				'track'  => array(
					'description' => __( 'Track of an assigned mentee.', 'mentorship-program' ),
					'type'        => 'string',
				),
			),
			'additionalProperties' => false,
		);
		$date    = array(
			'type'   => 'string',
			'format' => 'date',
		);
		return array(
			'$schema'              => 'http://json-schema.org/draft-04/schema#',
			'title'                => 'mentorship-roster',
			'type'                 => 'object',
			'properties'           => array(
				'cohort'     => array(
					'type'                 => 'object',
					'properties'           => Cohorts::properties(),
					'additionalProperties' => false,
				),
				'mentors'    => self::array_of(
					array(
						'type'                 => 'object',
						'properties'           => $person + array(
							'capacity'  => array( 'type' => 'integer' ),
							'formats'   => $strings,
							'mentees'   => self::array_of( $mentee ),
							'remaining' => array( 'type' => 'integer' ),
						),
						'additionalProperties' => false,
					)
				),
				'unassigned' => self::array_of( $mentee ),
				'totals'     => array(
					'type'                 => 'object',
					'properties'           => array_fill_keys( array( 'mentors', 'mentees', 'assigned', 'unassigned', 'capacity' ), array( 'type' => 'integer' ) ),
					'additionalProperties' => false,
				),
				'warnings'   => self::array_of(
					array(
						'type'                 => 'object',
						'properties'           => array(
							'code'    => self::string_enum( array( 'mentor_full', 'not_enough_capacity' ) ),
							'mentor'  => array( 'type' => 'integer' ),
							'message' => array( 'type' => 'string' ),
						),
						'additionalProperties' => false,
					)
				),
				'timing'     => array(
					'type'                 => 'object',
					'properties'           => array(
						'today'            => $date,
						'starts_on_text'   => array( 'type' => 'string' ),
						'ends_on_text'     => array( 'type' => 'string' ),
						'days_to_start'    => array( 'type' => 'integer' ),
						'days_to_end'      => array( 'type' => 'integer' ),
						'early_start'      => array( 'type' => 'boolean' ),
						'early_graduation' => array( 'type' => 'boolean' ),
						'started'          => array(
							'description'          => __( 'Who started the cohort and when, or null.', 'mentorship-program' ),
							'type'                 => array( 'object', 'null' ),
							'properties'           => array(
								'at'         => array( 'type' => 'string' ),
								'at_text'    => array( 'type' => 'string' ),
								'user_id'    => array( 'type' => 'integer' ),
								'user_name'  => array( 'type' => 'string' ),
								'early'      => array( 'type' => 'boolean' ),
								'days_early' => array( 'type' => 'integer' ),
							),
							'additionalProperties' => false,
						),
					),
					'additionalProperties' => false,
				),
			),
			'additionalProperties' => false,
		);
	}

	/**
	 * The JSON schema of what start() returns.
	 *
	 * @since 0.2.0
	 *
	 * @return array<string, mixed>
	 */
	public static function start_schema(): array {
		return array(
			'$schema'              => 'http://json-schema.org/draft-04/schema#',
			'title'                => 'mentorship-cohort-start',
			'type'                 => 'object',
			'properties'           => array(
				'started' => array(
					'description' => __( 'People who became active.', 'mentorship-program' ),
					'type'        => 'integer',
				),
				'skipped' => array(
					'description' => __( 'Accepted mentees left out (no mentor yet).', 'mentorship-program' ),
					'type'        => 'integer',
				),
			),
			'additionalProperties' => false,
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
