/**
 * HTTP for the benchmarks and proof tests: a loopback-only client with a cookie jar,
 * WordPress log-in with a REST nonce, bounded concurrency and latency statistics.
 */

const LOOPBACK = /^http:\/\/127\.0\.0\.1:\d+(\/|$)/;

/**
 * A client for one site; keeps cookies between requests like a browser.
 */
export class Client {
	/**
	 * @param {string} base    Site URL (http://127.0.0.1:PORT).
	 * @param {number} timeout Milliseconds per request.
	 */
	constructor( base, timeout = 60000 ) {
		if ( ! LOOPBACK.test( base ) ) {
			throw new Error( `Refusing a non-loopback site: ${ base }` );
		}
		this.base = base.replace( /\/$/, '' );
		this.timeout = timeout;
		this.cookies = new Map();
		this.nonce = '';
	}

	cookieHeader() {
		return [ ...this.cookies ]
			.map( ( [ key, value ] ) => `${ key }=${ value }` )
			.join( '; ' );
	}

	/**
	 * One request. Never throws for HTTP statuses; a network failure or time-out gives
	 * status 0 and the error text.
	 *
	 * @param {string} method
	 * @param {string} url     Path (from the site root) or loopback URL.
	 * @param {Object} options json, form (object or URLSearchParams), body, headers, rest (send the nonce).
	 * @return {Promise<{status: number, headers: Headers, text: string, json: any, ms: number, error?: string}>} The answer.
	 */
	async request( method, url, options = {} ) {
		const target = url.startsWith( 'http' ) ? url : this.base + url;
		if ( ! LOOPBACK.test( target ) ) {
			throw new Error( `Refusing a non-loopback request: ${ target }` );
		}
		const headers = { ...( options.headers || {} ) };
		let body = options.body;
		if ( options.json !== undefined ) {
			headers[ 'Content-Type' ] = 'application/json';
			body = JSON.stringify( options.json );
		} else if ( options.form !== undefined ) {
			headers[ 'Content-Type' ] = 'application/x-www-form-urlencoded';
			body = (
				options.form instanceof URLSearchParams
					? options.form
					: new URLSearchParams( options.form )
			).toString();
		}
		if ( this.cookies.size ) {
			headers.Cookie = this.cookieHeader();
		}
		if ( options.rest !== false && this.nonce ) {
			headers[ 'X-WP-Nonce' ] = this.nonce;
		}
		const started = performance.now();
		let response;
		try {
			response = await fetch( target, {
				method,
				headers,
				body,
				redirect: 'manual',
				signal: AbortSignal.timeout( options.timeout || this.timeout ),
			} );
		} catch ( error ) {
			return {
				status: 0,
				headers: new Headers(),
				text: '',
				json: null,
				ms: performance.now() - started,
				error: String( error?.cause?.code || error?.message || error ),
			};
		}
		let text = '';
		try {
			text = await response.text();
		} catch ( error ) {
			return {
				status: 0,
				headers: response.headers,
				text: '',
				json: null,
				ms: performance.now() - started,
				error: `body: ${ error.message }`,
			};
		}
		const ms = performance.now() - started;
		for ( const cookie of response.headers.getSetCookie() ) {
			const [ pair ] = cookie.split( ';' );
			const at = pair.indexOf( '=' );
			const key = pair.slice( 0, at ).trim();
			const value = pair.slice( at + 1 ).trim();
			if ( /expires=Thu, 01-Jan-1970|Max-Age=0/i.test( cookie ) ) {
				this.cookies.delete( key );
			} else {
				this.cookies.set( key, value );
			}
		}
		let json = null;
		if (
			( response.headers.get( 'content-type' ) || '' ).includes( 'json' )
		) {
			try {
				json = JSON.parse( text );
			} catch {
				json = null;
			}
		}
		return {
			status: response.status,
			headers: response.headers,
			text,
			json,
			ms,
		};
	}

	/**
	 * Logs in through wp-login.php and fetches a REST nonce.
	 *
	 * @param {string} login
	 * @param {string} password
	 */
	async login( login, password ) {
		this.cookies.set( 'wordpress_test_cookie', 'WP%20Cookie%20check' );
		const answer = await this.request( 'POST', '/wp-login.php', {
			form: {
				log: login,
				pwd: password,
				'wp-submit': 'Log In',
				redirect_to: `${ this.base }/wp-admin/`,
				testcookie: '1',
			},
			rest: false,
		} );
		if (
			answer.status !== 302 ||
			! [ ...this.cookies.keys() ].some( ( key ) =>
				key.startsWith( 'wordpress_logged_in_' )
			)
		) {
			throw new Error(
				`Log-in as ${ login } failed (HTTP ${ answer.status }).`
			);
		}
		const nonce = await this.request(
			'GET',
			'/wp-admin/admin-ajax.php?action=rest-nonce',
			{ rest: false }
		);
		if ( nonce.status !== 200 || ! /^[a-f0-9]{10}$/.test( nonce.text ) ) {
			throw new Error(
				`No REST nonce for ${ login } (HTTP ${ nonce.status }).`
			);
		}
		this.nonce = nonce.text;
		return this;
	}

	/**
	 * A REST request under /wp-json.
	 *
	 * @param {string} method
	 * @param {string} route   e.g. /mentorship/v1/applications?per_page=10
	 * @param {Object} options As for request().
	 */
	rest( method, route, options = {} ) {
		return this.request( method, `/wp-json${ route }`, options );
	}
}

/**
 * Runs fn over items with at most `concurrency` at a time; results keep the items' order.
 *
 * @param {Array}    items
 * @param {number}   concurrency
 * @param {Function} fn          ( item, index ) => Promise.
 * @return {Promise<Array>} Results.
 */
export async function pool( items, concurrency, fn ) {
	const results = new Array( items.length );
	let next = 0;
	const worker = async () => {
		while ( next < items.length ) {
			const index = next++;
			results[ index ] = await fn( items[ index ], index );
		}
	};
	await Promise.all(
		Array.from( { length: Math.min( concurrency, items.length ) }, worker )
	);
	return results;
}

/**
 * The value at a quantile of sorted numbers (nearest rank).
 *
 * @param {number[]} sorted
 * @param {number}   q      0..1
 */
function quantile( sorted, q ) {
	if ( ! sorted.length ) {
		return null;
	}
	const rank = Math.min(
		sorted.length - 1,
		Math.max( 0, Math.ceil( q * sorted.length ) - 1 )
	);
	return sorted[ rank ];
}

/**
 * Median, p95, mean, min and max of latencies in milliseconds, rounded to 0.1 ms.
 *
 * @param {number[]} values
 */
export function stats( values ) {
	const sorted = [ ...values ].sort( ( a, b ) => a - b );
	const round = ( x ) => ( x === null ? null : Math.round( x * 10 ) / 10 );
	return {
		n: sorted.length,
		median: round( quantile( sorted, 0.5 ) ),
		p95: round( quantile( sorted, 0.95 ) ),
		mean: round(
			sorted.length
				? sorted.reduce( ( a, b ) => a + b, 0 ) / sorted.length
				: null
		),
		min: round( sorted[ 0 ] ?? null ),
		max: round( sorted[ sorted.length - 1 ] ?? null ),
	};
}

/**
 * a / b rounded to two decimals, or null.
 *
 * @param {number|null} a
 * @param {number|null} b
 */
export function ratio( a, b ) {
	return a === null || b === null || b === 0
		? null
		: Math.round( ( a / b ) * 100 ) / 100;
}
