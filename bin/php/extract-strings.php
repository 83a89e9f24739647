<?php
/**
 * Extracts translatable strings from PHP files with PHP's own tokenizer.
 *
 * Usage: php bin/php/extract-strings.php <root> <file>...
 * Prints JSON: {"strings": [{msgid, plural, context, domain, file, line, comment}],
 *               "problems": [{file, line, call, problem}]}
 * where file is relative to <root>. A call whose text, context or domain is not a
 * literal string cannot be extracted, so it is reported as a problem.
 *
 * @package Mentorship_Program
 */

// phpcs:disable -- a development script, not shipped.

// Like the other scripts here: never through a web server, only from the command line.
defined( 'ABSPATH' ) || in_array( PHP_SAPI, array( 'cli' ), true ) || exit( 1 );

/**
 * Argument roles per function: which argument is the text, plural, context, domain.
 */
const MENTORSHIP_I18N_FUNCTIONS = array(
	'__'              => array( 'text', 'domain' ),
	'_e'              => array( 'text', 'domain' ),
	'esc_html__'      => array( 'text', 'domain' ),
	'esc_html_e'      => array( 'text', 'domain' ),
	'esc_attr__'      => array( 'text', 'domain' ),
	'esc_attr_e'      => array( 'text', 'domain' ),
	'_x'              => array( 'text', 'context', 'domain' ),
	'_ex'             => array( 'text', 'context', 'domain' ),
	'esc_html_x'      => array( 'text', 'context', 'domain' ),
	'esc_attr_x'      => array( 'text', 'context', 'domain' ),
	'_n'              => array( 'text', 'plural', null, 'domain' ),
	'_nx'             => array( 'text', 'plural', null, 'context', 'domain' ),
	'_n_noop'         => array( 'text', 'plural', 'domain' ),
	'_nx_noop'        => array( 'text', 'plural', 'context', 'domain' ),
);

/**
 * The value of a PHP string literal token.
 *
 * @param string $literal Token text, quotes included.
 * @return string
 */
function mentorship_literal_value( string $literal ): string {
	$quote = $literal[0];
	$body  = substr( $literal, 1, -1 );
	if ( "'" === $quote ) {
		return strtr(
			$body,
			array(
				'\\\\' => '\\',
				"\\'"  => "'",
			)
		);
	}
	return stripcslashes( str_replace( '\\$', '$', $body ) );
}

/**
 * Splits the argument tokens of a call into arguments (significant tokens only).
 *
 * @param array<int, mixed> $tokens Tokens.
 * @param int               $open   Index of the opening parenthesis.
 * @return array<int, array<int, mixed>> Arguments, each a list of tokens.
 */
function mentorship_call_arguments( array $tokens, int $open ): array {
	$args  = array( array() );
	$depth = 0;
	$count = count( $tokens );
	for ( $i = $open + 1; $i < $count; $i++ ) {
		$token = $tokens[ $i ];
		$text  = is_array( $token ) ? $token[1] : $token;
		if ( is_array( $token ) && in_array( $token[0], array( T_WHITESPACE, T_COMMENT, T_DOC_COMMENT ), true ) ) {
			continue;
		}
		if ( in_array( $text, array( '(', '[', '{' ), true ) || ( is_array( $token ) && in_array( $token[0], array( T_CURLY_OPEN, T_DOLLAR_OPEN_CURLY_BRACES ), true ) ) ) {
			++$depth;
		} elseif ( in_array( $text, array( ')', ']', '}' ), true ) ) {
			if ( 0 === $depth ) {
				break;
			}
			--$depth;
		} elseif ( ',' === $text && 0 === $depth ) {
			$args[] = array();
			continue;
		}
		$args[ count( $args ) - 1 ][] = $token;
	}
	if ( array() === end( $args ) ) {
		array_pop( $args ); // Trailing comma.
	}
	return $args;
}

/**
 * A literal string argument's value: string literals joined by ".", or null.
 *
 * @param array<int, mixed> $arg Tokens.
 * @return string|null
 */
function mentorship_argument_literal( array $arg ): ?string {
	if ( ! $arg ) {
		return null;
	}
	$value  = '';
	$expect = 'string';
	foreach ( $arg as $token ) {
		if ( 'string' === $expect && is_array( $token ) && T_CONSTANT_ENCAPSED_STRING === $token[0] ) {
			$value .= mentorship_literal_value( $token[1] );
			$expect = 'dot';
		} elseif ( 'dot' === $expect && '.' === $token ) {
			$expect = 'string';
		} else {
			return null;
		}
	}
	return 'dot' === $expect ? $value : null;
}

$root     = rtrim( (string) ( $argv[1] ?? '' ), '/' );
$files    = array_slice( $argv, 2 );
$strings  = array();
$problems = array();

foreach ( $files as $file ) {
	$source = file_get_contents( $file );
	if ( false === $source ) {
		fwrite( STDERR, "Cannot read $file\n" );
		exit( 1 );
	}
	$relative = 0 === strpos( $file, $root . '/' ) ? substr( $file, strlen( $root ) + 1 ) : $file;
	$tokens   = token_get_all( $source );
	$count    = count( $tokens );
	$comment  = null; // Last translators comment: [text, end line].

	// The plugin header's translatable fields, as WordPress reads them.
	if ( preg_match( '/^\s*\*\s*Plugin Name:/mi', $source ) ) {
		foreach ( array( 'Plugin Name', 'Description', 'Author' ) as $header ) {
			if ( preg_match( '/^\s*\*\s*' . preg_quote( $header, '/' ) . ':\s*(.+)$/mi', $source, $m ) ) {
				$strings[] = array(
					'msgid'   => trim( $m[1] ),
					'plural'  => null,
					'context' => null,
					'domain'  => 'mentorship-program',
					'file'    => $relative,
					'line'    => 0,
					'comment' => $header . ' of the plugin',
				);
			}
		}
	}

	for ( $i = 0; $i < $count; $i++ ) {
		$token = $tokens[ $i ];
		if ( ! is_array( $token ) ) {
			continue;
		}
		if ( in_array( $token[0], array( T_COMMENT, T_DOC_COMMENT ), true ) ) {
			if ( preg_match( '/translators:/i', $token[1] ) ) {
				$text    = preg_replace( '#^\s*(/\*+|//)\s*|\s*\*+/\s*$#', '', $token[1] );
				$text    = trim( preg_replace( '/\s*\n\s*\*?\s*/', ' ', $text ) );
				$comment = array( $text, $token[2] + substr_count( $token[1], "\n" ) );
			}
			continue;
		}
		$name = strtolower( ltrim( $token[1], '\\' ) );
		if ( ! in_array( $token[0], array( T_STRING, T_NAME_FULLY_QUALIFIED ), true ) || ! isset( MENTORSHIP_I18N_FUNCTIONS[ $name ] ) ) {
			continue;
		}
		// The previous significant token rules out methods and declarations.
		$prev = $i - 1;
		while ( $prev >= 0 && is_array( $tokens[ $prev ] ) && in_array( $tokens[ $prev ][0], array( T_WHITESPACE, T_COMMENT, T_DOC_COMMENT ), true ) ) {
			--$prev;
		}
		if ( $prev >= 0 && is_array( $tokens[ $prev ] ) && in_array( $tokens[ $prev ][0], array( T_OBJECT_OPERATOR, T_DOUBLE_COLON, T_FUNCTION, T_NULLSAFE_OBJECT_OPERATOR, T_NEW, T_CONST ), true ) ) {
			continue;
		}
		$open = $i + 1;
		while ( $open < $count && is_array( $tokens[ $open ] ) && T_WHITESPACE === $tokens[ $open ][0] ) {
			++$open;
		}
		if ( $open >= $count || '(' !== $tokens[ $open ] ) {
			continue;
		}
		$line  = $token[2];
		$args  = mentorship_call_arguments( $tokens, $open );
		$roles = MENTORSHIP_I18N_FUNCTIONS[ $name ];
		$found = array(
			'msgid'   => null,
			'plural'  => null,
			'context' => null,
			'domain'  => null,
		);
		$bad   = array();
		foreach ( $roles as $position => $role ) {
			if ( null === $role ) {
				continue;
			}
			$key = 'text' === $role ? 'msgid' : $role;
			if ( ! isset( $args[ $position ] ) ) {
				$bad[] = 'domain' === $role ? 'no text domain' : "no $role";
				continue;
			}
			$value = mentorship_argument_literal( $args[ $position ] );
			if ( null === $value ) {
				$bad[] = "$role is not a literal string";
				continue;
			}
			$found[ $key ] = $value;
		}
		if ( null !== $found['domain'] && 'mentorship-program' !== $found['domain'] ) {
			$bad[] = "text domain is '{$found['domain']}', not 'mentorship-program'";
		}
		if ( '' === $found['msgid'] ) {
			$bad[] = 'empty text';
		}
		if ( $bad ) {
			$problems[] = array(
				'file'    => $relative,
				'line'    => $line,
				'call'    => $name,
				'problem' => implode( '; ', $bad ),
			);
		}
		if ( null !== $found['msgid'] && '' !== $found['msgid'] ) {
			$attach      = $comment && $line - $comment[1] <= 2 && $line >= $comment[1];
			$strings[]   = array_merge(
				$found,
				array(
					'file'    => $relative,
					'line'    => $line,
					'comment' => $attach ? $comment[0] : null,
				)
			);
			$comment = $attach ? null : $comment;
		}
	}
}

echo json_encode(
	array(
		'strings'  => $strings,
		'problems' => $problems,
	),
	JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE
), "\n";
