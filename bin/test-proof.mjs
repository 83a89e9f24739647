#!/usr/bin/env node
/**
 * Proof under load, faults and abuse, at a size that fits in `npm test`: a site on
 * native PHP (built-in server, eight workers) and MariaDB, then
 *
 * - a seeded fuzzer against every write route as every role (bin/lib/bench-fuzz.mjs);
 * - a leak probe as an anonymous visitor (REST, search, feeds, sitemaps, pages);
 * - concurrent submissions with duplicates and honeypot hits;
 * - two coordinators racing for a mentor's last seat, 100 times;
 * - a mail outage for a whole run, then recovery of the queue;
 * - the database server crashing mid-run and coming back.
 *
 * `npm run bench` runs the same checks at full size (bin/bench.mjs).
 *
 * Usage: node bin/test-proof.mjs [--only=fuzz,leak,load,room,race,mail,db] [--json]
 * Ports: MENTORSHIP_PROOF_DB_PORT (3436), MENTORSHIP_PROOF_PORT (8898).
 */
import { startBenchSite } from './lib/bench-site.mjs';
import { fuzz } from './lib/bench-fuzz.mjs';
import {
	assignmentRace,
	crashMidWrite,
	databaseOutage,
	eventCodeRoom,
	leakProbe,
	mailOutage,
	submissionsUnderLoad,
} from './lib/bench-proof.mjs';
import { ensureSystem } from './lib/system.mjs';
import { info } from './lib/util.mjs';

const option = ( key ) => {
	const found = process.argv.find( ( arg ) =>
		arg.startsWith( `--${ key }=` )
	);
	return found ? found.slice( key.length + 3 ) : undefined;
};
const only = option( 'only' )?.split( ',' );

/**
 * Checks that fail today because of a known defect in the plugin, with where it is.
 * They are run and reported, but do not fail the step until the defect is fixed
 * (MENTORSHIP_PROOF_STRICT=1 makes them fail it now). When one starts passing, the
 * run says so: take it off this list.
 */
export const KNOWN_GAPS = {};
const wanted = ( name ) => ! only || only.includes( name );

/**
 * The checks, in the order they run (the database outage last: it fills the logs).
 *
 * @param {Object} site   Bench site.
 * @param {Object} marked Marked applicants for the leak probe.
 * @param {Object} size   Requests per check: fuzz, load, mail, db.
 * @return {Array<[string, () => Promise<Object>]>} Named checks.
 */
export function proofChecks( site, marked, size ) {
	return [
		[ 'fuzz', () => fuzz( site, { count: size.fuzz, seed: 20240 } ) ],
		[
			'leak',
			() =>
				leakProbe( site, {
					marker: marked.marker,
					zone: 'Pacific/Chatham',
					ids: marked.ids,
				} ),
		],
		[
			'load',
			() =>
				submissionsUnderLoad( site, {
					total: size.load,
					concurrency: 16,
				} ),
		],
		[
			'room',
			() =>
				eventCodeRoom( site, {
					people: 60,
					bots: 1000,
					concurrency: 8,
				} ),
		],
		[ 'race', () => assignmentRace( site, { rounds: 100, parallel: 4 } ) ],
		[ 'mail', () => mailOutage( site, { total: size.mail } ) ],
		[
			'db',
			() =>
				databaseOutage( site, {
					concurrency: 8,
					downMs: 4000,
					maxRequests: size.db,
				} ),
		],
		[ 'midwrite', () => crashMidWrite( site ) ],
	];
}

/**
 * Prepares a site for the checks: demo pages and applicants carrying a marker.
 *
 * @param {Object} site Bench site.
 * @return {Promise<{marker: string, ids: number[]}>} The marked applicants.
 */
export async function prepareProofSite( site ) {
	const marker = 'Quillonzeph';
	site.php(
		"\\Mentorship_Program\\Demo\\Demo_Content::seed(); update_option( 'default_comment_status', 'open' ); echo 'ok';"
	);
	const seeded = await site.seed( { mentees: 6, mentors: 3, marker }, 1 );
	return { marker, ids: [ ...seeded.ids.mentees, ...seeded.ids.mentors ] };
}

/**
 * Prints one check's outcome.
 *
 * @param {Object} result
 */
export function report( result ) {
	process.stdout.write(
		`${ result.ok ? '✔' : '✖' } ${ result.name }\n${ JSON.stringify(
			result.details,
			null,
			2
		)
			.split( '\n' )
			.map( ( line ) => `    ${ line }` )
			.join( '\n' ) }\n`
	);
}

if ( import.meta.url === `file://${ process.argv[ 1 ] }` ) {
	ensureSystem( [ 'php', 'database' ] );
	const started = Date.now();
	const site = await startBenchSite( {
		name: 'proof',
		dbPort: Number( process.env.MENTORSHIP_PROOF_DB_PORT || 3436 ),
		sitePort: Number( process.env.MENTORSHIP_PROOF_PORT || 8898 ),
		workers: 8,
	} );
	const results = [];
	try {
		const marked = await prepareProofSite( site );
		const size = { fuzz: 600, load: 200, mail: 40, db: 3000 };
		for ( const [ name, check ] of proofChecks( site, marked, size ) ) {
			if ( ! wanted( name ) ) {
				continue;
			}
			info( `Proof: ${ name }` );
			let result;
			try {
				result = await check();
			} catch ( error ) {
				result = {
					name,
					ok: false,
					details: { error: String( error.stack || error ) },
				};
			}
			result.key = name;
			results.push( result );
			report( result );
		}
	} finally {
		await site.stop();
	}
	const strict = !! process.env.MENTORSHIP_PROOF_STRICT;
	const passed = results.filter( ( r ) => r.ok ).length;
	const known = results.filter(
		( r ) => ! r.ok && KNOWN_GAPS[ r.key ] && ! strict
	);
	const failed = results.length - passed - known.length;
	for ( const r of known ) {
		process.stdout.write(
			`\n! Known gap, not counted as a failure: ${ r.name }\n  ${
				KNOWN_GAPS[ r.key ]
			}\n`
		);
	}
	for ( const r of results.filter( ( x ) => x.ok && KNOWN_GAPS[ x.key ] ) ) {
		process.stdout.write(
			`\n✔ ${ r.name } passes now: remove '${ r.key }' from KNOWN_GAPS in bin/test-proof.mjs.\n`
		);
	}
	process.stdout.write(
		`\nProof checks in ${ Math.round(
			( Date.now() - started ) / 1000
		) } s (${
			known.length
		} known gap(s))\n${ passed } passed, ${ failed } failed\n`
	);
	process.exit( failed ? 1 : 0 );
}
