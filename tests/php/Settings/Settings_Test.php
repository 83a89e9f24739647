<?php
/**
 * Settings read many times per request, built once, never stale.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Tests\Settings;

use Mentorship_Program\Settings\Settings;
use Mentorship_Program\Tests\TestCase;

/**
 * Settings::all() keeps what it built only while what it was built from holds.
 */
final class Settings_Test extends TestCase {

	public function test_reading_again_costs_nothing_and_any_change_is_seen(): void {
		global $wpdb;
		Settings::update( array( 'rate_limit_count' => 7 ) );
		$this->assertSame( 7, (int) Settings::get( 'rate_limit_count' ) );

		$before = $wpdb->num_queries;
		for ( $i = 0; $i < 20; $i++ ) {
			Settings::get( 'hidden_fields' );
		}
		$this->assertSame( $before, $wpdb->num_queries, 'Twenty reads, no query.' );

		// Written past Settings::update(): seen all the same.
		$stored                     = get_option( Settings::OPTION );
		$stored['rate_limit_count'] = 9;
		update_option( Settings::OPTION, $stored );
		$this->assertSame( 9, (int) Settings::get( 'rate_limit_count' ) );

		// Changed underneath the cache, as a rolled-back transaction does.
		$stored['rate_limit_count'] = 11;
		$wpdb->update( $wpdb->options, array( 'option_value' => maybe_serialize( $stored ) ), array( 'option_name' => Settings::OPTION ) );
		wp_cache_delete( 'alloptions', 'options' );
		wp_cache_delete( Settings::OPTION, 'options' );
		$this->assertSame( 11, (int) Settings::get( 'rate_limit_count' ) );
	}

	public function test_a_filter_on_the_mail_texts_added_later_is_applied(): void {
		$before = Settings::get( 'mail_templates' );
		$this->assertArrayNotHasKey( 'settings-test', $before );
		$add = static function ( $templates ) {
			$templates['settings-test'] = array(
				'enabled' => true,
				'subject' => 'A test',
				'body'    => 'Body',
			);
			return $templates;
		};
		add_filter( 'mentorship_program_mail_templates', $add );
		$this->assertArrayHasKey( 'settings-test', Settings::get( 'mail_templates' ) );
		remove_filter( 'mentorship_program_mail_templates', $add );
		$this->assertArrayNotHasKey( 'settings-test', Settings::get( 'mail_templates' ) );
	}

	public function test_the_default_privacy_link_follows_the_privacy_page(): void {
		global $wpdb;
		$page = self::factory_page();
		update_option( 'wp_page_for_privacy_policy', $page );
		$this->assertSame( get_permalink( $page ), Settings::get( 'privacy_notice_url' ) );
		$url = get_permalink( $page );
		self::new_request();
		wp_cache_delete( $page, 'posts' );
		$before = $wpdb->num_queries;
		$this->assertSame( $url, Settings::get( 'privacy_notice_url' ) );
		$this->assertSame( $before, $wpdb->num_queries, 'A new request reads the kept address: no query.' );
		update_option( 'wp_page_for_privacy_policy', 0 );
		$this->assertSame( '', Settings::get( 'privacy_notice_url' ) );
	}

	public function test_saved_settings_load_with_the_other_options(): void {
		global $wpdb;
		Settings::update( array( 'retention_days' => 90 ) );
		$autoload = (string) $wpdb->get_var( $wpdb->prepare( "SELECT autoload FROM {$wpdb->options} WHERE option_name = %s", Settings::OPTION ) );
		$this->assertContains( $autoload, wp_autoload_values_to_autoload(), 'Every submission reads them: no query of their own.' );
		$wpdb->update( $wpdb->options, array( 'autoload' => 'off' ), array( 'option_name' => Settings::OPTION ) );
		Settings::autoload();
		$autoload = (string) $wpdb->get_var( $wpdb->prepare( "SELECT autoload FROM {$wpdb->options} WHERE option_name = %s", Settings::OPTION ) );
		$this->assertContains( $autoload, wp_autoload_values_to_autoload(), 'The upgrade step turns it on for settings saved before.' );
	}

	public function test_the_code_of_conduct_page_is_looked_up_once_not_on_every_request(): void {
		global $wpdb;
		$page = (int) wp_insert_post(
			array(
				'post_type'   => 'page',
				'post_status' => 'publish',
				'post_title'  => 'Code of conduct',
				'post_name'   => 'code-of-conduct',
			)
		);
		$this->assertSame( get_permalink( $page ), Settings::get( 'code_of_conduct_url' ) );

		// A new request: what this one remembered is gone, the option is not.
		self::new_request();
		$before = $wpdb->num_queries;
		$this->assertSame( get_permalink( $page ), Settings::get( 'code_of_conduct_url' ) );
		$this->assertSame( $before, $wpdb->num_queries, 'No page lookup.' );

		// Other permalinks: the address is looked up again.
		$structure = (string) get_option( 'permalink_structure' );
		$other     = '/%postname%/' === $structure ? '/pages/%postname%/' : '/%postname%/';
		update_option( 'permalink_structure', $other );
		$GLOBALS['wp_rewrite']->init();
		self::new_request();
		$this->assertSame( get_permalink( $page ), Settings::get( 'code_of_conduct_url' ) );
		$this->assertStringContainsString( '/code-of-conduct/', Settings::get( 'code_of_conduct_url' ) );
		update_option( 'permalink_structure', $structure );
		$GLOBALS['wp_rewrite']->init();

		// The page goes to the bin: no default any more.
		wp_trash_post( $page );
		self::new_request();
		$this->assertSame( '', Settings::get( 'code_of_conduct_url' ) );
	}

	/**
	 * Forgets what Settings remembers within one request, as a new request starts.
	 */
	private static function new_request(): void {
		foreach ( array(
			'code_of_conduct_page' => null,
			'built'                => null,
			'site_pages'           => array(),
		) as $name => $value ) {
			$property = new \ReflectionProperty( Settings::class, $name );
			$property->setAccessible( true );
			$property->setValue( null, $value );
		}
	}

	/**
	 * A published page.
	 *
	 * @return int
	 */
	private static function factory_page(): int {
		return (int) wp_insert_post(
			array(
				'post_type'   => 'page',
				'post_status' => 'publish',
				'post_title'  => 'Privacy',
			)
		);
	}
}
