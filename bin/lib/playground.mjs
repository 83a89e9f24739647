/**
 * The local site of `npm start`: WordPress Playground (PHP compiled to WebAssembly,
 * SQLite) serving a working copy of the provisioned core with this plugin mounted in.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
	cpSync,
	createWriteStream,
	existsSync,
	mkdirSync,
	readFileSync,
	rmSync,
	writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { CACHE, ROOT, fail, run } from './util.mjs';
import { wpVersion } from './wordpress.mjs';

export const PLUGIN_SLUG = 'mentorship-program';
export const PLAYGROUND_BIN = path.join(
	ROOT,
	'node_modules/.bin/wp-playground-cli'
);
// The WordPress release line this start runs: WP_VERSION, else the newest.
export const WP_VERSION = wpVersion();
// One site per release line, so trying the minimum keeps the newest site's content.
export const PLAYGROUND_DIR =
	process.env.MENTORSHIP_PLAYGROUND_DIR ||
	path.join( CACHE, 'playground', WP_VERSION );
// Records which blueprint's steps the site has run (see localBlueprint()).
const APPLIED_STAMP = path.join( PLAYGROUND_DIR, 'blueprint.applied' );

/**
 * Fails with one line when the Node dependencies the site needs are not installed.
 */
export function ensureNodeDeps() {
	const needed = [
		PLAYGROUND_BIN,
		path.join( ROOT, 'node_modules/.bin/wp-scripts' ),
	];
	if ( needed.some( ( file ) => ! existsSync( file ) ) ) {
		fail(
			'Node dependencies are missing (node_modules is incomplete). Run: npm ci'
		);
	}
}

/**
 * Provisions this start's WordPress release line with bin/provision-wp.sh; returns its
 * folder. On failure, passes the script's own message through as one line.
 */
export function provisionCoreQuietly() {
	const result = run( 'bash', [ path.join( ROOT, 'bin/provision-wp.sh' ) ], {
		env: { WP_VERSION },
	} );
	if ( result.status !== 0 ) {
		const lines = result.stderr.trim().split( '\n' ).filter( Boolean );
		const message =
			lines.filter( ( line ) => ! line.includes( 'note:' ) ).pop() ||
			lines.pop();
		fail(
			message ||
				`WordPress could not be provisioned (bin/provision-wp.sh exited with ${ result.status }).`
		);
	}
	const core = result.stdout.trim().split( '\n' ).pop();
	if (
		! core ||
		! existsSync( path.join( core, 'wp-includes/version.php' ) )
	) {
		fail(
			`bin/provision-wp.sh printed '${ core }', which holds no WordPress.`
		);
	}
	return core;
}

/**
 * The WordPress version of a core folder, read from wp-includes/version.php.
 *
 * @param {string} core Core folder.
 */
export function coreVersion( core ) {
	const source = readFileSync(
		path.join( core, 'wp-includes/version.php' ),
		'utf8'
	);
	const match = source.match( /\$wp_version\s*=\s*'([^']+)'/ );
	return match ? match[ 1 ] : 'unknown';
}

/**
 * Makes sure the site's working copy of core exists and matches the core version.
 *
 * Playground writes wp-config.php, the SQLite database and the debug log into the
 * folder it mounts at /wordpress, so it gets a copy and never the cached core itself.
 * The stamp sits beside the copy and is written last: a copy without it (an interrupted
 * copy) is thrown away and made again.
 *
 * @param {Object}  options
 * @param {string}  options.core  Provisioned core folder.
 * @param {boolean} options.reset Throw away the existing site (database included).
 * @return {{site: string, fresh: boolean, version: string}} The copy, whether it is new, its version.
 */
export function ensureSiteCopy( { core, reset = false } ) {
	const site = path.join( PLAYGROUND_DIR, 'site' );
	const stamp = path.join( PLAYGROUND_DIR, 'site.stamp' );
	const version = coreVersion( core );
	const expected = `${ version }\n${ core }\n`;
	const current = existsSync( stamp ) ? readFileSync( stamp, 'utf8' ) : '';
	if (
		! reset &&
		current === expected &&
		existsSync( path.join( site, 'wp-load.php' ) )
	) {
		return { site, fresh: false, version };
	}
	rmSync( stamp, { force: true } );
	rmSync( APPLIED_STAMP, { force: true } );
	rmSync( site, { recursive: true, force: true } );
	mkdirSync( PLAYGROUND_DIR, { recursive: true } );
	cpSync( core, site, { recursive: true } );
	rmSync( path.join( site, '.provisioned' ), { force: true } );
	// The mount point of this plugin: Playground mounts the checkout over it.
	mkdirSync( path.join( site, 'wp-content/plugins', PLUGIN_SLUG ), {
		recursive: true,
	} );
	writeFileSync( stamp, expected );
	return { site, fresh: true, version };
}

/**
 * Prepares the blueprint for this start from the repository's blueprint.json.
 *
 * Steps that would fetch this plugin are dropped (the local checkout is mounted
 * instead). Once a site has run the steps of this exact blueprint, later starts skip
 * them: the plugin stays active and the content stays in the site's database, and
 * each step costs seconds of PHP start-up. A changed blueprint.json runs them again.
 *
 * @return {{file: string, runsSteps: boolean, markApplied: () => void}} The blueprint file, whether it runs steps, and a callback recording that they ran.
 */
export function localBlueprint() {
	const source = path.join( ROOT, 'blueprint.json' );
	let blueprint;
	try {
		blueprint = JSON.parse( readFileSync( source, 'utf8' ) );
	} catch ( error ) {
		fail( `blueprint.json could not be read: ${ error.message }` );
	}
	blueprint.steps = ( blueprint.steps || [] ).filter(
		( step ) =>
			! (
				step &&
				step.step === 'installPlugin' &&
				JSON.stringify( step ).includes( PLUGIN_SLUG )
			)
	);
	// Visitors stay anonymous: the admin login is printed instead.
	delete blueprint.login;

	const text = JSON.stringify( blueprint, null, '\t' ) + '\n';
	const digest = createHash( 'sha256' ).update( text ).digest( 'hex' );
	const applied = existsSync( APPLIED_STAMP )
		? readFileSync( APPLIED_STAMP, 'utf8' ).trim()
		: '';
	const runsSteps = applied !== digest;
	const file = path.join( PLAYGROUND_DIR, 'blueprint.json' );
	mkdirSync( PLAYGROUND_DIR, { recursive: true } );
	writeFileSync(
		file,
		runsSteps
			? text
			: JSON.stringify( { ...blueprint, steps: [] }, null, '\t' ) + '\n'
	);
	return {
		file,
		runsSteps,
		markApplied: () => writeFileSync( APPLIED_STAMP, digest + '\n' ),
	};
}

/**
 * Starts the Playground server. `ready` resolves to the site URL once it serves, or
 * rejects with the tail of its output when it stops or stalls first.
 *
 * @param {Object} options
 * @param {string} options.site      Working copy of core (mounted at /wordpress).
 * @param {string} options.blueprint Blueprint file.
 * @param {number} options.port      Port on 127.0.0.1.
 * @param {string} options.php       PHP version.
 * @param {number} options.timeout   Milliseconds to wait for the site.
 * @return {{child: import('node:child_process').ChildProcess, ready: Promise<string>, log: string, tail: () => string}} The server process, its readiness (the URL), its log file and recent output.
 */
export function startPlayground( {
	site,
	blueprint,
	port,
	php = '8.2',
	timeout = 300000,
} ) {
	const log = path.join( PLAYGROUND_DIR, 'server.log' );
	const logStream = createWriteStream( log );
	const lines = [];
	// The last lines; after a failed step, Playground's error and PHP's own message.
	const tail = ( count = 8 ) => {
		const errorAt = lines.findLastIndex( ( line ) =>
			/^\s*Error\b/.test( line )
		);
		if ( errorAt < 0 ) {
			return lines
				.slice( -count )
				.map( ( line ) => line.trim() )
				.join( ' | ' );
		}
		const after = lines.slice( errorAt + 1 );
		const stderrAt = after.findIndex( ( line ) =>
			line.includes( '=== Stderr ===' )
		);
		const detail = stderrAt >= 0 ? after.slice( stderrAt + 1 ) : after;
		return [ lines[ errorAt ], ...detail.slice( 0, count - 1 ) ]
			.map( ( line ) => line.trim() )
			.join( ' | ' );
	};

	const child = spawn(
		process.execPath,
		[
			PLAYGROUND_BIN,
			'server',
			`--mount-before-install=${ site }:/wordpress`,
			`--mount=${ ROOT }:/wordpress/wp-content/plugins/${ PLUGIN_SLUG }`,
			// Installs into the copy on the first start; later starts find the install and skip it.
			'--wordpress-install-mode=install-from-existing-files-if-needed',
			`--port=${ port }`,
			`--php=${ php }`,
			`--blueprint=${ blueprint }`,
		],
		{ cwd: ROOT, stdio: [ 'ignore', 'pipe', 'pipe' ], env: process.env }
	);

	let isReady = false;
	const ready = new Promise( ( resolve, reject ) => {
		const timer = setTimeout( () => {
			child.kill( 'SIGTERM' );
			reject(
				new Error(
					`WordPress Playground did not get ready within ${ Math.round(
						timeout / 1000
					) } s (log: ${ log }). Last output: ${ tail() }`
				)
			);
		}, timeout );
		child.on( 'error', ( error ) => {
			clearTimeout( timer );
			reject(
				new Error(
					`WordPress Playground could not be started: ${ error.message }`
				)
			);
		} );
		child.on( 'exit', ( code, signal ) => {
			logStream.end();
			if ( ! isReady ) {
				clearTimeout( timer );
				reject(
					new Error(
						`WordPress Playground stopped before the site was ready (${
							signal || `exit code ${ code }`
						}; log: ${ log }). Last output: ${ tail() }`
					)
				);
			}
		} );
		const onData = ( chunk ) => {
			const text = chunk.toString();
			logStream.write( text );
			for ( const line of text.split( /\r?\n|\r/ ) ) {
				if ( line.trim() ) {
					lines.push( line );
				}
			}
			lines.splice( 0, Math.max( 0, lines.length - 200 ) );
			// Once the site is up, PHP warnings and server errors are worth seeing.
			if ( isReady ) {
				process.stderr.write( text );
				return;
			}
			const match = text.match(
				/Ready! WordPress is running on (http\S+)/
			);
			if ( match ) {
				isReady = true;
				clearTimeout( timer );
				resolve( match[ 1 ].replace( /\/$/, '' ) );
			}
		};
		child.stdout.on( 'data', onData );
		child.stderr.on( 'data', onData );
	} );

	return { child, ready, log, tail };
}

/**
 * Stops a child process: SIGTERM, then SIGKILL if it lingers.
 *
 * @param {import('node:child_process').ChildProcess} child
 * @param {number}                                    grace Milliseconds before SIGKILL.
 */
export function stopChild( child, grace = 10000 ) {
	return new Promise( ( resolve ) => {
		if ( child.exitCode !== null || child.signalCode !== null ) {
			resolve();
			return;
		}
		const timer = setTimeout( () => child.kill( 'SIGKILL' ), grace );
		child.once( 'exit', () => {
			clearTimeout( timer );
			resolve();
		} );
		child.kill( 'SIGTERM' );
	} );
}
