/* eslint-env node */
/**
 * Every string is translatable and in the POT file: no translation call the extractor
 * cannot read, no other text domain, a POT file that is current and well formed.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import {
	DOMAIN,
	POT_FILE,
	ROOT_DIR,
	entries,
	extractAll,
	renderPot,
} from './lib.mjs';

const extraction = extractAll();

test( 'every translation call has literal strings and the plugin text domain', () => {
	const lines = extraction.problems.map(
		( p ) => `${ p.file }:${ p.line }: ${ p.call }(): ${ p.problem }`
	);
	assert.deepEqual( lines, [], lines.join( '\n' ) );
} );

test( 'no translation call is left out by the extractor', () => {
	// A plain text scan, independent of the parsers: every line that calls a
	// translation function must be a line the extractor read a string or problem from.
	const php =
		/(?<![\w>:$\\])\\?(__|_e|esc_html__|esc_html_e|esc_attr__|esc_attr_e|_x|_ex|_n|_nx|esc_html_x|esc_attr_x|_n_noop|_nx_noop)\s*\(/;
	const js = /(?<![\w.$])(__|_x|_n|_nx)\s*\(/;
	const seen = new Set(
		[ ...extraction.strings, ...extraction.problems ].map(
			( s ) => `${ s.file }:${ s.line }`
		)
	);
	const missed = [];
	const scan = ( files, pattern ) => {
		for ( const file of files ) {
			readFileSync( path.join( ROOT_DIR, file ), 'utf8' )
				.split( '\n' )
				.forEach( ( text, i ) => {
					const code = text.replace( /^\s*(\/\/|\*|#).*$/, '' );
					if (
						pattern.test( code ) &&
						! /function\s+\w+\s*\(/.test( code ) &&
						! seen.has( `${ file }:${ i + 1 }` )
					) {
						missed.push( `${ file }:${ i + 1 }: ${ text.trim() }` );
					}
				} );
		}
	};
	scan( extraction.files.php, php );
	scan( extraction.files.js, js );
	assert.deepEqual( missed, [], missed.join( '\n' ) );
} );

test( 'finds strings in PHP, scripts and block.json', () => {
	const from = ( where ) =>
		extraction.strings.filter( ( s ) => where( s.file ) ).length;
	assert.ok( from( ( f ) => f.endsWith( '.php' ) ) > 100, 'PHP strings' );
	assert.ok(
		from( ( f ) => /^(src|blocks)\/.*\.tsx?$/.test( f ) ) > 50,
		'TypeScript strings'
	);
	assert.ok(
		from( ( f ) => f.startsWith( 'build/' ) ) > 0,
		'built script strings'
	);
	assert.ok(
		from( ( f ) => f.endsWith( 'block.json' ) ) > 0,
		'block.json strings'
	);
} );

test( 'the POT file is current', () => {
	const fresh = renderPot( entries( extraction.strings ) );
	assert.ok(
		readFileSync( POT_FILE, 'utf8' ) === fresh,
		'languages/mentorship-program.pot is out of date: run npm run make-pot'
	);
} );

test( 'the POT file is valid gettext', ( t ) => {
	if ( spawnSync( 'msgfmt', [ '--version' ] ).status !== 0 ) {
		t.skip( 'msgfmt (gettext) is not installed' );
		return;
	}
	const result = spawnSync(
		'msgfmt',
		[ '--check-format', '--check-header', '-o', '/dev/null', POT_FILE ],
		{ encoding: 'utf8' }
	);
	assert.equal( result.status, 0, result.stderr );
} );

test( 'strings with placeholders explain them to translators', () => {
	const unexplained = entries(
		extraction.strings.filter( ( s ) => ! s.file.startsWith( 'build/' ) )
	)
		.filter(
			( e ) => /%(\d+\$)?[sdf]/.test( e.msgid ) && ! e.comments.length
		)
		.map( ( e ) => `${ e.references[ 0 ] }: ${ e.msgid }` );
	assert.deepEqual( unexplained, [], unexplained.join( '\n' ) );
} );

test( 'every block uses the plugin text domain, so its scripts get translations', () => {
	for ( const file of extraction.files.blockJson ) {
		const json = JSON.parse(
			readFileSync( path.join( ROOT_DIR, file ), 'utf8' )
		);
		assert.equal( json.textdomain, DOMAIN, file );
	}
} );

test( 'the admin app loads its script translations', () => {
	const php = extraction.files.php
		.map( ( f ) => readFileSync( path.join( ROOT_DIR, f ), 'utf8' ) )
		.join( '\n' );
	assert.match(
		php,
		/wp_set_script_translations\(\s*(self::HANDLE|'mentorship-program-admin'),\s*'mentorship-program'/
	);
	// The screens are chunks loaded later: their translations go with the entry.
	assert.match(
		php,
		/load_script_textdomain\(\s*\$handle,\s*'mentorship-program'/
	);
} );
