#!/usr/bin/env node
/**
 * `npm start`: a local WordPress site with this plugin active and demo content.
 *
 * Runs WordPress Playground (PHP as WebAssembly with SQLite): no PHP, web or database
 * server needed, works offline once WordPress core is provisioned. The site keeps its
 * database between starts in .cache/playground/<version>/site; `npm start -- --reset`
 * starts over.
 *
 * Environment: WP_VERSION (7.1, the newest, by default; 6.8 is the oldest supported),
 * PORT (default 9400), MENTORSHIP_PHP (default 8.2),
 * MENTORSHIP_PLAYGROUND_DIR (default .cache/playground/<version>).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { ROOT, fail, info, portInUse, runLive } from './lib/util.mjs';
import {
	ensureNodeDeps,
	ensureSiteCopy,
	localBlueprint,
	provisionCoreQuietly,
	startPlayground,
	stopChild,
} from './lib/playground.mjs';

const started = Date.now();

/**
 * The last PHP fatal error WordPress logged since this start, as a sentence to append:
 * a failed blueprint step often shows only a generic error page.
 *
 * @param {string} site  Site folder.
 * @param {number} since Start time in milliseconds.
 * @return {string} ' PHP: …' or ''.
 */
function phpFatal( site, since ) {
	const log = path.join( site, 'wp-content/debug.log' );
	if ( ! existsSync( log ) || statSync( log ).mtimeMs < since ) {
		return '';
	}
	const fatal = readFileSync( log, 'utf8' )
		.split( '\n' )
		.filter( ( line ) => line.includes( 'PHP Fatal error' ) )
		.pop();
	return fatal ? ` PHP: ${ fatal.replace( /^\[[^\]]*\]\s*/, '' ) }` : '';
}
const args = process.argv.slice( 2 );
const reset = args.includes( '--reset' );
const unknown = args.filter( ( arg ) => arg !== '--reset' );
if ( unknown.length ) {
	fail(
		`Unknown option ${ unknown.join( ' ' ) }. Usage: npm start [-- --reset]`
	);
}

const port = Number( process.env.PORT || 9400 );
if ( ! Number.isInteger( port ) || port < 1 || port > 65535 ) {
	fail( `PORT=${ process.env.PORT } is not a port number.` );
}
const php = process.env.MENTORSHIP_PHP || '8.2';

ensureNodeDeps();

if ( await portInUse( port ) ) {
	fail(
		`Port ${ port } is busy. Stop what uses it, or start on another port: PORT=${
			port + 1
		} npm start`
	);
}

const core = provisionCoreQuietly();

if ( ! existsSync( path.join( ROOT, 'build/blocks/blocks-manifest.php' ) ) ) {
	info( "Building the plugin's scripts and styles (npm run build)" );
	const code = await runLive( 'npm', [ 'run', 'build', '--silent' ] );
	if ( code !== 0 ) {
		fail(
			`npm run build failed (exit code ${ code }); fix the error above, then run npm start again.`
		);
	}
}

const { site, fresh, version } = ensureSiteCopy( { core, reset } );
const where = site.startsWith( ROOT + path.sep )
	? path.relative( ROOT, site )
	: site;
info(
	fresh
		? `Installing WordPress ${ version } in ${ where } (the first start takes longer)`
		: `Starting WordPress ${ version } from ${ where }`
);

const blueprint = localBlueprint();
const server = startPlayground( {
	site,
	blueprint: blueprint.file,
	port,
	php,
} );
let stopping = false;

const stop = async ( signal ) => {
	if ( stopping ) {
		return;
	}
	stopping = true;
	info( `Stopping (${ signal })` );
	await stopChild( server.child );
	process.exit( 0 );
};
for ( const signal of [ 'SIGINT', 'SIGTERM', 'SIGHUP' ] ) {
	process.on( signal, () => stop( signal ) );
}
// Under `npm start`, a SIGTERM to npm ends npm and its shell but does not reach this
// process; stop with them rather than keep serving as an orphan.
if ( process.env.npm_lifecycle_event ) {
	const parent = process.ppid;
	setInterval( () => {
		if ( process.ppid !== parent ) {
			stop( 'npm stopped' );
		}
	}, 1000 ).unref();
}

let url;
try {
	url = await server.ready;
} catch ( error ) {
	if ( stopping ) {
		// Interrupted while booting: stop() exits.
		await new Promise( () => {} );
	}
	fail( error.message + phpFatal( site, started ) );
}
const { child } = server;
if ( blueprint.runsSteps ) {
	// Playground only reports ready once every step succeeded.
	blueprint.markApplied();
}

child.on( 'exit', ( code, sig ) => {
	if ( ! stopping ) {
		fail(
			`WordPress Playground stopped unexpectedly (${
				sig || `exit code ${ code }`
			}; log: ${ server.log }). Last output: ${ server.tail() }`
		);
	}
} );

// The first request warms PHP up; a visitor should not wait for it.
try {
	await fetch( `${ url }/`, {
		redirect: 'manual',
		signal: AbortSignal.timeout( 60000 ),
	} );
} catch {
	// The site still serves later requests; nothing to report here.
}

const seconds = ( ( Date.now() - started ) / 1000 ).toFixed( 1 );
process.stdout.write(
	[
		'',
		`✔ Mentorship Program is running (ready in ${ seconds } s)`,
		'',
		`  Site:    ${ url }/`,
		`  Join:    ${ url }/join/`,
		`  Admin:   ${ url }/wp-admin/`,
		'  Log in:  admin / password',
		'',
		'  Press Ctrl-C to stop.',
		'',
	].join( '\n' ) + '\n'
);
