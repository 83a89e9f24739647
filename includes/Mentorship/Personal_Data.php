<?php
/**
 * Privacy: check-ins and goals in WordPress's personal data exporter and eraser.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Mentorship;

defined( 'ABSPATH' ) || exit;

use Mentorship_Program\Applications\Post_Types;
use Mentorship_Program\Privacy\Personal_Data as Privacy_Personal_Data;

/**
 * Its own exporter and eraser, registered beside the applications' ones.
 *
 * A mentee's export holds their goals and the check-ins about them as they see them
 * (what was covered, next steps, whether they attended); a mentor's export holds the
 * check-ins they logged in full, private notes included, since they wrote them. The
 * eraser runs before the applications' eraser (which deletes the application records),
 * so it still finds them; deleting an application removes its check-ins and goals too.
 *
 * @since 0.2.0
 */
final class Personal_Data extends Privacy_Personal_Data {

	/**
	 * The exporter's and eraser's key.
	 *
	 * @since 0.2.0
	 *
	 * @return string
	 */
	protected function key(): string {
		return 'mentorship-program-checkins';
	}

	/**
	 * The exporter's and eraser's name.
	 *
	 * @since 0.2.0
	 *
	 * @return string
	 */
	protected function name(): string {
		return __( 'Mentorship check-ins and goals', 'mentorship-program' );
	}

	/**
	 * Exports check-ins and goals.
	 *
	 * @since 0.2.0
	 *
	 * @param string $email E-mail.
	 * @param int    $page  Page.
	 * @return array{data: array<int, array<string, mixed>>, done: bool}
	 */
	public static function export( $email, $page = 1 ): array {
		$ids   = self::applications( (string) $email, (int) $page );
		$data  = array();
		$kinds = Checkins::kind_labels();
		foreach ( $ids as $id ) {
			$is_mentor = Post_Types::MENTOR === get_post_type( $id );
			foreach ( Checkins::rows_for( $id ) as $row ) {
				$wrote = $is_mentor && (int) $row['mentor_id'] === $id;
				$items = array(
					self::field( __( 'Date', 'mentorship-program' ), (string) $row['held_on'] ),
					self::field( __( 'Kind', 'mentorship-program' ), $kinds[ $row['kind'] ] ?? (string) $row['kind'] ),
					self::field( __( 'What was covered', 'mentorship-program' ), (string) $row['covered'] ),
					self::field( __( 'Next steps', 'mentorship-program' ), (string) $row['next_steps'] ),
				);
				if ( $wrote ) {
					$items[] = self::field( __( 'Asked a coordinator for help', 'mentorship-program' ), $row['needs_help'] ? __( 'Yes', 'mentorship-program' ) : __( 'No', 'mentorship-program' ) );
					$items[] = self::field( __( 'Private note', 'mentorship-program' ), (string) $row['private_note'] );
				} else {
					$items[] = self::field( __( 'Attended', 'mentorship-program' ), in_array( $id, $row['attendee_ids'], true ) ? __( 'Yes', 'mentorship-program' ) : __( 'No', 'mentorship-program' ) );
				}
				$data[] = self::item( 'mentorship-checkins', __( 'Mentorship check-ins', 'mentorship-program' ), __( 'Meetings and exchanges between mentors and mentees.', 'mentorship-program' ), 'mentorship-checkin-' . $row['id'] . '-' . $id, $items );
			}
			foreach ( Goals::of_mentee( $id ) as $goal ) {
				$data[] = self::item(
					'mentorship-goals',
					__( 'Mentorship goals', 'mentorship-program' ),
					__( 'Goals a mentee set during the mentorship.', 'mentorship-program' ),
					'mentorship-goal-' . $goal['id'],
					array(
						self::field( __( 'Goal', 'mentorship-program' ), $goal['title'] ),
						self::field( __( 'Status', 'mentorship-program' ), 'done' === $goal['status'] ? __( 'Done', 'mentorship-program' ) : __( 'Open', 'mentorship-program' ) ),
						self::field( __( 'Due in week', 'mentorship-program' ), null === $goal['due_week'] ? '' : (string) $goal['due_week'] ),
						self::field( __( 'Set on', 'mentorship-program' ), $goal['created'] ),
					)
				);
			}
		}
		$user = 1 === (int) $page ? get_user_by( 'email', (string) $email ) : false;
		$seen = $user ? Last_Seen::get( (int) $user->ID ) : null;
		if ( null !== $seen ) {
			$data[] = self::item(
				'mentorship-last-seen',
				__( 'Mentorship activity', 'mentorship-program' ),
				__( 'When you were last seen on the site, which coordinators use to find mentors who may need a reminder.', 'mentorship-program' ),
				'mentorship-last-seen-' . (int) $user->ID,
				array(
					self::field( __( 'Last seen (UTC)', 'mentorship-program' ), gmdate( 'Y-m-d H:i', $seen ) ),
				)
			);
		}
		return self::exported( $data, count( $ids ) );
	}

	/**
	 * Erases check-ins and goals of the person's applications.
	 *
	 * @since 0.2.0
	 *
	 * @param string $email E-mail.
	 * @param int    $page  Page.
	 * @return array{items_removed: int, items_retained: int, messages: string[], done: bool}
	 */
	public static function erase( $email, $page = 1 ): array {
		$ids     = self::applications( (string) $email, (int) $page );
		$removed = 0;
		foreach ( $ids as $id ) {
			$removed += Checkins::delete_for( $id ) + Goals::delete_for( $id );
		}
		$user = 1 === (int) $page ? get_user_by( 'email', (string) $email ) : false;
		if ( $user && Last_Seen::forget( (int) $user->ID ) ) {
			++$removed;
		}
		return self::erased( $removed, count( $ids ) );
	}
}
