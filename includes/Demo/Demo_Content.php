<?php
/**
 * Demo content for a preview site: the public pages of a mentorship program.
 *
 * Run once by the Playground blueprint (blueprint.json) after the plugin is activated.
 * It is never hooked into a normal request: a real site builds its own pages.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Demo;

defined( 'ABSPATH' ) || exit;

/**
 * Seeds a fresh site with pages that show what the plugin does.
 *
 * @since 0.1.0
 */
final class Demo_Content {

	/**
	 * Option set once the demo content exists; while it is set, seed() does nothing.
	 */
	public const SEEDED_OPTION = 'mentorship_program_demo_seeded';

	/**
	 * Creates the demo content, once per site.
	 *
	 * @since 0.1.0
	 */
	public static function seed(): void {
		if ( get_option( self::SEEDED_OPTION ) ) {
			return;
		}

		$demo = new self();
		$demo->seed_pages();
		$demo->seed_program();
		$demo->seed_stories();

		update_option( self::SEEDED_OPTION, gmdate( 'c' ), false );
	}

	/**
	 * The public pages: mentee and mentor applications and the application status.
	 *
	 * @since 0.1.0
	 */
	private function seed_pages(): void {
		$this->ensure_page(
			'join',
			__( 'Join the mentorship program', 'mentorship-program' ),
			$this->paragraph( __( 'New to contributing to WordPress? Mentors from the contributor teams guide small groups of new contributors for six weeks: how the project works, which team fits you, and your first contribution. Tell us about yourself below.', 'mentorship-program' ) )
			. "\n\n<!-- wp:mentorship-program/application-form /-->"
		);

		$this->ensure_page(
			'mentor',
			__( 'Become a mentor', 'mentorship-program' ),
			$this->paragraph( __( 'Share what you know with the next generation of contributors. Choose how many people you can guide and in which format.', 'mentorship-program' ) )
			. "\n\n" . '<!-- wp:mentorship-program/application-form {"role":"mentor"} /-->'
		);

		$this->ensure_page(
			'status',
			__( 'Your application', 'mentorship-program' ),
			$this->paragraph( __( 'Follow your application from submission to graduation. Use the link from your confirmation e-mail to see where it stands.', 'mentorship-program' ) )
			. "\n\n<!-- wp:mentorship-program/application-status /-->"
		);
	}

	/**
	 * Extension point: teams, an open cohort with its schedule, mentors and applications.
	 *
	 * Runs only once the domain (post types and taxonomies) is part of the plugin.
	 *
	 * @since 0.1.0
	 */
	private function seed_program(): void {
		if ( ! class_exists( \Mentorship_Program\Domain\Cohorts::class ) ) {
			return;
		}
		// Extension point: create the demo cohort, mentors and mentee applications here.
	}

	/**
	 * Extension point: published contributor journey stories, tagged with team and cohort.
	 *
	 * Runs only once the story post type is part of the plugin.
	 *
	 * @since 0.1.0
	 */
	private function seed_stories(): void {
		if ( ! class_exists( \Mentorship_Program\Domain\Stories::class ) ) {
			return;
		}
		// Extension point: create a few stories and a page listing them here.
	}

	/**
	 * Creates a published page unless one with the slug exists already.
	 *
	 * @since 0.1.0
	 *
	 * @param string $slug    Page slug (its path).
	 * @param string $title   Page title.
	 * @param string $content Block markup.
	 * @return int Page ID, or 0 when it could not be created.
	 */
	private function ensure_page( string $slug, string $title, string $content ): int {
		$existing = get_page_by_path( $slug, OBJECT, 'page' );
		if ( $existing instanceof \WP_Post ) {
			return (int) $existing->ID;
		}

		$page_id = wp_insert_post(
			// wp_insert_post() unslashes its input; slash it so block attributes keep their quotes.
			wp_slash(
				array(
					'post_type'    => 'page',
					'post_status'  => 'publish',
					'post_name'    => $slug,
					'post_title'   => $title,
					'post_content' => $content,
					'post_author'  => $this->author_id(),
				)
			),
			true
		);

		return is_wp_error( $page_id ) ? 0 : (int) $page_id;
	}

	/**
	 * A paragraph block.
	 *
	 * @since 0.1.0
	 *
	 * @param string $text Plain text.
	 * @return string Block markup.
	 */
	private function paragraph( string $text ): string {
		return "<!-- wp:paragraph -->\n<p>" . esc_html( $text ) . "</p>\n<!-- /wp:paragraph -->";
	}

	/**
	 * The first administrator, who authors the demo pages.
	 *
	 * @since 0.1.0
	 *
	 * @return int User ID, or 0 when the site has no administrator.
	 */
	private function author_id(): int {
		$admins = get_users(
			array(
				'role'    => 'administrator',
				'number'  => 1,
				'orderby' => 'ID',
				'fields'  => 'ID',
			)
		);
		return $admins ? (int) $admins[0] : 0;
	}
}
