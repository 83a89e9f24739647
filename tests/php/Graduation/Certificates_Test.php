<?php
/**
 * Certificates: issued on graduation, verified at an unguessable address, revoked,
 * unknown addresses, mentors' certificates and the mentor's name only with consent.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Tests\Graduation;

require_once __DIR__ . '/Graduation_Fixtures.php';

use Mentorship_Program\Applications\Applications;
use Mentorship_Program\Graduation\Certificate_Page;
use Mentorship_Program\Graduation\Certificates;
use Mentorship_Program\Graduation\Progress;
use Mentorship_Program\Tests\Fixtures;
use Mentorship_Program\Tests\TestCase;

/**
 * Certificates_Test.
 */
final class Certificates_Test extends TestCase {

	use Fixtures;
	use Graduation_Fixtures;

	/**
	 * A graduate of a finished cohort, placed with a team.
	 *
	 * @param array<string, mixed> $overrides Values.
	 * @return array{cohort: array<string, mixed>, mentor: array{id: int, user: int}, mentee: array{id: int, user: int}}
	 */
	private function graduate( array $overrides = array() ): array {
		$cohort = $this->finished_cohort();
		$mentor = $this->active_mentor( $cohort['id'], array( 'name' => 'Mona Mentor' ) );
		$mentee = $this->active_mentee( $cohort['id'], $mentor['id'], array_merge( array( 'name' => 'Gia Graduate' ), $overrides ) );
		$this->assertIsArray( Applications::transition( $mentee['id'], 'graduated' ) );
		return array(
			'cohort' => $cohort,
			'mentor' => $mentor,
			'mentee' => $mentee,
		);
	}

	/**
	 * The token of a certificate address.
	 *
	 * @param string $url Address.
	 * @return string
	 */
	private function token_of( string $url ): string {
		$this->assertMatchesRegularExpression( '/[?&\/]([a-f0-9]{48})\/?$|mentorship_certificate=([a-f0-9]{48})/', $url );
		preg_match( '/([a-f0-9]{48})/', $url, $m );
		return $m[1];
	}

	public function test_graduating_issues_a_certificate_that_anyone_can_verify(): void {
		$g    = $this->graduate();
		$cert = Certificates::describe( $g['mentee']['id'] );
		$this->assertIsArray( $cert, 'Graduating issues the certificate.' );
		$this->assertFalse( $cert['revoked'] );
		$token = $this->token_of( $cert['url'] );
		$this->assertSame( $g['mentee']['id'], Certificates::find( $token ) );

		wp_set_current_user( 0 );
		$page = Certificate_Page::page( $token );
		$this->assertSame( 200, $page['status'] );
		$this->assertStringContainsString( 'Verified certificate, issued by ' . get_bloginfo( 'name' ), $page['html'] );
		$this->assertStringContainsString( 'Gia Graduate', $page['html'] );
		$this->assertStringContainsString( $g['cohort']['name'], $page['html'] );
		$this->assertStringContainsString( '<meta name="robots" content="noindex, nofollow" />', $page['html'] );
		$this->assertStringContainsString( '@media print', $page['html'] );
		$this->assertStringNotContainsString( 'Mona Mentor', $page['html'], 'No mentor name without both agreeing.' );
		$this->assertStringNotContainsString( '@example.com', $page['html'], 'No e-mail address on the certificate.' );

		// Issuing again keeps the same address.
		$this->assertSame( $cert['url'], Certificates::issue( $g['mentee']['id'] )['url'] );
	}

	public function test_the_token_is_random_and_a_near_miss_finds_nothing(): void {
		$a = $this->graduate();
		$b = $this->graduate();
		$ta = $this->token_of( Certificates::describe( $a['mentee']['id'] )['url'] );
		$tb = $this->token_of( Certificates::describe( $b['mentee']['id'] )['url'] );
		$this->assertNotSame( $ta, $tb );
		$this->assertSame( 48, strlen( $ta ), 'A 64-bit selector and a 128-bit verifier.' );
		// Right selector, wrong verifier; wrong selector, right verifier; bad shapes.
		$this->assertSame( 0, Certificates::find( substr( $ta, 0, 16 ) . substr( $tb, 16 ) ) );
		$this->assertSame( 0, Certificates::find( substr( $tb, 0, 16 ) . substr( $ta, 16 ) ) );
		$this->assertSame( 0, Certificates::find( substr( $ta, 0, 47 ) ) );
		$this->assertSame( 0, Certificates::find( strtoupper( $ta ) ) );
		$this->assertSame( 0, Certificates::find( "' OR 1=1 --" ) );
	}

	public function test_an_unknown_address_answers_404_and_says_so(): void {
		$page = Certificate_Page::page( str_repeat( 'ab', 24 ) );
		$this->assertSame( 404, $page['status'] );
		$this->assertStringContainsString( 'No certificate exists at this address.', $page['html'] );
		$this->assertSame( 404, Certificate_Page::page( 'nonsense' )['status'] );
	}

	public function test_a_coordinator_revokes_with_a_reason_and_the_page_says_so_with_410(): void {
		$g     = $this->graduate();
		$token = $this->token_of( Certificates::describe( $g['mentee']['id'] )['url'] );
		$coordinator = $this->as_coordinator();

		$missing = $this->rest( 'POST', '/mentorship/v1/graduation/' . $g['mentee']['id'] . '/certificate/revoke', array( 'reason' => '' ) );
		$this->assertSame( 400, $missing->get_status() );
		$this->assertFalse( Certificates::describe( $g['mentee']['id'] )['revoked'] );

		$revoked = $this->rest( 'POST', '/mentorship/v1/graduation/' . $g['mentee']['id'] . '/certificate/revoke', array( 'reason' => 'Issued by mistake.' ) );
		$this->assertSame( 200, $revoked->get_status(), wp_json_encode( $revoked->get_data() ) );
		$this->assertTrue( $revoked->get_data()['revoked'] );
		$this->assertSame( 'Issued by mistake.', $revoked->get_data()['revoked_reason'] );
		$this->assertSame( get_userdata( $coordinator )->display_name, $revoked->get_data()['revoked_by'] );

		$again = $this->rest( 'POST', '/mentorship/v1/graduation/' . $g['mentee']['id'] . '/certificate/revoke', array( 'reason' => 'Twice.' ) );
		$this->assertSame( 409, $again->get_status() );

		wp_set_current_user( 0 );
		$page = Certificate_Page::page( $token );
		$this->assertSame( 410, $page['status'] );
		$this->assertStringContainsString( 'This certificate was revoked on ', $page['html'] );
		$this->assertStringNotContainsString( 'Verified certificate', $page['html'] );
		$this->assertStringNotContainsString( 'Issued by mistake.', $page['html'], 'The reason is for coordinators.' );

		// The graduate sees that it was revoked, not why.
		wp_set_current_user( $g['mentee']['user'] );
		$own = $this->rest( 'GET', '/mentorship/v1/graduation/' . $g['mentee']['id'] . '/certificate' );
		$this->assertSame( 200, $own->get_status() );
		$this->assertTrue( $own->get_data()['revoked'] );
		$this->assertSame( '', $own->get_data()['revoked_reason'] );
		// A revoked certificate stays revoked: issuing again keeps it so.
		$this->assertTrue( Certificates::issue( $g['mentee']['id'] )['revoked'] );
	}

	public function test_only_graduates_get_one_and_only_coordinators_issue_or_revoke(): void {
		$cohort = $this->finished_cohort();
		$mentor = $this->active_mentor( $cohort['id'] );
		$mentee = $this->active_mentee( $cohort['id'], $mentor['id'] );
		$this->assertNull( Certificates::describe( $mentee['id'] ) );
		$this->as_coordinator();
		$early = $this->rest( 'POST', '/mentorship/v1/graduation/' . $mentee['id'] . '/certificate' );
		$this->assertSame( 409, $early->get_status() );
		$this->assertSame( 'mentorship_not_graduated', $early->get_data()['code'] );

		wp_set_current_user( $mentee['user'] );
		$this->assertSame( 403, $this->rest( 'POST', '/mentorship/v1/graduation/' . $mentee['id'] . '/certificate' )->get_status() );
		$this->assertSame( 404, $this->rest( 'GET', '/mentorship/v1/graduation/' . $mentee['id'] . '/certificate' )->get_status() );
		wp_set_current_user( $mentor['user'] );
		$this->assertSame( 403, $this->rest( 'GET', '/mentorship/v1/graduation/' . $mentee['id'] . '/certificate' )->get_status(), 'A mentor does not read a mentee\'s certificate record.' );
	}

	public function test_mentors_get_one_certificate_per_cohort_they_mentored(): void {
		$g = $this->graduate();
		$this->assertNull( Certificates::describe( $g['mentor']['id'] ), 'Not before the cohort completes.' );
		$this->assertIsArray( Applications::transition( $g['mentor']['id'], 'completed' ) );
		$cert = Certificates::describe( $g['mentor']['id'] );
		$this->assertIsArray( $cert, 'Completing the cohort issues the mentor\'s certificate.' );
		$page = Certificate_Page::page( $this->token_of( $cert['url'] ) );
		$this->assertSame( 200, $page['status'] );
		$this->assertStringContainsString( 'Certificate of mentorship', $page['html'] );
		$this->assertStringContainsString( 'Mona Mentor', $page['html'] );
		$this->assertStringContainsString( 'mentored 1 new contributor in the ' . $g['cohort']['name'], $page['html'] );

		// The same person mentoring a second cohort gets a second certificate for it.
		$second   = $this->finished_cohort( 2 );
		$again    = $this->make_application( 'mentor', $second['id'], array( 'in_review', 'approved' ), array( 'capacity' => 2, 'email' => 'other-' . wp_generate_password( 4, false, false ) . '@example.com' ), $g['mentor']['user'] );
		$this->active_mentee( $second['id'], (int) $again['id'] );
		$this->as_coordinator();
		$issued = $this->rest( 'POST', '/mentorship/v1/graduation/' . $again['id'] . '/certificate' );
		$this->assertSame( 201, $issued->get_status(), wp_json_encode( $issued->get_data() ) );
		$this->assertNotSame( $cert['url'], $issued->get_data()['url'] );
		$this->assertSame( 200, $this->rest( 'POST', '/mentorship/v1/graduation/' . $again['id'] . '/certificate' )->get_status(), 'On demand again: the same certificate.' );

		// A mentor without mentees gets none.
		$idle = $this->active_mentor( $second['id'] );
		$this->assertSame( 'mentorship_not_mentored', $this->rest( 'POST', '/mentorship/v1/graduation/' . $idle['id'] . '/certificate' )->get_data()['code'] );
	}

	public function test_the_mentors_name_shows_only_when_both_agreed(): void {
		$g     = $this->graduate();
		$token = $this->token_of( Certificates::describe( $g['mentee']['id'] )['url'] );
		$cases = array(
			array( false, false, false ),
			array( true, false, false ),
			array( false, true, false ),
			array( true, true, true ),
		);
		foreach ( $cases as list( $mentee_agrees, $mentor_agrees, $shown ) ) {
			$this->assertIsArray( Progress::update( $g['mentee']['id'], array( 'name_on_certificate' => $mentee_agrees ), $g['mentee']['user'] ) );
			$this->assertIsArray( Progress::update( $g['mentor']['id'], array( 'name_on_certificate' => $mentor_agrees ), $g['mentor']['user'] ) );
			$html = Certificate_Page::page( $token )['html'];
			$this->assertSame( $shown, str_contains( $html, 'Mona Mentor' ), wp_json_encode( array( $mentee_agrees, $mentor_agrees ) ) );
		}
		// Nobody agrees for someone else, coordinators included.
		$coordinator = $this->create_user( 'mentorship_coordinator' );
		$this->assertInstanceOf( \WP_Error::class, Progress::update( $g['mentor']['id'], array( 'name_on_certificate' => true ), $g['mentee']['user'] ) );
		$this->assertInstanceOf( \WP_Error::class, Progress::update( $g['mentee']['id'], array( 'name_on_certificate' => true ), $g['mentor']['user'] ) );
		$this->assertInstanceOf( \WP_Error::class, Progress::update( $g['mentee']['id'], array( 'name_on_certificate' => true ), $coordinator ) );
	}

	public function test_the_placed_team_and_dates_are_on_the_certificate(): void {
		$g = $this->graduate();
		$this->assertIsArray( Applications::transition( $g['mentee']['id'], 'placed', array( 'team' => 'docs' ) ) );
		$view = Certificates::view( $g['mentee']['id'] );
		$this->assertSame( get_term_by( 'slug', 'docs', \Mentorship_Program\Teams\Taxonomies::TEAM )->name, $view['team'] );
		$this->assertNotSame( '', $view['starts_on'] );
		$this->assertNotSame( '', $view['ends_on'] );
		$this->assertStringContainsString( 'Contributor team', Certificate_Page::render( $view ) );
	}

	public function test_the_address_is_served_by_the_site_with_noindex(): void {
		$g     = $this->graduate();
		$token = $this->token_of( Certificates::describe( $g['mentee']['id'] )['url'] );
		$this->assertContains( Certificate_Page::QUERY_VAR, apply_filters( 'query_vars', array() ) );
		global $wp_rewrite;
		$structure = (string) get_option( 'permalink_structure' );
		$wp_rewrite->set_permalink_structure( '/%postname%/' );
		$this->assertStringEndsWith( '/mentorship-certificate/' . $token . '/', Certificates::url( $token ) );
		$rules = (array) get_option( 'rewrite_rules' );
		( new Certificate_Page() )->add_rewrite_rule();
		$wp_rewrite->flush_rules( false );
		$this->assertArrayHasKey( '^mentorship-certificate/([A-Za-z0-9]{1,128})/?$', (array) get_option( 'rewrite_rules' ) );
		$wp_rewrite->set_permalink_structure( '' );
		$this->assertStringContainsString( '?mentorship_certificate=' . $token, Certificates::url( $token ) );
		// Other tests share the rewrite object: leave it as it was.
		$wp_rewrite->set_permalink_structure( $structure );
		$wp_rewrite->flush_rules( false );
		unset( $rules );
	}
}
