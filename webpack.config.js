/**
 * Builds the blocks (from blocks/, with a blocks manifest) and the admin app (src/admin)
 * in one run, on top of @wordpress/scripts' own configuration.
 */
const path = require( 'path' );
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
	},
	plugins: onlyCoreBuildPlugins( scriptConfig.plugins ),
};

module.exports = [ ...blocksConfigs, adminConfig ];
