<?php
/**
 * The graduation part of "My mentorship": the mentor confirms and the mentee adds the
 * link without JavaScript; each sees only what they may change; the graduate sees
 * their certificate link.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Tests\Graduation;

require_once __DIR__ . '/Graduation_Fixtures.php';

use Mentorship_Program\Applications\Applications;
use Mentorship_Program\Graduation\Block_Section;
use Mentorship_Program\Graduation\Certificates;
use Mentorship_Program\Graduation\Criteria;
use Mentorship_Program\Graduation\Form_Handler;
use Mentorship_Program\Graduation\Progress;
use Mentorship_Program\Tests\Fixtures;
use Mentorship_Program\Tests\TestCase;

/**
 * Block_Form_Test.
 */
final class Block_Form_Test extends TestCase {

	use Fixtures;
	use Graduation_Fixtures;

	/**
	 * A form post.
	 *
	 * @param int                  $target Application.
	 * @param array<string, mixed> $values Values.
	 * @param string[]             $fields Fields the form showed.
	 * @return array<string, mixed>
	 */
	private function post( int $target, array $values, array $fields ): array {
		return array_merge(
			array(
				'mentorship_action' => Form_Handler::ACTION,
				'mentorship_nonce'  => wp_create_nonce( Form_Handler::NONCE_ACTION ),
				'target'            => (string) $target,
				'fields'            => $fields,
			),
			$values
		);
	}

	public function test_the_mentor_confirms_and_the_mentee_adds_the_link(): void {
		$cohort = $this->finished_cohort();
		Criteria::save( $cohort['id'], array( 'contribution_link' => true, 'mentor_confirmation' => true ) );
		$mentor = $this->active_mentor( $cohort['id'] );
		$mentee = $this->active_mentee( $cohort['id'], $mentor['id'] );

		wp_set_current_user( $mentor['user'] );
		$html = Block_Section::mentee( $mentee['id'], $mentor['user'] );
		$this->assertStringContainsString( 'Not met:</strong> Mentor confirmed they are ready', $html );
		$this->assertStringContainsString( 'name="mentor_confirmed"', $html );
		$this->assertStringContainsString( 'name="contribution_link"', $html );
		$this->assertStringNotContainsString( 'name="name_on_certificate"', $html, 'A mentor does not agree for the mentee.' );
		$result = Form_Handler::submit( $this->post( $mentee['id'], array( 'mentor_confirmed' => '1', 'contribution_link' => '' ), array( 'contribution_link', 'mentor_confirmed' ) ), $mentor['user'] );
		$this->assertTrue( $result['ok'], wp_json_encode( $result ) );
		$this->assertTrue( Progress::get( $mentee['id'] )['mentor_confirmed'] );

		wp_set_current_user( $mentee['user'] );
		$html = Block_Section::mentee( $mentee['id'], $mentee['user'], 3 );
		$this->assertStringContainsString( '<h3>Graduation</h3>', $html );
		$this->assertStringContainsString( 'Met:</strong> Mentor confirmed they are ready', $html );
		$this->assertStringNotContainsString( 'name="mentor_confirmed"', $html );
		$this->assertStringContainsString( 'name="name_on_certificate"', $html );
		$bad = Form_Handler::submit( $this->post( $mentee['id'], array( 'contribution_link' => 'javascript:alert(1)' ), array( 'contribution_link', 'name_on_certificate' ) ), $mentee['user'] );
		$this->assertFalse( $bad['ok'] );
		$this->assertArrayHasKey( 'contribution_link', $bad['errors'] );
		$forged = Form_Handler::submit( $this->post( $mentee['id'], array( 'mentor_confirmed' => '' ), array( 'mentor_confirmed' ) ), $mentee['user'] );
		$this->assertFalse( $forged['ok'], 'A mentee cannot take back the mentor\'s confirmation.' );
		$this->assertTrue( Progress::get( $mentee['id'] )['mentor_confirmed'] );
		$expired = Form_Handler::submit( array_merge( $this->post( $mentee['id'], array( 'contribution_link' => 'https://example.org/pr/1' ), array( 'contribution_link' ) ), array( 'mentorship_nonce' => 'nope' ) ), $mentee['user'] );
		$this->assertFalse( $expired['ok'] );
		$this->assertSame( '', Progress::get( $mentee['id'] )['contribution_link'] );

		$ok = Form_Handler::submit( $this->post( $mentee['id'], array( 'contribution_link' => 'https://example.org/pr/1', 'name_on_certificate' => '1' ), array( 'contribution_link', 'name_on_certificate' ) ), $mentee['user'] );
		$this->assertTrue( $ok['ok'], wp_json_encode( $ok ) );
		$this->assertSame( 'https://example.org/pr/1', Progress::get( $mentee['id'] )['contribution_link'] );
		$this->assertTrue( Progress::get( $mentee['id'] )['name_on_certificate'] );

		// A stranger sees nothing.
		$this->assertSame( '', Block_Section::mentee( $mentee['id'], $this->create_user( 'subscriber' ) ) );
	}

	public function test_the_graduate_sees_their_certificate_link_and_the_mentor_their_own(): void {
		$cohort = $this->finished_cohort();
		$mentor = $this->active_mentor( $cohort['id'] );
		$mentee = $this->active_mentee( $cohort['id'], $mentor['id'] );
		$this->assertIsArray( Applications::transition( $mentee['id'], 'graduated' ) );
		$url  = Certificates::describe( $mentee['id'] )['url'];
		$html = Block_Section::mentee( $mentee['id'], $mentee['user'], 3 );
		$this->assertStringContainsString( esc_url( $url ), $html );
		$this->assertStringNotContainsString( esc_url( $url ), Block_Section::mentee( $mentee['id'], $mentor['user'] ), 'The mentor does not get the mentee\'s link.' );

		$mine = Block_Section::mentor( $mentor['id'], $mentor['user'] );
		$this->assertStringContainsString( 'Show my name on my mentees', $mine );
		$this->assertIsArray( Certificates::issue( $mentor['id'] ) );
		$this->assertStringContainsString( esc_url( Certificates::describe( $mentor['id'] )['url'] ), Block_Section::mentor( $mentor['id'], $mentor['user'] ) );
		$this->assertSame( '', Block_Section::mentor( $mentor['id'], $mentee['user'] ) );
	}
}
