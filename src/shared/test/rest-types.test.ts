/**
 * External dependencies
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve( __dirname, '../../..' );
const TYPES_FILE = path.join( ROOT, 'src/shared/rest-types.ts' );

describe( 'generated REST types', () => {
	it( 'are what the committed schemas generate', () => {
		// The generator `npm run generate:types` runs, in its own process.
		const expected = execFileSync(
			process.execPath,
			[ path.join( ROOT, 'bin/lib/rest-types.cjs' ) ],
			{ cwd: ROOT, encoding: 'utf8', maxBuffer: 32 * 1024 * 1024 }
		);
		const committed = readFileSync( TYPES_FILE, 'utf8' );
		if ( committed !== expected ) {
			throw new Error(
				'src/shared/rest-types.ts is not what src/shared/rest-schemas.json generates. Run `npm run generate:types` (or `npm run generate:types -- --types-only` when only the types are stale) and commit the result; never edit the file by hand.'
			);
		}
		expect( expected ).toContain( 'export interface Application {' );
	} );
} );
