<?php
/**
 * Tests for the team finder block.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Tests\Blocks;

use Mentorship_Program\Teams\Taxonomies;
use Mentorship_Program\Tests\TestCase;

/**
 * The finder lists every team without JavaScript and hands the teams to the view
 * script in its context, with no request needed.
 */
final class Team_Finder_Test extends TestCase {

	private function render( array $attributes = array() ): string {
		$json = $attributes ? ' ' . wp_json_encode( $attributes ) : '';
		return do_blocks( '<!-- wp:mentorship-program/team-finder' . $json . ' /-->' );
	}

	public function test_lists_every_team_with_its_summary_channel_meeting_and_handbook(): void {
		$html  = $this->render( array( 'formUrl' => 'https://example.org/apply/' ) );
		$count = count( Taxonomies::team_slugs() );
		$this->assertGreaterThan( 10, $count );
		$this->assertSame( $count, substr_count( $html, 'data-wp-each-child' ) );
		$this->assertStringContainsString( 'Polyglots', $html );
		$this->assertStringContainsString( 'Translates WordPress, themes and plugins into every language.', $html );
		$this->assertStringContainsString( '#polyglots', $html );
		$this->assertStringContainsString( 'Wednesdays 13:00 UTC', $html );
		$this->assertStringContainsString( 'href="https://make.wordpress.org/polyglots/handbook/"', $html );
		// The questions need JavaScript; people who know can go straight to the form.
		$this->assertMatchesRegularExpression( '/<form class="mentorship-finder-questions" hidden/', $html );
		$this->assertStringContainsString( 'Go straight to the application', $html );
		$this->assertStringContainsString( 'data-wp-interactive="mentorship-program/team-finder"', $html );
	}

	public function test_prints_the_teams_with_interests_into_the_context(): void {
		$html = $this->render();
		$this->assertMatchesRegularExpression( "/data-wp-context='[^']*\"slug\":\"core\"[^']*\"interests\":\\[\"code\",\"testing\"\\]/", $html );
		$this->assertStringNotContainsString( 'Go straight to the application', $html );
		$this->assertStringNotContainsString( 'Apply with these teams', $html );
	}

	public function test_team_texts_render_inert(): void {
		$term = wp_insert_term( 'Evil <script>alert(1)</script>', Taxonomies::TEAM, array( 'slug' => 'evil' ) );
		$this->assertIsArray( $term );
		update_term_meta( $term['term_id'], 'mp_summary', '" onmouseover="alert(1)' );
		update_term_meta( $term['term_id'], 'mp_handbook_url', 'javascript:alert(1)' );
		$html = $this->render();
		$this->assertStringNotContainsString( '<script>alert', $html );
		$this->assertStringNotContainsString( '" onmouseover="alert(1)', $html );
		$this->assertStringNotContainsString( 'javascript:alert', $html );
	}

	/**
	 * Publishes a page.
	 *
	 * @param string $content Block markup.
	 * @return int
	 */
	private function page( string $content ): int {
		$id = wp_insert_post(
			wp_slash(
				array(
					'post_type'    => 'page',
					'post_status'  => 'publish',
					'post_title'   => 'Page',
					'post_content' => $content,
				)
			)
		);
		$this->assertIsInt( $id );
		return $id;
	}

	/**
	 * The apply form of a rendered finder.
	 *
	 * @param string $html Markup.
	 * @return array{action: string, hidden: array<string, string>, teams: string[], button: bool}|null
	 */
	private function apply_form( string $html ): ?array {
		$doc = new \DOMDocument();
		libxml_use_internal_errors( true );
		$doc->loadHTML( '<?xml encoding="utf-8"?>' . $html );
		libxml_clear_errors();
		$xpath = new \DOMXPath( $doc );
		$form  = $xpath->query( '//form[contains(@class, "mentorship-finder-apply-form")]' )->item( 0 );
		if ( ! $form instanceof \DOMElement ) {
			return null;
		}
		$this->assertSame( 'get', $form->getAttribute( 'method' ) );
		$hidden = array();
		foreach ( $xpath->query( './/input[@type="hidden"]', $form ) as $input ) {
			$hidden[ $input->getAttribute( 'name' ) ] = $input->getAttribute( 'value' );
		}
		$teams = array();
		foreach ( $xpath->query( './/*[@data-wp-each-child]//input[@type="checkbox"][@name="teams[]"]', $form ) as $input ) {
			$teams[] = $input->getAttribute( 'value' );
			// Each box is named by its label: "Apply with Polyglots".
			$this->assertStringStartsWith( 'Apply with ', trim( $input->parentNode->textContent ) );
		}
		return array(
			'action' => $form->getAttribute( 'action' ),
			'hidden' => $hidden,
			// libxml does not know <template>: it may see the last item twice.
			'teams'  => array_values( array_unique( $teams ) ),
			'button' => 1 === $xpath->query( './/button[@type="submit"][normalize-space(.)="Apply with these teams"]', $form )->length,
		);
	}

	public function test_apply_with_these_teams_is_a_get_form_to_the_page_with_the_application_form(): void {
		$this->assertNull( $this->apply_form( $this->render() ), 'No form page and no address: nothing to apply with.' );

		$mentor = $this->page( '<!-- wp:mentorship-program/application-form {"role":"mentor"} /-->' );
		$this->assertSame( $mentor, \Mentorship_Program\Blocks\Form_Page::id(), 'A mentor form is better than none.' );
		$mentee = $this->page( '<!-- wp:group --><div class="wp-block-group"><!-- wp:mentorship-program/application-form /--></div><!-- /wp:group -->' );
		$this->assertSame( $mentee, \Mentorship_Program\Blocks\Form_Page::id(), 'A mentee form, even nested, comes first.' );

		$form = $this->apply_form( $this->render() );
		$this->assertNotNull( $form );
		// Plain permalinks (?page_id=N): the query travels as hidden fields, as a GET form drops it.
		$url = (string) get_permalink( $mentee );
		$this->assertSame( strtok( $url, '?' ), $form['action'] );
		wp_parse_str( (string) wp_parse_url( $url, PHP_URL_QUERY ), $args );
		$this->assertSame( $args, $form['hidden'] );
		$this->assertSame( Taxonomies::team_slugs(), array_values( array_intersect( Taxonomies::team_slugs(), $form['teams'] ) ) );
		$this->assertCount( count( Taxonomies::team_slugs() ), $form['teams'], implode( "|", $form['teams'] ) );
		$this->assertTrue( $form['button'] );

		// A set address wins.
		$form = $this->apply_form( $this->render( array( 'formUrl' => 'https://example.org/apply/?lang=pt#form' ) ) );
		$this->assertSame( 'https://example.org/apply/', $form['action'] );
		$this->assertSame( array( 'lang' => 'pt' ), $form['hidden'] );
	}

	public function test_the_form_page_is_remembered_until_a_page_changes(): void {
		$first = $this->page( '<!-- wp:mentorship-program/application-form /-->' );
		$this->assertSame( $first, \Mentorship_Program\Blocks\Form_Page::id() );
		global $wpdb;
		$before = $wpdb->num_queries;
		\Mentorship_Program\Blocks\Form_Page::id();
		$this->render();
		$after_finder = $wpdb->num_queries;
		$this->assertSame( $first, \Mentorship_Program\Blocks\Form_Page::id() );
		$this->assertSame( $after_finder, $wpdb->num_queries, 'Remembered: no query.' );
		unset( $before );

		wp_trash_post( $first );
		$this->assertSame( 0, \Mentorship_Program\Blocks\Form_Page::id(), 'Trashed: forgotten.' );
		$second = $this->page( '<!-- wp:mentorship-program/application-form /-->' );
		$this->assertSame( $second, \Mentorship_Program\Blocks\Form_Page::id() );
	}
}
