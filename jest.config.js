/**
 * Unit tests for the admin app and the blocks: WordPress's jest preset (jsdom, Babel
 * with TypeScript), tests in a test/ folder beside the code they prove.
 */
const defaults = require( '@wordpress/scripts/config/jest-unit.config.js' );

module.exports = {
	...defaults,
	rootDir: __dirname,
	testMatch: [
		'<rootDir>/src/**/test/*.test.[jt]s?(x)',
		'<rootDir>/blocks/**/test/*.test.[jt]s?(x)',
	],
	testPathIgnorePatterns: [
		'/node_modules/',
		'<rootDir>/vendor/',
		'<rootDir>/build/',
		'<rootDir>/.cache/',
	],
};
