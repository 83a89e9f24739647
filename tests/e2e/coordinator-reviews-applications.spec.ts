/**
 * A coordinator reviews applications: opening someone does not choose them for the
 * next bulk move, the stage-move form's fields have names, and every breakdown and
 * table says team and language names rather than slugs and codes.
 */

/**
 * WordPress dependencies
 */
import { test, expect } from '@wordpress/e2e-test-utils-playwright';

/**
 * Internal dependencies
 */
import {
	APP_URL,
	accessibilityViolations,
	collectErrors,
	screenshot,
} from './utils/admin-app';
import { seedApplications, seedCohort, sitePhp } from './utils/seed';

test.describe( 'A coordinator reviews applications', () => {
	test( 'opening an applicant by name does not tick their row', async ( {
		page,
		baseURL,
	} ) => {
		const errors = collectErrors( page, baseURL );
		const run = Date.now().toString( 36 );
		const cohortId = seedCohort( `Review ${ run }` );
		seedApplications( cohortId, [
			{ type: 'mentee', name: `Ana ${ run }`, path: [ 'in_review' ] },
			{ type: 'mentee', name: `Bo ${ run }`, path: [ 'in_review' ] },
		] );

		await page.goto( `${ APP_URL }&view=applications` );
		await page
			.getByRole( 'searchbox', {
				name: 'Search name, e-mail or username',
			} )
			.fill( run );
		const rows = page.locator( '.dataviews-view-table tbody tr' );
		await expect( rows ).toHaveCount( 2 );
		const ana = rows.filter( { hasText: `Ana ${ run }` } );

		await page.getByRole( 'button', { name: `Ana ${ run }` } ).click();
		const drawer = page.getByRole( 'dialog', { name: `Ana ${ run }` } );
		await expect( drawer.getByText( 'Europe/Lisbon' ) ).toBeVisible();
		await drawer.getByRole( 'button', { name: 'Close' } ).click();
		await expect( drawer ).toBeHidden();

		await expect( ana.getByRole( 'checkbox' ) ).not.toBeChecked();
		await expect( ana ).not.toHaveClass( /is-selected/ );
		// By keyboard too.
		await page.getByRole( 'button', { name: `Bo ${ run }` } ).focus();
		await page.keyboard.press( 'Enter' );
		const boDrawer = page.getByRole( 'dialog', { name: `Bo ${ run }` } );
		await expect( boDrawer.getByText( 'Europe/Lisbon' ) ).toBeVisible();
		await page.keyboard.press( 'Escape' );
		await expect( boDrawer ).toBeHidden();
		await expect(
			rows.filter( { hasText: `Bo ${ run }` } ).getByRole( 'checkbox' )
		).not.toBeChecked();
		// Nothing is chosen, so there is nothing to move in bulk.
		await expect(
			page.getByRole( 'button', { name: 'Move to a stage…' } )
		).toHaveCount( 0 );
		expect( errors ).toEqual( [] );
	} );

	test( 'the first view comes with the page, and a changed view asks the server', async ( {
		page,
		baseURL,
	} ) => {
		const errors = collectErrors( page, baseURL );
		const run = Date.now().toString( 36 );
		const cohortId = seedCohort( `First view ${ run }` );
		seedApplications( cohortId, [
			{ type: 'mentee', name: `Newest ${ run }`, path: [ 'in_review' ] },
		] );
		const asked: string[] = [];
		page.on( 'request', ( request ) => {
			const url = decodeURIComponent( request.url() );
			const found = url.match(
				/mentorship\/v1\/(applications|cohorts|teams|stats\/funnel)\b/
			);
			if ( found ) {
				asked.push( found[ 1 ] );
			}
		} );

		await page.goto( `${ APP_URL }&view=applications` );
		const rows = page.locator( '.dataviews-view-table tbody tr' );
		// The newest application is on the first page, with its cohort's name.
		const newest = rows.filter( { hasText: `Newest ${ run }` } );
		await expect( newest ).toContainText( `First view ${ run }` );
		expect( await accessibilityViolations( page ) ).toEqual( [] );
		await newest.getByRole( 'checkbox' ).check();
		await page.screenshot( {
			path: 'test-results/applications-first-view.png',
		} );
		// Everything the first view shows was preloaded with the page.
		expect( asked ).toEqual( [] );

		// Another view is asked for as before.
		const searched = page.waitForRequest( ( request ) =>
			/mentorship\/v1\/applications\b.*search=/.test(
				decodeURIComponent( request.url() )
			)
		);
		await page
			.getByRole( 'searchbox', {
				name: 'Search name, e-mail or username',
			} )
			.fill( run );
		await searched;
		await expect( rows ).toHaveCount( 1 );
		expect( asked ).toContain( 'applications' );
		expect( errors ).toEqual( [] );
	} );

	test( 'a chosen row keeps its text readable (axe with a row selected)', async ( {
		page,
		baseURL,
	} ) => {
		const errors = collectErrors( page, baseURL );
		const run = Date.now().toString( 36 );
		const cohortId = seedCohort( `Chosen ${ run }` );
		seedApplications( cohortId, [
			{ type: 'mentee', name: `Ana ${ run }`, path: [ 'in_review' ] },
			{ type: 'mentee', name: `Bo ${ run }`, path: [ 'in_review' ] },
		] );
		await page.goto( `${ APP_URL }&view=applications` );
		await page
			.getByRole( 'searchbox', {
				name: 'Search name, e-mail or username',
			} )
			.fill( run );
		const rows = page.locator( '.dataviews-view-table tbody tr' );
		await expect( rows ).toHaveCount( 2 );
		const ana = rows.filter( { hasText: `Ana ${ run }` } );
		await ana.getByRole( 'checkbox' ).check();
		await expect( ana ).toHaveClass( /is-selected/ );
		expect( await accessibilityViolations( page ) ).toEqual( [] );
		expect( errors ).toEqual( [] );
	} );

	test( 'a long list is paged with previous, next and a typed page number', async ( {
		page,
		baseURL,
	} ) => {
		const errors = collectErrors( page, baseURL );
		const run = Date.now().toString( 36 );
		const cohortId = seedCohort( `Pages ${ run }` );
		seedApplications(
			cohortId,
			Array.from( { length: 21 }, ( _, i ) => ( {
				type: 'mentee' as const,
				name: `Paged ${ i } ${ run }`,
			} ) )
		);
		await page.goto( `${ APP_URL }&view=applications` );
		const rows = page.locator( '.dataviews-view-table tbody tr' );
		await expect( rows.first() ).toContainText( `Paged 20 ${ run }` );
		const pages = page.getByRole( 'navigation', { name: 'Pages' } );
		const current = pages.getByRole( 'spinbutton', {
			name: /^Current page, of /,
		} );
		await expect( current ).toHaveValue( '1' );
		// DataViews' own select of every page is not built.
		await expect(
			page.getByRole( 'combobox', { name: 'Current page' } )
		).toHaveCount( 0 );
		expect( await accessibilityViolations( page ) ).toEqual( [] );

		await pages.getByRole( 'button', { name: 'Next page' } ).click();
		await expect( current ).toHaveValue( '2' );
		await expect( rows.first() ).not.toContainText( `Paged 20 ${ run }` );
		await pages.getByRole( 'button', { name: 'Previous page' } ).click();
		await expect( rows.first() ).toContainText( `Paged 20 ${ run }` );
		await current.fill( '2' );
		await current.press( 'Enter' );
		await expect( rows.first() ).not.toContainText( `Paged 20 ${ run }` );
		await expect(
			pages.getByRole( 'button', { name: 'Previous page' } )
		).toBeEnabled();
		expect( errors ).toEqual( [] );
	} );

	test( 'the stage-move form names its note field and passes axe', async ( {
		page,
		baseURL,
	} ) => {
		const errors = collectErrors( page, baseURL );
		const run = Date.now().toString( 36 );
		const cohortId = seedCohort( `Move ${ run }` );
		const [ ana ] = seedApplications( cohortId, [
			{ type: 'mentee', name: `Ana ${ run }`, path: [ 'in_review' ] },
		] );

		await page.goto( `${ APP_URL }&view=applications&id=${ ana }` );
		const drawer = page.getByRole( 'dialog', { name: `Ana ${ run }` } );
		await drawer.getByRole( 'button', { name: 'Accept' } ).click();
		const form = drawer.getByRole( 'form', { name: 'Accept' } );
		const note = form.getByRole( 'textbox', { name: 'Note (optional)' } );
		await expect( note ).toBeVisible();
		await expect( note ).toBeFocused();
		await screenshot( page, 'stage-move-form' );
		expect(
			await accessibilityViolations( page, '.mentorship-drawer' )
		).toEqual( [] );

		await note.fill( 'Welcome' );
		await form.getByRole( 'button', { name: 'Accept' } ).click();
		await expect(
			drawer.getByText( 'Moved from In review to Accepted' )
		).toBeVisible();
		expect( errors ).toEqual( [] );
	} );

	test( 'breakdowns and tables show team and language names', async ( {
		page,
		baseURL,
	} ) => {
		const errors = collectErrors( page, baseURL );
		const run = Date.now().toString( 36 );
		const cohortId = seedCohort( `Names ${ run }` );
		seedApplications( cohortId, [
			{
				type: 'mentee',
				name: `Ana ${ run }`,
				fields: { languages: [ 'pt-BR' ], teams: [ 'polyglots' ] },
			},
			{
				type: 'mentee',
				name: `Bo ${ run }`,
				fields: {
					languages: [ 'pt-BR', 'en' ],
					teams: [ 'polyglots' ],
				},
			},
		] );

		await page.goto( `${ APP_URL }&view=dashboard&cohort=${ cohortId }` );
		const byTeam = page.getByRole( 'table', { name: 'By team' } );
		const byLanguage = page.getByRole( 'table', { name: 'By language' } );
		await expect(
			byTeam.getByRole( 'rowheader', { name: 'Polyglots', exact: true } )
		).toBeVisible();
		await expect(
			byLanguage.getByRole( 'rowheader', {
				name: 'Portuguese (Brazil)',
			} )
		).toBeVisible();
		await expect(
			byLanguage.getByRole( 'rowheader', { name: 'English' } )
		).toBeVisible();
		await expect( byTeam ).not.toContainText( 'polyglots' );
		await expect( byLanguage ).not.toContainText( 'pt-br' );

		await page.goto( `${ APP_URL }&view=applications` );
		await page
			.getByRole( 'searchbox', {
				name: 'Search name, e-mail or username',
			} )
			.fill( run );
		const bo = page
			.locator( '.dataviews-view-table tbody tr' )
			.filter( { hasText: `Bo ${ run }` } );
		await expect( bo ).toContainText( 'Portuguese (Brazil), English' );
		await expect( bo ).toContainText( 'Polyglots' );

		await page.getByRole( 'button', { name: `Bo ${ run }` } ).click();
		const drawer = page.getByRole( 'dialog', { name: `Bo ${ run }` } );
		await expect( drawer ).toContainText( 'Portuguese (Brazil), English' );
		expect( errors ).toEqual( [] );
	} );

	test( 'the drawer says which texts each consent was given to', async ( {
		page,
	} ) => {
		const run = Date.now().toString( 36 );
		const saved = sitePhp< Record< string, string > >( `
			$settings = \\Mentorship_Program\\Settings\\Settings::all();
			\\Mentorship_Program\\Settings\\Settings::update( array( 'code_of_conduct_url' => 'https://example.org/code-of-conduct/', 'privacy_notice_url' => 'https://example.org/privacy/' ) );
			echo "\\n" . wp_json_encode( array( 'coc' => $settings['code_of_conduct_url'], 'privacy' => $settings['privacy_notice_url'] ) );
		` );
		try {
			const cohortId = seedCohort( `Consent ${ run }` );
			const [ ana ] = seedApplications( cohortId, [
				{ type: 'mentee', name: `Ana ${ run }` },
			] );
			await page.goto( `${ APP_URL }&view=applications&id=${ ana }` );
			const consent = page
				.getByRole( 'dialog', { name: `Ana ${ run }` } )
				.getByRole( 'region', { name: 'Consent' } );
			await expect(
				consent.getByRole( 'link', {
					name: 'Code of conduct agreed to (opens in a new tab)',
				} )
			).toHaveAttribute( 'href', 'https://example.org/code-of-conduct/' );
			await expect(
				consent.getByRole( 'link', {
					name: 'Privacy notice agreed to (opens in a new tab)',
				} )
			).toHaveAttribute( 'href', 'https://example.org/privacy/' );
			await expect( consent ).toContainText( '(version of ' );
			await consent.scrollIntoViewIfNeeded();
			expect(
				await accessibilityViolations( page, '.mentorship-drawer' )
			).toEqual( [] );
		} finally {
			sitePhp( `
				\\Mentorship_Program\\Settings\\Settings::update( array( 'code_of_conduct_url' => ${ JSON.stringify(
					saved.coc
				) }, 'privacy_notice_url' => ${ JSON.stringify(
					saved.privacy
				) } ) );
				echo "\\n1";
			` );
		}
	} );
} );
