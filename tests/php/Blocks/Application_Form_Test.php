<?php
/**
 * Tests for the application form block and its no-JavaScript path.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Tests\Blocks;

use Mentorship_Program\Blocks\Form_Handler;
use Mentorship_Program\Applications\Applications;
use Mentorship_Program\Applications\Post_Types;
use Mentorship_Program\Settings\Settings;
use Mentorship_Program\Applications\Stages;
use Mentorship_Program\Security\Form_Token;
use Mentorship_Program\Tests\Fixtures;
use Mentorship_Program\Tests\TestCase;

/**
 * The form renders every field accessibly, says when applications are closed, and
 * works as a plain HTML form: a post stores the application or shows each error by
 * its field, with what the person typed kept and escaped.
 */
final class Application_Form_Test extends TestCase {

	use Fixtures;

	protected function tearDown(): void {
		Form_Handler::reset();
		parent::tearDown();
	}

	/**
	 * Renders the block.
	 *
	 * @param array<string, mixed> $attributes Attributes.
	 * @return string
	 */
	private function render( array $attributes = array() ): string {
		$json = $attributes ? ' ' . wp_json_encode( $attributes ) : '';
		return do_blocks( '<!-- wp:mentorship-program/application-form' . $json . ' /-->' );
	}

	/**
	 * Posts the form as a browser without JavaScript would, and lets the handler run.
	 *
	 * @param array<string, mixed> $fields Posted fields (unslashed).
	 */
	private function post_form( array $fields ): void {
		// The form posts answers as mentorship[field]; the rest sits at the top level.
		$top = array_intersect_key( $fields, array_flip( array( 'token', 'website', 'mentorship_nonce', 'cohort' ) ) );
		$_SERVER['REQUEST_METHOD'] = 'POST';
		$_POST                     = wp_slash(
			array_merge(
				array(
					'mentorship_action' => 'apply',
					'type'              => 'mentee',
					'token'             => Form_Token::issue(),
					'website'           => '',
				),
				$top,
				array( 'mentorship' => array_diff_key( $fields, $top ) )
			)
		);
		( new Form_Handler() )->handle();
	}

	/**
	 * Valid mentee answers as the form posts them.
	 *
	 * @param array<string, mixed> $overrides Fields.
	 * @return array<string, mixed>
	 */
	private function mentee_post( array $overrides = array() ): array {
		return array_merge(
			array(
				'name'            => 'Ana Lima',
				'email'           => 'ana-' . wp_generate_password( 6, false, false ) . '@example.org',
				'timezone'        => 'America/Sao_Paulo',
				'languages'       => array( 'pt-BR', 'en' ),
				'teams'           => array( 'core', 'polyglots' ),
				'experience'      => 'user',
				'goals'           => 'Translate my first plugin.',
				'hours_per_week'  => '4',
				'format'          => 'any',
				'availability'    => array(
					array(
						'day'   => '2',
						'start' => '18:00',
						'end'   => '20:00',
					),
					array(
						'day'   => '',
						'start' => '',
						'end'   => '',
					),
				),
				'consent_coc'     => '1',
				'consent_privacy' => '1',
			),
			$overrides
		);
	}

	/**
	 * Applications of an address, confirmed or not.
	 *
	 * @param string $email E-mail.
	 * @return array<int, array<string, mixed>>
	 */
	private function stored_for( string $email ): array {
		$ids = get_posts(
			array(
				'post_type'      => array( 'mp_mentee', 'mp_mentor' ),
				'post_status'    => array_merge( Applications::statuses(), array( \Mentorship_Program\Applications\Status_Links::UNCONFIRMED_STATUS ) ),
				'fields'         => 'ids',
				'posts_per_page' => -1,
				'meta_key'       => '_mp_email',
				'meta_value'     => strtolower( $email ),
			)
		);
		return array_values( array_filter( array_map( array( Applications::class, 'get' ), $ids ) ) );
	}

	public function test_renders_every_mentee_field_with_a_label(): void {
		$cohort = $this->make_cohort();
		$html   = $this->render();

		$this->assertStringContainsString( 'data-role="mentee"', $html );
		$this->assertStringContainsString( 'data-wp-interactive="mentorship-program/application-form"', $html );
		$this->assertStringContainsString( esc_html( $cohort['name'] ), $html );
		$this->assertMatchesRegularExpression( '/<form [^>]*method="post"/', $html );
		$this->assertStringContainsString( 'name="mentorship_action" value="apply"', $html );
		$this->assertMatchesRegularExpression( '/name="token" value="\d+\.[a-f0-9]{64}"/', $html );

		// The honeypot: hidden from people and assistive technology, never tabbed to.
		$this->assertMatchesRegularExpression( '/<div class="mentorship-form-trap" aria-hidden="true">/', $html );
		$this->assertMatchesRegularExpression( '/<input type="text" id="[^"]+" name="website" value="" tabindex="-1" autocomplete="off"/', $html );

		// Every control has a label or sits in a fieldset with a legend.
		$doc = new \DOMDocument();
		libxml_use_internal_errors( true );
		$doc->loadHTML( '<?xml encoding="utf-8"?>' . $html );
		libxml_clear_errors();
		$xpath    = new \DOMXPath( $doc );
		$controls = $xpath->query( '//form//input[not(@type="hidden")] | //form//select | //form//textarea' );
		$this->assertGreaterThan( 20, $controls->length );
		foreach ( $controls as $control ) {
			$id = $control->getAttribute( 'id' );
			$this->assertNotSame( '', $id, $doc->saveHTML( $control ) );
			$this->assertSame( 1, $xpath->query( '//label[@for="' . $id . '"]' )->length, 'Label for ' . $id );
		}
		foreach ( array( 'languages', 'teams', 'experience', 'format', 'availability' ) as $group ) {
			$this->assertSame( 1, $xpath->query( '//fieldset[.//input[starts-with(@name, "mentorship[' . $group . ']")] or .//select[starts-with(@name, "mentorship[' . $group . ']")]]/legend' )->length, $group );
		}
		// Time zones: every identifier (and the few legacy ones no canonical zone shares
		// rules with), nothing chosen until the browser's zone is known.
		$this->assertGreaterThanOrEqual( count( \DateTimeZone::listIdentifiers() ), count( \Mentorship_Program\Support\Time_Zones::offered() ) );
		$this->assertSame( count( \Mentorship_Program\Support\Time_Zones::offered() ), $xpath->query( '//select[@name="mentorship[timezone]"]//option[@value!=""]' )->length );
		$this->assertSame( 0, $xpath->query( '//select[@name="mentorship[timezone]"]//option[@selected]' )->length );
		// Languages and teams are checkbox groups.
		$this->assertGreaterThan( 10, $xpath->query( '//input[@type="checkbox"][@name="mentorship[languages][]"]' )->length );
		$this->assertSame( 1, $xpath->query( '//input[@type="checkbox"][@name="mentorship[teams][]"][@value="core"]' )->length );
		// Mentor-only fields are absent.
		$this->assertStringNotContainsString( 'name="mentorship[motivation]"', $html );
		// Visitors get no REST nonce: their page may be cached.
		$this->assertStringNotContainsString( '"nonce"', $html );
		$this->assertStringNotContainsString( 'mentorship_nonce', $html );
	}

	public function test_mentor_form_has_the_mentor_fields(): void {
		$this->make_cohort();
		$html = $this->render( array( 'role' => 'mentor' ) );
		$this->assertStringContainsString( 'data-role="mentor"', $html );
		$this->assertStringContainsString( 'name="mentorship[motivation]"', $html );
		$this->assertStringContainsString( 'name="mentorship[capacity]"', $html );
		$this->assertStringContainsString( 'name="mentorship[formats][]"', $html );
		$this->assertStringNotContainsString( 'name="mentorship[goals]"', $html );
	}

	public function test_hidden_and_deselected_optional_fields_are_left_out(): void {
		$this->make_cohort();
		Settings::update( array( 'hidden_fields' => array( 'region' ) ) );
		$html = $this->render( array( 'fields' => array( 'availability' ) ) );
		$this->assertStringNotContainsString( 'name="mentorship[region]"', $html );
		$this->assertStringNotContainsString( 'name="mentorship[slack_username]"', $html );
		$this->assertStringContainsString( 'mentorship[availability][0][day]', $html );
		// Required fields cannot be deselected.
		$this->assertStringContainsString( 'name="mentorship[goals]"', $html );
	}

	public function test_says_applications_are_closed_and_when_the_next_call_opens(): void {
		$opens = time() + 5 * DAY_IN_SECONDS;
		$this->make_cohort(
			array(
				'name'      => 'Spring cohort',
				'opens_at'  => gmdate( 'Y-m-d\TH:i:s\Z', $opens ),
				'closes_at' => gmdate( 'Y-m-d\TH:i:s\Z', $opens + 10 * DAY_IN_SECONDS ),
			)
		);
		$html = $this->render();
		$this->assertStringContainsString( 'Applications are closed', $html );
		$this->assertStringContainsString( 'Spring cohort', $html );
		$this->assertStringContainsString( esc_html( wp_date( get_option( 'date_format' ), $opens ) ), $html );
		$this->assertStringNotContainsString( '<form', $html );
	}

	public function test_says_closed_without_a_date_when_nothing_is_planned(): void {
		$html = $this->render();
		$this->assertStringContainsString( 'Applications are closed', $html );
		$this->assertStringContainsString( 'no open call', $html );
	}

	public function test_a_chosen_cohort_that_is_closed_shows_closed(): void {
		$this->make_cohort();
		$past = $this->make_cohort(
			array(
				'opens_at'  => gmdate( 'Y-m-d\TH:i:s\Z', time() - 30 * DAY_IN_SECONDS ),
				'closes_at' => gmdate( 'Y-m-d\TH:i:s\Z', time() - 20 * DAY_IN_SECONDS ),
			)
		);
		$this->assertStringContainsString( 'Applications are closed', $this->render( array( 'cohort' => $past['id'] ) ) );
	}

	public function test_no_javascript_post_stores_the_application_and_shows_the_receipt(): void {
		$cohort = $this->make_cohort();
		$post   = $this->mentee_post();
		$this->post_form( $post );

		$result = Form_Handler::result( 'mentee' );
		$this->assertNotNull( $result );
		$this->assertTrue( $result['ok'], (string) wp_json_encode( $result ) );
		$this->assertSame( 201, $result['status'] );

		$this->assertSame( 0, Applications::list( array( 'search' => $post['email'] ) )['total'], 'It waits for the address to be confirmed.' );
		$found = $this->stored_for( $post['email'] );
		$this->assertCount( 1, $found );
		$application = $found[0];
		$this->assertFalse( $application['confirmed'] );
		$this->assertSame( 'submitted', $application['stage'] );
		$this->assertSame( $cohort['id'], $application['cohort'] );
		$this->assertSame( array( 'pt-BR', 'en' ), $application['fields']['languages'] );
		$this->assertSame( 4, $application['fields']['hours_per_week'] );
		$this->assertEqualsCanonicalizing( array( 'core', 'polyglots' ), $application['fields']['teams'] );
		$this->assertSame(
			array(
				array(
					'day'   => 2,
					'start' => '18:00',
					'end'   => '20:00',
				),
			),
			$application['fields']['availability']
		);
		$this->assertFalse( $application['fields']['public_recognition'] );

		$html = $this->render();
		$this->assertStringContainsString( 'Application received', $html );
		$this->assertStringContainsString( 'open it to confirm your address', $html );
		$this->assertMatchesRegularExpression( '/class="mentorship-form-status-link" href="[^"]*mentorship_link=\d+\.[a-f0-9]{32}"/', $html );
		$this->assertStringNotContainsString( '<form', $html );
		// Only the form of the posted role shows the receipt.
		$this->assertStringContainsString( '<form', $this->render( array( 'role' => 'mentor' ) ) );
	}

	public function test_no_javascript_post_shows_each_server_error_by_its_field(): void {
		$this->make_cohort();
		$this->post_form(
			$this->mentee_post(
				array(
					'languages' => array(),
					'goals'     => '',
					'hours_per_week' => '',
				)
			)
		);
		$result = Form_Handler::result( 'mentee' );
		$this->assertFalse( $result['ok'] );
		$this->assertSame( 400, $result['status'] );

		$html = $this->render();
		$doc  = new \DOMDocument();
		libxml_use_internal_errors( true );
		$doc->loadHTML( '<?xml encoding="utf-8"?>' . $html );
		libxml_clear_errors();
		$xpath = new \DOMXPath( $doc );

		foreach ( array( 'goals' => 'textarea', 'hours_per_week' => 'input' ) as $field => $tag ) {
			$input = $xpath->query( '//' . $tag . '[@name="mentorship[' . $field . ']"]' )->item( 0 );
			$this->assertSame( 'true', $input->getAttribute( 'aria-invalid' ) );
			$error_id = $input->getAttribute( 'id' ) . '-error';
			$this->assertContains( $error_id, explode( ' ', $input->getAttribute( 'aria-describedby' ) ) );
			$this->assertNotSame( '', trim( $xpath->query( '//*[@id="' . $error_id . '"]' )->item( 0 )->textContent ) );
		}
		// A group's error is tied to its fieldset.
		$fieldset = $xpath->query( '//fieldset[.//input[@name="mentorship[languages][]"]]' )->item( 0 );
		$this->assertStringContainsString( '-languages-error', $fieldset->getAttribute( 'aria-describedby' ) );
		$this->assertStringContainsString( 'Languages is required.', $fieldset->textContent );
		$this->assertStringContainsString( 'Goals is required.', $html );
		$this->assertStringContainsString( 'Hours per week is required.', $html );

		// The summary links to each field, and what was typed is kept.
		$summary = $xpath->query( '//*[contains(@class, "mentorship-form-summary")]' )->item( 0 );
		$this->assertFalse( $summary->hasAttribute( 'hidden' ) );
		$links = $xpath->query( './/a[@href]', $summary );
		$this->assertGreaterThanOrEqual( 2, $links->length );
		$this->assertSame( '#' . $xpath->query( '//input[@name="mentorship[languages][]"]' )->item( 0 )->getAttribute( 'id' ), $links->item( 0 )->getAttribute( 'href' ) );
		$this->assertSame( 'Ana Lima', $xpath->query( '//input[@name="mentorship[name]"]' )->item( 0 )->getAttribute( 'value' ) );
		$this->assertSame( 'America/Sao_Paulo', $xpath->query( '//select[@name="mentorship[timezone]"]//option[@selected]' )->item( 0 )->getAttribute( 'value' ) );
		$this->assertSame( 1, $xpath->query( '//input[@name="mentorship[teams][]"][@value="polyglots"][@checked]' )->length );
	}

	public function test_a_second_application_with_the_same_email_gets_the_same_receipt(): void {
		$this->make_cohort();
		$post = $this->mentee_post();
		$this->post_form( $post );
		$first = Form_Handler::result( 'mentee' );
		$this->assertTrue( $first['ok'] );
		$this->assertMatchesRegularExpression( '/[?&]mentorship_link=\d+\.[a-f0-9]{32}$/', $first['receipt']['status_url'], 'The receipt carries the private link.' );
		Form_Handler::reset();

		// Telling a stranger "this address applied" is what the owner's mailbox is for.
		$this->post_form( $post );
		$again = Form_Handler::result( 'mentee' );
		$this->assertTrue( $again['ok'] );
		$this->assertSame( $first['message'], $again['message'] );
		$this->assertSame( $first['receipt']['next_steps'], $again['receipt']['next_steps'] );
		$this->assertStringNotContainsString( 'already exists', $this->render() );
		$this->assertStringContainsString( 'Application received', $this->render() );
	}

	public function test_the_receipt_says_each_thing_once(): void {
		$this->make_cohort();
		$this->post_form( $this->mentee_post() );
		$text = wp_strip_all_tags( $this->render() );
		$this->assertSame( 1, substr_count( $text, 'coordinator' ), $text );
		$this->assertSame( 0, substr_count( $text, 'We have your application' ), $text );
	}

	public function test_an_expired_token_is_explained_in_the_summary(): void {
		$this->make_cohort();
		$this->post_form( $this->mentee_post( array( 'token' => '1.' . str_repeat( 'a', 64 ) ) ) );
		$html = $this->render();
		$this->assertStringContainsString( 'This form has expired', $html );
	}

	public function test_the_honeypot_gets_a_quiet_success_and_stores_nothing(): void {
		$this->make_cohort();
		$post = $this->mentee_post( array( 'website' => 'https://spam.example' ) );
		$this->post_form( $post );
		$this->assertTrue( Form_Handler::result( 'mentee' )['ok'] );
		$this->assertSame( 0, (int) Applications::list( array( 'search' => $post['email'] ) )['total'] );
	}

	public function test_posted_script_and_attribute_payloads_render_inert(): void {
		$this->make_cohort();
		$this->post_form(
			$this->mentee_post(
				array(
					'name'   => '<script>alert(1)</script>',
					'region' => '" onmouseover="alert(1)',
					'goals'  => '</textarea><script>alert(2)</script>',
					'email'  => 'bad',
				)
			)
		);
		$html = $this->render();
		$this->assertStringNotContainsString( '<script>alert', $html );
		$this->assertStringNotContainsString( '" onmouseover="alert(1)', $html );
		$this->assertStringContainsString( '&lt;script&gt;alert(1)&lt;/script&gt;', $html );
		$this->assertStringContainsString( '&quot; onmouseover=&quot;alert(1)', $html );
	}

	public function test_a_logged_in_user_is_prefilled_and_gets_nonces(): void {
		$this->make_cohort();
		$user = $this->create_user(
			'subscriber',
			array(
				'display_name' => 'Bea Santos',
				'user_email'   => 'bea@example.org',
			)
		);
		update_user_meta( $user, 'mentorship_wporg_username', 'beasantos' );
		wp_set_current_user( $user );
		$html = $this->render();
		$this->assertMatchesRegularExpression( '/name="mentorship\[name\]"[^>]*value="Bea Santos"/', $html );
		$this->assertMatchesRegularExpression( '/name="mentorship\[email\]"[^>]*value="bea@example.org"/', $html );
		$this->assertMatchesRegularExpression( '/name="mentorship\[wporg_username\]"[^>]*value="beasantos"/', $html );
		$this->assertMatchesRegularExpression( '/"nonce":"[a-f0-9]{10}"/', $html );
		$this->assertStringContainsString( 'name="mentorship_nonce"', $html );
	}

	public function test_a_logged_in_post_without_the_nonce_is_refused(): void {
		$this->make_cohort();
		wp_set_current_user( $this->create_user() );
		$post = $this->mentee_post();
		$this->post_form( $post );
		$this->assertFalse( Form_Handler::result( 'mentee' )['ok'] );
		$this->assertSame( array(), $this->stored_for( $post['email'] ) );

		Form_Handler::reset();
		$this->post_form( array_merge( $post, array( 'mentorship_nonce' => wp_create_nonce( Form_Handler::NONCE_ACTION ) ) ) );
		$this->assertTrue( Form_Handler::result( 'mentee' )['ok'] );
		$stored = $this->stored_for( $post['email'] )[0];
		$this->assertSame( get_current_user_id(), $stored['user_id'] );
	}

	public function test_teams_from_the_team_finder_are_preselected(): void {
		$this->make_cohort();
		$_GET['teams'] = 'core,design,"><script>,nope';
		$html          = $this->render();
		$this->assertMatchesRegularExpression( '/name="mentorship\[teams\]\[\]" value="core" checked/', $html );
		$this->assertMatchesRegularExpression( '/name="mentorship\[teams\]\[\]" value="design" checked/', $html );
		$this->assertDoesNotMatchRegularExpression( '/value="docs" checked/', $html );
	}

	public function test_teams_sent_by_the_finders_form_are_preselected_and_editable(): void {
		$this->make_cohort();
		$_GET['teams'] = array( 'polyglots', 'docs', '"><script>', array( 'nested' ), 'nope' );
		$html          = $this->render();
		$this->assertMatchesRegularExpression( '/name="mentorship\[teams\]\[\]" value="polyglots" checked/', $html );
		$this->assertMatchesRegularExpression( '/name="mentorship\[teams\]\[\]" value="docs" checked/', $html );
		$this->assertMatchesRegularExpression( '/name="mentorship\[teams\]\[\]" value="core"(?! checked)/', $html, 'Other teams stay there to choose.' );
		$this->assertStringNotContainsString( '"><script>', $html );
		unset( $_GET['teams'] );
	}

	public function test_other_requests_are_left_alone(): void {
		$_SERVER['REQUEST_METHOD'] = 'GET';
		$_POST                     = array( 'mentorship_action' => 'apply' );
		( new Form_Handler() )->handle();
		$this->assertNull( Form_Handler::result( 'mentee' ) );
		$this->assertSame( 0, (int) ( new \WP_Query(
			array(
				'post_type'   => Post_Types::MENTEE,
				'post_status' => 'any',
				'fields'      => 'ids',
			)
		) )->found_posts );
	}
}
