<?php
/**
 * Registers every block from the build's blocks manifest.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Blocks;

defined( 'ABSPATH' ) || exit;

/**
 * Block registration, one call for all blocks.
 *
 * @since 0.1.0
 */
final class Blocks {

	/**
	 * Adds hooks.
	 *
	 * @since 0.1.0
	 */
	public function register(): void {
		add_action( 'init', array( $this, 'register_blocks' ) );
	}

	/**
	 * Registers the blocks listed in build/blocks/blocks-manifest.php.
	 *
	 * @since 0.1.0
	 */
	public function register_blocks(): void {
		$folder   = MENTORSHIP_PROGRAM_DIR . '/build/blocks';
		$manifest = $folder . '/blocks-manifest.php';
		if ( ! is_readable( $manifest ) ) {
			return;
		}
		wp_register_block_types_from_metadata_collection( $folder, $manifest );
		if ( is_rtl() ) {
			$this->fix_rtl_style_suffix();
		}
	}

	/**
	 * Lets WordPress find our right-to-left stylesheets when it prints them as links.
	 *
	 * Core marks every block style for right-to-left replacement with a ".min" suffix
	 * (unless SCRIPT_DEBUG), which only fits core's own files: style-index.css would stay
	 * left-to-right. Our files carry no suffix.
	 *
	 * @since 0.1.0
	 */
	private function fix_rtl_style_suffix(): void {
		$styles = wp_styles();
		foreach ( \WP_Block_Type_Registry::get_instance()->get_all_registered() as $name => $block ) {
			if ( 0 !== strpos( $name, 'mentorship-program/' ) ) {
				continue;
			}
			foreach ( array_merge( (array) $block->style_handles, (array) $block->view_style_handles, (array) $block->editor_style_handles ) as $handle ) {
				if ( 'replace' === $styles->get_data( $handle, 'rtl' ) ) {
					$styles->add_data( $handle, 'suffix', '' );
				}
			}
		}
	}

	/**
	 * Context for a note saying which time zone session times are shown in: the text
	 * the server prints (UTC) and the template the browser fills with its own zone.
	 *
	 * @since 0.1.0
	 *
	 * @return array{note: string, template: string}
	 */
	public static function zone_note_context(): array {
		return array(
			'note'     => __( 'Times are shown in UTC.', 'mentorship-program' ),
			/* translators: %s: time zone name, e.g. Europe/Lisbon. */
			'template' => __( 'Times are shown in your time zone (%s).', 'mentorship-program' ),
		);
	}
}
