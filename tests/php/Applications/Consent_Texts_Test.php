<?php
/**
 * Consents that name what was agreed to.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Tests\Applications;

use Mentorship_Program\Applications\Applications;
use Mentorship_Program\Settings\Settings;
use Mentorship_Program\Privacy\Privacy;
use Mentorship_Program\Tests\Fixtures;
use Mentorship_Program\Tests\TestCase;

/**
 * The settings hold the code of conduct and privacy notice addresses (with the site's
 * pages as defaults), the form links them, and every consent records which text (address
 * and version) was agreed to and when; the exporter hands that back.
 */
final class Consent_Texts_Test extends TestCase {

	use Fixtures;

	/**
	 * Publishes a page.
	 *
	 * @param string $slug  Slug.
	 * @param string $title Title.
	 * @return int
	 */
	private function page( string $slug, string $title ): int {
		$id = wp_insert_post(
			array(
				'post_type'    => 'page',
				'post_status'  => 'publish',
				'post_name'    => $slug,
				'post_title'   => $title,
				'post_content' => 'Text.',
			)
		);
		$this->assertIsInt( $id );
		return $id;
	}

	public function test_defaults_are_the_sites_own_pages_until_a_value_is_saved(): void {
		update_option( 'wp_page_for_privacy_policy', 0 );
		$this->assertSame( '', Settings::get( 'code_of_conduct_url' ) );
		$this->assertSame( '', Settings::get( 'privacy_notice_url' ) );

		$coc     = $this->page( 'code-of-conduct', 'Code of conduct' );
		$privacy = $this->page( 'privacy-policy', 'Privacy policy' );
		update_option( 'wp_page_for_privacy_policy', $privacy );
		$this->assertSame( get_permalink( $coc ), Settings::get( 'code_of_conduct_url' ) );
		$this->assertSame( get_privacy_policy_url(), Settings::get( 'privacy_notice_url' ) );

		// Saving another setting does not freeze the defaults.
		Settings::update( array( 'retention_days' => 30 ) );
		wp_update_post(
			array(
				'ID'        => $coc,
				'post_name' => 'conduct',
			)
		);
		$this->assertSame( '', Settings::get( 'code_of_conduct_url' ), 'The page no longer has the slug: no default.' );

		Settings::update( array( 'code_of_conduct_url' => 'https://make.example.org/handbook/code-of-conduct/' ) );
		$this->assertSame( 'https://make.example.org/handbook/code-of-conduct/', Settings::get( 'code_of_conduct_url' ) );
	}

	public function test_settings_refuse_addresses_that_are_not_web_addresses_naming_the_field(): void {
		wp_set_current_user( $this->create_user( 'administrator' ) );
		foreach ( array( 'javascript:alert(1)', 'not a url', 'ftp://example.org/coc', 'https://example.org/a b' ) as $bad ) {
			foreach ( array( 'code_of_conduct_url', 'privacy_notice_url' ) as $field ) {
				$response = $this->rest(
					'PATCH',
					'/mentorship/v1/settings',
					array(
						$field           => $bad,
						'retention_days' => 7,
					)
				);
				$this->assertErrorResponse( 400, $response, 'rest_invalid_param' );
				$this->assertArrayHasKey( $field, $response->get_data()['data']['params'], $bad );
				$this->assertNotSame( 7, Settings::get( 'retention_days' ), 'Nothing is half-stored.' );
			}
		}
		$response = $this->rest(
			'PATCH',
			'/mentorship/v1/settings',
			array(
				'code_of_conduct_url' => 'https://example.org/coc/',
				'privacy_notice_url'  => '',
			)
		);
		$this->assertSame( 200, $response->get_status(), (string) wp_json_encode( $response->get_data() ) );
		$this->assertSame( 'https://example.org/coc/', $response->get_data()['code_of_conduct_url'] );
		$this->assertSame( '', $response->get_data()['privacy_notice_url'] );
		$this->assertSame( 'https://example.org/coc/', $this->rest( 'GET', '/mentorship/v1/settings' )->get_data()['code_of_conduct_url'] );
	}

	public function test_each_consent_records_the_text_address_its_version_and_the_time(): void {
		$coc = $this->page( 'code-of-conduct', 'Code of conduct' );
		// A page edited at a known time: its modified date is the version.
		global $wpdb;
		$wpdb->update(
			$wpdb->posts,
			array(
				'post_modified'     => '2026-03-04 05:06:07',
				'post_modified_gmt' => '2026-03-04 05:06:07',
			),
			array( 'ID' => $coc )
		);
		clean_post_cache( $coc );
		Settings::update( array( 'privacy_notice_url' => 'https://example.org/privacy/' ) );
		$saved_at = Settings::changed_at( 'privacy_notice_url' );
		$this->assertMatchesRegularExpression( '/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/', $saved_at );

		$before = gmdate( 'Y-m-d\TH:i:s\Z' );
		$cohort = $this->make_cohort();
		$app    = $this->make_application( 'mentee', $cohort['id'], array(), array( 'email' => 'consents@example.com' ) );
		$stored = Applications::get( $app['id'] );

		$this->assertGreaterThanOrEqual( $before, $stored['consent']['code_of_conduct'] );
		$this->assertGreaterThanOrEqual( $before, $stored['consent']['privacy'] );
		$this->assertSame(
			array(
				'code_of_conduct' => array(
					'url'     => get_permalink( $coc ),
					'version' => '2026-03-04T05:06:07Z',
				),
				'privacy'         => array(
					'url'     => 'https://example.org/privacy/',
					'version' => $saved_at,
				),
			),
			$stored['consent_texts']
		);

		// A later change of the text does not rewrite what someone agreed to.
		wp_update_post(
			array(
				'ID'           => $coc,
				'post_content' => 'New text.',
			)
		);
		Settings::update( array( 'privacy_notice_url' => 'https://example.org/privacy-2/' ) );
		$this->assertSame( '2026-03-04T05:06:07Z', Applications::get( $app['id'] )['consent_texts']['code_of_conduct']['version'] );
		$this->assertSame( 'https://example.org/privacy/', Applications::get( $app['id'] )['consent_texts']['privacy']['url'] );
		$later = $this->make_application( 'mentee', $cohort['id'] );
		$this->assertNotSame( '2026-03-04T05:06:07Z', Applications::get( $later['id'] )['consent_texts']['code_of_conduct']['version'] );
		$this->assertSame( 'https://example.org/privacy-2/', Applications::get( $later['id'] )['consent_texts']['privacy']['url'] );

		// The coordinators' REST view and the personal data export carry it.
		$this->as_coordinator();
		$this->assertSame( $stored['consent_texts'], $this->rest( 'GET', '/mentorship/v1/applications/' . $app['id'] )->get_data()['consent_texts'] );
		$export = array_column( Privacy::export( 'consents@example.com', 1 )['data'][0]['data'], 'value', 'name' );
		$this->assertSame( get_permalink( $coc ), $export['Code of conduct agreed to (address)'] );
		$this->assertSame( '2026-03-04T05:06:07Z', $export['Code of conduct agreed to (version)'] );
		$this->assertSame( 'https://example.org/privacy/', $export['Privacy notice agreed to (address)'] );
		$this->assertSame( $saved_at, $export['Privacy notice agreed to (version)'] );
		$this->assertSame( $stored['consent']['privacy'], $export['Consent to the privacy notice given at'] );
	}

	public function test_the_form_links_both_texts_in_the_consent_labels(): void {
		$this->make_cohort();
		Settings::update(
			array(
				'code_of_conduct_url' => 'https://example.org/coc/',
				'privacy_notice_url'  => 'https://example.org/privacy/',
			)
		);
		$html = do_blocks( '<!-- wp:mentorship-program/application-form /-->' );
		$doc  = new \DOMDocument();
		libxml_use_internal_errors( true );
		$doc->loadHTML( '<?xml encoding="utf-8"?>' . $html );
		$xpath = new \DOMXPath( $doc );
		foreach ( array(
			'consent-coc'     => array( 'https://example.org/coc/', 'I agree to the code of conduct (opens in a new tab)' ),
			'consent-privacy' => array( 'https://example.org/privacy/', 'I agree to the privacy notice (opens in a new tab)' ),
		) as $suffix => list( $url, $name ) ) {
			$labels = $xpath->query( '//label[substring(@for, string-length(@for) - ' . ( strlen( $suffix ) - 1 ) . ') = "' . $suffix . '"]' );
			$this->assertSame( 1, $labels->length, $suffix );
			$label = $labels->item( 0 );
			$this->assertSame( $name, trim( preg_replace( '/\s+/', ' ', $label->textContent ) ) );
			$link = $xpath->query( './/a', $label )->item( 0 );
			$this->assertNotNull( $link );
			$this->assertSame( $url, $link->getAttribute( 'href' ) );
			$this->assertSame( '_blank', $link->getAttribute( 'target' ) );
			$this->assertStringContainsString( 'noopener', $link->getAttribute( 'rel' ) );
		}

		// No address: the label stays plain text.
		Settings::update(
			array(
				'code_of_conduct_url' => '',
				'privacy_notice_url'  => '',
			)
		);
		$html = do_blocks( '<!-- wp:mentorship-program/application-form /-->' );
		$this->assertStringContainsString( 'I agree to the code of conduct</label>', $html );
		$this->assertStringNotContainsString( 'target="_blank"', $html );
	}
}
