/**
 * Turns bench/results/latest.json into docs/benchmarks.md and a console table.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './util.mjs';

const fmt = ( value, digits = 1 ) => {
	if ( value === null || value === undefined || Number.isNaN( value ) ) {
		return '–';
	}
	return typeof value === 'number'
		? value.toLocaleString( 'en-US', { maximumFractionDigits: digits } )
		: String( value );
};
const yes = ( ok ) => ( ok ? 'met' : '**not met**' );
const row = ( cells ) =>
	`| ${ cells.map( ( c ) => fmt( c ) ).join( ' | ' ) } |`;

/**
 * Markdown lines for one query-log analysis.
 *
 * @param {Object} log
 * @param {string} title
 */
function queryLines( log, title ) {
	if ( ! log ) {
		return [];
	}
	return [
		`**${ title }**: ${ log.count } queries, ${ fmt(
			log.ms,
			2
		) } ms in the database.`,
		'',
		...( log.phases?.length
			? [
					`Time line of that request (ms since it started): ${ log.phases
						.map( ( [ name, ms ] ) => `${ name } ${ fmt( ms ) }` )
						.join( ' → ' ) }.`,
					'',
			  ]
			: [] ),
		'| queries | ms | where the cost starts |',
		'|---:|---:|---|',
		...( log.byFunction || [] ).map(
			( g ) =>
				`| ${ g.queries } | ${ fmt( g.ms, 2 ) } | \`${ g.owner.replace(
					/\|/g,
					'\\|'
				) }\` |`
		),
		'',
		...( log.hooks?.length
			? [
					'| ms | queries | hook, priority, callback (the slowest of the set-up hooks; medians) |',
					'|---:|---:|---|',
					...log.hooks
						.slice( 0, 15 )
						.map(
							( h ) =>
								`| ${ fmt( h.ms, 2 ) } | ${
									h.queries
								} | \`${ h.callback.replace(
									/\|/g,
									'\\|'
								) }\` |`
						),
					'',
			  ]
			: [] ),
		'| queries | ms | plugin function → WordPress function that queried |',
		'|---:|---:|---|',
		...log.byCaller
			.slice( 0, 12 )
			.map(
				( g ) =>
					`| ${ g.queries } | ${ fmt(
						g.ms,
						2
					) } | \`${ g.caller.replace( /\|/g, '\\|' ) }\` |`
			),
		'',
	];
}

/**
 * Writes docs/benchmarks.md; returns a short plain-text summary.
 *
 * @param {Object} r Results.
 * @return {string} Summary table.
 */
/**
 * The growth table (`npm run bench -- --growth=1000,10000,...`): each figure at each
 * size beside core's at the same size, and the aims at the largest size.
 *
 * @param {Object} g bench/results/growth.json.
 * @return {string} Markdown.
 */
export function growthTable( g ) {
	const ok = g.sizes.filter( ( s ) => ! s.error && s.list );
	const lines = [
		`Measured ${ g.date }; load average at the start ${ (
			g.loadAverageAtStart || []
		).join( ', ' ) }, at the end ${ ( g.loadAverageAtEnd || [] ).join(
			', '
		) }. Each size is a fresh site with that many applications (a tenth mentors) and that many posts, seeded by bulk INSERTs.`,
		'',
		'**Reading** (list: 50 per page, `stage[]=submitted&team[]=core`, vs `/wp/v2/posts?per_page=50`; funnel: `/stats/funnel`; export: `/export` over HTTP and `Exporter::write()` peak memory in PHP)',
		'',
		...( new Set( ok.map( ( s ) => s.measured?.slice( 0, 16 ) ) ).size > 1
			? [
					`Sizes measured in separate runs: ${ ok
						.map(
							( s ) =>
								`${ fmt( s.size, 0 ) } at ${ s.measured?.slice(
									0,
									16
								) }`
						)
						.join(
							', '
						) } (each size's plugin and core figures are interleaved in the same run).`,
					'',
			  ]
			: [] ),
		'| size | list ms | core posts ms | ratio | list queries | core queries | funnel ms | funnel queries | export ms | export rows | export peak above start MB |',
		'|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
		...ok.map( ( s ) =>
			row( [
				s.size,
				s.list.plugin.median,
				s.list.core.median,
				fmt( s.list.medianRatio, 2 ),
				s.list.plugin.queries.join( '/' ),
				s.list.core.queries.join( '/' ),
				s.funnel.median,
				s.funnel.queries.join( '/' ),
				s.export.http.median,
				s.export.memory.streaming.rows,
				s.export.memory.streaming.peakAboveBaseMB,
			] )
		),
		'',
		`**Writing and the screen** (${ fmt(
			g.submit,
			0
		) } applications vs ${ fmt(
			g.submit,
			0
		) } anonymous comments, one at a time and eight at once; the Applications screen in Chromium, navigation to a checked row checkbox, median of 5)`,
		'',
		'| size | submit ms | comment ms | ratio | ×8 submit ms | ×8 comment ms | ratio | lost / doubled | Applications screen ms |',
		'|---:|---:|---:|---:|---:|---:|---:|---|---:|',
		...ok.map( ( s ) => {
			const seq = s.submit.sequential;
			const con = s.submit.concurrent;
			return row( [
				s.size,
				seq.plugin.median,
				seq.core.median,
				fmt( seq.medianRatio, 2 ),
				con.plugin.median,
				con.core.median,
				fmt( con.medianRatio, 2 ),
				`${ seq.plugin.lost + con.plugin.lost } / ${
					seq.plugin.doubled + con.plugin.doubled
				}`,
				s.adminTable?.median ?? s.adminTable?.error ?? null,
			] );
		} ),
		'',
	];
	const stepped = ok.filter( ( s ) => s.adminTable?.steps?.firstRow );
	if ( stepped.length ) {
		lines.push(
			"**The Applications screen step by step** (medians over the same visits, ms since the start of navigation, from the browser's own timings: the HTML's first and last byte; the page's scripts run, DOMContentLoaded; the screen's chunks in; the `mentorship/v1` requests the screen made and when the last one ended; the first row on screen; its checkbox checked, as timed above)",
			'',
			'| size | HTML first byte | HTML last byte | scripts run | screen chunks in | REST requests | REST done | first row | checked |',
			'|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
			...stepped.map( ( s ) => {
				const t = s.adminTable.steps;
				return row( [
					s.size,
					t.htmlFirstByte,
					t.htmlLastByte,
					t.scriptsRun,
					t.chunksIn,
					t.restRequests,
					t.restRequests ? t.restDone : '—',
					t.firstRow,
					s.adminTable.median,
				] );
			} ),
			''
		);
	}
	for ( const s of g.sizes.filter( ( x ) => x.error ) ) {
		lines.push(
			`At ${ fmt( s.size, 0 ) }: failed (${
				s.error.split( '\n' )[ 0 ]
			}).`,
			''
		);
	}
	if ( ok.length ) {
		const small = ok[ 0 ];
		const big = ok[ ok.length - 1 ];
		const q = ( s ) => s.list.plugin.queries.join( '/' );
		const memSmall = small.export.memory.streaming.peakAboveBaseMB;
		const memBig = big.export.memory.streaming.peakAboveBaseMB;
		lines.push(
			`Aims at ${ fmt( big.size, 0 ) } (against ${ fmt(
				small.size,
				0
			) }):`,
			'',
			`- list median ≤ 0.8× core: ${ fmt(
				big.list.medianRatio,
				2
			) }× — ${ yes(
				big.list.medianRatio !== null && big.list.medianRatio <= 0.8
			) }; queries per request unchanged (${ q( small ) } → ${ q(
				big
			) }) — ${ yes( q( small ) === q( big ) ) }`,
			`- funnel median ≤ 100 ms and ≤ 1.5× its figure at ${ fmt(
				small.size,
				0
			) }: ${ fmt( big.funnel.median ) } ms vs ${ fmt(
				small.funnel.median
			) } ms — ${ yes(
				big.funnel.median <= 100 &&
					big.funnel.median <= 1.5 * small.funnel.median
			) }`,
			`- export memory flat (peak above start at ${ fmt(
				big.size,
				0
			) } rows ≤ at ${ fmt( small.size, 0 ) } rows + 2 MB): ${ fmt(
				memSmall
			) } MB → ${ fmt( memBig ) } MB above start — ${ yes(
				memBig <= memSmall + 2
			) }`,
			`- export of ${ fmt(
				big.size,
				0
			) } rows over HTTP within half the bench client's 60 s timeout: ${ fmt(
				big.export.http.median
			) } ms, ${ fmt(
				big.export.http.median
					? ( big.export.memory.streaming.rows * 1000 ) /
							big.export.http.median
					: null,
				0
			) } rows/s — ${ yes( big.export.http.median <= 30000 ) }`,
			`- Applications screen interactive ≤ 1,500 ms: ${ fmt(
				big.adminTable?.median
			) } ms — ${ yes( big.adminTable?.median <= 1500 ) }`,
			`- submit median ≤ 1.2× core comment: one at a time ${ fmt(
				big.submit.sequential.medianRatio,
				2
			) }×, eight at once ${ fmt(
				big.submit.concurrent.medianRatio,
				2
			) }× — ${ yes(
				big.submit.sequential.medianRatio <= 1.2 &&
					big.submit.concurrent.medianRatio <= 1.2
			) }; 0 lost / 0 doubled — ${ yes(
				ok.every(
					( s ) =>
						s.submit.sequential.plugin.lost +
							s.submit.concurrent.plugin.lost +
							s.submit.sequential.plugin.doubled +
							s.submit.concurrent.plugin.doubled ===
						0
				)
			) }`,
			''
		);
	}
	if ( ok.length ) {
		const big = ok[ ok.length - 1 ];
		const at = fmt( big.size, 0 );
		lines.push(
			...queryLines(
				big.list.queryLog,
				`One list request at ${ at } (50 per page)`
			),
			...queryLines(
				big.funnel.queryLog,
				`One funnel request at ${ at }`
			),
			...queryLines(
				big.submit.queryLog?.plugin,
				`One application at ${ at }`
			),
			...queryLines( big.submit.queryLog?.core, `One comment at ${ at }` )
		);
	}
	return lines.join( '\n' );
}

/**
 * The submitting table (`npm run bench -- --submit-only --growth=1000,10000`): at each
 * size, applications against anonymous comments on the same site in the same run, what
 * was stored, and the time split and queries of one request of each.
 *
 * @param {Object} s bench/results/submit.json.
 * @return {string} Markdown.
 */
export function submitTable( s ) {
	const ok = s.sizes.filter( ( x ) => ! x.error && x.sequential );
	// Runs from before the form had its own endpoint measured the REST route only.
	const viaRest = ( c ) => ( c.rest ? c.rest : null );
	const lostDoubled = ( side ) =>
		side ? `${ side.lost } / ${ side.doubled }` : '–';
	const sum = ( a, b ) =>
		a && b
			? { lost: a.lost + b.lost, doubled: a.doubled + b.doubled }
			: null;
	const lines = [
		`Measured ${
			s.date
		}. Each size is a fresh site with that many applications (a tenth mentors) and that many posts; ${ fmt(
			s.submit,
			0
		) } public applications as the application form's script sends them (\`POST /?mentorship-apply=mentee\`, the form's own endpoint, JSON with a form token, as an anonymous visitor) against ${ fmt(
			s.submit,
			0
		) } anonymous comments (\`POST /wp-comments-post.php\`), one at a time (interleaved: an application, the same through the REST route, then a comment) and eight at once (in rounds: a quarter of the applications, of the REST route's, then of the comments), after 20 of each to warm up. For reference, the same applications through the REST route API clients use (\`POST /wp-json/mentorship/v1/applications\`, same rules and answers) are measured beside them. Afterwards the database is counted: each accepted application stored once.`,
		'',
		'| size | measured | load average at start → end | submit ms | comment ms | ratio | p95 ratio | ×8 submit ms | ×8 comment ms | ratio | p95 ratio | accepted / stored | lost / doubled | queries: submit / comment |',
		'|---:|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---|---|---|',
		...ok.map( ( x ) => {
			const seq = x.sequential;
			const con = x.concurrent;
			return row( [
				x.size,
				( x.measured || '' ).slice( 0, 16 ),
				`${ ( x.loadAverageAtStart || [] )[ 0 ] } → ${
					( x.loadAverageAtEnd || [] )[ 0 ]
				}`,
				seq.plugin.median,
				seq.core.median,
				fmt( seq.medianRatio, 2 ),
				fmt( seq.p95Ratio, 2 ),
				con.plugin.median,
				con.core.median,
				fmt( con.medianRatio, 2 ),
				fmt( con.p95Ratio, 2 ),
				`${ seq.plugin.accepted + con.plugin.accepted } / ${
					seq.plugin.stored + con.plugin.stored
				}`,
				`${ seq.plugin.lost + con.plugin.lost } / ${
					seq.plugin.doubled + con.plugin.doubled
				}`,
				`${ x.queryLog?.plugin?.count ?? '–' } / ${
					x.queryLog?.core?.count ?? '–'
				}`,
			] );
		} ),
		'',
	];
	const withRest = ok.filter(
		( x ) => viaRest( x.sequential ) && viaRest( x.concurrent )
	);
	if ( withRest.length ) {
		lines.push(
			"**For reference: the REST route** (`POST /wp-json/mentorship/v1/applications`, the same runs, against the same comments; not the form's path)",
			'',
			'| size | REST ms | comment ms | ratio | ×8 REST ms | ×8 comment ms | ratio | lost / doubled | queries |',
			'|---:|---:|---:|---:|---:|---:|---:|---|---|',
			...withRest.map( ( x ) =>
				row( [
					x.size,
					x.sequential.rest.median,
					x.sequential.core.median,
					fmt( x.sequential.restMedianRatio, 2 ),
					x.concurrent.rest.median,
					x.concurrent.core.median,
					fmt( x.concurrent.restMedianRatio, 2 ),
					lostDoubled( sum( x.sequential.rest, x.concurrent.rest ) ),
					x.queryLog?.rest?.count ?? '–',
				] )
			),
			''
		);
	}
	if ( s.before?.sizes?.length ) {
		lines.push(
			`Before: ${ s.before.what }`,
			'',
			'| size | measured | load average at start → end | submit ms | comment ms | ratio | ×8 submit ms | ×8 comment ms | ratio | lost / doubled | queries: submit / comment |',
			'|---:|---|---|---:|---:|---:|---:|---:|---:|---|---|',
			...s.before.sizes
				.filter( ( x ) => ! x.error && x.sequential )
				.map( ( x ) =>
					row( [
						x.size,
						( x.measured || '' ).slice( 0, 16 ),
						`${ ( x.loadAverageAtStart || [] )[ 0 ] } → ${
							( x.loadAverageAtEnd || [] )[ 0 ]
						}`,
						x.sequential.plugin.median,
						x.sequential.core.median,
						fmt( x.sequential.medianRatio, 2 ),
						x.concurrent.plugin.median,
						x.concurrent.core.median,
						fmt( x.concurrent.medianRatio, 2 ),
						`${
							x.sequential.plugin.lost + x.concurrent.plugin.lost
						} / ${
							x.sequential.plugin.doubled +
							x.concurrent.plugin.doubled
						}`,
						`${ x.queryLog?.plugin?.count ?? '–' } / ${
							x.queryLog?.core?.count ?? '–'
						}`,
					] )
				),
			''
		);
	}
	const profiled = ok.filter( ( x ) => x.profile?.plugin && x.profile?.core );
	if ( profiled.length ) {
		lines.push(
			"**Processor time per request** (`--profile`: Excimer samples every 0.2 ms of CPU time over 60 requests of each kind; the database server's own time is not in it)",
			'',
			"| size | application ms | of which WordPress start-up | REST server | the endpoint's reading and answering | the submission's own work | comment ms | of which WordPress start-up | comment handling |",
			'|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
			...profiled.map( ( x ) =>
				row( [
					x.size,
					x.profile.plugin.perRequestMs,
					x.profile.plugin.split?.startup,
					x.profile.plugin.split?.rest,
					x.profile.plugin.split?.endpoint ?? '–',
					x.profile.plugin.split?.route,
					x.profile.core.perRequestMs,
					x.profile.core.split?.startup,
					x.profile.core.split?.handling,
				] )
			),
			''
		);
	}
	if ( s.notes?.length ) {
		lines.push( ...s.notes.map( ( n ) => `- ${ n }` ), '' );
	}
	for ( const x of s.sizes.filter( ( y ) => y.error ) ) {
		lines.push(
			`At ${ fmt( x.size, 0 ) }: failed (${
				x.error.split( '\n' )[ 0 ]
			}).`,
			''
		);
	}
	if ( ok.length ) {
		const met = ( x ) =>
			x.sequential.medianRatio <= 1.2 && x.concurrent.medianRatio <= 1.2;
		lines.push(
			`Aim: submit median ≤ 1.2× core's anonymous comment, one at a time and eight at once — ${ ok
				.map(
					( x ) =>
						`at ${ fmt( x.size, 0 ) }: ${ fmt(
							x.sequential.medianRatio,
							2
						) }× / ${ fmt(
							x.concurrent.medianRatio,
							2
						) }× — ${ yes( met( x ) ) }`
				)
				.join( '; ' ) }; 0 lost / 0 doubled — ${ yes(
				ok.every(
					( x ) =>
						x.sequential.plugin.lost +
							x.concurrent.plugin.lost +
							x.sequential.plugin.doubled +
							x.concurrent.plugin.doubled ===
						0
				)
			) }.`,
			''
		);
		const big = ok[ ok.length - 1 ];
		const at = fmt( big.size, 0 );
		const of = big.queryLog?.plugin?.phasesOf;
		lines.push(
			...( of
				? [
						`Time lines below: the median of ${ of } requests of each kind, with the query log on (which slows every query a little).`,
						'',
				  ]
				: [] ),
			...queryLines(
				big.queryLog?.plugin,
				`One application through the form's endpoint at ${ at }`
			),
			...queryLines( big.queryLog?.core, `One comment at ${ at }` )
		);
	}
	return lines.join( '\n' );
}

/**
 * A section of the current docs/benchmarks.md, from its heading to the next `## `
 * heading, so that a run which did not measure it (its results file is on another
 * machine, or from an earlier clone) keeps the recorded figures.
 *
 * @param {string} heading The section's heading line, e.g. `## Submitting`.
 * @return {string[]} Its lines, or none.
 */
function keptSection( heading ) {
	const file = path.join( ROOT, 'docs/benchmarks.md' );
	const lines = existsSync( file )
		? readFileSync( file, 'utf8' ).split( '\n' )
		: [];
	const bounds = sectionBounds( lines, heading );
	return bounds ? [ ...lines.slice( ...bounds ), '' ] : [];
}

/**
 * Where a section stands in the document's lines: from its heading to the next `## `
 * heading (or the end).
 *
 * @param {string[]} lines   The document's lines.
 * @param {string}   heading The section's heading line.
 * @return {number[]|null} Start and end (exclusive), or null when it is not there.
 */
function sectionBounds( lines, heading ) {
	const start = lines.findIndex( ( l ) => l === heading );
	if ( start < 0 ) {
		return null;
	}
	const end = lines.findIndex(
		( l, i ) => i > start && l.startsWith( '## ' )
	);
	return [ start, end < 0 ? lines.length : end ];
}

/**
 * Replaces one section (from its heading to the next `## ` heading) of
 * docs/benchmarks.md, or adds it at the end, leaving the rest as it is: a partial run
 * keeps the figures of other runs.
 *
 * @param {string} heading The section's heading line, e.g. `## Submitting`.
 * @param {string} body    Markdown under the heading.
 */
export function replaceDocSection( heading, body ) {
	const file = path.join( ROOT, 'docs/benchmarks.md' );
	const text = existsSync( file ) ? readFileSync( file, 'utf8' ) : '';
	const section = `${ heading }\n\n${ submitIntro }\n\n${ body.trim() }\n`;
	const lines = text.split( '\n' );
	const bounds = sectionBounds( lines, heading );
	const out = bounds
		? [
				...lines.slice( 0, bounds[ 0 ] ),
				...section.split( '\n' ),
				...lines.slice( bounds[ 1 ] ),
		  ].join( '\n' )
		: `${ text.trimEnd() }\n\n${ section }`;
	writeFileSync( file, out.replace( /\n{3,}/g, '\n\n' ).trimEnd() + '\n' );
}

const submitIntro =
	'`npm run bench -- --submit-only --growth=1000,10000` (from `bench/results/submit.json`). These figures are newer than the submit columns of the growth table, which a `--growth` run measures again.';

/**
 * The "needs attention" table (`npm run bench -- --attention`).
 *
 * @param {Object} a bench/results/attention.json.
 * @return {string} Markdown.
 */
export function attentionTable( a ) {
	const lines = [
		`Measured ${ a.date }; load average at the start ${ (
			a.loadAverageAtStart || []
		).join(
			', '
		) }. One running cohort seeded by bulk INSERTs into the plugin's tables (applications, assignments, check-ins and who attended them); \`GET /mentorship/v1/attention\` as a coordinator against \`GET /wp/v2/posts?per_page=50\` on the same site, ${
			a.runs
		} times each after a warm-up, interleaved.`,
		'',
		'| mentees / mentors / check-ins | attention ms | p95 | rows | queries | core posts ms | p95 | core queries | ratio |',
		'|---|---:|---:|---:|---:|---:|---:|---:|---:|',
		...a.sizes.map( ( s ) =>
			s.error
				? `| ${ s.mentees } / ${ s.mentors } / ${
						s.checkins
				  } | failed: ${ s.error
						.split( '\n' )[ 0 ]
						.replace( /\|/g, '\\|' ) } |`
				: row( [
						`${ fmt( s.mentees, 0 ) } / ${ fmt(
							s.mentors,
							0
						) } / ${ fmt( s.checkins, 0 ) }`,
						s.attention.median,
						s.attention.p95,
						s.rows,
						s.attention.queries.join( '/' ),
						s.core.median,
						s.core.p95,
						s.core.queries.join( '/' ),
						fmt( s.medianRatio, 2 ),
				  ] )
		),
		'',
	];
	const done = a.sizes.filter( ( s ) => ! s.error );
	if ( done.length ) {
		const big = done[ done.length - 1 ];
		const queries = new Set(
			done.map( ( s ) => s.attention.queries.join( '/' ) )
		);
		lines.push(
			`Aims: median at or below core's at the largest size — ${ fmt(
				big.medianRatio,
				2
			) }× — ${ yes(
				big.medianRatio !== null && big.medianRatio <= 1
			) }; queries per request the same at every size (${ [
				...queries,
			].join( ', ' ) }) — ${ yes( queries.size === 1 ) }.`,
			''
		);
		if ( big.queryLog ) {
			lines.push(
				...queryLines(
					big.queryLog,
					`One attention request at ${ fmt(
						big.mentees,
						0
					) } mentees`
				)
			);
		}
	}
	return lines.join( '\n' );
}

export function writeBenchmarksDoc( r ) {
	const lines = [
		'# Benchmarks',
		'',
		'Generated by `npm run bench` (`bin/bench.mjs`) from `bench/results/latest.json`; do not edit by hand.',
		'',
	];
	const m = r.machine || {};
	lines.push(
		`Run on ${ m.date || 'an unknown date' }: ${ m.cores } cores (${
			m.cpu
		}), ${ m.memoryGB } GB memory, ${ m.os }; PHP ${ m.php }, MariaDB ${
			m.mariadb
		}, Node ${ m.node }, WordPress ${ m.wordpress }, served by ${
			m.server
		}. The whole run took ${ fmt( r.seconds, 0 ) } s.${
			m.loadAverageAtStart
				? ` Load average (1, 5, 15 min) at the start ${ m.loadAverageAtStart.join(
						', '
				  ) }, at the end ${ ( m.loadAverageAtEnd || [] ).join(
						', '
				  ) }: other work on the machine shares its ${
						m.cores
				  } cores, so absolute times vary between runs; the plugin and core requests are interleaved so the ratios see the same conditions.`
				: ''
		}`,
		''
	);
	if ( r.error ) {
		lines.push(
			`**The run stopped with an error:** \`${
				r.error.split( '\n' )[ 0 ]
			}\``,
			''
		);
	}
	if ( r.seed ) {
		lines.push(
			'## Data',
			'',
			`${ fmt( r.seed.applications, 0 ) } applications (${ fmt(
				r.seed.mentees,
				0
			) } mentees, ${ fmt( r.seed.mentors, 0 ) } mentors, ${ fmt(
				r.seed.transitions,
				0
			) } stage moves) and ${ fmt( r.seed.posts, 0 ) } posts, ${
				r.seed.reused
					? `restored from the database saved by an earlier run with the same size stamp (\`${
							r.seed.reused
					  }\`, ${ fmt( r.seed.restoreSeconds ) } s)`
					: `in ${ fmt(
							r.seed.seconds
					  ) } s by \`bin/php/seed-bench.php --bulk=1\``
			}. Seeding is a bench shortcut: multi-row INSERTs through \`$wpdb\` of the same rows \`Applications::create()\` and \`::transition()\` store (post, fields, consents, terms, claims, audit entries), a thousand records per statement, then one term recount and one \`Counts::rebuild()\`; the seeded database is saved in \`.cache/bench-seeds\` and reused while its size stamp (sizes, seed, seeder and schema source) matches (\`--fresh-seed\` ignores it). The generator is seeded: the same data every run. Failures while seeding: ${
				r.seed.failures
			}.`,
			''
		);
	}
	lines.push(
		'## Settings',
		'',
		...r.settings.notes.map( ( n ) => `- ${ n }` ),
		''
	);

	const summary = [];
	if ( r.list ) {
		lines.push(
			'## 1. Listing: applications vs posts',
			'',
			'`GET /wp-json/mentorship/v1/applications?per_page=N&stage[]=submitted&team[]=core` against `GET /wp-json/wp/v2/posts?per_page=N`, both as a logged-in coordinator (cookie and REST nonce), each ' +
				`${ r.settings.runs } times after ${ r.settings.warmup } warm-up requests, one request of each in turn. Queries per request come from the \`X-Query-Count\` header (bench/mu-plugins/query-count.php).`,
			'',
			'| per page | plugin median ms | plugin p95 | core median ms | core p95 | median ratio | plugin queries | core queries | plugin matches |',
			'|---:|---:|---:|---:|---:|---:|---:|---:|---:|'
		);
		for ( const [ pp, c ] of Object.entries( r.list.perPage ) ) {
			lines.push(
				row( [
					pp,
					c.plugin.median,
					c.plugin.p95,
					c.core.median,
					c.core.p95,
					c.medianRatio,
					c.plugin.queries.join( '/' ),
					c.core.queries.join( '/' ),
					c.plugin.total,
				] )
			);
		}
		const at50 = r.list.perPage[ 50 ];
		lines.push(
			'',
			`Targets: list median ratio ≤ 1.0 at 50 per page — ${ yes(
				at50.medianRatio <= 1
			) } (${
				at50.medianRatio
			}); queries per request the same at 10, 50 and 100 — ${ yes(
				r.list.queriesConstant
			) }.`,
			'',
			...( r.list.queryLog?.differences?.length
				? [
						'Callers whose query count differs between 10 and 100 per page:',
						'',
						...r.list.queryLog.differences.map(
							( d ) =>
								`- \`${ d.caller }\`: ${ d.at10 } at 10, ${ d.at100 } at 100`
						),
						'',
				  ]
				: [] ),
			...queryLines(
				r.list.queryLog?.plugin,
				'Plugin list, 50 per page'
			),
			...queryLines( r.list.queryLog?.core, 'Core posts, 50 per page' )
		);
		summary.push(
			`list ratio (50/page)   ${ at50.medianRatio }  (plugin ${ at50.plugin.median } ms vs core ${ at50.core.median } ms)`,
			`queries 10/50/100      ${ [ 10, 50, 100 ]
				.map( ( pp ) =>
					r.list.perPage[ pp ].plugin.queries.join( '/' )
				)
				.join( ', ' ) } (core ${ [ 10, 50, 100 ]
				.map( ( pp ) => r.list.perPage[ pp ].core.queries.join( '/' ) )
				.join( ', ' ) })`
		);
	}
	if ( r.submit ) {
		lines.push(
			'## 2. Submitting: applications vs comments',
			'',
			`${ fmt(
				r.settings.submit,
				0
			) } public applications as the form's script sends them (\`POST /?mentorship-apply=mentee\`, the form's own endpoint, with a form token) against ${ fmt(
				r.settings.submit,
				0
			) } anonymous comments (\`POST /wp-comments-post.php\`), one at a time (interleaved) and then eight at a time; the same applications through the REST route (\`POST /wp-json/mentorship/v1/applications\`) are measured beside them for reference (the "REST route" rows). Afterwards the database is counted: what was accepted must be stored once.`,
			'',
			'| run | plugin median ms | plugin p95 | core median ms | core p95 | median ratio | p95 ratio | plugin accepted / stored / errors | core accepted / stored / errors | lost |',
			'|---|---:|---:|---:|---:|---:|---:|---|---|---:|'
		);
		for ( const [ name, c ] of [
			[ 'sequential', r.submit.sequential ],
			[ 'concurrency 8', r.submit.concurrent ],
		] ) {
			if ( ! c ) {
				continue;
			}
			lines.push(
				row( [
					name,
					c.plugin.median,
					c.plugin.p95,
					c.core.median,
					c.core.p95,
					c.medianRatio,
					c.p95Ratio,
					`${ c.plugin.accepted } / ${ c.plugin.stored } / ${ c.plugin.errors }`,
					`${ c.core.accepted } / ${ c.core.stored } / ${ c.core.errors }`,
					c.plugin.lost + c.core.lost,
				] )
			);
			if ( c.rest ) {
				lines.push(
					row( [
						`${ name }, REST route (reference)`,
						c.rest.median,
						c.rest.p95,
						c.core.median,
						c.core.p95,
						c.restMedianRatio,
						c.restP95Ratio,
						`${ c.rest.accepted } / ${ c.rest.stored } / ${ c.rest.errors }`,
						`${ c.core.accepted } / ${ c.core.stored } / ${ c.core.errors }`,
						c.rest.lost,
					] )
				);
			}
		}
		const seq = r.submit.sequential;
		const con = r.submit.concurrent;
		lines.push(
			'',
			`Targets: submit median ratio ≤ 1.0 — sequential ${ yes(
				seq.medianRatio <= 1
			) } (${ seq.medianRatio }), concurrency 8 ${ yes(
				con?.medianRatio <= 1
			) } (${ con?.medianRatio }); nothing lost — ${ yes(
				seq.plugin.lost + ( con?.plugin.lost || 0 ) === 0 &&
					seq.plugin.doubled + ( con?.plugin.doubled || 0 ) === 0
			) }.`,
			'',
			...queryLines( r.submit.queryLog?.plugin, 'One application' ),
			...queryLines( r.submit.queryLog?.core, 'One comment' )
		);
		summary.push(
			`submit ratio seq / c8  ${ seq.medianRatio } / ${ con?.medianRatio }  (p95 ${ seq.p95Ratio } / ${ con?.p95Ratio })`,
			`lost / doubled         ${
				seq.plugin.lost + ( con?.plugin.lost || 0 )
			} / ${ seq.plugin.doubled + ( con?.plugin.doubled || 0 ) }`
		);
	}
	if ( r.funnel || r.export ) {
		lines.push( '## 3. Funnel and export', '' );
		if ( r.funnel ) {
			lines.push(
				`\`GET /stats/funnel\` over all applications: median ${ fmt(
					r.funnel.median
				) } ms, p95 ${ fmt(
					r.funnel.p95
				) } ms, ${ r.funnel.queries.join(
					'/'
				) } queries, peak memory ${ r.funnel.peakMemoryMB } MB.`,
				'',
				...queryLines( r.funnel.queryLog, 'One funnel request' )
			);
		}
		if ( r.export ) {
			const mem = r.export.memory;
			lines.push(
				`\`GET /export\` (CSV, every application): median ${ fmt(
					r.export.http.median
				) } ms over 3 runs, ${ fmt(
					r.export.http.bytes / 1048576
				) } MB.`,
				'',
				'The CSV is streamed, so the memory header is sent before the rows; memory is measured in a PHP process instead (`Exporter::write()` to /dev/null, against building every row in memory with `Applications::list( per_page -1 )`):',
				'',
				'| way | rows | seconds | peak above start MB | peak MB |',
				'|---|---:|---:|---:|---:|',
				row( [
					'streaming (Exporter::write)',
					mem.streaming.rows,
					mem.streaming.seconds,
					mem.streaming.peakAboveBaseMB,
					mem.streaming.peakMB,
				] ),
				row( [
					'holding all rows',
					mem.holding.rows,
					mem.holding.seconds,
					mem.holding.peakAboveBaseMB,
					mem.holding.peakMB,
				] ),
				''
			);
			summary.push(
				`export memory          ${ mem.streaming.peakAboveBaseMB } MB streaming vs ${ mem.holding.peakAboveBaseMB } MB holding all rows`
			);
		}
	}
	if ( r.adminTable ) {
		lines.push( '## 3b. The Applications screen in a browser', '' );
		if ( r.adminTable.error ) {
			lines.push( `Not measured: ${ r.adminTable.error }`, '' );
		} else {
			const t = r.adminTable;
			lines.push(
				`Chromium (headless, 1440×900) opens \`wp-admin/admin.php?page=mentorship-program&view=applications\` as a coordinator with ${ fmt(
					r.seed ? r.seed.applications : 0,
					0
				) } applications stored, once to warm up and then ${
					t.runs.length
				} times. Each time is from the start of navigation until the first page of rows (${
					t.rows
				} rows) is on screen and a row's checkbox has answered a click.`,
				'',
				`Median ${ fmt( t.median ) } ms, p95 ${ fmt(
					t.p95
				) } ms (each: ${ t.runs.join(
					', '
				) } ms). Aim: under 1,500 ms — ${
					t.median < 1500 ? 'met' : '**not met**'
				}.`,
				''
			);
			summary.push(
				`admin table            ${ fmt(
					t.median
				) } ms to the first page, interactive (aim < 1,500 ms)`
			);
		}
	}
	lines.push( '## 4. Matching and bundle sizes', '' );
	for ( const [ name, e ] of [
		[ 'Matching engine (`php bin/bench-matching.php --json`)', r.matching ],
		[ 'Front-end assets (`node bin/bench-assets.mjs --json`)', r.assets ],
		[ 'Admin app (`node bin/bench-admin.mjs --json`)', r.admin ],
	] ) {
		if ( ! e ) {
			continue;
		}
		lines.push( `**${ name }**` );
		if ( e.skipped ) {
			lines.push( '', `Not run: ${ e.skipped }.`, '' );
		} else if ( e.error ) {
			lines.push(
				'',
				`Failed (exit ${ e.exit }): \`${ e.error.slice( 0, 300 ) }\``,
				''
			);
		} else if ( e.result && Array.isArray( e.result.files ) ) {
			lines.push(
				'',
				'| file | what | raw KB | gzip KB |',
				'|---|---|---:|---:|',
				...e.result.files.map( ( f ) =>
					row( [
						f.file,
						f.what,
						fmt( f.raw / 1024 ),
						fmt( f.gzip / 1024 ),
					] )
				),
				'',
				'First visit of each screen (entry + its chunks), scripts:',
				'',
				'| screen | raw KB | gzip KB |',
				'|---|---:|---:|',
				...e.result.screens.map( ( x ) =>
					row( [
						x.screen,
						fmt( x.raw / 1024 ),
						fmt( x.gzip / 1024 ),
					] )
				),
				'',
				`Dashboard first load: ${ fmt(
					e.result.dashboardFirstLoadGzip / 1024
				) } KB gzipped. Aim: ≤ ${ e.result.dashboardBudgetKB } KB — ${
					e.result.dashboardWithinAim ? 'met' : '**not met**'
				}.`,
				'',
				`Largest screen: ${ e.result.largestScreen.screen }, ${ fmt(
					e.result.largestScreen.gzip / 1024
				) } KB gzipped. Aim: ≤ ${ e.result.budgetKB } KB — ${
					e.result.largestWithinAim ? 'met' : '**not met**'
				}.`,
				''
			);
		} else if (
			Array.isArray( e.result ) &&
			e.result.every( ( x ) => x && x.cohort !== undefined )
		) {
			lines.push(
				'',
				'| cohort | seconds (median) | peak MB | score vs greedy | score vs first come | matched % | greedy matched % |',
				'|---|---:|---:|---:|---:|---:|---:|',
				...e.result.map( ( x ) =>
					row( [
						x.cohort,
						String( x.seconds ),
						x.peak_memory_mb,
						x.gain_vs_greedy === undefined
							? '–'
							: `+${ x.gain_vs_greedy }%`,
						x.gain_vs_first === undefined
							? '–'
							: `+${ x.gain_vs_first }%`,
						x.matched_pct,
						x.greedy_matched,
					] )
				),
				''
			);
		} else {
			lines.push(
				'',
				'```json',
				JSON.stringify( e.result, null, 1 ).slice( 0, 4000 ),
				'```',
				''
			);
		}
	}
	if ( r.proof ) {
		lines.push(
			'## Load and faults at full size',
			'',
			'The checks `npm test` runs at a small size (tests/proof/, run by bin/test-proof.mjs), here on the seeded site. See docs/security.md for what each one proves.',
			'',
			'| check | result | numbers |',
			'|---|---|---|'
		);
		for ( const p of r.proof ) {
			const d = p.details || {};
			const numbers = {
				'submissions under load': () =>
					`${ d.requests } requests at ${ d.concurrency }: ${ d.accepted } accepted, ${ d.refused409 } duplicates refused (409), ${ d.honeypot } honeypot hits stored ${ d.honeypotStored }; stored ${ d.stored }, doubled ${ d.doubled }, 5xx ${ d.serverErrors }`,
				'mail outage and recovery': () =>
					`${ d.accepted }/${ d.applications } kept while mail was down, ${ d.queuedAfterFailedRun } queued after a failed run, ${ d.sentWhileDown } sent while down; after recovery ${ d.sentAfterRecovery } sent, ${ d.notExactlyOnce } not exactly once`,
				'database outage': () =>
					`${ d.requests } requests: ${ Object.entries(
						d.answers || {}
					)
						.map( ( [ k, v ] ) => `${ v }× ${ k }` )
						.join( ', ' ) }; lost ${ d.lost }, recovered ${
						d.recoveredAfterRestartMs
					} ms after restart; incomplete ${
						Object.keys( d.integrity?.incomplete || {} ).length
					}, orphan claims ${ d.integrity?.orphanClaims }`,
				'database crash mid-write': () =>
					`answer ${ d.answerDuringCrash?.status } ${
						d.answerDuringCrash?.code
					}; half-written ${
						( d.halfWritten || [] ).length
					}, orphan claims +${
						d.orphanClaimsAdded
					}; same address again → ${ d.retrySameAddress?.status } ${
						d.retrySameAddress?.code || ''
					}`,
				'last-seat race': () =>
					`${ d.rounds } races: ${ d.oneWinnerOneRefused } with one winner and one 409; mentors over capacity ${ d.mentorsOverCapacity }`,
				'fuzzing the write routes': () =>
					`${ d.requests } requests, ${ d.refused4xxJson } refused with a 4xx JSON error, ${ d.acceptedValid } valid ones accepted, ${ d.unexpectedCount } unexpected, ${ d.warnings?.length } PHP warnings`,
				'leak probe': () => `${ d.visited } URLs, ${ d.leaks } leaks`,
			}[ p.name ];
			lines.push(
				`| ${ p.name } | ${ p.ok ? 'passed' : '**failed**' } | ${
					numbers ? numbers().replace( /\|/g, '\\|' ) : d.error || ''
				} |`
			);
		}
		lines.push( '' );
	}
	const growthFile = path.join( ROOT, 'bench/results/growth.json' );
	if ( existsSync( growthFile ) ) {
		lines.push(
			'## Growth',
			'',
			'`npm run bench -- --growth=1000,10000,100000` (from `bench/results/growth.json`).',
			'',
			growthTable( JSON.parse( readFileSync( growthFile, 'utf8' ) ) ),
			''
		);
	} else {
		lines.push( ...keptSection( '## Growth' ) );
	}
	const submitFile = path.join( ROOT, 'bench/results/submit.json' );
	if ( existsSync( submitFile ) ) {
		lines.push(
			'## Submitting',
			'',
			submitIntro,
			'',
			submitTable( JSON.parse( readFileSync( submitFile, 'utf8' ) ) ),
			''
		);
	} else {
		lines.push( ...keptSection( '## Submitting' ) );
	}
	const attentionFile = path.join( ROOT, 'bench/results/attention.json' );
	if ( existsSync( attentionFile ) ) {
		lines.push(
			'## Needs attention',
			'',
			'`npm run bench -- --attention` (from `bench/results/attention.json`).',
			'',
			attentionTable(
				JSON.parse( readFileSync( attentionFile, 'utf8' ) )
			),
			''
		);
	} else {
		lines.push( ...keptSection( '## Needs attention' ) );
	}
	writeFileSync(
		path.join( ROOT, 'docs/benchmarks.md' ),
		lines.join( '\n' ).replace( /\n{3,}/g, '\n\n' ) + '\n'
	);
	return summary.join( '\n' );
}
