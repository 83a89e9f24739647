<?php
/**
 * Plain-text fields: what a person types is what they get back.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Domain;

defined( 'ABSPATH' ) || exit;

/**
 * The one rule for the program's plain-text fields (cohort and team names and texts,
 * e-mail texts, story details): they hold text, never markup.
 *
 * Text is cleaned on the way in (invalid UTF-8 and control characters go, lines are
 * normalised) but "&", "<", ">" and quotes stay as typed; every place that prints the
 * text escapes it. sanitize_text_field() is not used for these fields because it turns
 * a lone "<" into "&lt;", drops anything that looks like a tag and removes "%xx"
 * sequences, so a second save changes what the first one kept.
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
		return (string) preg_replace( '/[\x00-\x08\x0B\x0C\x0E-\x1F\x7F]/u', '', $text );
	}
}
