<?php
/**
 * Shared frame of a feature's own database tables.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Database;

defined( 'ABSPATH' ) || exit;

/**
 * A feature names its tables and writes their columns and keys; this creates or
 * updates them with dbDelta when the plugin is installed on a site, drops them on
 * uninstall, and has WordPress drop them along with a deleted site.
 *
 * @since 0.3.0
 */
abstract class Custom_Tables {

	/**
	 * The tables: short name => name without the site's prefix, and the columns and keys
	 * of its CREATE TABLE statement, for dbDelta.
	 *
	 * @since 0.3.0
	 *
	 * @return array<string, array{0: string, 1: string}>
	 */
	abstract protected static function definitions(): array;

	/**
	 * The CREATE TABLE statements, for dbDelta: one per table, in the site's charset and
	 * collation, in the layout dbDelta parses (one column or key per line).
	 *
	 * @since 0.3.0
	 *
	 * @return string[]
	 */
	public static function statements(): array {
		global $wpdb;
		$collate     = $wpdb->get_charset_collate();
		$definitions = static::definitions();
		$statements  = array();
		foreach ( static::tables() as $short => $table ) {
			$statements[] = "CREATE TABLE {$table} (\n{$definitions[ $short ][1]}\n) {$collate};";
		}
		return $statements;
	}

	/**
	 * Adds hooks.
	 *
	 * @since 0.3.0
	 */
	public function register(): void {
		add_action( 'mentorship_program_install_site', array( static::class, 'install' ) );
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
		$prefix = $wpdb->prefix;
		return array_map( static fn( array $definition ): string => $prefix . $definition[0], static::definitions() );
	}

	/**
	 * One table's full name.
	 *
	 * @since 0.3.0
	 *
	 * @param string $name Short name; a feature with one table may leave it out.
	 * @return string
	 */
	public static function table( string $name = '' ): string {
		$tables = static::tables();
		return '' === $name ? (string) reset( $tables ) : $tables[ $name ];
	}

	/**
	 * Creates or updates the tables with dbDelta.
	 *
	 * @since 0.3.0
	 */
	public static function install(): void {
		require_once ABSPATH . 'wp-admin/includes/upgrade.php';
		dbDelta( static::statements() );
	}

	/**
	 * Drops the tables on the current site.
	 *
	 * @since 0.3.0
	 */
	public static function uninstall(): void {
		global $wpdb;
		foreach ( static::tables() as $table ) {
			$wpdb->query( "DROP TABLE IF EXISTS `{$table}`" ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared, WordPress.DB.DirectDatabaseQuery.DirectQuery, WordPress.DB.DirectDatabaseQuery.NoCaching, WordPress.DB.DirectDatabaseQuery.SchemaChange -- uninstall drops our own tables; no API does, nothing to cache.
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
		return array_merge( $tables, array_values( static::tables() ) );
	}
}
