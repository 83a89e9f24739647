#!/usr/bin/env node
/**
 * `npm run make-pot` (also run after every `npm run build`): writes
 * languages/mentorship-program.pot with every translatable string of the plugin.
 *
 * - PHP (main file, uninstall.php, includes/, blocks/ render files): PHP's tokenizer
 *   (bin/php/extract-strings.php) finds __(), _e(), esc_html__(), esc_html_e(),
 *   esc_attr__(), esc_attr_e(), _x(), _ex(), _n(), _nx(), esc_html_x(), esc_attr_x(),
 *   _n_noop(), _nx_noop(), plus the plugin header's name, description and author.
 * - TypeScript and JavaScript sources (blocks/, src/; tests left out): the TypeScript
 *   compiler's parser finds __(), _x(), _n() and _nx(), wrapped in sprintf() or not.
 * - Built scripts (build/**\/*.js): the same calls with this plugin's text domain, so
 *   each string also names the shipped file `wp i18n make-json` maps translations to.
 * - block.json: title, description, keywords and style labels, with the contexts
 *   WordPress translates them with.
 *
 * Translator comments (`translators:`) up to two lines before a call go with it. A call
 * whose text, context or domain is not a literal, or whose domain is not
 * 'mentorship-program', is a problem: listed as file:line (with --check, the exit code
 * is then 1; a plain run still writes the file, so a build never stops on it).
 *
 * Usage: npm run make-pot [-- --check]   (--check: fail when the POT file is stale)
 */
import { spawnSync } from 'node:child_process';
import {
	existsSync,
	mkdirSync,
	readFileSync,
	readdirSync,
	statSync,
	writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';
import { ROOT } from './lib/util.mjs';

export const DOMAIN = 'mentorship-program';
export const POT_FILE = path.join( ROOT, 'languages', `${ DOMAIN }.pot` );

/**
 * Argument roles of the JavaScript functions from @wordpress/i18n.
 */
const JS_FUNCTIONS = {
	__: [ 'text', 'domain' ],
	_x: [ 'text', 'context', 'domain' ],
	_n: [ 'text', 'plural', null, 'domain' ],
	_nx: [ 'text', 'plural', null, 'context', 'domain' ],
};

/**
 * Files under a folder whose relative path passes a test, sorted.
 *
 * @param {string}   dir  Folder relative to the root.
 * @param {Function} keep ( rel ) => boolean.
 * @return {string[]} Paths relative to the root.
 */
function walk( dir, keep ) {
	const out = [];
	const visit = ( rel ) => {
		const full = path.join( ROOT, rel );
		if ( ! existsSync( full ) ) {
			return;
		}
		if ( statSync( full ).isDirectory() ) {
			if ( /(^|\/)(node_modules|test|tests|__tests__)$/.test( rel ) ) {
				return;
			}
			for ( const entry of readdirSync( full ).sort() ) {
				visit( `${ rel }/${ entry }` );
			}
		} else if ( keep( rel ) ) {
			out.push( rel );
		}
	};
	visit( dir );
	return out;
}

/**
 * The files each extractor reads, relative to the root.
 *
 * @return {{php: string[], js: string[], built: string[], blockJson: string[]}} Files.
 */
export function sourceFiles() {
	const script = ( rel ) =>
		/\.(ts|tsx|js|jsx)$/.test( rel ) &&
		! /\.d\.ts$/.test( rel ) &&
		! /\.(test|spec)\.[jt]sx?$/.test( rel );
	return {
		php: [
			'mentorship-program.php',
			'uninstall.php',
			...walk( 'includes', ( rel ) => rel.endsWith( '.php' ) ),
			...walk( 'blocks', ( rel ) => rel.endsWith( '.php' ) ),
		].filter( ( rel ) => existsSync( path.join( ROOT, rel ) ) ),
		js: [ ...walk( 'blocks', script ), ...walk( 'src', script ) ],
		built: walk( 'build', ( rel ) => rel.endsWith( '.js' ) ),
		blockJson: walk( 'blocks', ( rel ) => rel.endsWith( '/block.json' ) ),
	};
}

/**
 * Strings from PHP files, through PHP's tokenizer.
 *
 * @param {string[]} files Relative paths.
 * @return {{strings: Object[], problems: Object[]}} Extracted strings and problems.
 */
export function extractPhp( files ) {
	if ( ! files.length ) {
		return { strings: [], problems: [] };
	}
	const result = spawnSync(
		'php',
		[
			path.join( ROOT, 'bin/php/extract-strings.php' ),
			ROOT,
			...files.map( ( rel ) => path.join( ROOT, rel ) ),
		],
		{ encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }
	);
	if ( result.status !== 0 ) {
		throw new Error(
			`PHP string extraction failed: ${
				result.stderr || result.error?.message
			}`
		);
	}
	return JSON.parse( result.stdout );
}

/**
 * The function name a call expression calls, when it is one of the i18n functions:
 * `__()`, `i18n.__()` and the bundler's `(0, x.__)()` all count.
 *
 * @param {ts.Expression} callee Callee.
 * @return {string|null} Function name.
 */
function calleeName( callee ) {
	let node = callee;
	while ( ts.isParenthesizedExpression( node ) ) {
		node = node.expression;
		if (
			ts.isBinaryExpression( node ) &&
			node.operatorToken.kind === ts.SyntaxKind.CommaToken
		) {
			node = node.right;
		}
	}
	let name = null;
	if ( ts.isIdentifier( node ) ) {
		name = node.text;
	} else if ( ts.isPropertyAccessExpression( node ) ) {
		name = node.name.text;
	}
	return name && Object.hasOwn( JS_FUNCTIONS, name ) ? name : null;
}

/**
 * A literal string argument's value ('a', "a", `a`, 'a' + 'b'), or null.
 *
 * @param {ts.Expression} node Argument.
 * @return {string|null} Value.
 */
function literal( node ) {
	if ( ! node ) {
		return null;
	}
	if (
		ts.isStringLiteral( node ) ||
		ts.isNoSubstitutionTemplateLiteral( node )
	) {
		return node.text;
	}
	if ( ts.isParenthesizedExpression( node ) ) {
		return literal( node.expression );
	}
	if (
		ts.isBinaryExpression( node ) &&
		node.operatorToken.kind === ts.SyntaxKind.PlusToken
	) {
		const left = literal( node.left );
		const right = literal( node.right );
		return left === null || right === null ? null : left + right;
	}
	return null;
}

/**
 * The translators comment in front of a call: in the leading comments of the call or
 * of an enclosing node that starts at most two lines above it.
 *
 * @param {ts.Node}       node Call.
 * @param {ts.SourceFile} file Source file.
 * @return {string|null} Comment text.
 */
function translatorsComment( node, file ) {
	const text = file.getFullText();
	const line = file.getLineAndCharacterOfPosition(
		node.getStart( file )
	).line;
	for ( let current = node; current; current = current.parent ) {
		const start = current.getStart( file );
		if ( line - file.getLineAndCharacterOfPosition( start ).line > 2 ) {
			break;
		}
		const ranges =
			ts.getLeadingCommentRanges( text, current.getFullStart() ) || [];
		for ( const range of ranges.reverse() ) {
			const comment = text.slice( range.pos, range.end );
			if ( /translators:/i.test( comment ) ) {
				return comment
					.replace( /^\s*(\/\*+|\/\/)\s*|\s*\*+\/\s*$/g, '' )
					.replace( /\s*\n\s*\*?\s*/g, ' ' )
					.trim();
			}
		}
		if ( ts.isSourceFile( current ) ) {
			break;
		}
	}
	return null;
}

/**
 * Strings from TypeScript or JavaScript files, through TypeScript's parser.
 *
 * @param {string[]} files           Relative paths.
 * @param {Object}   options
 * @param {boolean}  options.ownOnly Keep only calls with this plugin's domain and
 *                                   report nothing (for bundles that hold other code).
 * @return {{strings: Object[], problems: Object[]}} Extracted strings and problems.
 */
export function extractJs( files, { ownOnly = false } = {} ) {
	const strings = [];
	const problems = [];
	for ( const rel of files ) {
		const source = readFileSync( path.join( ROOT, rel ), 'utf8' );
		let kind = ts.ScriptKind.JSX;
		if ( rel.endsWith( '.tsx' ) ) {
			kind = ts.ScriptKind.TSX;
		} else if ( rel.endsWith( '.ts' ) ) {
			kind = ts.ScriptKind.TS;
		}
		const file = ts.createSourceFile(
			rel,
			source,
			ts.ScriptTarget.Latest,
			true,
			kind
		);
		const visit = ( node ) => {
			if ( ts.isCallExpression( node ) ) {
				const name = calleeName( node.expression );
				if ( name ) {
					const line =
						file.getLineAndCharacterOfPosition(
							node.getStart( file )
						).line + 1;
					const found = {
						msgid: null,
						plural: null,
						context: null,
						domain: null,
					};
					const bad = [];
					JS_FUNCTIONS[ name ].forEach( ( role, position ) => {
						if ( ! role ) {
							return;
						}
						const key = role === 'text' ? 'msgid' : role;
						const arg = node.arguments[ position ];
						if ( ! arg ) {
							bad.push(
								role === 'domain'
									? 'no text domain'
									: `no ${ role }`
							);
							return;
						}
						const value = literal( arg );
						if ( value === null ) {
							bad.push( `${ role } is not a literal string` );
							return;
						}
						found[ key ] = value;
					} );
					if ( found.domain !== null && found.domain !== DOMAIN ) {
						bad.push(
							`text domain is '${ found.domain }', not '${ DOMAIN }'`
						);
					}
					if ( found.msgid === '' ) {
						bad.push( 'empty text' );
					}
					const ours = found.domain === DOMAIN;
					if ( ! ownOnly && bad.length ) {
						problems.push( {
							file: rel,
							line,
							call: name,
							problem: bad.join( '; ' ),
						} );
					}
					if ( found.msgid && ( ! ownOnly || ours ) ) {
						strings.push( {
							...found,
							file: rel,
							line,
							comment: ownOnly
								? null
								: translatorsComment( node, file ),
						} );
					}
				}
			}
			ts.forEachChild( node, visit );
		};
		visit( file );
	}
	return { strings, problems };
}

/**
 * Strings from block.json files, with the contexts WordPress translates them with.
 *
 * @param {string[]} files Relative paths.
 * @return {{strings: Object[], problems: Object[]}} Extracted strings and problems.
 */
export function extractBlockJson( files ) {
	const strings = [];
	const problems = [];
	for ( const rel of files ) {
		const json = JSON.parse(
			readFileSync( path.join( ROOT, rel ), 'utf8' )
		);
		if ( json.textdomain !== DOMAIN ) {
			problems.push( {
				file: rel,
				line: 1,
				call: 'block.json',
				problem: `textdomain is '${ json.textdomain }', not '${ DOMAIN }'`,
			} );
		}
		const add = ( msgid, context ) =>
			msgid &&
			strings.push( {
				msgid,
				plural: null,
				context,
				domain: DOMAIN,
				file: rel,
				line: 0,
				comment: null,
			} );
		add( json.title, 'block title' );
		add( json.description, 'block description' );
		( json.keywords || [] ).forEach( ( word ) =>
			add( word, 'block keyword' )
		);
		( json.styles || [] ).forEach( ( style ) =>
			add( style.label, 'block style label' )
		);
		( json.variations || [] ).forEach( ( variation ) => {
			add( variation.title, 'block variation title' );
			add( variation.description, 'block variation description' );
		} );
	}
	return { strings, problems };
}

/**
 * Everything: strings from every kind of file, and the problems found.
 *
 * @return {{strings: Object[], problems: Object[], files: Object}} The extraction.
 */
export function extractAll() {
	const files = sourceFiles();
	const parts = [
		extractPhp( files.php ),
		extractJs( files.js ),
		extractJs( files.built, { ownOnly: true } ),
		extractBlockJson( files.blockJson ),
	];
	return {
		strings: parts.flatMap( ( part ) => part.strings ),
		problems: parts.flatMap( ( part ) => part.problems ),
		files,
	};
}

/**
 * A PO string, quoted and escaped.
 *
 * @param {string} value Text.
 * @return {string} "…"
 */
function quote( value ) {
	return `"${ value
		.replace( /\\/g, '\\\\' )
		.replace( /"/g, '\\"' )
		.replace( /\t/g, '\\t' )
		.replace( /\r/g, '\\r' )
		.replace( /\n/g, '\\n' ) }"`;
}

/**
 * Merges strings into POT entries: one per context and text, in order of first use.
 *
 * @param {Object[]} strings Extracted strings.
 * @return {Object[]} Entries with references and comments.
 */
export function entries( strings ) {
	const byKey = new Map();
	for ( const string of strings ) {
		const key = `${ string.context ?? '' }\u0004${ string.msgid }`;
		if ( ! byKey.has( key ) ) {
			byKey.set( key, {
				msgid: string.msgid,
				context: string.context,
				plural: string.plural,
				comments: [],
				references: [],
			} );
		}
		const entry = byKey.get( key );
		entry.plural ??= string.plural;
		if ( string.comment && ! entry.comments.includes( string.comment ) ) {
			entry.comments.push( string.comment );
		}
		const reference = string.line
			? `${ string.file }:${ string.line }`
			: string.file;
		if ( ! entry.references.includes( reference ) ) {
			entry.references.push( reference );
		}
	}
	return [ ...byKey.values() ];
}

/**
 * The POT file's text.
 *
 * @param {Object[]} list Entries.
 * @return {string} POT.
 */
export function renderPot( list ) {
	const header = readFileSync(
		path.join( ROOT, 'mentorship-program.php' ),
		'utf8'
	);
	const version = ( header.match( /^\s*\*\s*Version:\s*(\S+)/m ) || [] )[ 1 ];
	const lines = [
		'# Copyright (C) Mentorship Program contributors',
		'# This file is distributed under the GPL-2.0-or-later.',
		'msgid ""',
		'msgstr ""',
		`"Project-Id-Version: Mentorship Program ${ version }\\n"`,
		'"Last-Translator: FULL NAME <EMAIL@ADDRESS>\\n"',
		'"Language-Team: LANGUAGE <LL@li.org>\\n"',
		'"MIME-Version: 1.0\\n"',
		'"Content-Type: text/plain; charset=UTF-8\\n"',
		'"Content-Transfer-Encoding: 8bit\\n"',
		'"X-Generator: bin/make-pot.mjs\\n"',
		`"X-Domain: ${ DOMAIN }\\n"`,
	];
	for ( const entry of list ) {
		lines.push( '' );
		for ( const comment of entry.comments ) {
			lines.push( `#. ${ comment }` );
		}
		for ( const reference of entry.references ) {
			lines.push( `#: ${ reference }` );
		}
		if ( entry.context !== null && entry.context !== undefined ) {
			lines.push( `msgctxt ${ quote( entry.context ) }` );
		}
		lines.push( `msgid ${ quote( entry.msgid ) }` );
		if ( entry.plural ) {
			lines.push( `msgid_plural ${ quote( entry.plural ) }` );
			lines.push( 'msgstr[0] ""', 'msgstr[1] ""' );
		} else {
			lines.push( 'msgstr ""' );
		}
	}
	return lines.join( '\n' ) + '\n';
}

/**
 * Prints problems as file:line lines.
 *
 * @param {Object[]} problems Problems.
 */
function report( problems ) {
	for ( const problem of problems ) {
		process.stderr.write(
			`${ problem.file }:${ problem.line }: ${ problem.call }(): ${ problem.problem }\n`
		);
	}
}

if (
	process.argv[ 1 ] &&
	import.meta.url === pathToFileURL( path.resolve( process.argv[ 1 ] ) ).href
) {
	const check = process.argv.includes( '--check' );
	const hasPhp = spawnSync( 'php', [ '-v' ] ).status === 0;
	if ( ! hasPhp && ! check ) {
		// `npm start` builds without PHP; the POT file then stays as it is.
		process.stdout.write(
			'› PHP is not installed: languages/mentorship-program.pot left as it is\n'
		);
		process.exit( 0 );
	}
	const { strings, problems } = extractAll();
	const pot = renderPot( entries( strings ) );
	if ( problems.length ) {
		report( problems );
		process.stderr.write(
			`\n${ check ? '✖' : '⚠' } ${
				problems.length
			} translation call(s) cannot be extracted or use another text domain.\n`
		);
		if ( check ) {
			process.exit( 1 );
		}
	}
	const current = existsSync( POT_FILE )
		? readFileSync( POT_FILE, 'utf8' )
		: '';
	const relative = path.relative( ROOT, POT_FILE );
	if ( check ) {
		if ( current !== pot ) {
			process.stderr.write(
				`✖ ${ relative } is out of date: run npm run make-pot.\n`
			);
			process.exit( 1 );
		}
		process.stdout.write( `› ${ relative } is up to date\n` );
	} else {
		mkdirSync( path.dirname( POT_FILE ), { recursive: true } );
		if ( current !== pot ) {
			writeFileSync( POT_FILE, pot );
		}
		process.stdout.write(
			`› ${ relative }: ${ entries( strings ).length } strings\n`
		);
	}
}
