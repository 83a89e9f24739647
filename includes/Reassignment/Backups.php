<?php
/**
 * Backup mentors: mentors of a cohort who volunteer to take over a mentee.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Reassignment;

defined( 'ABSPATH' ) || exit;

use Mentorship_Program\Applications\Applications;
use Mentorship_Program\Applications\Audit_Trail;
use Mentorship_Program\Mentorship\Mentor_Directory;
use Mentorship_Program\Mentorship\Access;
use WP_Error;
use Mentorship_Program\Applications\Stages;
use Mentorship_Program\Support\Field_Errors;

/**
 * A mentor application belongs to one cohort, so the flag on it is per cohort: a mentor
 * who volunteers in one cohort is not a backup in the next unless they say so again.
 * It is kept as post meta of the mentor's application, with the time they volunteered,
 * and goes with the application when that is erased.
 *
 * @since 0.3.0
 */
final class Backups {

	/**
	 * Post meta: when the mentor volunteered (UTC, Y-m-d H:i:s); absent when not a backup.
	 */
	public const META = '_mentorship_backup_since';

	/**
	 * Whether a mentor application is a volunteer backup.
	 *
	 * @since 0.3.0
	 *
	 * @param int $mentor_id Mentor application.
	 * @return bool
	 */
	public static function is_backup( int $mentor_id ): bool {
		return '' !== (string) get_post_meta( $mentor_id, self::META, true );
	}

	/**
	 * Since when a mentor is a backup, or ''.
	 *
	 * @since 0.3.0
	 *
	 * @param int $mentor_id Mentor application.
	 * @return string UTC Y-m-d H:i:s or ''.
	 */
	public static function since( int $mentor_id ): string {
		return (string) get_post_meta( $mentor_id, self::META, true );
	}

	/**
	 * Whether the user may change a mentor's backup flag: a coordinator or the mentor.
	 *
	 * @since 0.3.0
	 *
	 * @param int $user_id   User.
	 * @param int $mentor_id Mentor application.
	 * @return bool
	 */
	public static function can_change( int $user_id, int $mentor_id ): bool {
		return Access::is_coordinator( $user_id ) || in_array( $mentor_id, Mentor_Directory::mentor_records( $user_id ), true );
	}

	/**
	 * Volunteers a mentor as a backup, or withdraws the offer.
	 *
	 * @since 0.3.0
	 *
	 * @param int   $mentor_id Mentor application.
	 * @param mixed $backup    Whether they are a backup.
	 * @param int   $user_id   Who changes it.
	 * @return array{mentor: int, backup: bool, since: string}|WP_Error
	 */
	public static function set( int $mentor_id, $backup, int $user_id ) {
		$mentor = Applications::get( $mentor_id );
		if ( ! $mentor || 'mentor' !== $mentor['type'] || ! self::can_change( $user_id, $mentor_id ) ) {
			return new WP_Error( 'mentorship_not_found', __( 'Mentor not found.', 'mentorship-program' ), array( 'status' => 404 ) );
		}
		if ( ! is_bool( $backup ) && ! in_array( $backup, array( 0, 1, '0', '1', 'true', 'false' ), true ) ) {
			return Field_Errors::error( array( 'backup' => __( 'Say yes or no.', 'mentorship-program' ) ) );
		}
		$backup = in_array( $backup, array( true, 1, '1', 'true' ), true );
		if ( $backup && ! in_array( $mentor['stage'], Stages::RUNNING['mentor'], true ) ) {
			return new WP_Error( 'mentorship_not_assignable', __( 'Only approved or active mentors can volunteer as a backup.', 'mentorship-program' ), array( 'status' => 409 ) );
		}
		if ( self::is_backup( $mentor_id ) !== $backup ) {
			if ( $backup ) {
				update_post_meta( $mentor_id, self::META, gmdate( 'Y-m-d H:i:s' ) );
			} else {
				delete_post_meta( $mentor_id, self::META );
			}
			Audit_Trail::record( $mentor_id, 'backup', $backup ? 'no' : 'yes', $backup ? 'yes' : 'no', '', null, $user_id );
		}
		return array(
			'mentor' => $mentor_id,
			'backup' => $backup,
			'since'  => $backup ? mysql_to_rfc3339( self::since( $mentor_id ) ) . 'Z' : '',
		);
	}
}
