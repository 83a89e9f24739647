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
	}
}
