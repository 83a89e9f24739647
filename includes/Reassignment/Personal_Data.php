<?php
/**
 * Privacy: mentor history, backup offers and requests for a new mentor.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Reassignment;

defined( 'ABSPATH' ) || exit;

use Mentorship_Program\Applications\Applications;
use Mentorship_Program\Applications\Post_Types;
use Mentorship_Program\Privacy\Personal_Data as Privacy_Personal_Data;

/**
 * Its own exporter and eraser. The history names the other person of each span (a
 * mentee's mentors, a mentor's mentees): that is the person's own mentorship, as the
 * check-ins are. The eraser runs before the applications' eraser, so it still finds
 * the records; it removes every span either side took part in, the backup offer and
 * an open request.
 *
 * @since 0.3.0
 */
final class Personal_Data extends Privacy_Personal_Data {

	/**
	 * The exporter's and eraser's key.
	 *
	 * @since 0.3.0
	 *
	 * @return string
	 */
	protected function key(): string {
		return 'mentorship-program-mentor-history';
	}

	/**
	 * The exporter's and eraser's name.
	 *
	 * @since 0.3.0
	 *
	 * @return string
	 */
	protected function name(): string {
		return __( 'Mentorship mentor history', 'mentorship-program' );
	}

	/**
	 * Exports the history, the backup offer and an open request.
	 *
	 * @since 0.3.0
	 *
	 * @param string $email E-mail.
	 * @param int    $page  Page.
	 * @return array{data: array<int, array<string, mixed>>, done: bool}
	 */
	public static function export( $email, $page = 1 ): array {
		$ids    = self::applications( (string) $email, (int) $page );
		$data   = array();
		$labels = History::reason_labels();
		$name   = static function ( int $id ): string {
			$app = Applications::get( $id );
			return $app ? (string) $app['fields']['name'] : '';
		};
		foreach ( $ids as $id ) {
			$is_mentor = Post_Types::MENTOR === get_post_type( $id );
			foreach ( History::rows_for( $id ) as $row ) {
				$items  = array(
					self::field( $is_mentor ? __( 'Mentee', 'mentorship-program' ) : __( 'Mentor', 'mentorship-program' ), $name( (int) ( $is_mentor ? $row['mentee_id'] : $row['mentor_id'] ) ) ),
					self::field( __( 'From', 'mentorship-program' ), (string) $row['started_at'] ),
					self::field( __( 'Until', 'mentorship-program' ), (string) $row['ended_at'] ),
					self::field( __( 'Why it ended', 'mentorship-program' ), $labels[ $row['end_reason'] ] ?? '' ),
				);
				$data[] = self::item( 'mentorship-mentor-history', __( 'Mentorship mentor history', 'mentorship-program' ), __( 'Who mentored whom, and when.', 'mentorship-program' ), 'mentorship-history-' . $row['id'], $items );
			}
			if ( $is_mentor && Backups::is_backup( $id ) ) {
				$data[] = self::item(
					'mentorship-backup',
					__( 'Backup mentor', 'mentorship-program' ),
					'',
					'mentorship-backup-' . $id,
					array(
						self::field( __( 'Volunteered as a backup mentor on', 'mentorship-program' ), Backups::since( $id ) ),
					)
				);
			}
			$request = $is_mentor ? null : Reassignment::request_of( $id );
			if ( $request ) {
				$data[] = self::item(
					'mentorship-mentor-request',
					__( 'Request for a new mentor', 'mentorship-program' ),
					'',
					'mentorship-mentor-request-' . $id,
					array(
						self::field( __( 'Reason', 'mentorship-program' ), $request['reason'] ),
						self::field( __( 'Asked on', 'mentorship-program' ), $request['at'] ),
					)
				);
			}
		}
		return self::exported( $data, count( $ids ) );
	}

	/**
	 * Erases the history, the backup offer and an open request.
	 *
	 * @since 0.3.0
	 *
	 * @param string $email E-mail.
	 * @param int    $page  Page.
	 * @return array{items_removed: int, items_retained: int, messages: string[], done: bool}
	 */
	public static function erase( $email, $page = 1 ): array {
		$ids     = self::applications( (string) $email, (int) $page );
		$removed = 0;
		foreach ( $ids as $id ) {
			$removed += History::delete_for( $id );
			$removed += delete_post_meta( $id, Backups::META ) ? 1 : 0;
			$removed += delete_post_meta( $id, Reassignment::REQUEST_META ) ? 1 : 0;
		}
		return self::erased( $removed, count( $ids ) );
	}
}
