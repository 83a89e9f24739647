<?php
/**
 * Answering from the e-mailed link without an account, and from the site when logged
 * in; nobody else's survey opens.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Tests\Surveys;

use Mentorship_Program\Database\Schema as Plugin_Schema;
use Mentorship_Program\Surveys\Answers;
use Mentorship_Program\Surveys\Followups;
use Mentorship_Program\Surveys\Invitations;
use Mentorship_Program\Surveys\Link_Handler;
use Mentorship_Program\Surveys\Surveys;
use Mentorship_Program\Tests\Fixtures;
use Mentorship_Program\Tests\TestCase;

final class Link_Handler_Test extends TestCase {

	use Fixtures;

	protected function setUp(): void {
		parent::setUp();
		add_filter( 'mentorship_program_status_link_exit', '__return_false' );
		Link_Handler::reset();
		$_SERVER['REQUEST_METHOD'] = 'GET';
	}

	protected function tearDown(): void {
		remove_filter( 'mentorship_program_status_link_exit', '__return_false' );
		Link_Handler::reset();
		parent::tearDown();
	}

	/**
	 * A mentee invited to the open start survey, and the token mailed to them.
	 *
	 * @return array{cohort: array<string, mixed>, mentee: array<string, mixed>, survey: array<string, mixed>, token: string}
	 */
	private function invited(): array {
		global $wpdb;
		$cohort = $this->make_cohort( array( 'starts_on' => gmdate( 'Y-m-d', time() - DAY_IN_SECONDS ) ) );
		$mentee = $this->make_application( 'mentee', $cohort['id'], array( 'in_review', 'accepted' ) );
		$survey = Surveys::find( $cohort['id'], 'mentee', 'start' );
		$this->assertTrue( Invitations::invite( $survey, $mentee['id'] ) );
		$body = (string) $wpdb->get_var( $wpdb->prepare( 'SELECT body FROM ' . Plugin_Schema::table( 'mail' ) . ' WHERE object_id = %d AND body LIKE %s', $mentee['id'], '%mentorship_survey=%' ) ); // phpcs:ignore
		$this->assertStringContainsString( 'Mentee survey: start of the cohort', $body );
		preg_match( '/[?&]mentorship_survey=(\d+\.[a-f0-9]{32})/', $body, $m );
		return array(
			'cohort' => $cohort,
			'mentee' => $mentee,
			'survey' => $survey,
			'token'  => $m[1],
		);
	}

	/**
	 * The hidden check field of the rendered form.
	 *
	 * @param string $html Page.
	 * @return string
	 */
	private function check_of( string $html ): string {
		$this->assertSame( 1, preg_match( '/name="mentorship_check" value="([^"]+)"/', $html, $m ), $html );
		return html_entity_decode( $m[1] );
	}

	public function test_the_link_answers_without_an_account_and_edits_until_close(): void {
		$invited = $this->invited();
		$_GET[ Invitations::QUERY_ARG ] = $invited['token'];
		( new Link_Handler() )->handle();
		unset( $_GET[ Invitations::QUERY_ARG ] );
		$this->assertSame( $invited['token'], $_COOKIE[ Link_Handler::COOKIE_SURVEY ], 'The token moves into the cookie.' );
		$this->assertArrayHasKey( 'noindex', apply_filters( 'wp_robots', array() ) );

		$html = Link_Handler::render_status_block( '<div>status</div>' );
		$this->assertStringContainsString( 'Mentee survey: start of the cohort', $html );
		$this->assertStringContainsString( 'mentors never see them', $html );
		$this->assertStringNotContainsString( '<div>status</div>', $html );

		$post = array(
			'mentorship_survey' => (string) $invited['survey']['id'],
			'mentorship_check'  => $this->check_of( $html ),
			'mentorship_answer' => array( 'familiarity' => '3', 'confidence' => '2', 'satisfaction' => '4' ),
		);
		$this->assertSame( 'survey_invalid', Link_Handler::act( Link_Handler::ACTION_ANSWER, array_merge( $post, array( 'mentorship_check' => 'forged' ) ) ) );
		$this->assertNull( Answers::of( $invited['survey']['id'], $invited['mentee']['id'] ) );
		$this->assertSame( 'survey_saved', Link_Handler::act( Link_Handler::ACTION_ANSWER, $post ) );
		$post['mentorship_answer']['familiarity'] = '5';
		$this->assertSame( 'survey_updated', Link_Handler::act( Link_Handler::ACTION_ANSWER, $post ) );
		$this->assertSame( 5, Answers::of( $invited['survey']['id'], $invited['mentee']['id'] )['familiarity'] );

		// A bad answer shows the form again with the question named.
		$post['mentorship_answer']['confidence'] = '9';
		$this->assertNull( Link_Handler::act( Link_Handler::ACTION_ANSWER, $post ) );
		$this->assertStringContainsString( 'Choose a number from 1 to 5.', Link_Handler::render_status_block( '' ) );

		// After it closes the page says so, and nothing changes.
		Surveys::update( $invited['survey']['id'], array( 'opens_on' => gmdate( 'Y-m-d', time() - 9 * DAY_IN_SECONDS ), 'closes_on' => gmdate( 'Y-m-d', time() - DAY_IN_SECONDS ) ) );
		$closed = Link_Handler::render_status_block( '' );
		$this->assertStringContainsString( 'This survey closed on', $closed );
		$this->assertStringNotContainsString( '<form class="mentorship-survey-form"', $closed );
		$post['mentorship_answer']['confidence'] = '1';
		$this->assertNull( Link_Handler::act( Link_Handler::ACTION_ANSWER, $post ) );
		$this->assertSame( 2, Answers::of( $invited['survey']['id'], $invited['mentee']['id'] )['confidence'] );
	}

	public function test_a_wrong_token_opens_nothing(): void {
		$invited = $this->invited();
		$_GET[ Invitations::QUERY_ARG ] = $invited['token'] . 'x';
		( new Link_Handler() )->handle();
		$this->assertArrayNotHasKey( Link_Handler::COOKIE_SURVEY, $_COOKIE );
		$this->assertSame( '<p>status</p>', Link_Handler::render_status_block( '<p>status</p>' ) );
	}

	public function test_logged_in_people_answer_from_the_site_and_a_mentor_cannot_open_a_mentees_survey(): void {
		$cohort = $this->make_cohort( array( 'starts_on' => gmdate( 'Y-m-d', time() - DAY_IN_SECONDS ) ) );
		$user   = $this->create_user();
		$mentee = $this->make_application( 'mentee', $cohort['id'], array( 'in_review', 'accepted' ), array(), $user );
		$mentor = $this->create_user();
		$this->make_application( 'mentor', $cohort['id'], array( 'in_review', 'approved' ), array(), $mentor );
		$survey = Surveys::find( $cohort['id'], 'mentee', 'start' );
		Answers::save( $survey['id'], $mentee['id'], array( 'familiarity' => 2, 'confidence' => 2, 'satisfaction' => 2, 'change' => 'Private words' ) );

		// The My mentorship block lists the survey for the mentee.
		wp_set_current_user( $user );
		$block = Link_Handler::append_open_surveys( '<div class="wp-block-mentorship-program-my-mentorship"></div>' );
		$this->assertStringContainsString( 'Mentee survey: start of the cohort', $block );
		$this->assertStringContainsString( 'mentorship_survey_id=' . $survey['id'], $block );
		$_GET[ Link_Handler::SURVEY_ID ] = (string) $survey['id'];
		$html = Link_Handler::render_status_block( '' );
		$this->assertStringContainsString( 'Private words', $html, 'The mentee sees their own answer.' );
		$post = array(
			'mentorship_survey' => (string) $survey['id'],
			'mentorship_check'  => $this->check_of( $html ),
			'mentorship_answer' => array( 'familiarity' => '4', 'confidence' => '4', 'satisfaction' => '4' ),
		);
		$this->assertSame( 'survey_updated', Link_Handler::act( Link_Handler::ACTION_ANSWER, $post ) );

		// The mentor, logged in, with the same address: nothing of the mentee's.
		wp_set_current_user( $mentor );
		$this->assertSame( '', Link_Handler::render_status_block( '' ) );
		$this->assertSame( 'survey_invalid', Link_Handler::act( Link_Handler::ACTION_ANSWER, $post ) );
		$this->assertStringNotContainsString( 'Mentee survey', Link_Handler::append_open_surveys( '<div></div>' ) );
		$this->assertStringContainsString( 'Mentor survey: start of the cohort', Link_Handler::append_open_surveys( '<div></div>' ) );
	}

	public function test_a_follow_up_link_asks_two_questions_and_stops_on_request(): void {
		global $wpdb;
		$cohort   = $this->make_cohort();
		$graduate = $this->make_application( 'mentee', $cohort['id'], array( 'in_review', 'accepted', 'active', 'graduated' ) );
		$this->assertSame( 1, Followups::send_due( gmdate( 'Y-m-d', time() + 30 * DAY_IN_SECONDS ) ) );
		$body = (string) $wpdb->get_var( $wpdb->prepare( 'SELECT body FROM ' . Plugin_Schema::table( 'mail' ) . ' WHERE object_id = %d AND body LIKE %s', $graduate['id'], '%mentorship_followup=%' ) ); // phpcs:ignore
		$this->assertSame( 1, preg_match( '/[?&]mentorship_followup=(\d+\.[a-f0-9]{32})&mentorship_do=stop/', $body, $m ), $body );

		$_GET[ Followups::QUERY_ARG ] = $m[1];
		( new Link_Handler() )->handle();
		unset( $_GET[ Followups::QUERY_ARG ] );
		$this->assertSame( $m[1], $_COOKIE[ Link_Handler::COOKIE_FOLLOWUP ] );
		$html = Link_Handler::render_status_block( '' );
		$this->assertStringContainsString( 'Are you still contributing?', $html );
		$this->assertStringContainsString( 'Where?', $html );
		$this->assertStringContainsString( 'type="url"', $html );
		preg_match_all( '/name="mentorship_check" value="([^"]+)"/', $html, $checks );
		$this->assertSame( 'followup_saved', Link_Handler::act( Link_Handler::ACTION_FOLLOWUP, array( 'mentorship_check' => html_entity_decode( $checks[1][0] ), 'contributing' => 'yes', 'where' => 'Docs', 'where_url' => 'https://make.wordpress.org/docs/' ) ) );
		$this->assertSame( 'https://make.wordpress.org/docs/', Followups::of( $graduate['id'] )[0]['where_url'] );

		// The stop link asks first; the posted form stops the rest.
		$_GET['mentorship_do'] = 'stop';
		$html = Link_Handler::render_status_block( '' );
		$this->assertStringContainsString( 'Yes, stop asking me', $html );
		preg_match( '/value="followup_stop" \/>\s*<input type="hidden" name="mentorship_check" value="([^"]+)"/', $html, $stop );
		$this->assertSame( 'survey_invalid', Link_Handler::act( Link_Handler::ACTION_STOP, array( 'mentorship_check' => 'forged' ) ) );
		$this->assertSame( 'followup_stopped', Link_Handler::act( Link_Handler::ACTION_STOP, array( 'mentorship_check' => html_entity_decode( $stop[1] ) ) ) );
		$this->assertSame( 0, Followups::send_due( gmdate( 'Y-m-d', time() + 95 * DAY_IN_SECONDS ) ) );
	}
}
