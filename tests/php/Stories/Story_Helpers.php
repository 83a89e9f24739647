<?php
/**
 * Builders shared by the story tests.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Tests\Stories;

use Mentorship_Program\Applications\Applications;
use Mentorship_Program\Stories\Story_Post_Type;

/**
 * Stories, graduates and block rendering for the tests in this folder.
 */
trait Story_Helpers {

	/**
	 * Stores a story directly (as the system, not as a user).
	 *
	 * @param array<string, mixed> $post Post fields (post_status, post_title, post_content...).
	 * @param array<string, mixed> $meta Story meta.
	 * @param array<string, mixed> $terms Taxonomy => terms (slugs or IDs).
	 * @return int Story ID.
	 */
	protected function make_story( array $post = array(), array $meta = array(), array $terms = array() ): int {
		$previous = get_current_user_id();
		wp_set_current_user( 0 );
		$id = wp_insert_post(
			wp_slash(
				array_merge(
					array(
						'post_type'    => Story_Post_Type::POST_TYPE,
						'post_status'  => 'publish',
						'post_title'   => 'A story ' . wp_generate_password( 4, false ),
						'post_content' => "<!-- wp:mentorship-program/story-details /-->\n\n<!-- wp:paragraph -->\n<p>Hello.</p>\n<!-- /wp:paragraph -->\n\n<!-- wp:mentorship-program/journey-timeline /-->",
						'meta_input'   => array_merge(
							array(
								'contributor_name'  => 'Ada Contributor',
								'consent_confirmed' => true,
							),
							$meta
						),
					),
					$post
				)
			),
			true
		);
		$this->assertIsInt( $id, is_wp_error( $id ) ? $id->get_error_message() : '' );
		foreach ( $terms as $taxonomy => $values ) {
			wp_set_object_terms( $id, $values, $taxonomy );
		}
		wp_set_current_user( $previous );
		return $id;
	}

	/**
	 * A graduated mentee (or another stage) owned by a user.
	 *
	 * @param int                  $cohort_id Cohort.
	 * @param int                  $user_id   Owner.
	 * @param string               $stage     graduated, placed, active...
	 * @param array<string, mixed> $overrides Field values.
	 * @return array<string, mixed> The application.
	 */
	protected function make_graduate( int $cohort_id, int $user_id, string $stage = 'graduated', array $overrides = array() ): array {
		$paths = array(
			'submitted' => array(),
			'accepted'  => array( 'in_review', 'accepted' ),
			'active'    => array( 'in_review', 'accepted', 'active' ),
			'graduated' => array( 'in_review', 'accepted', 'active', 'graduated' ),
			'placed'    => array( 'in_review', 'accepted', 'active', 'graduated' ),
		);
		$application = $this->make_application( 'mentee', $cohort_id, $paths[ $stage ], $overrides, $user_id );
		if ( 'placed' === $stage ) {
			$application = Applications::transition( (int) $application['id'], 'placed', array( 'team' => 'docs' ) );
			$this->assertIsArray( $application );
		}
		return $application;
	}

	/**
	 * Renders a block in the context of a story, as a template or query loop would.
	 *
	 * @param string               $name       Block name.
	 * @param int                  $post_id    Story.
	 * @param array<string, mixed> $attributes Attributes.
	 * @return string
	 */
	protected function render_in_story( string $name, int $post_id, array $attributes = array() ): string {
		$parsed = array(
			'blockName'    => $name,
			'attrs'        => $attributes,
			'innerBlocks'  => array(),
			'innerHTML'    => '',
			'innerContent' => array(),
		);
		$block  = new \WP_Block(
			$parsed,
			array(
				'postId'   => $post_id,
				'postType' => (string) get_post_type( $post_id ),
			)
		);
		return (string) $block->render();
	}

	/**
	 * Parses HTML for XPath queries.
	 *
	 * @param string $html HTML.
	 * @return \DOMXPath
	 */
	protected function xpath( string $html ): \DOMXPath {
		$doc = new \DOMDocument();
		libxml_use_internal_errors( true );
		$doc->loadHTML( '<?xml encoding="utf-8"?><body>' . $html . '</body>' );
		libxml_clear_errors();
		return new \DOMXPath( $doc );
	}
}
