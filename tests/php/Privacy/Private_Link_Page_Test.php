<?php
/**
 * The rules every page opened with a private link shares.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Tests;

use Mentorship_Program\Privacy\Private_Link_Page;

/**
 * Tokens in cookies, notices from the query, and the page's headers.
 */
final class Private_Link_Page_Test extends TestCase {

	protected function tearDown(): void {
		unset( $_COOKIE['mentorship_test_link'], $_GET['mentorship_notice'] );
		remove_filter( 'mentorship_program_status_link_exit', '__return_false' );
		parent::tearDown();
	}

	/**
	 * A kept token is this request's cookie at once; an empty one forgets it.
	 */
	public function test_a_token_is_kept_and_forgotten(): void {
		Private_Link_Page::keep_token( 'mentorship_test_link', '12.secret' );
		$this->assertSame( '12.secret', $_COOKIE['mentorship_test_link'] );
		$this->assertSame( '12.secret', Private_Link_Page::held_token( 'mentorship_test_link' ) );

		Private_Link_Page::keep_token( 'mentorship_test_link', '' );
		$this->assertArrayNotHasKey( 'mentorship_test_link', $_COOKIE );
		$this->assertSame( '', Private_Link_Page::held_token( 'mentorship_test_link' ) );
	}

	/**
	 * A cookie that is not a string, or holds markup, gives no usable token.
	 */
	public function test_a_held_token_is_a_plain_string(): void {
		$_COOKIE['mentorship_test_link'] = array( 'x' );
		$this->assertSame( '', Private_Link_Page::held_token( 'mentorship_test_link' ) );
		$_COOKIE['mentorship_test_link'] = '12.<b>secret</b>';
		$this->assertSame( '12.secret', Private_Link_Page::held_token( 'mentorship_test_link' ) );
	}

	/**
	 * Notices are keys: an unknown one shows nothing, errors are alerts, the rest status.
	 */
	public function test_notices_are_keys_shown_with_the_right_role(): void {
		$notices                   = array(
			'saved'  => array( 'Saved <now>.', 'success' ),
			'broken' => array( 'Broken.', 'error' ),
		);
		$_GET['mentorship_notice'] = 'Saved!';
		$this->assertSame( 'saved', Private_Link_Page::notice( 'mentorship_notice' ) );
		$this->assertSame( '<p class="mentorship-status-notice is-success" role="status">Saved &lt;now&gt;.</p>', Private_Link_Page::notice_html( $notices, 'saved' ) );
		$this->assertSame( '<p class="mentorship-status-notice is-error" role="alert">Broken.</p>', Private_Link_Page::notice_html( $notices, 'broken' ) );
		$this->assertSame( '', Private_Link_Page::notice_html( $notices, 'other' ) );
		$_GET['mentorship_notice'] = array( 'saved' );
		$this->assertSame( '', Private_Link_Page::notice( 'mentorship_notice' ) );
	}

	/**
	 * The page is kept out of search engines and page caches.
	 */
	public function test_protect_keeps_the_page_out_of_robots_and_caches(): void {
		Private_Link_Page::protect();
		$this->assertTrue( defined( 'DONOTCACHEPAGE' ) && DONOTCACHEPAGE );
		$this->assertNotFalse( has_filter( 'wp_robots', 'wp_robots_no_robots' ) );
		remove_filter( 'wp_robots', 'wp_robots_no_robots' );
	}

	/**
	 * The browser is sent on without the secret and with the notice.
	 */
	public function test_the_target_drops_the_secret_and_adds_the_notice(): void {
		$_SERVER['REQUEST_URI'] = '/status/?mentorship_link=12.secret&page=2';
		$this->assertSame( '/status/?page=2&mentorship_notice=saved', Private_Link_Page::target( array( 'mentorship_link' ), array( 'mentorship_notice' => 'saved' ) ) );
		$this->assertSame( '/status/?page=2', Private_Link_Page::target( array( 'mentorship_link', 'mentorship_notice' ), array() ) );
	}

	/**
	 * The filter lets tests go on after a redirect.
	 */
	public function test_redirect_ends_the_request_unless_told_not_to(): void {
		add_filter( 'mentorship_program_status_link_exit', '__return_false' );
		$_SERVER['REQUEST_URI'] = '/status/';
		$asked                  = did_filter( 'mentorship_program_status_link_exit' );
		Private_Link_Page::redirect( array( 'mentorship_link' ), array() );
		$this->assertSame( $asked + 1, did_filter( 'mentorship_program_status_link_exit' ) );
	}

	/**
	 * A token is a record ID and a 32-character hex secret, and nothing else.
	 */
	public function test_a_token_is_an_id_and_a_hex_secret(): void {
		$secret = str_repeat( 'a1', 16 );
		$this->assertSame( array( 42, $secret ), Private_Link_Page::parse_token( '42.' . $secret ) );
		foreach ( array( '', '42', '0.' . $secret, '042.' . $secret, '42.' . strtoupper( $secret ), '42.' . $secret . 'a', '42.' . substr( $secret, 1 ), ' 42.' . $secret ) as $bad ) {
			$this->assertNull( Private_Link_Page::parse_token( $bad ), $bad );
		}
	}

	/**
	 * A token opens its row only with the right secret; a row without a stored hash
	 * opens with none.
	 */
	public function test_a_token_opens_its_row_only_with_its_secret(): void {
		global $wpdb;
		$table  = \Mentorship_Program\Surveys\Schema::table( 'followups' );
		$secret = str_repeat( 'b2', 16 );
		$hash   = static fn( array $row, string $given ): string => hash( 'sha256', $row['id'] . '|' . $given );
		$wpdb->insert( $table, array( 'cohort_id' => 1, 'application_id' => 7, 'days' => 30, 'due_on' => '2030-01-01' ) ); // phpcs:ignore
		$id = (int) $wpdb->insert_id;
		$wpdb->update( $table, array( 'token_hash' => hash( 'sha256', $id . '|' . $secret ) ), array( 'id' => $id ) ); // phpcs:ignore

		$this->assertSame( $id, (int) Private_Link_Page::row( $id . '.' . $secret, $table, $hash )['id'] );
		$this->assertNull( Private_Link_Page::row( $id . '.' . str_repeat( 'b3', 16 ), $table, $hash ), 'Another secret.' );
		$this->assertNull( Private_Link_Page::row( ( $id + 1000 ) . '.' . $secret, $table, $hash ), 'No such row.' );
		$this->assertNull( Private_Link_Page::row( 'x' . $id . '.' . $secret, $table, $hash ), 'Not a token.' );
		$wpdb->update( $table, array( 'token_hash' => '' ), array( 'id' => $id ) ); // phpcs:ignore
		$this->assertNull( Private_Link_Page::row( $id . '.' . $secret, $table, static fn(): string => '' ), 'A forgotten link opens nothing.' );
	}
}
