<?php
/**
 * Install on new network sites and uninstall that asks: these change the schema, so they
 * run outside the per-test transaction and put everything back afterwards.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Tests;

use Mentorship_Program\Applications\Applications;
use Mentorship_Program\Database\Schema;
use Mentorship_Program\Settings\Settings;
use Mentorship_Program\Installer;
use Mentorship_Program\Uninstaller;

/**
 * Tables and data appear where they should and go only when the admin chose that.
 */
final class Lifecycle_Test extends TestCase {

	use Fixtures;

	protected function setUp(): void {
		parent::setUp();
		global $wpdb;
		$wpdb->query( 'ROLLBACK' );
		$wpdb->query( 'SET autocommit = 1' );
	}

	protected function tearDown(): void {
		global $wpdb;
		Installer::install_site();
		$wpdb->query( 'START TRANSACTION' );
		parent::tearDown();
	}

	/**
	 * Whether a table exists.
	 *
	 * @param string $table Name.
	 * @return bool
	 */
	private function table_exists( string $table ): bool {
		global $wpdb;
		return $table === $wpdb->get_var( $wpdb->prepare( 'SHOW TABLES LIKE %s', $table ) );
	}

	public function test_uninstall_keeps_everything_unless_the_admin_chose_removal(): void {
		$cohort = $this->make_cohort();
		$app    = $this->make_application( 'mentee', $cohort['id'] );

		Uninstaller::uninstall_site();
		$this->assertNotNull( Applications::get( $app['id'] ), 'Kept: removal was not chosen.' );
		$this->assertTrue( $this->table_exists( Schema::table( 'events' ) ) );

		Settings::update( array( 'remove_data_on_uninstall' => true ) );
		Uninstaller::uninstall_site();
		wp_cache_flush();
		$this->assertNull( get_post( $app['id'] ) );
		$this->assertNull( get_term( $cohort['id'] ) );
		foreach ( Schema::tables() as $table ) {
			$this->assertFalse( $this->table_exists( $table ), $table );
		}
		$this->assertNull( get_role( 'mentorship_coordinator' ) );
		$this->assertFalse( get_option( Settings::OPTION ) );
		$this->assertFalse( get_option( Installer::DB_VERSION_OPTION ) );
	}

	/**
	 * WordPress runs uninstall.php without loading the plugin, so no hook of the plugin
	 * is listening then: removal must not rely on one. Every table, option and scheduled
	 * event of the plugin goes.
	 */
	public function test_removal_leaves_no_table_option_or_event_without_the_plugins_hooks(): void {
		global $wpdb;
		Settings::update( array( 'remove_data_on_uninstall' => true ) );
		wp_schedule_single_event( time() + 60, \Mentorship_Program\Notifications\Mailer::CRON_HOOK, array( 20 ) );
		$this->assertNotEmpty( $this->leftovers()['tables'], 'The site has the plugin installed.' );
		$this->assertNotEmpty( $this->leftovers()['events'], 'The plugin has events scheduled.' );

		$hooks = $GLOBALS['wp_filter']['mentorship_program_uninstall_site'] ?? null;
		remove_all_actions( 'mentorship_program_uninstall_site' );
		try {
			Uninstaller::uninstall_site();
		} finally {
			if ( $hooks ) {
				$GLOBALS['wp_filter']['mentorship_program_uninstall_site'] = $hooks;
			}
		}
		wp_cache_flush();
		$this->assertSame(
			array(
				'tables'  => array(),
				'options' => array(),
				'events'  => array(),
			),
			$this->leftovers()
		);
	}

	/**
	 * What of the plugin is still on the site: its tables, options and cron events.
	 *
	 * @return array{tables: string[], options: string[], events: string[]}
	 */
	private function leftovers(): array {
		global $wpdb;
		$tables  = $wpdb->get_col( $wpdb->prepare( 'SHOW TABLES LIKE %s', $wpdb->esc_like( $wpdb->prefix . 'mentorship_' ) . '%' ) );
		$options = $wpdb->get_col( $wpdb->prepare( "SELECT option_name FROM {$wpdb->options} WHERE option_name LIKE %s OR option_name LIKE %s", $wpdb->esc_like( 'mentorship_' ) . '%', $wpdb->esc_like( '_transient_mentorship_' ) . '%' ) );
		$events  = array();
		foreach ( (array) _get_cron_array() as $hooks ) {
			foreach ( array_keys( (array) $hooks ) as $hook ) {
				if ( str_starts_with( (string) $hook, 'mentorship_' ) ) {
					$events[] = (string) $hook;
				}
			}
		}
		sort( $tables );
		sort( $options );
		return array(
			'tables'  => $tables,
			'options' => $options,
			'events'  => array_values( array_unique( $events ) ),
		);
	}

	public function test_a_new_site_of_a_network_gets_the_plugin_installed(): void {
		if ( ! is_multisite() ) {
			$this->markTestSkipped( 'Multisite only.' );
		}
		$site_id = wp_insert_site(
			array(
				'domain' => WP_TESTS_DOMAIN,
				'path'   => '/lifecycle-' . wp_generate_password( 5, false, false ) . '/',
			)
		);
		$this->assertIsInt( $site_id );
		try {
			switch_to_blog( $site_id );
			foreach ( Schema::tables() as $table ) {
				$this->assertTrue( $this->table_exists( $table ), $table );
			}
			$this->assertNotNull( get_role( 'mentorship_coordinator' ) );
			$this->assertNotEmpty( \Mentorship_Program\Teams\Taxonomies::team_slugs() );
			restore_current_blog();
		} finally {
			if ( ms_is_switched() ) {
				restore_current_blog();
			}
			wp_delete_site( $site_id );
		}
		switch_to_blog( $site_id );
		foreach ( Schema::tables() as $table ) {
			$this->assertFalse( $this->table_exists( $table ), 'Dropped with the site: ' . $table );
		}
		restore_current_blog();
	}
}
