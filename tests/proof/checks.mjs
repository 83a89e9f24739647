/**
 * Load and fault checks shared by `npm test` (small sizes, bin/test-proof.mjs) and
 * `npm run bench` (full sizes, bin/bench.mjs): concurrent submissions with duplicates
 * and honeypot hits, a mail outage, the database going away mid-run, two coordinators
 * racing for a mentor's last seat, and a leak probe as an anonymous visitor.
 *
 * Each check returns { name, ok, details }: `ok` says whether every promise held,
 * `details` carries the numbers for the report.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { Client, pool, stats } from '../../bin/lib/bench-http.mjs';
import { USERS } from '../../bin/lib/bench-site.mjs';

/**
 * A valid public mentee application.
 *
 * @param {string} token Form token.
 * @param {string} email E-mail address.
 * @param {number} n     Sequence number (varies the content).
 * @return {Object} JSON body.
 */
export function menteePayload( token, email, n = 0 ) {
	const zones = [ 'Europe/Lisbon', 'Asia/Kolkata', 'America/Sao_Paulo' ];
	return {
		type: 'mentee',
		token,
		name: `Load Tester ${ n }`,
		email,
		timezone: zones[ n % zones.length ],
		languages: [ 'en' ],
		teams: [ 'core', 'docs' ],
		experience: 'user',
		goals: 'Make a first contribution to the project and learn how reviews work.',
		hours_per_week: 1 + ( n % 10 ),
		format: 'one-to-one',
		consent_coc: true,
		consent_privacy: true,
	};
}

/**
 * What the application form's script posts to: the form's own endpoint on the home
 * URL, which takes the REST route's rules and gives its answers.
 */
export const FORM_ENDPOINT = '/?mentorship-apply=mentee';

/**
 * Sends an application as the client: to the form's endpoint, or (`viaRest`) to the
 * REST route API clients use.
 *
 * @param {Client}  client
 * @param {Object}  body    From menteePayload().
 * @param {boolean} viaRest Send to POST /wp-json/mentorship/v1/applications.
 * @param {Object}  headers Extra headers.
 * @return {Promise<Object>} The answer.
 */
export function postApplication( client, body, viaRest = false, headers = {} ) {
	const options = { json: body, rest: false, headers };
	return viaRest
		? client.rest( 'POST', '/mentorship/v1/applications', options )
		: client.request( 'POST', FORM_ENDPOINT, options );
}

const tag = () =>
	`${ Date.now().toString( 36 ) }${ Math.floor(
		Math.random() * 1e6
	).toString( 36 ) }`;

/**
 * Byte offsets of the site's PHP logs, to read what a phase adds.
 *
 * @param {Object} site Bench site.
 * @return {Object} file => size.
 */
export function logMark( site ) {
	return Object.fromEntries(
		site
			.logs()
			.map( ( file ) => [
				file,
				existsSync( file ) ? statSync( file ).size : 0,
			] )
	);
}

/**
 * The log lines written since a mark.
 *
 * @param {Object} mark From logMark().
 * @return {string[]} Lines.
 */
export function logSince( mark ) {
	const lines = [];
	for ( const [ file, offset ] of Object.entries( mark ) ) {
		if ( ! existsSync( file ) ) {
			continue;
		}
		const text = readFileSync( file ).subarray( offset ).toString( 'utf8' );
		lines.push( ...text.split( '\n' ).filter( Boolean ) );
	}
	return lines;
}

/**
 * Whether an answer is a WordPress REST error: JSON with a code and a message.
 *
 * @param {Object} answer From Client.request().
 */
export function isJsonError( answer ) {
	return (
		!! answer.json &&
		typeof answer.json.code === 'string' &&
		typeof answer.json.message === 'string'
	);
}

/**
 * Every stored application complete: required meta, cohort, first audit event, and a
 * claim once its address is confirmed; no claim without its application.
 *
 * @param {Object} site Bench site.
 * @return {Promise<Object>} posts, incomplete (ids), orphanClaims, unclaimed.
 */
export async function integrity( site ) {
	return JSON.parse(
		await site.phpAsync( `
global $wpdb;
use Mentorship_Program\\Database\\Schema;
$required = array(
	'mp_mentee' => array( '_mp_name', '_mp_email', '_mp_timezone', '_mp_languages', '_mp_experience', '_mp_goals', '_mp_hours_per_week', '_mp_format', '_mp_consent_coc_at', '_mp_consent_privacy_at' ),
	'mp_mentor' => array( '_mp_name', '_mp_email', '_mp_timezone', '_mp_languages', '_mp_formats', '_mp_capacity', '_mp_motivation', '_mp_consent_coc_at', '_mp_consent_privacy_at' ),
);
$claims = Schema::table( 'claims' );
$events = Schema::table( 'events' );
$out = array( 'posts' => 0, 'incomplete' => array(), 'orphanClaims' => 0, 'unclaimed' => 0, 'noCohort' => 0, 'noEvent' => 0 );
foreach ( $required as $type => $keys ) {
	$out['posts'] += (int) $wpdb->get_var( $wpdb->prepare( "SELECT COUNT(*) FROM {$wpdb->posts} WHERE post_type = %s", $type ) );
	foreach ( $keys as $key ) {
		$ids = $wpdb->get_col( $wpdb->prepare( "SELECT p.ID FROM {$wpdb->posts} p WHERE p.post_type = %s AND NOT EXISTS ( SELECT 1 FROM {$wpdb->postmeta} m WHERE m.post_id = p.ID AND m.meta_key = %s )", $type, $key ) );
		foreach ( $ids as $id ) { $out['incomplete'][ (int) $id ][] = $key; }
	}
}
$out['orphanClaims'] = (int) $wpdb->get_var( "SELECT COUNT(*) FROM {$claims} c LEFT JOIN {$wpdb->posts} p ON p.ID = c.object_id WHERE p.ID IS NULL" );
$out['unclaimed']    = (int) $wpdb->get_var( "SELECT COUNT(*) FROM {$wpdb->posts} p WHERE p.post_type IN ('mp_mentee','mp_mentor') AND p.post_status <> '" . \\Mentorship_Program\\Applications\\Status_Links::UNCONFIRMED_STATUS . "' AND NOT EXISTS ( SELECT 1 FROM {$claims} c WHERE c.object_id = p.ID )" );
$out['noCohort']     = (int) $wpdb->get_var( "SELECT COUNT(*) FROM {$wpdb->posts} p WHERE p.post_type IN ('mp_mentee','mp_mentor') AND NOT EXISTS ( SELECT 1 FROM {$wpdb->term_relationships} r INNER JOIN {$wpdb->term_taxonomy} x ON x.term_taxonomy_id = r.term_taxonomy_id AND x.taxonomy = '" . \\Mentorship_Program\\Teams\\Taxonomies::COHORT . "' WHERE r.object_id = p.ID )" );
$out['noEvent']      = (int) $wpdb->get_var( "SELECT COUNT(*) FROM {$wpdb->posts} p WHERE p.post_type IN ('mp_mentee','mp_mentor') AND NOT EXISTS ( SELECT 1 FROM {$events} e WHERE e.object_id = p.ID AND e.event = 'stage' AND e.to_value = 'submitted' )" );
$out['incomplete'] = array_slice( $out['incomplete'], 0, 20, true );
echo wp_json_encode( $out );
` )
	);
}

/**
 * Counts of stored applications by e-mail prefix, and e-mails stored more than once.
 *
 * @param {Object} site   Bench site.
 * @param {string} prefix E-mail prefix.
 * @return {Promise<{stored: number, doubled: number, emails: string[]}>} Counts.
 */
async function storedByPrefix( site, prefix ) {
	return JSON.parse(
		await site.phpAsync( `
global $wpdb;
$like = $wpdb->esc_like( '${ prefix }' ) . '%';
$rows = $wpdb->get_col( $wpdb->prepare( "SELECT m.meta_value FROM {$wpdb->postmeta} m INNER JOIN {$wpdb->posts} p ON p.ID = m.post_id WHERE m.meta_key = '_mp_email' AND m.meta_value LIKE %s", $like ) );
$counts = array_count_values( $rows );
echo wp_json_encode( array( 'stored' => count( $rows ), 'doubled' => count( array_filter( $counts, static fn( $n ) => $n > 1 ) ), 'emails' => array_keys( $counts ) ) );
` )
	);
}

/**
 * Concurrent public submissions with duplicates and honeypot hits.
 *
 * @param {Object} site                Bench site.
 * @param {Object} options
 * @param {number} options.total       Requests.
 * @param {number} options.concurrency At once.
 */
export async function submissionsUnderLoad(
	site,
	{ total = 200, concurrency = 16 }
) {
	const run = tag();
	const prefix = `load-${ run }-`;
	const requests = [];
	let unique = 0;
	for ( let i = 0; requests.length < total; i++ ) {
		const roll = i % 10;
		if ( roll < 7 || unique === 0 ) {
			const email = `${ prefix }${ unique++ }@example.org`;
			requests.push( { kind: 'unique', email, n: i } );
			// Two in ten are sent again at once: the duplicate races the original.
			if ( roll < 2 && requests.length < total ) {
				requests.push( { kind: 'duplicate', email, n: i } );
			}
		} else if ( roll < 9 ) {
			requests.push( {
				kind: 'honeypot',
				email: `honeypot-${ run }-${ i }@example.org`,
				n: i,
			} );
		} else {
			// A later duplicate of an earlier unique address, in another case.
			const again = `${ prefix }${ i % unique }@example.org`;
			requests.push( {
				kind: 'duplicate',
				email: again.toUpperCase(),
				n: i,
			} );
		}
	}
	// Every other request goes through the REST route, the rest through the form's own
	// endpoint: a duplicate sent at once with its original races it down the other path.
	requests.forEach( ( request, k ) => {
		request.viaRest = k % 2 === 1;
	} );
	const client = new Client( site.url, 60000 );
	const started = Date.now();
	const answers = await pool( requests, concurrency, async ( request ) => {
		const body = menteePayload( site.token, request.email, request.n );
		if ( request.kind === 'honeypot' ) {
			body.website = 'http://spam.example/';
		}
		const answer = await postApplication( client, body, request.viaRest );
		return {
			...request,
			status: answer.status,
			json: answer.json,
			ms: answer.ms,
		};
	} );
	const seconds = ( Date.now() - started ) / 1000;

	// A visitor's application waits for its address to be confirmed, so a repeat is
	// answered exactly like a first one: nobody learns whether an address applied.
	const people = answers.filter( ( a ) => a.kind !== 'honeypot' );
	const firstMessage = people[ 0 ]?.json?.message;
	const wrong = people
		.filter( ( a ) => a.status !== 201 || a.json?.message !== firstMessage )
		.map( ( a ) => ( { email: a.email, status: a.status } ) );
	const honeypot = answers.filter( ( a ) => a.kind === 'honeypot' );
	// A bot caught by the honeypot gets what a person gets: the same texts, and a
	// private link of the same shape (each link is different, a bot's opens nothing).
	const real = people.find( ( a ) => a.status === 201 );
	const shape = ( json ) =>
		JSON.stringify( {
			...json,
			status_url: String( json?.status_url || '' ).replace(
				/=\d+\.[0-9a-f]+$/,
				'=ID.SECRET'
			),
		} );
	const honeypotOk = honeypot.every(
		( a ) =>
			a.status === 201 &&
			real !== undefined &&
			/=\d+\.[0-9a-f]{32}$/.test( String( a.json?.status_url ) ) &&
			shape( a.json ) === shape( real.json )
	);
	const serverErrors = answers.filter(
		( a ) => a.status >= 500 || a.status === 0
	).length;
	const waiting = await storedByPrefix( site, prefix );
	// Every owner opens every link they were mailed: one application per address stands.
	const confirmed = JSON.parse(
		await site.phpAsync( `
global $wpdb;
use Mentorship_Program\\Applications\\Status_Links;
$like = $wpdb->esc_like( '${ prefix }' ) . '%';
$ids = $wpdb->get_col( $wpdb->prepare( "SELECT m.post_id FROM {$wpdb->postmeta} m WHERE m.meta_key = '_mp_email' AND m.meta_value LIKE %s ORDER BY m.post_id", $like ) );
foreach ( $ids as $id ) { Status_Links::confirm( (int) $id ); }
$rows = $wpdb->get_col( $wpdb->prepare( "SELECT m.meta_value FROM {$wpdb->postmeta} m INNER JOIN {$wpdb->posts} p ON p.ID = m.post_id WHERE m.meta_key = '_mp_email' AND m.meta_value LIKE %s AND p.post_status <> %s", $like, Status_Links::UNCONFIRMED_STATUS ) );
$counts = array_count_values( $rows );
echo wp_json_encode( array( 'stored' => count( $rows ), 'doubled' => count( array_filter( $counts, static fn( $n ) => $n > 1 ) ) ) );
` )
	);
	const trapped = await storedByPrefix( site, `honeypot-${ run }-` );
	const uniqueEmails = new Set(
		people.map( ( a ) => a.email.toLowerCase() )
	);
	const details = {
		requests: answers.length,
		throughRestRoute: answers.filter( ( a ) => a.viaRest ).length,
		throughFormEndpoint: answers.filter( ( a ) => ! a.viaRest ).length,
		concurrency,
		seconds,
		unique: uniqueEmails.size,
		duplicates: answers.filter( ( a ) => a.kind === 'duplicate' ).length,
		honeypot: honeypot.length,
		answered201: people.length - wrong.length,
		storedWaiting: waiting.stored,
		standingAfterConfirmation: confirmed.stored,
		doubledAfterConfirmation: confirmed.doubled,
		honeypotStored: trapped.stored,
		serverErrors,
		wrong: wrong.slice( 0, 10 ),
		latency: stats( answers.map( ( a ) => a.ms ) ),
	};
	const ok =
		wrong.length === 0 &&
		honeypotOk &&
		serverErrors === 0 &&
		waiting.stored === people.length &&
		confirmed.stored === uniqueEmails.size &&
		confirmed.doubled === 0 &&
		trapped.stored === 0;
	return { name: 'submissions under load', ok, details };
}

/**
 * A contributor day and a bot behind one address each, with the site's default limits:
 * everyone in the room who carries the event code is stored; a bot without it is
 * stopped at the documented per-network limit, and its honeypot hits get a quiet
 * success (docs/rate-limits.md).
 *
 * @param {Object} site                Bench site.
 * @param {Object} options
 * @param {number} options.people      People in the room, with the code.
 * @param {number} options.bots        Bot submissions, without it.
 * @param {number} options.concurrency At once.
 */
export async function eventCodeRoom(
	site,
	{ people = 60, bots = 1000, concurrency = 8 }
) {
	const run = tag();
	const code = `DAY-${ run }`.slice( 0, 32 ).toUpperCase();
	// The bench site lifts the limits for the other checks: put the defaults back.
	const limits = JSON.parse(
		await site.phpAsync( `
use Mentorship_Program\\Settings\\Settings;
$before = array( 'rate_limit_count' => Settings::get( 'rate_limit_count' ), 'rate_limit_window' => Settings::get( 'rate_limit_window' ) );
$defaults = Settings::defaults();
Settings::update( array( 'rate_limit_count' => $defaults['rate_limit_count'], 'rate_limit_window' => $defaults['rate_limit_window'] ) );
$GLOBALS['wpdb']->query( 'DELETE FROM ' . \\Mentorship_Program\\Database\\Schema::table( 'rate' ) );
\\Mentorship_Program\\Applications\\Event_Codes::save( array( 'code' => '${ code }', 'label' => 'Proof contributor day', 'starts_on' => wp_date( 'Y-m-d', time() - DAY_IN_SECONDS ), 'ends_on' => wp_date( 'Y-m-d', time() + DAY_IN_SECONDS ), 'uses' => ${ people } ) );
echo wp_json_encode( array( 'before' => $before, 'limit' => $defaults['rate_limit_count'], 'window' => $defaults['rate_limit_window'] ) );
` )
	);
	const client = new Client( site.url, 60000 );
	const started = Date.now();
	try {
		const roomPrefix = `room-${ run }-`;
		const room = await pool(
			Array.from( { length: people }, ( _, i ) => i ),
			concurrency,
			async ( i ) => {
				const body = menteePayload(
					site.token,
					`${ roomPrefix }${ i }@example.org`,
					i
				);
				body.event_code = code.toLowerCase();
				return postApplication( client, body );
			}
		);
		const roomSeconds = ( Date.now() - started ) / 1000;
		const botPrefix = `bot-${ run }-`;
		const botsStarted = Date.now();
		const botAnswers = await pool(
			Array.from( { length: bots }, ( _, i ) => i ),
			concurrency,
			async ( i ) => {
				const body = menteePayload(
					site.token,
					`${ botPrefix }${ i }@example.org`,
					i
				);
				const honeypot = i % 5 === 0;
				if ( honeypot ) {
					body.website = 'http://spam.example/';
				}
				// The limit holds whichever way in a bot takes.
				const answer = await postApplication(
					client,
					body,
					i % 2 === 1
				);
				return {
					honeypot,
					status: answer.status,
					link: String( answer.json?.status_url || '' ),
				};
			}
		);
		// The limit counts in fixed windows aligned to the clock, so a run that crosses
		// a window's end may store the limit once more for each window it touched.
		const windowOf = ( ms ) => Math.floor( ms / 1000 / limits.window );
		const windowsTouched =
			windowOf( Date.now() ) - windowOf( botsStarted ) + 1;
		const roomStored = await storedByPrefix( site, roomPrefix );
		const botStored = await storedByPrefix( site, botPrefix );
		const honeypots = botAnswers.filter( ( a ) => a.honeypot );
		const statuses = {};
		for ( const answer of botAnswers.filter( ( a ) => ! a.honeypot ) ) {
			statuses[ answer.status ] = ( statuses[ answer.status ] || 0 ) + 1;
		}
		const details = {
			code,
			people,
			room201: room.filter( ( a ) => a.status === 201 ).length,
			roomStored: roomStored.stored,
			roomSeconds,
			bots,
			botAnswers: statuses,
			botStored: botStored.stored,
			documentedLimit: limits.limit,
			windowSeconds: limits.window,
			windowsTouched,
			honeypots: honeypots.length,
			// A quiet success looks like a real one: 201 and a private link.
			honeypotQuietSuccess: honeypots.filter(
				( a ) =>
					a.status === 201 && /=\d+\.[0-9a-f]{32}$/.test( a.link )
			).length,
			seconds: ( Date.now() - started ) / 1000,
		};
		const ok =
			details.room201 === people &&
			roomStored.stored === people &&
			roomSeconds < 30 * 60 &&
			botStored.stored <= limits.limit * windowsTouched &&
			details.honeypotQuietSuccess === honeypots.length;
		return { name: 'event code and bots from one address', ok, details };
	} finally {
		await site.phpAsync( `
\\Mentorship_Program\\Settings\\Settings::update( json_decode( '${ JSON.stringify(
			limits.before
		) }', true ) );
$GLOBALS['wpdb']->query( 'DELETE FROM ' . \\Mentorship_Program\\Database\\Schema::table( 'rate' ) );
echo '{}';
` );
	}
}

/**
 * Mail transport down for a whole run, then back: everything kept, each mail sent once.
 *
 * @param {Object} site          Bench site.
 * @param {Object} options
 * @param {number} options.total Applications sent while mail is down.
 */
export async function mailOutage( site, { total = 50 } ) {
	const run = tag();
	const prefix = `mailout-${ run }-`;
	await site.phpAsync(
		"update_option( 'mentorship_bench_mail_down', 1, true ); echo 'down';"
	);
	site.resetMailLog();
	const client = new Client( site.url );
	const answers = await pool(
		Array.from( { length: total }, ( _, i ) => i ),
		8,
		( i ) =>
			postApplication(
				client,
				menteePayload( site.token, `${ prefix }${ i }@example.org`, i )
			)
	);
	const accepted = answers.filter( ( a ) => a.status === 201 ).length;
	// A queue run while the transport is down: every mail fails and stays queued.
	const down = JSON.parse(
		await site.phpAsync( `
use Mentorship_Program\\Notifications\\Mailer;
use Mentorship_Program\\Database\\Schema;
global $wpdb;
$table = Schema::table( 'mail' );
$like  = $wpdb->esc_like( '${ prefix }' ) . '%';
// Only this run's mail is due; older queued mail waits, and comes back afterwards.
$wpdb->query( $wpdb->prepare( "UPDATE {$table} SET next_attempt_at = '2999-01-01 00:00:00' WHERE status = 'queued' AND recipient NOT LIKE %s", $like ) );
$wpdb->query( $wpdb->prepare( "UPDATE {$table} SET next_attempt_at = '2000-01-01 00:00:00' WHERE status = 'queued' AND recipient LIKE %s", $like ) );
$result = array( 'sent' => 0, 'failed' => 0 );
for ( $i = 0; $i < 200; $i++ ) {
	$r = Mailer::process( 50 );
	$result['sent'] += $r['sent']; $result['failed'] += $r['failed'];
	if ( ! $r['sent'] && ! $r['failed'] ) { break; }
}
$queued = (int) $wpdb->get_var( $wpdb->prepare( "SELECT COUNT(*) FROM {$table} WHERE status = 'queued' AND attempts >= 1 AND recipient LIKE %s", $like ) );
$wpdb->query( "UPDATE {$table} SET next_attempt_at = '2000-01-01 00:00:00' WHERE status = 'queued' AND next_attempt_at = '2999-01-01 00:00:00'" );
echo wp_json_encode( array( 'run' => $result, 'queued' => $queued ) );
` )
	);
	const sentWhileDown = existsSync( site.mailLog )
		? readFileSync( site.mailLog, 'utf8' ).split( '\n' ).filter( Boolean )
				.length
		: 0;
	const storedDown = await storedByPrefix( site, prefix );

	// Mail works again; two queue runners drain the queue at once.
	await site.phpAsync(
		"update_option( 'mentorship_bench_mail_down', 0, true ); echo 'up';"
	);
	site.resetMailLog();
	const drain = `
use Mentorship_Program\\Notifications\\Mailer;
use Mentorship_Program\\Database\\Schema;
global $wpdb;
$table = Schema::table( 'mail' );
$result = array( 'sent' => 0, 'failed' => 0, 'runs' => 0 );
for ( $i = 0; $i < 1000; $i++ ) {
	$wpdb->query( "UPDATE {$table} SET next_attempt_at = '2000-01-01 00:00:00' WHERE status = 'queued'" );
	$r = Mailer::process( 25 );
	++$result['runs'];
	$result['sent'] += $r['sent']; $result['failed'] += $r['failed'];
	if ( ! $r['sent'] && ! $r['failed'] ) { break; }
}
echo wp_json_encode( $result );
`;
	const runners = (
		await Promise.all( [ site.phpAsync( drain ), site.phpAsync( drain ) ] )
	).map( ( out ) => JSON.parse( out ) );
	const after = JSON.parse(
		await site.phpAsync( `
use Mentorship_Program\\Database\\Schema;
global $wpdb;
$table = Schema::table( 'mail' );
$like  = $wpdb->esc_like( '${ prefix }' ) . '%';
echo wp_json_encode( array(
	'rows'    => $wpdb->get_results( $wpdb->prepare( "SELECT recipient, status FROM {$table} WHERE recipient LIKE %s", $like ), ARRAY_A ),
	'pending' => (int) $wpdb->get_var( "SELECT COUNT(*) FROM {$table} WHERE status IN ('queued','sending')" ),
) );
` )
	);
	const log = existsSync( site.mailLog )
		? readFileSync( site.mailLog, 'utf8' )
				.split( '\n' )
				.filter( Boolean )
				.map( ( line ) => JSON.parse( line ) )
		: [];
	const sentTo = new Map();
	for ( const entry of log ) {
		const to = Array.isArray( entry.to ) ? entry.to.join( ',' ) : entry.to;
		sentTo.set( to, ( sentTo.get( to ) || 0 ) + 1 );
	}
	const rows = after.rows;
	const notOnce = rows.filter( ( row ) => sentTo.get( row.recipient ) !== 1 );
	const totalSent = runners.reduce( ( sum, r ) => sum + r.sent, 0 );
	const details = {
		applications: total,
		accepted,
		storedWhileDown: storedDown.stored,
		queuedAfterFailedRun: down.queued,
		failedAttemptsWhileDown: down.run.failed,
		sentWhileDown,
		mailRows: rows.length,
		sentAfterRecovery: rows.filter( ( row ) => row.status === 'sent' )
			.length,
		logLinesAfterRecovery: log.length,
		sentByRunners: totalSent,
		runners: runners.map( ( r ) => r.sent ),
		notExactlyOnce: notOnce.length,
		stillPending: after.pending,
	};
	const ok =
		accepted === total &&
		storedDown.stored === total &&
		down.queued === total &&
		sentWhileDown === 0 &&
		rows.length === total &&
		details.sentAfterRecovery === total &&
		notOnce.length === 0 &&
		log.length === totalSent &&
		after.pending === 0;
	return { name: 'mail outage and recovery', ok, details };
}

/**
 * The database server crashes while submissions run, then comes back.
 *
 * @param {Object} site                Bench site.
 * @param {Object} options
 * @param {number} options.concurrency At once.
 * @param {number} options.downMs      How long the database stays down.
 * @param {number} options.maxRequests Upper bound on requests.
 */
export async function databaseOutage(
	site,
	{ concurrency = 8, downMs = 4000, maxRequests = 3000 }
) {
	const run = tag();
	const prefix = `dbout-${ run }-`;
	const client = new Client( site.url, 40000 );
	const answers = [];
	let phase = 'before';
	let sent = 0;
	let recoveredAt = null;
	let restartedAt = null;
	const started = Date.now();
	const deadline = started + 120000;
	const worker = async () => {
		while ( sent < maxRequests && Date.now() < deadline ) {
			const i = sent++;
			const at = phase;
			// One request in four comes from a plain HTML form (no JSON anywhere); half go
			// through the REST route, half through the form's own endpoint.
			const form = i % 4 === 3;
			const viaRest = i % 8 < 4;
			const payload = menteePayload(
				site.token,
				`${ prefix }${ i }@example.org`,
				i
			);
			const answer = await client.request(
				'POST',
				viaRest ? '/wp-json/mentorship/v1/applications' : FORM_ENDPOINT,
				form
					? {
							form: {
								...payload,
								languages: undefined,
								teams: undefined,
								'languages[]': 'en',
								'teams[]': 'core',
							},
							rest: false,
					  }
					: { json: payload, rest: false }
			);
			answers.push( {
				i,
				form,
				viaRest,
				phase: at,
				endPhase: phase,
				status: answer.status,
				type: answer.headers.get( 'content-type' ) || '',
				code: answer.json?.code || null,
				message: answer.json?.message || null,
				body: answer.json ? '' : answer.text.slice( 0, 300 ),
				error: answer.error,
			} );
			if (
				phase === 'after' &&
				answer.status === 201 &&
				recoveredAt === null
			) {
				recoveredAt = Date.now();
			}
			// After recovery has been seen for a while, stop.
			if ( recoveredAt && Date.now() - recoveredAt > 3000 ) {
				return;
			}
			if ( answer.status !== 201 ) {
				// Failing requests come back fast: pace them so the run spans the outage.
				await new Promise( ( resolve ) => setTimeout( resolve, 100 ) );
			}
		}
	};
	const workers = Array.from( { length: concurrency }, worker );
	await new Promise( ( resolve ) => setTimeout( resolve, 1500 ) );
	phase = 'down';
	await site.killDatabase();
	await new Promise( ( resolve ) => setTimeout( resolve, downMs ) );
	await site.restartDatabase();
	restartedAt = Date.now();
	phase = 'after';
	await Promise.all( workers );

	const summary = {};
	for ( const answer of answers ) {
		const kind =
			( answer.viaRest ? 'REST route, ' : 'form endpoint, ' ) +
			( answer.form ? 'form: ' : 'json: ' ) +
			( answer.status === 0
				? `network error (${ answer.error })`
				: `${ answer.status } ${
						answer.type.includes( 'json' )
							? 'json'
							: answer.type || 'no type'
				  }${ answer.code ? ` ${ answer.code }` : '' }` );
		summary[ kind ] = ( summary[ kind ] || 0 ) + 1;
	}
	const created = answers.filter( ( a ) => a.status === 201 );
	const stored = await storedByPrefix( site, prefix );
	const check = await integrity( site );
	const samples = {};
	for ( const answer of answers ) {
		if ( answer.status !== 201 ) {
			const key = `${ answer.viaRest ? 'REST' : 'endpoint' } ${
				answer.form ? 'form' : 'json'
			} ${ answer.status } ${ answer.code || '' }`;
			if ( ! samples[ key ] ) {
				samples[ key ] = {
					type: answer.type,
					message: answer.message,
					body: answer.body,
					phase: answer.phase,
				};
			}
		}
	}
	const storedEmails = new Set( stored.emails );
	const createdEmails = new Set(
		created.map( ( a ) => `${ prefix }${ a.i }@example.org` )
	);
	const lost = [ ...createdEmails ].filter(
		( e ) => ! storedEmails.has( e )
	);
	const storedButRefused = [ ...storedEmails ].filter(
		( e ) => ! createdEmails.has( e )
	);
	const unclean = ( a ) =>
		a.status !== 201 &&
		! ( a.status >= 500 && a.type.includes( 'json' ) && a.code );
	// JSON clients must get a JSON error; what plain form posts get is reported.
	const badAnswers = answers.filter( ( a ) => ! a.form && unclean( a ) );
	const formNotJson = answers.filter( ( a ) => a.form && unclean( a ) );
	const details = {
		requests: answers.length,
		concurrency,
		downMs,
		answers: summary,
		samples,
		created: created.length,
		stored: stored.stored,
		doubled: stored.doubled,
		lost: lost.length,
		storedButRefused: storedButRefused.length,
		recoveredAfterRestartMs:
			recoveredAt && restartedAt ? recoveredAt - restartedAt : null,
		notCleanJson5xx: badAnswers.length,
		formPostsNotJson: formNotJson.length,
		integrity: check,
	};
	const ok =
		badAnswers.length === 0 &&
		lost.length === 0 &&
		stored.doubled === 0 &&
		recoveredAt !== null &&
		Object.keys( check.incomplete ).length === 0 &&
		check.orphanClaims === 0 &&
		check.unclaimed === 0 &&
		check.noCohort === 0;
	return { name: 'database outage', ok, details };
}

/**
 * Two coordinators assign two mentees to the last seat of one mentor at once, many times.
 *
 * @param {Object} site             Bench site.
 * @param {Object} options
 * @param {number} options.rounds   Races.
 * @param {number} options.parallel Races run at the same time.
 */
export async function assignmentRace( site, { rounds = 100, parallel = 4 } ) {
	const run = tag();
	const setup = JSON.parse(
		await site.phpAsync(
			`
use Mentorship_Program\\Applications\\Applications;
add_filter( 'mentorship_program_queue_mail', '__return_false' );
$base = array( 'timezone' => 'UTC', 'languages' => array( 'en' ), 'teams' => array( 'core' ), 'consent_coc' => true, 'consent_privacy' => true );
$rounds = array();
$cohort = ${ site.cohort };
for ( $r = 0; $r < ${ rounds }; $r++ ) {
	$mentor = Applications::create( 'mentor', $base + array( 'name' => "Race Mentor $r", 'email' => "race-${ run }-mentor-$r@example.org", 'formats' => array( 'one-to-one' ), 'capacity' => 1, 'motivation' => 'Racing.' ), $cohort );
	Applications::transition( $mentor['id'], 'in_review' );
	Applications::transition( $mentor['id'], 'approved' );
	$mentees = array();
	foreach ( array( 'a', 'b' ) as $side ) {
		$m = Applications::create( 'mentee', $base + array( 'name' => "Race Mentee $r$side", 'email' => "race-${ run }-$r$side@example.org", 'experience' => 'new', 'goals' => 'Race.', 'hours_per_week' => 2, 'format' => 'one-to-one' ), $cohort );
		Applications::transition( $m['id'], 'in_review' );
		Applications::transition( $m['id'], 'accepted' );
		$mentees[] = $m['id'];
	}
	$rounds[] = array( 'mentor' => $mentor['id'], 'mentees' => $mentees );
}
echo wp_json_encode( $rounds );
`,
			600000
		)
	);
	const first = await new Client( site.url ).login(
		USERS.coordinator.login,
		USERS.coordinator.password
	);
	const second = await new Client( site.url ).login(
		USERS.coordinator2.login,
		USERS.coordinator2.password
	);
	const results = await pool( setup, parallel, async ( round ) => {
		const route = `/mentorship/v1/cohorts/${ site.cohort }/assignments`;
		const [ a, b ] = await Promise.all( [
			first.rest( 'POST', route, {
				json: { mentee: round.mentees[ 0 ], mentor: round.mentor },
			} ),
			second.rest( 'POST', route, {
				json: { mentee: round.mentees[ 1 ], mentor: round.mentor },
			} ),
		] );
		return [ a, b ].map( ( x ) => ( {
			status: x.status,
			code: x.json?.code || null,
		} ) );
	} );
	const mentors = setup.map( ( round ) => round.mentor ).join( ',' );
	const over = JSON.parse(
		await site.phpAsync( `
use Mentorship_Program\\Database\\Schema;
global $wpdb;
$table = Schema::table( 'assignments' );
$rows = $wpdb->get_results( "SELECT a.mentor_id, COUNT(*) AS n, MAX(CAST(m.meta_value AS UNSIGNED)) AS cap FROM {$table} a INNER JOIN {$wpdb->postmeta} m ON m.post_id = a.mentor_id AND m.meta_key = '_mp_capacity' WHERE a.mentor_id IN (${ mentors }) GROUP BY a.mentor_id", ARRAY_A );
$over = array_values( array_filter( $rows, static fn( $r ) => (int) $r['n'] > (int) $r['cap'] ) );
echo wp_json_encode( array( 'assigned' => array_sum( array_column( $rows, 'n' ) ), 'over' => count( $over ) ) );
` )
	);
	let oneWinner = 0;
	const statuses = {};
	for ( const pair of results ) {
		for ( const answer of pair ) {
			const key = `${ answer.status } ${ answer.code || '' }`.trim();
			statuses[ key ] = ( statuses[ key ] || 0 ) + 1;
		}
		const wins = pair.filter( ( x ) => x.status >= 200 && x.status < 300 );
		const full = pair.filter(
			( x ) => x.status === 409 && x.code === 'mentorship_capacity_full'
		);
		if ( wins.length === 1 && full.length === 1 ) {
			oneWinner++;
		}
	}
	const details = {
		rounds,
		parallel,
		oneWinnerOneRefused: oneWinner,
		statuses,
		assigned: over.assigned,
		mentorsOverCapacity: over.over,
	};
	return {
		name: 'last-seat race',
		ok: over.over === 0 && oneWinner === rounds && over.assigned === rounds,
		details,
	};
}

/**
 * Time-zone names in a page that are choices offered to everyone (the time-zone
 * lists of the application form), not data about a person.
 *
 * @param {string} text Response body.
 * @return {string} The body without those lists.
 */
function withoutZoneLists( text ) {
	return (
		text
			.replace( /\\\//g, '/' )
			.replace( /\\"/g, '"' )
			.replace( /<option\b[^>]*>[^<]*<\/option>/gi, '' )
			.replace( /<select\b[\s\S]*?<\/select>/gi, '' )
			.replace( /<datalist\b[\s\S]*?<\/datalist>/gi, '' )
			// The form's map of legacy zone names to canonical ones: every zone, nobody's.
			.replace( /(&quot;|")zoneAliases\1:\{[^}]*\}/g, '' )
	);
}

/**
 * Crawls what an anonymous visitor can reach and looks for the applicants' markers;
 * then reads what a mentor may read (mentorProbe()).
 *
 * @param {Object}      site            Bench site.
 * @param {Object}      options
 * @param {string}      options.marker  Word in every marked applicant's name, e-mail and region.
 * @param {string}      options.zone    Time zone of every marked applicant.
 * @param {number[]}    options.ids     Marked applications.
 * @param {string}      options.control Name of a graduate who opted in to the wall: must be seen.
 * @param {Object|null} options.mentor  A mentor to log in as (see mentorProbe()).
 * @param {number}      options.limit   Most URLs to visit.
 */
export async function leakProbe(
	site,
	{ marker, zone, ids, control = '', mentor = null, limit = 400 }
) {
	const client = new Client( site.url, 30000 );
	// Searches use part of the marker: a search that finds an applicant shows the
	// whole marker, while the page echoing the search term does not.
	const probe = marker.slice( 0, -1 );
	const queue = [];
	const seen = new Set();
	const add = ( url ) => {
		if ( ! url ) {
			return;
		}
		let target = url;
		if ( target.startsWith( site.url ) ) {
			target = target.slice( site.url.length ) || '/';
		}
		if ( ! target.startsWith( '/' ) || seen.has( target ) ) {
			return;
		}
		seen.add( target );
		queue.push( target );
	};
	const enc = encodeURIComponent;
	[
		'/',
		'/wp-json/',
		'/wp-json/wp/v2',
		'/wp-json/mentorship/v1',
		`/wp-json/wp/v2/search?search=${ enc( probe ) }`,
		`/wp-json/wp/v2/posts?search=${ enc( probe ) }`,
		`/wp-json/wp/v2/pages?search=${ enc( probe ) }`,
		'/wp-json/wp/v2/users',
		'/wp-json/wp/v2/comments',
		'/wp-json/wp/v2/types',
		'/wp-json/wp/v2/taxonomies',
		'/wp-json/wp/v2/mp_mentee',
		'/wp-json/wp/v2/mp_mentor',
		'/wp-json/mentorship/v1/applications',
		// The form's own endpoint, read instead of posted to: a 405, naming nobody.
		FORM_ENDPOINT,
		'/?mentorship-apply=mentor',
		'/wp-json/mentorship/v1/cohorts',
		'/wp-json/mentorship/v1/teams',
		'/wp-json/mentorship/v1/me',
		'/sessions/',
		`/?s=${ enc( probe ) }`,
		`/?s=${ enc( marker.toLowerCase().slice( 2 ) ) }.bench`,
		`/?s=${ enc( zone.split( '/' ).pop() ) }`,
		'/feed/',
		'/feed/atom/',
		'/comments/feed/',
		'/?feed=rss2&post_type=mp_mentee',
		'/?feed=rss2&post_type=mp_mentor',
		'/?post_type=mp_mentee',
		'/?post_type=mp_mentor',
		'/?author=1',
		'/wp-sitemap.xml',
		`/?mentorship_calendar=${ site.cohort }`,
		...ids.flatMap( ( id ) => [
			`/?p=${ id }`,
			`/?page_id=${ id }`,
			`/?post_type=mp_mentee&p=${ id }`,
			`/wp-json/wp/v2/posts/${ id }`,
			`/wp-json/wp/v2/pages/${ id }`,
			`/wp-json/mentorship/v1/applications/${ id }`,
			`/wp-json/oembed/1.0/embed?url=${ enc(
				`${ site.url }/?p=${ id }`
			) }`,
			`/?rest_route=/wp/v2/search&search=${ enc( probe ) }`,
		] ),
	].forEach( add );

	const found = [];
	const statuses = {};
	let visited = 0;
	let controlSeen = 0;
	while ( queue.length && visited < limit ) {
		const url = queue.shift();
		visited++;
		const answer = await client.request( 'GET', url, { rest: false } );
		statuses[ answer.status ] = ( statuses[ answer.status ] || 0 ) + 1;
		const text = answer.text;
		const lower = text.toLowerCase();
		if ( control && text.includes( control ) ) {
			controlSeen++;
		}
		if ( lower.includes( marker.toLowerCase() ) ) {
			const at = lower.indexOf( marker.toLowerCase() );
			found.push( {
				url,
				what: 'marker',
				context: text.slice( Math.max( 0, at - 80 ), at + 80 ),
			} );
		}
		const zoneText = withoutZoneLists( text );
		for ( const needle of [ zone, zone.replace( '/', '\\/' ) ] ) {
			const at = zoneText.indexOf( needle );
			if ( at >= 0 ) {
				found.push( {
					url,
					what: 'time zone',
					context: zoneText.slice( Math.max( 0, at - 80 ), at + 80 ),
				} );
				break;
			}
		}
		// Follow the site's own links: REST index routes, sitemap entries, pages.
		if ( url === '/wp-json/' && answer.json?.routes ) {
			for ( const [ route, spec ] of Object.entries(
				answer.json.routes
			) ) {
				if (
					! route.includes( '(?P<' ) &&
					spec.methods?.includes( 'GET' )
				) {
					add( `/wp-json${ route }` );
				}
			}
		}
		for ( const match of text.matchAll( /<loc>([^<]+)<\/loc>/g ) ) {
			add( match[ 1 ].trim() );
		}
		if ( answer.json && Array.isArray( answer.json ) ) {
			for ( const item of answer.json ) {
				if ( item && typeof item.link === 'string' ) {
					add( item.link );
				}
			}
		}
		if (
			( answer.headers.get( 'content-type' ) || '' ).includes( 'html' )
		) {
			for ( const match of text.matchAll(
				/href="(http:\/\/127\.0\.0\.1:\d+\/[^"#]*)"/g
			) ) {
				const link = match[ 1 ].replace( /&amp;/g, '&' );
				if (
					! /wp-login|wp-admin|\.(css|js|png|jpg|svg|woff2?)(\?|$)/.test(
						link
					)
				) {
					add( link );
				}
			}
		}
	}
	const serverErrors = statuses[ 500 ] || 0;
	const mentorView = mentor
		? await mentorProbe( site, marker, mentor )
		: { ok: true };
	return {
		name: 'leak probe',
		ok:
			found.length === 0 &&
			serverErrors === 0 &&
			( ! control || controlSeen > 0 ) &&
			mentorView.ok,
		details: {
			visited,
			statuses,
			found: found.slice( 0, 10 ),
			leaks: found.length,
			// A graduate who opted in to the wall, seen on this many pages: the wall
			// shows names, so the marked graduate who answered "false" would show too.
			wallOptInSeen: controlSeen,
			mentorView,
		},
	};
}

/**
 * What a mentor reads: their mentee's record, notes and list, their own application
 * and "me" must carry none of the coordinators' notes (nor the mentee's e-mail or
 * region, which hold the marker), and a finished mentorship's record is refused.
 *
 * @param {Object} site   Bench site.
 * @param {string} marker Marker word.
 * @param {Object} mentor login, password, running, finished, own.
 * @return {Promise<Object>} ok and what was read.
 */
async function mentorProbe( site, marker, mentor ) {
	const client = new Client( site.url, 30000 );
	await client.login( mentor.login, mentor.password );
	const base = '/wp-json/mentorship/v1';
	const readable = [
		`${ base }/applications`,
		`${ base }/applications/${ mentor.running }`,
		`${ base }/applications/${ mentor.running }/notes`,
		`${ base }/applications/${ mentor.own }`,
		`${ base }/me`,
	];
	const refused = [
		`${ base }/applications/${ mentor.finished }`,
		`${ base }/applications/${ mentor.finished }/notes`,
	];
	const problems = [];
	for ( const url of readable ) {
		const answer = await client.request( 'GET', url );
		if ( answer.status !== 200 ) {
			problems.push( { url, status: answer.status } );
		} else if (
			answer.text.toLowerCase().includes( marker.toLowerCase() )
		) {
			const at = answer.text
				.toLowerCase()
				.indexOf( marker.toLowerCase() );
			problems.push( {
				url,
				what: 'marker',
				context: answer.text.slice( Math.max( 0, at - 80 ), at + 80 ),
			} );
		}
	}
	for ( const url of refused ) {
		const answer = await client.request( 'GET', url );
		if ( answer.status !== 403 ) {
			problems.push( { url, status: answer.status, expected: 403 } );
		}
	}
	return {
		ok: problems.length === 0,
		read: readable.length,
		refused: refused.length,
		problems,
	};
}

/**
 * The database server crashes while one application is half-way stored (held at a
 * known point by bench/mu-plugins/fault-pause.php), then comes back: nothing
 * half-written may stay, and the person can apply again with the same address.
 *
 * @param {Object} site Bench site.
 */
export async function crashMidWrite( site ) {
	const run = tag();
	const client = new Client( site.url, 40000 );
	const email = `midwrite-${ run }@example.org`;
	const paused = () =>
		readdirSync( path.join( site.dir, 'wp-content' ) ).some( ( file ) =>
			file.startsWith( 'bench-paused-' )
		);
	const before = await integrity( site );
	// Through the form's own endpoint, the way the application form sends it.
	const pending = postApplication(
		client,
		menteePayload( site.token, email, 1 ),
		false,
		{
			'X-Bench-Pause-At': 'mentorship_team',
			'X-Bench-Pause-Seconds': '3',
		}
	);
	let held = false;
	for ( let i = 0; i < 100 && ! held; i++ ) {
		await new Promise( ( resolve ) => setTimeout( resolve, 100 ) );
		held = paused();
	}
	if ( ! held ) {
		await pending;
		return {
			name: 'database crash mid-write',
			ok: false,
			details: {
				error: 'The request never reached the pause point.',
				incompleteBefore: Object.keys( before.incomplete ).length,
			},
		};
	}
	await site.killDatabase();
	const answer = await pending;
	await site.restartDatabase();
	const after = await integrity( site );
	const retry = await postApplication(
		client,
		menteePayload( site.token, email, 1 )
	);
	const stored = await storedByPrefix( site, email );
	const details = {
		answerDuringCrash: {
			status: answer.status,
			type: answer.headers.get( 'content-type' ),
			code: answer.json?.code || null,
			message: answer.json?.message || null,
		},
		halfWritten: Object.keys( after.incomplete ).filter(
			( id ) => ! ( id in before.incomplete )
		),
		orphanClaimsAdded: after.orphanClaims - before.orphanClaims,
		unclaimedAdded: after.unclaimed - before.unclaimed,
		retrySameAddress: {
			status: retry.status,
			code: retry.json?.code || null,
		},
		storedForAddress: stored.stored,
	};
	const ok =
		answer.status >= 500 &&
		!! answer.json?.code &&
		details.halfWritten.length === 0 &&
		details.orphanClaimsAdded === 0 &&
		details.unclaimedAdded === 0 &&
		retry.status === 201 &&
		stored.stored === 1;
	return { name: 'database crash mid-write', ok, details };
}
