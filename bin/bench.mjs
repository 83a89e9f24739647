#!/usr/bin/env node
/**
 * `npm run bench`: the plugin against WordPress core on the same production-like
 * site (native PHP served by PHP's built-in server with eight workers, MariaDB),
 * seeded with generated data, then the load and fault checks at full size.
 *
 * Cases: listing applications vs listing posts (latency and queries per request at
 * 10, 50 and 100 per page); submitting applications vs posting comments (sequential
 * and eight at once); funnel and CSV export (time and memory); the matching engine
 * and bundle sizes when their own benchmarks exist. Writes bench/results/latest.json
 * and docs/benchmarks.md.
 *
 * Usage: npm run bench [-- --applications=10000 --posts=10000 --runs=15 --submit=1000 --skip-proof]
 *        npm run bench -- --submit-only [--growth=1000,10000] [--submit=1000]
 *          (submitting only, at each size: bench/results/submit.json and the
 *          "Submitting" section of docs/benchmarks.md)
 * Ports: MENTORSHIP_BENCH_DB_PORT (3426), MENTORSHIP_BENCH_PORT (8899).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { Client, pool, ratio, stats } from './lib/bench-http.mjs';
import {
	FORM_ENDPOINT,
	menteePayload,
	postApplication,
} from '../tests/proof/checks.mjs';
import { USERS, startBenchSite } from './lib/bench-site.mjs';
import {
	attentionTable,
	growthTable,
	replaceDocSection,
	submitTable,
	writeBenchmarksDoc,
} from './lib/bench-report.mjs';
import { ensureSystem } from './lib/system.mjs';
import { ROOT, info, run, runLive } from './lib/util.mjs';
import {
	prepareProofSite,
	proofChecks,
	report,
} from '../tests/proof/suite.mjs';

/**
 * In the page: the steps of the visit from the browser's own timings (ms since the start
 * of navigation): the HTML's first and last byte, the scripts run (DOMContentLoaded),
 * the screen's chunks in, the REST requests the screen made and when the last one
 * ended, the first row on screen.
 *
 * @return {Object} Steps.
 */
function screenSteps() {
	const nav = window.performance.getEntriesByType( 'navigation' )[ 0 ];
	const resources = window.performance.getEntriesByType( 'resource' );
	const chunks = resources.filter(
		( e ) =>
			/\/build\/admin\/.+\.js/.test( e.name ) &&
			! /\/build\/admin\/index\.js/.test( e.name )
	);
	const rest = resources.filter( ( e ) =>
		/(\/wp-json\/|rest_route=)mentorship\/v1\//.test(
			decodeURIComponent( e.name )
		)
	);
	const end = ( list ) =>
		list.length
			? Math.round( Math.max( ...list.map( ( e ) => e.responseEnd ) ) )
			: 0;
	return {
		htmlFirstByte: Math.round( nav.responseStart ),
		htmlLastByte: Math.round( nav.responseEnd ),
		scriptsRun: Math.round( nav.domContentLoadedEventEnd ),
		chunksIn: end( chunks ),
		restRequests: rest.length,
		restDone: end( rest ),
		firstRow: Math.round( window.mentorshipBenchRow || 0 ),
	};
}

/**
 * Opens the Applications screen as a coordinator, several times after a warm-up, and
 * times each visit from the start of navigation until the first page of rows is on
 * screen and a row's checkbox answers a click.
 *
 * @param {string} url  Site address.
 * @param {number} runs Timed visits.
 * @param {string} shot Screenshot file, or '' for none.
 * @return {Promise<Object>} Times in ms (median, p95, each), rows shown, total reported.
 */
async function measureAdminTable( url, runs, shot = '' ) {
	const { chromium } = await import( '@playwright/test' );
	const browser = await chromium.launch( {
		executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
		args: [ '--no-sandbox' ],
	} );
	try {
		const context = await browser.newContext( {
			viewport: { width: 1440, height: 900 },
		} );
		const page = await context.newPage();
		// When the first row (with its checkbox) is in the page, from the page's clock.
		await page.addInitScript( () => {
			new window.MutationObserver( ( _, observer ) => {
				if (
					document.querySelector(
						'.dataviews-view-table tbody tr input[type=checkbox]'
					)
				) {
					window.mentorshipBenchRow = window.performance.now();
					observer.disconnect();
				}
			} ).observe( document, { childList: true, subtree: true } );
		} );
		await page.goto( `${ url }/wp-login.php` );
		// wp-login.php focuses (and selects) the username field 200 ms after it loads;
		// typing before that can land in the wrong field.
		await page.locator( '#user_login' ).evaluate(
			( field ) =>
				new Promise( ( resolve ) => {
					const check = () =>
						field.ownerDocument.activeElement === field
							? resolve()
							: setTimeout( check, 20 );
					check();
					setTimeout( resolve, 2000 );
				} )
		);
		await page.fill( '#user_login', USERS.coordinator.login );
		await page.fill( '#user_pass', USERS.coordinator.password );
		await Promise.all( [
			page.waitForURL( /wp-admin/ ),
			page.click( '#wp-submit' ),
		] );
		const times = [];
		const steps = [];
		let rows = 0;
		let total = '';
		for ( let i = 0; i < runs + 1; i++ ) {
			const start = Date.now();
			await page.goto(
				`${ url }/wp-admin/admin.php?page=mentorship-program&view=applications`
			);
			const first = page
				.locator( '.dataviews-view-table tbody tr' )
				.first();
			await first.waitFor( { state: 'visible', timeout: 60000 } );
			const box = first.getByRole( 'checkbox' ).first();
			await box.click();
			await page.waitForFunction(
				( el ) => el && el.checked,
				await box.elementHandle()
			);
			const ms = Date.now() - start;
			if ( i > 0 ) {
				times.push( ms );
				steps.push( {
					...( await page.evaluate( screenSteps ) ),
					checked: ms,
				} );
			}
			rows = await page
				.locator( '.dataviews-view-table tbody tr' )
				.count();
			total = (
				( await page
					.locator(
						'.dataviews-pagination__page-select, .dataviews-pagination'
					)
					.first()
					.textContent()
					.catch( () => '' ) ) || ''
			)
				.replace( /\s+/g, ' ' )
				.trim();
		}
		// What the coordinator sees, with the first row's actions menu open.
		let screenshot = null;
		if ( shot ) {
			await page
				.locator( '.dataviews-view-table tbody tr' )
				.first()
				.getByRole( 'button', { name: /actions/i } )
				.first()
				.click()
				.catch( () => {} );
			await page.waitForTimeout( 300 );
			await page.screenshot( { path: shot } );
			screenshot = path.relative( ROOT, shot );
		}
		const median = ( key ) =>
			stats( steps.map( ( x ) => x[ key ] ) ).median;
		return {
			...stats( times ),
			runs: times,
			// Where the time goes (medians, ms from the start of navigation).
			steps: Object.fromEntries(
				Object.keys( steps[ 0 ] || {} ).map( ( key ) => [
					key,
					median( key ),
				] )
			),
			rows,
			pagination: total,
			screenshot,
		};
	} finally {
		await browser.close();
	}
}

const option = ( key, fallback ) => {
	const found = process.argv.find( ( arg ) =>
		arg.startsWith( `--${ key }=` )
	);
	return found ? Number( found.slice( key.length + 3 ) ) : fallback;
};
const SIZE = option( 'applications', option( 'size', 10000 ) );
const POSTS = option( 'posts', option( 'size', 10000 ) );
const GROWTH = (
	process.argv
		.find( ( arg ) => arg.startsWith( '--growth=' ) )
		?.slice( 9 )
		.split( ',' )
		.map( Number )
		.filter( ( n ) => n > 0 ) || []
).sort( ( a, b ) => a - b );
const RUNS = option( 'runs', 15 );
const SUBMIT = option( 'submit', 1000 );
const WARMUP = 3;

/**
 * Groups a query log by the plugin function (or, outside the plugin, the WordPress
 * function) that ran each query.
 *
 * @param {string} file Query log from bench/mu-plugins/query-count.php.
 * @return {Object|null} count, seconds, by caller, slowest queries.
 */
function analyseQueryLog( file ) {
	if ( ! existsSync( file ) ) {
		return null;
	}
	const log = JSON.parse( readFileSync( file, 'utf8' ) );
	const groups = {};
	const functions = {};
	for ( const query of log.queries ) {
		const frames = query.caller.split( ', ' );
		const mine = frames.filter( ( frame ) =>
			frame.includes( 'Mentorship_Program\\' )
		);
		const key = mine.length
			? `${ mine[ mine.length - 1 ].replace(
					'Mentorship_Program\\',
					''
			  ) } → ${ frames[ frames.length - 1 ] }`
			: `core: ${ frames.slice( -2 ).join( ' → ' ).slice( 0, 120 ) }`;
		groups[ key ] ??= { queries: 0, ms: 0 };
		groups[ key ].queries++;
		groups[ key ].ms += query.time * 1000;
		// The outermost plugin function under the route callback: where the cost starts.
		const owner = mine.length
			? mine
					.slice( 0, 2 )
					.map( ( f ) => f.replace( 'Mentorship_Program\\', '' ) )
					.join( ' → ' )
			: 'WordPress (bootstrap, auth, REST server)';
		functions[ owner ] ??= { queries: 0, ms: 0 };
		functions[ owner ].queries++;
		functions[ owner ].ms += query.time * 1000;
	}
	const byCaller = Object.entries( groups )
		.map( ( [ caller, g ] ) => ( {
			caller,
			queries: g.queries,
			ms: Math.round( g.ms * 100 ) / 100,
		} ) )
		.sort( ( a, b ) => b.ms - a.ms );
	const slowest = [ ...log.queries ]
		.sort( ( a, b ) => b.time - a.time )
		.slice( 0, 5 )
		.map( ( q ) => ( {
			ms: Math.round( q.time * 100000 ) / 100,
			sql: q.sql.replace( /\s+/g, ' ' ).slice( 0, 300 ),
			caller: q.caller.split( ', ' ).slice( -3 ).join( ', ' ),
		} ) );
	return {
		count: log.count,
		logged: log.logged,
		ms:
			Math.round(
				log.queries.reduce( ( sum, q ) => sum + q.time, 0 ) * 100000
			) / 100,
		byCaller: byCaller.slice( 0, 14 ),
		byFunction: Object.entries( functions )
			.map( ( [ owner, g ] ) => ( {
				owner,
				queries: g.queries,
				ms: Math.round( g.ms * 100 ) / 100,
			} ) )
			.sort( ( a, b ) => b.queries - a.queries ),
		phases: log.phases || [],
		hooks: Object.entries( log.hooks || {} )
			.map( ( [ callback, h ] ) => ( {
				callback,
				ms: h.ms,
				queries: h.queries,
			} ) )
			.sort( ( a, b ) => b.ms - a.ms ),
		callers: Object.fromEntries(
			Object.entries( groups ).map( ( [ k, g ] ) => [ k, g.queries ] )
		),
		slowest,
	};
}

/**
 * Sends requests several times after a warm-up; with several routes, one request of
 * each in turn, so drift of the machine touches all of them alike.
 *
 * @param {Client}   client
 * @param {string[]} routes
 * @param {number}   runs
 * @return {Promise<Object[]>} Per route: latency statistics, query counts, memory, status.
 */
async function measure( client, routes, runs = RUNS ) {
	for ( let i = 0; i < WARMUP; i++ ) {
		for ( const route of routes ) {
			await client.rest( 'GET', route );
		}
	}
	const seen = routes.map( () => ( {
		ms: [],
		queries: new Set(),
		memory: 0,
		status: 0,
		total: null,
	} ) );
	for ( let i = 0; i < runs; i++ ) {
		for ( const [ index, route ] of routes.entries() ) {
			const answer = await client.rest( 'GET', route );
			const s = seen[ index ];
			s.ms.push( answer.ms );
			s.queries.add( Number( answer.headers.get( 'x-query-count' ) ) );
			s.memory = Math.max(
				s.memory,
				Number( answer.headers.get( 'x-peak-memory' ) || 0 )
			);
			s.status = answer.status;
			s.total = answer.headers.get( 'x-wp-total' );
		}
	}
	return seen.map( ( s ) => ( {
		...stats( s.ms ),
		status: s.status,
		total: s.total === null ? null : Number( s.total ),
		queries: [ ...s.queries ].sort( ( a, b ) => a - b ),
		peakMemoryMB: Math.round( ( s.memory / 1048576 ) * 10 ) / 10,
	} ) );
}

/**
 * Sends one application as a visitor, to the form's endpoint (the path the
 * application form's script uses) or (`viaRest`) to the REST route API clients use.
 *
 * @param {Object}  site
 * @param {Object}  payload From menteePayload().
 * @param {Object}  headers Extra headers (query log, profile).
 * @param {boolean} viaRest Send to POST /wp-json/mentorship/v1/applications instead.
 * @return {Promise<Object>} The answer.
 */
function sendApplication( site, payload, headers = {}, viaRest = false ) {
	return postApplication( new Client( site.url ), payload, viaRest, headers );
}

/**
 * Latency of public applications against anonymous comments, and what was stored:
 * applications as the form's script sends them (its own endpoint), the same through
 * the REST route for reference, and comments.
 *
 * @param {Object} site
 * @param {number} postId      Post that takes comments.
 * @param {number} count       Submissions of each kind.
 * @param {number} concurrency
 * @param {string} label
 */
async function submitCase( site, postId, count, concurrency, label ) {
	const prefix = `bench-${ label }-${ Date.now().toString( 36 ) }`;
	const sent = ( viaRest ) => async ( i ) => {
		const answer = await sendApplication(
			site,
			menteePayload(
				site.token,
				`${ prefix }-${ viaRest ? 'rest' : 'app' }-${ i }@example.org`,
				i
			),
			{},
			viaRest
		);
		return {
			ms: answer.ms,
			// The receipt carries no ID (no personal data): a 201 with its private link.
			ok:
				answer.status === 201 &&
				typeof answer.json?.status_url === 'string',
			status: answer.status,
		};
	};
	const application = sent( false );
	const viaRest = sent( true );
	const comment = async ( i ) => {
		const answer = await new Client( site.url ).request(
			'POST',
			'/wp-comments-post.php',
			{
				form: {
					comment_post_ID: String( postId ),
					author: `Commenter ${ i }`,
					email: `${ prefix }-comment-${ i }@example.org`,
					url: '',
					comment: `A comment of about the same size as an application's goals, number ${ i }.`,
					comment_parent: '0',
				},
				rest: false,
			}
		);
		return {
			ms: answer.ms,
			ok: answer.status === 302,
			status: answer.status,
		};
	};
	const items = Array.from( { length: count }, ( _, i ) => i );
	const apps = [];
	const rests = [];
	const comments = [];
	if ( concurrency === 1 ) {
		// Interleaved, so any drift of the machine touches all three alike.
		for ( const i of items ) {
			apps.push( await application( i ) );
			rests.push( await viaRest( i ) );
			comments.push( await comment( i ) );
		}
	} else {
		// In rounds, applications, then the REST route, then comments, so drift of a
		// shared machine over the run touches all alike (one long block each would
		// compare different minutes).
		apps.seconds = 0;
		rests.seconds = 0;
		comments.seconds = 0;
		const rounds = Math.max( 1, Math.min( 4, Math.floor( count / 50 ) ) );
		const size = Math.ceil( count / rounds );
		for ( let from = 0; from < count; from += size ) {
			const round = items.slice( from, from + size );
			for ( const [ list, send ] of [
				[ apps, application ],
				[ rests, viaRest ],
				[ comments, comment ],
			] ) {
				const startedAt = Date.now();
				list.push( ...( await pool( round, concurrency, send ) ) );
				list.seconds += ( Date.now() - startedAt ) / 1000;
			}
		}
	}
	const stored = JSON.parse(
		site.php( `
global $wpdb;
$apps = (int) $wpdb->get_var( $wpdb->prepare( "SELECT COUNT(*) FROM {$wpdb->postmeta} WHERE meta_key = '_mp_email' AND meta_value LIKE %s", $wpdb->esc_like( '${ prefix }-app-' ) . '%' ) );
$appsDistinct = (int) $wpdb->get_var( $wpdb->prepare( "SELECT COUNT(DISTINCT meta_value) FROM {$wpdb->postmeta} WHERE meta_key = '_mp_email' AND meta_value LIKE %s", $wpdb->esc_like( '${ prefix }-app-' ) . '%' ) );
$rest = (int) $wpdb->get_var( $wpdb->prepare( "SELECT COUNT(*) FROM {$wpdb->postmeta} WHERE meta_key = '_mp_email' AND meta_value LIKE %s", $wpdb->esc_like( '${ prefix }-rest-' ) . '%' ) );
$restDistinct = (int) $wpdb->get_var( $wpdb->prepare( "SELECT COUNT(DISTINCT meta_value) FROM {$wpdb->postmeta} WHERE meta_key = '_mp_email' AND meta_value LIKE %s", $wpdb->esc_like( '${ prefix }-rest-' ) . '%' ) );
$comments = (int) $wpdb->get_var( $wpdb->prepare( "SELECT COUNT(*) FROM {$wpdb->comments} WHERE comment_author_email LIKE %s", $wpdb->esc_like( '${ prefix }-comment-' ) . '%' ) );
$commentsDistinct = (int) $wpdb->get_var( $wpdb->prepare( "SELECT COUNT(DISTINCT comment_author_email) FROM {$wpdb->comments} WHERE comment_author_email LIKE %s", $wpdb->esc_like( '${ prefix }-comment-' ) . '%' ) );
echo wp_json_encode( compact( 'apps', 'appsDistinct', 'rest', 'restDistinct', 'comments', 'commentsDistinct' ) );
` )
	);
	const side = ( results, storedCount, distinct ) => {
		const accepted = results.filter( ( r ) => r.ok ).length;
		const statuses = {};
		for ( const r of results ) {
			statuses[ r.status ] = ( statuses[ r.status ] || 0 ) + 1;
		}
		return {
			...stats( results.map( ( r ) => r.ms ) ),
			accepted,
			errors: results.length - accepted,
			statuses,
			stored: storedCount,
			lost: Math.max( 0, accepted - storedCount ),
			doubled: storedCount - distinct,
			seconds: results.seconds,
		};
	};
	// plugin: the path the form's script uses; rest: the REST route, for reference.
	const plugin = side( apps, stored.apps, stored.appsDistinct );
	const rest = side( rests, stored.rest, stored.restDistinct );
	const core = side( comments, stored.comments, stored.commentsDistinct );
	return {
		concurrency,
		count,
		path: FORM_ENDPOINT,
		plugin,
		rest,
		core,
		medianRatio: ratio( plugin.median, core.median ),
		p95Ratio: ratio( plugin.p95, core.p95 ),
		restMedianRatio: ratio( rest.median, core.median ),
		restP95Ratio: ratio( rest.p95, core.p95 ),
	};
}

/**
 * Peak memory of the CSV export in a PHP process: streaming vs holding every row.
 *
 * @param {Object}  site
 * @param {boolean} holding Also measure holding every row in memory.
 */
function exportMemory( site, holding = true ) {
	const measureIn = ( body ) =>
		JSON.parse(
			site.php( `
use Mentorship_Program\\Applications\\Applications;
use Mentorship_Program\\Applications\\Exporter;
wp_set_current_user( 1 );
$base = memory_get_usage();
memory_reset_peak_usage();
$started = microtime( true );
${ body }
echo wp_json_encode( array( 'rows' => $rows, 'seconds' => round( microtime( true ) - $started, 3 ), 'peakAboveBaseMB' => round( ( memory_get_peak_usage() - $base ) / 1048576, 1 ), 'peakMB' => round( memory_get_peak_usage() / 1048576, 1 ) ) );
` )
		);
	const streaming = measureIn( `
$out  = fopen( '/dev/null', 'w' );
$rows = Exporter::write( array(), $out );
fclose( $out );
` );
	if ( ! holding ) {
		return { streaming };
	}
	return {
		streaming,
		holding: measureIn( `
$list = Applications::list( array( 'per_page' => -1 ) );
$rows = count( $list['items'] );
` ),
	};
}

/**
 * Runs another engineer's benchmark when it exists and returns its JSON.
 *
 * @param {string}   file
 * @param {string[]} command
 */
function external( file, command ) {
	if ( ! existsSync( path.join( ROOT, file ) ) ) {
		return { skipped: `${ file } does not exist` };
	}
	const result = run( command[ 0 ], command.slice( 1 ), { timeout: 900000 } );
	const text = result.stdout.trim();
	const start = text.search( /^[[{]/m );
	try {
		return {
			command: command.join( ' ' ).replace( ROOT + '/', '' ),
			exit: result.status,
			result: JSON.parse( start >= 0 ? text.slice( start ) : text ),
		};
	} catch {
		return {
			command: command.join( ' ' ),
			exit: result.status,
			error: ( result.stderr || text ).trim().slice( -500 ),
		};
	}
}

function machine( site ) {
	const cpus = os.cpus();
	const version = ( cmd, args ) =>
		run( cmd, args ).stdout.trim().split( '\n' )[ 0 ];
	const wp = readFileSync(
		path.join( site.dir, 'wp-includes/version.php' ),
		'utf8'
	).match( /\$wp_version\s*=\s*'([^']+)'/ );
	return {
		date: new Date().toISOString(),
		cores: cpus.length,
		cpu: cpus[ 0 ]?.model || 'unknown',
		memoryGB: Math.round( ( os.totalmem() / 1073741824 ) * 10 ) / 10,
		os: `${ os.type() } ${ os.release() }`,
		php: version( 'php', [ '-r', 'echo PHP_VERSION;' ] ),
		mariadb: site.sql( 'SELECT VERSION()' ).split( '\n' ).pop(),
		node: process.version,
		wordpress: wp ? wp[ 1 ] : 'unknown',
		server: 'php -S with PHP_CLI_SERVER_WORKERS=8',
		loadAverageAtStart: os
			.loadavg()
			.map( ( x ) => Math.round( x * 10 ) / 10 ),
	};
}

/**
 * Seeds the site with `applications` applications (a tenth of them mentors) and
 * `posts` posts, by bulk INSERTs (bin/php/seed-bench.php --bulk=1, a bench shortcut),
 * or restores the database saved by an earlier run with the same size stamp (sizes,
 * generator seed, the seeder's and the schema's source) from .cache/bench-seeds.
 * --fresh-seed ignores saved databases.
 *
 * @param {Object} site
 * @param {number} applications
 * @param {number} posts
 * @return {Promise<Object>} What was seeded, how long it took, whether it was reused.
 */
async function seedCached( site, applications, posts ) {
	const hash = createHash( 'sha1' );
	for ( const file of [
		'bin/php/seed-bench.php',
		'includes/Installer.php',
		'includes/Database/Schema.php',
		'includes/Stats/Counts.php',
		'includes/Mentorship/Schema.php',
	] ) {
		if ( existsSync( path.join( ROOT, file ) ) ) {
			hash.update( readFileSync( path.join( ROOT, file ) ) );
		}
	}
	const stamp = `${ applications }-${ posts }-42-${ hash
		.digest( 'hex' )
		.slice( 0, 12 ) }`;
	const file = path.join( ROOT, '.cache/bench-seeds', `seed-${ stamp }.sql` );
	const mentors = Math.round( applications / 10 );
	if ( existsSync( file ) && ! process.argv.includes( '--fresh-seed' ) ) {
		const started = Date.now();
		info( `Restoring the seeded database ${ path.basename( file ) }` );
		await site.restore( file );
		return {
			applications,
			mentees: applications - mentors,
			mentors,
			posts,
			reused: path.relative( ROOT, file ),
			applicationSeconds: 0,
			postSeconds: 0,
			restoreSeconds: ( Date.now() - started ) / 1000,
			failures: 0,
		};
	}
	info(
		`Seeding ${ applications } applications and ${ posts } posts (bulk INSERTs)`
	);
	const seeded = await site.seed(
		{
			mentees: applications - mentors,
			mentors,
			posts,
			seed: 42,
			bulk: 1,
			chunk: 1000,
		},
		1
	);
	// The bulk seeder reports its own split; seconds is the wall time of the whole.
	const seconds = seeded.seconds;
	const started = Date.now();
	await site.dump( file );
	return {
		applications: seeded.mentees + seeded.mentors,
		mentees: seeded.mentees,
		mentors: seeded.mentors,
		transitions: seeded.transitions,
		posts: seeded.posts,
		seconds,
		applicationSeconds: seconds,
		postSeconds: 0,
		dumpSeconds: ( Date.now() - started ) / 1000,
		saved: path.relative( ROOT, file ),
		failures: seeded.failures.length,
	};
}

/**
 * One size of the growth table: a fresh site seeded with `size` applications and
 * `size` posts; list, funnel, export, submit and the Applications screen, each
 * beside core's figure on the same site.
 *
 * @param {number} size
 * @return {Promise<Object>} The figures at this size.
 */
async function growthAt( size ) {
	const site = await startBenchSite( {
		name: 'bench',
		dbPort: Number( process.env.MENTORSHIP_BENCH_DB_PORT || 3426 ),
		sitePort: Number( process.env.MENTORSHIP_BENCH_PORT || 8899 ),
		workers: 8,
	} );
	const out = { size };
	try {
		out.seed = await seedCached( site, size, size );
		info( `Size ${ size }: seeded ${ JSON.stringify( out.seed ) }` );
		const commentPost = Number(
			site.php( `
$id = (int) get_posts( array( 'numberposts' => 1, 'fields' => 'ids', 'orderby' => 'ID', 'order' => 'ASC' ) )[0];
wp_update_post( array( 'ID' => $id, 'comment_status' => 'open' ) );
echo $id;
` )
		);
		site.sql(
			'ANALYZE TABLE wp_posts, wp_postmeta, wp_term_relationships, wp_term_taxonomy, wp_comments'
		);
		const coordinator = await new Client( site.url ).login(
			USERS.coordinator.login,
			USERS.coordinator.password
		);
		const [ list, posts ] = await measure( coordinator, [
			'/mentorship/v1/applications?per_page=50&stage[]=submitted&team[]=core',
			'/wp/v2/posts?per_page=50',
		] );
		out.list = {
			plugin: list,
			core: posts,
			medianRatio: ratio( list.median, posts.median ),
		};
		info(
			`list: plugin ${ list.median } ms (${ list.queries.join(
				'/'
			) } q), core ${ posts.median } ms (${ posts.queries.join(
				'/'
			) } q)`
		);
		await coordinator.rest(
			'GET',
			'/mentorship/v1/applications?per_page=50&stage[]=submitted&team[]=core',
			{ headers: { 'X-Bench-Query-Log': 'growth-list' } }
		);
		out.list.queryLog = analyseQueryLog(
			path.join( site.queryLogDir, 'growth-list.json' )
		);
		const admin = await new Client( site.url ).login(
			USERS.admin.login,
			USERS.admin.password
		);
		[ out.funnel ] = await measure(
			admin,
			[ '/mentorship/v1/stats/funnel' ],
			10
		);
		await admin.rest( 'GET', '/mentorship/v1/stats/funnel', {
			headers: { 'X-Bench-Query-Log': 'growth-funnel' },
		} );
		out.funnel.queryLog = analyseQueryLog(
			path.join( site.queryLogDir, 'growth-funnel.json' )
		);
		info( `funnel: ${ out.funnel.median } ms` );
		const exports = [];
		let peak = 0;
		for ( let i = 0; i < 3; i++ ) {
			const answer = await admin.rest( 'GET', '/mentorship/v1/export' );
			exports.push( answer.ms );
			peak = Math.max(
				peak,
				Number( answer.headers.get( 'x-peak-memory' ) || 0 )
			);
		}
		out.export = {
			http: stats( exports ),
			memory: exportMemory( site, false ),
		};
		info(
			`export: ${ out.export.http.median } ms, streaming peak ${ out.export.memory.streaming.peakMB } MB`
		);
		out.submit = {
			sequential: await submitCase( site, commentPost, SUBMIT, 1, 'seq' ),
			concurrent: await submitCase( site, commentPost, SUBMIT, 8, 'c8' ),
		};
		await sendApplication(
			site,
			menteePayload( site.token, 'query-log-submit@example.org', 1 ),
			{ 'X-Bench-Query-Log': 'growth-submit' }
		);
		await new Client( site.url ).request( 'POST', '/wp-comments-post.php', {
			form: {
				comment_post_ID: String( commentPost ),
				author: 'Query Log',
				email: 'query-log-comment@example.org',
				comment: 'Logged.',
			},
			headers: { 'X-Bench-Query-Log': 'growth-comment' },
			rest: false,
		} );
		out.submit.queryLog = {
			plugin: analyseQueryLog(
				path.join( site.queryLogDir, 'growth-submit.json' )
			),
			core: analyseQueryLog(
				path.join( site.queryLogDir, 'growth-comment.json' )
			),
		};
		info(
			`submit: seq ${ out.submit.sequential.plugin.median } vs ${ out.submit.sequential.core.median } ms, c8 ${ out.submit.concurrent.plugin.median } vs ${ out.submit.concurrent.core.median } ms`
		);
		try {
			out.adminTable = await measureAdminTable(
				site.url,
				5,
				path.join( ROOT, `bench/results/applications-${ size }.png` )
			);
		} catch ( error ) {
			out.adminTable = { error: String( error.message || error ) };
		}
		info( `Applications screen: ${ out.adminTable.median } ms` );
	} finally {
		await site.stop();
	}
	return out;
}

/**
 * The cost of one submission, split: `times` requests of each kind with the query log
 * on, one after the other, and per phase of the request (loading WordPress, init, the
 * REST server, the route's work, the answer) the median time it was reached.
 *
 * @param {Object} site
 * @param {number} postId Post that takes comments.
 * @param {string} label  Log name prefix.
 * @param {number} times  Requests of each kind.
 * @return {Promise<Object>} plugin and core: the last request's query log analysis, with median phases.
 */
async function submitProfile( site, postId, label, times = 7 ) {
	const logs = { plugin: [], rest: [], core: [] };
	for ( let i = 0; i < times; i++ ) {
		const app = `${ label }-submit-${ i }`;
		const viaRest = `${ label }-rest-${ i }`;
		const com = `${ label }-comment-${ i }`;
		await sendApplication(
			site,
			menteePayload(
				site.token,
				`query-log-${ label }-${ i }-${ Date.now() }@example.org`,
				i
			),
			{ 'X-Bench-Query-Log': app }
		);
		await sendApplication(
			site,
			menteePayload(
				site.token,
				`query-log-${ label }-rest-${ i }-${ Date.now() }@example.org`,
				i
			),
			{ 'X-Bench-Query-Log': viaRest },
			true
		);
		await new Client( site.url ).request( 'POST', '/wp-comments-post.php', {
			form: {
				comment_post_ID: String( postId ),
				author: 'Query Log',
				email: `query-log-${ label }-${ i }@example.org`,
				comment: `Logged ${ i }.`,
			},
			headers: { 'X-Bench-Query-Log': com },
			rest: false,
		} );
		logs.plugin.push(
			analyseQueryLog( path.join( site.queryLogDir, `${ app }.json` ) )
		);
		logs.rest.push(
			analyseQueryLog(
				path.join( site.queryLogDir, `${ viaRest }.json` )
			)
		);
		logs.core.push(
			analyseQueryLog( path.join( site.queryLogDir, `${ com }.json` ) )
		);
	}
	const median = ( values ) => {
		const sorted = [ ...values ].sort( ( a, b ) => a - b );
		return sorted.length ? sorted[ Math.floor( sorted.length / 2 ) ] : null;
	};
	const merge = ( list ) => {
		const found = list.filter( Boolean );
		if ( ! found.length ) {
			return null;
		}
		const last = found[ found.length - 1 ];
		return {
			...last,
			ms: median( found.map( ( l ) => l.ms ) ),
			phases: last.phases.map( ( [ name ], index ) => [
				name,
				median(
					found
						.map( ( l ) => l.phases[ index ] )
						.filter( ( p ) => p && p[ 0 ] === name )
						.map( ( p ) => p[ 1 ] )
				),
			] ),
			phasesOf: found.length,
			// Each callback's median time over the requests.
			hooks: ( last.hooks || [] )
				.map( ( h ) => ( {
					...h,
					ms: median(
						found.map(
							( l ) =>
								( l.hooks || [] ).find(
									( x ) => x.callback === h.callback
								)?.ms ?? 0
						)
					),
				} ) )
				.sort( ( a, b ) => b.ms - a.ms )
				.slice( 0, 25 ),
		};
	};
	return {
		plugin: merge( logs.plugin ),
		rest: merge( logs.rest ),
		core: merge( logs.core ),
	};
}

/**
 * Where the processor time of a submission goes (`--profile`, needs the Excimer
 * extension): `times` applications and comments, sampled by
 * bench/mu-plugins/profile.php; per kind, the functions with the most samples
 * anywhere on the stack (inclusive) and at the top (self), as a share of all samples.
 *
 * @param {Object} site
 * @param {number} postId Post that takes comments.
 * @param {string} label  Profile name prefix.
 * @param {number} times  Requests of each kind.
 * @return {Promise<Object>} plugin and core: samples, inclusive and self shares.
 */
async function cpuProfile( site, postId, label, times = 60 ) {
	const dir = path.join( site.dir, 'wp-content/bench-profiles' );
	for ( let i = 0; i < times; i++ ) {
		await sendApplication(
			site,
			menteePayload(
				site.token,
				`profile-${ label }-${ i }-${ Date.now() }@example.org`,
				i
			),
			{ 'X-Bench-Profile': `${ label }-submit` }
		);
		await new Client( site.url ).request( 'POST', '/wp-comments-post.php', {
			form: {
				comment_post_ID: String( postId ),
				author: 'Profiled',
				email: `profile-${ label }-${ i }@example.org`,
				comment: `Profiled ${ i }.`,
			},
			headers: { 'X-Bench-Profile': `${ label }-comment` },
			rest: false,
		} );
	}
	const summarise = ( file ) => {
		if ( ! existsSync( file ) ) {
			return null;
		}
		const inclusive = {};
		const self = {};
		let total = 0;
		const lines = [];
		for ( const line of readFileSync( file, 'utf8' ).split( '\n' ) ) {
			const at = line.lastIndexOf( ' ' );
			if ( at < 0 ) {
				continue;
			}
			const n = Number( line.slice( at + 1 ) );
			const frames = line.slice( 0, at ).split( ';' );
			lines.push( { n, frames } );
			total += n;
			for ( const frame of new Set( frames ) ) {
				inclusive[ frame ] = ( inclusive[ frame ] || 0 ) + n;
			}
			const top = frames[ frames.length - 1 ];
			self[ top ] = ( self[ top ] || 0 ) + n;
		}
		const top = ( counts, n ) =>
			Object.entries( counts )
				.sort( ( a, b ) => b[ 1 ] - a[ 1 ] )
				.slice( 0, n )
				.map( ( [ frame, count ] ) => ( {
					frame,
					share: Math.round( ( count / total ) * 1000 ) / 10,
				} ) );
		// Where the time is spent, in ms per request: WordPress's start-up (wp-settings.php),
		// the REST server outside the route's callback, the route's callback, comment handling.
		const under = ( test ) => {
			let n = 0;
			for ( const line of lines ) {
				if ( test( line.frames ) ) {
					n += line.n;
				}
			}
			return Math.round( ( ( n * 0.2 ) / times ) * 10 ) / 10;
		};
		// The route's own work: the REST callback, or the form endpoint's answer().
		const own = ( x ) =>
			x.endsWith( '::create_item' ) ||
			x.endsWith( 'Public_Endpoint::answer' );
		// The form's endpoint answers from wp_loaded, inside wp-settings.php: its time is
		// not start-up.
		const endpoint = ( x ) => x.endsWith( 'Public_Endpoint::serve' );
		const split = {
			startup: under(
				( f ) =>
					f.some( ( x ) => x.endsWith( 'wp-settings.php' ) ) &&
					! f.some( endpoint )
			),
			rest: under(
				( f ) => f.includes( 'rest_api_loaded' ) && ! f.some( own )
			),
			route: under( ( f ) => f.some( own ) ),
			// The endpoint outside answer(): reading the body, sending the answer.
			endpoint: under( ( f ) => f.some( endpoint ) && ! f.some( own ) ),
			handling: under( ( f ) =>
				f.includes( 'wp_handle_comment_submission' )
			),
		};
		return {
			samples: total,
			split,
			perRequestMs: Math.round( ( ( total * 0.2 ) / times ) * 10 ) / 10,
			inclusive: top( inclusive, 60 ),
			self: top( self, 25 ),
		};
	};
	return {
		times,
		plugin: summarise( path.join( dir, `${ label }-submit.txt` ) ),
		core: summarise( path.join( dir, `${ label }-comment.txt` ) ),
	};
}

/**
 * Submitting only, at one size (`--submit-only`): a fresh site with `size`
 * applications and `size` posts; `SUBMIT` applications against `SUBMIT` anonymous
 * comments one at a time (interleaved) and eight at once (in alternating rounds),
 * what was stored counted afterwards, then the query log and time split of one of each.
 *
 * @param {number} size
 * @return {Promise<Object>} The figures at this size.
 */
async function submitAt( size ) {
	const site = await startBenchSite( {
		name: 'bench',
		dbPort: Number( process.env.MENTORSHIP_BENCH_DB_PORT || 3426 ),
		sitePort: Number( process.env.MENTORSHIP_BENCH_PORT || 8899 ),
		workers: 8,
	} );
	const out = { size };
	try {
		out.seed = await seedCached( site, size, size );
		info( `Size ${ size }: seeded ${ JSON.stringify( out.seed ) }` );
		const commentPost = Number(
			site.php( `
$id = (int) get_posts( array( 'numberposts' => 1, 'fields' => 'ids', 'orderby' => 'ID', 'order' => 'ASC' ) )[0];
wp_update_post( array( 'ID' => $id, 'comment_status' => 'open' ) );
echo $id;
` )
		);
		site.sql(
			'ANALYZE TABLE wp_posts, wp_postmeta, wp_term_relationships, wp_term_taxonomy, wp_comments'
		);
		// Warm both paths (opcache, the database's buffers) before anything is timed.
		await submitCase( site, commentPost, 20, 1, 'warm' );
		out.loadAverageAtStart = os
			.loadavg()
			.map( ( x ) => Math.round( x * 10 ) / 10 );
		out.sequential = await submitCase(
			site,
			commentPost,
			SUBMIT,
			1,
			'seq'
		);
		info(
			`one at a time: form endpoint ${ out.sequential.plugin.median } vs comment ${ out.sequential.core.median } ms (${ out.sequential.medianRatio }×); REST route ${ out.sequential.rest.median } ms (${ out.sequential.restMedianRatio }×)`
		);
		out.concurrent = await submitCase( site, commentPost, SUBMIT, 8, 'c8' );
		info(
			`eight at once: form endpoint ${ out.concurrent.plugin.median } vs comment ${ out.concurrent.core.median } ms (${ out.concurrent.medianRatio }×); REST route ${ out.concurrent.rest.median } ms (${ out.concurrent.restMedianRatio }×)`
		);
		out.loadAverageAtEnd = os
			.loadavg()
			.map( ( x ) => Math.round( x * 10 ) / 10 );
		out.queryLog = await submitProfile( site, commentPost, `s${ size }` );
		if ( process.argv.includes( '--profile' ) ) {
			out.profile = await cpuProfile( site, commentPost, `s${ size }` );
		}
		out.measured = new Date().toISOString();
	} finally {
		await site.stop();
	}
	return out;
}

/**
 * The "needs attention" scenario at one size: a fresh site with 10,000 posts and one
 * running cohort of `mentees` mentees (all active, each with a mentor), `mentors`
 * mentors (room for five each) and `checkins` check-ins, seeded by bulk INSERTs; then
 * `GET /mentorship/v1/attention` and `GET /wp/v2/posts?per_page=50`, interleaved.
 *
 * @param {Object} size          What to seed.
 * @param {number} size.mentees  Mentees.
 * @param {number} size.mentors  Mentors.
 * @param {number} size.checkins Check-ins.
 * @return {Promise<Object>} The figures.
 */
async function attentionAt( { mentees, mentors, checkins } ) {
	const site = await startBenchSite( {
		name: 'bench',
		dbPort: Number( process.env.MENTORSHIP_BENCH_DB_PORT || 3426 ),
		sitePort: Number( process.env.MENTORSHIP_BENCH_PORT || 8899 ),
		workers: 8,
	} );
	const out = { mentees, mentors, checkins };
	try {
		const cohort = Number(
			site.php( `
use Mentorship_Program\\Cohorts\\Cohorts;
$cohort = Cohorts::save( array(
	'name'      => 'Running cohort',
	'opens_at'  => gmdate( 'Y-m-d\\TH:i:s\\Z', time() - 120 * DAY_IN_SECONDS ),
	'closes_at' => gmdate( 'Y-m-d\\TH:i:s\\Z', time() - 90 * DAY_IN_SECONDS ),
	'starts_on' => gmdate( 'Y-m-d', time() - 80 * DAY_IN_SECONDS ),
	'ends_on'   => gmdate( 'Y-m-d', time() + 40 * DAY_IN_SECONDS ),
	'capacity'  => 100000,
	'tracks'    => array( 'one-to-one', 'project-group', 'cohort-group' ),
) );
if ( is_wp_error( $cohort ) ) { fwrite( STDERR, $cohort->get_error_message() ); exit( 1 ); }
echo $cohort['id'];
` )
		);
		const seeded = await site.seed(
			{
				cohort,
				mentees,
				mentors,
				checkins,
				posts: 10000,
				seed: 42,
				bulk: 1,
				running: 1,
			},
			1
		);
		out.seedSeconds = seeded.seconds;
		info(
			`Attention ${ mentees }/${ mentors }/${ checkins }: seeded in ${ seeded.seconds } s`
		);
		site.sql(
			'ANALYZE TABLE wp_posts, wp_postmeta, wp_term_relationships, wp_mentorship_checkins, wp_mentorship_checkin_mentees, wp_mentorship_assignments'
		);
		const coordinator = await new Client( site.url ).login(
			USERS.coordinator.login,
			USERS.coordinator.password
		);
		const [ attention, posts ] = await measure( coordinator, [
			'/mentorship/v1/attention',
			'/wp/v2/posts?per_page=50',
		] );
		out.attention = attention;
		out.core = posts;
		out.rows = attention.total;
		out.medianRatio = ratio( attention.median, posts.median );
		await coordinator.rest( 'GET', '/mentorship/v1/attention', {
			headers: { 'X-Bench-Query-Log': 'attention' },
		} );
		out.queryLog = analyseQueryLog(
			path.join( site.queryLogDir, 'attention.json' )
		);
		info(
			`attention ${ attention.median } ms (${ attention.queries.join(
				'/'
			) } q, ${ attention.total } rows), core ${
				posts.median
			} ms (${ posts.queries.join( '/' ) } q)`
		);
	} finally {
		await site.stop();
	}
	return out;
}

/**
 * Writes docs/benchmarks.md again after a growth or attention run: from the last full
 * run (bench/results/latest.json) when there is one, or else from this machine's
 * description and the bundle sizes alone, so no figure of an older run stays in it.
 */
function rewriteDoc() {
	const latest = path.join( ROOT, 'bench/results/latest.json' );
	if ( existsSync( latest ) ) {
		writeBenchmarksDoc( JSON.parse( readFileSync( latest, 'utf8' ) ) );
		return;
	}
	const cpus = os.cpus();
	writeBenchmarksDoc( {
		machine: {
			date: new Date().toISOString(),
			cores: cpus.length,
			cpu: cpus[ 0 ]?.model || 'unknown',
			memoryGB: Math.round( ( os.totalmem() / 1073741824 ) * 10 ) / 10,
			os: `${ os.type() } ${ os.release() }`,
			php: run( 'php', [ '-r', 'echo PHP_VERSION;' ] ).stdout.trim(),
			mariadb: run( 'mariadb', [ '--version' ] ).stdout.trim(),
			node: process.version,
			wordpress: 'as provisioned for the bench site',
			server: 'php -S with PHP_CLI_SERVER_WORKERS=8',
		},
		seconds: Math.round( ( Date.now() - started ) / 1000 ),
		settings: {
			notes: [
				'Only the growth and needs-attention runs are recorded here (no full `npm run bench` run on this machine yet): the list, funnel, export, submit and screen figures are in the growth table.',
				`The bench site raises the plugin's rate limit (rate_limit_count 1,000,000 per 86,400 s) so one address can send every submission.`,
				'Core comments run with the flood check off (comment_flood_filter → false) and the duplicate check off (duplicate_comment_id → 0), from bench/mu-plugins/comments.php; moderation and notifications stay as shipped.',
				'Latency is measured by the client (Node fetch) over loopback, request by request, after a warm-up.',
			],
		},
		assets: external( 'bin/bench-assets.mjs', [
			process.execPath,
			path.join( ROOT, 'bin/bench-assets.mjs' ),
			'--json',
		] ),
		admin: external( 'bin/bench-admin.mjs', [
			process.execPath,
			path.join( ROOT, 'bin/bench-admin.mjs' ),
			'--json',
		] ),
		matching: { skipped: 'not run with --growth or --attention' },
	} );
}

ensureSystem( [ 'php', 'database' ] );
// A fresh clone has no build yet: the blocks, the admin app and the bundle sizes need one.
if (
	! existsSync( path.join( ROOT, 'build/admin/index.js' ) ) ||
	! existsSync( path.join( ROOT, 'build/blocks/blocks-manifest.php' ) )
) {
	info( 'No build yet: npm run build' );
	if ( ( await runLive( 'npm', [ 'run', 'build' ] ) ) !== 0 ) {
		process.stderr.write(
			'\n✖ The build failed, so the bench cannot run.\n'
		);
		process.exit( 1 );
	}
}
const started = Date.now();
if ( process.argv.includes( '--submit-only' ) ) {
	const file = path.join( ROOT, 'bench/results/submit.json' );
	mkdirSync( path.dirname( file ), { recursive: true } );
	const sizes = GROWTH.length ? GROWTH : [ SIZE ];
	const earlier = existsSync( file )
		? JSON.parse( readFileSync( file, 'utf8' ) )
		: { sizes: [] };
	const submit = {
		date: new Date().toISOString(),
		submit: SUBMIT,
		sizes: ( earlier.sizes || [] ).filter(
			( s ) =>
				! sizes.includes( s.size ) && ! s.error && s.count === SUBMIT
		),
	};
	let failed = false;
	for ( const size of sizes ) {
		info( `Submitting at ${ size } applications and ${ size } posts` );
		try {
			submit.sizes.push( {
				...( await submitAt( size ) ),
				count: SUBMIT,
			} );
		} catch ( error ) {
			process.stderr.write(
				`\n✖ Submitting at ${ size } failed: ${
					error.stack || error
				}\n`
			);
			submit.sizes.push( {
				size,
				error: String( error.stack || error ),
			} );
			failed = true;
		}
		submit.sizes.sort( ( a, b ) => a.size - b.size );
		submit.seconds = Math.round( ( Date.now() - started ) / 1000 );
		writeFileSync( file, JSON.stringify( submit, null, '\t' ) + '\n' );
	}
	const table = submitTable( submit );
	replaceDocSection( '## Submitting', table );
	process.stdout.write( `\n${ table }\n` );
	info(
		'Wrote bench/results/submit.json and its section of docs/benchmarks.md'
	);
	process.exit( failed ? 1 : 0 );
}
if ( GROWTH.length ) {
	const growth = {
		date: new Date().toISOString(),
		submit: SUBMIT,
		runs: RUNS,
		loadAverageAtStart: os
			.loadavg()
			.map( ( x ) => Math.round( x * 10 ) / 10 ),
		sizes: [],
	};
	const file = path.join( ROOT, 'bench/results/growth.json' );
	mkdirSync( path.dirname( file ), { recursive: true } );
	// Sizes measured by an earlier run and not measured again stay in the table
	// (--growth-fresh drops them); each keeps the date it was measured on.
	if ( existsSync( file ) && ! process.argv.includes( '--growth-fresh' ) ) {
		const earlier = JSON.parse( readFileSync( file, 'utf8' ) );
		growth.sizes = ( earlier.sizes || [] )
			.filter( ( s ) => ! GROWTH.includes( s.size ) && ! s.error )
			.map( ( s ) => ( { ...s, measured: s.measured || earlier.date } ) );
	}
	let failed = false;
	for ( const size of GROWTH ) {
		info( `Growth: ${ size } applications and ${ size } posts` );
		try {
			growth.sizes.push( {
				...( await growthAt( size ) ),
				measured: new Date().toISOString(),
			} );
			growth.sizes.sort( ( a, b ) => a.size - b.size );
		} catch ( error ) {
			process.stderr.write(
				`\n✖ Growth at ${ size } failed: ${ error.stack || error }\n`
			);
			growth.sizes.push( {
				size,
				error: String( error.stack || error ),
			} );
			failed = true;
		}
		growth.seconds = Math.round( ( Date.now() - started ) / 1000 );
		growth.loadAverageAtEnd = os
			.loadavg()
			.map( ( x ) => Math.round( x * 10 ) / 10 );
		writeFileSync( file, JSON.stringify( growth, null, '\t' ) + '\n' );
		process.stdout.write( `\n${ growthTable( growth ) }\n` );
	}
	rewriteDoc();
	info( 'Wrote bench/results/growth.json and docs/benchmarks.md' );
	process.exit( failed ? 1 : 0 );
}
if ( process.argv.includes( '--attention' ) ) {
	const sizes = [
		{ mentees: 200, mentors: 40, checkins: 2000 },
		{ mentees: 2000, mentors: 400, checkins: 20000 },
	];
	const attention = {
		date: new Date().toISOString(),
		runs: RUNS,
		loadAverageAtStart: os
			.loadavg()
			.map( ( x ) => Math.round( x * 10 ) / 10 ),
		sizes: [],
	};
	let failed = false;
	for ( const size of sizes ) {
		try {
			attention.sizes.push( await attentionAt( size ) );
		} catch ( error ) {
			process.stderr.write(
				`\n✖ Attention at ${ size.mentees } failed: ${
					error.stack || error
				}\n`
			);
			attention.sizes.push( {
				...size,
				error: String( error.stack || error ),
			} );
			failed = true;
		}
	}
	mkdirSync( path.join( ROOT, 'bench/results' ), { recursive: true } );
	writeFileSync(
		path.join( ROOT, 'bench/results/attention.json' ),
		JSON.stringify( attention, null, '\t' ) + '\n'
	);
	process.stdout.write( `\n${ attentionTable( attention ) }\n` );
	rewriteDoc();
	process.exit( failed ? 1 : 0 );
}
const site = await startBenchSite( {
	name: 'bench',
	dbPort: Number( process.env.MENTORSHIP_BENCH_DB_PORT || 3426 ),
	sitePort: Number( process.env.MENTORSHIP_BENCH_PORT || 8899 ),
	workers: 8,
} );
const results = {
	settings: {
		applications: SIZE,
		posts: POSTS,
		runs: RUNS,
		warmup: WARMUP,
		submit: SUBMIT,
		notes: [
			`The bench site raises the plugin's rate limit (rate_limit_count 1,000,000 per 86,400 s) so one address can send every submission.`,
			'Core comments run with the flood check off (comment_flood_filter → false) and the duplicate check off (duplicate_comment_id → 0), from bench/mu-plugins/comments.php; moderation and notifications stay as shipped.',
			'Mail never leaves the machine: bench/mu-plugins/mail-switch.php answers pre_wp_mail and records each send in a file (comment moderation notices are sent during the request; the plugin queues its confirmation mail in its table).',
			'Latency is measured by the client (Node fetch) over loopback, request by request, after a warm-up.',
		],
	},
};
let exitCode = 0;
try {
	results.machine = machine( site );
	results.seed = await seedCached( site, SIZE, POSTS );
	info( `Seeded: ${ JSON.stringify( results.seed ) }` );
	const commentPost = Number(
		site.php( `
$id = (int) get_posts( array( 'numberposts' => 1, 'fields' => 'ids', 'orderby' => 'ID', 'order' => 'ASC' ) )[0];
wp_update_post( array( 'ID' => $id, 'comment_status' => 'open' ) );
echo $id;
` )
	);
	site.sql(
		'ANALYZE TABLE wp_posts, wp_postmeta, wp_term_relationships, wp_term_taxonomy, wp_comments'
	);

	// 1. List.
	info( 'Case 1: list applications vs list posts' );
	const coordinator = await new Client( site.url ).login(
		USERS.coordinator.login,
		USERS.coordinator.password
	);
	results.list = { perPage: {} };
	for ( const perPage of [ 10, 50, 100 ] ) {
		const mine = `/mentorship/v1/applications?per_page=${ perPage }&stage[]=submitted&team[]=core`;
		const core = `/wp/v2/posts?per_page=${ perPage }`;
		const [ plugin, posts ] = await measure( coordinator, [ mine, core ] );
		results.list.perPage[ perPage ] = {
			plugin,
			core: posts,
			medianRatio: ratio( plugin.median, posts.median ),
			p95Ratio: ratio( plugin.p95, posts.p95 ),
		};
		info(
			`per_page ${ perPage }: plugin ${
				plugin.median
			} ms (${ plugin.queries.join( '/' ) } queries), core ${
				posts.median
			} ms (${ posts.queries.join( '/' ) } queries)`
		);
	}
	for ( const [ name, route ] of [
		[
			'list-plugin',
			'/mentorship/v1/applications?per_page=50&stage[]=submitted&team[]=core',
		],
		[
			'list-plugin-10',
			'/mentorship/v1/applications?per_page=10&stage[]=submitted&team[]=core',
		],
		[
			'list-plugin-100',
			'/mentorship/v1/applications?per_page=100&stage[]=submitted&team[]=core',
		],
		[ 'list-core', '/wp/v2/posts?per_page=50' ],
	] ) {
		await coordinator.rest( 'GET', route, {
			headers: { 'X-Bench-Query-Log': name },
		} );
	}
	results.list.queryLog = {
		plugin: analyseQueryLog(
			path.join( site.queryLogDir, 'list-plugin.json' )
		),
		core: analyseQueryLog(
			path.join( site.queryLogDir, 'list-core.json' )
		),
	};
	// Which callers run a different number of queries at 10 and at 100 per page.
	const at10 = analyseQueryLog(
		path.join( site.queryLogDir, 'list-plugin-10.json' )
	);
	const at100 = analyseQueryLog(
		path.join( site.queryLogDir, 'list-plugin-100.json' )
	);
	if ( at10 && at100 ) {
		results.list.queryLog.differences = [
			...new Set( [
				...Object.keys( at10.callers ),
				...Object.keys( at100.callers ),
			] ),
		]
			.filter(
				( k ) =>
					( at10.callers[ k ] || 0 ) !== ( at100.callers[ k ] || 0 )
			)
			.map( ( k ) => ( {
				caller: k,
				at10: at10.callers[ k ] || 0,
				at100: at100.callers[ k ] || 0,
			} ) );
	}
	const pluginQueries = [ 10, 50, 100 ].map(
		( pp ) => results.list.perPage[ pp ].plugin.queries
	);
	results.list.queriesConstant = new Set( pluginQueries.flat() ).size === 1;

	// 2. Submit.
	info( 'Case 2: submit applications vs post comments' );
	results.submit = {
		sequential: await submitCase( site, commentPost, SUBMIT, 1, 'seq' ),
	};
	results.submit.concurrent = await submitCase(
		site,
		commentPost,
		SUBMIT,
		8,
		'c8'
	);
	await sendApplication(
		site,
		menteePayload( site.token, 'query-log-submit@example.org', 1 ),
		{ 'X-Bench-Query-Log': 'submit-plugin' }
	);
	await new Client( site.url ).request( 'POST', '/wp-comments-post.php', {
		form: {
			comment_post_ID: String( commentPost ),
			author: 'Query Log',
			email: 'query-log-comment@example.org',
			comment: 'Logged.',
		},
		headers: { 'X-Bench-Query-Log': 'submit-core' },
		rest: false,
	} );
	results.submit.queryLog = {
		plugin: analyseQueryLog(
			path.join( site.queryLogDir, 'submit-plugin.json' )
		),
		core: analyseQueryLog(
			path.join( site.queryLogDir, 'submit-core.json' )
		),
	};

	// 3. Funnel and export.
	info( 'Case 3: funnel and export' );
	const admin = await new Client( site.url ).login(
		USERS.admin.login,
		USERS.admin.password
	);
	[ results.funnel ] = await measure(
		admin,
		[ '/mentorship/v1/stats/funnel' ],
		10
	);
	await admin.rest( 'GET', '/mentorship/v1/stats/funnel', {
		headers: { 'X-Bench-Query-Log': 'funnel' },
	} );
	results.funnel.queryLog = analyseQueryLog(
		path.join( site.queryLogDir, 'funnel.json' )
	);
	const exports = [];
	let bytes = 0;
	let rows = 0;
	for ( let i = 0; i < 3; i++ ) {
		const answer = await admin.rest( 'GET', '/mentorship/v1/export' );
		exports.push( answer.ms );
		bytes = answer.text.length;
		rows = answer.text.split( '\n' ).filter( Boolean ).length - 1;
	}
	results.export = {
		http: {
			...stats( exports ),
			bytes,
			rowsApprox: rows,
			note: 'rows counted by line breaks (free-text cells may add lines)',
		},
		memory: exportMemory( site ),
	};

	// 3b. The coordinators' table in a real browser, on the same 10,000 applications.
	info( 'Case 3b: the Applications screen in Chromium' );
	try {
		results.adminTable = await measureAdminTable(
			site.url,
			RUNS > 5 ? 5 : RUNS
		);
	} catch ( error ) {
		results.adminTable = { error: String( error.message || error ) };
	}

	// 4. Other benchmarks.
	info( 'Case 4: matching engine and bundle sizes' );
	results.matching = external( 'bin/bench-matching.php', [
		'php',
		path.join( ROOT, 'bin/bench-matching.php' ),
		'--json',
	] );
	results.assets = external( 'bin/bench-assets.mjs', [
		process.execPath,
		path.join( ROOT, 'bin/bench-assets.mjs' ),
		'--json',
	] );
	results.admin = external( 'bin/bench-admin.mjs', [
		process.execPath,
		path.join( ROOT, 'bin/bench-admin.mjs' ),
		'--json',
	] );

	// 5. Load and faults, full size.
	if ( ! process.argv.includes( '--skip-proof' ) ) {
		info( 'Load, faults, fuzzing and leak probe at full size' );
		const marked = await prepareProofSite( site );
		results.proof = [];
		for ( const [ name, check ] of proofChecks( site, marked, {
			fuzz: 600,
			load: 1000,
			mail: 200,
			db: 3000,
		} ) ) {
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
			results.proof.push( result );
			report( result );
		}
	}
} catch ( error ) {
	process.stderr.write( `\n✖ Bench failed: ${ error.stack || error }\n` );
	results.error = String( error.stack || error );
	exitCode = 1;
} finally {
	await site.stop();
}

results.seconds = Math.round( ( Date.now() - started ) / 1000 );
if ( results.machine ) {
	results.machine.loadAverageAtEnd = os
		.loadavg()
		.map( ( x ) => Math.round( x * 10 ) / 10 );
}
mkdirSync( path.join( ROOT, 'bench/results' ), { recursive: true } );
writeFileSync(
	path.join( ROOT, 'bench/results/latest.json' ),
	JSON.stringify( results, null, '\t' ) + '\n'
);
const table = writeBenchmarksDoc( results );
process.stdout.write( `\n${ table }\n` );
info( 'Wrote bench/results/latest.json and docs/benchmarks.md' );
process.exit( exitCode );
