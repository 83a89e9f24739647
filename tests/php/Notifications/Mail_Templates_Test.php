<?php
/**
 * Features add their e-mails and placeholders to the site's templates in one way.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Tests\Notifications;

use Mentorship_Program\Notifications\Mail_Templates;
use Mentorship_Program\Nudges\Nudges;
use Mentorship_Program\Surveys\Followups;
use Mentorship_Program\Surveys\Invitations;
use Mentorship_Program\Surveys\Mail_Texts;
use Mentorship_Program\Tests\TestCase;

/**
 * The templates and placeholders the Settings screen edits, features' included.
 */
final class Mail_Templates_Test extends TestCase {

	public function test_the_features_e_mails_and_placeholders_are_listed_with_the_others(): void {
		$templates    = Mail_Templates::defaults();
		$placeholders = Mail_Templates::placeholders();
		foreach ( array( Nudges::TEMPLATE_CHECKIN, Nudges::TEMPLATE_SESSION, Invitations::TEMPLATE, Followups::TEMPLATE ) as $key ) {
			$this->assertArrayHasKey( $key, $templates, $key );
			$this->assertTrue( $templates[ $key ]['enabled'], $key );
		}
		$this->assertSame( Nudges::templates()[ Nudges::TEMPLATE_CHECKIN ], $templates[ Nudges::TEMPLATE_CHECKIN ] );
		$this->assertSame( Mail_Texts::templates()[ Invitations::TEMPLATE ], $templates[ Invitations::TEMPLATE ] );
		foreach ( array_merge( Mail_Templates::PLACEHOLDERS, Nudges::PLACEHOLDERS, Mail_Texts::PLACEHOLDERS ) as $placeholder ) {
			$this->assertContains( $placeholder, $placeholders );
		}
		$this->assertSame( array_values( array_unique( $placeholders ) ), $placeholders, 'each placeholder once' );
	}

	public function test_a_feature_mail_is_read_when_the_templates_are_read(): void {
		global $wp_filter;
		$hooks = array( 'mentorship_program_mail_templates', 'mentorship_program_mail_placeholders' );
		$saved = array();
		foreach ( $hooks as $hook ) {
			$saved[ $hook ] = isset( $wp_filter[ $hook ] ) ? clone $wp_filter[ $hook ] : null;
		}
		try {
			$this->add_and_read_a_feature_mail();
		} finally {
			foreach ( $saved as $hook => $filter ) {
				if ( null === $filter ) {
					unset( $wp_filter[ $hook ] );
				} else {
					$wp_filter[ $hook ] = $filter; // phpcs:ignore WordPress.WP.GlobalVariablesOverride.Prohibited -- puts the site's filters back as they were.
				}
			}
		}
		$this->assertArrayNotHasKey( 'test_feature_mail', Mail_Templates::defaults() );
	}

	/**
	 * Adds a test e-mail whose subject changes after it was added, and reads it.
	 */
	private function add_and_read_a_feature_mail(): void {
		$texts = array( 'subject' => 'First' );
		Mail_Templates::add_feature_mail(
			static function () use ( &$texts ): array {
				return array(
					'test_feature_mail' => array(
						'enabled' => false,
						'subject' => $texts['subject'],
						'body'    => '{test_value}',
					),
				);
			},
			array( '{test_value}' )
		);
		$texts['subject'] = 'Second';
		$this->assertSame( 'Second', Mail_Templates::defaults()['test_feature_mail']['subject'] );
		$this->assertContains( '{test_value}', Mail_Templates::placeholders() );
	}
}
