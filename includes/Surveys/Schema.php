<?php
/**
 * Storage of surveys, answers, invitations and retention follow-ups.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Surveys;

defined( 'ABSPATH' ) || exit;

/**
 * Creates and drops the tables of the surveys feature.
 *
 * Own tables, as check-ins have: answers are personal data that must never reach
 * wp/v2, search, feeds or revisions; "one answer per person per survey" and "one
 * invitation per person per survey" are UNIQUE keys, so a double submit or two cron
 * runs at once cannot make a second row; and an erased person's answer row keeps its
 * ratings with `application_id` set to NULL (a UNIQUE key allows many NULLs), so the
 * aggregates stay right without keeping who answered.
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
			'surveys'     => $wpdb->prefix . 'mentorship_surveys',
			'answers'     => $wpdb->prefix . 'mentorship_survey_answers',
			'invitations' => $wpdb->prefix . 'mentorship_survey_invitations',
			'followups'   => $wpdb->prefix . 'mentorship_followups',
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
				"CREATE TABLE {$t['surveys']} (
  id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  cohort_id bigint(20) unsigned NOT NULL,
  audience varchar(8) NOT NULL,
  kind varchar(10) NOT NULL,
  questions longtext NOT NULL,
  opens_on date NULL,
  closes_on date NULL,
  created_at datetime NOT NULL,
  updated_at datetime NOT NULL,
  PRIMARY KEY  (id),
  UNIQUE KEY cohort_survey (cohort_id,audience,kind)
) $collate;",
				"CREATE TABLE {$t['answers']} (
  id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  survey_id bigint(20) unsigned NOT NULL,
  application_id bigint(20) unsigned NULL,
  answers longtext NOT NULL,
  created_at datetime NOT NULL,
  updated_at datetime NOT NULL,
  PRIMARY KEY  (id),
  UNIQUE KEY one_answer (survey_id,application_id),
  KEY application_id (application_id)
) $collate;",
				"CREATE TABLE {$t['invitations']} (
  id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  survey_id bigint(20) unsigned NOT NULL,
  application_id bigint(20) unsigned NOT NULL,
  token_hash char(64) NOT NULL,
  mail_id bigint(20) unsigned NOT NULL DEFAULT 0,
  created_at datetime NOT NULL,
  PRIMARY KEY  (id),
  UNIQUE KEY one_invitation (survey_id,application_id),
  KEY application_id (application_id)
) $collate;",
				"CREATE TABLE {$t['followups']} (
  id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  cohort_id bigint(20) unsigned NOT NULL,
  application_id bigint(20) unsigned NULL,
  days smallint(5) unsigned NOT NULL,
  due_on date NOT NULL,
  token_hash char(64) NOT NULL DEFAULT '',
  sent_at datetime NULL,
  skipped tinyint(1) unsigned NOT NULL DEFAULT 0,
  answered_at datetime NULL,
  contributing tinyint(1) unsigned NULL,
  where_text varchar(200) NOT NULL DEFAULT '',
  where_url varchar(300) NOT NULL DEFAULT '',
  PRIMARY KEY  (id),
  UNIQUE KEY one_followup (application_id,days),
  KEY due (sent_at,due_on),
  KEY cohort_days (cohort_id,days)
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
