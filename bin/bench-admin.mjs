#!/usr/bin/env node
/**
 * Weighs the admin app's own build, raw and gzipped: the entry script and styles, each
 * lazily loaded chunk, and what each screen needs on a first visit (the entry plus the
 * chunks that screen loads, as build/admin/chunks.php lists them). WordPress packages
 * are not counted: the page gets them from WordPress itself.
 *
 * Aims: the Dashboard's first load ≤ 100 KB of gzipped script; no screen (entry and
 * its chunks) above 250 KB.
 *
 * Usage: npm run build && node bin/bench-admin.mjs [--dashboard-budget=100] [--budget=250] [--json]
 * A benchmark, not a test: it prints and exits 0 unless the build is missing.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const ROOT = path.resolve(
	path.dirname( fileURLToPath( import.meta.url ) ),
	'..'
);
const DIR = path.join( ROOT, 'build/admin' );
const arg = ( name, fallback ) => {
	const found = process.argv.find( ( a ) => a.startsWith( `--${ name }=` ) );
	return found ? Number( found.split( '=' )[ 1 ] ) : fallback;
};
const SCREEN_BUDGET_KB = arg( 'budget', 250 );
const DASHBOARD_BUDGET_KB = arg( 'dashboard-budget', 100 );

for ( const file of [ 'index.js', 'chunks.php' ] ) {
	if ( ! existsSync( path.join( DIR, file ) ) ) {
		process.stderr.write(
			`✖ No build/admin/${ file }: run \`npm run build\` first.\n`
		);
		process.exit( 1 );
	}
}

// The list of chunks is the PHP file the server reads too: one source for both.
const listed = spawnSync(
	'php',
	[
		'-r',
		"define( 'ABSPATH', '/' ); echo json_encode( require $argv[1] );",
		path.join( DIR, 'chunks.php' ),
	],
	{ encoding: 'utf8' }
);
if ( listed.status !== 0 ) {
	process.stderr.write(
		`✖ Could not read build/admin/chunks.php with PHP: ${
			listed.stderr || listed.error?.message
		}\n`
	);
	process.exit( 1 );
}
/** @type {{files: string[], screens: Object<string, string[]>}} */
const chunks = JSON.parse( listed.stdout );

const weigh = ( file ) => {
	const bytes = readFileSync( path.join( DIR, file ) );
	return { raw: bytes.length, gzip: gzipSync( bytes, { level: 9 } ).length };
};
const size = Object.fromEntries(
	[ 'index.js', 'index.css', ...chunks.files ]
		.filter( ( file ) => existsSync( path.join( DIR, file ) ) )
		.map( ( file ) => [ file, weigh( file ) ] )
);
const screenOf = ( file ) =>
	Object.keys( chunks.screens ).filter( ( screen ) =>
		chunks.screens[ screen ].includes( file )
	);

const files = [
	[ 'index.js', 'entry script' ],
	[ 'index.css', 'entry styles (all screens)' ],
	...chunks.files.map( ( file ) => [
		file,
		`chunk: ${ screenOf( file ).join( ', ' ) }`,
	] ),
]
	.filter( ( [ file ] ) => size[ file ] )
	.map( ( [ file, what ] ) => ( {
		file: `build/admin/${ file }`,
		what,
		...size[ file ],
	} ) );

const sum = ( list, key ) =>
	list.reduce( ( total, file ) => total + ( size[ file ]?.[ key ] ?? 0 ), 0 );
const screens = Object.keys( chunks.screens )
	.sort()
	.map( ( screen ) => {
		const loaded = [ 'index.js', ...chunks.screens[ screen ] ];
		return {
			screen,
			files: loaded,
			raw: sum( loaded, 'raw' ),
			gzip: sum( loaded, 'gzip' ),
		};
	} );
const dashboard = screens.find( ( s ) => s.screen === 'dashboard' );
const largest = screens.reduce( ( a, b ) => ( b.gzip > a.gzip ? b : a ) );
const allScripts = sum( [ 'index.js', ...chunks.files ], 'gzip' );
const kbOf = ( bytes ) => bytes / 1024;
const dashboardWithinAim = kbOf( dashboard.gzip ) <= DASHBOARD_BUDGET_KB;
const largestWithinAim = kbOf( largest.gzip ) <= SCREEN_BUDGET_KB;

if ( process.argv.includes( '--json' ) ) {
	process.stdout.write(
		JSON.stringify(
			{
				files,
				screens,
				scriptsGzip: allScripts,
				dashboardFirstLoadGzip: dashboard.gzip,
				largestScreen: { screen: largest.screen, gzip: largest.gzip },
				dashboardBudgetKB: DASHBOARD_BUDGET_KB,
				budgetKB: SCREEN_BUDGET_KB,
				dashboardWithinAim,
				largestWithinAim,
				withinAim: dashboardWithinAim && largestWithinAim,
			},
			null,
			'\t'
		) + '\n'
	);
	process.exit( 0 );
}

const kb = ( bytes ) => kbOf( bytes ).toFixed( 1 ).padStart( 9 );
const width = Math.max( ...files.map( ( f ) => f.file.length ) ) + 2;
console.log( 'file'.padEnd( width ), '   raw KB', '  gzip KB', '  what' );
for ( const f of files ) {
	console.log(
		f.file.padEnd( width ),
		kb( f.raw ),
		kb( f.gzip ),
		' ',
		f.what
	);
}
console.log(
	`\nAll scripts together, gzipped: ${ kbOf( allScripts ).toFixed( 1 ) } KB`
);
console.log( '\nFirst visit of each screen (entry + its chunks), scripts:' );
for ( const s of screens ) {
	console.log(
		`  ${ s.screen.padEnd( 14 ) }${ kb( s.raw ) } KB raw ${ kb(
			s.gzip
		) } KB gzipped`
	);
}
const verdict = ( ok ) => ( ok ? 'met' : 'NOT met' );
console.log(
	`\nDashboard first load: ${ kbOf( dashboard.gzip ).toFixed(
		1
	) } KB gzipped (aim ≤ ${ DASHBOARD_BUDGET_KB } KB) — ${ verdict(
		dashboardWithinAim
	) }`
);
console.log(
	`Largest screen: ${ largest.screen }, ${ kbOf( largest.gzip ).toFixed(
		1
	) } KB gzipped (aim ≤ ${ SCREEN_BUDGET_KB } KB) — ${ verdict(
		largestWithinAim
	) }`
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
