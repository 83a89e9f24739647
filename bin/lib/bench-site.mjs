/**
 * The site the benchmarks and the proof tests run against: native PHP served by PHP's
 * built-in server with several workers, a MariaDB server of its own, the plugin active,
 * the bench mu-plugins (bench/mu-plugins) copied in, a coordinator and a subscriber,
 * and one cohort whose applications are open.
 */
import { spawn } from 'node:child_process';
import {
	copyFileSync,
	mkdirSync,
	openSync,
	readFileSync,
	readdirSync,
	renameSync,
	rmSync,
} from 'node:fs';
import path from 'node:path';
import { startMariaDB } from './mariadb.mjs';
import { ROOT, info, waitFor } from './util.mjs';
import { createSite, serveSite, sitePhp } from './wordpress.mjs';

export const USERS = {
	coordinator: { login: 'coordinator', password: 'coordinator-pass-1' },
	coordinator2: { login: 'coordinator2', password: 'coordinator-pass-2' },
	subscriber: { login: 'subscriber', password: 'subscriber-pass-1' },
	admin: { login: 'admin', password: 'password' },
};

/**
 * Ids of the PHP server processes serving a site folder on a port, workers included
 * (with PHP_CLI_SERVER_WORKERS the workers can outlive their parent).
 *
 * @param {string} dir  Site folder.
 * @param {number} port Port.
 * @return {number[]} Process ids.
 */
function serverPids( dir, port ) {
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

/**
 * Starts the database, installs the site, serves it.
 *
 * @param {Object} options
 * @param {string} options.name     Site name (folder .cache/sites/<name>, database mentorship_<name>).
 * @param {number} options.dbPort   MariaDB port.
 * @param {number} options.sitePort Site port.
 * @param {number} options.workers  PHP_CLI_SERVER_WORKERS.
 * @return {Promise<Object>} The running site: url, dir, db, php(), seed(), restartDatabase(), killDatabase(), stop().
 */
export async function startBenchSite( {
	name,
	dbPort,
	sitePort,
	workers = 8,
} ) {
	const dbName = `mariadb-${ name }`;
	let db = await startMariaDB( { name: dbName, port: dbPort } );
	const url = `http://127.0.0.1:${ sitePort }`;
	info( `Installing the ${ name } site at ${ url }` );
	const site = createSite( {
		name,
		db,
		url,
		// A request that asks for its query log runs with SAVEQUERIES from the start.
		extraConfig:
			"if ( isset( $_SERVER['HTTP_X_BENCH_QUERY_LOG'] ) ) { define( 'SAVEQUERIES', true ); }",
	} );
	const muDir = path.join( site.dir, 'wp-content/mu-plugins' );
	for ( const file of readdirSync( path.join( ROOT, 'bench/mu-plugins' ) ) ) {
		if ( file.endsWith( '.php' ) ) {
			copyFileSync(
				path.join( ROOT, 'bench/mu-plugins', file ),
				path.join( muDir, file )
			);
		}
	}
	const php = ( code ) => sitePhp( site.dir, code );
	/**
	 * Runs PHP inside the site in a child process without blocking (several can run at once).
	 *
	 * @param {string} code    PHP code.
	 * @param {number} timeout Milliseconds.
	 * @return {Promise<string>} Its output.
	 */
	const phpAsync = ( code, timeout = 300000 ) =>
		new Promise( ( resolve, reject ) => {
			const child = spawn(
				'php',
				[ path.join( ROOT, 'bin/php/site-eval.php' ), site.dir ],
				{ cwd: ROOT, stdio: [ 'pipe', 'pipe', 'pipe' ] }
			);
			let out = '';
			let err = '';
			child.stdout.on( 'data', ( chunk ) => ( out += chunk ) );
			child.stderr.on( 'data', ( chunk ) => ( err += chunk ) );
			const timer = setTimeout( () => child.kill( 'SIGTERM' ), timeout );
			child.on( 'exit', ( status ) => {
				clearTimeout( timer );
				if ( status === 0 ) {
					resolve( out );
				} else {
					reject(
						new Error( `PHP in site failed: ${ out }${ err }` )
					);
				}
			} );
			child.stdin.end( code );
		} );
	const setup = JSON.parse(
		php( `
use Mentorship_Program\\Cohorts\\Cohorts;
use Mentorship_Program\\Settings\\Settings;
use Mentorship_Program\\Security\\Form_Token;
$users = array();
foreach ( array(
	'coordinator'  => array( '${ USERS.coordinator.password }', 'mentorship_coordinator' ),
	'coordinator2' => array( '${ USERS.coordinator2.password }', 'mentorship_coordinator' ),
	'subscriber'   => array( '${ USERS.subscriber.password }', 'subscriber' ),
) as $login => $spec ) {
	$id = wp_insert_user( array( 'user_login' => $login, 'user_pass' => $spec[0], 'user_email' => $login . '@example.org', 'role' => $spec[1], 'display_name' => ucfirst( $login ) ) );
	if ( is_wp_error( $id ) ) { fwrite( STDERR, $id->get_error_message() ); exit( 1 ); }
	$users[ $login ] = $id;
}
$cohort = Cohorts::save( array(
	'name'      => 'Bench cohort',
	'opens_at'  => gmdate( 'Y-m-d\\TH:i:s\\Z', time() - DAY_IN_SECONDS ),
	'closes_at' => gmdate( 'Y-m-d\\TH:i:s\\Z', time() + 30 * DAY_IN_SECONDS ),
	'starts_on' => gmdate( 'Y-m-d', time() + 40 * DAY_IN_SECONDS ),
	'ends_on'   => gmdate( 'Y-m-d', time() + 90 * DAY_IN_SECONDS ),
	'capacity'  => 100000,
	'tracks'    => array( 'one-to-one', 'project-group', 'cohort-group' ),
) );
if ( is_wp_error( $cohort ) ) { fwrite( STDERR, $cohort->get_error_message() ); exit( 1 ); }
// The bench sends thousands of applications from one address.
Settings::update( array( 'rate_limit_count' => 1000000, 'rate_limit_window' => 86400 ) );
update_option( 'mentorship_bench_mail_down', 0, true );
echo wp_json_encode( array( 'users' => $users, 'cohort' => $cohort['id'], 'token' => Form_Token::issue() ) );
` )
	);

	let server = await serveSite( { dir: site.dir, port: sitePort, workers } );

	const stopServer = async () => {
		if ( server ) {
			await server.stop();
			server = undefined;
		}
		const signal = ( sig ) => {
			for ( const pid of serverPids( site.dir, sitePort ) ) {
				try {
					process.kill( pid, sig );
				} catch {
					// Already gone.
				}
			}
		};
		signal( 'SIGTERM' );
		if (
			! ( await waitFor(
				() => ! serverPids( site.dir, sitePort ).length,
				{
					timeout: 5000,
				}
			) )
		) {
			signal( 'SIGKILL' );
		}
	};
	const onExit = () => {
		db?.process?.kill( 'SIGTERM' );
		for ( const pid of serverPids( site.dir, sitePort ) ) {
			try {
				process.kill( pid, 'SIGTERM' );
			} catch {
				// Already gone.
			}
		}
	};
	process.on( 'exit', onExit );

	return {
		name,
		url,
		dir: site.dir,
		dbName: site.dbName,
		cohort: setup.cohort,
		token: setup.token,
		users: setup.users,
		php,
		phpAsync,
		/**
		 * Runs SQL on the site's database; returns tab-separated rows.
		 *
		 * @param {string} sql SQL.
		 */
		sql: ( sql ) => db.query( `USE \`${ site.dbName }\`; ${ sql }` ).trim(),
		/**
		 * Seeds generated data through bin/php/seed-bench.php, split over `parts`
		 * processes that run at once (the data is the same however it is split).
		 *
		 * @param {Object} options mentees, mentors, posts, seed, marker.
		 * @param {number} parts   Processes.
		 * @return {Promise<Object>} The seeders' reports, added up; seconds is the wall time.
		 */
		async seed( options, parts = 1 ) {
			const started = Date.now();
			const one = ( part ) =>
				new Promise( ( resolve, reject ) => {
					const args = Object.entries( {
						cohort: setup.cohort,
						...options,
						part,
						parts,
					} ).map( ( [ key, value ] ) => `--${ key }=${ value }` );
					const child = spawn(
						'php',
						[
							'-d',
							'memory_limit=1G',
							path.join( ROOT, 'bin/php/seed-bench.php' ),
							site.dir,
							...args,
						],
						{ cwd: ROOT, stdio: [ 'ignore', 'pipe', 'pipe' ] }
					);
					let out = '';
					let err = '';
					child.stdout.on( 'data', ( chunk ) => ( out += chunk ) );
					child.stderr.on( 'data', ( chunk ) => ( err += chunk ) );
					const timer = setTimeout(
						() => child.kill( 'SIGTERM' ),
						1800000
					);
					child.on( 'exit', ( code ) => {
						clearTimeout( timer );
						if ( code !== 0 ) {
							reject(
								new Error(
									`Seeding failed: ${ ( err || out )
										.trim()
										.slice( -2000 ) }`
								)
							);
							return;
						}
						resolve( JSON.parse( out.trim().split( '\n' ).pop() ) );
					} );
				} );
			const reports = await Promise.all(
				Array.from( { length: parts }, ( _, part ) => one( part ) )
			);
			const total = {
				mentees: 0,
				mentors: 0,
				transitions: 0,
				posts: 0,
				failures: [],
				ids: { mentees: [], mentors: [] },
				parts,
				peak_memory: 0,
			};
			for ( const report of reports ) {
				for ( const key of [
					'mentees',
					'mentors',
					'transitions',
					'posts',
				] ) {
					total[ key ] += report[ key ];
				}
				total.failures.push( ...report.failures );
				total.ids.mentees.push( ...report.ids.mentees );
				total.ids.mentors.push( ...report.ids.mentors );
				total.peak_memory = Math.max(
					total.peak_memory,
					report.peak_memory
				);
			}
			total.seconds = ( Date.now() - started ) / 1000;
			return total;
		},
		/**
		 * Saves the site's database to a file (mariadb-dump), to restore it in a later run.
		 *
		 * @param {string} file SQL file.
		 */
		async dump( file ) {
			mkdirSync( path.dirname( file ), { recursive: true } );
			const status = await new Promise( ( resolve ) => {
				const child = spawn(
					'nice',
					[
						'-n',
						'15',
						'mariadb-dump',
						'--no-defaults',
						'-uroot',
						`--socket=${ db.socket }`,
						'--single-transaction',
						'--quick',
						`--result-file=${ file }.part`,
						site.dbName,
					],
					{ stdio: 'ignore' }
				);
				child.on( 'exit', resolve );
			} );
			if ( status !== 0 ) {
				rmSync( `${ file }.part`, { force: true } );
				throw new Error( `mariadb-dump failed (${ status })` );
			}
			renameSync( `${ file }.part`, file );
		},
		/**
		 * Replaces the site's database with a saved one, then points it at this site's
		 * address and answers the cohort and a fresh form token.
		 *
		 * @param {string} file SQL file from dump().
		 */
		async restore( file ) {
			const status = await new Promise( ( resolve ) => {
				const child = spawn(
					'nice',
					[
						'-n',
						'15',
						'mariadb',
						'--no-defaults',
						'-uroot',
						`--socket=${ db.socket }`,
						site.dbName,
					],
					{ stdio: [ openSync( file, 'r' ), 'ignore', 'inherit' ] }
				);
				child.on( 'exit', resolve );
			} );
			if ( status !== 0 ) {
				throw new Error( `Restoring ${ file } failed (${ status })` );
			}
			const again = JSON.parse(
				php( `
use Mentorship_Program\\Cohorts\\Cohorts;
use Mentorship_Program\\Security\\Form_Token;
update_option( 'siteurl', '${ url }' );
update_option( 'home', '${ url }' );
wp_cache_flush();
$open = Cohorts::current_open();
echo wp_json_encode( array( 'cohort' => $open ? $open['id'] : 0, 'token' => Form_Token::issue() ) );
` )
			);
			this.cohort = again.cohort;
			this.token = again.token;
			setup.cohort = again.cohort;
		},
		/** Crashes the database server (SIGKILL), as a lost database host would. */
		async killDatabase() {
			const child = db.process;
			if ( ! child ) {
				throw new Error(
					'The database server is shared with another run and cannot be stopped here.'
				);
			}
			const gone = new Promise( ( resolve ) =>
				child.once( 'exit', resolve )
			);
			child.kill( 'SIGKILL' );
			await gone;
		},
		/** Starts the database server again on the same data folder and port. */
		async restartDatabase() {
			db = await startMariaDB( { name: dbName, port: dbPort } );
		},
		logs() {
			return [ 'wp-content/debug.log', 'wp-content/php-errors.log' ].map(
				( file ) => path.join( site.dir, file )
			);
		},
		mailLog: path.join( site.dir, 'wp-content/bench-mail.log' ),
		queryLogDir: path.join( site.dir, 'wp-content/bench-queries' ),
		resetMailLog() {
			rmSync( path.join( site.dir, 'wp-content/bench-mail.log' ), {
				force: true,
			} );
		},
		async stop() {
			await stopServer();
			if ( db ) {
				db.process?.kill( 'SIGTERM' );
				if ( db.process ) {
					await waitFor( () => db.process.exitCode !== null, {
						timeout: 30000,
					} );
				}
				db = undefined;
			}
			process.off( 'exit', onExit );
		},
	};
}
