<?php
/**
 * The story post type and its meta: registration, schemas and sanitising.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Tests\Stories;

require_once __DIR__ . '/Story_Helpers.php';

use Mentorship_Program\Stories\Story_Post_Type;
use Mentorship_Program\Teams\Taxonomies;
use Mentorship_Program\Tests\Fixtures;
use Mentorship_Program\Tests\TestCase;

/**
 * Stories are public, block-edited, tagged with cohort and team, and their meta is
 * typed, sanitised and described for REST.
 */
final class Story_Post_Type_Test extends TestCase {

	use Fixtures;
	use Story_Helpers;

	public function test_the_post_type_is_public_in_rest_with_an_archive_and_the_block_template(): void {
		$type = get_post_type_object( Story_Post_Type::POST_TYPE );
		$this->assertNotNull( $type );
		$this->assertTrue( $type->public );
		$this->assertTrue( $type->show_in_rest );
		$this->assertSame( 'mentorship-stories', $type->rest_base );
		$this->assertSame( 'stories', $type->has_archive );
		$this->assertSame( 'stories', $type->rewrite['slug'] );
		foreach ( array( 'title', 'editor', 'excerpt', 'thumbnail', 'author', 'revisions', 'custom-fields' ) as $feature ) {
			$this->assertTrue( post_type_supports( Story_Post_Type::POST_TYPE, $feature ), $feature );
		}
		$this->assertContains( Taxonomies::COHORT, get_object_taxonomies( Story_Post_Type::POST_TYPE ) );
		$this->assertContains( Taxonomies::TEAM, get_object_taxonomies( Story_Post_Type::POST_TYPE ) );
		$this->assertContains( Story_Post_Type::POST_TYPE, get_taxonomy( Taxonomies::TEAM )->object_type );
		// Applications keep their taxonomies too.
		$this->assertContains( 'mp_mentee', get_taxonomy( Taxonomies::COHORT )->object_type );

		$names = array_column( $type->template, 0 );
		$this->assertSame( 'mentorship-program/story-details', $names[0] );
		$this->assertSame( 'core/paragraph', $names[1] );
		$this->assertSame( 'mentorship-program/journey-timeline', $names[2] );
		$headings = array_values(
			array_map(
				static fn( array $block ): string => $block[1]['content'],
				array_filter( $type->template, static fn( array $block ): bool => 'core/heading' === $block[0] )
			)
		);
		$this->assertSame( array( 'How I started', 'What helped me', 'What I would tell a newcomer' ), $headings );
		$this->assertTrue( is_post_type_viewable( Story_Post_Type::POST_TYPE ) );
		$this->assertStringContainsString( '/stories/', (string) get_post_type_archive_link( Story_Post_Type::POST_TYPE ) );
	}

	public function test_meta_is_registered_with_types_sanitising_auth_and_rest_schemas(): void {
		$registered = get_registered_meta_keys( 'post', Story_Post_Type::POST_TYPE );
		$expected   = array(
			'contributor_name'  => 'string',
			'wporg_username'    => 'string',
			'program_role'      => 'string',
			'languages'         => 'array',
			'location'          => 'string',
			'consent_confirmed' => 'boolean',
			'participant_id'    => 'integer',
			'milestones'        => 'array',
		);
		foreach ( $expected as $key => $type ) {
			$this->assertArrayHasKey( $key, $registered, $key );
			$this->assertSame( $type, $registered[ $key ]['type'], $key );
			$this->assertTrue( $registered[ $key ]['single'], $key );
			$this->assertIsCallable( $registered[ $key ]['sanitize_callback'], $key );
			$this->assertIsCallable( $registered[ $key ]['auth_callback'], $key );
			$this->assertIsArray( $registered[ $key ]['show_in_rest'], $key );
			$this->assertArrayHasKey( 'schema', $registered[ $key ]['show_in_rest'], $key );
		}
		$this->assertSame( array( 'mentee', 'mentor', 'other' ), $registered['program_role']['show_in_rest']['schema']['enum'] );
		$item = $registered['milestones']['show_in_rest']['schema']['items'];
		$this->assertSame( 'object', $item['type'] );
		$this->assertSame( 120, $item['properties']['label']['maxLength'] );
		$this->assertSame( Story_Post_Type::MILESTONE_KINDS, $item['properties']['kind']['enum'] );

		// The editor reads the same schema through wp/v2.
		$schema = $this->rest( 'OPTIONS', '/wp/v2/mentorship-stories' )->get_data()['schema']['properties']['meta']['properties'];
		$this->assertSame( 'boolean', $schema['consent_confirmed']['type'] );
		$this->assertSame( 'array', $schema['milestones']['type'] );
	}

	public function test_meta_values_are_sanitised_when_stored(): void {
		$cohort = $this->make_cohort();
		$app    = $this->make_application( 'mentee', $cohort['id'] );
		$id     = $this->make_story();

		update_post_meta( $id, 'contributor_name', "  <b>Ana</b>\n Lima  " );
		update_post_meta( $id, 'wporg_username', 'https://profiles.wordpress.org/ana-lima/' );
		update_post_meta( $id, 'program_role', 'overlord' );
		update_post_meta( $id, 'languages', array( 'pt-BR', 'en', 'en', '<x>', array( 'nested' ) ) );
		update_post_meta( $id, 'location', '<script>alert(1)</script>Lisbon' );
		update_post_meta( $id, 'consent_confirmed', 'yes' );
		update_post_meta( $id, 'participant_id', (string) $app['id'] );
		update_post_meta(
			$id,
			'milestones',
			array(
				array(
					'date'  => '2024-03-01',
					'label' => str_repeat( 'x', 200 ),
					'kind'  => 'graduated',
				),
				array(
					'date'  => '2024-01-15',
					'label' => '<em>First</em> patch',
					'kind'  => 'nonsense',
				),
				array(
					'date'  => '2024-02-30',
					'label' => 'Not a real day',
					'kind'  => 'other',
				),
				array(
					'date'  => '2024-02-01',
					'label' => '',
					'kind'  => 'other',
				),
				'not a milestone',
			)
		);

		$this->assertSame( 'Ana Lima', get_post_meta( $id, 'contributor_name', true ) );
		$this->assertSame( 'ana-lima', get_post_meta( $id, 'wporg_username', true ) );
		$this->assertSame( 'other', get_post_meta( $id, 'program_role', true ) );
		$this->assertSame( array( 'pt-BR', 'en', 'x' ), get_post_meta( $id, 'languages', true ) );
		$this->assertSame( 'Lisbon', get_post_meta( $id, 'location', true ) );
		$this->assertTrue( (bool) get_post_meta( $id, 'consent_confirmed', true ) );
		$this->assertSame( $app['id'], (int) get_post_meta( $id, 'participant_id', true ) );
		$milestones = get_post_meta( $id, 'milestones', true );
		$this->assertCount( 2, $milestones, 'Invalid dates and empty labels are dropped.' );
		$this->assertSame( '2024-01-15', $milestones[0]['date'], 'Oldest first.' );
		$this->assertSame( 'First patch', $milestones[0]['label'] );
		$this->assertSame( 'other', $milestones[0]['kind'] );
		$this->assertSame( 120, mb_strlen( $milestones[1]['label'] ) );

		// A participant must be an application, not any post.
		update_post_meta( $id, 'participant_id', $id );
		$this->assertSame( 0, (int) get_post_meta( $id, 'participant_id', true ) );
	}

	public function test_rest_refuses_meta_that_breaks_the_schema(): void {
		wp_set_current_user( $this->create_user( 'editor' ) );
		$response = $this->rest(
			'POST',
			'/wp/v2/mentorship-stories',
			array(
				'title' => 'Bad meta',
				'meta'  => array( 'program_role' => 'overlord' ),
			)
		);
		$this->assertErrorResponse( 400, $response, 'rest_invalid_param' );
		$this->assertArrayHasKey( 'meta.program_role', $response->get_data()['data']['params'] );
		$response = $this->rest(
			'POST',
			'/wp/v2/mentorship-stories',
			array(
				'title' => 'Bad milestone',
				'meta'  => array(
					'milestones' => array(
						array(
							'date'  => 'yesterday',
							'label' => 'x',
							'kind'  => 'other',
						),
					),
				),
			)
		);
		$this->assertErrorResponse( 400, $response, 'rest_invalid_param' );
		$this->assertSame( 0, (int) wp_count_posts( Story_Post_Type::POST_TYPE )->draft, 'Nothing was stored.' );
	}

	public function test_block_templates_are_registered_for_block_themes(): void {
		$single  = get_block_template( 'mentorship-program//single-mentorship_story' );
		$archive = get_block_template( 'mentorship-program//archive-mentorship_story' );
		$this->assertNotNull( $single );
		$this->assertNotNull( $archive );
		$this->assertStringContainsString( '<!-- wp:post-content', $single->content );
		$this->assertStringContainsString( '"term":"mentorship_team"', $single->content );
		$this->assertStringContainsString( '<!-- wp:mentorship-program/stories', $archive->content );
		$this->assertStringNotContainsString( '{{', $single->content . $archive->content, 'Every placeholder is filled.' );
		$parsed = parse_blocks( $single->content );
		$this->assertNotEmpty( array_filter( $parsed, static fn( $b ) => 'core/template-part' === $b['blockName'] ) );
	}
}
