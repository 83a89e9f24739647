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

const blocksOutput = path.resolve( __dirname, 'build/blocks' );
const blocksConfigs = [ scriptConfig, moduleConfig ]
	.filter( Boolean )
	.map( ( config ) => ( {
		...config,
		output: { ...config.output, path: blocksOutput },
	} ) );

const adminConfig = {
	...scriptConfig,
	entry: { index: path.resolve( __dirname, 'src/admin/index.tsx' ) },
	output: {
		...scriptConfig.output,
		path: path.resolve( __dirname, 'build/admin' ),
		// Leave no files of earlier builds behind (they would ship in the zip).
		clean: true,
	},
	plugins: [
		...onlyCoreBuildPlugins( scriptConfig.plugins ),
		// One file: WordPress loads script translations per enqueued file, so strings in
		// lazily loaded chunks would stay untranslated.
		new webpack.optimize.LimitChunkCountPlugin( { maxChunks: 1 } ),
	],
};

module.exports = [ ...blocksConfigs, adminConfig ];
