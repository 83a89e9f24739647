<?php
/**
 * Certificates and graduation fields in the personal data exporter and eraser.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Tests\Graduation;

require_once __DIR__ . '/Graduation_Fixtures.php';

use Mentorship_Program\Applications\Applications;
use Mentorship_Program\Graduation\Certificate_Page;
use Mentorship_Program\Graduation\Certificates;
use Mentorship_Program\Graduation\Personal_Data;
use Mentorship_Program\Graduation\Progress;
use Mentorship_Program\Tests\Fixtures;
use Mentorship_Program\Tests\TestCase;

/**
 * Real requests through WordPress's privacy callbacks.
 */
final class Personal_Data_Test extends TestCase {

	use Fixtures;
	use Graduation_Fixtures;

	public function test_registered_and_erasing_before_the_applications(): void {
		$this->assertArrayHasKey( 'mentorship-program-graduation', apply_filters( 'wp_privacy_personal_data_exporters', array() ) );
		$keys = array_keys( apply_filters( 'wp_privacy_personal_data_erasers', array() ) );
		$this->assertLessThan( array_search( 'mentorship-program', $keys, true ), array_search( 'mentorship-program-graduation', $keys, true ) );
	}

	public function test_export_and_erase_the_certificate_and_the_fields(): void {
		$cohort = $this->finished_cohort();
		$mentor = $this->active_mentor( $cohort['id'] );
		$mentee = $this->active_mentee( $cohort['id'], $mentor['id'], array( 'email' => 'gia@example.com' ) );
		$other  = $this->active_mentee( $cohort['id'], $mentor['id'] );
		$this->assertIsArray( Progress::update( $mentee['id'], array( 'contribution_link' => 'https://example.org/my-first-patch', 'name_on_certificate' => true ), $mentee['user'] ) );
		$this->assertIsArray( Progress::update( $mentee['id'], array( 'mentor_confirmed' => true ), $mentor['user'] ) );
		$this->assertIsArray( Applications::transition( $mentee['id'], 'graduated' ) );
		$this->assertIsArray( Applications::transition( $other['id'], 'graduated' ) );
		$url   = Certificates::describe( $mentee['id'] )['url'];
		$token = substr( (string) preg_replace( '/.*([a-f0-9]{48}).*/', '$1', $url ), 0, 48 );
		$this->assertSame( 200, Certificate_Page::page( $token )['status'] );

		$export = Personal_Data::export( 'gia@example.com' );
		$this->assertTrue( $export['done'] );
		$json = (string) wp_json_encode( $export );
		$this->assertStringContainsString( 'https:\/\/example.org\/my-first-patch', $json );
		$this->assertStringContainsString( str_replace( '/', '\/', $url ), $json );
		$groups = array_column( $export['data'], 'group_id' );
		$this->assertContains( 'mentorship-certificates', $groups );
		$this->assertContains( 'mentorship-graduation', $groups );
		$other_url = Certificates::describe( $other['id'] )['url'];
		$this->assertStringNotContainsString( str_replace( '/', '\/', $other_url ), $json, 'Only the person\'s own certificate.' );

		$erased = Personal_Data::erase( 'gia@example.com' );
		$this->assertSame( 4, $erased['items_removed'], 'The certificate, the link, the confirmation and the agreement.' );
		$this->assertNull( Certificates::describe( $mentee['id'] ) );
		$this->assertSame( '', Progress::get( $mentee['id'] )['contribution_link'] );
		$this->assertFalse( Progress::get( $mentee['id'] )['mentor_confirmed'] );
		$this->assertSame( 404, Certificate_Page::page( $token )['status'], 'An erased certificate\'s address finds nothing.' );
		$this->assertIsArray( Certificates::describe( $other['id'] ), 'Others keep theirs.' );
	}

	public function test_the_privacy_policy_suggestion_explains_certificates(): void {
		$text = Personal_Data::policy_text();
		$this->assertStringContainsString( 'private, unguessable address', $text );
		$this->assertStringContainsString( 'only when both of you agreed', $text );
		$this->assertStringContainsString( 'erasure deletes them', $text );
	}
}
