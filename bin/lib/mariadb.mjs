/**
 * A MariaDB server of the project's own: its own data folder under .cache, loopback
 * only, its own port, started and stopped by the harness (no system service).
 */
import { spawn } from 'node:child_process';
import {
	existsSync,
	mkdirSync,
	openSync,
	readFileSync,
	rmSync,
	writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { CACHE, fail, info, portInUse, run, waitFor } from './util.mjs';

const binary = ( name ) =>
	[ `/usr/sbin/${ name }`, `/usr/bin/${ name }` ].find( ( p ) =>
		existsSync( p )
	) || name;

export const DB_USER = 'root';
export const DB_PASSWORD = '';

/**
 * Starts the server, initialising its data folder on first use.
 *
 * @param {Object} options
 * @param {string} options.name Folder name under .cache (one server per purpose).
 * @param {number} options.port Port on 127.0.0.1.
 * @return {Promise<{host: string, port: number, socket: string, stop: () => Promise<void>, query: (sql: string) => void}>} The running server.
 */
export async function startMariaDB( { name = 'mariadb', port } ) {
	const base = path.join( CACHE, name );
	const socket = path.join( base, 'mysqld.sock' );
	const pidFile = path.join( base, 'mysqld.pid' );
	const client = ( args, input ) =>
		run(
			binary( 'mariadb' ),
			[ '--no-defaults', '-uroot', `--socket=${ socket }`, ...args ],
			{ input }
		);
	const query = ( sql ) => {
		const result = client( [ '-e', sql ] );
		if ( result.status !== 0 ) {
			throw new Error( `SQL failed: ${ sql }: ${ result.stderr }` );
		}
		return result.stdout;
	};

	// A server of ours already running (another test command of this checkout): share it,
	// and leave stopping it to the command that started it.
	if ( existsSync( pidFile ) ) {
		const pid = Number( readFileSync( pidFile, 'utf8' ).trim() );
		let alive = false;
		try {
			process.kill( pid, 0 );
			alive = true;
		} catch {
			alive = false;
		}
		if ( alive && client( [ '-e', 'SELECT 1' ] ).status === 0 ) {
			info( `Sharing the running MariaDB on 127.0.0.1:${ port }` );
			return {
				host: '127.0.0.1',
				port,
				socket,
				stop: async () => {},
				process: null,
				query,
			};
		}
		if ( alive ) {
			try {
				process.kill( pid, 'SIGTERM' );
				await waitFor( () => ! existsSync( pidFile ), {
					timeout: 20000,
				} );
			} catch {
				// Gone meanwhile.
			}
		}
		rmSync( pidFile, { force: true } );
	}

	if ( await portInUse( port ) ) {
		fail(
			`Port ${ port } on 127.0.0.1 is busy, so the test database cannot start there. Stop what uses it, or set MENTORSHIP_DB_PORT to a free port.`
		);
	}

	const dataDir = path.join( base, 'data' );
	const stamp = path.join( dataDir, '.initialised' );
	if ( ! existsSync( stamp ) ) {
		// Never trust a half-initialised data folder.
		rmSync( dataDir, { recursive: true, force: true } );
		mkdirSync( dataDir, { recursive: true } );
		const init = run( binary( 'mariadb-install-db' ), [
			'--no-defaults',
			`--datadir=${ dataDir }`,
			'--auth-root-authentication-method=normal',
			'--skip-test-db',
			'--user=root',
		] );
		if ( init.status !== 0 ) {
			fail(
				`MariaDB could not initialise ${ dataDir }: ${ (
					init.stderr || init.stdout
				)
					.trim()
					.split( '\n' )
					.slice( -2 )
					.join( ' ' ) }`
			);
		}
		writeFileSync( stamp, new Date().toISOString() );
	}

	const log = path.join( base, 'server.log' );
	const server = spawn(
		binary( 'mariadbd' ),
		[
			'--no-defaults',
			`--datadir=${ dataDir }`,
			`--socket=${ socket }`,
			`--pid-file=${ pidFile }`,
			`--port=${ port }`,
			'--bind-address=127.0.0.1',
			'--user=root',
			'--skip-log-bin',
			'--skip-name-resolve',
			'--innodb-buffer-pool-size=256M',
			'--innodb-flush-log-at-trx-commit=2',
			'--max-connections=300',
			'--character-set-server=utf8mb4',
			'--collation-server=utf8mb4_unicode_ci',
		],
		{
			stdio: [ 'ignore', openSync( log, 'a' ), openSync( log, 'a' ) ],
			detached: false,
		}
	);
	let exited = false;
	server.on( 'exit', () => ( exited = true ) );

	const ready = await waitFor(
		() => ! exited && client( [ '-e', 'SELECT 1' ] ).status === 0,
		{ timeout: 60000, interval: 250 }
	);
	if ( ! ready ) {
		server.kill( 'SIGKILL' );
		const tail = existsSync( log )
			? readFileSync( log, 'utf8' )
					.trim()
					.split( '\n' )
					.slice( -3 )
					.join( ' | ' )
			: '';
		fail(
			`MariaDB did not start on port ${ port } (see ${ log }): ${ tail }`
		);
	}

	const stop = async () => {
		if ( exited ) {
			return;
		}
		// Another test command may share this server: let it finish first (up to 10 minutes).
		const others = () =>
			Number(
				client( [
					'-N',
					'-e',
					"SELECT COUNT(*) FROM information_schema.PROCESSLIST WHERE ID <> CONNECTION_ID() AND COMMAND NOT IN ('Daemon') AND USER <> 'system user'",
				] ).stdout.trim() || 0
			);
		await waitFor( () => others() === 0, {
			timeout: 600000,
			interval: 2000,
		} );
		server.kill( 'SIGTERM' );
		await waitFor( () => exited, { timeout: 30000 } );
		if ( ! exited ) {
			server.kill( 'SIGKILL' );
		}
	};

	info( `MariaDB ready on 127.0.0.1:${ port }` );
	return {
		host: '127.0.0.1',
		port,
		socket,
		stop,
		process: server,
		query,
	};
}
