#!/usr/bin/env node
/**
 * `npm run test:zip`: the release zip installs and works on a fresh WordPress.
 *
 * 1. Builds dist/mentorship-program.zip (`npm run plugin-zip`; the existing build is
 *    reused when there is one, as `npm test` builds just before) and checks what it
 *    holds: one `mentorship-program/` folder, what a site needs, no sources or tools.
 * 2. Makes a second site with no plugin in it (its own database server on port 3436),
 *    serves it on http://127.0.0.1:8898 and runs tests/e2e/plugin-zip-installs.spec.ts:
 *    upload, install and activate through wp-admin, a visitor applies, right-to-left.
 * 3. Checks the installed copy: a real folder (not a link to this checkout), block
 *    scripts set up for translations, and no PHP messages from the plugin in the logs.
 * 4. Runs `wp mentorship …` on it with WP-CLI (installed with Composer into
 *    .cache/wp-cli): import, export, move, match, seed-demo.
 *
 * Usage: npm run test:zip [-- --build] [-- <playwright arguments>]
 * Ports: MENTORSHIP_ZIP_PORT (site, 8898), MENTORSHIP_ZIP_DB_PORT (database, 3436).
 */
import { spawnSync } from 'node:child_process';
import {
	existsSync,
	lstatSync,
	mkdirSync,
	readFileSync,
	readdirSync,
	writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { startMariaDB } from './lib/mariadb.mjs';
import { ensureSystem } from './lib/system.mjs';
import { CACHE, ROOT, info, runLive, waitFor } from './lib/util.mjs';
import { createSite, readLog, serveSite, sitePhp } from './lib/wordpress.mjs';
import { REQUIRED, SLUG, makeZip } from './plugin-zip.mjs';

const args = process.argv.slice( 2 );
const forceBuild = args.includes( '--build' );
const playwrightArgs = args.filter( ( arg ) => arg !== '--build' );
const dbPort = Number( process.env.MENTORSHIP_ZIP_DB_PORT || 3436 );
const sitePort = Number( process.env.MENTORSHIP_ZIP_PORT || 8898 );
const url = `http://127.0.0.1:${ sitePort }`;
const failures = [];

ensureSystem( [ 'php', 'database', 'browser', 'tools' ] );

// 1. The zip and what it holds.
const built = existsSync(
	path.join( ROOT, 'build/blocks/blocks-manifest.php' )
);
const zip = await makeZip( { build: forceBuild || ! built } );
const listing = spawnSync( 'unzip', [ '-Z1', zip ], { encoding: 'utf8' } );
if ( listing.status !== 0 ) {
	failures.push( `unzip could not read ${ zip }: ${ listing.stderr }` );
} else {
	const entries = listing.stdout.split( '\n' ).filter( Boolean );
	const outside = entries.filter( ( e ) => ! e.startsWith( `${ SLUG }/` ) );
	const forbidden = entries.filter( ( e ) =>
		/(^|\/)(src|bin|tests?|node_modules|vendor|\.cache|\.git|\.github|\.wordpress-org)\/|\.(tsx?|scss|mjs|map|neon|dist|lock|sh)$|(^|\/)(package(-lock)?\.json|composer\.json|phpcs\.xml\.dist|phpunit\.xml\.dist|playwright\.config\.ts|tsconfig\.json|webpack\.config\.js|blueprint\.json|README\.md)$/.test(
			e.slice( SLUG.length + 1 )
		)
	);
	const blockSources = entries.filter( ( e ) =>
		e.startsWith( `${ SLUG }/blocks/` )
	);
	const missing = REQUIRED.filter(
		( file ) => ! entries.includes( `${ SLUG }/${ file }` )
	);
	for ( const [ what, list ] of [
		[ 'outside the mentorship-program/ folder', outside ],
		[ 'development files', forbidden ],
		[ 'block sources (the build has what runs)', blockSources ],
		[ 'missing', missing ],
	] ) {
		if ( list.length ) {
			failures.push(
				`Zip: ${ what }: ${ list.slice( 0, 10 ).join( ', ' ) }`
			);
		}
	}
	info( `The zip holds ${ entries.length } entries under ${ SLUG }/` );
}

/**
 * PHP's additional ini folder, plus one of ours that lifts the upload limit, so a
 * larger zip still uploads (the limit is 2 MB by default).
 *
 * @return {string} PHP_INI_SCAN_DIR value.
 */
function iniScanDir() {
	const ini = spawnSync( 'php', [ '--ini' ], { encoding: 'utf8' } ).stdout;
	const scan = ( ini.match( /Scan for additional \.ini files in:\s*(\S+)/ ) ||
		[] )[ 1 ];
	const dir = path.join( CACHE, 'zip-php-ini' );
	mkdirSync( dir, { recursive: true } );
	writeFileSync(
		path.join( dir, 'zz-uploads.ini' ),
		'upload_max_filesize = 64M\npost_max_size = 64M\n'
	);
	return scan && scan !== '(none)' ? `${ scan }:${ dir }` : dir;
}

/**
 * Ids of PHP server processes serving the site, workers included.
 *
 * @param {string} dir Site folder.
 * @return {number[]} Process ids.
 */
function siteServerPids( dir ) {
	const pids = [];
	for ( const entry of readdirSync( '/proc' ) ) {
		if ( ! /^\d+$/.test( entry ) || Number( entry ) === process.pid ) {
			continue;
		}
		let cmd;
		try {
			cmd = readFileSync( `/proc/${ entry }/cmdline`, 'utf8' ).split(
				'\0'
			);
		} catch {
			continue;
		}
		const s = cmd.indexOf( '-S' );
		const t = cmd.indexOf( '-t' );
		if (
			s > -1 &&
			cmd[ s + 1 ] === `127.0.0.1:${ sitePort }` &&
			t > -1 &&
			cmd[ t + 1 ] === dir
		) {
			pids.push( Number( entry ) );
		}
	}
	return pids;
}

/**
 * WP-CLI from Composer in .cache/wp-cli, for a real run of `wp mentorship`. The
 * Composer mirror holds Mustache 2.13 only, which WP-CLI 2.11 accepts as 2.14.
 *
 * @return {string|null} Path of WP-CLI's boot file, or null when it cannot be had.
 */
function ensureWpCli() {
	const dir = path.join( CACHE, 'wp-cli' );
	const boot = path.join( dir, 'vendor/wp-cli/wp-cli/php/boot-fs.php' );
	if ( existsSync( boot ) ) {
		return boot;
	}
	mkdirSync( dir, { recursive: true } );
	writeFileSync(
		path.join( dir, 'composer.json' ),
		JSON.stringify( {
			require: {
				'wp-cli/wp-cli': '2.11.0',
				'mustache/mustache': '2.13.0 as 2.14.1',
			},
		} )
	);
	info( 'Installing WP-CLI with Composer into .cache/wp-cli' );
	const result = spawnSync(
		'composer',
		[ 'install', '--no-interaction', '--no-progress', '--prefer-dist' ],
		{
			cwd: dir,
			encoding: 'utf8',
			env: { ...process.env, COMPOSER_NO_AUDIT: '1' },
		}
	);
	return result.status === 0 && existsSync( boot ) ? boot : null;
}

/**
 * Runs `wp` on the site.
 *
 * @param {string}   boot WP-CLI boot file.
 * @param {string}   dir  Site folder.
 * @param {string[]} argv Command and options.
 * @return {{status: number, out: string}} Exit code and output.
 */
function wp( boot, dir, argv ) {
	const result = spawnSync(
		'php',
		[
			'-d',
			'error_reporting=E_ALL&~E_DEPRECATED',
			boot,
			`--path=${ dir }`,
			// This harness runs as root on CI machines; WP-CLI refuses that unless told.
			...( process.getuid?.() === 0 ? [ '--allow-root' ] : [] ),
			...argv,
		],
		{ encoding: 'utf8', cwd: dir }
	);
	return {
		status: result.status ?? 1,
		out: `${ result.stdout }${ result.stderr }`,
	};
}

/**
 * `wp mentorship` on the site installed from the zip: import (dry run, then for real,
 * with a bad row), export, move (legal and illegal), match and seed-demo.
 *
 * @param {string} dir Site folder.
 * @return {string[]} Failures.
 */
function checkCommands( dir ) {
	const boot = ensureWpCli();
	if ( ! boot ) {
		info(
			'WP-CLI could not be installed from Composer: command test skipped'
		);
		return [];
	}
	const problems = [];
	const expectRun = ( argv, status, pattern ) => {
		const result = wp( boot, dir, argv );
		if ( result.status !== status || ! pattern.test( result.out ) ) {
			problems.push(
				`wp ${ argv.join( ' ' ) } exited ${
					result.status
				} (expected ${ status }, output matching ${ pattern }): ${ result.out.trim() }`
			);
		}
		return result;
	};
	const csv = path.join( dir, 'import.csv' );
	writeFileSync(
		csv,
		[
			'Timestamp,Full name,Email address,Time zone,Languages,Experience,What are your goals?,Hours per week,Preferred format,Code of conduct,Privacy notice',
			'2024-01-01,Ana Import,ana.import@example.org,Europe/Lisbon,"pt, en",new,Find a team.,3,any,Yes,Yes',
			'2024-01-02,Ben Import,ben.import@example.org,Africa/Lagos,en,user,Write docs.,5,one-to-one,Yes,Yes',
			'2024-01-03,Bad Zone,bad.zone@example.org,Mars/Olympus,en,user,Oops.,2,any,Yes,Yes',
		].join( '\n' ) + '\n'
	);
	expectRun(
		[ 'mentorship', 'import', csv, '--dry-run' ],
		0,
		/Line 4, timezone:[\s\S]*Dry run: 2 row\(s\) would be imported, 1 have errors/
	);
	expectRun(
		[ 'mentorship', 'import', csv ],
		0,
		/Imported 2 application\(s\) into cohort \d+; 1 row\(s\) skipped/
	);
	const out = path.join( dir, 'export.csv' );
	expectRun(
		[ 'mentorship', 'export', `--file=${ out }`, '--search=import' ],
		0,
		/Exported 2 applications/
	);
	const rows = existsSync( out )
		? readFileSync( out, 'utf8' ).trim().split( '\n' )
		: [];
	if ( rows.length !== 3 || ! /^id,type,stage,cohort/.test( rows[ 0 ] ) ) {
		problems.push(
			`The export has ${ rows.length } lines, not a heading and 2 rows`
		);
	} else {
		const [ id, , , cohort ] = rows[ 1 ].split( ',' );
		expectRun(
			[
				'mentorship',
				'move',
				id,
				'in_review',
				'--note=From the command line',
			],
			0,
			/is now: In review/
		);
		expectRun(
			[ 'mentorship', 'move', id, 'placed' ],
			1,
			/cannot move[\s\S]*Allowed:/
		);
		expectRun(
			[ 'mentorship', 'match', cohort ],
			0,
			/pair\(s\) proposed[\s\S]*Nothing changed/
		);
	}
	expectRun( [ 'mentorship', 'seed-demo' ], 0, /Demo content created/ );
	if ( ! problems.length ) {
		info(
			'wp mentorship import, export, move, match and seed-demo work on the installed zip'
		);
	}
	return problems;
}

let db;
let server;
let site;
const stopAll = async () => {
	if ( server ) {
		await server.stop();
		server = undefined;
	}
	if ( site ) {
		for ( const pid of siteServerPids( site.dir ) ) {
			try {
				process.kill( pid, 'SIGTERM' );
			} catch {
				// Already gone.
			}
		}
		await waitFor( () => ! siteServerPids( site.dir ).length, {
			timeout: 5000,
		} );
	}
	if ( db ) {
		await db.stop();
		db = undefined;
	}
};
process.on( 'exit', () => {
	db?.process?.kill( 'SIGTERM' );
	if ( site ) {
		for ( const pid of siteServerPids( site.dir ) ) {
			try {
				process.kill( pid, 'SIGTERM' );
			} catch {
				// Already gone.
			}
		}
	}
} );
let interrupted = false;
for ( const signal of [ 'SIGINT', 'SIGTERM' ] ) {
	process.on( signal, () => {
		interrupted = true;
	} );
}

// 2. A fresh site, and the browser test.
let code = 1;
try {
	db = await startMariaDB( { name: 'mariadb-zip', port: dbPort } );
	info( `Installing a fresh site with no plugin at ${ url }` );
	site = createSite( { name: 'zip', db, url, pluginDir: null } );
	process.env.PHP_INI_SCAN_DIR = iniScanDir();
	server = await serveSite( { dir: site.dir, port: sitePort, workers: 2 } );
	if ( ! interrupted ) {
		code = await runLive(
			path.join( ROOT, 'node_modules/.bin/playwright' ),
			[
				'test',
				'--config',
				path.join( ROOT, 'playwright.config.ts' ),
				'tests/e2e/plugin-zip-installs.spec.ts',
				...playwrightArgs,
			],
			{
				env: {
					WP_BASE_URL: url,
					WP_USERNAME: 'admin',
					WP_PASSWORD: 'password',
					STORAGE_STATE_PATH: path.join(
						CACHE,
						'e2e/storage-states/zip-admin.json'
					),
					MENTORSHIP_ZIP_FILE: zip,
					MENTORSHIP_ZIP_SITE_DIR: site.dir,
				},
			}
		);
	}
	if ( code !== 0 ) {
		failures.push( 'The browser test of the installed zip failed.' );
	}

	// 3. The installed copy.
	const installed = path.join( site.dir, 'wp-content/plugins', SLUG );
	if (
		! existsSync( installed ) ||
		lstatSync( installed ).isSymbolicLink()
	) {
		failures.push( `${ installed } is not a real folder from the zip.` );
	} else if ( code === 0 ) {
		const report = JSON.parse(
			sitePhp(
				site.dir,
				`
				$blocks = array();
				foreach ( WP_Block_Type_Registry::get_instance()->get_all_registered() as $name => $type ) {
					if ( 0 !== strpos( $name, 'mentorship-program/' ) ) {
						continue;
					}
					foreach ( $type->editor_script_handles as $handle ) {
						$script = wp_scripts()->query( $handle );
						$blocks[ $handle ] = $script ? (string) $script->textdomain : 'unregistered';
					}
				}
				echo "\\n" . wp_json_encode(
					array(
						'active' => in_array( 'mentorship-program/mentorship-program.php', (array) get_option( 'active_plugins' ), true ),
						'dir'    => MENTORSHIP_PROGRAM_DIR,
						'blocks' => $blocks,
					)
				);
				`
			)
				.trim()
				.split( '\n' )
				.pop()
		);
		if ( ! report.active ) {
			failures.push( 'The plugin is not active after the browser test.' );
		}
		if ( path.resolve( report.dir ) !== installed ) {
			failures.push(
				`The site runs the plugin from ${ report.dir }, not from the zip.`
			);
		}
		const untranslated = Object.entries( report.blocks ).filter(
			( [ , domain ] ) => domain !== SLUG
		);
		if ( ! Object.keys( report.blocks ).length ) {
			failures.push( 'No block editor scripts were registered.' );
		}
		if ( untranslated.length ) {
			failures.push(
				`Block editor scripts without translations: ${ untranslated
					.map(
						( [ handle, domain ] ) => `${ handle } (${ domain })`
					)
					.join( ', ' ) }`
			);
		}
		info(
			`Installed from the zip in ${ path.relative( ROOT, installed ) }; ${
				Object.keys( report.blocks ).length
			} block editor scripts load translations`
		);
	}
	if ( code === 0 ) {
		failures.push( ...checkCommands( site.dir ) );
	}
} catch ( error ) {
	failures.push( error.message );
} finally {
	await stopAll();
}

if ( site ) {
	const lines = [ 'wp-content/debug.log', 'wp-content/php-errors.log' ]
		.flatMap( ( file ) =>
			readLog( path.join( site.dir, file ) ).split( '\n' )
		)
		.filter( ( line ) =>
			/plugins\/mentorship-program\/|Mentorship_Program\\/.test( line )
		);
	if ( lines.length ) {
		failures.push(
			`The site logged ${
				lines.length
			} PHP message(s) from the plugin:\n${ [ ...new Set( lines ) ]
				.slice( 0, 10 )
				.join( '\n' ) }`
		);
	}
}

if ( failures.length ) {
	process.stderr.write( `\n✖ ${ failures.join( '\n✖ ' ) }\n` );
	process.exit( 1 );
}
info( 'The release zip installs, activates and takes an application' );
