#!/usr/bin/env node
/**
 * Weighs the admin app's own build: the entry script, the chunks it loads on demand
 * (the Applications screen with DataViews), and the styles, raw and gzipped. WordPress
 * packages are not counted: the page gets them from WordPress itself.
 *
 * Usage: npm run build && node bin/bench-admin.mjs [--budget=250] [--json]
 * A benchmark, not a test: it prints and exits 0 unless the build is missing.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const ROOT = path.resolve(
	path.dirname( fileURLToPath( import.meta.url ) ),
	'..'
);
const DIR = path.join( ROOT, 'build/admin' );
const budgetArg = process.argv.find( ( arg ) => arg.startsWith( '--budget=' ) );
const BUDGET_KB = budgetArg ? Number( budgetArg.split( '=' )[ 1 ] ) : 250;

if ( ! existsSync( path.join( DIR, 'index.js' ) ) ) {
	process.stderr.write(
		'✖ No build/admin/index.js: run `npm run build` first.\n'
	);
	process.exit( 1 );
}

/**
 * Chunk files the entry script can load: their names appear in its runtime. Old
 * chunks left in the folder by earlier builds are not counted.
 *
 * @param {string} entry Entry script source.
 * @return {string[]} File names.
 */
function chunksOf( entry ) {
	return readdirSync( DIR ).filter( ( file ) => {
		const match = file.match( /^(\d+)\.(js|css)$/ );
		return match && new RegExp( `\\b${ match[ 1 ] }\\b` ).test( entry );
	} );
}

const kb = ( bytes ) => ( bytes / 1024 ).toFixed( 1 ).padStart( 8 );
const entry = readFileSync( path.join( DIR, 'index.js' ), 'utf8' );
const files = [
	[ 'index.js', 'entry script' ],
	...chunksOf( entry )
		.filter( ( file ) => file.endsWith( '.js' ) )
		.map( ( file ) => [ file, 'loaded on demand' ] ),
	[ 'index.css', 'entry styles' ],
	...chunksOf( entry )
		.filter( ( file ) => file.endsWith( '.css' ) )
		.map( ( file ) => [ file, 'styles on demand' ] ),
].filter( ( [ file ] ) => existsSync( path.join( DIR, file ) ) );

const JSON_OUT = process.argv.includes( '--json' );
if ( JSON_OUT ) {
	const rows = files.map( ( [ file, what ] ) => {
		const bytes = readFileSync( path.join( DIR, file ) );
		return {
			file: `build/admin/${ file }`,
			what,
			raw: bytes.length,
			gzip: gzipSync( bytes, { level: 9 } ).length,
		};
	} );
	const scripts = rows
		.filter( ( row ) => row.file.endsWith( '.js' ) )
		.reduce( ( sum, row ) => sum + row.gzip, 0 );
	process.stdout.write(
		JSON.stringify(
			{
				files: rows,
				scriptsGzip: scripts,
				budgetKB: BUDGET_KB,
				withinAim: scripts / 1024 <= BUDGET_KB,
			},
			null,
			'\t'
		) + '\n'
	);
	process.exit( 0 );
}

let rawTotal = 0;
let gzipTotal = 0;
let scriptGzip = 0;
console.log(
	'file'.padEnd( 14 ),
	'what'.padEnd( 18 ),
	'     raw KB',
	'  gzip KB'
);
for ( const [ file, what ] of files ) {
	const bytes = readFileSync( path.join( DIR, file ) );
	const gzip = gzipSync( bytes, { level: 9 } ).length;
	rawTotal += bytes.length;
	gzipTotal += gzip;
	if ( file.endsWith( '.js' ) ) {
		scriptGzip += gzip;
	}
	console.log(
		file.padEnd( 14 ),
		what.padEnd( 18 ),
		kb( bytes.length ),
		' ',
		kb( gzip )
	);
}
console.log(
	'total'.padEnd( 14 ),
	''.padEnd( 18 ),
	kb( rawTotal ),
	' ',
	kb( gzipTotal )
);
console.log(
	`\nScripts, gzipped: ${ ( scriptGzip / 1024 ).toFixed(
		1
	) } KB (aim: ≤ ${ BUDGET_KB } KB including DataViews) — ${
		scriptGzip / 1024 <= BUDGET_KB ? 'within the aim' : 'over the aim'
	}`
);
const asset = path.join( DIR, 'index.asset.php' );
if ( existsSync( asset ) ) {
	const deps = readFileSync( asset, 'utf8' ).match(
		/'dependencies' => array\(([^)]*)\)/
	);
	console.log(
		`From WordPress: ${ deps ? deps[ 1 ].replace( /'/g, '' ) : '?' }`
	);
}
