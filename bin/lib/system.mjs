/**
 * Checks the Debian packages the native test runtime needs and installs missing ones
 * when running as root; otherwise prints the exact command to run.
 */
import { existsSync } from 'node:fs';
import { fail, hasCommand, info, isRoot, run } from './util.mjs';

const phpModules = () =>
	run( 'php', [ '-m' ] )
		.stdout.toLowerCase()
		.split( '\n' )
		.map( ( line ) => line.trim() );

/**
 * What each part of the runtime needs: a check and the Debian package providing it.
 */
const REQUIREMENTS = {
	php: [
		{ ok: () => hasCommand( 'php' ), pkg: 'php-cli' },
		{ ok: () => phpModules().includes( 'mysqli' ), pkg: 'php-mysql' },
		{ ok: () => phpModules().includes( 'pdo_sqlite' ), pkg: 'php-sqlite3' },
		{ ok: () => phpModules().includes( 'curl' ), pkg: 'php-curl' },
		{ ok: () => phpModules().includes( 'mbstring' ), pkg: 'php-mbstring' },
		{ ok: () => phpModules().includes( 'xml' ), pkg: 'php-xml' },
		{ ok: () => phpModules().includes( 'intl' ), pkg: 'php-intl' },
		{ ok: () => phpModules().includes( 'gd' ), pkg: 'php-gd' },
		{ ok: () => hasCommand( 'composer' ), pkg: 'composer' },
	],
	database: [
		{
			ok: () =>
				existsSync( '/usr/sbin/mariadbd' ) || hasCommand( 'mariadbd' ),
			pkg: 'mariadb-server',
		},
		{ ok: () => hasCommand( 'mariadb' ), pkg: 'mariadb-client' },
	],
	browser: [
		{ ok: () => existsSync( '/usr/bin/chromium' ), pkg: 'chromium' },
		{
			ok: () => existsSync( '/usr/share/fonts/truetype/dejavu' ),
			pkg: 'fonts-dejavu-core',
		},
	],
	tools: [
		{ ok: () => hasCommand( 'dpkg-deb' ), pkg: 'dpkg' },
		{ ok: () => hasCommand( 'zip' ), pkg: 'zip' },
	],
};

/**
 * Makes sure the named groups of requirements are present.
 *
 * @param {string[]} groups Keys of REQUIREMENTS.
 */
export function ensureSystem( groups ) {
	const missing = [];
	for ( const group of groups ) {
		for ( const requirement of REQUIREMENTS[ group ] ) {
			if ( ! requirement.ok() && ! missing.includes( requirement.pkg ) ) {
				missing.push( requirement.pkg );
			}
		}
	}
	if ( ! missing.length ) {
		return;
	}
	const command = `apt-get update && apt-get install -y --no-install-recommends ${ missing.join(
		' '
	) }`;
	if ( ! isRoot() || ! hasCommand( 'apt-get' ) ) {
		fail(
			`Missing system packages: ${ missing.join(
				', '
			) }. Install them with: sudo ${ command }`
		);
	}
	info( `Installing system packages: ${ missing.join( ', ' ) }` );
	const update = run( 'apt-get', [ 'update', '-qq' ] );
	if ( update.status !== 0 ) {
		fail(
			`apt-get update failed (${ update.stderr
				.trim()
				.split( '\n' )
				.pop() }). Fix the apt sources, then run: ${ command }`
		);
	}
	const install = run(
		'apt-get',
		[ 'install', '-y', '-qq', '--no-install-recommends', ...missing ],
		{ env: { DEBIAN_FRONTEND: 'noninteractive' } }
	);
	if ( install.status !== 0 ) {
		fail(
			`apt-get install failed (${ install.stderr
				.trim()
				.split( '\n' )
				.pop() }). Run: ${ command }`
		);
	}
}
