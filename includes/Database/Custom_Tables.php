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
 * A feature names its tables and writes their CREATE TABLE statements; this creates or
 * updates them with dbDelta when the plugin is installed on a site, drops them on
 * uninstall, and has WordPress drop them along with a deleted site.
 *
 * @since 0.3.0
 */
abstract class Custom_Tables {

	/**
	 * The tables: short name => name without the site's prefix.
	 *
	 * @since 0.3.0
	 *
	 * @return array<string, string>
	 */
	abstract protected static function names(): array;

	/**
	 * The CREATE TABLE statements, for dbDelta.
	 *
	 * @since 0.3.0
	 *
	 * @param array<string, string> $t       Short name => full name.
	 * @param string                $collate The site's charset and collation.
	 * @return string[]
	 */
	abstract protected static function statements( array $t, string $collate ): array;

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
		return array_map( static fn( string $name ): string => $prefix . $name, static::names() );
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
		global $wpdb;
		require_once ABSPATH . 'wp-admin/includes/upgrade.php';
		dbDelta( static::statements( static::tables(), $wpdb->get_charset_collate() ) );
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
