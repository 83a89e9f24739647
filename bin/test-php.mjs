#!/usr/bin/env node
/**
 * PHPUnit integration tests on real WordPress and MariaDB, single site and multisite.
 *
 * Usage: npm run test:php [-- <phpunit arguments>]
 * Environment: WP_VERSION (one release line, e.g. 6.8; default: the newest, 7.1),
 *              MENTORSHIP_TEST_MODES (default "single,multisite").
 */
import path from 'node:path';
import { ensureComposer } from './lib/composer.mjs';
import { startMariaDB } from './lib/mariadb.mjs';
import { ensureSystem } from './lib/system.mjs';
import { ROOT, info, runLive } from './lib/util.mjs';
import { provisionCore, wpVersion } from './lib/wordpress.mjs';

ensureSystem( [ 'php', 'database', 'tools' ] );
ensureComposer();
const version = wpVersion();
const core = provisionCore( version );
const port = Number( process.env.MENTORSHIP_DB_PORT || 3406 );
const db = await startMariaDB( { name: 'mariadb-test', port } );

const modes = ( process.env.MENTORSHIP_TEST_MODES || 'single,multisite' ).split(
	','
);
const extra = process.argv.slice( 2 );
const failed = [];
try {
	for ( const mode of modes ) {
		const multisite = mode === 'multisite';
		// One database per run, so two test commands can share the server.
		const dbName = `mentorship_phpunit_${
			multisite ? 'multi' : 'single'
		}_${ process.pid }`;
		db.query(
			`DROP DATABASE IF EXISTS ${ dbName }; CREATE DATABASE ${ dbName } CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;`
		);
		info(
			`PHPUnit on WordPress ${ version }, ${
				multisite ? 'multisite' : 'single site'
			}`
		);
		const code = await runLive(
			'php',
			[
				'-d',
				'memory_limit=1G',
				path.join( ROOT, 'vendor/bin/phpunit' ),
				...extra,
			],
			{
				env: {
					MENTORSHIP_WP_DIR: core,
					MENTORSHIP_TEST_DB_HOST: `127.0.0.1:${ db.port }`,
					MENTORSHIP_TEST_DB_NAME: dbName,
					MENTORSHIP_TEST_MULTISITE: multisite ? '1' : '0',
				},
			}
		);
		db.query( `DROP DATABASE IF EXISTS ${ dbName };` );
		if ( code !== 0 ) {
			failed.push( `${ mode } (WordPress ${ version })` );
		}
	}
} finally {
	await db.stop();
}
if ( failed.length ) {
	process.stderr.write( `\n✖ PHPUnit failed: ${ failed.join( ', ' ) }\n` );
	process.exit( 1 );
}
