/**
 * End-to-end tests in a real browser against a real WordPress site. bin/test-e2e.mjs
 * provisions the site (native PHP + MariaDB) and sets WP_BASE_URL; run it with
 * `npm run test:e2e` rather than calling Playwright directly.
 */

/**
 * External dependencies
 */
import path from 'node:path';
import { defineConfig, devices } from '@playwright/test';

const root = __dirname;
const cache = process.env.MENTORSHIP_CACHE || path.join( root, '.cache' );

process.env.WP_BASE_URL ??= 'http://127.0.0.1:8889';
process.env.STORAGE_STATE_PATH ??= path.join(
	cache,
	'e2e/storage-states/admin.json'
);

export default defineConfig( {
	testDir: './tests/e2e',
	testMatch: '**/*.spec.ts',
	globalSetup: require.resolve( './tests/e2e/global-setup.ts' ),
	outputDir: path.join( root, 'test-results' ),
	reporter: process.env.CI ? [ [ 'line' ] ] : [ [ 'list' ] ],
	forbidOnly: !! process.env.CI,
	// One worker: specs share one site and its database.
	workers: Number( process.env.MENTORSHIP_E2E_WORKERS || 1 ),
	fullyParallel: false,
	retries: 0,
	timeout: 60_000,
	expect: { timeout: 10_000 },
	reportSlowTests: null,
	use: {
		baseURL: process.env.WP_BASE_URL,
		headless: true,
		viewport: { width: 1280, height: 800 },
		locale: 'en-US',
		storageState: process.env.STORAGE_STATE_PATH,
		actionTimeout: 10_000,
		trace: 'retain-on-failure',
		screenshot: 'only-on-failure',
		contextOptions: { reducedMotion: 'reduce', strictSelectors: true },
		launchOptions: {
			// Debian's Chromium: Playwright's own browser downloads are not available.
			executablePath:
				process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH ||
				'/usr/bin/chromium',
			args: [
				'--no-sandbox',
				'--disable-gpu',
				'--disable-quic',
				'--no-first-run',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync',
				// Only the test site is reachable: any other host (avatars, emoji, fonts)
				// fails at once instead of waiting on a resolver, which could hold a
				// page's load event, and with it a navigation, until the test timed out.
				'--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost',
			],
		},
	},
	projects: [
		{
			name: 'chromium',
			use: {
				...devices[ 'Desktop Chrome' ],
				viewport: { width: 1280, height: 800 },
			},
		},
	],
} );
