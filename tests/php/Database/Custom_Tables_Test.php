<?php
/**
 * The shared frame of the features' own tables.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Tests;

use Mentorship_Program\Database\Custom_Tables;

/**
 * Every feature's CREATE TABLE statement is built in the layout dbDelta reads, so an
 * installed site has nothing left to change.
 */
final class Custom_Tables_Test extends TestCase {

	/**
	 * Each feature's tables.
	 *
	 * @return array<string, array{0: class-string<Custom_Tables>, 1: string[]}>
	 */
	public function features(): array {
		return array(
			'plugin'       => array( \Mentorship_Program\Database\Schema::class, array( 'events', 'assignments', 'mail', 'claims', 'rate', 'counts', 'count_members' ) ),
			'mentorship'   => array( \Mentorship_Program\Mentorship\Schema::class, array( 'checkins', 'checkin_mentees', 'goals' ) ),
			'surveys'      => array( \Mentorship_Program\Surveys\Schema::class, array( 'surveys', 'answers', 'invitations', 'followups' ) ),
			'nudges'       => array( \Mentorship_Program\Nudges\Schema::class, array( 'nudges', 'optouts' ) ),
			'reassignment' => array( \Mentorship_Program\Reassignment\Schema::class, array( 'mentor_history' ) ),
		);
	}

	/**
	 * Statements and names come from one definition per table.
	 *
	 * @dataProvider features
	 *
	 * @param string   $schema The feature's tables (a Custom_Tables class).
	 * @param string[] $short  Their short names.
	 */
	public function test_statements_name_each_table_once_with_the_sites_prefix_and_collation( string $schema, array $short ): void {
		global $wpdb;
		$tables     = $schema::tables();
		$statements = $schema::statements();

		$this->assertSame( $short, array_keys( $tables ) );
		$this->assertCount( count( $short ), $statements );
		foreach ( array_values( $tables ) as $i => $table ) {
			$this->assertStringStartsWith( $wpdb->prefix . 'mentorship_', $table );
			$this->assertStringStartsWith( "CREATE TABLE {$table} (\n  ", $statements[ $i ] );
			$this->assertStringEndsWith( "\n) " . $wpdb->get_charset_collate() . ';', $statements[ $i ] );
		}
		$this->assertSame( $tables[ $short[0] ], $schema::table() );
	}

	/**
	 * The built statements match what install created, column for column and key for key.
	 *
	 * @dataProvider features
	 *
	 * @param string $schema The feature's tables (a Custom_Tables class).
	 */
	public function test_an_installed_site_leaves_dbdelta_nothing_to_change( string $schema ): void {
		global $wpdb;
		require_once ABSPATH . 'wp-admin/includes/upgrade.php';
		foreach ( $schema::tables() as $table ) {
			$this->assertSame( $table, $wpdb->get_var( $wpdb->prepare( 'SHOW TABLES LIKE %s', $table ) ) ); // phpcs:ignore WordPress.DB.DirectDatabaseQuery -- the test reads the schema itself.
		}
		$this->assertSame( array(), dbDelta( $schema::statements(), false ) );
	}
}
