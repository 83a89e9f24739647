#!/usr/bin/env node
/**
 * PHP lint: a syntax check (`php -l`) of every PHP file in the project, then the
 * WordPress Coding Standards (PHPCS with phpcs.xml.dist) on the shipping code.
 *
 * Usage: npm run lint:php [-- --fix] [-- <extra phpcs arguments>]
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ensureComposer } from './lib/composer.mjs';
import { ensureSystem } from './lib/system.mjs';
import { ROOT, info, run, runLive } from './lib/util.mjs';

const SKIP =
	/^(vendor|node_modules|build|\.cache|dist|test-results|playwright-report)\//;

/**
 * PHP files of the checkout: tracked ones plus new files not ignored by Git; a plain
 * walk of the folder when this is not a Git checkout.
 *
 * @return {string[]} Paths relative to the project root.
 */
function phpFiles() {
	const git = run( 'git', [
		'ls-files',
		'--cached',
		'--others',
		'--exclude-standard',
		'-z',
		'--',
		'*.php',
	] );
	let files;
	if ( git.status === 0 ) {
		files = git.stdout.split( '\0' ).filter( Boolean );
	} else {
		files = [];
		const walk = ( dir ) => {
			for ( const entry of readdirSync( path.join( ROOT, dir ), {
				withFileTypes: true,
			} ) ) {
				const rel = dir ? `${ dir }/${ entry.name }` : entry.name;
				if ( entry.isDirectory() && ! SKIP.test( `${ rel }/` ) ) {
					walk( rel );
				} else if ( entry.isFile() && rel.endsWith( '.php' ) ) {
					files.push( rel );
				}
			}
		};
		walk( '' );
	}
	return [ ...new Set( files ) ]
		.filter( ( file ) => ! SKIP.test( file ) )
		.filter( ( file ) => existsSync( path.join( ROOT, file ) ) )
		.sort();
}

/**
 * Runs `php -l` on one file.
 *
 * @param {string} file Path relative to the root.
 * @return {Promise<{file: string, ok: boolean, output: string}>} The outcome.
 */
function syntaxCheck( file ) {
	return new Promise( ( resolve ) => {
		const child = spawn(
			'php',
			[ '-n', '-d', 'display_errors=1', '-l', file ],
			{
				cwd: ROOT,
			}
		);
		let output = '';
		child.stdout.on( 'data', ( chunk ) => ( output += chunk ) );
		child.stderr.on( 'data', ( chunk ) => ( output += chunk ) );
		child.on( 'close', ( code ) =>
			resolve( { file, ok: code === 0, output: output.trim() } )
		);
		child.on( 'error', ( error ) =>
			resolve( { file, ok: false, output: error.message } )
		);
	} );
}

async function syntaxCheckAll( files ) {
	const results = [];
	const queue = [ ...files ];
	const workers = Math.max( 2, Math.min( 8, os.cpus().length ) );
	await Promise.all(
		Array.from( { length: workers }, async () => {
			while ( queue.length ) {
				results.push( await syntaxCheck( queue.shift() ) );
			}
		} )
	);
	return results;
}

ensureSystem( [ 'php' ] );

const files = phpFiles();
const results = await syntaxCheckAll( files );
const broken = results.filter( ( result ) => ! result.ok );
for ( const result of broken ) {
	process.stderr.write( `${ result.output }\n` );
}
info(
	`php -l: ${ files.length - broken.length } of ${
		files.length
	} PHP files parse`
);

ensureComposer();
const args = process.argv.slice( 2 );
const fix = args.includes( '--fix' );
const tool = path.join( ROOT, 'vendor/bin', fix ? 'phpcbf' : 'phpcs' );
const extra = args.filter( ( arg ) => arg !== '--fix' );
info(
	`${ fix ? 'phpcbf' : 'phpcs' }: WordPress Coding Standards (phpcs.xml.dist)`
);
const code = await runLive( 'php', [
	'-d',
	'error_reporting=E_ALL&~E_DEPRECATED',
	tool,
	`--standard=${ path.join( ROOT, 'phpcs.xml.dist' ) }`,
	...extra,
] );
// phpcbf exits 1 when it fixed something and 2 when something is left to fix.
const standardsFailed = fix ? code > 1 : code !== 0;

if ( broken.length || standardsFailed ) {
	process.stderr.write(
		`\n✖ PHP lint failed:${
			broken.length ? ` ${ broken.length } file(s) do not parse;` : ''
		}${
			standardsFailed ? ' coding standards violations (see above).' : ''
		}\n`
	);
	process.exit( 1 );
}
info( 'PHP lint passed' );
