/* eslint-env node */
/**
 * readme.txt follows the plugin directory's format and agrees with the plugin header.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(
	path.dirname( fileURLToPath( import.meta.url ) ),
	'../..'
);
const readme = readFileSync( path.join( ROOT, 'readme.txt' ), 'utf8' ).replace(
	/\r\n/g,
	'\n'
);
const main = readFileSync(
	path.join( ROOT, 'mentorship-program.php' ),
	'utf8'
);

/**
 * The readme's header fields ("Name: value" lines before the short description).
 *
 * @return {Object<string, string>} Field name => value.
 */
function readmeHeaders() {
	const fields = {};
	for ( const line of readme.split( '\n' ).slice( 1 ) ) {
		if ( ! line.trim() ) {
			break;
		}
		const match = line.match( /^([A-Za-z ]+):\s*(.*)$/ );
		assert.ok( match, `Header line is not "Field: value": ${ line }` );
		fields[ match[ 1 ].trim() ] = match[ 2 ].trim();
	}
	return fields;
}

/**
 * A field of the main plugin file's header.
 *
 * @param {string} name Field name.
 * @return {string|undefined} Value.
 */
function pluginHeader( name ) {
	const match = main.match(
		new RegExp( `^\\s*\\*\\s*${ name }:\\s*(.+)$`, 'm' )
	);
	return match ? match[ 1 ].trim() : undefined;
}

test( 'starts with the plugin name as in the plugin header', () => {
	const name = pluginHeader( 'Plugin Name' );
	assert.equal( readme.split( '\n' )[ 0 ], `=== ${ name } ===` );
} );

test( 'has every header field the directory needs', () => {
	const fields = readmeHeaders();
	for ( const name of [
		'Contributors',
		'Tags',
		'Requires at least',
		'Tested up to',
		'Requires PHP',
		'Stable tag',
		'License',
	] ) {
		assert.ok( fields[ name ], `Missing header field "${ name }"` );
	}
	assert.match( fields.License, /GPL/, 'License must be GPL-compatible' );
	assert.match( fields[ 'Tested up to' ], /^\d+\.\d+$/ );
} );

test( 'is tested up to the newest WordPress the test bed provisions, and requires the oldest', () => {
	// bin/provision-wp.sh is the one list of release lines the tests run on.
	const listed = spawnSync(
		'bash',
		[ path.join( ROOT, 'bin/provision-wp.sh' ), '--versions' ],
		{ encoding: 'utf8' }
	);
	assert.equal( listed.status, 0, listed.stderr );
	const versions = listed.stdout.trim().split( /\s+/ );
	const fields = readmeHeaders();
	assert.equal( fields[ 'Tested up to' ], versions[ versions.length - 1 ] );
	assert.equal( fields[ 'Requires at least' ], versions[ 0 ] );
	assert.equal( pluginHeader( 'Requires at least' ), versions[ 0 ] );
} );

test( 'lists at most five tags', () => {
	const tags = readmeHeaders()
		.Tags.split( ',' )
		.map( ( tag ) => tag.trim() )
		.filter( Boolean );
	assert.ok( tags.length >= 1, 'At least one tag' );
	assert.ok( tags.length <= 5, `${ tags.length } tags; the limit is 5` );
} );

test( 'has a short description of at most 150 characters', () => {
	const lines = readme.split( '\n' );
	const blank = lines.findIndex( ( line, i ) => i > 0 && ! line.trim() );
	const short = lines.slice( blank ).find( ( line ) => line.trim() );
	assert.ok( short && ! short.startsWith( '==' ), 'No short description' );
	assert.ok(
		short.length <= 150,
		`Short description is ${ short.length } characters; the limit is 150`
	);
} );

test( 'stable tag is the plugin version everywhere', () => {
	const stable = readmeHeaders()[ 'Stable tag' ];
	const pkg = JSON.parse(
		readFileSync( path.join( ROOT, 'package.json' ), 'utf8' )
	);
	assert.equal( stable, pluginHeader( 'Version' ), 'plugin header Version' );
	assert.match(
		main,
		new RegExp(
			`define\\(\\s*'MENTORSHIP_PROGRAM_VERSION',\\s*'${ stable.replace(
				/\./g,
				'\\.'
			) }'\\s*\\)`
		),
		'MENTORSHIP_PROGRAM_VERSION'
	);
	assert.equal( stable, pkg.version, 'package.json version' );
} );

test( 'requirements match the plugin header', () => {
	const fields = readmeHeaders();
	assert.equal(
		fields[ 'Requires at least' ],
		pluginHeader( 'Requires at least' )
	);
	assert.equal( fields[ 'Requires PHP' ], pluginHeader( 'Requires PHP' ) );
} );

test( 'has the sections a directory page shows', () => {
	for ( const section of [
		'Description',
		'Installation',
		'Frequently Asked Questions',
		'Screenshots',
		'Changelog',
		'Privacy',
	] ) {
		assert.match(
			readme,
			new RegExp( `^== ${ section } ==$`, 'm' ),
			`Missing section "== ${ section } =="`
		);
	}
} );

test( 'the changelog describes the stable version', () => {
	const stable = readmeHeaders()[ 'Stable tag' ];
	const changelog = readme.split( /^== Changelog ==$/m )[ 1 ];
	assert.match(
		changelog,
		new RegExp( `^= ${ stable.replace( /\./g, '\\.' ) } =$`, 'm' )
	);
} );
