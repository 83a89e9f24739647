<?php
/**
 * Which users are mentors, and whose mentees they may see.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Domain;

defined( 'ABSPATH' ) || exit;

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
		if ( ! $user_id ) {
			return array();
		}
		$found = wp_cache_get( 'mentor_records_' . $user_id, 'mentorship' );
		if ( is_array( $found ) ) {
			return $found;
		}
		$ids = get_posts(
			array(
				'post_type'      => Post_Types::MENTOR,
				'post_status'    => array_map( array( Stages::class, 'to_status' ), array( 'approved', 'active', 'completed' ) ),
				'author'         => $user_id,
				'fields'         => 'ids',
				'posts_per_page' => 50,
				'no_found_rows'  => true,
			)
		);
		$ids = array_map( 'intval', $ids );
		wp_cache_set( 'mentor_records_' . $user_id, $ids, 'mentorship', 60 );
		return $ids;
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
	 * Mentee application IDs assigned to any of the user's mentor records.
	 *
	 * @param int $user_id User.
	 * @return int[]
	 */
	public static function mentee_ids( int $user_id ): array {
		$records = self::mentor_records( $user_id );
		if ( ! $records ) {
			return array();
		}
		return array_map( static fn( $row ) => (int) $row['mentee_id'], Assignments::rows_for( $records, 'mentor_id' ) );
	}
}
