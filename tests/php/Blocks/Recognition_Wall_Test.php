<?php
/**
 * Tests for the mentors and graduates wall.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Tests\Blocks;

use Mentorship_Program\Support\Initials;
use Mentorship_Program\Tests\Fixtures;
use Mentorship_Program\Tests\TestCase;

/**
 * Only people who opted in, and only mentors who mentored and mentees who graduated.
 */
final class Recognition_Wall_Test extends TestCase {

	use Fixtures;

	private function render( array $attributes = array() ): string {
		$json = $attributes ? ' ' . wp_json_encode( $attributes ) : '';
		return do_blocks( '<!-- wp:mentorship-program/recognition-wall' . $json . ' /-->' );
	}

	public function test_shows_only_people_who_opted_in_and_reached_the_stage(): void {
		$cohort = $this->make_cohort();
		$id     = $cohort['id'];
		$yes    = array( 'public_recognition' => true );
		$no     = array( 'public_recognition' => false );

		$this->make_application( 'mentor', $id, array( 'in_review', 'approved', 'active' ), $yes + array( 'name' => 'Grace Mentor', 'wporg_username' => 'gracem' ) );
		$this->make_application( 'mentor', $id, array( 'in_review', 'approved', 'active', 'completed' ), $yes + array( 'name' => 'Done Mentor' ) );
		$this->make_application( 'mentor', $id, array( 'in_review', 'approved', 'active' ), $no + array( 'name' => 'Private Mentor' ) );
		$this->make_application( 'mentor', $id, array( 'in_review', 'approved' ), $yes + array( 'name' => 'Approved Only' ) );
		$this->make_application( 'mentee', $id, array( 'in_review', 'accepted', 'active', 'graduated' ), $yes + array( 'name' => 'Ada Graduate', 'teams' => array( 'docs' ) ) );
		$this->make_application( 'mentee', $id, array( 'in_review', 'accepted', 'active', 'graduated' ), $no + array( 'name' => 'Quiet Graduate' ) );
		$this->make_application( 'mentee', $id, array( 'in_review', 'accepted', 'active' ), $yes + array( 'name' => 'Still Active' ) );
		$this->make_application( 'mentee', $id, array( 'in_review', 'withdrawn' ), $yes + array( 'name' => 'Gone Away' ) );

		$html = $this->render( array( 'cohort' => $id ) );
		$this->assertStringContainsString( 'Grace Mentor', $html );
		$this->assertStringContainsString( 'Done Mentor', $html );
		$this->assertStringContainsString( 'Ada Graduate', $html );
		$this->assertStringContainsString( 'Documentation', $html );
		foreach ( array( 'Private Mentor', 'Approved Only', 'Quiet Graduate', 'Still Active', 'Gone Away' ) as $hidden ) {
			$this->assertStringNotContainsString( $hidden, $html );
		}
		$this->assertStringContainsString( 'href="https://profiles.wordpress.org/gracem/"', $html );
		$this->assertStringContainsString( '>GM<', $html );
		// No avatars: nothing derived from e-mail addresses leaves the site.
		$this->assertStringNotContainsString( 'gravatar', $html );
		$this->assertStringNotContainsString( '@example.com', $html );
		$this->assertStringNotContainsString( '<img', $html );
	}

	public function test_limits_to_the_chosen_cohort(): void {
		$first  = $this->make_cohort();
		$second = $this->make_cohort();
		$path   = array( 'in_review', 'approved', 'active' );
		$this->make_application( 'mentor', $first['id'], $path, array( 'public_recognition' => true, 'name' => 'First Cohort Mentor' ) );
		$this->make_application( 'mentor', $second['id'], $path, array( 'public_recognition' => true, 'name' => 'Second Cohort Mentor' ) );

		$html = $this->render( array( 'cohort' => $first['id'] ) );
		$this->assertStringContainsString( 'First Cohort Mentor', $html );
		$this->assertStringNotContainsString( 'Second Cohort Mentor', $html );
		$all = $this->render();
		$this->assertStringContainsString( 'First Cohort Mentor', $all );
		$this->assertStringContainsString( 'Second Cohort Mentor', $all );
	}

	public function test_initials_are_the_first_letters_of_names_never_emoji(): void {
		$cohort = $this->make_cohort();
		$path   = array( 'in_review', 'approved', 'active' );
		foreach ( array( 'Nani 🌺', '佐藤 🎌', '🌟 Lea Ōta ✨' ) as $name ) {
			$this->make_application( 'mentor', $cohort['id'], $path, array( 'public_recognition' => true, 'name' => $name ) );
		}
		preg_match_all( '/mentorship-wall-initials[^>]*>([^<]*)</u', $this->render( array( 'cohort' => $cohort['id'] ) ), $shown );
		sort( $shown[1] );
		$this->assertSame( array( 'LŌ', 'N', '佐' ), $shown[1] );

		$this->assertSame( 'AL', Initials::of( 'ada lovelace' ) );
		$this->assertSame( '佐花', Initials::of( '佐藤 花子' ) );
		// A letter with a combining accent is one initial, not a bare letter.
		$this->assertSame( "JN\u{0303}", Initials::of( "José N\u{0303}úñez" ) );
		$this->assertSame( 'MO', Initials::of( '(Maria) "Olu"' ) );
		$this->assertSame( '', Initials::of( '🌺 🎌 42' ) );
		$this->assertSame( '', Initials::of( '' ) );
	}

	public function test_says_so_when_nobody_is_shown(): void {
		$this->assertStringContainsString( 'Nobody to show here yet.', $this->render() );
	}

	public function test_stored_payloads_render_inert(): void {
		$cohort = $this->make_cohort();
		$this->make_application(
			'mentor',
			$cohort['id'],
			array( 'in_review', 'approved', 'active' ),
			array(
				'public_recognition' => true,
				'name'               => '" onmouseover="alert(1)',
				'wporg_username'     => 'x" onclick="alert(1)',
			)
		);
		$html = $this->render();
		$this->assertStringNotContainsString( '" onmouseover="alert(1)', $html );
		$this->assertStringNotContainsString( '" onclick="alert(1)', $html );
		$this->assertStringContainsString( '&quot; onmouseover=&quot;alert(1)', $html );
	}
}
