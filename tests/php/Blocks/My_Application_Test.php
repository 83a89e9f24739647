<?php
/**
 * Tests for the "My application" block.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Tests\Blocks;

use Mentorship_Program\Cohorts\Assignments;
use Mentorship_Program\Tests\Fixtures;
use Mentorship_Program\Tests\TestCase;

/**
 * Applicants see their own applications, and nobody else's.
 */
final class My_Application_Test extends TestCase {

	use Fixtures;

	private function render(): string {
		return do_blocks( '<!-- wp:mentorship-program/my-application /-->' );
	}

	public function test_graduates_are_invited_to_share_their_story_once(): void {
		$cohort = $this->make_cohort();
		$user   = $this->create_user();
		$mentor = $this->make_application( 'mentor', $cohort['id'], array( 'in_review', 'approved' ) );
		$mentee = $this->make_application( 'mentee', $cohort['id'], array( 'in_review', 'accepted' ), array(), $user );
		Assignments::assign( $mentee['id'], $mentor['id'] );
		\Mentorship_Program\Applications\Applications::transition( $mentee['id'], 'active' );
		wp_set_current_user( $user );
		$this->assertStringNotContainsString( 'Share your story', $this->render(), 'Not before graduating.' );
		\Mentorship_Program\Applications\Applications::transition( $mentee['id'], 'graduated' );
		$html = $this->render();
		$this->assertStringContainsString( 'Share your story', $html );
		$this->assertStringContainsString( 'application=' . $mentee['id'], $html );
		$story = \Mentorship_Program\Stories\Stories::create_draft_from_application(
			$mentee['id'],
			array(
				'title'   => 'My journey',
				'story'   => 'It started at a meetup.',
				'consent' => true,
			),
			$user
		);
		$this->assertIsInt( is_array( $story ) ? $story['id'] : $story );
		$this->assertStringNotContainsString( 'Share your story', $this->render(), 'Not again once shared.' );
	}

	public function test_visitors_get_a_log_in_link(): void {
		$html = $this->render();
		$this->assertStringContainsString( 'Log in', $html );
		$this->assertStringContainsString( esc_url( wp_login_url() ), $html );
		$this->assertStringNotContainsString( 'nonce', $html );
	}

	public function test_shows_the_pipeline_with_the_current_stage_marked(): void {
		$cohort = $this->make_cohort( array( 'name' => 'Autumn cohort' ) );
		$user   = $this->create_user();
		$this->make_application( 'mentee', $cohort['id'], array( 'in_review' ), array(), $user );
		wp_set_current_user( $user );
		$html = $this->render();

		$this->assertStringContainsString( 'Autumn cohort', $html );
		$this->assertStringContainsString( 'A coordinator is reviewing your application.', $html );
		$this->assertMatchesRegularExpression( '/<ol class="mentorship-status-pipeline"/', $html );
		$this->assertSame( 1, substr_count( $html, 'aria-current="step"' ) );
		$this->assertMatchesRegularExpression( '/is-current" aria-current="step">\s*<span class="mentorship-visually-hidden">\s*Now:\s*<\/span>\s*In review/', $html );
		$this->assertMatchesRegularExpression( '/is-done">\s*<span class="mentorship-visually-hidden">\s*Done:\s*<\/span>\s*Submitted/', $html );
		$this->assertStringContainsString( 'Withdraw this application', $html );
		$this->assertMatchesRegularExpression( '/"nonce":"[a-f0-9]{10}"/', $html );
		$this->assertStringNotContainsString( 'Your mentor', $html );
	}

	public function test_shows_the_mentor_and_next_sessions_once_assigned(): void {
		$cohort = $this->make_cohort();
		$user   = $this->create_user();
		$mentee = $this->make_application( 'mentee', $cohort['id'], array( 'in_review', 'accepted' ), array(), $user );
		$mentor = $this->make_application(
			'mentor',
			$cohort['id'],
			array( 'in_review', 'approved' ),
			array(
				'name'           => 'Maria Mentor',
				'slack_username' => 'maria',
				'wporg_username' => 'mariam',
			)
		);
		$this->assertFalse( is_wp_error( Assignments::assign( (int) $mentee['id'], (int) $mentor['id'] ) ) );
		wp_set_current_user( $user );
		$html = $this->render();

		$this->assertStringContainsString( 'Maria Mentor', $html );
		$this->assertStringContainsString( '(chat: @maria)', $html );
		$this->assertStringContainsString( 'https://profiles.wordpress.org/mariam/', $html );
		$this->assertMatchesRegularExpression( '/<time datetime="\d{4}-\d{2}-\d{2}T(12|21):00:00Z"/', $html );
		$this->assertStringContainsString( 'UTC', $html );
		$this->assertStringContainsString( 'https://example.org/chat', $html );
	}

	public function test_never_shows_other_peoples_applications(): void {
		$cohort = $this->make_cohort();
		$other  = $this->create_user();
		$this->make_application( 'mentee', $cohort['id'], array(), array( 'name' => 'Somebody Else' ), $other );
		$this->make_application( 'mentee', $cohort['id'], array(), array( 'name' => 'Not Linked' ) );
		$me = $this->create_user();
		wp_set_current_user( $me );
		$html = $this->render();
		$this->assertStringContainsString( 'You have no applications yet.', $html );
		$this->assertStringNotContainsString( 'Somebody Else', $html );
		$this->assertStringNotContainsString( 'Not Linked', $html );
		$this->assertStringNotContainsString( 'Withdraw', $html );
	}

	public function test_a_withdrawn_application_offers_no_withdraw_button(): void {
		$cohort = $this->make_cohort();
		$user   = $this->create_user();
		$this->make_application( 'mentee', $cohort['id'], array( 'withdrawn' ), array(), $user );
		wp_set_current_user( $user );
		$html = $this->render();
		$this->assertStringContainsString( 'Withdrawn', $html );
		$this->assertStringNotContainsString( 'Withdraw this application', $html );
		$this->assertStringNotContainsString( 'aria-current="step"', $html );
	}

	public function test_stored_payloads_render_inert(): void {
		$cohort = $this->make_cohort( array( 'name' => 'Cohort <script>alert(1)</script>' ) );
		$user   = $this->create_user();
		$mentee = $this->make_application( 'mentee', $cohort['id'], array( 'in_review', 'accepted' ), array(), $user );
		$mentor = $this->make_application(
			'mentor',
			$cohort['id'],
			array( 'in_review', 'approved' ),
			array(
				'name'           => '" onmouseover="alert(1)',
				'slack_username' => '"><img src=x onerror=alert(1)>',
			)
		);
		Assignments::assign( (int) $mentee['id'], (int) $mentor['id'] );
		wp_set_current_user( $user );
		$html = $this->render();
		$this->assertStringNotContainsString( '<script>alert', $html );
		$this->assertStringNotContainsString( '" onmouseover="alert(1)', $html );
		$this->assertStringNotContainsString( '<img src=x', $html );
		$this->assertStringContainsString( '&quot; onmouseover=&quot;alert(1)', $html );
	}
}
