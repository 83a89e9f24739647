<?php
/**
 * Who may see and change which part of a running mentorship.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Mentorship;

defined( 'ABSPATH' ) || exit;

use Mentorship_Program\Applications\Applications;
use Mentorship_Program\Cohorts\Assignments;
use Mentorship_Program\Mentorship\Mentor_Directory;
use Mentorship_Program\Applications\Post_Types;
use Mentorship_Program\Applications\Stages;

/**
 * The one place for "may this user …" questions of check-ins and goals: coordinators
 * everything, a mentor only the mentees assigned to them, a mentee only their own record.
 *
 * @since 0.2.0
 */
final class Access {

	/**
	 * Whether the user coordinates the program.
	 *
	 * @since 0.2.0
	 *
	 * @param int $user_id User.
	 * @return bool
	 */
	public static function is_coordinator( int $user_id ): bool {
		return $user_id > 0 && user_can( $user_id, 'mentorship_manage_cohorts' );
	}

	/**
	 * The user's mentee records in a running stage.
	 *
	 * @since 0.2.0
	 *
	 * @param int $user_id User.
	 * @return int[]
	 */
	public static function own_mentee_records( int $user_id ): array {
		return self::own_records( $user_id, 'mentee', Stages::admitted( 'mentee' ), 20 );
	}

	/**
	 * The user's own applications of one type in some stages, kept for a minute (the
	 * permission checks of one screen ask many times).
	 *
	 * @since 0.3.0
	 *
	 * @param int      $user_id User.
	 * @param string   $type    mentee or mentor.
	 * @param string[] $stages  Stages.
	 * @param int      $most    Most records read.
	 * @return int[]
	 */
	public static function own_records( int $user_id, string $type, array $stages, int $most ): array {
		if ( ! $user_id ) {
			return array();
		}
		$key   = $type . '_records_' . implode( '-', $stages ) . '_' . $user_id;
		$found = wp_cache_get( $key, 'mentorship' );
		if ( is_array( $found ) ) {
			return $found;
		}
		$ids = array_map(
			'intval',
			get_posts(
				array(
					'post_type'      => 'mentor' === $type ? Post_Types::MENTOR : Post_Types::MENTEE,
					'post_status'    => array_map( array( Stages::class, 'to_status' ), $stages ),
					'author'         => $user_id,
					'fields'         => 'ids',
					'posts_per_page' => $most,
					'no_found_rows'  => true,
				)
			)
		);
		wp_cache_set( $key, $ids, 'mentorship', 60 );
		return $ids;
	}

	/**
	 * Whether the user takes part (coordinator, mentor or running mentee).
	 *
	 * @since 0.2.0
	 *
	 * @param int $user_id User.
	 * @return bool
	 */
	public static function takes_part( int $user_id ): bool {
		return self::is_coordinator( $user_id ) || Mentor_Directory::user_is_mentor( $user_id ) || (bool) self::own_mentee_records( $user_id );
	}

	/**
	 * Whether the user mentors this mentee (owns the mentor record assigned to them).
	 *
	 * @since 0.2.0
	 *
	 * @param int $user_id   User.
	 * @param int $mentee_id Mentee application.
	 * @return bool
	 */
	public static function mentors( int $user_id, int $mentee_id ): bool {
		$mentor_id = Assignments::mentor_of( $mentee_id );
		return $mentor_id > 0 && in_array( $mentor_id, Mentor_Directory::mentor_records( $user_id ), true );
	}

	/**
	 * Whether the mentee record is the user's own.
	 *
	 * @since 0.2.0
	 *
	 * @param int $user_id   User.
	 * @param int $mentee_id Mentee application.
	 * @return bool
	 */
	public static function is_own( int $user_id, int $mentee_id ): bool {
		return in_array( $mentee_id, self::own_mentee_records( $user_id ), true );
	}

	/**
	 * Whether the user may read a mentee's goals and check-ins.
	 *
	 * @since 0.2.0
	 *
	 * @param int $user_id   User.
	 * @param int $mentee_id Mentee application.
	 * @return bool
	 */
	public static function can_read_mentee( int $user_id, int $mentee_id ): bool {
		return self::is_coordinator( $user_id ) || self::mentors( $user_id, $mentee_id ) || self::is_own( $user_id, $mentee_id );
	}

	/**
	 * Whether the user may log check-ins about a mentee.
	 *
	 * @since 0.2.0
	 *
	 * @param int $user_id   User.
	 * @param int $mentee_id Mentee application.
	 * @return bool
	 */
	public static function can_log( int $user_id, int $mentee_id ): bool {
		return self::is_coordinator( $user_id ) || self::mentors( $user_id, $mentee_id );
	}

	/**
	 * Whether the user may add and edit a mentee's goals.
	 *
	 * @since 0.2.0
	 *
	 * @param int $user_id   User.
	 * @param int $mentee_id Mentee application.
	 * @return bool
	 */
	public static function can_edit_goals( int $user_id, int $mentee_id ): bool {
		return self::is_coordinator( $user_id ) || self::is_own( $user_id, $mentee_id );
	}

	/**
	 * A mentee application that is in a running stage, or null.
	 *
	 * @since 0.2.0
	 *
	 * @param int $mentee_id Mentee application.
	 * @return array<string, mixed>|null
	 */
	public static function running_mentee( int $mentee_id ): ?array {
		$mentee = $mentee_id > 0 ? Applications::get( $mentee_id ) : null;
		if ( ! $mentee || 'mentee' !== $mentee['type'] || ! in_array( $mentee['stage'], Stages::admitted( 'mentee' ), true ) ) {
			return null;
		}
		return $mentee;
	}
}
