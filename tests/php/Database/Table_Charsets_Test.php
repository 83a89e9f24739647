<?php
/**
 * The audit trail and mail queue are written without WordPress asking the database
 * for their columns on every request, with the character set the database reports.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Tests\Database;

use Mentorship_Program\Database\Custom_Tables;
use Mentorship_Program\Database\Schema;
use Mentorship_Program\Tests\TestCase;

/**
 * The recorded character sets of the plugin's own tables.
 */
final class Table_Charsets_Test extends TestCase {

	public function test_the_events_and_mail_tables_charsets_are_recorded_as_the_database_reports_them(): void {
		global $wpdb;
		Schema::install();
		$known = get_option( Custom_Tables::CHARSETS_OPTION );
		$this->assertIsArray( $known );
		foreach ( array( 'events', 'mail' ) as $name ) {
			$table = Schema::table( $name );
			$this->assertArrayHasKey( strtolower( $table ), $known, "$name is recorded." );

			// What WordPress itself reads from the database, without the recorded value.
			remove_filter( 'pre_get_table_charset', array( Custom_Tables::class, 'known_charset' ), 10 );
			remove_filter( 'pre_get_col_charset', array( Custom_Tables::class, 'known_charset' ), 10 );
			try {
				$actual = $wpdb->get_col_charset( $table, 'no_such_column' );
			} finally {
				add_filter( 'pre_get_table_charset', array( Custom_Tables::class, 'known_charset' ), 10, 2 );
				add_filter( 'pre_get_col_charset', array( Custom_Tables::class, 'known_charset' ), 10, 2 );
			}

			$this->assertSame( $actual, $known[ strtolower( $table ) ], "$name: the character set the database reports." );
			$this->assertSame( $actual, apply_filters( 'pre_get_table_charset', null, $table ) );
			$this->assertSame( $actual, $wpdb->get_col_charset( $table, 'note' ) );
		}
		$this->assertArrayNotHasKey( strtolower( Schema::table( 'assignments' ) ), $known, 'Only the tables whose writes fit their columns.' );
		$this->assertNull( apply_filters( 'pre_get_table_charset', null, $wpdb->posts ), 'WordPress\'s own tables are left to WordPress.' );
	}

	public function test_writing_an_event_and_a_mail_asks_nothing_about_their_columns(): void {
		global $wpdb;
		// A connection of its own, as a new request has: nothing about any table known yet.
		$saved = $wpdb;
		$fresh = new \wpdb( DB_USER, DB_PASSWORD, DB_NAME, DB_HOST );
		$fresh->set_prefix( $saved->base_prefix );
		if ( is_multisite() ) {
			$fresh->set_blog_id( (int) $saved->blogid, (int) $saved->siteid );
		}
		$fresh->query( 'START TRANSACTION' );
		$seen = array();
		$log  = static function ( string $sql ) use ( &$seen ): string {
			$seen[] = $sql;
			return $sql;
		};
		$GLOBALS['wpdb'] = $fresh; // phpcs:ignore WordPress.WP.GlobalVariablesOverride.Prohibited -- the fresh connection stands in for a new request's.
		try {
			add_filter( 'query', $log );
			\Mentorship_Program\Applications\Audit_Trail::record( 1, 'note', '', '', 'Zoë — a note with ✓ and 😀', null, 0 );
			$id = \Mentorship_Program\Notifications\Mailer::queue( 1, 'zoe@example.org', 'Olá, Zoë', "Corpo com acentuação e 😀.\n" );
			remove_filter( 'query', $log );
			$row = $fresh->get_row( $fresh->prepare( 'SELECT subject, body FROM ' . Schema::table( 'mail' ) . ' WHERE id = %d', $id ), ARRAY_A );
		} finally {
			remove_filter( 'query', $log );
			$fresh->query( 'ROLLBACK' );
			$fresh->close();
			$GLOBALS['wpdb'] = $saved; // phpcs:ignore WordPress.WP.GlobalVariablesOverride.Prohibited -- put back.
		}

		$this->assertSame( array(), preg_grep( '/^\s*SHOW\s+(FULL\s+)?COLUMNS/i', $seen ), 'No column look-up: ' . implode( "\n", $seen ) );
		$this->assertCount( 2, preg_grep( '/^\s*INSERT/i', $seen ), implode( "\n", $seen ) );
		$this->assertSame( 'Olá, Zoë', $row['subject'] );
		$this->assertSame( "Corpo com acentuação e 😀.\n", $row['body'], 'Stored whole, four-byte characters too.' );
	}

	public function test_a_table_with_another_character_set_in_one_column_is_not_recorded(): void {
		global $wpdb;
		$table = $wpdb->prefix . 'mentorship_events';
		$known = get_option( Custom_Tables::CHARSETS_OPTION );
		$this->assertIsArray( $known );
		$wpdb->query( "ALTER TABLE {$table} MODIFY note text CHARACTER SET latin1 NULL" ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared
		try {
			Schema::install();
			$after = get_option( Custom_Tables::CHARSETS_OPTION );
			$this->assertArrayNotHasKey( strtolower( $table ), (array) $after, 'A mix is left to WordPress.' );
		} finally {
			$wpdb->query( "ALTER TABLE {$table} MODIFY note text NULL" ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared
			Schema::install();
		}
	}
}
