<?php
/**
 * What a mentor or a mentee sees of their running mentorship.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Mentorship;

defined( 'ABSPATH' ) || exit;

use Mentorship_Program\Applications\Applications;
use Mentorship_Program\Cohorts\Assignments;
use Mentorship_Program\Cohorts\Cohorts;
use Mentorship_Program\Mentorship\Mentor_Directory;
use Mentorship_Program\Reassignment\Backups;
use Mentorship_Program\Reassignment\History;
use Mentorship_Program\Reassignment\Reassignment;
use Mentorship_Program\Applications\Stages;

/**
 * The "My mentorship" block's view, built from the current user's own records only:
 * as a mentor, each assigned mentee with their goals and last check-in; as a mentee,
 * their mentor, goals and the check-ins that concern them (never private notes).
 *
 * @since 0.2.0
 */
final class My_Mentorship {

	/**
	 * Check-ins shown to a mentee.
	 */
	public const CHECKINS_SHOWN = 10;

	/**
	 * The user's mentoring (as mentor) and mentorships (as mentee).
	 *
	 * @since 0.2.0
	 *
	 * @param int $user_id User.
	 * @return array{mentoring: array<int, array<string, mixed>>, mentored: array<int, array<string, mixed>>}
	 */
	public static function for_user( int $user_id ): array {
		$out = array(
			'mentoring' => array(),
			'mentored'  => array(),
		);
		if ( ! $user_id ) {
			return $out;
		}
		foreach ( Mentor_Directory::mentor_records( $user_id ) as $mentor_id ) {
			$mentor = Applications::get( $mentor_id );
			$ids    = Assignments::mentees_of( $mentor_id );
			// A mentor without mentees still sees the cohort, to offer to be a backup.
			if ( ! $mentor || ( ! $ids && ! in_array( $mentor['stage'], Stages::RUNNING['mentor'], true ) ) ) {
				continue;
			}
			$goals   = Goals::of_mentees( $ids );
			$mentees = array();
			foreach ( $ids as $mentee_id ) {
				$mentee = Applications::get( $mentee_id );
				if ( ! $mentee ) {
					continue;
				}
				$last      = Checkins::list(
					array(
						'mentee'   => $mentee_id,
						'per_page' => 1,
					),
					$user_id
				)['items'];
				$mentees[] = array(
					'id'           => $mentee_id,
					'name'         => (string) $mentee['fields']['name'],
					'chat'         => ltrim( (string) $mentee['fields']['slack_username'], '@' ),
					'goals'        => $goals[ $mentee_id ] ?? array(),
					'last_checkin' => $last[0] ?? null,
				);
			}
			$out['mentoring'][] = array(
				'id'         => $mentor_id,
				'cohort'     => self::cohort( (int) $mentor['cohort'] ),
				'mentees'    => $mentees,
				'backup'     => Backups::is_backup( $mentor_id ),
				'can_backup' => in_array( $mentor['stage'], Stages::RUNNING['mentor'], true ),
			);
		}
		foreach ( Access::own_mentee_records( $user_id ) as $mentee_id ) {
			$mentee = Applications::get( $mentee_id );
			if ( ! $mentee ) {
				continue;
			}
			$mentor_id         = Assignments::mentor_of( $mentee_id );
			$mentor            = $mentor_id ? Applications::get( $mentor_id ) : null;
			$out['mentored'][] = array(
				'id'       => $mentee_id,
				'stage'    => (string) $mentee['stage'],
				'cohort'   => self::cohort( (int) $mentee['cohort'] ),
				'mentor'   => $mentor ? array(
					'name' => (string) $mentor['fields']['name'],
					'chat' => ltrim( (string) $mentor['fields']['slack_username'], '@' ),
				) : null,
				'goals'    => Goals::of_mentee( $mentee_id ),
				'checkins' => Checkins::list(
					array(
						'mentee'   => $mentee_id,
						'per_page' => self::CHECKINS_SHOWN,
					),
					$user_id
				)['items'],
				'can_edit' => in_array( $mentee['stage'], Stages::admitted( 'mentee' ), true ),
				// Mentor names and dates only: never why a mentorship ended.
				'history'  => History::of_mentee( $mentee_id, false ),
				'request'  => self::request( $mentee_id ),
				'can_ask'  => $mentor && in_array( $mentee['stage'], Stages::RUNNING['mentee'], true ),
			);
		}
		return $out;
	}

	/**
	 * When the mentee asked for a new mentor (or their mentor stepped back), or null.
	 *
	 * @param int $mentee_id Mentee application.
	 * @return array{by: string, at: string}|null
	 */
	private static function request( int $mentee_id ): ?array {
		$request = Reassignment::request_of( $mentee_id );
		return $request ? array(
			'by' => $request['by'],
			'at' => $request['at'],
		) : null;
	}

	/**
	 * A cohort's name and dates, or null.
	 *
	 * @param int $cohort_id Cohort.
	 * @return array<string, mixed>|null
	 */
	private static function cohort( int $cohort_id ): ?array {
		$cohort = $cohort_id ? Cohorts::get( $cohort_id ) : null;
		return $cohort ? array(
			'name'      => (string) $cohort['name'],
			'starts_on' => (string) $cohort['starts_on'],
			'ends_on'   => (string) $cohort['ends_on'],
		) : null;
	}
}
