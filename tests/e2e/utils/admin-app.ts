/**
 * Helpers for specs that drive the Mentorship admin app.
 */

/**
 * External dependencies
 */
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

// @axe-core/playwright types a newer Playwright Page than @playwright/test's.
type AxeOptions = ConstructorParameters< typeof AxeBuilder >[ 0 ];

/**
 * WCAG 2.2 A and AA problems inside the app (not in the rest of wp-admin).
 *
 * @param page  Page.
 * @param scope What to check: the app, or a dialog it opened (dialogs render outside it).
 * @return Rule IDs with the elements that break them.
 */
export async function accessibilityViolations(
	page: Page,
	scope = '#mentorship-program-admin'
): Promise< string[] > {
	const result = await new AxeBuilder( { page } as unknown as AxeOptions )
		.include( scope )
		.withTags( [ 'wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa' ] )
		.analyze();
	return result.violations.map(
		( violation ) =>
			`${ violation.id }: ${ violation.nodes
				.map( ( node ) => node.target.join( ' ' ) )
				.join( ', ' ) }`
	);
}

export const APP_URL = '/wp-admin/admin.php?page=mentorship-program';

/**
 * Collects console errors and uncaught exceptions from the site's own scripts (the
 * test site is offline, so remote resources such as avatars fail to load).
 *
 * @param page    Page.
 * @param baseURL Site address.
 * @return The list, filled as the page runs.
 */
export function collectErrors( page: Page, baseURL = '' ): string[] {
	const errors: string[] = [];
	page.on( 'console', ( message ) => {
		if ( message.type() !== 'error' ) {
			return;
		}
		const source = message.location().url;
		const remote = !! source && ! source.startsWith( `${ baseURL }/` );
		if (
			remote &&
			message.text().startsWith( 'Failed to load resource' )
		) {
			return;
		}
		// A refused request is the browser's log of a server answer a test asked for.
		if (
			message.text().startsWith( 'Failed to load resource' ) &&
			/status of 4\d\d/.test( message.text() )
		) {
			return;
		}
		errors.push( `${ message.text() } (${ source })` );
	} );
	page.on( 'pageerror', ( error ) => errors.push( error.message ) );
	return errors;
}

/**
 * Saves a screenshot for the README when MENTORSHIP_SCREENSHOTS is set.
 *
 * @param page Page.
 * @param name File name without extension.
 */
export async function screenshot( page: Page, name: string ): Promise< void > {
	if ( ! process.env.MENTORSHIP_SCREENSHOTS ) {
		return;
	}
	await page.screenshot( {
		path: path.join(
			__dirname,
			'../../../docs/screenshots',
			`${ name }.png`
		),
		fullPage: true,
	} );
}
