<?php
/**
 * Tests for the team finder block.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Tests\Blocks;

use Mentorship_Program\Domain\Taxonomies;
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
}
