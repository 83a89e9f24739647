#!/usr/bin/env node
/**
 * Release checks.
 *
 * `npm run test:release`: the node tests in tests/release — readme.txt rules, the
 * Plugin Check rules the project checks itself (docs/plugin-check.md), translations
 * (every call extractable, the POT file current and valid), the plugin zip's contents
 * and the directory's Playground blueprint.
 *
 * `npm run phpstan` (`node bin/test-release.mjs phpstan`): PHPStan with
 * phpstan.neon.dist and its baseline.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { ensureComposer } from './lib/composer.mjs';
import { ensureSystem } from './lib/system.mjs';
import { ROOT, info, runLive } from './lib/util.mjs';

const args = process.argv.slice( 2 );
ensureSystem( [ 'php', 'tools' ] );

if ( args[ 0 ] === 'phpstan' ) {
	ensureComposer();
	info( 'PHPStan (phpstan.neon.dist)' );
	process.exit(
		await runLive( 'php', [
			path.join( ROOT, 'vendor/bin/phpstan' ),
			'analyse',
			'--no-progress',
			'--memory-limit=2G',
			...args.slice( 1 ),
		] )
	);
}

const dir = path.join( ROOT, 'tests/release' );
const files = readdirSync( dir )
	.filter( ( file ) => file.endsWith( '.test.mjs' ) )
	.map( ( file ) => path.join( dir, file ) );
process.exit(
	await runLive( process.execPath, [
		'--test',
		'--test-reporter=spec',
		...files,
		...args,
	] )
);
