#!/usr/bin/env node
/**
 * `npm run plugin-zip`: builds the plugin and packs what a site needs into
 * dist/mentorship-program.zip, with one top-level folder `mentorship-program/`, the
 * shape WordPress's plugin upload screen and the plugin directory expect.
 *
 * Shipped: the main file, uninstall.php, readme.txt, includes/, build/, languages/
 * and templates/ (when present). Never shipped: sources (blocks/, src/, TypeScript,
 * SCSS), tests, bin/, node_modules/, vendor/, .cache/, dotfiles, source maps.
 *
 * Usage: npm run plugin-zip [-- --no-build] [-- --out=path/to/file.zip]
 */
import { spawnSync } from 'node:child_process';
import {
	cpSync,
	existsSync,
	mkdirSync,
	readdirSync,
	rmSync,
	statSync,
} from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ensureSystem } from './lib/system.mjs';
import { ROOT, fail, info, runLive } from './lib/util.mjs';

export const SLUG = 'mentorship-program';

/**
 * What the zip holds, relative to the plugin folder: files and whole folders.
 */
export const SHIPPED = [
	'mentorship-program.php',
	'uninstall.php',
	'readme.txt',
	'includes',
	'build',
	'languages',
	'templates',
];

/**
 * Must be there, or the zip would install a broken plugin.
 */
export const REQUIRED = [
	'mentorship-program.php',
	'uninstall.php',
	'readme.txt',
	'includes/Plugin.php',
	'build/blocks/blocks-manifest.php',
	'build/admin/index.js',
	'build/admin/index.asset.php',
	'build/admin/chunks.php',
	`languages/${ SLUG }.pot`,
];

/**
 * Files that never ship, even inside a shipped folder.
 *
 * @param {string} rel Path relative to the plugin root.
 * @return {boolean} Whether to leave the file out.
 */
export function excluded( rel ) {
	const base = path.posix.basename( rel );
	return (
		base.startsWith( '.' ) ||
		/\.(tsx?|scss|map|mjs|log)$/.test( base ) ||
		/(^|\/)(test|tests|__tests__|node_modules)\//.test( rel )
	);
}

/**
 * Every file the zip holds, relative to the plugin root, sorted.
 *
 * @param {string} root Plugin root.
 * @return {string[]} Relative paths with forward slashes.
 */
export function shippedFiles( root = ROOT ) {
	const files = [];
	const walk = ( rel ) => {
		const full = path.join( root, rel );
		if ( ! existsSync( full ) ) {
			return;
		}
		if ( statSync( full ).isDirectory() ) {
			for ( const entry of readdirSync( full ) ) {
				walk( `${ rel }/${ entry }` );
			}
		} else if ( ! excluded( rel ) ) {
			files.push( rel );
		}
	};
	SHIPPED.forEach( walk );
	return files.sort();
}

/**
 * Builds the zip.
 *
 * @param {Object}  options
 * @param {boolean} options.build Whether to run `npm run build` first.
 * @param {string}  options.out   Zip file to write.
 * @return {Promise<string>} The zip's path.
 */
export async function makeZip( {
	build = true,
	out = path.join( ROOT, 'dist', `${ SLUG }.zip` ),
} = {} ) {
	ensureSystem( [ 'tools' ] );
	if ( build ) {
		info( 'Building the blocks, the admin app and the POT file' );
		if (
			( await runLive( 'npm', [ 'run', 'build', '--silent' ] ) ) !== 0
		) {
			fail( 'npm run build failed, so no zip was made.' );
		}
	}
	if ( ! existsSync( path.join( ROOT, 'languages', `${ SLUG }.pot` ) ) ) {
		if (
			( await runLive( process.execPath, [ 'bin/make-pot.mjs' ] ) ) !== 0
		) {
			fail( 'The POT file could not be made, so no zip was made.' );
		}
	}
	const missing = REQUIRED.filter(
		( file ) => ! existsSync( path.join( ROOT, file ) )
	);
	if ( missing.length ) {
		fail(
			`Missing ${ missing.join(
				', '
			) }: run npm run build (and write readme.txt) first.`
		);
	}

	const stage = path.join( path.dirname( out ), '.stage' );
	rmSync( stage, { recursive: true, force: true } );
	const folder = path.join( stage, SLUG );
	const files = shippedFiles();
	for ( const file of files ) {
		mkdirSync( path.dirname( path.join( folder, file ) ), {
			recursive: true,
		} );
		cpSync( path.join( ROOT, file ), path.join( folder, file ) );
	}
	mkdirSync( path.dirname( out ), { recursive: true } );
	rmSync( out, { force: true } );
	const zipped = spawnSync( 'zip', [ '-r', '-X', '-q', '-9', out, SLUG ], {
		cwd: stage,
		encoding: 'utf8',
	} );
	if ( zipped.status !== 0 ) {
		fail( `zip failed: ${ zipped.stderr || zipped.error?.message }` );
	}
	rmSync( stage, { recursive: true, force: true } );
	info(
		`${ path.relative( ROOT, out ) }: ${ files.length } files, ${ (
			statSync( out ).size / 1024
		).toFixed( 0 ) } KiB`
	);
	return out;
}

if (
	process.argv[ 1 ] &&
	import.meta.url === pathToFileURL( path.resolve( process.argv[ 1 ] ) ).href
) {
	const args = process.argv.slice( 2 );
	const outArg = args.find( ( arg ) => arg.startsWith( '--out=' ) );
	const unknown = args.filter(
		( arg ) => arg !== '--no-build' && ! arg.startsWith( '--out=' )
	);
	if ( unknown.length ) {
		fail(
			`Unknown option ${ unknown.join(
				' '
			) }. Usage: npm run plugin-zip [-- --no-build] [-- --out=file.zip]`
		);
	}
	await makeZip( {
		build: ! args.includes( '--no-build' ),
		...( outArg
			? { out: path.resolve( outArg.slice( '--out='.length ) ) }
			: {} ),
	} );
}
