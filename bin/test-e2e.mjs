#!/usr/bin/env node
/**
 * End-to-end tests: a fresh WordPress site on native PHP and MariaDB (loopback only)
 * with the plugin active, Playwright in Debian's Chromium, then a check that the run
 * left no PHP errors from the plugin in the site's logs.
 *
 * Usage: npm run test:e2e [-- <playwright arguments>]
 * Environment: WP_VERSION (release line; default the newest, 7.1).
 * Ports: MENTORSHIP_E2E_PORT (site, 8889), MENTORSHIP_E2E_DB_PORT (database, 3416).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { startMariaDB } from './lib/mariadb.mjs';
import { ensureSystem } from './lib/system.mjs';
import { CACHE, ROOT, info, runLive, waitFor } from './lib/util.mjs';
import { createSite, readLog, serveSite, wpVersion } from './lib/wordpress.mjs';

const built = [
	'build/admin/index.js',
	'build/admin/index.asset.php',
	'build/blocks/blocks-manifest.php',
].every( ( file ) => existsSync( path.join( ROOT, file ) ) );

/**
 * Log lines that come from this plugin: its folder name, its namespace, or a path
 * inside this checkout (PHP reports the plugin's real path, not the symlink in the
 * site) that is not the provisioned WordPress under .cache.
 *
 * @param {string} line One log line.
 * @return {boolean} Whether the line is about the plugin.
 */
function aboutThePlugin( line ) {
	if ( /mentorship-program|Mentorship_Program\\/i.test( line ) ) {
		return true;
	}
	const inCheckout = line.includes( `${ ROOT }/` );
	const inCache = line.includes( `${ CACHE }/` );
	return inCheckout && ! inCache;
}

ensureSystem( [ 'php', 'database', 'browser' ] );

if ( ! built ) {
	info( 'No build yet: building the blocks and the admin app' );
	if ( ( await runLive( 'npm', [ 'run', 'build' ] ) ) !== 0 ) {
		process.stderr.write(
			'\n✖ The build failed, so the browser tests cannot run.\n'
		);
		process.exit( 1 );
	}
}

const dbPort = Number( process.env.MENTORSHIP_E2E_DB_PORT || 3416 );
const sitePort = Number( process.env.MENTORSHIP_E2E_PORT || 8889 );
const url = `http://127.0.0.1:${ sitePort }`;

/**
 * Ids of the PHP server processes serving this site, workers included: with
 * PHP_CLI_SERVER_WORKERS the workers outlive their parent when it is stopped.
 *
 * @param {string} dir  Site folder.
 * @param {number} port Port it is served on.
 * @return {number[]} Process ids.
 */
function siteServerPids( dir, port ) {
	const pids = [];
	for ( const entry of readdirSync( '/proc' ) ) {
		if ( ! /^\d+$/.test( entry ) || Number( entry ) === process.pid ) {
			continue;
		}
		let args;
		try {
			args = readFileSync( `/proc/${ entry }/cmdline`, 'utf8' ).split(
				'\0'
			);
		} catch {
			continue;
		}
		const served = args.indexOf( '-S' );
		const docroot = args.indexOf( '-t' );
		if (
			served > -1 &&
			args[ served + 1 ] === `127.0.0.1:${ port }` &&
			docroot > -1 &&
			args[ docroot + 1 ] === dir
		) {
			pids.push( Number( entry ) );
		}
	}
	return pids;
}

async function stopSiteServers( dir, port ) {
	const signal = ( name ) => {
		for ( const pid of siteServerPids( dir, port ) ) {
			try {
				process.kill( pid, name );
			} catch {
				// Already gone.
			}
		}
	};
	signal( 'SIGTERM' );
	const gone = await waitFor( () => ! siteServerPids( dir, port ).length, {
		timeout: 5000,
	} );
	if ( ! gone ) {
		signal( 'SIGKILL' );
	}
}

let db;
let server;
let site;
let interrupted = false;
const stopAll = async () => {
	if ( server ) {
		await server.stop();
		server = undefined;
	}
	if ( site ) {
		await stopSiteServers( site.dir, sitePort );
	}
	if ( db ) {
		await db.stop();
		db = undefined;
	}
};
// If a helper exits the process on a failure, do not leave the servers behind.
process.on( 'exit', () => {
	db?.process?.kill( 'SIGTERM' );
	if ( site ) {
		for ( const pid of siteServerPids( site.dir, sitePort ) ) {
			try {
				process.kill( pid, 'SIGTERM' );
			} catch {
				// Already gone.
			}
		}
	}
} );
for ( const signal of [ 'SIGINT', 'SIGTERM' ] ) {
	process.on( signal, () => {
		interrupted = true;
	} );
}

let code = 1;
try {
	db = await startMariaDB( { name: 'mariadb-e2e', port: dbPort } );
	const version = wpVersion();
	info( `Installing the e2e site on WordPress ${ version } at ${ url }` );
	site = createSite( { name: `e2e-${ version }`, db, url, version } );
	server = await serveSite( { dir: site.dir, port: sitePort, workers: 4 } );
	if ( ! interrupted ) {
		code = await runLive(
			path.join( ROOT, 'node_modules/.bin/playwright' ),
			[
				'test',
				'--config',
				path.join( ROOT, 'playwright.config.ts' ),
				...process.argv.slice( 2 ),
			],
			{
				env: {
					WP_BASE_URL: url,
					WP_USERNAME: 'admin',
					WP_PASSWORD: 'password',
					MENTORSHIP_E2E_SITE_DIR: site.dir,
					STORAGE_STATE_PATH: path.join(
						CACHE,
						'e2e/storage-states/admin.json'
					),
				},
			}
		);
	}
} finally {
	await stopAll();
}

// The plugin must run without notices, warnings or errors through the whole run.
const logs = [ 'wp-content/debug.log', 'wp-content/php-errors.log' ].map(
	( file ) => path.join( site.dir, file )
);
const pluginLines = [];
let otherLines = 0;
for ( const file of logs ) {
	for ( const line of readLog( file ).split( '\n' ).filter( Boolean ) ) {
		if ( aboutThePlugin( line ) ) {
			pluginLines.push( `${ path.basename( file ) }: ${ line }` );
		} else {
			otherLines++;
		}
	}
}
if ( otherLines ) {
	info(
		`${ otherLines } log line(s) not about the plugin in ${ logs.join(
			', '
		) }`
	);
}
if ( pluginLines.length ) {
	const shown = [ ...new Set( pluginLines ) ].slice( 0, 20 );
	const more = pluginLines.length - shown.length;
	process.stderr.write(
		`\n✖ The site logged ${
			pluginLines.length
		} PHP message(s) from the plugin:\n${ shown.join( '\n' ) }${
			more > 0 ? `\n… and ${ more } more` : ''
		}\n`
	);
	code = code || 1;
}
if ( code !== 0 ) {
	process.stderr.write( '\n✖ End-to-end tests failed.\n' );
	process.exit( code );
}
info( 'End-to-end tests passed, and the logs are clean' );
