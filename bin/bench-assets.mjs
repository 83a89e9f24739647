#!/usr/bin/env node
/**
 * Front-end weight of the blocks: each block's view script module and style sheet as
 * built, raw and gzipped, and the total the application form adds to a page. The
 * Interactivity API runtime comes with WordPress and is not counted.
 *
 * A benchmark, not a test: it prints numbers and exits 0 (1 only without a build).
 *
 * Usage: npm run build && node bin/bench-assets.mjs [--json]
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const ROOT = path.resolve(
	path.dirname( fileURLToPath( import.meta.url ) ),
	'..'
);
const BLOCKS = path.join( ROOT, 'build/blocks' );

/** Budget for the application form page, gzipped bytes. */
const BUDGET = { js: 10 * 1024, css: 6 * 1024 };

/**
 * Raw and gzipped size of a built file, or null when the block has none.
 *
 * @param {string}             folder Block build folder.
 * @param {string | undefined} asset  block.json value such as "file:./view.js".
 * @return {{file: string, raw: number, gzip: number} | null} Sizes.
 */
function measure( folder, asset ) {
	const first = Array.isArray( asset ) ? asset[ 0 ] : asset;
	if ( typeof first !== 'string' || ! first.startsWith( 'file:' ) ) {
		return null;
	}
	const file = path.join( folder, first.slice( 'file:'.length ) );
	if ( ! existsSync( file ) ) {
		return null;
	}
	const bytes = readFileSync( file );
	return {
		file: path.relative( ROOT, file ),
		raw: bytes.length,
		gzip: gzipSync( bytes, { level: 9 } ).length,
	};
}

if ( ! existsSync( BLOCKS ) ) {
	process.stderr.write( 'No build/blocks yet: run `npm run build` first.\n' );
	process.exit( 1 );
}

const rows = readdirSync( BLOCKS, { withFileTypes: true } )
	.filter( ( entry ) => entry.isDirectory() )
	.map( ( entry ) => path.join( BLOCKS, entry.name ) )
	.filter( ( folder ) => existsSync( path.join( folder, 'block.json' ) ) )
	.map( ( folder ) => {
		const meta = JSON.parse(
			readFileSync( path.join( folder, 'block.json' ), 'utf8' )
		);
		return {
			block: meta.name,
			js: measure( folder, meta.viewScriptModule ),
			css: measure( folder, meta.style ),
		};
	} )
	.sort( ( a, b ) => a.block.localeCompare( b.block ) );

const form = rows.find(
	( row ) => row.block === 'mentorship-program/application-form'
);
// An empty or partial build would measure nothing and look within the budget.
if ( ! form || ! form.js || ! form.css ) {
	process.stderr.write(
		'build/blocks has no built application form (view script and style): run `npm run build` first.\n'
	);
	process.exit( 1 );
}
const page = {
	jsRaw: form?.js?.raw ?? 0,
	jsGzip: form?.js?.gzip ?? 0,
	cssRaw: form?.css?.raw ?? 0,
	cssGzip: form?.css?.gzip ?? 0,
};
const within = page.jsGzip <= BUDGET.js && page.cssGzip <= BUDGET.css;

if ( process.argv.includes( '--json' ) ) {
	process.stdout.write(
		JSON.stringify(
			{ blocks: rows, applicationFormPage: page, budget: BUDGET, within },
			null,
			2
		) + '\n'
	);
	process.exit( 0 );
}

const kb = ( bytes ) =>
	bytes ? `${ ( bytes / 1024 ).toFixed( 2 ) } KB` : '—';
const table = [
	[ 'block', 'view JS', 'JS gzip', 'style CSS', 'CSS gzip' ],
	...rows.map( ( row ) => [
		row.block.replace( 'mentorship-program/', '' ),
		kb( row.js?.raw ),
		kb( row.js?.gzip ),
		kb( row.css?.raw ),
		kb( row.css?.gzip ),
	] ),
	[
		'page with the application form',
		kb( page.jsRaw ),
		kb( page.jsGzip ),
		kb( page.cssRaw ),
		kb( page.cssGzip ),
	],
];
const widths = table[ 0 ].map( ( _, column ) =>
	Math.max( ...table.map( ( line ) => line[ column ].length ) )
);
const line = ( cells ) =>
	cells
		.map( ( cell, column ) =>
			column
				? cell.padStart( widths[ column ] )
				: cell.padEnd( widths[ column ] )
		)
		.join( '  ' );
console.log( line( table[ 0 ] ) );
console.log( widths.map( ( width ) => '-'.repeat( width ) ).join( '  ' ) );
table.slice( 1, -1 ).forEach( ( cells ) => console.log( line( cells ) ) );
console.log( widths.map( ( width ) => '-'.repeat( width ) ).join( '  ' ) );
console.log( line( table[ table.length - 1 ] ) );
console.log(
	`\nBudget for the application form page: JS ≤ ${ kb(
		BUDGET.js
	) } and CSS ≤ ${ kb( BUDGET.css ) } gzipped: ${
		within ? 'within' : 'OVER'
	}. The Interactivity API runtime ships with WordPress and is not counted.`
);
