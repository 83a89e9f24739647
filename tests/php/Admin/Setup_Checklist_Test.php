<?php
/**
 * First run: the Plugins row link and the setup steps.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Tests\Admin;

use Mentorship_Program\Admin\Setup_Checklist;
use Mentorship_Program\Settings\Settings;
use Mentorship_Program\Tests\Fixtures;
use Mentorship_Program\Tests\TestCase;

/**
 * The plugin's row says where to start, and an empty program's dashboard lists the
 * steps, each ticking itself from what the site holds.
 */
final class Setup_Checklist_Test extends TestCase {

	use Fixtures;

	public function test_the_plugins_row_links_to_the_app_for_those_who_may_open_it(): void {
		$filter = 'plugin_action_links_' . plugin_basename( MENTORSHIP_PROGRAM_FILE );

		wp_set_current_user( $this->create_user( 'administrator' ) );
		$links = apply_filters( $filter, array( 'deactivate' => '<a href="#">Deactivate</a>' ) );
		$this->assertSame( array( 'get-started', 'deactivate' ), array_keys( $links ) );
		$this->assertSame( '<a href="' . esc_url( admin_url( 'admin.php?page=mentorship-program' ) ) . '">Get started</a>', $links['get-started'] );

		wp_set_current_user( $this->create_user( 'subscriber' ) );
		$this->assertArrayNotHasKey( 'get-started', apply_filters( $filter, array() ) );
	}

	public function test_each_step_ticks_itself_when_the_site_has_it(): void {
		wp_set_current_user( $this->create_user( 'administrator' ) );
		update_option( 'wp_page_for_privacy_policy', 0 );
		$state = static fn(): array => array_column( Setup_Checklist::items(), 'done', 'key' );
		$this->assertSame(
			array(
				'teams'   => true, // Seeded on activation.
				'cohort'  => false,
				'form'    => false,
				'consent' => false,
			),
			$state()
		);
		foreach ( Setup_Checklist::items() as $item ) {
			$this->assertNotSame( '', $item['url'], $item['key'] );
			$this->assertNotSame( '', $item['action'], $item['key'] );
		}

		$this->make_cohort();
		$this->assertTrue( $state()['cohort'] );

		$draft = wp_insert_post(
			array(
				'post_type'    => 'page',
				'post_status'  => 'draft',
				'post_title'   => 'Apply',
				'post_content' => '<!-- wp:mentorship-program/application-form /-->',
			)
		);
		$this->assertFalse( $state()['form'], 'A draft is not published.' );
		wp_publish_post( $draft );
		$this->assertTrue( $state()['form'] );
		$form = array_column( Setup_Checklist::items(), null, 'key' )['form'];
		$this->assertSame( get_edit_post_link( $draft, 'raw' ), $form['url'] );

		Settings::update( array( 'code_of_conduct_url' => 'https://example.org/coc/' ) );
		$this->assertFalse( $state()['consent'], 'Both texts are needed.' );
		Settings::update( array( 'privacy_notice_url' => 'https://example.org/privacy/' ) );
		$this->assertTrue( $state()['consent'] );
	}

	public function test_the_dashboard_shows_the_steps_while_the_program_is_empty(): void {
		wp_set_current_user( $this->create_user( 'administrator' ) );
		$this->assertTrue( Setup_Checklist::program_is_empty() );
		$this->assertTrue( Setup_Checklist::for_dashboard()['show'] );
		$this->assertCount( 4, Setup_Checklist::for_dashboard()['items'] );

		$this->make_application( 'mentor', $this->make_cohort()['id'] );
		$this->assertFalse( Setup_Checklist::program_is_empty() );
		$this->assertSame(
			array(
				'show'  => false,
				'items' => array(),
			),
			Setup_Checklist::for_dashboard()
		);
	}
}
