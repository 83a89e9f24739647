#!/usr/bin/env node
/**
 * Smoke test of `npm start`: starts it on a free port, checks that the demo site serves
 * the application form on /join/ and the plugin's REST namespace, stops it with SIGINT
 * and checks that it exits cleanly and frees the port.
 *
 * Uses its own site folder (.cache/playground-smoke), so a running `npm start` is not
 * disturbed; the site is kept between runs. `--fresh` installs it again first.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { CACHE, ROOT, freePort, portInUse, waitFor } from './lib/util.mjs';

const started = Date.now();
const fresh = process.argv.includes( '--fresh' );
const BOOT_TIMEOUT = 300000;
const elapsed = () => `${ ( ( Date.now() - started ) / 1000 ).toFixed( 1 ) } s`;

const port = await freePort( 9470 );
const output = [];
const child = spawn(
	process.execPath,
	[ path.join( ROOT, 'bin/start.mjs' ), ...( fresh ? [ '--reset' ] : [] ) ],
	{
		cwd: ROOT,
		stdio: [ 'ignore', 'pipe', 'pipe' ],
		env: {
			...process.env,
			PORT: String( port ),
			MENTORSHIP_PLAYGROUND_DIR:
				process.env.MENTORSHIP_PLAYGROUND_DIR ||
				path.join( CACHE, 'playground-smoke' ),
		},
	}
);
let exit = null;
child.on( 'exit', ( code, signal ) => ( exit = { code, signal } ) );
child.stdout.on( 'data', ( chunk ) => output.push( chunk.toString() ) );
child.stderr.on( 'data', ( chunk ) => output.push( chunk.toString() ) );

/**
 * The line npm start printed about its failure, or its last lines.
 *
 * @return {string} One line.
 */
const startOutput = () => {
	const lines = output
		.join( '' )
		.split( '\n' )
		.filter( ( line ) => line.trim() );
	return (
		lines.find( ( line ) => line.startsWith( '✖' ) ) ||
		lines.slice( -3 ).join( ' | ' )
	);
};

/**
 * Stops npm start with SIGINT; returns a problem, or '' when it stopped cleanly.
 *
 * @return {Promise<string>} The problem.
 */
const stop = async () => {
	if ( exit ) {
		return '';
	}
	child.kill( 'SIGINT' );
	if (
		! ( await waitFor( () => exit, { timeout: 20000, interval: 100 } ) )
	) {
		child.kill( 'SIGKILL' );
		return 'npm start did not stop within 20 s of SIGINT.';
	}
	if ( exit.code !== 0 ) {
		return `npm start exited with ${
			exit.signal || exit.code
		} on SIGINT, not 0.`;
	}
	if ( await portInUse( port ) ) {
		return `port ${ port } still answers after npm start stopped.`;
	}
	return '';
};

/**
 * Runs the checks against a running site; returns the problems found.
 *
 * @param {string} url Site URL without a trailing slash.
 * @return {Promise<string[]>} Problems, empty when all is well.
 */
const check = async ( url ) => {
	const problems = [];
	const get = ( route ) =>
		fetch( `${ url }${ route }`, { signal: AbortSignal.timeout( 30000 ) } );

	try {
		const response = await get( '/join/' );
		const html = await response.text();
		if (
			! html.includes( 'wp-block-mentorship-program-application-form' )
		) {
			problems.push(
				`/join/ (HTTP ${ response.status }) does not contain the application form block (wp-block-mentorship-program-application-form).`
			);
		}
	} catch ( error ) {
		problems.push( `/join/ could not be fetched: ${ error.message }` );
	}

	try {
		const response = await get( '/wp-json/' );
		const index = await response.json();
		const namespaces = Array.isArray( index.namespaces )
			? index.namespaces
			: [];
		if ( ! namespaces.includes( 'mentorship/v1' ) ) {
			problems.push(
				`/wp-json/ (HTTP ${
					response.status
				}) does not list the mentorship/v1 namespace (has: ${
					namespaces.join( ', ' ) || 'none'
				}).`
			);
		}
	} catch ( error ) {
		problems.push(
			`/wp-json/ could not be read as JSON: ${ error.message }`
		);
	}
	return problems;
};

const problems = [];
let url = '';
const ready = await waitFor(
	() => {
		const match = output.join( '' ).match( /Site:\s+(http\S+?)\/?\s/ );
		url = match ? match[ 1 ] : '';
		return url || exit;
	},
	{ timeout: BOOT_TIMEOUT, interval: 100 }
);
if ( url ) {
	problems.push( ...( await check( url ) ) );
} else if ( ready ) {
	problems.push( `npm start failed: ${ startOutput() }` );
} else {
	problems.push(
		`npm start printed no site URL within ${
			BOOT_TIMEOUT / 1000
		} s. Last output: ${ startOutput() }`
	);
}
const stopProblem = await stop();
if ( stopProblem ) {
	problems.push( stopProblem );
}

if ( problems.length ) {
	for ( const problem of problems ) {
		process.stderr.write( `✖ smoke-start: ${ problem }\n` );
	}
	process.exit( 1 );
}
process.stdout.write(
	`✔ smoke-start: npm start served /join/ and mentorship/v1 on port ${ port } and stopped cleanly (${ elapsed() })\n`
);
