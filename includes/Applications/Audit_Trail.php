<?php
/**
 * The audit trail: every stage change, assignment, note and rating, with who and when.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Applications;

defined( 'ABSPATH' ) || exit;

use Mentorship_Program\REST\Schema_Shapes;
use Mentorship_Program\Database\Schema;

/**
 * Writes and reads events in the mentorship_events table.
 *
 * @since 0.1.0
 */
final class Audit_Trail {

	use Schema_Shapes;

	/**
	 * Records one event.
	 *
	 * @param int      $object_id Application ID.
	 * @param string   $event     stage|assign|unassign|note|created|cohort|edit.
	 * @param string   $from      Previous value.
	 * @param string   $to        New value.
	 * @param string   $note      Free text.
	 * @param int|null $rating    1–5 or null.
	 * @param int|null $user_id   Actor; defaults to the current user.
	 * @return int Event ID.
	 */
	public static function record( int $object_id, string $event, string $from = '', string $to = '', string $note = '', ?int $rating = null, ?int $user_id = null ): int {
		global $wpdb;
		$wpdb->insert( // phpcs:ignore WordPress.DB.DirectDatabaseQuery.DirectQuery -- our own table.
			Schema::table( 'events' ),
			array(
				'object_id'  => $object_id,
				'event'      => $event,
				'from_value' => substr( $from, 0, 40 ),
				'to_value'   => substr( $to, 0, 40 ),
				'note'       => $note,
				'rating'     => $rating,
				'user_id'    => null === $user_id ? get_current_user_id() : $user_id,
				'created_at' => gmdate( 'Y-m-d H:i:s' ),
			),
			array( '%d', '%s', '%s', '%s', '%s', null === $rating ? null : '%d', '%d', '%s' )
		);
		return (int) $wpdb->insert_id;
	}

	/**
	 * Events of one application, oldest first.
	 *
	 * @param int           $object_id Application ID.
	 * @param string[]|null $events    Only these kinds, or all.
	 * @return array<int, array<string, mixed>>
	 */
	public static function for_object( int $object_id, ?array $events = null ): array {
		global $wpdb;
		$table = Schema::table( 'events' );
		$sql   = "SELECT * FROM {$table} WHERE object_id = %d";
		$args  = array( $object_id );
		if ( $events ) {
			$sql .= ' AND event IN (' . implode( ',', array_fill( 0, count( $events ), '%s' ) ) . ')';
			$args = array_merge( $args, $events );
		}
		$sql .= ' ORDER BY id ASC';
		$rows = $wpdb->get_results( $wpdb->prepare( $sql, $args ), ARRAY_A ); // phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared, WordPress.DB.DirectDatabaseQuery -- prepared above; our own table.
		return array_map( array( self::class, 'shape' ), $rows ? $rows : array() );
	}

	/**
	 * The trail of an application as its own applicant sees it: what happened and when,
	 * without the coordinators' notes and ratings, which are private to reviewers.
	 *
	 * @param int $object_id Application ID.
	 * @return array<int, array<string, mixed>>
	 */
	public static function for_applicant( int $object_id ): array {
		$events = array();
		foreach ( self::for_object( $object_id ) as $event ) {
			if ( 'note' === $event['event'] ) {
				continue;
			}
			$event['note']   = '';
			$event['rating'] = null;
			$events[]        = $event;
		}
		return $events;
	}

	/**
	 * Average rating per application for a set of IDs, in one query.
	 *
	 * @param int[] $ids Application IDs.
	 * @return array<int, float> ID => average.
	 */
	public static function average_ratings( array $ids ): array {
		global $wpdb;
		if ( ! $ids ) {
			return array();
		}
		$table = Schema::table( 'events' );
		$in    = implode( ',', array_map( 'intval', $ids ) );
		$rows  = $wpdb->get_results( "SELECT object_id, AVG(rating) AS avg_rating FROM {$table} WHERE object_id IN ({$in}) AND rating IS NOT NULL GROUP BY object_id", ARRAY_A ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared, WordPress.DB.DirectDatabaseQuery -- integers only; our own table.
		$out   = array();
		foreach ( (array) $rows as $row ) {
			$out[ (int) $row['object_id'] ] = round( (float) $row['avg_rating'], 2 );
		}
		return $out;
	}

	/**
	 * Deletes the events of an application (privacy erasure, retention).
	 *
	 * @param int $object_id Application ID.
	 */
	public static function delete_for( int $object_id ): void {
		global $wpdb;
		$wpdb->delete( Schema::table( 'events' ), array( 'object_id' => $object_id ), array( '%d' ) ); // phpcs:ignore WordPress.DB.DirectDatabaseQuery -- our own table.
	}

	/**
	 * The JSON schema of one event as shape() returns it.
	 *
	 * @since 0.1.0
	 *
	 * @return array<string, mixed>
	 */
	public static function schema(): array {
		return array(
			'$schema'    => 'http://json-schema.org/draft-04/schema#',
			'title'      => 'mentorship-event',
			'type'       => 'object',
			'properties' => array(
				'id'     => array( 'type' => 'integer' ),
				'event'  => array(
					'type'        => 'string',
					'description' => __( 'What happened: stage, assign, unassign, note, cohort, edit and so on.', 'mentorship-program' ),
				),
				'from'   => array( 'type' => 'string' ),
				'to'     => array( 'type' => 'string' ),
				'note'   => array( 'type' => 'string' ),
				'rating' => array(
					'type'    => array( 'integer', 'null' ),
					'minimum' => 1,
					'maximum' => 5,
				),
				'author' => array(
					'type'       => 'object',
					'properties' => self::id_and_name(),
					'required'   => array( 'id', 'name' ),
				),
				'date'   => self::date_time(),
			),
			'required'   => array( 'id', 'event', 'from', 'to', 'note', 'rating', 'author', 'date' ),
		);
	}

	/**
	 * Drops an erased application's identity from other applications' trails: an
	 * assignment event on the mentor's trail names the mentee (and the other way
	 * round). The event stays, so the trail still says that something happened; who
	 * it was with is gone.
	 *
	 * @param int $object_id The application being erased.
	 */
	public static function forget_references( int $object_id ): void {
		global $wpdb;
		$table = Schema::table( 'events' );
		$id    = (string) $object_id;
		$wpdb->query( $wpdb->prepare( "UPDATE {$table} SET note = '', to_value = '' WHERE event IN ('assign', 'unassign') AND object_id <> %d AND to_value = %s", $object_id, $id ) ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared, WordPress.DB.DirectDatabaseQuery -- our own table.
		$wpdb->query( $wpdb->prepare( "UPDATE {$table} SET note = '', from_value = '' WHERE event IN ('assign', 'unassign') AND object_id <> %d AND from_value = %s", $object_id, $id ) ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared, WordPress.DB.DirectDatabaseQuery -- our own table.
	}

	/**
	 * Shapes a row for output.
	 *
	 * @param array<string, mixed> $row Row.
	 * @return array<string, mixed>
	 */
	public static function shape( array $row ): array {
		$user = (int) $row['user_id'] ? get_userdata( (int) $row['user_id'] ) : false;
		return array(
			'id'     => (int) $row['id'],
			'event'  => (string) $row['event'],
			'from'   => (string) $row['from_value'],
			'to'     => (string) $row['to_value'],
			'note'   => (string) $row['note'],
			'rating' => null === $row['rating'] ? null : (int) $row['rating'],
			'author' => array(
				'id'   => (int) $row['user_id'],
				'name' => $user ? $user->display_name : __( 'System', 'mentorship-program' ),
			),
			'date'   => mysql_to_rfc3339( (string) $row['created_at'] ) . 'Z',
		);
	}
}
