<?php
/**
 * Funnel counts and breakdowns, in a fixed number of grouped queries.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Stats;

defined( 'ABSPATH' ) || exit;

use Mentorship_Program\REST\Schema_Shapes;
use Mentorship_Program\Applications\Fields;
use Mentorship_Program\Applications\Post_Types;
use Mentorship_Program\Applications\Stages;
use Mentorship_Program\Applications\Status_Links;
use Mentorship_Program\Database\Schema;
use Mentorship_Program\Support\Plain_Text;
use Mentorship_Program\Teams\Taxonomies;

/**
 * Counts per stage from the indexed post_status column; "reached" counts from the audit trail.
 *
 * @since 0.1.0
 */
final class Stats {

	use Schema_Shapes;

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
		$pairs  = self::array_of(
			array(
				'type'       => 'object',
				'properties' => array(
					'key'   => array( 'type' => 'string' ),
					'label' => array(
						'type'        => 'string',
						'description' => __( 'What people read: the team name, the language name, the region.', 'mentorship-program' ),
					),
					'count' => array( 'type' => 'integer' ),
				),
				'required'   => array( 'key', 'label', 'count' ),
			)
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
				'funnel'     => self::array_of(
					array(
						'type'       => 'object',
						'properties' => array(
							'stage'      => self::string_enum( Stages::stages( 'mentee' ) ),
							'label'      => array( 'type' => 'string' ),
							'count'      => array( 'type' => 'integer' ),
							'conversion' => array(
								'type'        => array( 'number', 'null' ),
								'description' => __( 'Share of the previous step that reached this one; null for the first step.', 'mentorship-program' ),
							),
						),
						'required'   => array( 'stage', 'label', 'count', 'conversion' ),
					)
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
	 * Reads the kept counts (one indexed query, whatever the history); while they are
	 * being built, or when $fresh is set, counts from scratch instead.
	 *
	 * @param int  $cohort_id Cohort term ID or 0.
	 * @param bool $fresh     Count from the posts, meta and audit tables.
	 * @return array<string, mixed>
	 */
	public static function funnel( int $cohort_id = 0, bool $fresh = false ): array {
		$sums = ! $fresh && Counts::ready() ? Counts::of_scope( $cohort_id ) : self::count_from_scratch( $cohort_id );
		return self::shape( $cohort_id, $sums, self::oldest_waiting( $cohort_id ) );
	}

	/**
	 * The oldest application still waiting for a decision: one row read from core's
	 * type/status/date index per status (or from the cohort's own rows).
	 *
	 * @param int $cohort_id Cohort term ID or 0.
	 * @return string|null GMT date, or null when nobody waits.
	 */
	private static function oldest_waiting( int $cohort_id ): ?string {
		global $wpdb;
		$mentee = Post_Types::MENTEE;
		$oldest = array();
		foreach ( array( 'submitted', 'in_review' ) as $stage ) {
			$status = Stages::to_status( $stage );
			if ( $cohort_id ) {
				// phpcs:ignore WordPress.DB.DirectDatabaseQuery.DirectQuery, WordPress.DB.DirectDatabaseQuery.NoCaching -- an aggregate WordPress has no API for; the counts it sits beside are never cached either.
				$value = $wpdb->get_var( $wpdb->prepare( "SELECT MIN(p.post_date_gmt) FROM {$wpdb->term_relationships} tr INNER JOIN {$wpdb->term_taxonomy} tt ON tt.term_taxonomy_id = tr.term_taxonomy_id AND tt.term_id = %d AND tt.taxonomy = %s INNER JOIN {$wpdb->posts} p ON p.ID = tr.object_id WHERE p.post_type = %s AND p.post_status = %s", $cohort_id, Taxonomies::COHORT, $mentee, $status ) );
			} else {
				// phpcs:ignore WordPress.DB.DirectDatabaseQuery.DirectQuery, WordPress.DB.DirectDatabaseQuery.NoCaching -- as above; ordered by core's type_status_date index, so one row is read.
				$value = $wpdb->get_var( $wpdb->prepare( "SELECT post_date_gmt FROM {$wpdb->posts} WHERE post_type = %s AND post_status = %s ORDER BY post_date ASC, ID ASC LIMIT 1", $mentee, $status ) );
			}
			if ( $value ) {
				$oldest[] = (string) $value;
			}
		}
		return $oldest ? min( $oldest ) : null;
	}

	/**
	 * Counts what the kept counts hold, from scratch: from the posts, meta, term and
	 * audit tables. The same rules as Counts::parts(), stated in SQL; a test holds the
	 * two equal.
	 *
	 * @since 0.2.0
	 *
	 * @param int $cohort_id Cohort term ID or 0.
	 * @return array<string, array<string, int>> Dimension => key => count (zeros left out).
	 */
	public static function count_from_scratch( int $cohort_id = 0 ): array {
		global $wpdb;
		$join = '';

		if ( $cohort_id ) {
			$tt   = (int) $wpdb->get_var( $wpdb->prepare( "SELECT term_taxonomy_id FROM {$wpdb->term_taxonomy} WHERE term_id = %d AND taxonomy = %s", $cohort_id, Taxonomies::COHORT ) ); // phpcs:ignore WordPress.DB.DirectDatabaseQuery -- aggregate query with no API.
			$join = " INNER JOIN {$wpdb->term_relationships} tr ON tr.object_id = p.ID AND tr.term_taxonomy_id = " . $tt;
		}
		$mentee = Post_Types::MENTEE;
		$mentor = Post_Types::MENTOR;
		// An application waiting for its address to be confirmed counts nowhere yet.
		$types = "'{$mentee}','{$mentor}'";
		$known = " AND p.post_status <> '" . Status_Links::UNCONFIRMED_STATUS . "'";
		// phpcs:disable WordPress.DB.PreparedSQL.InterpolatedNotPrepared, WordPress.DB.DirectDatabaseQuery -- constants and integers only; aggregates WordPress has no API for.
		$rows        = $wpdb->get_results( "SELECT p.post_type, p.post_status, COUNT(*) AS n FROM {$wpdb->posts} p{$join} WHERE p.post_type IN ({$types}){$known} GROUP BY p.post_type, p.post_status", ARRAY_A );
		$events      = Schema::table( 'events' );
		$reached     = $wpdb->get_results( "SELECT p.post_type, e.to_value, COUNT(DISTINCT e.object_id) AS n FROM {$events} e INNER JOIN {$wpdb->posts} p ON p.ID = e.object_id{$join} WHERE e.event = 'stage' AND p.post_type IN ({$types}){$known} GROUP BY p.post_type, e.to_value", ARRAY_A );
		$assignments = Schema::table( 'assignments' );
		$unassigned  = (int) $wpdb->get_var( "SELECT COUNT(*) FROM {$wpdb->posts} p{$join} LEFT JOIN {$assignments} a ON a.mentee_id = p.ID WHERE p.post_type = '{$mentee}' AND p.post_status IN ('mp_accepted','mp_active') AND a.mentee_id IS NULL" );
		$capacity    = (int) $wpdb->get_var( "SELECT COALESCE(SUM(CAST(m.meta_value AS SIGNED)),0) FROM {$wpdb->posts} p{$join} INNER JOIN {$wpdb->postmeta} m ON m.post_id = p.ID AND m.meta_key = '_mp_capacity' WHERE p.post_type = '{$mentor}' AND p.post_status IN ('mp_approved','mp_active') AND CAST(m.meta_value AS SIGNED) > 0" );
		$assigned    = (int) $wpdb->get_var( "SELECT COUNT(*) FROM {$assignments} a INNER JOIN {$wpdb->posts} p ON p.ID = a.mentor_id{$join} WHERE p.post_type = '{$mentor}' AND p.post_status IN ('mp_approved','mp_active')" );
		$by_team     = $wpdb->get_results( $wpdb->prepare( "SELECT t.slug AS k, COUNT(*) AS n FROM {$wpdb->posts} p{$join} INNER JOIN {$wpdb->term_relationships} r2 ON r2.object_id = p.ID INNER JOIN {$wpdb->term_taxonomy} x ON x.term_taxonomy_id = r2.term_taxonomy_id AND x.taxonomy = %s INNER JOIN {$wpdb->terms} t ON t.term_id = x.term_id WHERE p.post_type = '{$mentee}'{$known} GROUP BY t.slug", Taxonomies::TEAM ), ARRAY_A );
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
		$by_meta     = static function ( string $key, int $length ) use ( $wpdb, $join, $mentee, $key_first, $sqlite, $known ): array {
			$value = $sqlite ? 'm.meta_value' : "LEFT(m.meta_value, {$length})";
			$sql   = $key_first
				? "SELECT STRAIGHT_JOIN {$value} AS k, COUNT(*) AS n FROM {$wpdb->postmeta} m INNER JOIN {$wpdb->posts} p ON p.ID = m.post_id{$join} WHERE m.meta_key = %s AND p.post_type = %s AND m.meta_value <> ''{$known} GROUP BY k"
				: "SELECT {$value} AS k, COUNT(*) AS n FROM {$wpdb->posts} p{$join} INNER JOIN {$wpdb->postmeta} m ON m.post_id = p.ID AND m.meta_key = %s WHERE p.post_type = %s AND m.meta_value <> ''{$known} GROUP BY k";
			return (array) $wpdb->get_results( $wpdb->prepare( $sql, $key, $mentee ), ARRAY_A ); // phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared -- prepared here; the SQL above holds only table names, a join on an integer and an integer length.
		};
		$by_language = $by_meta( '_mp_lang', 35 );
		$by_region   = $by_meta( '_mp_region', 100 );
		// phpcs:enable

		$sums = array();
		foreach ( (array) $rows as $row ) {
			$type  = Post_Types::type_of( (string) $row['post_type'] );
			$stage = Stages::from_status( (string) $row['post_status'] );
			if ( $type && $stage ) {
				$sums[ $type . '_current' ][ $stage ] = (int) $row['n'];
			}
		}
		foreach ( (array) $reached as $row ) {
			$type = Post_Types::type_of( (string) $row['post_type'] );
			if ( $type ) {
				$sums[ $type . '_reached' ][ (string) $row['to_value'] ] = (int) $row['n'];
			}
		}
		$sums['unassigned'][''] = $unassigned;
		$sums['capacity']['']   = $capacity;
		$sums['assigned']['']   = $assigned;
		foreach ( array(
			'team'     => $by_team,
			'language' => $by_language,
			'region'   => $by_region,
		) as $dim => $pairs ) {
			foreach ( (array) $pairs as $row ) {
				$sums[ $dim ][ (string) $row['k'] ] = ( $sums[ $dim ][ (string) $row['k'] ] ?? 0 ) + (int) $row['n'];
			}
		}
		$out = array();
		foreach ( $sums as $dim => $values ) {
			$values = array_filter( $values );
			if ( $values ) {
				$out[ $dim ] = $values;
			}
		}
		return $out;
	}

	/**
	 * Turns sums into the funnel the REST route and the dashboard show.
	 *
	 * @param int                               $cohort_id      Cohort term ID or 0.
	 * @param array<string, array<string, int>> $sums           Dimension => key => count.
	 * @param string|null                       $oldest_waiting GMT date of the oldest waiting application.
	 * @return array<string, mixed>
	 */
	private static function shape( int $cohort_id, array $sums, ?string $oldest_waiting ): array {
		$out = array();
		foreach ( array( 'mentee', 'mentor' ) as $type ) {
			$out[ $type ] = array(
				'current' => array_fill_keys( Stages::stages( $type ), 0 ),
				'reached' => array_fill_keys( Stages::stages( $type ), 0 ),
			);
			foreach ( array( 'current', 'reached' ) as $kind ) {
				foreach ( $sums[ $type . '_' . $kind ] ?? array() as $stage => $n ) {
					if ( isset( $out[ $type ][ $kind ][ $stage ] ) ) {
						$out[ $type ][ $kind ][ $stage ] = (int) $n;
					}
				}
			}
		}
		$unassigned = (int) ( $sums['unassigned'][''] ?? 0 );
		$capacity   = (int) ( $sums['capacity'][''] ?? 0 );
		$assigned   = (int) ( $sums['assigned'][''] ?? 0 );
		// Team names in one query, whatever the number of teams or the history: core's
		// term queries prime caches that every count change empties, which costs more.
		global $wpdb;
		$rows  = (array) $wpdb->get_results( $wpdb->prepare( "SELECT t.slug, t.name FROM {$wpdb->terms} t INNER JOIN {$wpdb->term_taxonomy} tt ON tt.term_id = t.term_id WHERE tt.taxonomy = %s", Taxonomies::TEAM ) ); // phpcs:ignore WordPress.DB.DirectDatabaseQuery -- one read of names and slugs.
		$teams = array_map( array( Plain_Text::class, 'from_html' ), wp_list_pluck( $rows, 'name', 'slug' ) );
		// The largest groups first; equal ones by key, so the order is stable.
		$pairs  = static function ( string $dim ) use ( $sums, $teams ): array {
			$list = array();
			foreach ( $sums[ $dim ] ?? array() as $key => $n ) {
				if ( $n > 0 ) {
					$list[] = array(
						'key'   => (string) $key,
						'label' => 'team' === $dim ? (string) ( $teams[ $key ] ?? $key ) : ( 'language' === $dim ? Fields::language_name( (string) $key ) : (string) $key ),
						'count' => (int) $n,
					);
				}
			}
			usort(
				$list,
				static function ( $a, $b ): int {
					$by_count = $b['count'] <=> $a['count'];
					return 0 !== $by_count ? $by_count : strcmp( $a['key'], $b['key'] );
				}
			);
			return array_slice( $list, 0, 30 );
		};
		$path   = Stages::path( 'mentee' );
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
				'team'     => $pairs( 'team' ),
				'language' => $pairs( 'language' ),
				'region'   => $pairs( 'region' ),
			),
		);
	}

}
