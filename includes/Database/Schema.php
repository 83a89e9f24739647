<?php
/**
 * The plugin's own tables: audit trail, assignments, mail queue, claims, rate buckets and
 * the kept counts.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Database;

defined( 'ABSPATH' ) || exit;

use Mentorship_Program\Stats\Counts;

/**
 * Creates and drops the tables. Unique keys do the work that must hold under
 * concurrency: one claim per e-mail and cohort, one seat per mentor slot.
 *
 * @since 0.1.0
 */
final class Schema {

	/**
	 * Adds hooks.
	 *
	 * @since 0.1.0
	 */
	public function register(): void {
		add_action( 'mentorship_program_install_site', array( self::class, 'install' ) );

		add_filter( 'wpmu_drop_tables', array( $this, 'drop_tables_with_site' ) );
	}

	/**
	 * Table names on the current site.
	 *
	 * @return array<string, string> Short name => full name.
	 */
	public static function tables(): array {
		global $wpdb;
		return array(
			'events'        => $wpdb->prefix . 'mentorship_events',
			'assignments'   => $wpdb->prefix . 'mentorship_assignments',
			'mail'          => $wpdb->prefix . 'mentorship_mail',
			'claims'        => $wpdb->prefix . 'mentorship_claims',
			'rate'          => $wpdb->prefix . 'mentorship_rate',
			'counts'        => $wpdb->prefix . 'mentorship_counts',
			'count_members' => $wpdb->prefix . 'mentorship_count_members',
		);
	}

	/**
	 * One table's full name.
	 *
	 * @param string $name Short name.
	 * @return string
	 */
	public static function table( string $name ): string {
		return self::tables()[ $name ];
	}

	/**
	 * Creates or updates the tables with dbDelta.
	 *
	 * @since 0.1.0
	 */
	public static function install(): void {
		global $wpdb;
		require_once ABSPATH . 'wp-admin/includes/upgrade.php';
		$t       = self::tables();
		$collate = $wpdb->get_charset_collate();
		dbDelta(
			array(
				"CREATE TABLE {$t['events']} (
  id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  object_id bigint(20) unsigned NOT NULL,
  event varchar(20) NOT NULL,
  from_value varchar(40) NOT NULL DEFAULT '',
  to_value varchar(40) NOT NULL DEFAULT '',
  note text NULL,
  rating tinyint(3) unsigned NULL,
  user_id bigint(20) unsigned NOT NULL DEFAULT 0,
  created_at datetime NOT NULL,
  PRIMARY KEY  (id),
  KEY object_event (object_id,event),
  KEY created_at (created_at)
) $collate;",
				"CREATE TABLE {$t['assignments']} (
  mentee_id bigint(20) unsigned NOT NULL,
  mentor_id bigint(20) unsigned NOT NULL,
  seat smallint(5) unsigned NOT NULL,
  cohort_id bigint(20) unsigned NOT NULL DEFAULT 0,
  track varchar(20) NOT NULL DEFAULT 'one-to-one',
  user_id bigint(20) unsigned NOT NULL DEFAULT 0,
  created_at datetime NOT NULL,
  PRIMARY KEY  (mentee_id),
  UNIQUE KEY mentor_seat (mentor_id,seat),
  KEY cohort_id (cohort_id)
) $collate;",
				"CREATE TABLE {$t['mail']} (
  id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  object_id bigint(20) unsigned NOT NULL DEFAULT 0,
  recipient varchar(254) NOT NULL,
  subject varchar(255) NOT NULL,
  body longtext NOT NULL,
  status varchar(10) NOT NULL DEFAULT 'queued',
  attempts smallint(5) unsigned NOT NULL DEFAULT 0,
  last_error varchar(255) NOT NULL DEFAULT '',
  next_attempt_at datetime NOT NULL,
  created_at datetime NOT NULL,
  sent_at datetime NULL,
  PRIMARY KEY  (id),
  KEY status_next (status,next_attempt_at),
  KEY object_id (object_id)
) $collate;",
				"CREATE TABLE {$t['claims']} (
  claim_key char(40) NOT NULL,
  object_id bigint(20) unsigned NOT NULL DEFAULT 0,
  created_at datetime NOT NULL,
  PRIMARY KEY  (claim_key),
  KEY object_id (object_id)
) $collate;",
				"CREATE TABLE {$t['rate']} (
  bucket char(40) NOT NULL,
  hits int(10) unsigned NOT NULL DEFAULT 0,
  expires_at int(10) unsigned NOT NULL,
  PRIMARY KEY  (bucket),
  KEY expires_at (expires_at)
) $collate;",
				// Kept counts (see Counts): one row per cohort (0 = all), dimension and key,
				// in the site's collation so keys group as GROUP BY on the meta table does.
				"CREATE TABLE {$t['counts']} (
  scope bigint(20) unsigned NOT NULL,
  dim varchar(20) NOT NULL,
  k varchar(100) NOT NULL DEFAULT '',
  n bigint(20) NOT NULL DEFAULT 0,
  PRIMARY KEY  (scope,dim,k)
) $collate;",
				"CREATE TABLE {$t['count_members']} (
  object_id bigint(20) unsigned NOT NULL,
  parts text NOT NULL,
  PRIMARY KEY  (object_id)
) $collate;",
			)
		);
	}

	/**
	 * Drops the tables on the current site.
	 *
	 * @since 0.1.0
	 */
	public static function uninstall(): void {
		global $wpdb;
		foreach ( self::tables() as $table ) {
			$wpdb->query( "DROP TABLE IF EXISTS `{$table}`" ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared, WordPress.DB.DirectDatabaseQuery.DirectQuery, WordPress.DB.DirectDatabaseQuery.NoCaching, WordPress.DB.DirectDatabaseQuery.SchemaChange -- uninstall drops our own tables; no API does, nothing to cache.
		}
	}

	/**
	 * Drops this plugin's tables along with a deleted site.
	 *
	 * @param string[] $tables Tables WordPress drops.
	 * @return string[]
	 */
	public function drop_tables_with_site( array $tables ): array {
		return array_merge( $tables, array_values( self::tables() ) );
	}
}
