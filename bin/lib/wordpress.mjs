/**
 * WordPress core and sites for tests and benchmarks on native PHP.
 */
import { spawn } from 'node:child_process';
import {
	cpSync,
	existsSync,
	mkdirSync,
	readFileSync,
	rmSync,
	symlinkSync,
	writeFileSync,
	openSync,
} from 'node:fs';
import path from 'node:path';
import { CACHE, ROOT, fail, info, portInUse, run, waitFor } from './util.mjs';

/**
 * The WordPress release lines the test bed provisions, oldest first (the minimum the
 * plugin supports, then the newest release). bin/provision-wp.sh is their one home.
 *
 * @return {string[]} e.g. [ '6.8', '7.1' ].
 */
export function wpVersions() {
	const result = run( 'bash', [
		path.join( ROOT, 'bin/provision-wp.sh' ),
		'--versions',
	] );
	const list = result.stdout.trim().split( /\s+/ ).filter( Boolean );
	if ( result.status !== 0 || ! list.length ) {
		fail( 'bin/provision-wp.sh --versions printed no WordPress versions.' );
	}
	return list;
}

/**
 * The release line a command works on: WP_VERSION when set, else the newest.
 *
 * @return {string} e.g. '7.1'.
 */
export function wpVersion() {
	const versions = wpVersions();
	const wanted = process.env.WP_VERSION || versions[ versions.length - 1 ];
	if ( ! versions.includes( wanted ) ) {
		fail(
			`WP_VERSION=${ wanted } is not one of: ${ versions.join( ', ' ) }.`
		);
	}
	return wanted;
}

/**
 * Provisions one WordPress release line; returns its folder.
 *
 * @param {string} version Release line (defaults to wpVersion()).
 */
export function provisionCore( version = wpVersion() ) {
	const result = run( 'bash', [ path.join( ROOT, 'bin/provision-wp.sh' ) ], {
		env: { WP_VERSION: version },
	} );
	if ( result.status !== 0 ) {
		fail( result.stderr.trim() || 'WordPress could not be provisioned.' );
	}
	return result.stdout.trim().split( '\n' ).pop();
}

/**
 * Makes (or remakes) a site folder: a copy of core, a wp-config.php, the plugin linked in.
 *
 * @param {Object}  options
 * @param {string}  options.name        Site name; also the database name suffix.
 * @param {Object}  options.db          Database from startMariaDB().
 * @param {string}  options.url         Site URL.
 * @param {boolean} options.multisite   Whether to install a network.
 * @param {string}  options.pluginDir   Plugin folder to link in (defaults to this checkout).
 * @param {string}  options.extraConfig PHP lines added to wp-config.php.
 * @param {string}  options.version     WordPress release line (defaults to wpVersion()).
 */
export function createSite( {
	name,
	db,
	url,
	multisite = false,
	pluginDir = ROOT,
	extraConfig = '',
	version = wpVersion(),
} ) {
	const core = provisionCore( version );
	const dir = path.join( CACHE, 'sites', name );
	const dbName = `mentorship_${ name.replace( /[^a-z0-9]/gi, '_' ) }`;
	rmSync( dir, { recursive: true, force: true } );
	mkdirSync( path.dirname( dir ), { recursive: true } );
	cpSync( core, dir, { recursive: true } );
	rmSync( path.join( dir, '.provisioned' ), { force: true } );
	mkdirSync( path.join( dir, 'wp-content/plugins' ), { recursive: true } );
	mkdirSync( path.join( dir, 'wp-content/mu-plugins' ), { recursive: true } );
	mkdirSync( path.join( dir, 'wp-content/uploads' ), { recursive: true } );
	if ( pluginDir ) {
		symlinkSync(
			pluginDir,
			path.join( dir, 'wp-content/plugins/mentorship-program' )
		);
	}
	db.query(
		`DROP DATABASE IF EXISTS \`${ dbName }\`; CREATE DATABASE \`${ dbName }\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;`
	);
	const host = new URL( url );
	writeFileSync(
		path.join( dir, 'wp-config.php' ),
		`<?php
define( 'DB_NAME', '${ dbName }' );
define( 'DB_USER', 'root' );
define( 'DB_PASSWORD', '' );
define( 'DB_HOST', '127.0.0.1:${ db.port }' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );
define( 'AUTH_KEY', '${ name }-auth' );
define( 'SECURE_AUTH_KEY', '${ name }-secure-auth' );
define( 'LOGGED_IN_KEY', '${ name }-logged-in' );
define( 'NONCE_KEY', '${ name }-nonce' );
define( 'AUTH_SALT', '${ name }-auth-salt' );
define( 'SECURE_AUTH_SALT', '${ name }-secure-auth-salt' );
define( 'LOGGED_IN_SALT', '${ name }-logged-in-salt' );
define( 'NONCE_SALT', '${ name }-nonce-salt' );
define( 'WP_DEBUG', true );
define( 'WP_DEBUG_LOG', __DIR__ . '/wp-content/debug.log' );
define( 'WP_DEBUG_DISPLAY', false );
define( 'WP_ENVIRONMENT_TYPE', 'local' );
define( 'DISABLE_WP_CRON', true );
define( 'AUTOMATIC_UPDATER_DISABLED', true );
define( 'WP_HTTP_BLOCK_EXTERNAL', true );
${
	multisite
		? `define( 'WP_ALLOW_MULTISITE', true );
if ( ! defined( 'WP_INSTALLING_NETWORK' ) && file_exists( __DIR__ . '/.network-installed' ) ) {
	define( 'MULTISITE', true );
	define( 'SUBDOMAIN_INSTALL', false );
	define( 'DOMAIN_CURRENT_SITE', '${ host.host }' );
	define( 'PATH_CURRENT_SITE', '/' );
	define( 'SITE_ID_CURRENT_SITE', 1 );
	define( 'BLOG_ID_CURRENT_SITE', 1 );
}`
		: ''
}
${ extraConfig }
$table_prefix = 'wp_';
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
`
	);
	const install = run( 'php', [
		path.join( ROOT, 'bin/php/install-site.php' ),
		dir,
		url,
		multisite ? '1' : '0',
	] );
	if ( install.status !== 0 ) {
		fail(
			`WordPress did not install into ${ dir }: ${ (
				install.stdout + install.stderr
			)
				.trim()
				.split( '\n' )
				.slice( -3 )
				.join( ' | ' ) }`
		);
	}
	if ( pluginDir ) {
		const activate = run( 'php', [
			path.join( ROOT, 'bin/php/activate-plugin.php' ),
			dir,
			url,
		] );
		if ( activate.status !== 0 ) {
			fail(
				`The plugin did not activate on ${ dir }: ${ (
					activate.stdout + activate.stderr
				)
					.trim()
					.split( '\n' )
					.slice( -3 )
					.join( ' | ' ) }`
			);
		}
	}
	return { dir, dbName, url, version };
}

/**
 * Serves a site folder with PHP's built-in server and a router for pretty permalinks.
 *
 * @param {Object} options
 * @param {string} options.dir     Site folder.
 * @param {number} options.port    Port on 127.0.0.1.
 * @param {number} options.workers PHP_CLI_SERVER_WORKERS.
 */
export async function serveSite( { dir, port, workers = 4 } ) {
	if ( await portInUse( port ) ) {
		fail(
			`Port ${ port } on 127.0.0.1 is busy, so the test site cannot be served there. Stop what uses it, or choose another port.`
		);
	}
	const log = path.join( dir, 'server.log' );
	const child = spawn(
		'php',
		[
			'-d',
			'memory_limit=512M',
			'-d',
			'display_errors=0',
			'-d',
			'log_errors=1',
			'-d',
			`error_log=${ path.join( dir, 'wp-content/php-errors.log' ) }`,
			'-S',
			`127.0.0.1:${ port }`,
			'-t',
			dir,
			path.join( ROOT, 'bin/php/router.php' ),
		],
		{
			cwd: dir,
			stdio: [ 'ignore', openSync( log, 'a' ), openSync( log, 'a' ) ],
			env: { ...process.env, PHP_CLI_SERVER_WORKERS: String( workers ) },
			// Its own process group, so stopping it also stops the worker processes.
			detached: true,
		}
	);
	let exited = false;
	child.on( 'exit', () => ( exited = true ) );
	const ok = await waitFor(
		async () => ! exited && ( await portInUse( port ) ),
		{ timeout: 20000 }
	);
	if ( ! ok ) {
		fail( `PHP's server did not start on port ${ port } (see ${ log }).` );
	}
	info( `Serving ${ dir } on http://127.0.0.1:${ port }` );
	return {
		url: `http://127.0.0.1:${ port }`,
		stop: async () => {
			if ( ! exited ) {
				try {
					process.kill( -child.pid, 'SIGTERM' );
				} catch {
					child.kill( 'SIGTERM' );
				}
				await waitFor( () => exited, { timeout: 10000 } );
			}
		},
	};
}

/**
 * Runs WP-CLI-like PHP code inside a site (loads wp-load.php) and returns its output.
 *
 * @param {string} dir  Site folder.
 * @param {string} code PHP code (without <?php).
 */
export function sitePhp( dir, code ) {
	const result = run(
		'php',
		[ path.join( ROOT, 'bin/php/site-eval.php' ), dir ],
		{ input: code }
	);
	if ( result.status !== 0 ) {
		throw new Error(
			`PHP in site failed: ${ result.stdout }${ result.stderr }`
		);
	}
	return result.stdout;
}

export function readLog( file ) {
	return existsSync( file ) ? readFileSync( file, 'utf8' ) : '';
}
