/* eslint-env node */
/**
 * What ships: the zip's file list holds what a site needs and no sources or tools; the
 * plugin directory's Playground preview installs the plugin by its slug and seeds the
 * same demo as `npm start`.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { excluded, shippedFiles } from '../../bin/plugin-zip.mjs';
import { ROOT_DIR } from './lib.mjs';

const files = shippedFiles( ROOT_DIR );

test( 'the zip holds the plugin files a site runs', () => {
	for ( const file of [
		'mentorship-program.php',
		'uninstall.php',
		'readme.txt',
		'includes/Plugin.php',
		'includes/autoload.php',
		'includes/CLI/Command.php',
		'languages/mentorship-program.pot',
	] ) {
		assert.ok( files.includes( file ), `${ file } is shipped` );
	}
} );

test( 'the zip holds every chunk of the admin app, so each screen loads', ( t ) => {
	const list = path.join( ROOT_DIR, 'build/admin/chunks.php' );
	if ( ! existsSync( list ) ) {
		t.skip( 'no build: run npm run build' );
		return;
	}
	const read = spawnSync(
		'php',
		[
			'-r',
			"define( 'ABSPATH', '/' ); echo json_encode( require $argv[1] );",
			list,
		],
		{ encoding: 'utf8' }
	);
	assert.equal( read.status, 0, read.stderr );
	const chunks = JSON.parse( read.stdout );
	assert.ok(
		[ 'dashboard', 'applications', 'cohorts', 'settings' ].every(
			( screen ) => chunks.screens[ screen ]?.length
		),
		'each screen has its chunk'
	);
	for ( const file of [
		'index.js',
		'index.asset.php',
		'chunks.php',
		...chunks.files,
	] ) {
		assert.ok(
			files.includes( `build/admin/${ file }` ),
			`build/admin/${ file } is shipped`
		);
	}
} );

test( 'the zip holds no sources, tests or tools', () => {
	const unwanted = files.filter( ( file ) =>
		/^(src|blocks|bin|tests|node_modules|vendor|\.cache|docs|bench)\/|\.(tsx?|scss|mjs|map|neon)$|^\./.test(
			file
		)
	);
	assert.deepEqual( unwanted, [] );
	assert.ok( excluded( 'build/admin/index.js.map' ) );
	assert.ok( excluded( 'includes/test/Thing.php' ) );
	assert.ok( excluded( 'build/.DS_Store' ) );
	assert.ok( ! excluded( 'build/admin/index.js' ) );
} );

const directory = JSON.parse(
	readFileSync(
		path.join( ROOT_DIR, '.wordpress-org/blueprints/blueprint.json' ),
		'utf8'
	)
);
const local = JSON.parse(
	readFileSync( path.join( ROOT_DIR, 'blueprint.json' ), 'utf8' )
);

test( 'the directory preview installs the plugin by its slug and activates it', () => {
	const [ install ] = directory.steps;
	assert.equal( install.step, 'installPlugin' );
	assert.equal( install.pluginData.slug, 'mentorship-program' );
	assert.equal( install.options.activate, true );
	assert.ok(
		! directory.steps.some( ( step ) => step.step === 'activatePlugin' ),
		'no step points at a local plugin folder'
	);
} );

test( 'the directory preview seeds the same demo as npm start', () => {
	const php = ( blueprint ) =>
		blueprint.steps
			.filter( ( step ) => step.step === 'runPHP' )
			.map( ( step ) => step.code );
	assert.ok( php( local ).length > 0 );
	assert.deepEqual( php( directory ), php( local ) );
	assert.match( php( directory ).join( '\n' ), /Demo_Content::seed\(\)/ );
	assert.equal( directory.landingPage, local.landingPage );
} );
