<?php
/**
 * Mentee → mentor assignments within each mentor's capacity.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Cohorts;

defined( 'ABSPATH' ) || exit;

use Mentorship_Program\Applications\Applications;
use Mentorship_Program\Applications\Audit_Trail;
use Mentorship_Program\Database\Schema;
use Mentorship_Program\Database\Transaction;
use Mentorship_Program\Support\Field_Errors;
use WP_Error;
use Mentorship_Program\Applications\Stages;
use Mentorship_Program\Applications\Fields;

/**
 * Assigns by claiming a numbered seat of the mentor: the unique (mentor, seat) key makes
 * the database refuse a seat taken by a concurrent request, so capacity holds under races.
 *
 * @since 0.1.0
 */
final class Assignments {

	/**
	 * Assigns a mentee to a mentor.
	 *
	 * @param int    $mentee_id Mentee application.
	 * @param int    $mentor_id Mentor application.
	 * @param string $track     Track.
	 * @param bool   $record    Whether to write the audit trail.
	 * @return true|WP_Error
	 */
	public static function assign( int $mentee_id, int $mentor_id, string $track = 'one-to-one', bool $record = true ) {
		global $wpdb;
		$mentee = Applications::get( $mentee_id );
		$mentor = Applications::get( $mentor_id );
		if ( ! $mentee || 'mentee' !== $mentee['type'] ) {
			return Field_Errors::on_field( 'mentorship_not_found', __( 'Mentee not found.', 'mentorship-program' ), 404, 'mentee' );
		}
		if ( ! $mentor || 'mentor' !== $mentor['type'] ) {
			return Field_Errors::on_field( 'mentorship_not_found', __( 'Mentor not found.', 'mentorship-program' ), 404, 'mentor' );
		}
		if ( ! in_array( $track, Fields::FORMATS, true ) ) {
			return Field_Errors::on_field( 'rest_invalid_param', __( 'Unknown track.', 'mentorship-program' ), 400, 'track' );
		}
		if ( ! in_array( $mentee['stage'], Stages::RUNNING['mentee'], true ) ) {
			return new WP_Error( 'mentorship_not_assignable', __( 'Only accepted or active mentees can be assigned.', 'mentorship-program' ), array( 'status' => 409 ) );
		}
		if ( ! in_array( $mentor['stage'], Stages::RUNNING['mentor'], true ) ) {
			return new WP_Error( 'mentorship_not_assignable', __( 'Only approved or active mentors can take mentees.', 'mentorship-program' ), array( 'status' => 409 ) );
		}
		if ( $mentee['cohort'] && $mentor['cohort'] && $mentee['cohort'] !== $mentor['cohort'] ) {
			return new WP_Error( 'mentorship_cohort_mismatch', __( 'The mentee and the mentor are in different cohorts.', 'mentorship-program' ), array( 'status' => 409 ) );
		}
		$current = self::mentor_of( $mentee_id );
		if ( $current ) {
			return new WP_Error( 'mentorship_already_assigned', __( 'This mentee already has a mentor. Unassign first.', 'mentorship-program' ), array( 'status' => 409 ) );
		}
		$capacity = max( 0, (int) ( $mentor['fields']['capacity'] ?? 0 ) );
		$result   = Transaction::run(
			static function () use ( $wpdb, $mentee_id, $mentor_id, $capacity, $track, $mentor, $mentee, $record ) {
				$table    = Schema::table( 'assignments' );
				$taken    = array_map( 'intval', $wpdb->get_col( $wpdb->prepare( "SELECT seat FROM {$table} WHERE mentor_id = %d", $mentor_id ) ) ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared, WordPress.DB.DirectDatabaseQuery -- our own table.
				$suppress = $wpdb->suppress_errors( true );
				$done     = false;
				for ( $seat = 1; $seat <= $capacity && ! $done; $seat++ ) {
					if ( in_array( $seat, $taken, true ) ) {
						continue;
					}
					$ok = $wpdb->query( // phpcs:ignore WordPress.DB.DirectDatabaseQuery -- our own table.
						$wpdb->prepare(
							"INSERT INTO {$table} (mentee_id, mentor_id, seat, cohort_id, track, user_id, created_at) VALUES (%d, %d, %d, %d, %s, %d, %s)", // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- our own table's name.
							$mentee_id,
							$mentor_id,
							$seat,
							(int) $mentor['cohort'],
							$track,
							get_current_user_id(),
							gmdate( 'Y-m-d H:i:s' )
						)
					);
					if ( $ok ) {
						$done = true;
					} elseif ( self::mentor_of( $mentee_id ) ) {
						// A concurrent request assigned this mentee meanwhile.
						$wpdb->suppress_errors( $suppress );
						return new WP_Error( 'mentorship_already_assigned', __( 'This mentee already has a mentor. Unassign first.', 'mentorship-program' ), array( 'status' => 409 ) );
					}
				}
				$wpdb->suppress_errors( $suppress );
				if ( ! $done ) {
					return new WP_Error( 'mentorship_capacity_full', __( 'This mentor has no capacity left.', 'mentorship-program' ), array( 'status' => 409 ) );
				}
				if ( $record ) {
					Audit_Trail::record( $mentee_id, 'assign', '', (string) $mentor_id, $mentor['fields']['name'] ?? '' );
					Audit_Trail::record( $mentor_id, 'assign', '', (string) $mentee_id, $mentee['fields']['name'] ?? '' );
				}
				return true;
			}
		);
		if ( is_wp_error( $result ) ) {
			return $result;
		}
		wp_cache_delete( $mentee_id, 'mentorship_assignment' );
		/**
		 * Fires after a mentee is assigned to a mentor.
		 *
		 * @since 0.1.0
		 *
		 * @param int    $mentee_id Mentee application ID.
		 * @param int    $mentor_id Mentor application ID.
		 * @param string $track     Track.
		 */
		do_action( 'mentorship_program_assigned', $mentee_id, $mentor_id, $track );
		return true;
	}

	/**
	 * Removes a mentee's assignment.
	 *
	 * @param int $mentee_id Mentee application.
	 * @return true|WP_Error
	 */
	public static function unassign( int $mentee_id ) {
		global $wpdb;
		$mentor_id = self::mentor_of( $mentee_id );
		if ( ! $mentor_id ) {
			return new WP_Error( 'mentorship_not_assigned', __( 'This mentee has no mentor.', 'mentorship-program' ), array( 'status' => 404 ) );
		}
		$wpdb->delete( Schema::table( 'assignments' ), array( 'mentee_id' => $mentee_id ), array( '%d' ) ); // phpcs:ignore WordPress.DB.DirectDatabaseQuery -- our own table.
		wp_cache_delete( $mentee_id, 'mentorship_assignment' );
		Audit_Trail::record( $mentee_id, 'unassign', (string) $mentor_id, '' );
		Audit_Trail::record( $mentor_id, 'unassign', (string) $mentee_id, '' );
		/**
		 * Fires after a mentee's assignment to a mentor was removed.
		 *
		 * @since 0.2.0
		 *
		 * @param int $mentee_id Mentee application ID.
		 * @param int $mentor_id Mentor application ID.
		 */
		do_action( 'mentorship_program_unassigned', $mentee_id, $mentor_id );
		return true;
	}

	/**
	 * The assignment row of a mentee, or null.
	 *
	 * @param int $mentee_id Mentee application.
	 * @return array<string, mixed>|null
	 */
	public static function of_mentee( int $mentee_id ): ?array {
		global $wpdb;
		$row = $wpdb->get_row( $wpdb->prepare( 'SELECT * FROM ' . Schema::table( 'assignments' ) . ' WHERE mentee_id = %d', $mentee_id ), ARRAY_A ); // phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared, WordPress.DB.DirectDatabaseQuery -- our own table.
		return $row ? $row : null;
	}

	/**
	 * The mentor ID of a mentee, or 0.
	 *
	 * @param int $mentee_id Mentee application.
	 * @return int
	 */
	public static function mentor_of( int $mentee_id ): int {
		$row = self::of_mentee( $mentee_id );
		return $row ? (int) $row['mentor_id'] : 0;
	}

	/**
	 * Mentee IDs assigned to a mentor.
	 *
	 * @param int $mentor_id Mentor application.
	 * @return int[]
	 */
	public static function mentees_of( int $mentor_id ): array {
		global $wpdb;
		return array_map( 'intval', $wpdb->get_col( $wpdb->prepare( 'SELECT mentee_id FROM ' . Schema::table( 'assignments' ) . ' WHERE mentor_id = %d ORDER BY seat', $mentor_id ) ) ); // phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared, WordPress.DB.DirectDatabaseQuery -- our own table.
	}

	/**
	 * Assignment rows for many mentees or mentors in one query.
	 *
	 * @param int[]  $ids    IDs.
	 * @param string $column mentee_id or mentor_id.
	 * @return array<int, array<string, mixed>> Rows.
	 */
	public static function rows_for( array $ids, string $column = 'mentee_id' ): array {
		global $wpdb;
		if ( ! $ids ) {
			return array();
		}
		$column = 'mentor_id' === $column ? 'mentor_id' : 'mentee_id';
		$in     = implode( ',', array_map( 'intval', $ids ) );
		$table  = Schema::table( 'assignments' );
		return (array) $wpdb->get_results( "SELECT * FROM {$table} WHERE {$column} IN ({$in})", ARRAY_A ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared, WordPress.DB.DirectDatabaseQuery -- integers only; our own table.
	}

	/**
	 * Rows of some mentees and of some mentors, with each mentor's name (mentor_name), in
	 * one query whatever the mix (a page of applications may hold either or both).
	 *
	 * @param int[] $mentee_ids Mentee applications.
	 * @param int[] $mentor_ids Mentor applications.
	 * @return array<int, array<string, mixed>>
	 */
	public static function rows_touching( array $mentee_ids, array $mentor_ids ): array {
		global $wpdb;
		$where = array();
		if ( $mentee_ids ) {
			$where[] = 'a.mentee_id IN (' . implode( ',', array_map( 'intval', $mentee_ids ) ) . ')';
		}
		if ( $mentor_ids ) {
			$where[] = 'a.mentor_id IN (' . implode( ',', array_map( 'intval', $mentor_ids ) ) . ')';
		}
		if ( ! $where ) {
			return array();
		}
		$table = Schema::table( 'assignments' );
		return (array) $wpdb->get_results( "SELECT a.*, p.post_title AS mentor_name FROM {$table} a LEFT JOIN {$wpdb->posts} p ON p.ID = a.mentor_id WHERE " . implode( ' OR ', $where ), ARRAY_A ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared, WordPress.DB.PreparedSQL.NotPrepared, WordPress.DB.DirectDatabaseQuery -- integers only; our own table.
	}

	/**
	 * Rows of a cohort.
	 *
	 * @param int $cohort_id Cohort term ID.
	 * @return array<int, array<string, mixed>>
	 */
	public static function in_cohort( int $cohort_id ): array {
		global $wpdb;
		return (array) $wpdb->get_results( $wpdb->prepare( 'SELECT * FROM ' . Schema::table( 'assignments' ) . ' WHERE cohort_id = %d ORDER BY mentor_id, seat', $cohort_id ), ARRAY_A ); // phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared, WordPress.DB.DirectDatabaseQuery -- our own table.
	}

	/**
	 * Deletes every assignment that involves an application.
	 *
	 * @param int $id Application ID.
	 */
	public static function delete_for( int $id ): void {
		global $wpdb;
		$table = Schema::table( 'assignments' );
		$rows  = $wpdb->get_results( $wpdb->prepare( "SELECT mentee_id, mentor_id FROM {$table} WHERE mentee_id = %d OR mentor_id = %d", $id, $id ), ARRAY_A ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared, WordPress.DB.DirectDatabaseQuery -- our own table.
		if ( ! $rows ) {
			return;
		}
		$wpdb->query( $wpdb->prepare( "DELETE FROM {$table} WHERE mentee_id = %d OR mentor_id = %d", $id, $id ) ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared, WordPress.DB.DirectDatabaseQuery -- our own table.
		foreach ( $rows as $row ) {
			wp_cache_delete( (int) $row['mentee_id'], 'mentorship_assignment' );
			/** This action is documented in includes/Cohorts/Assignments.php */
			do_action( 'mentorship_program_unassigned', (int) $row['mentee_id'], (int) $row['mentor_id'] );
		}
	}
}
