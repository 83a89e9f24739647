<?php
/**
 * The "My mentorship" block: what mentors and mentees see, and its forms without JavaScript.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Tests\Mentorship;

require_once __DIR__ . '/Mentorship_Fixtures.php';

use Mentorship_Program\Mentorship\Checkins;
use Mentorship_Program\Mentorship\Form_Handler;
use Mentorship_Program\Mentorship\Goals;
use Mentorship_Program\Tests\Fixtures;
use Mentorship_Program\Tests\TestCase;

/**
 * Rendered through do_blocks, as on a page.
 */
final class My_Mentorship_Block_Test extends TestCase {

	use Fixtures;
	use Mentorship_Fixtures;

	protected function tearDown(): void {
		Form_Handler::reset();
		parent::tearDown();
	}

	private function render(): string {
		return do_blocks( '<!-- wp:mentorship-program/my-mentorship /-->' );
	}

	/**
	 * @return array<string, mixed>
	 */
	private function pair(): array {
		$cohort = $this->running_cohort();
		$mentor = $this->mentor_in( $cohort['id'] );
		$mentee = $this->mentee_in( $cohort['id'], $mentor['id'], array( 'name' => 'Mina Mentee', 'slack_username' => 'mina' ) );
		$other  = $this->mentee_in( $cohort['id'], $this->mentor_in( $cohort['id'] )['id'], array( 'name' => 'Otto Other' ) );
		Checkins::create( $this->checkin_values( array( $mentee['id'] ), array( 'covered' => 'Reviewed the first patch', 'private_note' => 'SECRET-NOTE' ) ), $mentor['user'] );
		Goals::create( $mentee['id'], array( 'title' => 'Land a docs fix', 'due_week' => 3 ), $mentee['user'] );
		return compact( 'cohort', 'mentor', 'mentee', 'other' );
	}

	public function test_visitors_get_a_log_in_link_and_no_nonce(): void {
		$html = $this->render();
		$this->assertStringContainsString( 'Log in', $html );
		$this->assertStringNotContainsString( 'nonce', $html );
	}

	public function test_mentor_sees_own_mentees_goals_last_checkin_and_a_form(): void {
		$p = $this->pair();
		wp_set_current_user( $p['mentor']['user'] );
		$html = $this->render();
		$this->assertStringContainsString( 'Mina Mentee', $html );
		$this->assertStringContainsString( '@mina', $html );
		$this->assertStringContainsString( 'Land a docs fix', $html );
		$this->assertStringContainsString( 'Reviewed the first patch', $html );
		$this->assertStringContainsString( 'name="mentorship_nonce"', $html );
		$this->assertStringContainsString( 'Private note (never shown to Mina Mentee)', $html );
		$this->assertStringNotContainsString( 'Otto Other', $html );
	}

	public function test_mentee_sees_mentor_goals_and_checkins_but_never_the_private_note(): void {
		$p = $this->pair();
		wp_set_current_user( $p['mentee']['user'] );
		$html = $this->render();
		$this->assertStringContainsString( 'Your mentor:', $html );
		$this->assertStringContainsString( 'Land a docs fix', $html );
		$this->assertStringContainsString( 'Reviewed the first patch', $html );
		$this->assertStringContainsString( 'Mark done', $html );
		$this->assertStringNotContainsString( 'SECRET-NOTE', $html );
		$this->assertStringNotContainsString( 'Private note', $html );
	}

	public function test_no_javascript_checkin_post_stores_it(): void {
		$p    = $this->pair();
		$post = array(
			'mentorship_action' => 'log_checkin',
			'mentorship_nonce'  => '',
			'target'            => (string) $p['mentee']['id'],
			'mentees'           => array( (string) $p['mentee']['id'] ),
			'attendees'         => array( (string) $p['mentee']['id'] ),
			'held_on'           => gmdate( 'Y-m-d' ),
			'kind'              => 'async',
			'covered'           => 'Answered questions in chat',
			'needs_help'        => '1',
		);
		wp_set_current_user( $p['mentor']['user'] );
		$forged = Form_Handler::submit( $post, $p['mentor']['user'] );
		$this->assertFalse( $forged['ok'], 'No nonce, no write.' );
		$post['mentorship_nonce'] = wp_create_nonce( Form_Handler::NONCE_ACTION );
		$result                   = Form_Handler::submit( $post, $p['mentor']['user'] );
		$this->assertTrue( $result['ok'], $result['message'] );
		$list = Checkins::list( array( 'mentee' => $p['mentee']['id'] ), $p['mentor']['user'] );
		$this->assertSame( 'Answered questions in chat', $list['items'][0]['covered'] );
		$this->assertTrue( $list['items'][0]['needs_help'] );
	}

	public function test_no_javascript_errors_are_shown_by_their_field_with_values_kept(): void {
		$p = $this->pair();
		wp_set_current_user( $p['mentor']['user'] );
		$_SERVER['REQUEST_METHOD'] = 'POST';
		$_POST                     = array(
			'mentorship_action' => 'log_checkin',
			'mentorship_nonce'  => wp_create_nonce( Form_Handler::NONCE_ACTION ),
			'target'            => (string) $p['mentee']['id'],
			'mentees'           => array( (string) $p['mentee']['id'] ),
			'held_on'           => gmdate( 'Y-m-d' ),
			'kind'              => 'one-to-one',
			'covered'           => '',
			'next_steps'        => 'Keep <b>this</b>',
		);
		( new Form_Handler() )->handle();
		$_POST                     = array();
		$_SERVER['REQUEST_METHOD'] = 'GET';
		$html                      = $this->render();
		$this->assertMatchesRegularExpression( '/name="covered"[^>]*aria-invalid="true"/', $html );
		$this->assertStringContainsString( 'Say in a few words what was covered.', $html );
		$this->assertStringContainsString( 'Keep &lt;b&gt;this&lt;/b&gt;', $html );
		$this->assertStringContainsString( '<details class="mentorship-my-log" open>', $html );
	}

	public function test_no_javascript_goal_forms(): void {
		$p = $this->pair();
		wp_set_current_user( $p['mentee']['user'] );
		$nonce = wp_create_nonce( Form_Handler::NONCE_ACTION );
		$added = Form_Handler::submit(
			array(
				'mentorship_action' => 'add_goal',
				'mentorship_nonce'  => $nonce,
				'target'            => (string) $p['mentee']['id'],
				'title'             => 'Join a triage session',
				'due_week'          => '',
			),
			$p['mentee']['user']
		);
		$this->assertTrue( $added['ok'], $added['message'] );
		$goals = Goals::of_mentee( $p['mentee']['id'] );
		$this->assertSame( 'Join a triage session', $goals[1]['title'] );
		$done = Form_Handler::submit(
			array(
				'mentorship_action' => 'goal_done',
				'mentorship_nonce'  => $nonce,
				'target'            => (string) $p['mentee']['id'],
				'goal'              => (string) $goals[1]['id'],
			),
			$p['mentee']['user']
		);
		$this->assertTrue( $done['ok'] );
		$this->assertSame( 'done', Goals::of_mentee( $p['mentee']['id'] )[1]['status'] );
		// Someone else's goal: refused.
		wp_set_current_user( $p['other']['user'] );
		$theirs = Form_Handler::submit(
			array(
				'mentorship_action' => 'goal_done',
				'mentorship_nonce'  => wp_create_nonce( Form_Handler::NONCE_ACTION ),
				'target'            => (string) $p['other']['id'],
				'goal'              => (string) $goals[0]['id'],
			),
			$p['other']['user']
		);
		$this->assertFalse( $theirs['ok'] );
		$this->assertSame( 'open', Goals::of_mentee( $p['mentee']['id'] )[0]['status'] );
	}
}
