/**
 * Small helpers shared by the project's scripts: paths, one-line failures, commands.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(
	path.dirname( fileURLToPath( import.meta.url ) ),
	'..',
	'..'
);
export const CACHE =
	process.env.MENTORSHIP_CACHE || path.join( ROOT, '.cache' );

/**
 * Prints one clear line and exits non-zero.
 *
 * @param {string} message What failed and what to do.
 */
export function fail( message ) {
	process.stderr.write( `\n✖ ${ message }\n` );
	process.exit( 1 );
}

export function info( message ) {
	process.stdout.write( `› ${ message }\n` );
}

/**
 * Runs a command to completion; returns its status and output.
 *
 * @param {string}   command
 * @param {string[]} args
 * @param {Object}   options
 */
export function run( command, args = [], options = {} ) {
	const result = spawnSync( command, args, {
		cwd: ROOT,
		encoding: 'utf8',
		stdio: options.inherit ? 'inherit' : 'pipe',
		env: { ...process.env, ...( options.env || {} ) },
		input: options.input,
		timeout: options.timeout,
	} );
	return {
		status: result.status ?? 1,
		stdout: result.stdout || '',
		stderr: result.stderr || '',
		error: result.error,
	};
}

/**
 * Runs a command with inherited output; resolves to its exit code.
 *
 * @param {string}   command
 * @param {string[]} args
 * @param {Object}   options
 */
export function runLive( command, args = [], options = {} ) {
	return new Promise( ( resolve ) => {
		const child = spawn( command, args, {
			cwd: options.cwd || ROOT,
			stdio: 'inherit',
			env: { ...process.env, ...( options.env || {} ) },
		} );
		child.on( 'exit', ( code, signal ) =>
			resolve( signal ? 1 : code ?? 1 )
		);
		child.on( 'error', () => resolve( 127 ) );
	} );
}

export function hasCommand( name ) {
	return run( 'sh', [ '-c', `command -v ${ name }` ] ).status === 0;
}

export function isRoot() {
	return typeof process.getuid === 'function' && process.getuid() === 0;
}

/**
 * Whether something already listens on a loopback port.
 *
 * @param {number} port
 */
export function portInUse( port ) {
	return new Promise( ( resolve ) => {
		const socket = net.connect( { host: '127.0.0.1', port } );
		socket.once( 'connect', () => {
			socket.destroy();
			resolve( true );
		} );
		socket.once( 'error', () => resolve( false ) );
	} );
}

/**
 * A free loopback port, starting from a preferred one.
 *
 * @param {number} preferred
 */
export async function freePort( preferred ) {
	for ( let port = preferred; port < preferred + 200; port++ ) {
		if ( ! ( await portInUse( port ) ) ) {
			return port;
		}
	}
	fail(
		`No free port found from ${ preferred } on; stop other servers or set a port.`
	);
}

export async function waitFor(
	check,
	{ timeout = 30000, interval = 200 } = {}
) {
	const until = Date.now() + timeout;
	while ( Date.now() < until ) {
		if ( await check() ) {
			return true;
		}
		await new Promise( ( r ) => setTimeout( r, interval ) );
	}
	return false;
}

export { existsSync };
