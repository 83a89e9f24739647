<?php
/**
 * Plain-text fields: what a person types is what they get back.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Support;

defined( 'ABSPATH' ) || exit;

/**
 * The one rule for the program's plain-text fields (cohort and team names and texts,
 * e-mail texts, story details): they hold text, never markup.
 *
 * Text is cleaned on the way in (invalid UTF-8, control characters and markup go, lines
 * are normalised) but "&", a "<" or ">" that is not part of a tag, quotes and "%xx"
 * stay as typed; every place that prints the text escapes it. sanitize_text_field() is
 * not used for these fields because it turns a lone "<" into "&lt;" and removes "%xx"
 * sequences, so the screens showed entities and a second save changed the text again.
 * Cleaning is idempotent: what one save keeps, the next save keeps unchanged.
 *
 * Term names and descriptions are the exception: core stores them as HTML (its
 * pre_term_name and pre_term_description filters encode "&" and run kses, and themes
 * print them without escaping), so to_html() encodes them for storage and from_html()
 * turns them back into text when they are read.
 *
 * @since 0.1.0
 */
final class Plain_Text {

	/**
	 * One line of text: line breaks and runs of white space become one space.
	 *
	 * @param mixed $value Value.
	 * @param int   $max   Most characters kept; 0 for no limit.
	 * @return string
	 */
	public static function line( $value, int $max = 0 ): string {
		$text = self::clean( $value );
		$text = trim( (string) preg_replace( '/\s+/u', ' ', $text ) );
		return $max > 0 ? mb_substr( $text, 0, $max ) : $text;
	}

	/**
	 * Text of several lines: line breaks are kept (as "\n"), other control characters go.
	 *
	 * @param mixed $value Value.
	 * @param int   $max   Most characters kept; 0 for no limit.
	 * @return string
	 */
	public static function paragraphs( $value, int $max = 0 ): string {
		$text = str_replace( array( "\r\n", "\r" ), "\n", self::clean( $value ) );
		$text = trim( (string) preg_replace( '/[ \t]+$/mu', '', $text ) );
		return $max > 0 ? mb_substr( $text, 0, $max ) : $text;
	}

	/**
	 * Text as the HTML core expects in a term's name or description.
	 *
	 * "&", "<" and ">" are encoded, as core does for term names (quotes are not, so
	 * the stored value stays short). "%" is stored as "&#37;": in wp-admin core also runs
	 * sanitize_text_field() on term names, which removes "%" followed by two hex digits.
	 *
	 * @param string $text Plain text.
	 * @return string
	 */
	public static function to_html( string $text ): string {
		return str_replace( '%', '&#37;', htmlspecialchars( $text, ENT_NOQUOTES | ENT_SUBSTITUTE, 'UTF-8', true ) );
	}

	/**
	 * A term name or description (HTML, as core stores it) as the text it stands for.
	 *
	 * The exact inverse of to_html(); it also reads values stored before this rule
	 * (core's "&amp;" in a name, kses' entities in a description).
	 *
	 * @param string $html Stored value.
	 * @return string
	 */
	public static function from_html( string $html ): string {
		return html_entity_decode( $html, ENT_QUOTES | ENT_HTML5, 'UTF-8' );
	}

	/**
	 * A scalar as valid UTF-8 without NUL and other control characters (tabs and line
	 * breaks stay).
	 *
	 * @param mixed $value Value.
	 * @return string
	 */
	private static function clean( $value ): string {
		if ( ! is_scalar( $value ) ) {
			return '';
		}
		// Text that is not valid UTF-8 is dropped, as sanitize_text_field() does.
		$text = wp_check_invalid_utf8( (string) $value );
		$text = (string) preg_replace( '/[\x00-\x08\x0B\x0C\x0E-\x1F\x7F]/u', '', $text );
		return self::without_markup( $text );
	}

	/**
	 * Text without HTML tags and comments (script and style elements go with their
	 * content). Only "<" followed by a letter, "/", "!" or "?" and closed by ">" is a
	 * tag, as in browsers: "1 < 2 > 0" and "a<b" are text and stay.
	 *
	 * @param string $text Text.
	 * @return string
	 */
	private static function without_markup( string $text ): string {
		// Removing one tag can join two halves into a new one ("<<b>b>"): repeat until stable.
		for ( $pass = 0; $pass < 10; $pass++ ) {
			if ( false === strpos( $text, '<' ) ) {
				break;
			}
			$before = $text;
			$text   = (string) preg_replace( '@<(script|style)\b[^>]*>.*?</\1\s*>@si', '', $text );
			$text   = (string) preg_replace( '@<!--.*?(-->|$)|<[a-zA-Z/!?][^<>]*>@s', '', $text );
			if ( $text === $before ) {
				break;
			}
		}
		return $text;
	}
}
