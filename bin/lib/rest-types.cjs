/**
 * Turns the committed REST description (src/shared/rest-schemas.json) into
 * TypeScript types (src/shared/rest-types.ts). Used by `npm run generate:types` and
 * by the unit test that fails when the committed types drift from the schemas.
 *
 * CommonJS, so the jest unit tests can require it as it is.
 */
const path = require( 'node:path' );
const { compile } = require( 'json-schema-to-typescript' );
// WordPress's own Prettier, the one `npm run format` and lint-js use (it comes with
// @wordpress/scripts), so the generated file is formatted as the rest of src/.
// eslint-disable-next-line import/no-extraneous-dependencies
const prettier = require( 'prettier' );
const prettierConfig = require( '@wordpress/prettier-config' );

const ROOT = path.resolve( __dirname, '../..' );
const SCHEMAS_FILE = path.join( ROOT, 'src/shared/rest-schemas.json' );
const TYPES_FILE = path.join( ROOT, 'src/shared/rest-types.ts' );

const BANNER = `/**
 * Types of every mentorship/v1 answer, generated from the server's schemas
 * (src/shared/rest-schemas.json). Do not edit: run \`npm run generate:types\`.
 */

/* eslint-disable */
`;

/**
 * The TypeScript name of a schema title: mentorship-cohort-sessions → CohortSessions.
 *
 * @param {string} title Schema title.
 * @return {string} Type name.
 */
function typeName( title ) {
	return title
		.replace( /^mentorship-/, '' )
		.split( /[^a-z0-9]+/i )
		.filter( Boolean )
		.map( ( part ) => part[ 0 ].toUpperCase() + part.slice( 1 ) )
		.join( '' );
}

/**
 * A schema as json-schema-to-typescript reads it: WordPress's per-property
 * `required: true` (an input rule) says nothing about answers, so it is dropped;
 * the draft-04 `required` lists of the answers stay.
 *
 * @param {*} schema Schema.
 * @return {*} Schema.
 */
function prepare( schema ) {
	if ( Array.isArray( schema ) ) {
		return schema.map( prepare );
	}
	if ( ! schema || typeof schema !== 'object' ) {
		return schema;
	}
	const out = {};
	for ( const [ key, value ] of Object.entries( schema ) ) {
		if ( key === 'required' && ! Array.isArray( value ) ) {
			continue;
		}
		if ( key === 'properties' ) {
			out.properties = Object.fromEntries(
				Object.entries( value ).map( ( [ name, property ] ) => [
					name,
					prepare( property ),
				] )
			);
			continue;
		}
		out[ key ] = typeof value === 'object' ? prepare( value ) : value;
	}
	return out;
}

/**
 * Names of the shapes that several answers share, by the place each first stands
 * (schema title, then the property path; `[]` is an array's item). A repeated shape
 * not named here is named after that place.
 */
const SHAPE_NAMES = {
	'mentorship-application.consent_texts.code_of_conduct': 'ConsentText',
	'mentorship-attention.cohort': 'NamedRef',
	'mentorship-cohort.schedule': 'CohortSchedule',
	'mentorship-cohort-graduation.graduated[]': 'GraduationEntry',
	'mentorship-cohort-sessions.sessions[]': 'CohortSession',
	'mentorship-funnel.breakdown.team[]': 'BreakdownRow',
	'mentorship-funnel.mentees.current': 'MenteeStageCounts',
	'mentorship-funnel.mentors.current': 'MentorStageCounts',
	'mentorship-match-proposal.pairs[].breakdown.language': 'MatchFactor',
	'mentorship-mentor-history.request': 'MentorChangeRequest',
	'mentorship-roster.mentors[]': 'RosterMentor',
	'mentorship-roster.mentors[].mentees[]': 'RosterMentee',
	'mentorship-settings.mail_templates.submitted': 'MailTemplate',
};

/** Shapes smaller than this (as JSON) stay inline: `{ start; end }` reads best in place. */
const MIN_SHAPE_SIZE = 100;

/**
 * What makes two object schemas the same shape: everything but their title and
 * description, and whether they may be null.
 *
 * @param {*} schema Schema.
 * @return {{key: string, nullable: boolean, shape: Object}|null} The key, whether it may be null, and the schema without either; null for a non-object.
 */
function shapeOf( schema ) {
	if ( ! schema || typeof schema !== 'object' || ! schema.properties ) {
		return null;
	}
	// eslint-disable-next-line no-unused-vars
	const { title, description, $schema, ...rest } = schema;
	const types = Array.isArray( rest.type ) ? rest.type : [ rest.type ];
	const nullable = types.includes( 'null' );
	const type = types.filter( ( one ) => one !== 'null' );
	rest.type = type.length === 1 ? type[ 0 ] : type;
	return { key: JSON.stringify( rest ), nullable, shape: rest };
}

/**
 * Calls `visit` for every object schema below `schema`, with its place.
 *
 * @param {*}        schema Schema.
 * @param {string}   place  Where it stands.
 * @param {Function} visit  Called with (schema, place, replace).
 */
function eachObject( schema, place, visit ) {
	const children = [];
	if ( schema.properties ) {
		for ( const name of Object.keys( schema.properties ) ) {
			children.push( [
				schema.properties,
				name,
				`${ place }.${ name }`,
			] );
		}
	}
	if ( schema.items && typeof schema.items === 'object' ) {
		children.push( [ schema, 'items', `${ place }[]` ] );
	}
	for ( const [ parent, name, at ] of children ) {
		const child = parent[ name ];
		if ( ! child || typeof child !== 'object' || child.tsType ) {
			continue;
		}
		visit( child, at, ( next ) => ( parent[ name ] = next ) );
		eachObject( child, at, visit );
	}
}

/**
 * The name of a shape after the place it first stands:
 * mentorship-roster.warnings[] → RosterWarning.
 *
 * @param {string} place Place.
 * @return {string} Type name.
 */
function placeName( place ) {
	const [ title, ...steps ] = place.split( '.' );
	return (
		typeName( title ) +
		steps
			.map( ( part ) =>
				part.endsWith( '[]' )
					? part.slice( 0, -2 ).replace( /s$/, '' )
					: part
			)
			.map( typeName )
			.join( '' )
	);
}

/**
 * Gives every object shape that stands in more than one place one name: an
 * answer's own type when the shape is a whole answer, else a new type. Each place
 * then refers to the name, so the generated file states each shape once.
 *
 * @param {Object<string, Object>} schemas Prepared schemas by title (changed in place).
 * @return {Object<string, Object>} The new shared types, by name.
 */
function shareShapes( schemas ) {
	const names = new Map();
	for ( const title of Object.keys( schemas ) ) {
		const shape = shapeOf( schemas[ title ] );
		if ( shape ) {
			names.set( shape.key, typeName( title ) );
		}
	}
	const shared = {};
	const taken = new Set( names.values() );
	let repeated = repeatedShapes( schemas, shared, names );
	while ( repeated.length > 0 ) {
		const [ key, at ] = repeated[ 0 ];
		let name = names.get( key );
		if ( ! name ) {
			name = SHAPE_NAMES[ at[ 0 ].at ] ?? placeName( at[ 0 ].at );
			if ( taken.has( name ) ) {
				throw new Error( `Two shapes would be named ${ name }.` );
			}
			taken.add( name );
			names.set( key, name );
			shared[ name ] = at[ 0 ].shape.shape;
		}
		for ( const { child, replace, shape } of at ) {
			replace( {
				tsType: shape.nullable ? `${ name } | null` : name,
				...( child.description && { description: child.description } ),
			} );
		}
		repeated = repeatedShapes( schemas, shared, names );
	}
	return shared;
}

/**
 * The object shapes that stand in more than one place, or that stand inside
 * another answer as a whole answer; largest first, so a whole repeated answer is
 * named before the parts inside it.
 *
 * @param {Object<string, Object>} schemas Schemas by title.
 * @param {Object<string, Object>} shared  Shared types found so far, by name.
 * @param {Map<string, string>}    names   Type names by shape key.
 * @return {Array} [ key, places ] pairs.
 */
function repeatedShapes( schemas, shared, names ) {
	const places = new Map();
	const visitAll = ( schema, title ) =>
		eachObject( schema, title, ( child, at, replace ) => {
			const shape = shapeOf( child );
			if ( ! shape || shape.key.length < MIN_SHAPE_SIZE ) {
				return;
			}
			if ( ! places.has( shape.key ) ) {
				places.set( shape.key, [] );
			}
			places.get( shape.key ).push( { child, at, replace, shape } );
		} );
	for ( const title of Object.keys( schemas ) ) {
		visitAll( schemas[ title ], title );
	}
	for ( const name of Object.keys( shared ) ) {
		visitAll( shared[ name ], name );
	}
	return [ ...places.entries() ]
		.filter( ( [ key, at ] ) => at.length > 1 || names.has( key ) )
		.sort( ( a, b ) => b[ 0 ].length - a[ 0 ].length );
}

/**
 * The TypeScript source for a REST description.
 *
 * @param {{schemas: Object<string, Object>, rules: Object}} description The parsed rest-schemas.json.
 * @return {Promise<string>} Formatted source.
 */
async function generateRestTypes( description ) {
	const schemas = {};
	for ( const title of Object.keys( description.schemas ).sort() ) {
		schemas[ title ] = prepare( description.schemas[ title ] );
	}
	const shared = shareShapes( schemas );
	const types = [
		...Object.entries( schemas ).map( ( [ title, schema ] ) => [
			typeName( title ),
			schema,
		] ),
		...Object.entries( shared ),
	].sort( ( a, b ) => ( a[ 0 ] < b[ 0 ] ? -1 : 1 ) );
	const parts = [ BANNER ];
	for ( const [ name, schema ] of types ) {
		parts.push(
			await compile( { ...schema, title: name }, name, {
				bannerComment: '',
				format: false,
				additionalProperties: false,
				strictIndexSignatures: true,
				unknownAny: true,
			} )
		);
	}
	const source = parts.join( '\n' );
	return prettier.format( source, {
		...prettierConfig,
		parser: 'typescript',
	} );
}

module.exports = {
	SCHEMAS_FILE,
	TYPES_FILE,
	generateRestTypes,
	typeName,
};

// `node bin/lib/rest-types.cjs` prints the types the committed schemas generate (the
// unit test runs it in its own process: Prettier loads its parsers with import(),
// which jest's module sandbox does not allow).
if ( require.main === module ) {
	const { readFileSync } = require( 'node:fs' );
	generateRestTypes(
		JSON.parse( readFileSync( SCHEMAS_FILE, 'utf8' ) )
	).then(
		( source ) => process.stdout.write( source ),
		( error ) => {
			process.stderr.write( `${ error.stack || error }\n` );
			process.exit( 1 );
		}
	);
}
