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
 * The TypeScript source for a REST description.
 *
 * @param {{schemas: Object<string, Object>, rules: Object}} description The parsed rest-schemas.json.
 * @return {Promise<string>} Formatted source.
 */
async function generateRestTypes( description ) {
	const parts = [ BANNER ];
	for ( const title of Object.keys( description.schemas ).sort() ) {
		const schema = prepare( {
			...description.schemas[ title ],
			title: typeName( title ),
		} );
		parts.push(
			await compile( schema, typeName( title ), {
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
