/**
 * A seeded, schema-driven fuzzer for the plugin's write routes over HTTP.
 *
 * It reads each write endpoint's arguments from the REST index, builds a payload
 * that is valid except for one deliberate fault (wrong type, too long, outside the
 * enum or range, bad format, array for a scalar, object for a list, null, a missing
 * required field, broken or too-deep JSON, PHP-style form arrays, a bad path ID),
 * and sends it as an anonymous visitor, a subscriber and a coordinator. Those must
 * all be refused with a 4xx JSON error. A second family sends hostile but
 * well-typed content (SQL, HTML, Unicode edge cases, unknown keys): those may be
 * accepted, and are counted apart.
 *
 * The same seed sends the same requests.
 */
import { Client, pool } from '../../bin/lib/bench-http.mjs';
import { USERS } from '../../bin/lib/bench-site.mjs';
import { FORM_ENDPOINT, isJsonError, logMark, logSince } from './checks.mjs';

/**
 * mulberry32: a small seeded generator.
 *
 * @param {number} seed
 * @return {() => number} Numbers in [0, 1).
 */
/* eslint-disable no-bitwise -- a 32-bit generator is bit arithmetic. */
export function random( seed ) {
	let a = seed >>> 0;
	return () => {
		a = ( a + 0x6d2b79f5 ) >>> 0;
		let t = a;
		t = Math.imul( t ^ ( t >>> 15 ), t | 1 );
		t ^= t + Math.imul( t ^ ( t >>> 7 ), t | 61 );
		return ( ( t ^ ( t >>> 14 ) ) >>> 0 ) / 4294967296;
	};
}
/* eslint-enable no-bitwise */

/** Hostile content that is still a string. */
export const HOSTILE = [
	"' OR '1'='1",
	'1; DROP TABLE wp_posts; --',
	'" UNION SELECT user_pass FROM wp_users --',
	'%27%20OR%201%3D1',
	'<script>alert(1)</script>',
	'<img src=x onerror=alert(1)>',
	'"><svg onload=alert(1)>',
	"javascript:alert('x')",
	'{{constructor.constructor("alert(1)")()}}',
	'\u202Eevil\u202C right-to-left override',
	'zero\u200Bwidth\u200Djoiner\uFEFF',
	'e\u0301\u0301\u0301 combining marks',
	'😀👩🏽‍💻🏳️‍🌈',
	'Ω≈ç√∫˜µ≤≥÷',
	'日本語のテキスト',
	'‮',
	'\t\r\n',
	'null',
	'undefined',
	'%00',
	'../../../../etc/passwd',
	'${jndi:ldap://127.0.0.1/a}',
	'=HYPERLINK("http://127.0.0.1","x")',
	'@SUM(1+1)',
	' ',
];

/**
 * A valid value for an argument schema (as far as the schema tells).
 *
 * @param {Object} schema
 * @param {string} name
 */
function validValue( schema, name ) {
	const type = Array.isArray( schema.type ) ? schema.type[ 0 ] : schema.type;
	if ( schema.enum ) {
		return schema.enum[ 0 ];
	}
	switch ( type ) {
		case 'integer':
		case 'number':
			return Math.max( schema.minimum ?? 1, 1 );
		case 'boolean':
			return true;
		case 'array':
			return [];
		case 'object':
			return {};
		default:
			if ( schema.format === 'email' ) {
				return 'fuzz@example.org';
			}
			if ( schema.format === 'date-time' ) {
				return '2030-01-01T00:00:00Z';
			}
			if ( schema.pattern && new RegExp( schema.pattern ).test( '' ) ) {
				return '';
			}
			return `fuzz ${ name }`;
	}
}

const types = ( schema ) =>
	Array.isArray( schema.type ) ? schema.type : [ schema.type ];

/**
 * A value of the wrong type for an argument, one WordPress does not coerce.
 *
 * @param {Object}   schema
 * @param {Function} rnd
 */
function wrongType( schema, rnd ) {
	const t = types( schema );
	const options = [];
	if ( t.includes( 'array' ) ) {
		// WordPress turns a scalar into a one-item list (wp_parse_list), so only an
		// object is surely wrong for a list.
		options.push( { not: 'a list' }, { 0: 'x', key: 'y' } );
	} else if ( t.includes( 'object' ) ) {
		// '' counts as an empty object for WordPress.
		options.push( 'not-an-object', 12345, true );
	} else {
		if ( ! t.includes( 'string' ) ) {
			options.push( 'not-a-number-or-bool' );
		}
		if ( ! t.includes( 'integer' ) && ! t.includes( 'number' ) ) {
			options.push( 12345, -1.5 );
		} else {
			options.push( 1.5 );
		}
		if ( ! t.includes( 'boolean' ) ) {
			options.push( true );
		} else {
			options.push( 2, 'maybe' );
		}
		options.push( { nested: { deeper: 'x' } }, [ 'x', 'y' ] );
	}
	return options[ Math.floor( rnd() * options.length ) ];
}

/**
 * The faults that make a payload invalid for an argument, by its schema.
 *
 * @param {Object} schema
 * @return {string[]} Fault names.
 */
function faultsFor( schema ) {
	const faults = [ 'wrongType' ];
	const t = types( schema );
	if ( schema.maxLength ) {
		faults.push( 'tooLong' );
	}
	if ( schema.enum ) {
		faults.push( 'badEnum' );
	}
	if (
		( t.includes( 'integer' ) || t.includes( 'number' ) ) &&
		( schema.minimum !== undefined || schema.maximum !== undefined )
	) {
		faults.push( 'outOfRange' );
	}
	if (
		schema.format === 'email' ||
		schema.format === 'date-time' ||
		schema.format === 'uri' ||
		( schema.pattern && ! new RegExp( schema.pattern ).test( '<b>x</b>' ) )
	) {
		faults.push( 'badFormat' );
	}
	if ( ! t.includes( 'array' ) && ! t.includes( 'object' ) ) {
		faults.push( 'arrayForScalar' );
	}
	return faults;
}

/**
 * Applies one fault to one argument.
 *
 * @param {string}   fault
 * @param {Object}   schema
 * @param {any}      valid  A valid value.
 * @param {Function} rnd
 */
function faultValue( fault, schema, valid, rnd ) {
	switch ( fault ) {
		case 'wrongType':
			return wrongType( schema, rnd );
		case 'tooLong': {
			const unit = rnd() < 0.5 ? 'x' : 'é';
			const extra = rnd() < 0.2 ? 100000 : 1 + Math.floor( rnd() * 10 );
			return unit.repeat( schema.maxLength + extra );
		}
		case 'badEnum':
			return rnd() < 0.5
				? `${ schema.enum[ 0 ] }\u0000x`
				: `not-${ Math.floor( rnd() * 1e6 ) }`;
		case 'outOfRange':
			if ( schema.maximum !== undefined && rnd() < 0.5 ) {
				return rnd() < 0.5 ? schema.maximum + 1 : 2 ** 53;
			}
			return schema.minimum !== undefined
				? schema.minimum - 1
				: ( schema.maximum ?? 0 ) + 1;
		case 'badFormat':
			if ( schema.format === 'email' ) {
				return [
					'not-an-email',
					'a@',
					'@b.c',
					'a b@c.d',
					'x@[127.0.0.1',
				][ Math.floor( rnd() * 5 ) ];
			}
			if ( schema.format === 'date-time' ) {
				return [ '2024-13-45T99:99:99Z', 'yesterday', '0000-00-00' ][
					Math.floor( rnd() * 3 )
				];
			}
			return [ '<b>x</b>', 'javascript:alert(1)', '\u0000', '::' ][
				Math.floor( rnd() * 4 )
			];
		case 'arrayForScalar':
			return [ valid, valid ];
	}
	throw new Error( `Unknown fault ${ fault }` );
}

/**
 * PHP-style form encoding of a payload (lists as a[]=, objects as a[k]=).
 *
 * @param {Object} payload
 * @return {URLSearchParams} Form.
 */
function formEncode( payload ) {
	const form = new URLSearchParams();
	const add = ( key, value ) => {
		if ( Array.isArray( value ) ) {
			value.forEach( ( item, i ) =>
				add( `${ key }[${ typeof item === 'object' ? i : '' }]`, item )
			);
		} else if ( value && typeof value === 'object' ) {
			for ( const [ k, v ] of Object.entries( value ) ) {
				add( `${ key }[${ k }]`, v );
			}
		} else if ( value !== null && value !== undefined ) {
			form.append( key, String( value === true ? 1 : value ) );
		}
	};
	for ( const [ key, value ] of Object.entries( payload ) ) {
		add( key, value );
	}
	return form;
}

/**
 * Whether a value fills the public form's honeypot (`website`) the way the server
 * reads it: set, and not blank after PHP's trim(), or not a plain value. Such a
 * request is answered like a stored application, and nothing is stored.
 *
 * @param {*} value The payload's `website`.
 * @return {boolean} Whether the honeypot is filled.
 */
function honeypotFilled( value ) {
	if ( value === undefined || value === null ) {
		return false;
	}
	if ( typeof value === 'object' ) {
		return true;
	}
	if ( typeof value === 'boolean' ) {
		return value;
	}
	return (
		String( value ).replace(
			/^[ \t\n\r\0\x0B]+|[ \t\n\r\0\x0B]+$/g,
			''
		) !== ''
	);
}

/**
 * Sends the requests and checks every answer, the logs and the stored data.
 *
 * @param {Object} site          Bench site.
 * @param {Object} options
 * @param {number} options.count Requests.
 * @param {number} options.seed  Seed.
 */
export async function fuzz( site, { count = 600, seed = 20240 } = {} ) {
	const rnd = random( seed );
	const pick = ( list ) => list[ Math.floor( rnd() * list.length ) ];
	const run = `${ seed }-${ Date.now().toString( 36 ) }`;

	const targets = JSON.parse(
		await site.phpAsync( `
use Mentorship_Program\\Applications\\Applications;
use Mentorship_Program\\Cohorts\\Cohorts;
use Mentorship_Program\\Settings\\Settings;
add_filter( 'mentorship_program_queue_mail', '__return_false' );
$cohort = Cohorts::save( array(
	'name' => 'Fuzz cohort ${ run }',
	'opens_at' => gmdate( 'Y-m-d\\TH:i:s\\Z', time() - 20 * DAY_IN_SECONDS ),
	'closes_at' => gmdate( 'Y-m-d\\TH:i:s\\Z', time() - 10 * DAY_IN_SECONDS ),
	'starts_on' => gmdate( 'Y-m-d', time() + 20 * DAY_IN_SECONDS ),
	'ends_on' => gmdate( 'Y-m-d', time() + 60 * DAY_IN_SECONDS ),
	'capacity' => 10,
) );
$base = array( 'timezone' => 'UTC', 'languages' => array( 'en' ), 'teams' => array( 'core' ), 'consent_coc' => true, 'consent_privacy' => true );
$mentee = Applications::create( 'mentee', $base + array( 'name' => 'Fuzz Target', 'email' => 'fuzz-target-${ run }@example.org', 'experience' => 'new', 'goals' => 'Be fuzzed.', 'hours_per_week' => 2, 'format' => 'any' ), $cohort['id'] );
$mentor = Applications::create( 'mentor', $base + array( 'name' => 'Fuzz Mentor', 'email' => 'fuzz-mentor-${ run }@example.org', 'formats' => array( 'one-to-one' ), 'capacity' => 2, 'motivation' => 'Fuzz.' ), $cohort['id'] );
$team = wp_insert_term( 'Fuzz team ${ run }', \\Mentorship_Program\\Teams\\Taxonomies::TEAM, array( 'slug' => 'fuzz-team-${ run }' ) );
echo wp_json_encode( array( 'cohort' => $cohort['id'], 'mentee' => $mentee['id'], 'mentor' => $mentor['id'], 'team' => $team['term_id'], 'settings' => get_option( Settings::OPTION ) ) );
` )
	);

	const counts = async () =>
		JSON.parse(
			await site.phpAsync( `
global $wpdb;
use Mentorship_Program\\Database\\Schema;
$c = array();
foreach ( array( 'mp_mentee', 'mp_mentor' ) as $t ) { $c[ $t ] = (int) $wpdb->get_var( $wpdb->prepare( "SELECT COUNT(*) FROM {$wpdb->posts} WHERE post_type = %s", $t ) ); }
foreach ( array( 'cohorts' => \\Mentorship_Program\\Teams\\Taxonomies::COHORT, 'teams' => \\Mentorship_Program\\Teams\\Taxonomies::TEAM ) as $k => $t ) { $c[ $k ] = (int) $wpdb->get_var( $wpdb->prepare( "SELECT COUNT(*) FROM {$wpdb->term_taxonomy} WHERE taxonomy = %s", $t ) ); }
foreach ( array( 'claims', 'assignments', 'events', 'mail' ) as $t ) { $c[ $t ] = (int) $wpdb->get_var( 'SELECT COUNT(*) FROM ' . Schema::table( $t ) ); }
$c['unconfirmed'] = (int) $wpdb->get_var( $wpdb->prepare( "SELECT COUNT(*) FROM {$wpdb->posts} WHERE post_status = %s", \\Mentorship_Program\\Applications\\Status_Links::UNCONFIRMED_STATUS ) );
$c['postmeta'] = (int) $wpdb->get_var( "SELECT COUNT(*) FROM {$wpdb->postmeta}" );
echo wp_json_encode( $c );
` )
		);

	const coordinator = await new Client( site.url ).login(
		USERS.coordinator.login,
		USERS.coordinator.password
	);
	const subscriber = await new Client( site.url ).login(
		USERS.subscriber.login,
		USERS.subscriber.password
	);
	const anonymous = new Client( site.url );
	const roles = { anonymous, subscriber, coordinator };

	const index = await coordinator.rest( 'GET', '/mentorship/v1' );
	const endpoints = [];
	for ( const [ route, spec ] of Object.entries( index.json.routes ) ) {
		for ( const endpoint of spec.endpoints ) {
			for ( const method of endpoint.methods ) {
				if ( [ 'POST', 'PATCH', 'DELETE' ].includes( method ) ) {
					// PUT duplicates PATCH on WordPress's editable routes.
					endpoints.push( {
						route,
						method,
						args: endpoint.args || {},
					} );
				}
			}
		}
	}

	// The application form's own endpoint takes what the public REST route takes, with
	// the same rules: fuzzed alike, as every role (logged-in roles send their nonce).
	const submitRoute = endpoints.find(
		( e ) =>
			e.route === '/mentorship/v1/applications' && e.method === 'POST'
	);
	if ( submitRoute ) {
		endpoints.push( { ...submitRoute, route: FORM_ENDPOINT } );
	}

	const before = await counts();
	const mark = logMark( site );
	const menteeBase = () => ( {
		type: 'mentee',
		token: site.token,
		name: 'Fuzz Applicant',
		email: `fuzz-${ run }-${ Math.floor( rnd() * 1e9 ) }@example.org`,
		timezone: 'Europe/Lisbon',
		languages: [ 'en' ],
		teams: [ 'core' ],
		experience: 'new',
		goals: 'Fuzz goals.',
		hours_per_week: 3,
		format: 'any',
		consent_coc: true,
		consent_privacy: true,
	} );
	const requiredPublic = [
		'timezone',
		'languages',
		'experience',
		'goals',
		'hours_per_week',
		'format',
		'consent_coc',
		'consent_privacy',
	];

	const plans = [];
	for ( let i = 0; i < count; i++ ) {
		// Every endpoint in turn as every role, then faults at random.
		const endpoint = endpoints[ i % endpoints.length ];
		const role = [ 'anonymous', 'subscriber', 'coordinator' ][
			Math.floor( i / endpoints.length ) % 3
		];
		const isPublic =
			( endpoint.route === '/mentorship/v1/applications' ||
				endpoint.route === FORM_ENDPOINT ) &&
			endpoint.method === 'POST';
		let idFor = targets.team;
		if ( endpoint.route.startsWith( '/mentorship/v1/applications' ) ) {
			idFor = targets.mentee;
		} else if ( endpoint.route.startsWith( '/mentorship/v1/cohorts' ) ) {
			idFor = targets.cohort;
		}
		let path = endpoint.route.replace(
			'(?P<id>[\\d]+)',
			endpoint.method === 'DELETE' ? '987654321' : String( idFor )
		);
		const args = Object.entries( endpoint.args ).filter(
			( [ name ] ) => name !== 'id'
		);
		const payload = isPublic ? menteeBase() : {};
		if ( ! isPublic ) {
			for ( const [ name, schema ] of args ) {
				if ( schema.required ) {
					payload[ name ] = validValue( schema, name );
				}
			}
			if ( endpoint.route.endsWith( '/assignments' ) ) {
				payload.mentee = targets.mentee;
				payload.mentor = targets.mentor;
			}
			if ( endpoint.route.endsWith( '/batch' ) ) {
				payload.ids = [ targets.mentee ];
			}
		}
		let fault;
		let family = 'invalid';
		let body;
		let arg = null;
		const roll = rnd();
		if ( roll < 0.06 ) {
			fault = 'malformedJson';
			body = {
				raw: pick( [
					'{"name": ',
					'{"a":1,}',
					'[1,2',
					'nul',
					'{"x":"\\ud800"',
				] ),
			};
		} else if ( roll < 0.1 ) {
			fault = 'deepNesting';
			let deep = 'x';
			for ( let d = 0; d < 600; d++ ) {
				deep = [ deep ];
			}
			const candidates = args.map( ( [ name ] ) => name );
			payload[ candidates.length ? pick( candidates ) : 'deep' ] = deep;
		} else if ( roll < 0.14 ) {
			fault = 'badPathId';
			path = endpoint.route.includes( '(?P<id>' )
				? endpoint.route.replace(
						'(?P<id>[\\d]+)',
						pick( [
							'0',
							'99999999999999999999',
							'-1',
							'1e3',
							'%20',
						] )
				  )
				: `${ endpoint.route }/${ pick( [ '0', 'x', '..%2F' ] ) }`;
		} else if (
			roll < 0.2 &&
			( isPublic || args.some( ( [ , s ] ) => s.required ) )
		) {
			fault = 'missingRequired';
			let required = args
				.filter( ( [ , s ] ) => s.required )
				.map( ( [ n ] ) => n );
			if ( isPublic ) {
				// Logged-in people may leave out name and e-mail: their account fills them.
				required =
					role === 'anonymous'
						? [ ...requiredPublic, 'name', 'email' ]
						: requiredPublic;
			}
			arg = pick( required );
			delete payload[ arg ];
		} else if ( roll < 0.26 && args.length ) {
			fault = 'formArrays';
			const scalars = args.filter(
				( [ , s ] ) =>
					! types( s ).includes( 'array' ) &&
					! types( s ).includes( 'object' )
			);
			if ( scalars.length ) {
				const [ name, schema ] = pick( scalars );
				arg = name;
				payload[ name ] = [ validValue( schema, name ), 'x' ];
			} else {
				const [ name ] = pick( args );
				arg = name;
				payload[ name ] = { 0: { 1: { 2: 'deep' } }, key: '<b>' };
				family = 'hostile';
			}
			body = { form: formEncode( payload ) };
		} else if ( roll < 0.38 ) {
			family = 'hostile';
			const strings = args.filter(
				( [ , s ] ) =>
					types( s ).includes( 'string' ) &&
					! s.enum &&
					! s.format &&
					! s.pattern
			);
			if ( strings.length && rnd() < 0.7 ) {
				fault = 'hostileString';
				const [ name, schema ] = pick( strings );
				arg = name;
				payload[ name ] = pick( HOSTILE ).slice(
					0,
					schema.maxLength || 1000
				);
			} else if ( args.length && rnd() < 0.3 ) {
				// WordPress skips validation for null: the route decides what null means.
				fault = 'null';
				arg = pick( args )[ 0 ];
				payload[ arg ] = null;
			} else {
				fault = 'unknownKey';
				arg = pick( [
					"name' OR 1=1",
					'<script>',
					'stage',
					'__proto__',
					'rating',
					'ügly_ключ',
					'user_id',
				] );
				payload[ arg ] = pick( HOSTILE );
			}
		} else if ( args.length ) {
			const [ name, schema ] = pick( args );
			arg = name;
			fault = pick( faultsFor( schema ) );
			payload[ name ] = faultValue(
				fault,
				schema,
				payload[ name ] ?? validValue( schema, name ),
				rnd
			);
		} else {
			fault = 'malformedJson';
			body = { raw: '{"broken": [' };
		}
		const shown =
			arg !== null && body === undefined && payload[ arg ] !== undefined
				? JSON.stringify( payload[ arg ] ).slice( 0, 80 )
				: undefined;
		plans.push( {
			i,
			trap:
				isPublic &&
				body?.raw === undefined &&
				honeypotFilled( payload.website ),
			shown,
			role,
			method: endpoint.method,
			route: endpoint.route,
			path,
			fault,
			family,
			arg,
			body: body || { json: payload },
		} );
	}

	const answers = await pool( plans, 4, async ( plan ) => {
		const client = roles[ plan.role ];
		const options = { rest: plan.role !== 'anonymous' };
		if ( plan.body.raw !== undefined ) {
			options.body = plan.body.raw;
			options.headers = { 'Content-Type': 'application/json' };
		} else if ( plan.body.form ) {
			options.form = plan.body.form;
		} else {
			options.json = plan.body.json;
		}
		const answer =
			plan.route === FORM_ENDPOINT
				? await client.request( plan.method, plan.path, options )
				: await client.rest( plan.method, plan.path, options );
		return {
			...plan,
			status: answer.status,
			code: answer.json?.code || null,
			jsonError: isJsonError( answer ),
			snippet: answer.json ? '' : answer.text.slice( 0, 200 ),
		};
	} );

	// Put back what valid payloads may have changed.
	await site.phpAsync( `
update_option( 'mentorship_program_settings', json_decode( base64_decode( '${ Buffer.from(
		JSON.stringify( targets.settings )
	).toString( 'base64' ) }' ), true ), false );
echo 'restored';
` );
	const after = await counts();
	const lines = logSince( mark );

	const bad = [];
	const accepted = [];
	for ( const answer of answers ) {
		const refused =
			answer.status >= 400 && answer.status < 500 && answer.jsonError;
		const ok2xx = answer.status >= 200 && answer.status < 300;
		if ( refused ) {
			continue;
		}
		if ( ok2xx && answer.family === 'hostile' ) {
			accepted.push( answer );
			continue;
		}
		// Whatever a bot puts in the hidden field, it gets the quiet success and
		// nothing is stored (checked by the counts below).
		if ( answer.status === 201 && answer.trap ) {
			continue;
		}
		bad.push( answer );
	}
	const created = ( route, method ) =>
		accepted.filter(
			( a ) =>
				a.route === route &&
				a.method === method &&
				( ! [ '/mentorship/v1/applications', FORM_ENDPOINT ].includes(
					route
				) ||
					! a.trap )
		).length;
	const expected = {
		applications:
			created( '/mentorship/v1/applications', 'POST' ) +
			created( FORM_ENDPOINT, 'POST' ),
		cohorts: created( '/mentorship/v1/cohorts', 'POST' ),
		teams: created( '/mentorship/v1/teams', 'POST' ),
		assignments: created(
			'/mentorship/v1/cohorts/(?P<id>[\\d]+)/assignments',
			'POST'
		),
	};
	const delta = Object.fromEntries(
		Object.keys( before ).map( ( key ) => [
			key,
			after[ key ] - before[ key ],
		] )
	);
	const storedOk =
		delta.mp_mentee + delta.mp_mentor === expected.applications &&
		// A stored application holds two claims (its type's and its one role in the
		// cohort), or waits for its address to be confirmed and claims them then.
		delta.claims === 2 * ( expected.applications - delta.unconfirmed ) &&
		delta.cohorts === expected.cohorts &&
		delta.teams === expected.teams &&
		delta.assignments <= expected.assignments;
	const byStatus = {};
	const byFault = {};
	for ( const answer of answers ) {
		byStatus[ answer.status ] = ( byStatus[ answer.status ] || 0 ) + 1;
		byFault[ answer.fault ] = ( byFault[ answer.fault ] || 0 ) + 1;
	}
	const warnings = lines.filter( ( line ) =>
		/PHP (Warning|Notice|Deprecated|Fatal|Parse)|WordPress database error/i.test(
			line
		)
	);
	return {
		name: 'fuzzing the write routes',
		ok: bad.length === 0 && warnings.length === 0 && storedOk,
		details: {
			requests: answers.length,
			seed,
			endpoints: endpoints.length,
			roles: Object.keys( roles ),
			byStatus,
			byFault,
			refused4xxJson: answers.length - bad.length - accepted.length,
			acceptedValid: accepted.length,
			acceptedBy: accepted.reduce( ( out, a ) => {
				const key = `${ a.method } ${ a.route } (${ a.fault })`;
				out[ key ] = ( out[ key ] || 0 ) + 1;
				return out;
			}, {} ),
			unexpected: bad.slice( 0, 15 ).map( ( a ) => ( {
				role: a.role,
				method: a.method,
				path: a.path,
				fault: a.fault,
				arg: a.arg,
				value: a.shown,
				status: a.status,
				code: a.code,
				snippet: a.snippet,
			} ) ),
			unexpectedCount: bad.length,
			logLines: lines.length,
			warnings: warnings.slice( 0, 10 ),
			delta,
			expected,
		},
	};
}
