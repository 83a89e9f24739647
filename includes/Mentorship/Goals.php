<?php
/**
 * Goals: what a mentee means to reach during the cohort.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Mentorship;

defined( 'ABSPATH' ) || exit;

use Mentorship_Program\Database\Transaction;
use WP_Error;
use Mentorship_Program\Support\Field_Errors;

/**
 * Every rule of goals: a mentee sets them (in week one) and marks them done; their
 * mentor and coordinators read them; coordinators may also edit. No HTTP in here.
 *
 * @since 0.2.0
 */
final class Goals {

	public const STATUSES = array( 'open', 'done' );

	/**
	 * Most goals one mentee keeps.
	 */
	public const MAX_GOALS = 20;

	/**
	 * Longest title.
	 */
	public const MAX_TITLE = 200;

	/**
	 * Last week a goal may be due in.
	 */
	public const MAX_WEEK = 52;

	/**
	 * Fields a client may send.
	 */
	public const FIELDS = array( 'title', 'status', 'due_week' );

	/**
	 * Adds a goal to a mentee.
	 *
	 * @since 0.2.0
	 *
	 * @param int                  $mentee_id Mentee application.
	 * @param array<string, mixed> $values    title, status, due_week.
	 * @param int                  $user_id   Who adds it.
	 * @return array<string, mixed>|WP_Error
	 */
	public static function create( int $mentee_id, array $values, int $user_id ) {
		if ( ! Access::running_mentee( $mentee_id ) || ! Access::can_read_mentee( $user_id, $mentee_id ) ) {
			return self::not_found();
		}
		if ( ! Access::can_edit_goals( $user_id, $mentee_id ) ) {
			return new WP_Error( 'mentorship_forbidden', __( 'Only the mentee sets their goals.', 'mentorship-program' ), array( 'status' => 403 ) );
		}
		$clean = self::validate( $values, null );
		if ( is_wp_error( $clean ) ) {
			return $clean;
		}
		$id = Transaction::run(
			static function () use ( $mentee_id, $clean, $user_id ) {
				global $wpdb;
				$table = Schema::table( 'goals' );
				// Lock the mentee's goals so two tabs adding at once cannot pass the cap together.
				$count = count( $wpdb->get_col( $wpdb->prepare( "SELECT id FROM {$table} WHERE mentee_id = %d FOR UPDATE", $mentee_id ) ) ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared, WordPress.DB.DirectDatabaseQuery -- our own table.
				if ( $count >= self::MAX_GOALS ) {
					/* translators: %d: maximum number of goals. */
					return Field_Errors::error( array( 'title' => sprintf( __( 'Keep at most %d goals; mark some done or edit them instead.', 'mentorship-program' ), self::MAX_GOALS ) ) );
				}
				$now = gmdate( 'Y-m-d H:i:s' );
				$ok  = $wpdb->insert( // phpcs:ignore WordPress.DB.DirectDatabaseQuery.DirectQuery -- our own table.
					$table,
					array(
						'mentee_id'  => $mentee_id,
						'title'      => $clean['title'],
						'status'     => $clean['status'],
						'due_week'   => $clean['due_week'],
						'revision'   => 1,
						'user_id'    => $user_id,
						'created_at' => $now,
						'updated_at' => $now,
						'done_at'    => 'done' === $clean['status'] ? $now : null,
					),
					array( '%d', '%s', '%s', '%d', '%d', '%d', '%s', '%s', '%s' )
				);
				return $ok ? (int) $wpdb->insert_id : new WP_Error( 'mentorship_store_failed', __( 'The goal could not be saved. Please try again.', 'mentorship-program' ), array( 'status' => 503 ) );
			}
		);
		if ( is_wp_error( $id ) ) {
			return $id;
		}
		return self::get( $id, $user_id );
	}

	/**
	 * Changes a goal; with a revision, refuses a save based on an older one.
	 *
	 * @since 0.2.0
	 *
	 * @param int                  $id      Goal.
	 * @param array<string, mixed> $values  title, status, due_week; revision (optional).
	 * @param int                  $user_id Who edits.
	 * @return array<string, mixed>|WP_Error
	 */
	public static function update( int $id, array $values, int $user_id ) {
		global $wpdb;
		$row = self::row( $id );
		if ( ! $row || ! Access::can_read_mentee( $user_id, (int) $row['mentee_id'] ) ) {
			return self::not_found();
		}
		if ( ! Access::can_edit_goals( $user_id, (int) $row['mentee_id'] ) ) {
			return new WP_Error( 'mentorship_forbidden', __( 'Only the mentee edits their goals.', 'mentorship-program' ), array( 'status' => 403 ) );
		}
		$revision = null;
		if ( array_key_exists( 'revision', $values ) ) {
			if ( ! is_numeric( $values['revision'] ) ) {
				return Field_Errors::error( array( 'revision' => __( 'The revision must be a number.', 'mentorship-program' ) ) );
			}
			$revision = (int) $values['revision'];
			unset( $values['revision'] );
		}
		$clean = self::validate( $values, $row );
		if ( is_wp_error( $clean ) ) {
			return $clean;
		}
		$now     = gmdate( 'Y-m-d H:i:s' );
		$done_at = 'done' === $clean['status'] ? ( 'done' === $row['status'] ? $row['done_at'] : $now ) : null;
		// Without a revision from the client, the one just read still guards the write.
		$base    = $revision ?? (int) $row['revision'];
		$changed = $wpdb->update( // phpcs:ignore WordPress.DB.DirectDatabaseQuery -- our own table.
			Schema::table( 'goals' ),
			array(
				'title'      => $clean['title'],
				'status'     => $clean['status'],
				'due_week'   => $clean['due_week'],
				'done_at'    => $done_at,
				'revision'   => $base + 1,
				'updated_at' => $now,
			),
			array(
				'id'       => $id,
				'revision' => $base,
			),
			array( '%s', '%s', '%d', '%s', '%d', '%s' ),
			array( '%d', '%d' )
		);
		if ( false === $changed ) {
			return new WP_Error( 'mentorship_store_failed', __( 'The goal could not be saved. Please try again.', 'mentorship-program' ), array( 'status' => 503 ) );
		}
		if ( 0 === (int) $changed ) {
			return new WP_Error( 'mentorship_edit_conflict', __( 'This goal was changed meanwhile. Reload to see the change, then edit again.', 'mentorship-program' ), array( 'status' => 409 ) );
		}
		return self::get( $id, $user_id );
	}

	/**
	 * One goal, if the user may read it.
	 *
	 * @since 0.2.0
	 *
	 * @param int $id      Goal.
	 * @param int $user_id Viewer.
	 * @return array<string, mixed>|WP_Error
	 */
	public static function get( int $id, int $user_id ) {
		$row = self::row( $id );
		if ( ! $row || ! Access::can_read_mentee( $user_id, (int) $row['mentee_id'] ) ) {
			return self::not_found();
		}
		return self::shape( $row );
	}

	/**
	 * The mentee a goal belongs to, or 0 when there is no such goal.
	 *
	 * @since 0.2.0
	 *
	 * @param int $id Goal.
	 * @return int
	 */
	public static function mentee_of( int $id ): int {
		$row = self::row( $id );
		return $row ? (int) $row['mentee_id'] : 0;
	}

	/**
	 * A mentee's goals, in the order they were set.
	 *
	 * @since 0.2.0
	 *
	 * @param int $mentee_id Mentee.
	 * @return array<int, array<string, mixed>>
	 */
	public static function of_mentee( int $mentee_id ): array {
		return self::of_mentees( array( $mentee_id ) )[ $mentee_id ] ?? array();
	}

	/**
	 * Goals of many mentees in one query.
	 *
	 * @since 0.2.0
	 *
	 * @param int[] $mentee_ids Mentees.
	 * @return array<int, array<int, array<string, mixed>>> Mentee ID => goals.
	 */
	public static function of_mentees( array $mentee_ids ): array {
		global $wpdb;
		$ids = array_filter( array_map( 'intval', $mentee_ids ) );
		if ( ! $ids ) {
			return array();
		}
		$in   = implode( ',', $ids );
		$rows = (array) $wpdb->get_results( 'SELECT * FROM ' . Schema::table( 'goals' ) . " WHERE mentee_id IN ({$in}) ORDER BY id", ARRAY_A ); // phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared, WordPress.DB.PreparedSQL.InterpolatedNotPrepared, WordPress.DB.DirectDatabaseQuery -- integers only; our own table.
		$out  = array();
		foreach ( $rows as $row ) {
			$out[ (int) $row['mentee_id'] ][] = self::shape( $row );
		}
		return $out;
	}

	/**
	 * Deletes a mentee's goals.
	 *
	 * @since 0.2.0
	 *
	 * @param int $mentee_id Mentee.
	 * @return int Rows removed.
	 */
	public static function delete_for( int $mentee_id ): int {
		global $wpdb;
		return (int) $wpdb->delete( Schema::table( 'goals' ), array( 'mentee_id' => $mentee_id ), array( '%d' ) ); // phpcs:ignore WordPress.DB.DirectDatabaseQuery -- our own table.
	}

	/**
	 * A goal as clients see it.
	 *
	 * @param array<string, mixed> $row Row.
	 * @return array<string, mixed>
	 */
	private static function shape( array $row ): array {
		return array(
			'id'       => (int) $row['id'],
			'mentee'   => (int) $row['mentee_id'],
			'title'    => (string) $row['title'],
			'status'   => (string) $row['status'],
			'due_week' => null === $row['due_week'] ? null : (int) $row['due_week'],
			'revision' => (int) $row['revision'],
			'done_at'  => $row['done_at'] ? mysql_to_rfc3339( (string) $row['done_at'] ) . 'Z' : null,
			'created'  => mysql_to_rfc3339( (string) $row['created_at'] ) . 'Z',
		);
	}

	/**
	 * The stored row, or null.
	 *
	 * @param int $id Goal.
	 * @return array<string, mixed>|null
	 */
	private static function row( int $id ): ?array {
		global $wpdb;
		$row = $wpdb->get_row( $wpdb->prepare( 'SELECT * FROM ' . Schema::table( 'goals' ) . ' WHERE id = %d', $id ), ARRAY_A ); // phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared, WordPress.DB.DirectDatabaseQuery -- our own table.
		return $row ? $row : null;
	}

	/**
	 * Validates values; with a stored row, missing fields keep their values.
	 *
	 * @param array<string, mixed>      $values Values.
	 * @param array<string, mixed>|null $row    Stored row.
	 * @return array{title: string, status: string, due_week: int|null}|WP_Error
	 */
	private static function validate( array $values, ?array $row ) {
		$errors = array();
		foreach ( array_diff( array_keys( $values ), self::FIELDS ) as $key ) {
			$errors[ (string) $key ] = __( 'This field is not accepted here.', 'mentorship-program' );
		}
		$v     = array_merge(
			$row ? array(
				'title'    => (string) $row['title'],
				'status'   => (string) $row['status'],
				'due_week' => null === $row['due_week'] ? null : (int) $row['due_week'],
			) : array(
				'title'    => null,
				'status'   => 'open',
				'due_week' => null,
			),
			array_intersect_key( $values, array_flip( self::FIELDS ) )
		);
		$title = is_string( $v['title'] ) ? trim( sanitize_text_field( $v['title'] ) ) : '';
		if ( '' === $title ) {
			$errors['title'] = __( 'Name the goal in a few words.', 'mentorship-program' );
		} elseif ( mb_strlen( $title ) > self::MAX_TITLE ) {
			/* translators: %d: maximum length. */
			$errors['title'] = sprintf( __( 'Keep the goal under %d characters.', 'mentorship-program' ), self::MAX_TITLE );
		}
		if ( ! is_string( $v['status'] ) || ! in_array( $v['status'], self::STATUSES, true ) ) {
			$errors['status'] = __( 'A goal is open or done.', 'mentorship-program' );
		}
		$week = $v['due_week'];
		if ( '' === $week ) {
			$week = null;
		}
		if ( null !== $week && ( ! ( is_int( $week ) || ( is_string( $week ) && ctype_digit( $week ) ) ) || (int) $week < 1 || (int) $week > self::MAX_WEEK ) ) {
			/* translators: %d: last week. */
			$errors['due_week'] = sprintf( __( 'The week must be a number from 1 to %d.', 'mentorship-program' ), self::MAX_WEEK );
		}
		if ( $errors ) {
			return Field_Errors::error( $errors );
		}
		return array(
			'title'    => $title,
			'status'   => (string) $v['status'],
			'due_week' => null === $week ? null : (int) $week,
		);
	}

	/**
	 * Not found (also what someone who may not read a goal hears).
	 *
	 * @return WP_Error
	 */
	private static function not_found(): WP_Error {
		return new WP_Error( 'mentorship_not_found', __( 'Goal not found.', 'mentorship-program' ), array( 'status' => 404 ) );
	}
}
