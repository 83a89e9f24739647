<?php
/**
 * Every text field of the admin app and the story editor keeps what was typed through
 * save → reload → save: "&", "<", ">", quotes and non-Latin text, no entities added.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Tests\REST;

use Mentorship_Program\Support\Plain_Text;
use Mentorship_Program\Teams\Taxonomies;
use Mentorship_Program\Tests\Fixtures;
use Mentorship_Program\Tests\TestCase;

/**
 * Round trips through the same routes the screens use.
 */
final class Text_Round_Trip_Test extends TestCase {

	use Fixtures;

	/**
	 * One line with every character that used to change on the way in.
	 */
	private const LINE = 'Asia & the Americas — 日本語 "q" \'a\' 1 < 2 > 0 a<b 100%ab &amp; &lt;i&gt; \\o/';

	/**
	 * Several lines.
	 */
	private const LINES = "Asia & the Americas — 日本語\n\"q\" 'a' 5>3\n\n1 < 2 > 0 &amp; 100%ab";

	public function test_cohort_name_description_and_session_title(): void {
		$this->as_coordinator();
		$input   = array(
			'name'        => self::LINE,
			'description' => self::LINES,
			'schedule'    => array(
				'rule'    => 'weekly',
				'weekday' => 4,
				'times'   => array( '12:00' ),
				'title'   => self::LINE,
			),
		);
		$created = $this->rest( 'POST', '/mentorship/v1/cohorts', $input );
		$this->assertSame( 201, $created->get_status(), wp_json_encode( $created->get_data() ) );
		$id = (int) $created->get_data()['id'];

		$expect = function ( array $cohort ): void {
			$this->assertSame( self::LINE, $cohort['name'] );
			$this->assertSame( self::LINES, $cohort['description'] );
			$this->assertSame( self::LINE, $cohort['schedule']['title'] );
		};
		$expect( $created->get_data() );
		$loaded = $this->rest( 'GET', '/mentorship/v1/cohorts/' . $id )->get_data();
		$expect( $loaded );

		// The form sends back what it loaded, twice.
		for ( $i = 0; $i < 2; $i++ ) {
			$saved = $this->rest(
				'PATCH',
				'/mentorship/v1/cohorts/' . $id,
				array(
					'name'        => $loaded['name'],
					'description' => $loaded['description'],
					'schedule'    => $loaded['schedule'],
				)
			);
			$this->assertSame( 200, $saved->get_status(), wp_json_encode( $saved->get_data() ) );
			$expect( $saved->get_data() );
			$loaded = $this->rest( 'GET', '/mentorship/v1/cohorts/' . $id )->get_data();
			$expect( $loaded );
		}

		// Core prints term names and descriptions as HTML: what it stores stays inert.
		$term = get_term( $id, Taxonomies::COHORT );
		$this->assertStringNotContainsString( '<', $term->name );
		$this->assertStringNotContainsString( '<', $term->description );
		$this->assertSame( self::LINE, Plain_Text::from_html( $term->name ) );
	}

	public function test_team_name_and_texts(): void {
		wp_set_current_user( $this->create_user( 'administrator' ) );
		$skill   = 'C++ & "Go" <=> 日本語';
		$input   = array(
			'name'         => self::LINE,
			'slug'         => 'round-trip',
			'summary'      => self::LINE,
			'skills'       => array( $skill ),
			'interests'    => array( $skill ),
			'channel'      => '#a&b < c',
			'meeting_time' => self::LINE,
		);
		$created = $this->rest( 'POST', '/mentorship/v1/teams', $input );
		$this->assertSame( 201, $created->get_status(), wp_json_encode( $created->get_data() ) );
		$id     = (int) $created->get_data()['id'];
		$fields = array( 'name', 'summary', 'skills', 'interests', 'channel', 'meeting_time' );
		$expect = function ( array $team ) use ( $input, $fields ): void {
			foreach ( $fields as $field ) {
				$this->assertSame( $input[ $field ], $team[ $field ], $field );
			}
		};
		$expect( $created->get_data() );

		for ( $i = 0; $i < 2; $i++ ) {
			$loaded = current(
				array_filter(
					$this->rest( 'GET', '/mentorship/v1/teams' )->get_data(),
					static fn( $team ) => $team['id'] === $id
				)
			);
			$expect( $loaded );
			$saved = $this->rest( 'PATCH', '/mentorship/v1/teams/' . $id, array_intersect_key( $loaded, array_flip( $fields ) ) );
			$this->assertSame( 200, $saved->get_status(), wp_json_encode( $saved->get_data() ) );
			$expect( $saved->get_data() );
		}
		$this->assertStringNotContainsString( '<', get_term( $id, Taxonomies::TEAM )->name );

		// A name the schema allows but whose stored form would not fit is refused, by field.
		$this->assertErrorResponse( 400, $this->rest( 'POST', '/mentorship/v1/teams', array( 'name' => str_repeat( '&', 80 ) ) ), 'rest_invalid_param' );
		$this->as_coordinator();
		$long = $this->rest( 'POST', '/mentorship/v1/cohorts', array( 'name' => str_repeat( '<', 120 ) ) );
		$this->assertErrorResponse( 400, $long, 'rest_invalid_param' );
		$this->assertArrayHasKey( 'name', $long->get_data()['data']['params'] );
	}

	public function test_mail_template_subject_and_body(): void {
		wp_set_current_user( $this->create_user( 'administrator' ) );
		$template = array(
			'subject' => self::LINE,
			'body'    => self::LINES . "\n\n{name}",
		);
		$saved    = $this->rest( 'PATCH', '/mentorship/v1/settings', array( 'mail_templates' => array( 'accepted' => $template ) ) );
		$this->assertSame( 200, $saved->get_status(), wp_json_encode( $saved->get_data() ) );
		for ( $i = 0; $i < 2; $i++ ) {
			$loaded = $this->rest( 'GET', '/mentorship/v1/settings' )->get_data()['mail_templates']['accepted'];
			$this->assertSame( $template['subject'], $loaded['subject'] );
			$this->assertSame( $template['body'], $loaded['body'] );
			$this->rest(
				'PATCH',
				'/mentorship/v1/settings',
				array(
					'mail_templates' => array(
						'accepted' => array(
							'subject' => $loaded['subject'],
							'body'    => $loaded['body'],
						),
					),
				)
			);
		}
	}

	public function test_story_details_typed_in_the_editor(): void {
		wp_set_current_user( $this->create_user( 'editor' ) );
		$meta    = array(
			'contributor_name' => self::LINE,
			'location'         => self::LINE,
			'milestones'       => array(
				array(
					'date'  => '2025-01-02',
					'label' => self::LINE,
					'kind'  => 'other',
				),
			),
		);
		$created = $this->rest(
			'POST',
			'/wp/v2/mentorship-stories',
			array(
				'title'  => 'Round trip',
				'status' => 'draft',
				'meta'   => $meta,
			)
		);
		$this->assertSame( 201, $created->get_status(), wp_json_encode( $created->get_data() ) );
		$id = (int) $created->get_data()['id'];
		for ( $i = 0; $i < 2; $i++ ) {
			$loaded = $this->rest( 'GET', '/wp/v2/mentorship-stories/' . $id, array( 'context' => 'edit' ) )->get_data()['meta'];
			$this->assertSame( self::LINE, $loaded['contributor_name'] );
			$this->assertSame( self::LINE, $loaded['location'] );
			$this->assertSame( self::LINE, $loaded['milestones'][0]['label'] );
			$saved = $this->rest(
				'POST',
				'/wp/v2/mentorship-stories/' . $id,
				array(
					'meta' => array_intersect_key( $loaded, $meta ),
				)
			);
			$this->assertSame( 200, $saved->get_status(), wp_json_encode( $saved->get_data() ) );
		}
	}

	public function test_text_is_cleaned_of_control_characters_and_bad_utf8(): void {
		$this->assertSame( 'a b c', Plain_Text::line( "a\x00\x07 \n\t b\r\nc" ) );
		$this->assertSame( "a\nb\n\nc", Plain_Text::paragraphs( "a\r\nb  \r\n\r\nc\x00" ) );
		$this->assertSame( '', Plain_Text::line( "a\xC3\x28b\xFF" ) );
		$this->assertSame( '日本', Plain_Text::line( '日本語', 2 ) );
		// Markup goes, once and for all; a "<" that starts no tag stays.
		$this->assertSame( 'Bold and x', Plain_Text::line( '<b>Bold</b> and <script>alert(1)</script>x' ) );
		$this->assertSame( 'x', Plain_Text::line( '<<b>b>x' ) );
		$this->assertSame( 'a < b, c<2 >', Plain_Text::line( 'a < b, c<2 ><!-- note -->' ) );
		$this->assertSame( 'Eve', Plain_Text::line( '<b onmouseover=alert(4)>Eve</b>' ) );
		$this->assertSame( '', Plain_Text::line( array( 'x' ) ) );
	}
}
