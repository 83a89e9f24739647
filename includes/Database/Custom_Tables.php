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
	 * Option holding each of the plugin's tables' character set (full name => charset),
	 * read from the database when the tables are created or updated.
	 */
	public const CHARSETS_OPTION = 'mentorship_program_table_charsets';

	/**
	 * The recorded character sets read in this request, by the site's table prefix.
	 *
	 * @var array<string, array<string, string>>
	 */
	private static array $known = array();

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
		// The same callbacks for every feature's tables, so WordPress keeps one of each.
		add_filter( 'pre_get_table_charset', array( self::class, 'known_charset' ), 10, 2 );
		add_filter( 'pre_get_col_charset', array( self::class, 'known_charset' ), 10, 2 );
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
		self::record_charsets( array_intersect_key( static::tables(), array_flip( static::charset_known() ) ) );
	}

	/**
	 * Short names of the tables whose character set is recorded at install, so writing
	 * to them skips WordPress's per-request look-up (see known_charset()): only tables
	 * whose every write cuts its text to the columns' lengths in the code that writes it.
	 *
	 * @since 0.4.0
	 *
	 * @return string[]
	 */
	protected static function charset_known(): array {
		return array();
	}

	/**
	 * The character set of one of the plugin's tables, as recorded at install, so that
	 * $wpdb->insert() into it does not ask the database (SHOW FULL COLUMNS) on every
	 * request; a table not recorded, or any other table, is left to WordPress.
	 *
	 * For `pre_get_col_charset` too: every text column of these tables has the table's
	 * character set (record_charsets() records none otherwise), and for a column of
	 * another type WordPress only looks at string values, which the table's character
	 * set checks as strictly. Without the columns' details WordPress skips its length
	 * check, which is why only the tables charset_known() names are recorded.
	 *
	 * @since 0.4.0
	 *
	 * @param mixed  $charset What an earlier filter answered (null: nothing yet).
	 * @param string $table   Table name.
	 * @return mixed
	 */
	public static function known_charset( $charset, $table ) {
		if ( null !== $charset || ! is_string( $table ) ) {
			return $charset;
		}
		// WordPress asks once per column of every insert: the option is read (and
		// unserialised) once per site and request.
		global $wpdb;
		if ( ! isset( self::$known[ $wpdb->prefix ] ) ) {
			$known                        = get_option( self::CHARSETS_OPTION );
			self::$known[ $wpdb->prefix ] = is_array( $known ) ? array_map( 'strval', $known ) : array();
		}
		return self::$known[ $wpdb->prefix ][ strtolower( $table ) ] ?? null;
	}

	/**
	 * Reads the tables' character sets from the database and records those that are
	 * one plain character set for every text column (no binary column, no mix).
	 *
	 * @param array<string, string> $tables Short name => full name.
	 */
	private static function record_charsets( array $tables ): void {
		global $wpdb;
		$known = get_option( self::CHARSETS_OPTION );
		$known = is_array( $known ) ? $known : array();
		foreach ( $tables as $table ) {
			unset( $known[ strtolower( $table ) ] );
			$columns  = $wpdb->get_results( "SHOW FULL COLUMNS FROM `{$table}`" ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared, WordPress.DB.DirectDatabaseQuery -- our own table's columns, once per install.
			$charsets = array();
			foreach ( (array) $columns as $column ) {
				$type = strtolower( strtok( (string) $column->Type, '(' ) ); // phpcs:ignore WordPress.NamingConventions.ValidVariableName.UsedPropertyNotSnakeCase -- MySQL's column name.
				if ( in_array( $type, array( 'binary', 'varbinary', 'tinyblob', 'mediumblob', 'blob', 'longblob' ), true ) ) {
					// WordPress treats the whole table as binary: left to it.
					$charsets = array();
					break;
				}
				if ( ! empty( $column->Collation ) ) { // phpcs:ignore WordPress.NamingConventions.ValidVariableName.UsedPropertyNotSnakeCase -- MySQL's column name.
					$charset = strtolower( strtok( (string) $column->Collation, '_' ) ); // phpcs:ignore WordPress.NamingConventions.ValidVariableName.UsedPropertyNotSnakeCase -- MySQL's column name.
					$charsets[ 'utf8mb3' === $charset ? 'utf8' : $charset ] = true;
				}
			}
			if ( 1 === count( $charsets ) ) {
				$known[ strtolower( $table ) ] = (string) key( $charsets );
			}
		}
		update_option( self::CHARSETS_OPTION, $known, true );
		self::$known = array();
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
