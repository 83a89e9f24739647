/**
 * Builds the blocks (from blocks/, with a blocks manifest) and the admin app (src/admin)
 * in one run, on top of @wordpress/scripts' own configuration.
 */
const path = require( 'path' );
const webpack = require( 'webpack' );
const defaults = require( '@wordpress/scripts/config/webpack.config' );

const [ scriptConfig, moduleConfig ] = Array.isArray( defaults )
	? defaults
	: [ defaults ];

const onlyCoreBuildPlugins = ( plugins ) =>
	plugins.filter(
		( plugin ) =>
			! [
				'CopyPlugin',
				'PhpFilePathsPlugin',
				'CleanWebpackPlugin',
				'BlocksManifestPlugin',
			].includes( plugin.constructor.name )
	);

/**
 * A PHP literal of a value made of strings, arrays and plain objects.
 *
 * @param {string|string[]|Object} value Value.
 * @return {string} PHP source.
 */
function phpLiteral( value ) {
	if ( Array.isArray( value ) ) {
		return `array( ${ value.map( phpLiteral ).join( ', ' ) } )`;
	}
	if ( typeof value === 'object' ) {
		const pairs = Object.keys( value )
			.sort()
			.map(
				( key ) =>
					`${ phpLiteral( key ) } => ${ phpLiteral( value[ key ] ) }`
			);
		return `array( ${ pairs.join( ', ' ) } )`;
	}
	return `'${ String( value ).replace( /[\\']/g, '\\$&' ) }'`;
}

/**
 * Writes build/admin/chunks.php: the script files of the admin app's lazily loaded
 * chunks, and for each screen the files it loads. The server loads the translations
 * of every chunk from it; bin/bench-admin.mjs weighs each screen with it.
 */
class AdminChunksPlugin {
	apply( compiler ) {
		compiler.hooks.thisCompilation.tap(
			'AdminChunksPlugin',
			( compilation ) => {
				compilation.hooks.processAssets.tap(
					{
						name: 'AdminChunksPlugin',
						stage: webpack.Compilation
							.PROCESS_ASSETS_STAGE_ADDITIONAL,
					},
					() => {
						// Chunk file names carry a "?ver=" query that is not part of the file.
						const scripts = ( chunks ) =>
							[
								...new Set(
									chunks.flatMap( ( chunk ) =>
										[ ...chunk.files ]
											.map(
												( file ) =>
													file.split( '?' )[ 0 ]
											)
											.filter( ( file ) =>
												file.endsWith( '.js' )
											)
									)
								),
							].sort();
						const screens = {};
						for ( const group of compilation.chunkGroups ) {
							if ( ! group.isInitial() && group.name ) {
								screens[ group.name ] = scripts( group.chunks );
							}
						}
						const files = scripts(
							[ ...compilation.chunks ].filter(
								( chunk ) => ! chunk.canBeInitial()
							)
						);
						compilation.emitAsset(
							'chunks.php',
							new webpack.sources.RawSource(
								`<?php defined( 'ABSPATH' ) || exit;\nreturn ${ phpLiteral(
									{ files, screens }
								) };\n`
							)
						);
					}
				);
			}
		);
	}
}

const blocksOutput = path.resolve( __dirname, 'build/blocks' );
const blocksConfigs = [ scriptConfig, moduleConfig ]
	.filter( Boolean )
	.map( ( config ) => ( {
		...config,
		output: { ...config.output, path: blocksOutput },
	} ) );

/*
 * DataViews. `@wordpress/dataviews/wp` is a prebuilt file that carries its own whole
 * copy of @wordpress/components (about 1.6 MB raw, 230 KB gzipped), so nothing of it
 * can be left out. The admin app builds DataViews from its modules instead, and gives
 * DataViews the same private copies the prebuilt file has — @wordpress/components,
 * @wordpress/private-apis and the small packages under them, bundled, never WordPress's
 * own scripts, so no private API of WordPress is reached and nothing registers under a
 * core module's name in WordPress's registry — but only the parts DataViews uses
 * (tree-shaken). What the prebuilt file also leaves to WordPress stays WordPress's:
 * React, data, i18n, hooks, date.
 */
const DATAVIEWS_MODULE = path.resolve(
	__dirname,
	'node_modules/@wordpress/dataviews/build-module/index.js'
);
const PRIVATE_COPIES = new Set( [
	'@wordpress/components',
	'@wordpress/private-apis',
	'@wordpress/compose',
	'@wordpress/element',
	'@wordpress/primitives',
	'@wordpress/dom',
	'@wordpress/keycodes',
	'@wordpress/is-shallow-equal',
	'@wordpress/deprecated',
	'@wordpress/warning',
	'@wordpress/escape-html',
	'@wordpress/priority-queue',
	'@wordpress/dom-ready',
	'@wordpress/undo-manager',
] );
const PRIVATE_ISSUER =
	/[\\/]node_modules[\\/]@wordpress[\\/](dataviews|components|compose|primitives|dom|keycodes|is-shallow-equal|deprecated|warning|escape-html|priority-queue|undo-manager|private-apis)[\\/]/;

/*
 * DataViews' private copy of @wordpress/compose counts component instances apart from
 * WordPress's wp.compose, so both would give out the same IDs (two controls called
 * `inspector-select-control-0` on one screen). Its `useInstanceId` is swapped for one
 * whose IDs carry `dataviews-`. Only the private copy is bundled (the app's own imports
 * of @wordpress/compose stay wp.compose), so nothing else is touched.
 */
const PRIVATE_INSTANCE_ID = new RegExp(
	[
		'node_modules',
		'@wordpress',
		'compose',
		'build-module',
		'hooks',
		'use-instance-id',
		'index\\.m?js$',
	].join( '[\\\\/]' )
);
const privateInstanceIds = new webpack.NormalModuleReplacementPlugin(
	PRIVATE_INSTANCE_ID,
	( resolveData ) => {
		if ( resolveData.createData?.resource ) {
			resolveData.createData.resource = path.resolve(
				__dirname,
				'src/admin/dataviews/use-instance-id.js'
			);
		}
	}
);

/*
 * The charts of the report screen (@automattic/charts) are built on @wordpress/ui and
 * @wordpress/theme, which WordPress 6.8 does not ship as wp.* globals: those two are
 * bundled into the chunk that needs them. Everything else (React, ReactDOM, i18n…)
 * stays external.
 */
const BUNDLED_FOR_CHARTS = [ '@wordpress/ui', '@wordpress/theme' ];

/**
 * The dependency extraction plugin of the admin app: as WordPress's, except that what
 * DataViews (and the copies it gets) import from PRIVATE_COPIES is bundled, and so are
 * BUNDLED_FOR_CHARTS.
 */
function adminDependencyExtraction() {
	const original = scriptConfig.plugins.find(
		( plugin ) =>
			plugin.constructor.name === 'DependencyExtractionWebpackPlugin'
	);
	const plugin = new original.constructor( original.options );
	const externalize = plugin.externalizeWpDeps.bind( plugin );
	plugin.externalizeWpDeps = ( data, callback ) => {
		if (
			PRIVATE_COPIES.has( data.request ) &&
			PRIVATE_ISSUER.test( ( data.context || '' ) + path.sep )
		) {
			return callback();
		}
		if (
			BUNDLED_FOR_CHARTS.some(
				( name ) =>
					data.request === name ||
					String( data.request ).startsWith( name + '/' )
			)
		) {
			return callback();
		}
		return externalize( data, callback );
	};
	return plugin;
}

/*
 * The admin app: a small entry (index.js) and one chunk per screen, named after it
 * (dashboard.js, applications.js, …), loaded when the screen is first opened. Code two
 * screens share goes into a chunk named after both (e.g. applications~cohorts.js).
 * Stable names matter: WordPress finds a script's translations by its file path, and
 * includes/Admin/Admin_Page.php loads them for every chunk listed in chunks.php.
 */
const adminConfig = {
	...scriptConfig,
	name: 'admin',
	entry: { index: path.resolve( __dirname, 'src/admin/index.tsx' ) },
	output: {
		...scriptConfig.output,
		path: path.resolve( __dirname, 'build/admin' ),
		// The file name stays put; the query changes with the content (browser caches).
		chunkFilename: '[name].js?ver=[contenthash]',
		// Leave no files of earlier builds behind (they would ship in the zip).
		clean: true,
	},
	optimization: {
		...scriptConfig.optimization,
		splitChunks: {
			chunks: 'async',
			cacheGroups: {
				default: false,
				defaultVendors: false,
				shared: {
					chunks: 'async',
					minChunks: 2,
					minSize: 0,
					reuseExistingChunk: true,
					name: ( module, chunks ) =>
						chunks
							.map( ( chunk ) => chunk.name )
							.sort()
							.join( '~' ),
				},
			},
		},
	},
	resolve: {
		...scriptConfig.resolve,
		alias: {
			...( scriptConfig.resolve?.alias || {} ),
			'@wordpress/dataviews/wp$': DATAVIEWS_MODULE,
		},
	},
	plugins: [
		...onlyCoreBuildPlugins( scriptConfig.plugins ).filter(
			( plugin ) =>
				plugin.constructor.name !== 'DependencyExtractionWebpackPlugin'
		),
		adminDependencyExtraction(),
		privateInstanceIds,
		new AdminChunksPlugin(),
	],
};

module.exports = [ ...blocksConfigs, adminConfig ];
