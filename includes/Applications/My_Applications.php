<?php
/**
 * What an applicant sees of their own applications.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Applications;

defined( 'ABSPATH' ) || exit;

use Mentorship_Program\Cohorts\Assignments;
use Mentorship_Program\Cohorts\Cohorts;

/**
 * Builds the applicant's view: pipeline, cohort, mentor, next sessions, next steps.
 * Used by GET /me and the "My application" block.
 *
 * @since 0.1.0
 */
final class My_Applications {

	/**
	 * Applications of a user, newest first.
	 *
	 * @param int $user_id User.
	 * @return array<int, array<string, mixed>>
	 */
	public static function for_user( int $user_id ): array {
		if ( ! $user_id ) {
			return array();
		}
		$result = Applications::list(
			array(
				'author'   => $user_id,
				'per_page' => 20,
			)
		);
		return array_map( array( self::class, 'view' ), $result['items'] );
	}

	/**
	 * One application as its owner sees it.
	 *
	 * @param array<string, mixed> $application Application.
	 * @return array<string, mixed>
	 */
	public static function view( array $application ): array {
		$type  = $application['type'];
		$stage = $application['stage'];
		$path  = Stages::path( $type );
		$index = array_search( $stage, $path, true );
		$steps = array();
		foreach ( $path as $i => $step ) {
			$state = 'upcoming';
			if ( false !== $index ) {
				$state = $i < $index ? 'done' : ( $i === $index ? 'current' : 'upcoming' );
			}
			$steps[] = array(
				'stage' => $step,
				'label' => Stages::label( $step ),
				'state' => $state,
			);
		}
		$cohort = $application['cohort'] ? Cohorts::get( (int) $application['cohort'] ) : null;
		$mentor = null;
		if ( 'mentee' === $type ) {
			$mentor_id = Assignments::mentor_of( (int) $application['id'] );
			$record    = $mentor_id ? Applications::get( $mentor_id ) : null;
			if ( $record ) {
				$mentor = array(
					'name'           => (string) $record['fields']['name'],
					'slack_username' => (string) $record['fields']['slack_username'],
					'wporg_username' => (string) $record['fields']['wporg_username'],
				);
			}
		}
		$mentees = array();
		if ( 'mentor' === $type ) {
			foreach ( Assignments::mentees_of( (int) $application['id'] ) as $mentee_id ) {
				$record = Applications::get( $mentee_id );
				if ( $record ) {
					$mentees[] = array(
						'id'             => $mentee_id,
						'name'           => (string) $record['fields']['name'],
						'slack_username' => (string) $record['fields']['slack_username'],
					);
				}
			}
		}
		return array(
			'id'            => (int) $application['id'],
			'type'          => $type,
			'stage'         => $stage,
			'stage_label'   => Stages::label( $stage ),
			'explanation'   => Stages::explanation( $type, $stage ),
			'pipeline'      => $steps,
			'off_path'      => false === $index,
			'cohort'        => $cohort ? array(
				'id'          => $cohort['id'],
				'name'        => $cohort['name'],
				'starts_on'   => $cohort['starts_on'],
				'ends_on'     => $cohort['ends_on'],
				'channel_url' => $cohort['channel_url'],
			) : null,
			'mentor'        => $mentor,
			'mentees'       => $mentees,
			'next_sessions' => $cohort && in_array( $stage, Stages::RUNNING[ $type ] ?? array(), true ) ? Cohorts::sessions( $cohort, 3 ) : array(),
			'can_withdraw'  => in_array( $stage, Stages::open_stages( $type ), true ),
			'placed_team'   => $application['placed_team'],
			'created'       => $application['created'],
		);
	}
}
