<?php
/**
 * Kept counts: the funnel, dashboard cards and breakdowns, up to date on every change.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Stats;

defined( 'ABSPATH' ) || exit;

use Mentorship_Program\Applications\Applications;
use Mentorship_Program\Applications\Post_Types;
use Mentorship_Program\Applications\Stages;
use Mentorship_Program\Applications\Status_Links;
use Mentorship_Program\Database\Schema;
use Mentorship_Program\Database\Transaction;
use Mentorship_Program\Teams\Taxonomies;

/**
 * Counts that do not grow with history.
 *
 * Counting the funnel from the posts, meta and audit tables reads every application that
 * ever applied: 276 ms at 10,000 applications, and it keeps growing with every cohort.
 * Instead, each application's contribution to the counts (its stage, the stages it has
 * reached, its cohort, teams, languages, region, capacity and assignments) is kept as a
 * snapshot in the `members` table, and the sums in the `counts` table, one row per
 * (cohort, dimension, key); cohort 0 holds the sums over all cohorts. Reading the funnel is
 * then one indexed query whatever the history.
 *
 * When something about an application changes — through core's APIs (post, meta and term
 * writes, deletion) or the plugin's own events (a new application, a stage move, an
 * assignment) — the application is marked, and once the surrounding unit of work has
 * committed its contribution is computed again from the database, under a lock on its
 * snapshot row, and only the difference is added to the sums. Two requests changing the
 * same application therefore queue on that row and the later one sees the earlier one's
 * result; requests changing different applications add their differences with atomic
 * `n = n + delta` updates. If anything is ever in doubt, `wp mentorship counts rebuild`
 * computes every snapshot again (and the first rebuild after an update runs by itself in
 * batches through WP-Cron); until a rebuild has finished the funnel is counted from
 * scratch, as before.
 *
 * @since 0.2.0
 */
final class Counts {

	/**
	 * Option holding the state of the kept counts on a site: '' (never built), 'building'
	 * (a rebuild is on its way; the cursor is the last application done) or 'ready'.
	 */
	public const STATE_OPTION = 'mentorship_program_counts_state';

	/**
	 * Cron hook of the batched rebuild.
	 */
	public const REBUILD_HOOK = 'mentorship_program_rebuild_counts';

	/**
	 * Applications per rebuild batch.
	 */
	public const BATCH = 500;

	/**
	 * How often a refresh is tried after a deadlock or lock timeout before the sums are
	 * marked stale (and counted from scratch until a rebuild).
	 */
	private const REFRESH_ATTEMPTS = 5;

	/**
	 * Meta keys (without the prefix) whose rows are counted.
	 */
	private const META_KEYS = array( 'lang', 'region', 'capacity' );

	/**
	 * Applications whose contribution changed in this request and awaits a refresh.
	 *
	 * @var array<int, true>
	 */
	private static array $pending = array();

	/**
	 * Adds hooks.
	 *
	 * @since 0.2.0
	 */
	public function register(): void {
		// A stage move cleans the post cache once it is committed, so this one listener
		// also covers moves (listening to mentorship_program_stage_changed as well
		// would refresh the same application twice).
		add_action( 'clean_post_cache', array( self::class, 'on_clean_post_cache' ), 10, 2 );
		add_action( 'deleted_post', array( self::class, 'on_clean_post_cache' ), 10, 2 );
		add_action( 'set_object_terms', array( self::class, 'on_set_object_terms' ), 10, 4 );
		foreach ( array( 'added_post_meta', 'updated_post_meta', 'deleted_post_meta' ) as $hook ) {
			add_action( $hook, array( self::class, 'on_meta' ), 10, 3 );
		}
		add_action( 'mentorship_program_assigned', array( self::class, 'on_assignment' ), 10, 2 );
		add_action( 'mentorship_program_unassigned', array( self::class, 'on_assignment' ), 10, 2 );
		add_action( self::REBUILD_HOOK, array( self::class, 'rebuild_batch' ) );
		add_action( self::REBUILD_HOOK . '_start', array( self::class, 'schedule_rebuild' ) );
		add_action( 'mentorship_program_install_site', array( self::class, 'schedule_rebuild' ), 20 );
	}

	/**
	 * Whether the kept counts can be read (a rebuild has finished).
	 *
	 * @return bool
	 */
	public static function ready(): bool {
		return 'ready' === get_option( self::STATE_OPTION );
	}

	/**
	 * Starts a rebuild in batches through WP-Cron (after an install or update).
	 *
	 * @since 0.2.0
	 */
	public static function schedule_rebuild(): void {
		global $wpdb;
		$types = self::post_types_sql();
		// phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared, WordPress.DB.DirectDatabaseQuery.DirectQuery, WordPress.DB.DirectDatabaseQuery.NoCaching -- constants only; an existence check.
		$any = $wpdb->get_var( "SELECT ID FROM {$wpdb->posts} WHERE post_type IN ({$types}) LIMIT 1" );
		if ( 'ready' === get_option( self::STATE_OPTION ) && self::tables_match() ) {
			return;
		}
		self::reset();
		if ( ! $any ) {
			// Nothing to count: the empty sums are right.
			update_option( self::STATE_OPTION, 'ready', true );
			return;
		}
		update_option( self::STATE_OPTION, 'building:0', true );
		if ( ! wp_next_scheduled( self::REBUILD_HOOK ) ) {
			wp_schedule_single_event( time(), self::REBUILD_HOOK );
		}
	}

	/**
	 * Whether both tables exist (an update may have created them just now).
	 *
	 * @return bool
	 */
	private static function tables_match(): bool {
		global $wpdb;
		$table = Schema::table( 'counts' );
		return $table === $wpdb->get_var( $wpdb->prepare( 'SHOW TABLES LIKE %s', $wpdb->esc_like( $table ) ) ); // phpcs:ignore WordPress.DB.DirectDatabaseQuery.DirectQuery, WordPress.DB.DirectDatabaseQuery.NoCaching -- schema check.
	}

	/**
	 * Empties both tables.
	 */
	private static function reset(): void {
		global $wpdb;
		$counts  = Schema::table( 'counts' );
		$members = Schema::table( 'count_members' );
		// phpcs:disable WordPress.DB.PreparedSQL.InterpolatedNotPrepared, WordPress.DB.DirectDatabaseQuery.DirectQuery, WordPress.DB.DirectDatabaseQuery.NoCaching -- our own tables.
		Transaction::run(
			static function () use ( $wpdb, $counts, $members ) {
				$wpdb->query( "DELETE FROM {$members}" );
				$wpdb->query( "DELETE FROM {$counts}" );
				return true;
			}
		);
		// phpcs:enable
	}

	/**
	 * Rebuilds every snapshot and sum now (the command line's `counts rebuild`).
	 *
	 * @since 0.2.0
	 *
	 * @param callable|null $progress Called with the number of applications done.
	 * @return int Applications counted.
	 */
	public static function rebuild( ?callable $progress = null ): int {
		self::reset();
		update_option( self::STATE_OPTION, 'building:0', true );
		$done = 0;
		do {
			$batch = self::rebuild_batch( false );
			$done += $batch;
			if ( $progress ) {
				$progress( $done );
			}
		} while ( $batch > 0 );
		return $done;
	}

	/**
	 * Counts the next batch of a rebuild; schedules the next one or marks the counts ready.
	 *
	 * Safe while the site is in use: applications changed meanwhile refresh their own
	 * snapshot, and a later refresh of the same application finds nothing to add.
	 *
	 * @since 0.2.0
	 *
	 * @param bool $schedule Whether to schedule the next batch through WP-Cron.
	 * @return int Applications counted in this batch.
	 */
	public static function rebuild_batch( $schedule = true ): int {
		global $wpdb;
		$state = (string) get_option( self::STATE_OPTION );
		if ( 0 !== strpos( $state, 'building:' ) ) {
			return 0;
		}
		$cursor = (int) substr( $state, 9 );
		$types  = self::post_types_sql();
		// phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared, WordPress.DB.DirectDatabaseQuery.DirectQuery, WordPress.DB.DirectDatabaseQuery.NoCaching -- constants only; a keyset page of IDs.
		$ids = array_map( 'intval', $wpdb->get_col( $wpdb->prepare( "SELECT ID FROM {$wpdb->posts} WHERE post_type IN ({$types}) AND ID > %d ORDER BY ID ASC LIMIT %d", $cursor, self::BATCH ) ) );
		if ( ! $ids ) {
			update_option( self::STATE_OPTION, 'ready', true );
			return 0;
		}
		self::refresh( $ids );
		update_option( self::STATE_OPTION, 'building:' . max( $ids ), true );
		if ( $schedule ) {
			wp_schedule_single_event( time(), self::REBUILD_HOOK );
		}
		return count( $ids );
	}

	/**
	 * The kept sums of one scope (a cohort, or 0 for all).
	 *
	 * @param int $cohort_id Cohort term ID or 0.
	 * @return array<string, array<string, int>> Dimension => key => count (zeros left out).
	 */
	public static function of_scope( int $cohort_id ): array {
		global $wpdb;
		$table = Schema::table( 'counts' );
		// phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared, WordPress.DB.DirectDatabaseQuery.DirectQuery, WordPress.DB.DirectDatabaseQuery.NoCaching -- our own table; kept up to date on every change, so never cached.
		$rows = $wpdb->get_results( $wpdb->prepare( "SELECT dim, k, n FROM {$table} WHERE scope = %d AND n <> 0", $cohort_id ), ARRAY_A );
		$out  = array();
		foreach ( (array) $rows as $row ) {
			$out[ (string) $row['dim'] ][ (string) $row['k'] ] = (int) $row['n'];
		}
		return $out;
	}

	/**
	 * Sums in a comparable form: keys as the database groups them (case and trailing
	 * spaces do not count), zeros left out, sorted.
	 *
	 * @since 0.2.0
	 *
	 * @param array<string, array<string, int>> $sums Dimension => key => count.
	 * @return array<string, array<string, int>>
	 */
	public static function normalise( array $sums ): array {
		$out = array();
		foreach ( $sums as $dim => $values ) {
			foreach ( $values as $key => $n ) {
				$key                          = rtrim( mb_strtolower( (string) $key ), ' ' );
				$out[ (string) $dim ][ $key ] = ( $out[ (string) $dim ][ $key ] ?? 0 ) + (int) $n;
			}
		}
		foreach ( $out as $dim => $values ) {
			$values = array_filter( $values );
			ksort( $values, SORT_STRING );
			$out[ $dim ] = $values;
		}
		$out = array_filter( $out );
		ksort( $out, SORT_STRING );
		return $out;
	}

	/**
	 * Hook: a post's caches were cleaned (insert, update, status move, deletion).
	 *
	 * @param int           $post_id Post ID.
	 * @param \WP_Post|null $post    Post, when known.
	 */
	public static function on_clean_post_cache( $post_id, $post = null ): void {
		$type = $post instanceof \WP_Post ? $post->post_type : get_post_type( (int) $post_id );
		if ( $type && Post_Types::type_of( (string) $type ) ) {
			self::touch( (int) $post_id );
		}
	}

	/**
	 * Hook: terms were set on an object.
	 *
	 * @param int               $object_id Object ID.
	 * @param array<int|string> $terms     Terms.
	 * @param array<int|string> $tt_ids    Term taxonomy IDs.
	 * @param string            $taxonomy  Taxonomy.
	 */
	public static function on_set_object_terms( $object_id, $terms, $tt_ids, $taxonomy ): void {
		if ( in_array( $taxonomy, array( Taxonomies::COHORT, Taxonomies::TEAM ), true ) ) {
			self::on_clean_post_cache( (int) $object_id );
		}
	}

	/**
	 * Hook: a meta row was added, updated or deleted.
	 *
	 * @param int|int[] $meta_id   Meta ID(s).
	 * @param int       $object_id Post ID.
	 * @param string    $meta_key  Meta key.
	 */
	public static function on_meta( $meta_id, $object_id, $meta_key ): void {
		$key = (string) $meta_key;
		if ( 0 === strpos( $key, Applications::META_PREFIX ) && in_array( substr( $key, strlen( Applications::META_PREFIX ) ), self::META_KEYS, true ) ) {
			self::on_clean_post_cache( (int) $object_id );
		}
	}

	/**
	 * Hook: an assignment was made or removed; both people's counts change.
	 *
	 * @param int $mentee_id Mentee application.
	 * @param int $mentor_id Mentor application.
	 */
	public static function on_assignment( $mentee_id, $mentor_id ): void {
		self::touch( (int) $mentee_id );
		self::touch( (int) $mentor_id );
	}

	/**
	 * Marks an application for a refresh once the current unit of work has ended.
	 *
	 * @since 0.2.0
	 *
	 * @param int $id Application ID.
	 */
	public static function touch( int $id ): void {
		if ( $id <= 0 ) {
			return;
		}
		self::$pending[ $id ] = true;
		if ( Transaction::depth() > 0 ) {
			// Refreshed when the outermost transaction ends (Transaction calls flush()),
			// so the snapshot never counts rows that were rolled back.
			return;
		}
		self::flush();
	}

	/**
	 * Drops a mark: for a new application that counts nowhere yet (its address is not
	 * confirmed), whose terms were just set.
	 *
	 * @since 0.2.0
	 *
	 * @param int $id Application ID.
	 */
	public static function forget( int $id ): void {
		unset( self::$pending[ $id ] );
	}

	/**
	 * Refreshes every marked application.
	 *
	 * @since 0.2.0
	 */
	public static function flush(): void {
		if ( ! self::$pending || Transaction::depth() > 0 ) {
			return;
		}
		$ids           = array_keys( self::$pending );
		self::$pending = array();
		// A refresh computes everything again, so after a lock timeout or a deadlock it
		// can simply run again; the waits double (at most about 0.75 s in all), so that
		// many writers at once on a busy server take turns before anyone gives up.
		for ( $attempt = 1; $attempt <= self::REFRESH_ATTEMPTS; $attempt++ ) {
			$result = self::refresh( $ids );
			if ( true === $result || self::REFRESH_ATTEMPTS === $attempt ) {
				break;
			}
			usleep( wp_rand( 5000, 50000 ) * ( 2 ** ( $attempt - 1 ) ) );
		}
		if ( true !== $result ) {
			// The sums may now be off (the database refused the write): count from scratch
			// until a rebuild has put them right.
			self::mark_stale();
		}
	}

	/**
	 * Records the contribution of a brand-new application, inside the transaction that
	 * stores it: two statements instead of a full refresh.
	 *
	 * @since 0.2.0
	 *
	 * @param int                          $id       New application.
	 * @param string                       $type     mentee or mentor.
	 * @param int                          $cohort   Cohort term ID.
	 * @param string[]                     $teams    Team slugs.
	 * @param array<string, array<string>> $meta     Meta key (no prefix) => values, for the counted keys.
	 * @return true|\WP_Error
	 */
	public static function add_new( int $id, string $type, int $cohort, array $teams, array $meta ) {
		$parts = self::parts(
			array(
				'type'     => $type,
				'stage'    => 'submitted',
				'reached'  => array( 'submitted' ),
				'cohorts'  => $cohort ? array( $cohort ) : array(),
				'teams'    => $teams,
				'meta'     => $meta,
				'assigned' => false,
				'seats'    => 0,
			)
		);
		unset( self::$pending[ $id ] );
		return self::apply( array( $id => $parts ), array( $id => array() ), true );
	}

	/**
	 * Computes the contributions of these applications again and adds the differences.
	 *
	 * @since 0.2.0
	 *
	 * @param int[] $ids Application IDs.
	 * @return true|\WP_Error
	 */
	public static function refresh( array $ids ) {
		global $wpdb;
		$ids = array_values( array_unique( array_filter( array_map( 'intval', $ids ) ) ) );
		if ( ! $ids ) {
			return true;
		}
		sort( $ids );
		$members = Schema::table( 'count_members' );
		$in      = implode( ',', $ids );
		// phpcs:disable WordPress.DB.PreparedSQL.InterpolatedNotPrepared, WordPress.DB.DirectDatabaseQuery.DirectQuery, WordPress.DB.DirectDatabaseQuery.NoCaching -- our own tables and integer IDs; the counts must be read and locked, never cached.
		return Transaction::run(
			static function () use ( $wpdb, $ids, $members, $in ) {
				// A row to lock for every application, locked exclusively in ID order as it
				// is written: an INSERT IGNORE would take shared locks first, and two
				// refreshes upgrading shared locks on the same row deadlock.
				$rows_sql = implode( ', ', array_fill( 0, count( $ids ), "(%d, '')" ) );
				$locked   = $wpdb->query( $wpdb->prepare( "INSERT INTO {$members} (object_id, parts) VALUES {$rows_sql} ON DUPLICATE KEY UPDATE object_id = object_id", $ids ) ); // phpcs:ignore WordPress.DB.PreparedSQLPlaceholders.UnfinishedPrepare -- one placeholder per ID, built above.
				$rows     = false === $locked ? null : $wpdb->get_results( "SELECT object_id, parts FROM {$members} WHERE object_id IN ({$in}) ORDER BY object_id FOR UPDATE", ARRAY_A );
				// phpcs:enable
				if ( false === $locked || '' !== $wpdb->last_error ) {
					// A lock wait that ended in a deadlock rolled the transaction back: stop
					// here rather than go on outside it.
					return new \WP_Error( 'mentorship_store_failed', __( 'The counts could not be updated.', 'mentorship-program' ) );
				}
				$old = array();
				foreach ( (array) $rows as $row ) {
					$decoded                        = '' === $row['parts'] ? array() : json_decode( (string) $row['parts'], true );
					$old[ (int) $row['object_id'] ] = is_array( $decoded ) ? $decoded : array();
				}
				$facts = self::gather( $ids );
				if ( is_wp_error( $facts ) ) {
					return $facts;
				}
				$new = array();
				foreach ( $facts as $id => $one ) {
					$new[ $id ] = null === $one ? array() : self::parts( $one );
				}
				return self::apply( $new, $old, false );
			}
		);
	}

	/**
	 * Adds the differences between old and new contributions to the sums and stores
	 * the new snapshots.
	 *
	 * @param array<int, array<string, int>> $new     Application => part key => weight.
	 * @param array<int, array<string, int>> $old     Application => part key => weight.
	 * @param bool                           $created Whether the applications are new (insert, no snapshot yet).
	 * @return true|\WP_Error
	 */
	private static function apply( array $new, array $old, bool $created ) {
		global $wpdb;
		$counts  = Schema::table( 'counts' );
		$members = Schema::table( 'count_members' );
		$delta   = array();
		foreach ( $new as $id => $parts ) {
			foreach ( $parts as $key => $weight ) {
				$delta[ $key ] = ( $delta[ $key ] ?? 0 ) + $weight;
			}
			foreach ( $old[ $id ] ?? array() as $key => $weight ) {
				$delta[ $key ] = ( $delta[ $key ] ?? 0 ) - $weight;
			}
		}
		$delta = array_filter( $delta );
		// Rows are locked in key order, so two refreshes never wait on each other in a circle.
		ksort( $delta, SORT_STRING );
		if ( $delta ) {
			$values = array();
			$args   = array();
			foreach ( $delta as $key => $n ) {
				list( $scope, $dim, $k ) = explode( '|', (string) $key, 3 );
				$values[]                = '(%d, %s, %s, %d)';
				array_push( $args, (int) $scope, $dim, $k, $n );
			}
			// phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared, WordPress.DB.PreparedSQL.NotPrepared, WordPress.DB.PreparedSQLPlaceholders.UnfinishedPrepare, WordPress.DB.DirectDatabaseQuery.DirectQuery, WordPress.DB.DirectDatabaseQuery.NoCaching -- placeholders built above; our own table.
			if ( false === $wpdb->query( $wpdb->prepare( "INSERT INTO {$counts} (scope, dim, k, n) VALUES " . implode( ', ', $values ) . ' ON DUPLICATE KEY UPDATE n = n + VALUES(n)', $args ) ) ) {
				return new \WP_Error( 'mentorship_store_failed', __( 'The counts could not be updated.', 'mentorship-program' ) );
			}
			// A key nobody has any more goes: a region is free text, and an erased person's
			// must not stay behind as a row with a count of nought.
			if ( min( $delta ) < 0 && false === $wpdb->query( "DELETE FROM {$counts} WHERE n = 0" ) ) { // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared, WordPress.DB.DirectDatabaseQuery.DirectQuery, WordPress.DB.DirectDatabaseQuery.NoCaching -- our own table; no input.
				return new \WP_Error( 'mentorship_store_failed', __( 'The counts could not be updated.', 'mentorship-program' ) );
			}
		}
		$values = array();
		$args   = array();
		foreach ( $new as $id => $parts ) {
			$values[] = '(%d, %s)';
			array_push( $args, $id, $parts ? (string) wp_json_encode( $parts, JSON_UNESCAPED_UNICODE ) : '' );
		}
		if ( ! $values ) {
			return true;
		}
		$sql = "INSERT INTO {$members} (object_id, parts) VALUES " . implode( ', ', $values ) . ( $created ? '' : ' ON DUPLICATE KEY UPDATE parts = VALUES(parts)' );
		// phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared, WordPress.DB.DirectDatabaseQuery.DirectQuery, WordPress.DB.DirectDatabaseQuery.NoCaching -- placeholders built above; our own table.
		if ( false === $wpdb->query( $wpdb->prepare( $sql, $args ) ) ) {
			return new \WP_Error( 'mentorship_store_failed', __( 'The counts could not be updated.', 'mentorship-program' ) );
		}
		// Snapshots of deleted applications are left empty rather than removed, so a
		// late refresh of the same ID still finds its row to lock.
		return true;
	}

	/**
	 * Reads what the counts need to know about these applications from the database.
	 *
	 * @param int[] $ids Application IDs (integers).
	 * @return array<int, array<string, mixed>|null>|\WP_Error Facts per application (null when it no longer exists).
	 */
	private static function gather( array $ids ) {
		global $wpdb;
		$in          = implode( ',', array_map( 'intval', $ids ) );
		$events      = Schema::table( 'events' );
		$assignments = Schema::table( 'assignments' );
		$keys        = "'" . implode( "','", array_map( static fn( $k ) => Applications::META_PREFIX . $k, self::META_KEYS ) ) . "'";
		// phpcs:disable WordPress.DB.PreparedSQL.InterpolatedNotPrepared, WordPress.DB.DirectDatabaseQuery.DirectQuery, WordPress.DB.DirectDatabaseQuery.NoCaching -- integer IDs and constants only; read inside the refresh's transaction, never from a cache.
		$posts    = $wpdb->get_results( "SELECT ID, post_type, post_status FROM {$wpdb->posts} WHERE ID IN ({$in})", ARRAY_A );
		$terms    = $wpdb->get_results(
			$wpdb->prepare(
				"SELECT tr.object_id, tt.taxonomy, tt.term_id, t.slug FROM {$wpdb->term_relationships} tr INNER JOIN {$wpdb->term_taxonomy} tt ON tt.term_taxonomy_id = tr.term_taxonomy_id INNER JOIN {$wpdb->terms} t ON t.term_id = tt.term_id WHERE tr.object_id IN ({$in}) AND tt.taxonomy IN (%s, %s)",
				Taxonomies::COHORT,
				Taxonomies::TEAM
			),
			ARRAY_A
		);
		$meta     = $wpdb->get_results( "SELECT post_id, meta_key, meta_value FROM {$wpdb->postmeta} WHERE post_id IN ({$in}) AND meta_key IN ({$keys})", ARRAY_A );
		$reached  = $wpdb->get_results( "SELECT DISTINCT object_id, to_value FROM {$events} WHERE object_id IN ({$in}) AND event = 'stage'", ARRAY_A );
		$assigned = $wpdb->get_results( "SELECT mentee_id, mentor_id FROM {$assignments} WHERE mentee_id IN ({$in}) OR mentor_id IN ({$in})", ARRAY_A );
		// phpcs:enable
		if ( '' !== $wpdb->last_error ) {
			return new \WP_Error( 'mentorship_store_failed', __( 'The counts could not be updated.', 'mentorship-program' ) );
		}

		$facts = array_fill_keys( $ids, null );
		foreach ( (array) $posts as $post ) {
			$type = Post_Types::type_of( (string) $post['post_type'] );
			// An application waiting for its address to be confirmed counts nowhere yet
			// (the same rule as Stats::count_from_scratch()).
			if ( ! $type || Status_Links::UNCONFIRMED_STATUS === $post['post_status'] ) {
				continue;
			}
			$facts[ (int) $post['ID'] ] = array(
				'type'     => $type,
				'stage'    => (string) Stages::from_status( (string) $post['post_status'] ),
				'reached'  => array(),
				'cohorts'  => array(),
				'teams'    => array(),
				'meta'     => array(),
				'assigned' => false,
				'seats'    => 0,
			);
		}
		foreach ( (array) $terms as $row ) {
			$id = (int) $row['object_id'];
			if ( isset( $facts[ $id ] ) ) {
				if ( Taxonomies::COHORT === $row['taxonomy'] ) {
					$facts[ $id ]['cohorts'][] = (int) $row['term_id'];
				} else {
					$facts[ $id ]['teams'][] = (string) $row['slug'];
				}
			}
		}
		foreach ( (array) $meta as $row ) {
			$id = (int) $row['post_id'];
			if ( isset( $facts[ $id ] ) ) {
				$facts[ $id ]['meta'][ substr( (string) $row['meta_key'], strlen( Applications::META_PREFIX ) ) ][] = (string) $row['meta_value'];
			}
		}
		foreach ( (array) $reached as $row ) {
			$id = (int) $row['object_id'];
			if ( isset( $facts[ $id ] ) ) {
				$facts[ $id ]['reached'][] = (string) $row['to_value'];
			}
		}
		foreach ( (array) $assigned as $row ) {
			$mentee = (int) $row['mentee_id'];
			$mentor = (int) $row['mentor_id'];
			if ( isset( $facts[ $mentee ] ) ) {
				$facts[ $mentee ]['assigned'] = true;
			}
			if ( isset( $facts[ $mentor ] ) ) {
				++$facts[ $mentor ]['seats'];
			}
		}
		return $facts;
	}

	/**
	 * What one application adds to the sums: the one home of the counting rules, which
	 * Stats::count_from_scratch() states again in SQL (a test holds the two equal).
	 *
	 * @param array<string, mixed> $facts type, stage, reached[], cohorts[], teams[], meta{key: values[]}, assigned, seats.
	 * @return array<string, int> "scope|dimension|key" => weight.
	 */
	private static function parts( array $facts ): array {
		$type  = (string) $facts['type'];
		$stage = (string) $facts['stage'];
		$meta  = (array) $facts['meta'];
		$own   = array();
		$add   = static function ( string $dim, string $key, int $weight = 1 ) use ( &$own ): void {
			if ( 0 !== $weight ) {
				$own[ $dim . '|' . $key ] = ( $own[ $dim . '|' . $key ] ?? 0 ) + $weight;
			}
		};
		if ( '' !== $stage ) {
			$add( $type . '_current', $stage );
		}
		foreach ( array_unique( array_map( 'strval', (array) $facts['reached'] ) ) as $reached ) {
			$add( $type . '_reached', $reached );
		}
		if ( 'mentee' === $type ) {
			if ( in_array( $stage, Stages::RUNNING['mentee'], true ) && ! $facts['assigned'] ) {
				$add( 'unassigned', '' );
			}
			foreach ( array_unique( (array) $facts['teams'] ) as $team ) {
				$add( 'team', (string) $team );
			}
			foreach ( (array) ( $meta['lang'] ?? array() ) as $value ) {
				if ( '' !== (string) $value ) {
					$add( 'language', mb_substr( (string) $value, 0, 35 ) );
				}
			}
			foreach ( (array) ( $meta['region'] ?? array() ) as $value ) {
				if ( '' !== (string) $value ) {
					$add( 'region', mb_substr( (string) $value, 0, 100 ) );
				}
			}
		} elseif ( in_array( $stage, Stages::RUNNING['mentor'], true ) ) {
			$capacity = 0;
			foreach ( (array) ( $meta['capacity'] ?? array() ) as $value ) {
				$capacity += max( 0, (int) $value );
			}
			$add( 'capacity', '', $capacity );
			$add( 'assigned', '', (int) $facts['seats'] );
		}
		// Every contribution counts for all cohorts (scope 0) and for each of its cohorts.
		$parts = array();
		foreach ( array_merge( array( 0 ), array_unique( array_map( 'intval', (array) $facts['cohorts'] ) ) ) as $scope ) {
			foreach ( $own as $key => $weight ) {
				$parts[ $scope . '|' . $key ] = $weight;
			}
		}
		return $parts;
	}

	/**
	 * Marks the kept counts as not to be trusted and schedules a rebuild.
	 */
	private static function mark_stale(): void {
		update_option( self::STATE_OPTION, 'stale', true );
		if ( ! wp_next_scheduled( self::REBUILD_HOOK . '_start' ) ) {
			wp_schedule_single_event( time(), self::REBUILD_HOOK . '_start' );
		}
	}

	/**
	 * The plugin's post types as a quoted SQL list.
	 *
	 * @return string
	 */
	private static function post_types_sql(): string {
		return "'" . Post_Types::MENTEE . "','" . Post_Types::MENTOR . "'";
	}
}
