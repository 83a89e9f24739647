/**
 * Every control on the coordinators' screens has an ID of its own. DataViews is built
 * with a private copy of @wordpress/components (webpack.config.js) that counts its
 * instances apart from WordPress's: without the `dataviews-` IDs it is given, the
 * list's page select and the app's first select were both
 * `inspector-select-control-0`, and a label could name the wrong control.
 */

/**
 * WordPress dependencies
 */
import { test, expect } from '@wordpress/e2e-test-utils-playwright';
import type { Page } from '@playwright/test';

/**
 * Internal dependencies
 */
import { APP_URL, collectErrors } from './utils/admin-app';
import { seedApplications, seedCohort } from './utils/seed';

/**
 * IDs that more than one element of the page carries.
 *
 * @param page Page.
 * @return The repeated IDs.
 */
async function repeatedIds( page: Page ): Promise< string[] > {
	return page.evaluate( () => {
		const seen = new Map< string, number >();
		document.querySelectorAll( '[id]' ).forEach( ( element ) => {
			seen.set( element.id, ( seen.get( element.id ) || 0 ) + 1 );
		} );
		return [ ...seen ]
			.filter( ( [ , count ] ) => count > 1 )
			.map( ( [ id ] ) => id );
	} );
}

test.describe( 'Control IDs', () => {
	test( 'the Applications list and an open application repeat no ID', async ( {
		page,
		baseURL,
	} ) => {
		const errors = collectErrors( page, baseURL );
		const run = Date.now().toString( 36 );
		const cohortId = seedCohort( `IDs ${ run }` );
		// More than one page of applications, so every control of a long list shows.
		seedApplications(
			cohortId,
			Array.from( { length: 25 }, ( _, index ) => ( {
				type: 'mentee' as const,
				name: `Person ${ index } ${ run }`,
				path: [ 'in_review' ],
			} ) )
		);

		await page.goto( `${ APP_URL }&view=applications` );
		const rows = page.locator( '.dataviews-view-table tbody tr' );
		await expect( rows.first() ).toBeVisible();
		// DataViews' own controls (its search field, its view options) carry IDs of
		// their own kind.
		await expect(
			page.locator( '[id*="-dataviews-"], [id^="dataviews-"]' ).first()
		).toBeAttached();
		expect( await repeatedIds( page ) ).toEqual( [] );

		await rows.first().getByRole( 'button' ).first().click();
		const drawer = page.getByRole( 'dialog' );
		await expect( drawer ).toBeVisible();
		await expect( drawer.getByRole( 'combobox' ).first() ).toBeVisible();
		expect( await repeatedIds( page ) ).toEqual( [] );
		// Each label of the drawer names a control inside the drawer.
		const strays = await drawer.evaluate( ( element ) =>
			[ ...element.querySelectorAll( 'label[for]' ) ]
				.map( ( label ) => label.getAttribute( 'for' ) || '' )
				.filter(
					( id ) =>
						! element.querySelector( `#${ CSS.escape( id ) }` )
				)
		);
		expect( strays ).toEqual( [] );
		expect( errors ).toEqual( [] );
	} );
} );
