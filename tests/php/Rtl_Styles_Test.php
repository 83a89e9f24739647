<?php
/**
 * Right-to-left sites get the -rtl block stylesheets, also when printed as links.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Tests;

/**
 * The block styles switch to their mirrored files in a right-to-left locale.
 */
final class Rtl_Styles_Test extends TestCase {

	public function test_block_style_links_point_at_the_rtl_files(): void {
		global $wp_locale;
		$direction                = $wp_locale->text_direction;
		$wp_locale->text_direction = 'rtl';
		$styles_direction          = wp_styles()->text_direction;
		wp_styles()->text_direction = 'rtl';
		$registry                 = \WP_Block_Type_Registry::get_instance();
		$names                    = array_filter( array_keys( $registry->get_all_registered() ), static fn( $n ) => 0 === strpos( $n, 'mentorship-program/' ) );
		$this->assertNotEmpty( $names );
		try {
			foreach ( $names as $name ) {
				foreach ( (array) $registry->get_registered( $name )->style_handles as $handle ) {
					wp_deregister_style( $handle );
				}
				unregister_block_type( $name );
			}
			( new \Mentorship_Program\Blocks\Blocks() )->register_blocks();
			$handle = $registry->get_registered( 'mentorship-program/application-form' )->style_handles[0];
			ob_start();
			wp_styles()->do_item( $handle );
			$html = (string) ob_get_clean();
			$this->assertStringContainsString( 'style-index-rtl.css', $html );
		} finally {
			$wp_locale->text_direction  = $direction;
			wp_styles()->text_direction = $styles_direction;
			foreach ( $names as $name ) {
				foreach ( (array) $registry->get_registered( $name )->style_handles as $handle ) {
					wp_deregister_style( $handle );
				}
				unregister_block_type( $name );
			}
			( new \Mentorship_Program\Blocks\Blocks() )->register_blocks();
		}
	}
}
