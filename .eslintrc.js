/**
 * ESLint for the plugin's TypeScript and JavaScript: WordPress's recommended rules
 * (which include Prettier and TypeScript support), plus what the project's layout needs.
 */
module.exports = {
	root: true,
	extends: [ 'plugin:@wordpress/eslint-plugin/recommended' ],
	settings: {
		'import/resolver': {
			node: {
				extensions: [ '.js', '.jsx', '.ts', '.tsx', '.mjs' ],
			},
		},
	},
	rules: {
		// WordPress packages are externals at run time (wp.* globals); several are
		// resolved only through the build's dependency extraction.
		'import/no-unresolved': [ 'error', { ignore: [ '^@wordpress/' ] } ],
	},
	overrides: [
		{
			// Command-line scripts run on Node and print to the terminal on purpose.
			files: [
				'bin/**/*.mjs',
				'bin/**/*.js',
				'*.config.js',
				'*.config.ts',
			],
			env: { node: true, browser: false },
			rules: {
				'no-console': 'off',
				'import/no-extraneous-dependencies': 'off',
			},
		},
		{
			files: [ 'tests/e2e/**/*.ts', 'playwright.config.ts' ],
			extends: [ 'plugin:@wordpress/eslint-plugin/test-playwright' ],
			rules: {
				'import/no-extraneous-dependencies': 'off',
			},
		},
		{
			files: [ '**/test/**/*.[jt]s?(x)' ],
			extends: [ 'plugin:@wordpress/eslint-plugin/test-unit' ],
			rules: {
				'import/no-extraneous-dependencies': 'off',
			},
		},
	],
};
