<?php
/**
 * Where the application form lives: the published page that holds its block.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Blocks;

defined( 'ABSPATH' ) || exit;

/**
 * Finds the page with the application form block (a mentee form first), remembered
 * until a page changes, so blocks that link to the form need no address of their own.
 *
 * @since 0.2.0
 */
final class Form_Page {

	/**
	 * Transient that remembers the page (0: none).
	 */
	public const CACHE = 'mentorship_form_page';

	/**
	 * The block's name.
	 */
	public const BLOCK = 'mentorship-program/application-form';

	/**
	 * Registers the hooks.
	 *
	 * @since 0.2.0
	 */
	public function register(): void {
		add_action( 'clean_page_cache', array( self::class, 'forget' ) );
	}

	/**
	 * Forgets the page: a page was saved, trashed or deleted.
	 *
	 * @since 0.2.0
	 */
	public static function forget(): void {
		delete_transient( self::CACHE );
	}

	/**
	 * The published page holding the application form block, 0 when there is none.
	 *
	 * @return int Page ID.
	 */
	public static function id(): int {
		$cached = get_transient( self::CACHE );
		if ( false !== $cached ) {
			return (int) $cached;
		}
		global $wpdb;
		// One indexed read of published pages whose content names the block.
		$rows  = $wpdb->get_results( // phpcs:ignore WordPress.DB.DirectDatabaseQuery -- cached in a transient below.
			$wpdb->prepare(
				"SELECT ID, post_content FROM {$wpdb->posts} WHERE post_type = 'page' AND post_status = 'publish' AND post_content LIKE %s ORDER BY menu_order ASC, ID ASC LIMIT 20",
				'%' . $wpdb->esc_like( '<!-- wp:' . self::BLOCK ) . '%'
			)
		);
		$found = 0;
		foreach ( (array) $rows as $row ) {
			$roles = self::roles( parse_blocks( (string) $row->post_content ) );
			if ( in_array( 'mentee', $roles, true ) ) {
				$found = (int) $row->ID;
				break;
			}
			if ( $roles && ! $found ) {
				$found = (int) $row->ID;
			}
		}
		set_transient( self::CACHE, $found, DAY_IN_SECONDS );
		return $found;
	}

	/**
	 * The roles of the application form blocks among these blocks, nested ones too.
	 *
	 * @param array<int, array<string, mixed>> $blocks Parsed blocks.
	 * @return string[] mentee and/or mentor.
	 */
	private static function roles( array $blocks ): array {
		$roles = array();
		foreach ( $blocks as $block ) {
			if ( self::BLOCK === $block['blockName'] ) {
				$roles[] = 'mentor' === ( $block['attrs']['role'] ?? '' ) ? 'mentor' : 'mentee';
			}
			if ( ! empty( $block['innerBlocks'] ) ) {
				$roles = array_merge( $roles, self::roles( $block['innerBlocks'] ) );
			}
		}
		return $roles;
	}

	/**
	 * The address of that page, '' when there is none.
	 *
	 * @return string
	 */
	public static function url(): string {
		$id = self::id();
		return $id ? (string) get_permalink( $id ) : '';
	}
}
