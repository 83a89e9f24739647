<?php
/**
 * Block templates for stories, so block themes show them well without theme edits.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Stories;

defined( 'ABSPATH' ) || exit;

/**
 * Registers `single-mentorship_story` and `archive-mentorship_story` from templates/*.html.
 * A theme's own template of the same name still wins.
 *
 * @since 0.1.0
 */
final class Story_Templates {

	/**
	 * Template slugs and their titles.
	 *
	 * @return array<string, array{title: string, description: string}>
	 */
	public static function templates(): array {
		return array(
			'single-' . Story_Post_Type::POST_TYPE  => array(
				'title'       => __( 'Single story', 'mentorship-program' ),
				'description' => __( 'One contributor story with its details and journey.', 'mentorship-program' ),
			),
			'archive-' . Story_Post_Type::POST_TYPE => array(
				'title'       => __( 'Stories archive', 'mentorship-program' ),
				'description' => __( 'Every contributor story, with filters by team, cohort and role.', 'mentorship-program' ),
			),
		);
	}

	/**
	 * Registers the templates (WordPress 6.7 and later).
	 *
	 * @since 0.1.0
	 */
	public static function register(): void {
		if ( ! function_exists( 'register_block_template' ) ) {
			return;
		}
		foreach ( self::templates() as $slug => $template ) {
			$name = 'mentorship-program//' . $slug;
			if ( \WP_Block_Templates_Registry::get_instance()->is_registered( $name ) ) {
				continue;
			}
			register_block_template(
				$name,
				array(
					'title'       => $template['title'],
					'description' => $template['description'],
					'content'     => self::content( $slug ),
					'post_types'  => array( Story_Post_Type::POST_TYPE ),
				)
			);
		}
	}

	/**
	 * A template's markup with its translated words and links filled in.
	 *
	 * @param string $slug Template slug.
	 * @return string
	 */
	public static function content( string $slug ): string {
		$file = MENTORSHIP_PROGRAM_DIR . '/templates/' . sanitize_file_name( $slug ) . '.html';
		if ( ! is_readable( $file ) ) {
			return '';
		}
		$markup = (string) file_get_contents( $file ); // phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents -- a local file of the plugin.
		// Text inside a block comment's JSON: escaped for HTML and JSON, no "--".
		$attr    = static fn( string $text ): string => str_replace( '--', '\u002d\u002d', substr( (string) wp_json_encode( esc_html( $text ) ), 1, -1 ) );
		$archive = get_post_type_archive_link( Story_Post_Type::POST_TYPE );
		return strtr(
			$markup,
			array(
				'{{archive_url}}'   => esc_url( $archive ? $archive : home_url( '/' ) ),
				'{{archive_label}}' => esc_html__( 'Contributor stories', 'mentorship-program' ),
				'{{archive_intro}}' => esc_html__( 'How people found their way into the WordPress project: their first steps, who helped them, and what they would tell you.', 'mentorship-program' ),
				'{{teams_prefix}}'  => $attr( __( 'Teams: ', 'mentorship-program' ) ),
				'{{cohort_prefix}}' => $attr( __( 'Cohort: ', 'mentorship-program' ) ),
			)
		);
	}
}
