<?php
/**
 * Which users are mentors, and whose mentees they may see.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Mentorship;

defined( 'ABSPATH' ) || exit;

use Mentorship_Program\Applications\Stages;
use Mentorship_Program\Database\Schema;

/**
 * Looks up a user's mentor records and their assigned mentees.
 *
 * @since 0.1.0
 */
final class Mentor_Directory {

	/**
	 * IDs of the user's mentor applications in approved, active or completed stages.
	 *
	 * @param int $user_id User.
	 * @return int[]
	 */
	public static function mentor_records( int $user_id ): array {
		return Access::own_records( $user_id, 'mentor', Stages::admitted( 'mentor' ), 50 );
	}

	/**
	 * Whether the user mentors (approved, active or completed).
	 *
	 * @param int $user_id User.
	 * @return bool
	 */
	public static function user_is_mentor( int $user_id ): bool {
		return (bool) self::mentor_records( $user_id );
	}

	/**
	 * Mentee application IDs the user mentors now: assigned to one of their approved
	 * or active mentor records, with the mentee accepted or active. A mentorship that
	 * ended (the mentee graduated, was placed, withdrew or was reassigned, or the mentor
	 * completed) no longer counts, so its mentor no longer reads the mentee's record.
	 *
	 * @param int $user_id User.
	 * @return int[]
	 */
	public static function mentee_ids( int $user_id ): array {
		global $wpdb;
		$records = self::mentor_records( $user_id );
		if ( ! $records ) {
			return array();
		}
		$mentee_statuses = array_map( array( Stages::class, 'to_status' ), Stages::RUNNING['mentee'] );
		$mentor_statuses = array_map( array( Stages::class, 'to_status' ), Stages::RUNNING['mentor'] );
		$table           = Schema::table( 'assignments' );
		$sql             = "SELECT a.mentee_id FROM {$table} a INNER JOIN {$wpdb->posts} mentee ON mentee.ID = a.mentee_id INNER JOIN {$wpdb->posts} mentor ON mentor.ID = a.mentor_id"
			. ' WHERE a.mentor_id IN (' . implode( ',', array_fill( 0, count( $records ), '%d' ) ) . ')'
			. ' AND mentee.post_status IN (' . implode( ',', array_fill( 0, count( $mentee_statuses ), '%s' ) ) . ')'
			. ' AND mentor.post_status IN (' . implode( ',', array_fill( 0, count( $mentor_statuses ), '%s' ) ) . ')';
		$ids             = $wpdb->get_col( $wpdb->prepare( $sql, array_merge( $records, $mentee_statuses, $mentor_statuses ) ) ); // phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared, WordPress.DB.DirectDatabaseQuery -- prepared here; our own table joined with posts.
		return array_map( 'intval', (array) $ids );
	}
}
