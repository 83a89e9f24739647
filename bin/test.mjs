#!/usr/bin/env node
/**
 * Runs every test layer in order and reports each one: lint (JS, CSS, PHP), type
 * check, unit tests, build, PHPUnit (single site and multisite) on every WordPress
 * release line the test bed provisions, browser tests (all of them on the newest
 * release, a subset on the oldest supported one) and, when bin/smoke-start.mjs exists,
 * the `npm start` smoke check. Every step runs even when an earlier one failed; the
 * exit code is non-zero when any step failed.
 *
 * Usage: npm test [-- --only=php,e2e] [-- --skip=e2e] [-- --list]
 * Names: lint-js lint-css lint-php typecheck unit build release phpstan
 *        php-<version> proof e2e-<version> zip smoke
 *        ("lint" stands for the three lint steps, "php" and "e2e" for every version).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { ROOT, runLive } from './lib/util.mjs';
import { wpVersions } from './lib/wordpress.mjs';

const bin = ( name ) => path.join( ROOT, 'node_modules/.bin', name );
const ci = !! process.env.CI && process.env.CI !== 'false';

// Newest first: it is the release make sites run, so its failures show first.
const versions = [ ...wpVersions() ].reverse();
const latest = versions[ 0 ];

// Browser journeys run on every older release line too: the basics, one applicant's
// and one coordinator's journey. The rest run on the newest release only.
const E2E_ON_EVERY_VERSION = [
	'tests/e2e/plugin-basics.spec.ts',
	'tests/e2e/mentee-applies.spec.ts',
	'tests/e2e/coordinator-runs-cohort.spec.ts',
];

const phpSteps = versions.map( ( version ) => ( {
	name: `php-${ version }`,
	title: `PHPUnit on WordPress ${ version } (single + multisite)`,
	command: process.execPath,
	args: [ 'bin/test-php.mjs' ],
	env: { WP_VERSION: version },
	wordpress: version,
} ) );

const e2eSteps = versions.map( ( version ) => ( {
	name: `e2e-${ version }`,
	title:
		version === latest
			? `Browser tests on WordPress ${ version } (Playwright)`
			: `Browser tests on WordPress ${ version }: basics, an applicant, a coordinator`,
	command: process.execPath,
	args: [
		'bin/test-e2e.mjs',
		...( version === latest ? [] : E2E_ON_EVERY_VERSION ),
	],
	env: { WP_VERSION: version },
	wordpress: version,
} ) );

const STEPS = [
	{
		name: 'lint-js',
		title: 'Lint JS/TS (ESLint + Prettier)',
		command: bin( 'wp-scripts' ),
		// --ext adds .mjs: the command-line scripts in bin/ are ES modules.
		args: [
			'lint-js',
			'--ext',
			'js,jsx,ts,tsx,mjs',
			'blocks',
			'src',
			'tests/e2e',
			'tests/release',
			'bin',
			'playwright.config.ts',
			'jest.config.js',
		],
	},
	{
		name: 'lint-css',
		title: 'Lint styles (Stylelint)',
		command: bin( 'wp-scripts' ),
		args: [
			'lint-style',
			'--allow-empty-input',
			'blocks/**/*.scss',
			'src/**/*.scss',
		],
	},
	{
		name: 'lint-php',
		title: 'Lint PHP (php -l + PHPCS)',
		command: process.execPath,
		args: [ 'bin/lint-php.mjs' ],
	},
	{
		name: 'typecheck',
		title: 'Type check (tsc)',
		command: bin( 'tsc' ),
		args: [ '--noEmit', '--pretty' ],
	},
	{
		name: 'unit',
		title: 'Unit tests (jest)',
		command: bin( 'wp-scripts' ),
		args: [ 'test-unit-js', ...( ci ? [ '--ci' ] : [] ) ],
	},
	{
		name: 'build',
		title: 'Build (wp-scripts)',
		command: 'npm',
		args: [ 'run', 'build' ],
	},
	{
		name: 'release',
		title: 'Release checks (readme, Plugin Check rules, translations)',
		command: process.execPath,
		args: [ 'bin/test-release.mjs' ],
	},
	{
		name: 'phpstan',
		title: 'Static analysis (PHPStan)',
		command: process.execPath,
		args: [ 'bin/test-release.mjs', 'phpstan' ],
	},
	...phpSteps,
	{
		name: 'proof',
		wordpress: latest,
		title: 'Load, faults, fuzzing and leak probe',
		command: process.execPath,
		args: [ 'bin/test-proof.mjs' ],
	},
	...e2eSteps,
	{
		name: 'zip',
		wordpress: latest,
		title: 'Release zip installs on a fresh site',
		command: process.execPath,
		args: [ 'bin/test-zip.mjs' ],
	},
	{
		name: 'smoke',
		wordpress: latest,
		title: 'npm start smoke check',
		command: process.execPath,
		args: [ 'bin/smoke-start.mjs' ],
		when: () => existsSync( path.join( ROOT, 'bin/smoke-start.mjs' ) ),
	},
];

const GROUPS = {
	lint: [ 'lint-js', 'lint-css', 'lint-php' ],
	jest: [ 'unit' ],
	php: phpSteps.map( ( step ) => step.name ),
	e2e: e2eSteps.map( ( step ) => step.name ),
};

/**
 * Step names from a comma-separated option value, groups expanded.
 *
 * @param {string} value e.g. "lint,php".
 * @return {string[]} Step names.
 */
function names( value ) {
	const list = value
		.split( ',' )
		.map( ( name ) => name.trim() )
		.filter( Boolean )
		.flatMap( ( name ) => GROUPS[ name ] || [ name ] );
	const unknown = list.filter(
		( name ) => ! STEPS.some( ( step ) => step.name === name )
	);
	if ( unknown.length ) {
		process.stderr.write(
			`✖ Unknown step(s): ${ unknown.join( ', ' ) }. Steps: ${ STEPS.map(
				( step ) => step.name
			).join( ' ' ) } (or "lint").\n`
		);
		process.exit( 2 );
	}
	return list;
}

const option = ( key ) => {
	const prefix = `--${ key }=`;
	const found = process.argv
		.slice( 2 )
		.find( ( arg ) => arg.startsWith( prefix ) );
	return found ? found.slice( prefix.length ) : undefined;
};

if ( process.argv.includes( '--list' ) ) {
	for ( const step of STEPS ) {
		process.stdout.write( `${ step.name.padEnd( 10 ) } ${ step.title }\n` );
	}
	process.exit( 0 );
}

const only = option( 'only' );
const skip = option( 'skip' );
const selected = STEPS.filter(
	( step ) =>
		( ! only || names( only ).includes( step.name ) ) &&
		( ! skip || ! names( skip ).includes( step.name ) )
);

let interrupted = false;
for ( const signal of [ 'SIGINT', 'SIGTERM' ] ) {
	process.on( signal, () => {
		interrupted = true;
	} );
}

const results = [];
for ( const step of selected ) {
	if ( interrupted ) {
		results.push( { step, status: 'skipped', seconds: 0 } );
		continue;
	}
	if ( step.when && ! step.when() ) {
		results.push( { step, status: 'skipped', seconds: 0 } );
		continue;
	}
	process.stdout.write(
		`\n━━ ${ step.title } ━━ ${ [ step.command, ...step.args ]
			.map( ( part ) => path.relative( ROOT, part ) || part )
			.join( ' ' ) }\n`
	);
	const started = Date.now();
	const code = await runLive( step.command, step.args, {
		env: step.env,
	} );
	const seconds = ( Date.now() - started ) / 1000;
	results.push( { step, status: code === 0 ? 'passed' : 'failed', seconds } );
}

const passed = results.filter(
	( result ) => result.status === 'passed'
).length;
const failed = results.filter(
	( result ) => result.status === 'failed'
).length;
const width = Math.max(
	...results.map( ( result ) => result.step.name.length ),
	4
);
// The WordPress column names the release each site-backed step ran on.
const lines = [
	'',
	`${ 'step'.padEnd( width ) }  ${ 'status'.padEnd(
		7
	) }  wordpress  seconds`,
	`${ '-'.repeat( width ) }  -------  ---------  -------`,
	...results.map(
		( { step, status, seconds } ) =>
			`${ step.name.padEnd( width ) }  ${ status.padEnd( 7 ) }  ${ (
				step.wordpress || '-'
			).padEnd( 9 ) }  ${ seconds.toFixed( 1 ).padStart( 7 ) }`
	),
	'',
	`Summary: ${ passed } passed, ${ failed } failed`,
	'',
];
process.stdout.write( lines.join( '\n' ) );
process.exit( failed || interrupted ? 1 : 0 );
