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
use Mentorship_Program\Mentorship\Personal_Data as Mentorship_Personal_Data;

/**
 * Its own exporter and eraser. The history names the other person of each span (a
 * mentee's mentors, a mentor's mentees): that is the person's own mentorship, as the
 * check-ins are. The eraser runs before the applications' eraser, so it still finds
 * the records; it removes every span either side took part in, the backup offer and
 * an open request.
 *
 * @since 0.3.0
 */
final class Personal_Data {

	/**
	 * Adds hooks.
	 *
	 * @since 0.3.0
	 */
	public function register(): void {
		add_filter( 'wp_privacy_personal_data_exporters', array( $this, 'register_exporter' ) );
		add_filter( 'wp_privacy_personal_data_erasers', array( $this, 'register_eraser' ), 5 );
	}

	/**
	 * Registers the exporter.
	 *
	 * @since 0.3.0
	 *
	 * @param array<string, array<string, mixed>> $exporters Exporters.
	 * @return array<string, array<string, mixed>>
	 */
	public function register_exporter( array $exporters ): array {
		$exporters['mentorship-program-mentor-history'] = array(
			'exporter_friendly_name' => __( 'Mentorship mentor history', 'mentorship-program' ),
			'callback'               => array( self::class, 'export' ),
		);
		return $exporters;
	}

	/**
	 * Registers the eraser.
	 *
	 * @since 0.3.0
	 *
	 * @param array<string, array<string, mixed>> $erasers Erasers.
	 * @return array<string, array<string, mixed>>
	 */
	public function register_eraser( array $erasers ): array {
		$erasers['mentorship-program-mentor-history'] = array(
			'eraser_friendly_name' => __( 'Mentorship mentor history', 'mentorship-program' ),
			'callback'             => array( self::class, 'erase' ),
		);
		return $erasers;
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
		$ids    = Mentorship_Personal_Data::applications( (string) $email, (int) $page );
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
					array(
						'name'  => $is_mentor ? __( 'Mentee', 'mentorship-program' ) : __( 'Mentor', 'mentorship-program' ),
						'value' => $name( (int) ( $is_mentor ? $row['mentee_id'] : $row['mentor_id'] ) ),
					),
					array(
						'name'  => __( 'From', 'mentorship-program' ),
						'value' => (string) $row['started_at'],
					),
					array(
						'name'  => __( 'Until', 'mentorship-program' ),
						'value' => (string) $row['ended_at'],
					),
					array(
						'name'  => __( 'Why it ended', 'mentorship-program' ),
						'value' => $labels[ $row['end_reason'] ] ?? '',
					),
				);
				$data[] = array(
					'group_id'          => 'mentorship-mentor-history',
					'group_label'       => __( 'Mentorship mentor history', 'mentorship-program' ),
					'group_description' => __( 'Who mentored whom, and when.', 'mentorship-program' ),
					'item_id'           => 'mentorship-history-' . $row['id'],
					'data'              => $items,
				);
			}
			if ( $is_mentor && Backups::is_backup( $id ) ) {
				$data[] = array(
					'group_id'    => 'mentorship-backup',
					'group_label' => __( 'Backup mentor', 'mentorship-program' ),
					'item_id'     => 'mentorship-backup-' . $id,
					'data'        => array(
						array(
							'name'  => __( 'Volunteered as a backup mentor on', 'mentorship-program' ),
							'value' => Backups::since( $id ),
						),
					),
				);
			}
			$request = $is_mentor ? null : Reassignment::request_of( $id );
			if ( $request ) {
				$data[] = array(
					'group_id'    => 'mentorship-mentor-request',
					'group_label' => __( 'Request for a new mentor', 'mentorship-program' ),
					'item_id'     => 'mentorship-mentor-request-' . $id,
					'data'        => array(
						array(
							'name'  => __( 'Reason', 'mentorship-program' ),
							'value' => $request['reason'],
						),
						array(
							'name'  => __( 'Asked on', 'mentorship-program' ),
							'value' => $request['at'],
						),
					),
				);
			}
		}
		return array(
			'data' => $data,
			'done' => count( $ids ) < Mentorship_Personal_Data::PER_PAGE,
		);
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
		$ids     = Mentorship_Personal_Data::applications( (string) $email, (int) $page );
		$removed = 0;
		foreach ( $ids as $id ) {
			$removed += History::delete_for( $id );
			$removed += delete_post_meta( $id, Backups::META ) ? 1 : 0;
			$removed += delete_post_meta( $id, Reassignment::REQUEST_META ) ? 1 : 0;
		}
		return array(
			'items_removed'  => $removed,
			'items_retained' => 0,
			'messages'       => array(),
			'done'           => count( $ids ) < Mentorship_Personal_Data::PER_PAGE,
		);
	}
}
