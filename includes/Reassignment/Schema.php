<?php
/**
 * Storage of who mentored whom, and when.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Reassignment;

defined( 'ABSPATH' ) || exit;

/**
 * Creates and drops the mentor history table.
 *
 * Why a table and not the audit trail: the history is read per mentee (the drawer, the
 * mentee's own block) and per mentor (the privacy exporter) as spans with a start, an
 * end and a reason; the audit trail keeps single events of one object. One row per span,
 * indexed both ways, answers every question with one query.
 *
 * @since 0.3.0
 */
final class Schema {

	/**
	 * Adds hooks.
	 *
	 * @since 0.3.0
	 */
	public function register(): void {
		add_action( 'mentorship_program_install_site', array( self::class, 'install' ) );
		add_filter( 'wpmu_drop_tables', array( $this, 'drop_tables_with_site' ) );
	}

	/**
	 * The table's full name on the current site.
	 *
	 * @since 0.3.0
	 *
	 * @return string
	 */
	public static function table(): string {
		global $wpdb;
		return $wpdb->prefix . 'mentorship_mentor_history';
	}

	/**
	 * Creates or updates the table with dbDelta.
	 *
	 * @since 0.3.0
	 */
	public static function install(): void {
		global $wpdb;
		require_once ABSPATH . 'wp-admin/includes/upgrade.php';
		$table   = self::table();
		$collate = $wpdb->get_charset_collate();
		dbDelta(
			"CREATE TABLE {$table} (
  id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  mentee_id bigint(20) unsigned NOT NULL,
  mentor_id bigint(20) unsigned NOT NULL,
  cohort_id bigint(20) unsigned NOT NULL DEFAULT 0,
  started_at datetime NOT NULL,
  ended_at datetime NULL,
  end_reason varchar(20) NOT NULL DEFAULT '',
  note text NOT NULL,
  ended_by bigint(20) unsigned NOT NULL DEFAULT 0,
  PRIMARY KEY  (id),
  KEY mentee_started (mentee_id,started_at),
  KEY mentor_id (mentor_id)
) $collate;"
		);
	}

	/**
	 * Drops the table on the current site.
	 *
	 * @since 0.3.0
	 */
	public static function uninstall(): void {
		global $wpdb;
		$table = self::table();
		$wpdb->query( "DROP TABLE IF EXISTS `{$table}`" ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared, WordPress.DB.DirectDatabaseQuery, WordPress.DB.DirectDatabaseQuery.SchemaChange -- our own table name.
	}

	/**
	 * Drops the table along with a deleted site.
	 *
	 * @since 0.3.0
	 *
	 * @param string[] $tables Tables WordPress drops.
	 * @return string[]
	 */
	public function drop_tables_with_site( array $tables ): array {
		$tables[] = self::table();
		return $tables;
	}
}
