<?php
/**
 * A published story reads well: its excerpt is made of paragraphs, and template
 * sections the writer left empty are not published as bare headings.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Tests\Stories;

require_once __DIR__ . '/Story_Helpers.php';

use Mentorship_Program\Stories\Story_Content;
use Mentorship_Program\Tests\Fixtures;
use Mentorship_Program\Tests\TestCase;

/**
 * Excerpts and empty sections.
 */
final class Story_Content_Test extends TestCase {

	use Fixtures;
	use Story_Helpers;

	/**
	 * A heading block.
	 *
	 * @param string $text  Text.
	 * @param int    $level Level.
	 * @return string
	 */
	private function heading( string $text, int $level = 2 ): string {
		$attrs = 2 === $level ? '' : ' {"level":' . $level . '}';
		return "<!-- wp:heading{$attrs} -->\n<h{$level} class=\"wp-block-heading\">{$text}</h{$level}>\n<!-- /wp:heading -->";
	}

	/**
	 * A paragraph block; an empty one keeps the template's placeholder, as the editor saves it.
	 *
	 * @param string $text Text, or '' for a section left empty.
	 * @return string
	 */
	private function paragraph( string $text ): string {
		$attrs = '' === $text ? ' {"placeholder":"Mentors, people, docs or moments that made a difference."}' : '';
		return "<!-- wp:paragraph{$attrs} -->\n<p>{$text}</p>\n<!-- /wp:paragraph -->";
	}

	/**
	 * A story as the template leaves it when two of its three sections were filled in.
	 *
	 * @return string
	 */
	private function story_from_template(): string {
		return implode(
			"\n\n",
			array(
				'<!-- wp:mentorship-program/story-details /-->',
				$this->paragraph( 'I translate WordPress into Yoruba.' ),
				'<!-- wp:mentorship-program/journey-timeline /-->',
				$this->heading( 'What I did' ),
				$this->paragraph( 'I fixed my first bug &amp; wrote a test.' ),
				$this->heading( 'What helped me' ),
				$this->paragraph( '' ),
				$this->heading( 'What I learned' ),
				$this->paragraph( 'Patience.<br>And review etiquette.' ),
				$this->heading( 'What I would tell a newcomer' ),
				$this->paragraph( '' ),
			)
		);
	}

	public function test_the_excerpt_is_made_of_paragraphs_without_headings(): void {
		$id      = $this->make_story( array( 'post_content' => $this->story_from_template() ) );
		$excerpt = get_the_excerpt( $id );
		$this->assertSame( 'I translate WordPress into Yoruba. I fixed my first bug &amp; wrote a test. Patience. And review etiquette.', $excerpt );

		$html = do_blocks( '<!-- wp:mentorship-program/stories {"showFilters":false} /-->' );
		$this->assertStringContainsString( 'I fixed my first bug &amp; wrote a test. Patience. And review etiquette.', $html );
		$this->assertStringNotContainsString( 'What I did', $html );
		$this->assertStringNotContainsString( 'testPatience', $html );

		// A hand-written excerpt wins.
		$own = $this->make_story(
			array(
				'post_content' => $this->story_from_template(),
				'post_excerpt' => 'In my own words.',
			)
		);
		$this->assertSame( 'In my own words.', get_the_excerpt( $own ) );
	}

	public function test_publishing_drops_the_template_sections_left_empty(): void {
		wp_set_current_user( $this->create_user( 'editor' ) );
		$draft = $this->rest(
			'POST',
			'/wp/v2/mentorship-stories',
			array(
				'title'   => 'From the template',
				'status'  => 'draft',
				'content' => $this->story_from_template(),
				'meta'    => array( 'consent_confirmed' => true ),
			)
		);
		$this->assertSame( 201, $draft->get_status(), wp_json_encode( $draft->get_data() ) );
		$id = (int) $draft->get_data()['id'];
		// A draft keeps the empty sections: the writer may still fill them in.
		$this->assertStringContainsString( 'What helped me', get_post( $id )->post_content );

		$published = $this->rest( 'POST', '/wp/v2/mentorship-stories/' . $id, array( 'status' => 'publish' ) );
		$this->assertSame( 200, $published->get_status(), wp_json_encode( $published->get_data() ) );
		$content = get_post( $id )->post_content;
		foreach ( array( 'What I did', 'I fixed my first bug', 'What I learned', 'Patience.', 'wp:mentorship-program/journey-timeline', 'wp:mentorship-program/story-details' ) as $kept ) {
			$this->assertStringContainsString( $kept, $content );
		}
		$this->assertStringNotContainsString( 'What helped me', $content );
		$this->assertStringNotContainsString( 'What I would tell a newcomer', $content );
		$this->assertStringNotContainsString( '<p></p>', $content );
		$rendered = apply_filters( 'the_content', $content );
		$this->assertStringNotContainsString( 'What helped me', $rendered );
	}

	public function test_a_heading_with_filled_sub_sections_stays(): void {
		$content = implode(
			"\n\n",
			array(
				$this->heading( 'My year' ),
				$this->heading( 'Spring', 3 ),
				$this->paragraph( 'Started.' ),
				$this->heading( 'Autumn', 3 ),
				$this->paragraph( '' ),
				$this->heading( 'Empty part' ),
				$this->heading( 'Empty sub-part', 3 ),
				$this->paragraph( '' ),
			)
		);
		$kept    = Story_Content::without_empty_sections( $content );
		$this->assertStringContainsString( 'My year', $kept );
		$this->assertStringContainsString( 'Spring', $kept );
		$this->assertStringNotContainsString( 'Autumn', $kept );
		$this->assertStringNotContainsString( 'Empty part', $kept );
		$this->assertStringNotContainsString( 'Empty sub-part', $kept );
		// Nothing empty: the markup is left exactly as it was.
		$full = $this->heading( 'Whole' ) . "\n\n" . $this->paragraph( 'Text.' );
		$this->assertSame( $full, Story_Content::without_empty_sections( $full ) );
	}
}
