<?php
/**
 * Storage of nudges: the log of reminders sent, and who opted out of them.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Nudges;

defined( 'ABSPATH' ) || exit;

/**
 * Creates and drops the nudge log and the opt-out list.
 *
 * The log's UNIQUE nudge_key (person + kind + occurrence) is what makes each nudge
 * happen once: whoever inserts the key first sends, so two overlapping cron runs, a
 * late run after a gap, or a double click never send the same reminder twice. The
 * log also answers "how many reminders did this address get in seven days" from an
 * index, for the weekly cap.
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
	 * Table names on the current site.
	 *
	 * @since 0.3.0
	 *
	 * @return array<string, string> Short name => full name.
	 */
	public static function tables(): array {
		global $wpdb;
		return array(
			'nudges'  => $wpdb->prefix . 'mentorship_nudges',
			'optouts' => $wpdb->prefix . 'mentorship_nudge_optouts',
		);
	}

	/**
	 * One table's full name.
	 *
	 * @since 0.3.0
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
	 * @since 0.3.0
	 */
	public static function install(): void {
		global $wpdb;
		require_once ABSPATH . 'wp-admin/includes/upgrade.php';
		$t       = self::tables();
		$collate = $wpdb->get_charset_collate();
		dbDelta(
			array(
				"CREATE TABLE {$t['nudges']} (
  id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  nudge_key varchar(191) NOT NULL,
  kind varchar(12) NOT NULL,
  person_id bigint(20) unsigned NOT NULL,
  about_id bigint(20) unsigned NOT NULL DEFAULT 0,
  cohort_id bigint(20) unsigned NOT NULL DEFAULT 0,
  recipient varchar(100) NOT NULL,
  mail_id bigint(20) unsigned NOT NULL DEFAULT 0,
  user_id bigint(20) unsigned NOT NULL DEFAULT 0,
  created_at datetime NOT NULL,
  PRIMARY KEY  (id),
  UNIQUE KEY nudge_key (nudge_key),
  KEY recipient_created (recipient,created_at),
  KEY person_about (person_id,about_id),
  KEY created_at (created_at)
) $collate;",
				"CREATE TABLE {$t['optouts']} (
  recipient varchar(100) NOT NULL,
  source varchar(12) NOT NULL,
  created_at datetime NOT NULL,
  PRIMARY KEY  (recipient)
) $collate;",
			)
		);
	}

	/**
	 * Drops the tables on the current site.
	 *
	 * @since 0.3.0
	 */
	public static function uninstall(): void {
		global $wpdb;
		foreach ( self::tables() as $table ) {
			$wpdb->query( "DROP TABLE IF EXISTS `{$table}`" ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared, WordPress.DB.DirectDatabaseQuery -- our own table names.
		}
	}

	/**
	 * Drops these tables along with a deleted site.
	 *
	 * @since 0.3.0
	 *
	 * @param string[] $tables Tables WordPress drops.
	 * @return string[]
	 */
	public function drop_tables_with_site( array $tables ): array {
		return array_merge( $tables, array_values( self::tables() ) );
	}
}
