<?php
/**
 * Tests for the public cohort results block.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Tests\Blocks;

use Mentorship_Program\Tests\Fixtures;
use Mentorship_Program\Tests\TestCase;

/**
 * Aggregates only, with every figure from fewer than five people hidden.
 */
final class Cohort_Results_Test extends TestCase {

	use Fixtures;

	private function render( array $attributes = array() ): string {
		$json = $attributes ? ' ' . wp_json_encode( $attributes ) : '';
		return do_blocks( '<!-- wp:mentorship-program/cohort-results' . $json . ' /-->' );
	}

	/**
	 * A survey filter with one question shown and one too small to show.
	 *
	 * @return array<string, mixed>
	 */
	public static function surveys(): array {
		return array(
			'respondents' => array(
				'start' => 6,
				'end'   => 6,
			),
			'questions'   => array(
				array(
					'key'         => 'familiarity',
					'label'       => 'Familiarity',
					'kind'        => 'percent',
					'start'       => 53.65,
					'end'         => 80.24,
					'change'      => 26.59,
					'respondents' => 6,
					'suppressed'  => false,
				),
				array(
					'key'         => 'satisfied',
					'label'       => 'Satisfied',
					'kind'        => 'percent',
					'start'       => null,
					'end'         => 88.0,
					'change'      => null,
					'respondents' => 3,
					'suppressed'  => false,
				),
			),
		);
	}

	public function test_shows_aggregates_and_no_personal_data(): void {
		$cohort = $this->make_cohort( array( 'name' => 'Spring cohort' ) );
		$names  = array();
		for ( $i = 0; $i < 7; $i++ ) {
			$path    = $i < 6 ? array( 'in_review', 'accepted', 'active', 'graduated' ) : array( 'in_review', 'accepted', 'active' );
			$mentee  = $this->make_application( 'mentee', $cohort['id'], $path, array( 'name' => 'Visible Person ' . $i ) );
			$names[] = $mentee['fields']['name'];
		}
		add_filter( 'mentorship_program_report_surveys', array( self::class, 'surveys' ) );
		$html = $this->render( array( 'cohort' => $cohort['id'] ) );
		remove_filter( 'mentorship_program_report_surveys', array( self::class, 'surveys' ) );

		$this->assertStringContainsString( 'Results of Spring cohort', $html );
		$this->assertStringContainsString( '6 of 7 graduated', $html );
		$this->assertMatchesRegularExpression( '/Familiarity 54% <span aria-hidden="true">→<\/span><span class="mentorship-results-sr">to<\/span> 80%/', $html );
		$this->assertStringNotContainsString( 'Satisfied', $html, 'Three respondents are too few.' );
		$this->assertStringNotContainsString( 'data-figure="mentors"', $html, 'No mentors, nothing to show.' );
		foreach ( $names as $name ) {
			$this->assertStringNotContainsString( $name, $html );
		}
		$this->assertStringNotContainsString( '@example.com', $html );
		$this->assertStringNotContainsString( 'data-wp-interactive', $html, 'No script on the page.' );
	}

	public function test_hides_graduation_of_fewer_than_five(): void {
		$cohort = $this->make_cohort();
		for ( $i = 0; $i < 4; $i++ ) {
			$this->make_application( 'mentee', $cohort['id'], array( 'in_review', 'accepted', 'active', 'graduated' ) );
		}
		$html = $this->render( array( 'cohort' => $cohort['id'] ) );
		$this->assertStringNotContainsString( 'graduated', preg_replace( '/<p class="mentorship-results-note">.*?<\/p>/s', '', $html ) );
		$this->assertStringNotContainsString( 'data-figure', $html );
		$this->assertStringContainsString( 'Figures from fewer than five people are not shown.', $html );
	}

	public function test_without_a_cohort(): void {
		$this->assertStringContainsString( 'No cohort results yet.', $this->render( array( 'cohort' => 999999 ) ) );
	}
}
