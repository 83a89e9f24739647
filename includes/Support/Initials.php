<?php
/**
 * Initials of a person's name, for the places that show them instead of a photo.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Support;

defined( 'ABSPATH' ) || exit;

/**
 * The first letter of the first and of the last word of a name that has letters.
 *
 * Letters are whole graphemes (a base letter with its accents, a Hangul syllable), so
 * "Ñ" written as N + combining tilde stays one initial; words without a letter (an
 * emoji, a flag, a symbol, a number) are skipped, and so are symbols in front of a
 * word's first letter.
 *
 * @since 0.1.0
 */
final class Initials {

	/**
	 * Initials of a name: "Ada Lovelace" → "AL", "Nani 🌺" → "N", "佐藤 花子" → "佐花".
	 *
	 * @param string $name Name.
	 * @return string At most two graphemes; '' when the name has no letter.
	 */
	public static function of( string $name ): string {
		$letters = array();
		foreach ( (array) preg_split( '/[\s\p{Z}]+/u', $name, -1, PREG_SPLIT_NO_EMPTY ) as $word ) {
			$letter = self::first_letter( (string) $word );
			if ( '' !== $letter ) {
				$letters[] = $letter;
			}
		}
		if ( ! $letters ) {
			return '';
		}
		$initials = $letters[0] . ( count( $letters ) > 1 ? end( $letters ) : '' );
		return mb_strtoupper( $initials, 'UTF-8' );
	}

	/**
	 * The first grapheme of a word that starts with a letter, or ''.
	 *
	 * @param string $word One word.
	 * @return string
	 */
	private static function first_letter( string $word ): string {
		foreach ( self::graphemes( $word ) as $grapheme ) {
			if ( preg_match( '/^\p{L}/u', $grapheme ) ) {
				return $grapheme;
			}
		}
		return '';
	}

	/**
	 * A word's graphemes: intl's boundaries when the extension is there, else PCRE's
	 * extended grapheme clusters (\X), which agree for names.
	 *
	 * @param string $word Word.
	 * @return string[]
	 */
	private static function graphemes( string $word ): array {
		if ( class_exists( 'IntlBreakIterator' ) ) {
			$iterator = \IntlBreakIterator::createCharacterInstance();
			$iterator->setText( $word );
			$parts = array();
			$start = 0;
			foreach ( $iterator as $boundary ) {
				if ( $boundary > $start ) {
					$parts[] = substr( $word, $start, $boundary - $start );
					$start   = $boundary;
				}
			}
			return $parts;
		}
		return preg_match_all( '/\X/u', $word, $matches ) ? $matches[0] : array();
	}
}
