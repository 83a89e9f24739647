<?php
/**
 * Who mentored whom, from when to when, and why it ended.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Reassignment;

defined( 'ABSPATH' ) || exit;

use Mentorship_Program\Applications\Applications;
use Mentorship_Program\Cohorts\Assignments;

/**
 * One row per span of a mentee with a mentor. A span opens when an assignment is made
 * (by any path: matching, the roster, a reassignment) and closes with a reason when it
 * ends. Assignments made before this table existed get their span when they end, from
 * the assignment's own start date.
 *
 * @since 0.3.0
 */
final class History {

	/**
	 * Why a span ended.
	 */
	public const REASONS = array( 'reassigned', 'stepped_back', 'unassigned' );

	/**
	 * Labels of the reasons.
	 *
	 * @since 0.3.0
	 *
	 * @return array<string, string>
	 */
	public static function reason_labels(): array {
		return array(
			'reassigned'   => __( 'Reassigned by a coordinator', 'mentorship-program' ),
			'stepped_back' => __( 'The mentor could not continue', 'mentorship-program' ),
			'unassigned'   => __( 'Unassigned', 'mentorship-program' ),
		);
	}

	/**
	 * Opens a span, unless one is open for the pair already.
	 *
	 * @since 0.3.0
	 *
	 * @param int         $mentee_id  Mentee application.
	 * @param int         $mentor_id  Mentor application.
	 * @param string|null $started_at UTC datetime; now by default.
	 * @return bool Whether the span is (now) open.
	 */
	public static function start( int $mentee_id, int $mentor_id, ?string $started_at = null ): bool {
		global $wpdb;
		if ( self::open_id( $mentee_id, $mentor_id ) ) {
			return true;
		}
		$mentor = Applications::get( $mentor_id );
		return (bool) $wpdb->insert( // phpcs:ignore WordPress.DB.DirectDatabaseQuery.DirectQuery -- our own table.
			Schema::table(),
			array(
				'mentee_id'  => $mentee_id,
				'mentor_id'  => $mentor_id,
				'cohort_id'  => $mentor ? (int) $mentor['cohort'] : 0,
				'started_at' => $started_at ?? gmdate( 'Y-m-d H:i:s' ),
				'note'       => '',
			),
			array( '%d', '%d', '%d', '%s', '%s' )
		);
	}

	/**
	 * Closes the open span of a pair; writes a closed one when none was open (an
	 * assignment older than the history), starting at $started_at.
	 *
	 * @since 0.3.0
	 *
	 * @param int         $mentee_id  Mentee application.
	 * @param int         $mentor_id  Mentor application.
	 * @param string      $reason     One of REASONS.
	 * @param string      $note       The words given with it (coordinators only).
	 * @param int         $user_id    Who ended it.
	 * @param string|null $started_at Start of the assignment, for a span never opened.
	 * @return bool
	 */
	public static function end( int $mentee_id, int $mentor_id, string $reason, string $note, int $user_id, ?string $started_at = null ): bool {
		global $wpdb;
		$open = self::open_id( $mentee_id, $mentor_id );
		if ( ! $open ) {
			if ( null === $started_at ) {
				return true;
			}
			if ( ! self::start( $mentee_id, $mentor_id, $started_at ) ) {
				return false;
			}
			$open = self::open_id( $mentee_id, $mentor_id );
		}
		return false !== $wpdb->update( // phpcs:ignore WordPress.DB.DirectDatabaseQuery -- our own table.
			Schema::table(),
			array(
				'ended_at'   => gmdate( 'Y-m-d H:i:s' ),
				'end_reason' => in_array( $reason, self::REASONS, true ) ? $reason : 'unassigned',
				'note'       => $note,
				'ended_by'   => $user_id,
			),
			array( 'id' => $open ),
			array( '%s', '%s', '%s', '%d' ),
			array( '%d' )
		);
	}

	/**
	 * A mentee's spans, oldest first, shaped for a coordinator (with the reason's words)
	 * or for the mentee (mentor names and dates only).
	 *
	 * @since 0.3.0
	 *
	 * @param int  $mentee_id Mentee application.
	 * @param bool $full      Whether to include reasons and notes.
	 * @return array<int, array<string, mixed>>
	 */
	public static function of_mentee( int $mentee_id, bool $full ): array {
		global $wpdb;
		$table = Schema::table();
		$rows  = (array) $wpdb->get_results( $wpdb->prepare( "SELECT * FROM {$table} WHERE mentee_id = %d ORDER BY started_at, id", $mentee_id ), ARRAY_A ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared, WordPress.DB.DirectDatabaseQuery -- our own table.
		// The current assignment predates the history: show it as the open span.
		$current = Assignments::of_mentee( $mentee_id );
		if ( $current && ! array_filter( $rows, static fn( $r ) => null === $r['ended_at'] && (int) $r['mentor_id'] === (int) $current['mentor_id'] ) ) {
			$rows[] = array(
				'id'         => 0,
				'mentor_id'  => (int) $current['mentor_id'],
				'started_at' => (string) $current['created_at'],
				'ended_at'   => null,
				'end_reason' => '',
				'note'       => '',
			);
		}
		$labels = self::reason_labels();
		$out    = array();
		foreach ( $rows as $row ) {
			$mentor = Applications::get( (int) $row['mentor_id'] );
			$item   = array(
				'mentor'  => array(
					'id'   => (int) $row['mentor_id'],
					'name' => $mentor ? (string) $mentor['fields']['name'] : '',
				),
				'started' => self::date( (string) $row['started_at'] ),
				'ended'   => null === $row['ended_at'] ? null : self::date( (string) $row['ended_at'] ),
				'current' => null === $row['ended_at'],
			);
			if ( $full ) {
				$item['reason']       = (string) $row['end_reason'];
				$item['reason_label'] = $labels[ $row['end_reason'] ] ?? '';
				$item['note']         = (string) $row['note'];
			}
			$out[] = $item;
		}
		return $out;
	}

	/**
	 * Raw rows that involve an application, mentee or mentor (privacy exporter).
	 *
	 * @since 0.3.0
	 *
	 * @param int $application_id Application.
	 * @return array<int, array<string, mixed>>
	 */
	public static function rows_for( int $application_id ): array {
		global $wpdb;
		$table = Schema::table();
		return (array) $wpdb->get_results( $wpdb->prepare( "SELECT * FROM {$table} WHERE mentee_id = %d OR mentor_id = %d ORDER BY started_at, id", $application_id, $application_id ), ARRAY_A ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared, WordPress.DB.DirectDatabaseQuery -- our own table.
	}

	/**
	 * Deletes every row that involves an application.
	 *
	 * @since 0.3.0
	 *
	 * @param int $application_id Application.
	 * @return int Rows removed.
	 */
	public static function delete_for( int $application_id ): int {
		global $wpdb;
		$table = Schema::table();
		return (int) $wpdb->query( $wpdb->prepare( "DELETE FROM {$table} WHERE mentee_id = %d OR mentor_id = %d", $application_id, $application_id ) ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared, WordPress.DB.DirectDatabaseQuery -- our own table.
	}

	/**
	 * The open span of a pair, or 0.
	 *
	 * @param int $mentee_id Mentee.
	 * @param int $mentor_id Mentor.
	 * @return int
	 */
	private static function open_id( int $mentee_id, int $mentor_id ): int {
		global $wpdb;
		$table = Schema::table();
		return (int) $wpdb->get_var( $wpdb->prepare( "SELECT id FROM {$table} WHERE mentee_id = %d AND mentor_id = %d AND ended_at IS NULL ORDER BY id DESC LIMIT 1", $mentee_id, $mentor_id ) ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared, WordPress.DB.DirectDatabaseQuery -- our own table.
	}

	/**
	 * A stored UTC datetime as an RFC 3339 string.
	 *
	 * @param string $datetime Y-m-d H:i:s.
	 * @return string
	 */
	private static function date( string $datetime ): string {
		return mysql_to_rfc3339( $datetime ) . 'Z';
	}
}
