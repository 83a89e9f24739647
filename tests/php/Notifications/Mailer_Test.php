<?php
/**
 * Stage-change and cohort-start e-mails from the site's templates.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Tests\Notifications;

use Mentorship_Program\Applications\Applications;
use Mentorship_Program\Cohorts\Assignments;
use Mentorship_Program\Cohorts\Roster;
use Mentorship_Program\Settings\Settings;
use Mentorship_Program\Notifications\Mailer;
use Mentorship_Program\Tests\Fixtures;
use Mentorship_Program\Tests\TestCase;

/**
 * Notify means one mail from the template; no notify, or a disabled template, means none.
 */
final class Mailer_Test extends TestCase {

	use Fixtures;

	public function test_stage_changes_mail_only_when_asked_from_the_edited_template(): void {
		$cohort = $this->make_cohort( array( 'name' => 'Spring Cohort' ) );
		$app    = $this->make_application( 'mentee', $cohort['id'], array(), array( 'name' => 'Rui' ) );
		Mailer::process();
		$this->mails = array();
		Settings::update( array( 'mail_templates' => array( 'in_review' => array( 'subject' => 'Hello {name}', 'body' => '{name}, {cohort}: {stage}. {note} {status_url}' ) ) ) );

		Applications::transition( $app['id'], 'in_review', array( 'notify' => true, 'note' => 'We like your goals.' ) );
		Mailer::process();
		$this->assertCount( 1, $this->mails );
		$this->assertSame( 'Hello Rui', $this->mails[0]['subject'] );
		$this->assertStringStartsWith( 'Rui, Spring Cohort: In review. We like your goals.', $this->mails[0]['message'] );

		Applications::transition( $app['id'], 'accepted', array( 'notify' => false ) );
		Mailer::process();
		$this->assertCount( 1, $this->mails, 'No notify, no mail.' );

		Settings::update( array( 'mail_templates' => array( 'withdrawn' => array( 'enabled' => false ) ) ) );
		Applications::transition( $app['id'], 'withdrawn', array( 'notify' => true ) );
		Mailer::process();
		$this->assertCount( 1, $this->mails, 'A disabled template sends nothing.' );
	}

	public function test_cohort_start_mails_each_started_mentee_with_their_mentor(): void {
		$cohort = $this->make_cohort();
		$mentor = $this->make_application( 'mentor', $cohort['id'], array( 'in_review', 'approved' ), array( 'name' => 'Mentor Mia' ) );
		$mentee = $this->make_application( 'mentee', $cohort['id'], array( 'in_review', 'accepted' ) );
		Assignments::assign( $mentee['id'], $mentor['id'] );
		Mailer::process();
		$this->mails = array();
		Roster::start( $cohort, true );
		Mailer::process();
		$this->assertCount( 1, $this->mails );
		$this->assertSame( $mentee['fields']['email'], $this->mails[0]['to'] );
		$this->assertStringContainsString( 'Mentor Mia', $this->mails[0]['message'] );
	}
}
