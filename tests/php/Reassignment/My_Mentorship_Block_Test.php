<?php
/**
 * The My mentorship block's new parts: group sessions, "I can't continue", "Ask for a new
 * mentor", the backup offer and the mentee's mentor history, with and without JavaScript's
 * REST calls (these tests post the forms as a browser without JavaScript does).
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Tests\Reassignment;

require_once dirname( __DIR__ ) . '/Mentorship/Mentorship_Fixtures.php';

use Mentorship_Program\Cohorts\Assignments;
use Mentorship_Program\Mentorship\Checkins;
use Mentorship_Program\Mentorship\Form_Handler;
use Mentorship_Program\Reassignment\Backups;
use Mentorship_Program\Reassignment\Form_Handler as Reassignment_Form_Handler;
use Mentorship_Program\Reassignment\Reassignment;
use Mentorship_Program\Tests\Fixtures;
use Mentorship_Program\Tests\Mentorship\Mentorship_Fixtures;
use Mentorship_Program\Tests\TestCase;

/**
 * Rendered through do_blocks, as on a page.
 */
final class My_Mentorship_Block_Test extends TestCase {

	use Fixtures;
	use Mentorship_Fixtures;

	protected function tearDown(): void {
		Form_Handler::reset();
		Reassignment_Form_Handler::reset();
		parent::tearDown();
	}

	private function render(): string {
		return do_blocks( '<!-- wp:mentorship-program/my-mentorship /-->' );
	}

	public function test_a_mentor_logs_one_group_session_for_several_mentees_without_javascript(): void {
		$cohort = $this->running_cohort();
		$mentor = $this->mentor_in( $cohort['id'] );
		$ana    = $this->mentee_in( $cohort['id'], $mentor['id'], array( 'name' => 'Ana Group' ) );
		$ben    = $this->mentee_in( $cohort['id'], $mentor['id'], array( 'name' => 'Ben Group' ) );
		$cyd    = $this->mentee_in( $cohort['id'], $mentor['id'], array( 'name' => 'Cyd Group' ) );
		wp_set_current_user( $mentor['user'] );

		$html = $this->render();
		$this->assertStringContainsString( 'Log a group session', $html );
		$this->assertMatchesRegularExpression( '/<legend>Who attended<\/legend>/', $html );
		$this->assertSame( 3, substr_count( $html, 'name="attendees[]" value="' . $ana['id'] . '"' ) + substr_count( $html, 'name="attendees[]" value="' . $ben['id'] . '"' ) + substr_count( $html, 'name="attendees[]" value="' . $cyd['id'] . '"' ) - 3, 'One attendance box per mentee in the group form, beside each card\'s own.' );

		$post   = array(
			'mentorship_action' => 'log_checkin',
			'mentorship_nonce'  => wp_create_nonce( Form_Handler::NONCE_ACTION ),
			'target'            => (string) $mentor['id'],
			'kind'              => 'group',
			'mentees'           => array( (string) $ana['id'], (string) $ben['id'], (string) $cyd['id'] ),
			'attendees'         => array( (string) $ana['id'], (string) $cyd['id'] ),
			'held_on'           => gmdate( 'Y-m-d' ),
			'covered'           => 'Walked through the contributor handbook together',
		);
		$result = Form_Handler::submit( $post, $mentor['user'] );
		$this->assertTrue( $result['ok'], $result['message'] );

		$list = Checkins::list( array( 'mentor' => $mentor['id'] ), $mentor['user'] );
		$this->assertSame( 1, $list['total'], 'One group record, not one per attendee.' );
		$group = $list['items'][0];
		$this->assertSame( 'group', $group['kind'] );
		$this->assertSame( 'Group session', $group['kind_label'] );
		$this->assertSame( array( true, false, true ), array_column( $group['mentees'], 'attended' ) );

		// Ben sees it, marked as missed; the others' attendance is not his business.
		wp_set_current_user( $ben['user'] );
		$html = $this->render();
		$this->assertStringContainsString( 'Walked through the contributor handbook together', $html );
		$this->assertStringContainsString( '(you were not there)', $html );
		$this->assertStringNotContainsString( 'Ana Group', $html );
	}

	public function test_a_group_session_that_names_nobody_is_refused_by_its_field(): void {
		$cohort = $this->running_cohort();
		$mentor = $this->mentor_in( $cohort['id'] );
		$ana    = $this->mentee_in( $cohort['id'], $mentor['id'] );
		$ben    = $this->mentee_in( $cohort['id'], $mentor['id'] );
		$other  = $this->mentee_in( $cohort['id'], $this->mentor_in( $cohort['id'] )['id'] );
		wp_set_current_user( $mentor['user'] );
		$result = Form_Handler::submit(
			array(
				'mentorship_action' => 'log_checkin',
				'mentorship_nonce'  => wp_create_nonce( Form_Handler::NONCE_ACTION ),
				'target'            => (string) $mentor['id'],
				'kind'              => 'group',
				'mentees'           => array( (string) $ana['id'], (string) $ben['id'] ),
				'attendees'         => array( (string) $other['id'] ),
				'held_on'           => gmdate( 'Y-m-d' ),
				'covered'           => 'Something',
			),
			$mentor['user']
		);
		$this->assertFalse( $result['ok'] );
		$this->assertArrayHasKey( 'attendees', $result['errors'] );
		$this->assertSame( 0, Checkins::list( array( 'mentor' => $mentor['id'] ), $mentor['user'] )['total'] );
	}

	public function test_a_refused_group_session_marks_every_refused_field_like_the_one_to_one_form(): void {
		$cohort = $this->running_cohort();
		$mentor = $this->mentor_in( $cohort['id'] );
		$ana    = $this->mentee_in( $cohort['id'], $mentor['id'] );
		$ben    = $this->mentee_in( $cohort['id'], $mentor['id'] );
		wp_set_current_user( $mentor['user'] );
		$_SERVER['REQUEST_METHOD'] = 'POST';
		$_POST                     = array(
			'mentorship_action' => 'log_checkin',
			'mentorship_nonce'  => wp_create_nonce( Form_Handler::NONCE_ACTION ),
			'target'            => (string) $mentor['id'],
			'kind'              => 'group',
			'mentees'           => array( (string) $ana['id'], (string) $ben['id'] ),
			'attendees'         => array( (string) $ana['id'] ),
			'held_on'           => gmdate( 'Y-m-d' ),
			'covered'           => 'Triage together',
			'next_steps'        => str_repeat( 'n', Checkins::MAX_TEXT + 1 ),
		);
		( new Form_Handler() )->handle();
		$_POST                     = array();
		$_SERVER['REQUEST_METHOD'] = 'GET';

		$html = $this->render();
		$this->assertMatchesRegularExpression( '/<textarea id="([^"]+-group-\d+-next)" name="next_steps"[^>]*aria-invalid="true" aria-describedby="\1-error"/', $html );
		$this->assertMatchesRegularExpression( '/<span class="mentorship-my-error" id="[^"]+-group-\d+-next-error">/', $html );
		$this->assertStringContainsString( '>Triage together</textarea>', $html, 'What the mentor wrote is kept.' );
	}

	public function test_a_mentor_hands_a_mentee_back_and_offers_to_be_a_backup_without_javascript(): void {
		$cohort = $this->running_cohort();
		$mentor = $this->mentor_in( $cohort['id'] );
		$mentee = $this->mentee_in( $cohort['id'], $mentor['id'], array( 'name' => 'Nia Handed' ) );
		wp_set_current_user( $mentor['user'] );
		$html = $this->render();
		$this->assertStringContainsString( 'I can&#039;t continue mentoring Nia Handed', $html );
		$this->assertStringContainsString( 'I can be a backup mentor', $html );

		$nonce = wp_create_nonce( Form_Handler::NONCE_ACTION );
		$empty = Reassignment_Form_Handler::submit( array( 'mentorship_action' => 'step_back', 'mentorship_nonce' => $nonce, 'target' => (string) $mentee['id'], 'reason' => '' ), $mentor['user'] );
		$this->assertFalse( $empty['ok'] );
		$this->assertArrayHasKey( 'reason', $empty['errors'] );
		$this->assertSame( $mentor['id'], Assignments::mentor_of( $mentee['id'] ) );

		$forged = Reassignment_Form_Handler::submit( array( 'mentorship_action' => 'step_back', 'mentorship_nonce' => 'x', 'target' => (string) $mentee['id'], 'reason' => 'Busy' ), $mentor['user'] );
		$this->assertFalse( $forged['ok'], 'No nonce, no write.' );

		$done = Reassignment_Form_Handler::submit( array( 'mentorship_action' => 'step_back', 'mentorship_nonce' => $nonce, 'target' => (string) $mentee['id'], 'reason' => 'I am moving house.' ), $mentor['user'] );
		$this->assertTrue( $done['ok'], $done['message'] );
		$this->assertSame( 0, Assignments::mentor_of( $mentee['id'] ) );

		$offer = Reassignment_Form_Handler::submit( array( 'mentorship_action' => 'backup', 'mentorship_nonce' => $nonce, 'target' => (string) $mentor['id'], 'backup' => '1' ), $mentor['user'] );
		$this->assertTrue( $offer['ok'], $offer['message'] );
		$this->assertTrue( Backups::is_backup( $mentor['id'] ) );
		$html = $this->render();
		$this->assertStringContainsString( 'No mentees are assigned to you yet.', $html, 'A mentor without mentees still sees their availability.' );
		$this->assertMatchesRegularExpression( '/name="backup" value="1"\s+checked/', $html );
	}

	public function test_a_mentee_sees_mentor_names_only_and_asks_for_a_new_mentor(): void {
		$cohort = $this->running_cohort();
		$first  = $this->mentor_in( $cohort['id'] );
		$second = $this->mentor_in( $cohort['id'] );
		$mentee = $this->mentee_in( $cohort['id'], $first['id'] );
		$names  = array(
			\Mentorship_Program\Applications\Applications::get( $first['id'] )['fields']['name'],
			\Mentorship_Program\Applications\Applications::get( $second['id'] )['fields']['name'],
		);
		$this->assertIsArray( Reassignment::reassign( $mentee['id'], array( 'mentor' => $second['id'], 'expected_mentor' => $first['id'], 'reason' => 'COORDINATOR-ONLY words' ), $this->as_coordinator() ) );

		wp_set_current_user( $mentee['user'] );
		$html = $this->render();
		$this->assertStringContainsString( 'Your mentors so far', $html );
		$this->assertStringContainsString( $names[0], $html );
		$this->assertStringContainsString( $names[1] . ', since', $html );
		$this->assertStringNotContainsString( 'COORDINATOR-ONLY', $html );
		$this->assertStringNotContainsString( 'Reassigned by a coordinator', $html );
		$this->assertStringContainsString( 'Ask for a new mentor', $html );

		$asked = Reassignment_Form_Handler::submit( array( 'mentorship_action' => 'mentor_request', 'mentorship_nonce' => wp_create_nonce( Form_Handler::NONCE_ACTION ), 'target' => (string) $mentee['id'], 'reason' => 'Different time zones.' ), $mentee['user'] );
		$this->assertTrue( $asked['ok'], $asked['message'] );
		$html = $this->render();
		$this->assertStringContainsString( 'You asked for a new mentor on', $html );
		$this->assertStringNotContainsString( '<summary>Ask for a new mentor</summary>', $html );
	}
}
