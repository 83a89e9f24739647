<?php
/**
 * A story's text as readers meet it: its excerpt and the sections it publishes.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Stories;

defined( 'ABSPATH' ) || exit;

use WP_Post;

/**
 * Stories start from a template of headings, each with an empty paragraph to fill in.
 * Core's excerpt strips the markup of headings and paragraphs alike, so a heading's
 * words ran into the next paragraph ("What I didWhat I learned…"), and sections the
 * writer left empty were published as bare headings. Here the excerpt is made of
 * paragraphs only, and a story loses its empty sections when it is published.
 *
 * @since 0.1.0
 */
final class Story_Content {

	/**
	 * The excerpt of a story without a hand-written one: its paragraphs, in order.
	 *
	 * Runs on `get_the_excerpt` before core's wp_trim_excerpt(), so every place that
	 * asks for an excerpt (the stories grid, feeds, themes) gets the same one. Like
	 * core's, it is text with the paragraphs' entities kept and no tags.
	 *
	 * @param string           $text Hand-written excerpt, or ''.
	 * @param WP_Post|int|null $post Post.
	 * @return string
	 */
	public static function excerpt( $text, $post = null ): string {
		$text = (string) $text;
		$post = get_post( $post );
		if ( '' !== trim( $text ) || ! $post instanceof WP_Post || Story_Post_Type::POST_TYPE !== $post->post_type || post_password_required( $post ) ) {
			return $text;
		}
		$words = implode( ' ', self::paragraphs( parse_blocks( $post->post_content ) ) );
		/** This filter is documented in wp-includes/formatting.php */
		$length = (int) apply_filters( 'excerpt_length', 55 ); // phpcs:ignore WordPress.NamingConventions.PrefixAllGlobals.NonPrefixedHooknameFound -- core's hook, as wp_trim_excerpt() applies it.
		/** This filter is documented in wp-includes/formatting.php */
		$more = (string) apply_filters( 'excerpt_more', ' [&hellip;]' ); // phpcs:ignore WordPress.NamingConventions.PrefixAllGlobals.NonPrefixedHooknameFound -- core's hook, as wp_trim_excerpt() applies it.
		return wp_trim_words( $words, $length, $more );
	}

	/**
	 * The text of every paragraph block, in order, nested ones included.
	 *
	 * @param array<int, array<string, mixed>> $blocks Parsed blocks.
	 * @return string[]
	 */
	public static function paragraphs( array $blocks ): array {
		$texts = array();
		foreach ( $blocks as $block ) {
			if ( 'core/paragraph' === ( $block['blockName'] ?? null ) ) {
				$text = self::text_of( (string) ( $block['innerHTML'] ?? '' ) );
				if ( '' !== $text ) {
					$texts[] = $text;
				}
				continue;
			}
			if ( ! empty( $block['innerBlocks'] ) ) {
				$texts = array_merge( $texts, self::paragraphs( (array) $block['innerBlocks'] ) );
			}
		}
		return $texts;
	}

	/**
	 * A story's content without the template sections the writer left empty: empty
	 * paragraphs go, and so does every heading with nothing under it before the next
	 * heading of its level or higher.
	 *
	 * @param string $content Block markup.
	 * @return string The same markup when nothing was empty.
	 */
	public static function without_empty_sections( string $content ): string {
		if ( ! has_blocks( $content ) ) {
			return $content;
		}
		$blocks  = parse_blocks( $content );
		$changed = false;
		// From the end, so a sub-heading left empty is gone before its parent is judged.
		for ( $i = count( $blocks ) - 1; $i >= 0; $i-- ) {
			$name = $blocks[ $i ]['blockName'] ?? null;
			if ( 'core/paragraph' === $name && self::is_empty_paragraph( $blocks[ $i ] ) ) {
				self::remove( $blocks, $i );
				$changed = true;
				continue;
			}
			if ( 'core/heading' !== $name ) {
				continue;
			}
			$level = (int) ( $blocks[ $i ]['attrs']['level'] ?? 2 );
			$empty = '' === self::text_of( (string) $blocks[ $i ]['innerHTML'] );
			$total = count( $blocks );
			for ( $j = $i + 1; ! $empty && $j < $total; $j++ ) {
				$next = $blocks[ $j ]['blockName'] ?? null;
				if ( null === $next ) {
					// Only white space between blocks.
					continue;
				}
				if ( 'core/heading' === $next && (int) ( $blocks[ $j ]['attrs']['level'] ?? 2 ) <= $level ) {
					$empty = true;
				}
				break;
			}
			if ( $empty || ! self::has_block_after( $blocks, $i ) ) {
				self::remove( $blocks, $i );
				$changed = true;
			}
		}
		return $changed ? trim( serialize_blocks( $blocks ) ) : $content;
	}

	/**
	 * Removes a block and the white space that follows it.
	 *
	 * @param array<int, array<string, mixed>> $blocks Blocks (changed).
	 * @param int                              $index  Position.
	 */
	private static function remove( array &$blocks, int $index ): void {
		$next  = $blocks[ $index + 1 ] ?? null;
		$space = is_array( $next ) && null === ( $next['blockName'] ?? null ) && '' === trim( (string) ( $next['innerHTML'] ?? '' ) );
		array_splice( $blocks, $index, $space ? 2 : 1 );
	}

	/**
	 * Drops empty template sections from a story that is being published.
	 *
	 * Hooked to `wp_insert_post_data` after the publishing guard, so it sees the status
	 * the story will really have.
	 *
	 * @param array<string, mixed> $data Post data about to be saved (slashed).
	 * @return array<string, mixed>
	 */
	public static function on_publish( $data ) {
		if ( ! is_array( $data ) || Story_Post_Type::POST_TYPE !== ( $data['post_type'] ?? '' ) || ! in_array( $data['post_status'] ?? '', array( 'publish', 'future' ), true ) ) {
			return $data;
		}
		$content = wp_unslash( (string) ( $data['post_content'] ?? '' ) );
		$cleaned = self::without_empty_sections( $content );
		if ( $cleaned !== $content ) {
			$data['post_content'] = wp_slash( $cleaned );
		}
		return $data;
	}

	/**
	 * Whether any block (not white space) follows a position.
	 *
	 * @param array<int, array<string, mixed>> $blocks Blocks.
	 * @param int                              $index  Position.
	 * @return bool
	 */
	private static function has_block_after( array $blocks, int $index ): bool {
		foreach ( array_slice( $blocks, $index + 1 ) as $block ) {
			if ( null !== ( $block['blockName'] ?? null ) || '' !== trim( (string) ( $block['innerHTML'] ?? '' ) ) ) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether a paragraph block holds no text and no media.
	 *
	 * @param array<string, mixed> $block Paragraph block.
	 * @return bool
	 */
	private static function is_empty_paragraph( array $block ): bool {
		$html = (string) ( $block['innerHTML'] ?? '' );
		return '' === self::text_of( $html ) && ! preg_match( '/<(img|svg|video|audio|iframe|object)\b/i', $html );
	}

	/**
	 * The text of a block's HTML: tags out (a line break counts as a space), entities kept.
	 *
	 * @param string $html HTML.
	 * @return string
	 */
	private static function text_of( string $html ): string {
		$text = wp_strip_all_tags( (string) preg_replace( '/<br\s*\/?>/i', ' ', $html ) );
		return trim( (string) preg_replace( '/(\s|&nbsp;|&#160;)+/u', ' ', $text ) );
	}
}
