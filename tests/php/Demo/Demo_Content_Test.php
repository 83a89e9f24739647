<?php
/**
 * The demo content used by `npm start` and the Playground preview.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Tests\Demo;

use Mentorship_Program\Demo\Demo_Content;
use Mentorship_Program\Applications\Applications;
use Mentorship_Program\Cohorts\Cohorts;
use Mentorship_Program\Notifications\Mailer;
use Mentorship_Program\Tests\TestCase;

/**
 * Seeding creates a working program once, and sends nothing.
 */
final class Demo_Content_Test extends TestCase {

	public function test_seed_creates_pages_an_open_cohort_and_people_once(): void {
		Demo_Content::seed();
		$this->assertNotNull( get_page_by_path( 'join' ) );
		$this->assertNotNull( get_page_by_path( 'my-application' ) );
		$open = Cohorts::current_open();
		$this->assertNotNull( $open );
		$this->assertNotEmpty( Cohorts::sessions( $open, 2 ) );
		$mentors = Applications::list( array( 'type' => 'mentor', 'stage' => array( 'approved' ), 'cohort' => $open['id'] ) );
		$mentees = Applications::list( array( 'type' => 'mentee', 'cohort' => $open['id'] ) );
		$this->assertSame( 4, $mentors['total'] );
		$this->assertSame( 8, $mentees['total'] );
		$assigned = array_filter( $mentees['items'], static fn( $m ) => \Mentorship_Program\Cohorts\Assignments::mentor_of( $m['id'] ) > 0 );
		$this->assertCount( 2, $assigned );
		$this->assertSame( 0, Mailer::counts()['queued'], 'Demo people get no mail.' );
		$this->assertStringEndsWith( '/my-application/', Mailer::status_url() );

		Demo_Content::seed();
		$this->assertSame( 8, Applications::list( array( 'type' => 'mentee', 'cohort' => $open['id'] ) )['total'], 'A second run adds nothing.' );
	}

	public function test_each_demo_page_opens_with_its_introduction_and_holds_its_blocks(): void {
		Demo_Content::seed();
		$pages = array(
			'find-your-team'      => array( 'mentorship-program/team-finder' ),
			'join'                => array( 'mentorship-program/application-form' ),
			'mentor'              => array( 'mentorship-program/application-form' ),
			'my-application'      => array( 'mentorship-program/my-application' ),
			'sessions'            => array( 'mentorship-program/cohort-schedule', 'mentorship-program/recognition-wall' ),
			'contributor-stories' => array( 'mentorship-program/stories' ),
			'share-your-story'    => array( 'mentorship-program/share-story' ),
		);
		foreach ( $pages as $slug => $blocks ) {
			$page = get_page_by_path( $slug );
			$this->assertInstanceOf( \WP_Post::class, $page, $slug );
			$this->assertSame( 'publish', $page->post_status, $slug );
			$parsed = array_values( array_filter( parse_blocks( $page->post_content ), static fn( array $block ): bool => null !== $block['blockName'] ) );
			$this->assertSame( 'core/paragraph', $parsed[0]['blockName'], $slug . ' opens with its introduction' );
			$this->assertNotSame( '', trim( wp_strip_all_tags( $parsed[0]['innerHTML'] ) ), $slug );
			foreach ( $blocks as $block ) {
				$this->assertTrue( has_block( $block, $page ), $slug . ' holds ' . $block );
			}
		}
		$mentor_form = array_values( array_filter( parse_blocks( get_page_by_path( 'mentor' )->post_content ), static fn( array $block ): bool => 'mentorship-program/application-form' === $block['blockName'] ) );
		$this->assertSame( array( 'role' => 'mentor' ), $mentor_form[0]['attrs'], 'The mentor page asks mentors.' );
	}

	public function test_the_front_page_presents_the_program_and_the_finder_leads_to_the_form(): void {
		Demo_Content::seed();
		$front = get_page_by_path( 'mentorship' );
		$this->assertNotNull( $front );
		$this->assertSame( 'page', get_option( 'show_on_front' ) );
		$this->assertSame( $front->ID, (int) get_option( 'page_on_front' ) );
		foreach ( array( 'find-your-team', 'join', 'mentor', 'contributor-stories' ) as $slug ) {
			$this->assertStringContainsString( 'href="' . esc_url( get_permalink( get_page_by_path( $slug ) ) ) . '"', $front->post_content, $slug );
		}
		$this->assertTrue( has_block( 'mentorship-program/stories', $front ) );

		// The finder sends its teams to the mentee form, and the form page links back.
		$finder = get_page_by_path( 'find-your-team' );
		$join   = get_page_by_path( 'join' );
		$this->assertSame( $join->ID, \Mentorship_Program\Blocks\Form_Page::id() );
		$html = do_blocks( $finder->post_content );
		$this->assertStringContainsString( 'action="' . esc_url( strtok( (string) get_permalink( $join ), '?' ) ) . '"', $html );
		$this->assertStringContainsString( esc_url( get_permalink( $finder ) ), $join->post_content );
	}
}
