<?php
/**
 * Funnel counts and breakdowns, in a fixed number of grouped queries.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Domain;

defined( 'ABSPATH' ) || exit;

/**
 * Counts per stage from the indexed post_status column; "reached" counts from the audit trail.
 *
 * @since 0.1.0
 */
final class Stats {

	/**
	 * The JSON schema of what funnel() returns.
	 *
	 * @since 0.1.0
	 *
	 * @return array<string, mixed>
	 */
	public static function funnel_schema(): array {
		$counts = static fn( string $type ): array => array(
			'type'                 => 'object',
			'properties'           => array_fill_keys( Stages::stages( $type ), array( 'type' => 'integer' ) ),
			'additionalProperties' => false,
		);
		$people = static fn( string $type, array $more = array() ): array => array(
			'type'       => 'object',
			'properties' => array(
				'current' => $counts( $type ),
				'reached' => $counts( $type ),
			) + $more,
			'required'   => array_merge( array( 'current', 'reached' ), array_keys( $more ) ),
		);
		$pairs  = array(
			'type'  => 'array',
			'items' => array(
				'type'       => 'object',
				'properties' => array(
					'key'   => array( 'type' => 'string' ),
					'count' => array( 'type' => 'integer' ),
				),
				'required'   => array( 'key', 'count' ),
			),
		);
		return array(
			'$schema'    => 'http://json-schema.org/draft-04/schema#',
			'title'      => 'mentorship-funnel',
			'type'       => 'object',
			'properties' => array(
				'cohort'     => array(
					'type'        => 'integer',
					'description' => __( 'Cohort ID, or 0 for every cohort.', 'mentorship-program' ),
				),
				'funnel'     => array(
					'type'  => 'array',
					'items' => array(
						'type'       => 'object',
						'properties' => array(
							'stage'      => array(
								'type' => 'string',
								'enum' => Stages::stages( 'mentee' ),
							),
							'label'      => array( 'type' => 'string' ),
							'count'      => array( 'type' => 'integer' ),
							'conversion' => array(
								'type'        => array( 'number', 'null' ),
								'description' => __( 'Share of the previous step that reached this one; null for the first step.', 'mentorship-program' ),
							),
						),
						'required'   => array( 'stage', 'label', 'count', 'conversion' ),
					),
				),
				'mentees'    => $people( 'mentee' ),
				'mentors'    => $people(
					'mentor',
					array(
						'capacity' => array( 'type' => 'integer' ),
						'assigned' => array( 'type' => 'integer' ),
					)
				),
				'waiting'    => array(
					'type'       => 'object',
					'properties' => array(
						'count'       => array( 'type' => 'integer' ),
						'oldest'      => array(
							'type'   => array( 'string', 'null' ),
							'format' => 'date-time',
						),
						'oldest_days' => array( 'type' => 'integer' ),
					),
					'required'   => array( 'count', 'oldest', 'oldest_days' ),
				),
				'unassigned' => array( 'type' => 'integer' ),
				'breakdown'  => array(
					'type'       => 'object',
					'properties' => array(
						'team'     => $pairs,
						'language' => $pairs,
						'region'   => $pairs,
					),
					'required'   => array( 'team', 'language', 'region' ),
				),
			),
			'required'   => array( 'cohort', 'funnel', 'mentees', 'mentors', 'waiting', 'unassigned', 'breakdown' ),
		);
	}

	/**
	 * The funnel of a cohort (or of all cohorts when 0).
	 *
	 * @param int $cohort_id Cohort term ID or 0.
	 * @return array<string, mixed>
	 */
	public static function funnel( int $cohort_id = 0 ): array {
		global $wpdb;
		$join = '';

		if ( $cohort_id ) {
			$tt   = (int) $wpdb->get_var( $wpdb->prepare( "SELECT term_taxonomy_id FROM {$wpdb->term_taxonomy} WHERE term_id = %d AND taxonomy = %s", $cohort_id, Taxonomies::COHORT ) ); // phpcs:ignore WordPress.DB.DirectDatabaseQuery -- aggregate query with no API.
			$join = " INNER JOIN {$wpdb->term_relationships} tr ON tr.object_id = p.ID AND tr.term_taxonomy_id = " . $tt;
		}
		$mentee = Post_Types::MENTEE;
		$mentor = Post_Types::MENTOR;
		$types  = "'{$mentee}','{$mentor}'";
		// phpcs:disable WordPress.DB.PreparedSQL.InterpolatedNotPrepared, WordPress.DB.DirectDatabaseQuery -- constants and integers only; aggregates WordPress has no API for.
		$rows        = $wpdb->get_results( "SELECT p.post_type, p.post_status, COUNT(*) AS n, MIN(p.post_date_gmt) AS oldest FROM {$wpdb->posts} p{$join} WHERE p.post_type IN ({$types}) GROUP BY p.post_type, p.post_status", ARRAY_A );
		$events      = Schema::table( 'events' );
		$reached     = $wpdb->get_results( "SELECT p.post_type, e.to_value, COUNT(DISTINCT e.object_id) AS n FROM {$events} e INNER JOIN {$wpdb->posts} p ON p.ID = e.object_id{$join} WHERE e.event = 'stage' AND p.post_type IN ({$types}) GROUP BY p.post_type, e.to_value", ARRAY_A );
		$assignments = Schema::table( 'assignments' );
		$unassigned  = (int) $wpdb->get_var( "SELECT COUNT(*) FROM {$wpdb->posts} p{$join} LEFT JOIN {$assignments} a ON a.mentee_id = p.ID WHERE p.post_type = '{$mentee}' AND p.post_status IN ('mp_accepted','mp_active') AND a.mentee_id IS NULL" );
		$capacity    = (int) $wpdb->get_var( "SELECT COALESCE(SUM(CAST(m.meta_value AS UNSIGNED)),0) FROM {$wpdb->posts} p{$join} INNER JOIN {$wpdb->postmeta} m ON m.post_id = p.ID AND m.meta_key = '_mp_capacity' WHERE p.post_type = '{$mentor}' AND p.post_status IN ('mp_approved','mp_active')" );
		$assigned    = (int) $wpdb->get_var( "SELECT COUNT(*) FROM {$assignments} a INNER JOIN {$wpdb->posts} p ON p.ID = a.mentor_id{$join} WHERE p.post_status IN ('mp_approved','mp_active')" );
		$by_team     = $wpdb->get_results( $wpdb->prepare( "SELECT t.slug AS k, COUNT(*) AS n FROM {$wpdb->posts} p{$join} INNER JOIN {$wpdb->term_relationships} r2 ON r2.object_id = p.ID INNER JOIN {$wpdb->term_taxonomy} x ON x.term_taxonomy_id = r2.term_taxonomy_id AND x.taxonomy = %s INNER JOIN {$wpdb->terms} t ON t.term_id = x.term_id WHERE p.post_type = '{$mentee}' GROUP BY t.slug ORDER BY n DESC, k ASC", Taxonomies::TEAM ), ARRAY_A );
		// Breakdowns by a meta value. MySQL and MariaDB guess about four meta rows per
		// post and so read every application's meta, post by post; with thousands of
		// mentees in scope it is several times faster to read the one key's rows first
		// (measured on 10,000 applications: 0.5 s against 0.1 s). Grouping by a short
		// prefix keeps the grouping table in memory.
		$mentees_in_scope = 0;
		foreach ( (array) $rows as $row ) {
			$mentees_in_scope += $mentee === $row['post_type'] ? (int) $row['n'] : 0;
		}
		/**
		 * Filters how many mentees in scope make the breakdowns read the meta key first.
		 *
		 * @since 0.1.0
		 *
		 * @param int $threshold Mentees.
		 */
		$threshold = (int) apply_filters( 'mentorship_program_stats_key_first_threshold', 2000 );
		// SQLite (WordPress Playground) gets plain SQL: no join order, no LEFT().
		$sqlite      = is_a( $wpdb, 'WP_SQLite_DB' );
		$key_first   = $mentees_in_scope >= $threshold && ! $sqlite;
		$by_meta     = static function ( string $key, int $length ) use ( $wpdb, $join, $mentee, $key_first, $sqlite ): array {
			$value = $sqlite ? 'm.meta_value' : "LEFT(m.meta_value, {$length})";
			$sql   = $key_first
				? "SELECT STRAIGHT_JOIN {$value} AS k, COUNT(*) AS n FROM {$wpdb->postmeta} m INNER JOIN {$wpdb->posts} p ON p.ID = m.post_id{$join} WHERE m.meta_key = %s AND p.post_type = %s AND m.meta_value <> '' GROUP BY k ORDER BY n DESC, k ASC LIMIT 30"
				: "SELECT {$value} AS k, COUNT(*) AS n FROM {$wpdb->posts} p{$join} INNER JOIN {$wpdb->postmeta} m ON m.post_id = p.ID AND m.meta_key = %s WHERE p.post_type = %s AND m.meta_value <> '' GROUP BY k ORDER BY n DESC, k ASC LIMIT 30";
			return (array) $wpdb->get_results( $wpdb->prepare( $sql, $key, $mentee ), ARRAY_A ); // phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared -- prepared here; the SQL above holds only table names, a join on an integer and an integer length.
		};
		$by_language = $by_meta( '_mp_lang', 35 );
		$by_region   = $by_meta( '_mp_region', 100 );
		// phpcs:enable

		$out = array();
		foreach ( array( 'mentee', 'mentor' ) as $type ) {
			$out[ $type ] = array(
				'current' => array_fill_keys( Stages::stages( $type ), 0 ),
				'reached' => array_fill_keys( Stages::stages( $type ), 0 ),
			);
		}
		$oldest_waiting = null;
		foreach ( (array) $rows as $row ) {
			$type  = Post_Types::type_of( (string) $row['post_type'] );
			$stage = Stages::from_status( (string) $row['post_status'] );
			if ( $type && $stage && isset( $out[ $type ]['current'][ $stage ] ) ) {
				$out[ $type ]['current'][ $stage ] = (int) $row['n'];
				if ( 'mentee' === $type && in_array( $stage, array( 'submitted', 'in_review' ), true ) ) {
					$oldest_waiting = null === $oldest_waiting ? (string) $row['oldest'] : min( $oldest_waiting, (string) $row['oldest'] );
				}
			}
		}
		foreach ( (array) $reached as $row ) {
			$type = Post_Types::type_of( (string) $row['post_type'] );
			if ( $type && isset( $out[ $type ]['reached'][ (string) $row['to_value'] ] ) ) {
				$out[ $type ]['reached'][ (string) $row['to_value'] ] = (int) $row['n'];
			}
		}
		$path   = array( 'submitted', 'in_review', 'accepted', 'active', 'graduated', 'placed' );
		$funnel = array();
		$prev   = null;
		foreach ( $path as $stage ) {
			$n        = $out['mentee']['reached'][ $stage ];
			$funnel[] = array(
				'stage'      => $stage,
				'label'      => Stages::label( $stage ),
				'count'      => $n,
				'conversion' => null === $prev ? null : ( $prev > 0 ? round( $n / $prev, 4 ) : 0.0 ),
			);
			$prev     = $n;
		}
		$waiting = $out['mentee']['current']['submitted'] + $out['mentee']['current']['in_review'];
		$pairs   = static fn( $rows ) => array_map(
			static fn( $r ) => array(
				'key'   => (string) $r['k'],
				'count' => (int) $r['n'],
			),
			(array) $rows
		);
		return array(
			'cohort'     => $cohort_id,
			'funnel'     => $funnel,
			'mentees'    => $out['mentee'],
			'mentors'    => array_merge(
				$out['mentor'],
				array(
					'capacity' => $capacity,
					'assigned' => $assigned,
				)
			),
			'waiting'    => array(
				'count'       => $waiting,
				'oldest'      => $oldest_waiting ? mysql_to_rfc3339( $oldest_waiting ) . 'Z' : null,
				'oldest_days' => $oldest_waiting ? (int) floor( ( time() - (int) strtotime( $oldest_waiting . ' UTC' ) ) / DAY_IN_SECONDS ) : 0,
			),
			'unassigned' => $unassigned,
			'breakdown'  => array(
				'team'     => $pairs( $by_team ),
				'language' => $pairs( $by_language ),
				'region'   => $pairs( $by_region ),
			),
		);
	}
}
