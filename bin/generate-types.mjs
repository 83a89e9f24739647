#!/usr/bin/env node
/**
 * Regenerates the committed description of the REST API and its TypeScript types:
 *
 * 1. src/shared/rest-schemas.json — written by the PHPUnit drift test on a real
 *    WordPress (MENTORSHIP_WRITE_SCHEMAS=1), from every mentorship/v1 route's schema;
 * 2. src/shared/rest-types.ts — generated from that file by json-schema-to-typescript.
 *
 * Usage: npm run generate:types [-- --types-only]
 * Both files are committed; `npm test` fails when either drifts (PHPUnit for the JSON,
 * the unit tests for the types).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { ROOT, info, runLive } from './lib/util.mjs';

const require = createRequire( import.meta.url );
const {
	SCHEMAS_FILE,
	TYPES_FILE,
	generateRestTypes,
} = require( './lib/rest-types.cjs' );

if ( ! process.argv.includes( '--types-only' ) ) {
	info( 'Writing src/shared/rest-schemas.json from the live schemas' );
	const code = await runLive(
		'node',
		[
			path.join( ROOT, 'bin/test-php.mjs' ),
			'--filter',
			'Rest_Schemas_Drift_Test',
		],
		{
			env: {
				MENTORSHIP_WRITE_SCHEMAS: '1',
				MENTORSHIP_TEST_MODES: 'single',
			},
		}
	);
	if ( code !== 0 ) {
		process.stderr.write( '\n✖ Could not write the schemas.\n' );
		process.exit( 1 );
	}
}
const description = JSON.parse( readFileSync( SCHEMAS_FILE, 'utf8' ) );
writeFileSync( TYPES_FILE, await generateRestTypes( description ) );
info( `Wrote ${ path.relative( ROOT, TYPES_FILE ) }` );
