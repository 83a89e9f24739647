<?php
/**
 * Private status links: confirmation of the address, what each secret opens, rotation,
 * "e-mail me my link", withdrawal, and linking to an account.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Tests\Applications;

use Mentorship_Program\Blocks\Status_Link_Handler;
use Mentorship_Program\Applications\Applications;
use Mentorship_Program\Applications\Status_Links;
use Mentorship_Program\Notifications\Mailer;
use Mentorship_Program\Security\Form_Token;
use Mentorship_Program\Tests\Fixtures;
use Mentorship_Program\Tests\TestCase;

/**
 * The private link of an application, end to end on the server.
 */
final class Status_Links_Test extends TestCase {

	use Fixtures;

	protected function setUp(): void {
		parent::setUp();
		Status_Link_Handler::reset();
		unset( $_COOKIE[ Status_Link_Handler::COOKIE ] );
		$_GET = array();
	}

	protected function tearDown(): void {
		Status_Link_Handler::reset();
		parent::tearDown();
	}

	/**
	 * Applies through the public route as a visitor.
	 *
	 * @param array<string, mixed> $overrides Values.
	 * @return array<string, mixed> The receipt.
	 */
	private function apply( array $overrides = array() ): array {
		$response = $this->rest( 'POST', '/mentorship/v1/applications', array_merge( array( 'type' => 'mentee', 'token' => Form_Token::issue() ), $this->values( 'mentee', $overrides ) ) );
		$this->assertSame( 201, $response->get_status(), wp_json_encode( $response->get_data() ) );
		$receipt = $response->get_data();
		// The receipt names no ID of its own; its private link carries the application's.
		parse_str( (string) wp_parse_url( (string) $receipt['status_url'], PHP_URL_QUERY ), $query );
		$receipt['id'] = (int) strtok( (string) ( $query[ Status_Links::QUERY_ARG ] ?? '' ), '.' );
		return $receipt;
	}

	/**
	 * Sends queued mail and returns the tokens of the links in each, by recipient.
	 *
	 * @return array<int, array{to: string, tokens: string[], message: string}>
	 */
	private function mailed(): array {
		$this->mails = array();
		Mailer::process();
		$out = array();
		foreach ( $this->mails as $mail ) {
			preg_match_all( '/[?&]' . Status_Links::QUERY_ARG . '=(\d+\.[a-f0-9]{32})/', (string) $mail['message'], $m );
			$out[] = array(
				'to'      => (string) $mail['to'],
				'tokens'  => $m[1],
				'message' => (string) $mail['message'],
			);
		}
		return $out;
	}

	private function token_of( string $url ): string {
		parse_str( (string) wp_parse_url( $url, PHP_URL_QUERY ), $query );
		return (string) ( $query[ Status_Links::QUERY_ARG ] ?? '' );
	}

	/**
	 * Renders the status block as this browser (its cookie).
	 *
	 * @param string $token Token in the cookie, or ''.
	 * @return string
	 */
	private function render_as( string $token ): string {
		Status_Link_Handler::reset();
		if ( '' === $token ) {
			unset( $_COOKIE[ Status_Link_Handler::COOKIE ] );
		} else {
			$_COOKIE[ Status_Link_Handler::COOKIE ] = $token;
		}
		return do_blocks( '<!-- wp:mentorship-program/my-application /-->' );
	}

	public function test_a_visitor_application_waits_outside_the_pipeline_until_the_mailed_link_is_opened(): void {
		$cohort  = $this->make_cohort();
		$receipt = $this->apply( array( 'name' => 'Lina Link' ) );
		$id      = $receipt['id'];
		$this->assertTrue( Status_Links::is_unconfirmed( $id ) );
		$this->assertSame( 0, Applications::list( array( 'cohort' => $cohort['id'] ) )['total'], 'Coordinators do not see it yet.' );

		$receipt_token = $this->token_of( $receipt['status_url'] );
		$mail          = $this->mailed();
		$this->assertCount( 1, $mail );
		$this->assertStringContainsString( 'confirm that this is your e-mail address', $mail[0]['message'] );
		$mail_token = $mail[0]['tokens'][0];
		$this->assertNotSame( $receipt_token, $mail_token, 'The receipt does not carry the link that confirms.' );

		// Only keyed hashes are stored: neither secret is anywhere in the database.
		global $wpdb;
		foreach ( array( $receipt_token, $mail_token ) as $token ) {
			$secret = explode( '.', $token )[1];
			$this->assertSame( '0', (string) $wpdb->get_var( $wpdb->prepare( "SELECT COUNT(*) FROM {$wpdb->postmeta} WHERE meta_value LIKE %s", '%' . $secret . '%' ) ) );
		}

		// The receipt's link shows that it waits, and confirms nothing.
		$this->assertSame( '', Status_Link_Handler::open( $receipt_token ) );
		$this->assertTrue( Status_Links::is_unconfirmed( $id ) );
		$html = $this->render_as( $receipt_token );
		$this->assertStringContainsString( 'Waiting for you to confirm your e-mail address', $html );
		$this->assertStringNotContainsString( 'Withdraw', $html );

		// The mailed link confirms, and the receipt's link stops working.
		$this->assertSame( 'confirmed', Status_Link_Handler::open( $mail_token ) );
		$this->assertFalse( Status_Links::is_unconfirmed( $id ) );
		$this->assertSame( 1, Applications::list( array( 'cohort' => $cohort['id'] ) )['total'] );
		$this->assertNotSame( '', get_post_meta( $id, Status_Links::META_CONFIRMED, true ) );
		$this->assertNull( Status_Links::verify( $receipt_token ) );

		$html = $this->render_as( $mail_token );
		$this->assertStringContainsString( 'Submitted', $html );
		$this->assertStringContainsString( 'Next step', $html );
		$this->assertStringContainsString( 'A coordinator will start reviewing it soon.', $html );
		$this->assertStringContainsString( 'History', $html );
		$this->assertStringContainsString( 'Withdraw this application', $html );
	}

	public function test_a_stranger_applying_first_with_someone_elses_address_blocks_nothing(): void {
		$cohort   = $this->make_cohort();
		$email    = 'owner-' . strtolower( wp_generate_password( 6, false, false ) ) . '@example.org';
		$stranger = $this->apply( array( 'email' => $email, 'name' => 'Not The Owner' ) );
		$this->mailed();
		$owner = $this->apply( array( 'email' => $email, 'name' => 'The Owner' ) );
		$this->assertSame( array_keys( $stranger ), array_keys( $owner ), 'The same answer, whoever applied first.' );
		$this->assertSame( $stranger['message'], $owner['message'] );

		$mail = $this->mailed();
		$this->assertSame( 'confirmed', Status_Link_Handler::open( $mail[0]['tokens'][0] ) );
		$stored = Applications::list( array( 'cohort' => $cohort['id'] ) );
		$this->assertSame( 1, $stored['total'] );
		$this->assertSame( 'The Owner', $stored['items'][0]['fields']['name'] );

		// The stranger's receipt shows nothing of the owner's, and their application expires.
		$html = $this->render_as( $this->token_of( $stranger['status_url'] ) );
		$this->assertStringNotContainsString( 'The Owner', $html );
		$this->assertStringNotContainsString( 'Submitted', $html );
		global $wpdb;
		$wpdb->update( $wpdb->posts, array( 'post_date_gmt' => gmdate( 'Y-m-d H:i:s', time() - 8 * DAY_IN_SECONDS ) ), array( 'ID' => $stranger['id'] ) );
		clean_post_cache( $stranger['id'] );
		$this->assertSame( 1, Status_Links::expire_unconfirmed() );
		$this->assertNull( get_post( $stranger['id'] ) );
		$this->assertNotNull( get_post( $owner['id'] ) );
	}

	public function test_opening_the_link_of_a_second_application_shows_the_first_with_a_new_link(): void {
		$cohort = $this->make_cohort();
		$email  = 'twice-' . strtolower( wp_generate_password( 6, false, false ) ) . '@example.org';
		$first  = $this->apply( array( 'email' => $email ) );
		$token1 = $this->mailed()[0]['tokens'][0];
		Status_Link_Handler::open( $token1 );
		$this->apply( array( 'email' => $email ) );
		$token2 = $this->mailed()[0]['tokens'][0];

		$this->assertSame( 'merged', Status_Link_Handler::open( $token2 ) );
		$this->assertSame( 1, Applications::list( array( 'cohort' => $cohort['id'] ) )['total'] );
		$this->assertNull( Status_Links::verify( $token1 ), 'The first link was rotated.' );
		$new = $this->mailed();
		$this->assertSame( $email, $new[0]['to'] );
		$found = Status_Links::verify( $new[0]['tokens'][0] );
		$this->assertSame( $first['id'], $found['application']['id'] );
		$this->assertSame( $first['id'], Status_Link_Handler::current()['application']['id'], 'This device now holds the new link.' );
	}

	public function test_wrong_and_old_secrets_open_nothing(): void {
		$this->make_cohort();
		$receipt = $this->apply( array( 'name' => 'Secret Sam' ) );
		$token   = $this->mailed()[0]['tokens'][0];
		Status_Link_Handler::open( $token );
		list( $id, $secret ) = explode( '.', $token );
		$wrong               = array(
			$id . '.' . str_repeat( '0', 32 ),
			( (int) $id + 1 ) . '.' . $secret,
			$id . '.' . strtoupper( $secret ),
			$id . '.' . substr( $secret, 0, 31 ),
			$token . '0',
			'',
			'garbage',
		);
		foreach ( $wrong as $bad ) {
			$this->assertNull( Status_Links::verify( $bad ), $bad );
			$html = $this->render_as( $bad );
			$this->assertStringNotContainsString( 'Secret Sam', $html );
			$this->assertStringNotContainsString( 'Submitted', $html );
			$this->assertStringContainsString( 'E-mail me my link again', $html );
		}
		$this->assertSame( 'invalid', Status_Link_Handler::open( $wrong[0] ) );
		Status_Links::rotate( (int) $id );
		$this->assertNull( Status_Links::verify( $token ), 'A rotated secret is old.' );
		$this->assertStringNotContainsString( 'Submitted', $this->render_as( $token ) );
		unset( $receipt );
	}

	public function test_email_me_my_link_answers_the_same_for_known_and_unknown_addresses(): void {
		$this->make_cohort();
		$email = 'known-' . strtolower( wp_generate_password( 6, false, false ) ) . '@example.org';
		$this->apply( array( 'email' => $email ) );
		$old = $this->mailed()[0]['tokens'][0];
		Status_Link_Handler::open( $old );
		$_SERVER['REMOTE_ADDR'] = '198.51.100.30';

		$post = static fn( string $address ) => array(
			'mentorship_email' => $address,
			'token'            => Form_Token::issue(),
			'website'          => '',
		);
		$known   = Status_Link_Handler::act( Status_Link_Handler::ACTION_RESEND, $post( $email ) );
		$unknown = Status_Link_Handler::act( Status_Link_Handler::ACTION_RESEND, $post( 'nobody-' . wp_generate_password( 6, false, false ) . '@example.org' ) );
		$this->assertSame( 'sent', $known );
		$this->assertSame( $known, $unknown );

		$mail = $this->mailed();
		$this->assertCount( 1, $mail, 'Only the known address gets mail.' );
		$this->assertSame( $email, $mail[0]['to'] );
		$this->assertNull( Status_Links::verify( $old ), 'Asking again rotates the link.' );
		$this->assertNotNull( Status_Links::verify( $mail[0]['tokens'][0] ) );

		// Per address: after three, the same answer and no more mail.
		for ( $i = 0; $i < 3; $i++ ) {
			$this->assertSame( 'sent', Status_Link_Handler::act( Status_Link_Handler::ACTION_RESEND, $post( $email ) ) );
		}
		$this->assertCount( 2, $this->mailed(), 'Two more within the hour; the fourth is not sent.' );
		// A bot filling the hidden field hears the same.
		$this->assertSame( 'sent', Status_Link_Handler::act( Status_Link_Handler::ACTION_RESEND, array_merge( $post( $email ), array( 'website' => 'x' ) ) ) );
		// Per network: the limit is told, since it says nothing about any address.
		for ( $i = 0; $i < Status_Links::RESEND_PER_NETWORK; $i++ ) {
			Status_Link_Handler::act( Status_Link_Handler::ACTION_RESEND, $post( 'n' . $i . '@example.org' ) );
		}
		$this->assertSame( 'limited', Status_Link_Handler::act( Status_Link_Handler::ACTION_RESEND, $post( $email ) ) );
	}

	public function test_the_holder_withdraws_after_confirming_and_only_with_the_page_check(): void {
		$this->make_cohort();
		$receipt = $this->apply();
		$token   = $this->mailed()[0]['tokens'][0];
		Status_Link_Handler::open( $token );
		$html = $this->render_as( $token );
		$this->assertStringNotContainsString( 'mentorship_check', $html, 'The first step only asks.' );

		$_GET[ Status_Link_Handler::STEP ] = 'withdraw';
		$html                              = $this->render_as( $token );
		$this->assertStringContainsString( 'Withdraw this application?', $html );
		$this->assertMatchesRegularExpression( '/name="mentorship_check" value="([a-f0-9]{64})"/', $html );
		preg_match( '/name="mentorship_check" value="([a-f0-9]{64})"/', $html, $m );

		$this->assertSame( 'invalid', Status_Link_Handler::act( Status_Link_Handler::ACTION_WITHDRAW, array( 'mentorship_check' => str_repeat( 'a', 64 ), 'mentorship_confirm' => '1' ) ) );
		$this->assertSame( '', Status_Link_Handler::act( Status_Link_Handler::ACTION_WITHDRAW, array( 'mentorship_check' => $m[1] ) ) );
		$this->assertSame( 'submitted', Applications::get( $receipt['id'] )['stage'] );
		$this->assertSame( 'withdrawn', Status_Link_Handler::act( Status_Link_Handler::ACTION_WITHDRAW, array( 'mentorship_check' => $m[1], 'mentorship_confirm' => '1' ) ) );
		$this->assertSame( 'withdrawn', Applications::get( $receipt['id'] )['stage'] );
		$this->assertStringContainsString( 'withdrawn', $this->mailed()[0]['message'] );

		// Without a link, or with the receipt's link, nobody withdraws.
		unset( $_COOKIE[ Status_Link_Handler::COOKIE ] );
		Status_Link_Handler::reset();
		$this->assertSame( 'invalid', Status_Link_Handler::act( Status_Link_Handler::ACTION_WITHDRAW, array( 'mentorship_check' => $m[1], 'mentorship_confirm' => '1' ) ) );
	}

	public function test_a_confirmed_application_links_to_the_account_of_the_same_address_at_login(): void {
		$this->make_cohort();
		$other_cohort = $this->make_cohort();
		$email        = 'later-' . strtolower( wp_generate_password( 6, false, false ) ) . '@example.org';
		$confirmed    = $this->apply( array( 'email' => $email ) );
		$unconfirmed  = $this->apply(
			array(
				'email'  => $email,
				'cohort' => $other_cohort['id'],
			)
		);
		Status_Link_Handler::open( $this->mailed()[0]['tokens'][0] );
		$user = $this->create_user( 'subscriber', array( 'user_email' => $email ) );
		do_action( 'wp_login', get_userdata( $user )->user_login, get_userdata( $user ) );
		$this->assertSame( $user, Applications::get( $confirmed['id'] )['user_id'] );
		$this->assertSame( 0, Applications::get( $unconfirmed['id'] )['user_id'], 'An unconfirmed address links nothing.' );
		// Another person's account never gets it.
		$other = $this->create_user();
		do_action( 'wp_login', get_userdata( $other )->user_login, get_userdata( $other ) );
		$this->assertSame( $user, Applications::get( $confirmed['id'] )['user_id'] );
	}

	public function test_the_status_page_is_not_indexed_and_sends_no_referrer(): void {
		$page = self::factory_page();
		$this->go_to( get_permalink( $page ) );
		( new Status_Link_Handler() )->handle();
		$robots = apply_filters( 'wp_robots', array() );
		$this->assertArrayHasKey( 'noindex', $robots );
		$this->assertTrue( defined( 'DONOTCACHEPAGE' ) );
	}

	/**
	 * A published page with the block.
	 *
	 * @return int
	 */
	private static function factory_page(): int {
		return (int) wp_insert_post(
			array(
				'post_type'    => 'page',
				'post_status'  => 'publish',
				'post_title'   => 'My application',
				'post_content' => '<!-- wp:mentorship-program/my-application /-->',
			)
		);
	}

	/**
	 * Sets up the main query for a URL.
	 *
	 * @param string $url URL.
	 */
	private function go_to( string $url ): void {
		$query = (string) wp_parse_url( $url, PHP_URL_QUERY );
		parse_str( $query, $vars );
		$GLOBALS['wp_query'] = new \WP_Query( $vars ? $vars : array( 'page_id' => url_to_postid( $url ) ) ); // phpcs:ignore WordPress.WP.GlobalVariablesOverride.Prohibited
		$GLOBALS['wp_the_query'] = $GLOBALS['wp_query']; // phpcs:ignore WordPress.WP.GlobalVariablesOverride.Prohibited
	}
}
