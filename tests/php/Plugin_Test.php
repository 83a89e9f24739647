<?php
/**
 * Tests for loading and activating the plugin.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Tests;

use Mentorship_Program\Installer;

/**
 * The plugin loads, activates cleanly and records its schema.
 */
final class Plugin_Test extends TestCase {

	public function test_plugin_is_active_in_the_way_wordpress_records_it(): void {
		$this->assertTrue( is_plugin_active( 'mentorship-program/mentorship-program.php' ) );
		if ( is_multisite() ) {
			$this->assertTrue( is_plugin_active_for_network( 'mentorship-program/mentorship-program.php' ) );
		}
	}

	public function test_activation_records_the_schema_version_and_raises_no_notices(): void {
		// Notices and warnings fail the test: PHPUnit turns them into exceptions.
		Installer::activate( is_multisite() );
		$this->assertSame( Installer::DB_VERSION, get_option( Installer::DB_VERSION_OPTION ) );
	}

	public function test_administrators_hold_every_mentorship_capability(): void {
		$admin = $this->create_user( 'administrator' );
		if ( is_multisite() ) {
			grant_super_admin( $admin );
		}
		wp_set_current_user( $admin );
		foreach ( \Mentorship_Program\Roles::CAPABILITIES as $cap ) {
			$this->assertTrue( current_user_can( $cap ), $cap );
		}
	}

	public function test_coordinator_role_exists_and_subscribers_hold_nothing(): void {
		$this->assertNotNull( get_role( 'mentorship_coordinator' ) );
		wp_set_current_user( $this->create_user( 'subscriber' ) );
		foreach ( \Mentorship_Program\Roles::CAPABILITIES as $cap ) {
			$this->assertFalse( current_user_can( $cap ), $cap );
		}
	}

	public function test_blocks_are_registered_from_the_build_manifest(): void {
		$this->assertTrue( \WP_Block_Type_Registry::get_instance()->is_registered( 'mentorship-program/application-form' ) );
	}

	public function test_application_form_renders_its_markup(): void {
		$html = do_blocks( '<!-- wp:mentorship-program/application-form {"role":"mentor"} /-->' );
		$this->assertStringContainsString( 'wp-block-mentorship-program-application-form', $html );
		$this->assertStringContainsString( 'data-role="mentor"', $html );
	}

	public function test_application_fields_are_registered_meta_with_types_and_sanitising(): void {
		$registered = get_registered_meta_keys( 'post', 'mp_mentee' );
		$this->assertSame( 'string', $registered['_mp_email']['type'] );
		$this->assertSame( 'array', $registered['_mp_languages']['type'] );
		$this->assertSame( 'integer', $registered['_mp_hours_per_week']['type'] );
		$this->assertArrayNotHasKey( '_mp_capacity', $registered, 'Mentor-only fields are not on mentees.' );
		$this->assertArrayHasKey( '_mp_capacity', get_registered_meta_keys( 'post', 'mp_mentor' ) );
		$this->assertSame( 'a@example.com', sanitize_meta( '_mp_email', 'a@exa mple.com', 'post', 'mp_mentee' ) );
		$this->assertSame( 'Hello', sanitize_meta( '_mp_region', '<b>Hello</b>', 'post', 'mp_mentee' ) );
		wp_set_current_user( $this->create_user( 'editor' ) );
		$this->assertFalse( current_user_can( 'edit_post_meta', 0, '_mp_email' ) );
	}

	public function test_seeded_teams_are_never_seeded_over_edits(): void {
		$term = get_term_by( 'slug', 'polyglots', \Mentorship_Program\Teams\Taxonomies::TEAM );
		$this->assertNotFalse( $term );
		update_term_meta( $term->term_id, 'mp_summary', 'Edited by the site.' );
		wp_delete_term( (int) get_term_by( 'slug', 'photos', \Mentorship_Program\Teams\Taxonomies::TEAM )->term_id, \Mentorship_Program\Teams\Taxonomies::TEAM );
		\Mentorship_Program\Installer::install_site();
		$this->assertSame( 'Edited by the site.', get_term_meta( $term->term_id, 'mp_summary', true ) );
		$this->assertFalse( get_term_by( 'slug', 'photos', \Mentorship_Program\Teams\Taxonomies::TEAM ), 'A team the site deleted stays deleted.' );
		$this->assertGreaterThanOrEqual( 20, count( \Mentorship_Program\Teams\Taxonomies::team_slugs() ) );
	}
}
