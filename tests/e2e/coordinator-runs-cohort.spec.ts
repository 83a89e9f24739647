/**
 * A coordinator runs a cohort in the admin app: creates it, reviews the applications
 * that came in, accepts three at once, assigns a mentor on the roster board and sees
 * the dashboard follow.
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

test.describe( 'A coordinator runs a cohort', () => {
	test( 'creates a cohort, accepts applications, assigns a mentor and sees the dashboard change', async ( {
		page,
		baseURL,
	} ) => {
		const errors = collectErrors( page, baseURL );
		const run = Date.now().toString( 36 );
		const cohortName = `Spring ${ run }`;

		// Create the cohort.
		await page.goto( `${ APP_URL }&view=cohorts` );
		await page.getByRole( 'button', { name: 'Add cohort' } ).click();
		await expect(
			page.getByRole( 'heading', { level: 2, name: 'New cohort' } )
		).toBeFocused();
		await page.getByLabel( 'Name', { exact: true } ).fill( cohortName );
		// A window that has closed already, so other journeys' "open cohort" stays theirs.
		const opens = new Date( Date.now() - 30 * 86400000 )
			.toISOString()
			.slice( 0, 16 );
		const closes = new Date( Date.now() - 86400000 )
			.toISOString()
			.slice( 0, 16 );
		await page.getByLabel( 'Applications open' ).fill( opens );
		await page.getByLabel( 'Applications close' ).fill( closes );
		await page.getByLabel( 'Capacity (mentees)' ).fill( '30' );
		await page.getByLabel( 'Repeats' ).selectOption( 'monthly' );
		await page.getByLabel( 'Day', { exact: true } ).selectOption( '4' );
		await page.getByRole( 'button', { name: 'Create cohort' } ).click();

		await expect(
			page.locator( '.components-snackbar', {
				hasText: 'Cohort created.',
			} )
		).toBeVisible();
		await expect( page ).toHaveURL( /view=cohorts&id=\d+&screen=edit/ );
		const cohortId = Number(
			new URL( page.url() ).searchParams.get( 'id' )
		);
		// The schedule preview shows the next sessions (2nd and 4th Thursday).
		await expect(
			page.locator( '.mentorship-sessions li' ).first()
		).toBeVisible();
		await screenshot( page, 'cohort-form' );
		expect( await accessibilityViolations( page ) ).toEqual( [] );

		// Applications arrive (through the domain API: the public form has its own spec).
		const [ ana, bo, chi ] = seedApplications( cohortId, [
			{ type: 'mentee', name: `Ana ${ run }`, path: [ 'in_review' ] },
			{ type: 'mentee', name: `Bo ${ run }`, path: [ 'in_review' ] },
			{ type: 'mentee', name: `Chi ${ run }`, path: [ 'in_review' ] },
			{
				type: 'mentor',
				name: `Mia ${ run }`,
				path: [ 'in_review', 'approved' ],
			},
		] );

		// The dashboard shows three waiting for review.
		await page.goto( `${ APP_URL }&view=dashboard&cohort=${ cohortId }` );
		const waiting = page.locator( '[data-stat="waiting"]' );
		await expect(
			waiting.locator( '.mentorship-stat__number' )
		).toHaveText( '3' );
		await screenshot( page, 'dashboard' );
		expect( await accessibilityViolations( page ) ).toEqual( [] );

		// Review: find this run's mentees and accept all three at once.
		await page
			.getByRole( 'navigation', { name: 'Mentorship sections' } )
			.getByRole( 'link', { name: 'Applications' } )
			.click();
		await expect(
			page.getByRole( 'heading', { level: 2, name: 'Applications' } )
		).toBeFocused();
		await page
			.getByRole( 'searchbox', {
				name: 'Search name, e-mail or username',
			} )
			.fill( run );
		const rows = page.locator( '.dataviews-view-table tbody tr' );
		await expect( rows ).toHaveCount( 3 );
		await screenshot( page, 'applications' );
		expect( await accessibilityViolations( page ) ).toEqual( [] );
		await page
			.locator( '.dataviews-bulk-actions-footer__container' )
			.getByRole( 'checkbox', { name: 'Select all' } )
			.check();
		await page.getByRole( 'button', { name: 'Move to a stage…' } ).click();
		const dialog = page.getByRole( 'dialog', { name: 'Move to a stage' } );
		await expect( dialog.getByLabel( 'Move to' ) ).toHaveValue(
			'accepted'
		);
		// Only the moves every selected application allows are offered.
		await expect(
			dialog.getByLabel( 'Move to' ).locator( 'option' )
		).toHaveText( [ 'Accepted', 'Waitlisted', 'Declined', 'Withdrawn' ] );
		await dialog.getByLabel( 'Note (optional)' ).fill( 'Welcome aboard' );
		await dialog.getByRole( 'button', { name: 'Accept' } ).click();
		await expect(
			page.locator( '.components-snackbar', {
				hasText: '3 applications updated.',
			} )
		).toBeVisible();
		await expect(
			rows.locator( '.mentorship-stage[data-stage="accepted"]' )
		).toHaveCount( 3 );

		// The CSV export carries the same filters (here: the search) and the nonce.
		const exportHref = await page
			.getByRole( 'link', { name: 'Export CSV' } )
			.getAttribute( 'href' );
		expect( exportHref ).toContain( `search=${ run }` );
		const csv = await page.request.get( exportHref ?? '' );
		expect( csv.headers()[ 'content-type' ] ).toContain( 'text/csv' );
		const lines = ( await csv.text() ).trim().split( '\n' );
		expect( lines ).toHaveLength( 4 );

		// The detail panel: every field, the audit trail, a note; its address reloads.
		await page.getByRole( 'button', { name: `Ana ${ run }` } ).click();
		await expect( page ).toHaveURL( new RegExp( `id=${ ana }` ) );
		await page.reload();
		const drawer = page.getByRole( 'dialog', { name: `Ana ${ run }` } );
		await expect( drawer.getByText( 'Europe/Lisbon' ) ).toBeVisible();
		await expect(
			drawer.getByText( 'Moved from In review to Accepted' )
		).toBeVisible();
		await expect( drawer.getByText( 'Welcome aboard' ) ).toBeVisible();
		await drawer.getByLabel( 'Add a note' ).fill( 'Strong goals.' );
		await drawer.getByLabel( 'Rating' ).selectOption( '4' );
		await drawer.getByRole( 'button', { name: 'Add note' } ).click();
		await expect(
			drawer.locator( '.mentorship-drawer__notes', {
				hasText: 'Strong goals.',
			} )
		).toContainText( 'Rating: 4 of 5' );
		await screenshot( page, 'application-drawer' );
		expect(
			await accessibilityViolations( page, '.mentorship-drawer' )
		).toEqual( [] );
		await page.keyboard.press( 'Escape' );
		await expect( drawer ).toBeHidden();
		await expect( page ).not.toHaveURL( /&id=/ );

		// The roster: assign a mentor to Ana.
		await page.goto(
			`${ APP_URL }&view=cohorts&id=${ cohortId }&screen=roster`
		);
		const pool = page.locator( '.mentorship-roster__pool' );
		await expect(
			pool.locator( '.mentorship-roster__mentee' )
		).toHaveCount( 3 );
		await pool
			.getByLabel( `Mentor for Ana ${ run }` )
			.selectOption( { label: `Mia ${ run } (2 seats left)` } );
		await pool
			.locator( `[data-mentee="${ ana }"]` )
			.getByRole( 'button', { name: 'Assign' } )
			.click();
		await expect(
			page.locator( '.components-snackbar', {
				hasText: `Assigned to Mia ${ run }.`,
			} )
		).toBeVisible();
		const mentorCard = page.locator( '.mentorship-roster__mentor', {
			hasText: `Mia ${ run }`,
		} );
		await expect( mentorCard ).toContainText( `Ana ${ run }` );
		await expect( mentorCard ).toContainText( '1 of 2 seats' );
		await expect(
			pool.locator( '.mentorship-roster__mentee' )
		).toHaveCount( 2 );
		await screenshot( page, 'roster' );
		expect( await accessibilityViolations( page ) ).toEqual( [] );

		// Back on the dashboard, the numbers moved.
		await page
			.getByRole( 'navigation', { name: 'Mentorship sections' } )
			.getByRole( 'link', { name: 'Dashboard' } )
			.click();
		await page.getByLabel( 'Cohort' ).selectOption( String( cohortId ) );
		await expect(
			waiting.locator( '.mentorship-stat__number' )
		).toHaveText( '0' );
		await expect(
			page.locator( '[data-stat="capacity"] .mentorship-stat__number' )
		).toHaveText( '1 of 2' );
		await expect(
			page.locator( '[data-stat="unassigned"] .mentorship-stat__number' )
		).toHaveText( '2' );
		await expect(
			page
				.locator(
					'.mentorship-funnel__table tr[data-stage="accepted"] td'
				)
				.first()
		).toHaveText( '3' );

		// Back and forward work on the app's own addresses.
		await page.goBack();
		await expect( page ).toHaveURL( /view=cohorts/ );

		expect( [ bo, chi ].every( Boolean ) ).toBe( true );
		expect( errors ).toEqual( [] );
	} );

	test( 'a move the server refuses shows its message and leaves the screen as it was', async ( {
		page,
		baseURL,
	} ) => {
		const errors = collectErrors( page, baseURL );
		const run = Date.now().toString( 36 );
		const cohortId = seedCohort( `Refusals ${ run }` );
		const [ id ] = seedApplications( cohortId, [
			{ type: 'mentee', name: `Dee ${ run }`, path: [ 'in_review' ] },
		] );

		await page.goto( `${ APP_URL }&view=applications&id=${ id }` );
		const drawer = page.getByRole( 'dialog', { name: `Dee ${ run }` } );
		await expect(
			drawer.getByRole( 'button', { name: 'Accept' } )
		).toBeVisible();

		// Someone else declines the application meanwhile.
		sitePhp( `
			\\Mentorship_Program\\Applications\\Applications::transition( ${ id }, 'declined' );
			echo "\\n" . wp_json_encode( true );
		` );

		await drawer.getByRole( 'button', { name: 'Accept' } ).click();
		await drawer.getByRole( 'button', { name: 'Confirm: Accept' } ).click();
		await expect(
			page.locator( '.components-snackbar', {
				hasText:
					'An application cannot move from "Declined" to "Accepted".',
			} )
		).toBeVisible();
		// The optimistic stage rolled back.
		await expect( drawer.locator( '.mentorship-stage' ) ).toHaveText(
			'In review'
		);
		await screenshot( page, 'error-notice' );
		expect( errors ).toEqual( [] );
	} );

	test( 'suggests matches and applies them, then sets up teams and e-mail texts', async ( {
		page,
		baseURL,
	} ) => {
		const errors = collectErrors( page, baseURL );
		const run = Date.now().toString( 36 );
		const cohortId = seedCohort( `Matching ${ run }` );
		seedApplications( cohortId, [
			{
				type: 'mentee',
				name: `Eve ${ run }`,
				path: [ 'in_review', 'accepted' ],
			},
			{
				type: 'mentee',
				name: `Fay ${ run }`,
				path: [ 'in_review', 'accepted' ],
			},
			{
				type: 'mentor',
				name: `Gus ${ run }`,
				path: [ 'in_review', 'approved' ],
			},
		] );

		await page.goto( `${ APP_URL }&view=cohorts&id=${ cohortId }` );
		await page.getByRole( 'button', { name: 'Suggest matches' } ).click();
		const matches = page.locator( '.mentorship-matches' );
		await expect( matches.locator( 'tbody tr' ) ).toHaveCount( 2 );
		await expect( matches ).toContainText( `Gus ${ run }` );
		await screenshot( page, 'matches' );
		expect( await accessibilityViolations( page ) ).toEqual( [] );
		await matches.getByRole( 'button', { name: 'Apply 2 pairs' } ).click();
		await expect(
			page.locator( '.components-snackbar', {
				hasText: '2 pairs assigned.',
			} )
		).toBeVisible();
		await expect(
			page.getByText( 'Every accepted mentee has a mentor.' )
		).toBeVisible();
		await expect(
			page.locator( '.mentorship-roster__mentor', {
				hasText: `Gus ${ run }`,
			} )
		).toContainText( '2 of 2 seats' );

		// E-mail texts: a live preview with sample values.
		await page.goto( `${ APP_URL }&view=settings&tab=emails` );
		await page
			.getByLabel( 'E-mail', { exact: true } )
			.selectOption( 'accepted' );
		await page.getByLabel( 'Subject' ).fill( 'Welcome, {name}!' );
		await expect( page.locator( '.mentorship-mail__subject' ) ).toHaveText(
			'Welcome, Ada Lovelace!'
		);
		await page.getByRole( 'button', { name: 'Save e-mails' } ).click();
		await expect(
			page.locator( '.components-snackbar', {
				hasText: 'Settings saved.',
			} )
		).toBeVisible();
		await screenshot( page, 'settings-emails' );
		expect( await accessibilityViolations( page ) ).toEqual( [] );

		// Teams: change when a team meets.
		await page.goto( `${ APP_URL }&view=settings&tab=teams` );
		await page.getByRole( 'button', { name: 'Edit Polyglots' } ).click();
		const form = page.getByRole( 'form', { name: 'Edit Polyglots' } );
		await form
			.getByLabel( 'Meeting time' )
			.fill( `Thursdays 14:00 UTC ${ run }` );
		await form.getByRole( 'button', { name: 'Save team' } ).click();
		await expect(
			page.locator( '.components-snackbar', { hasText: 'Team saved.' } )
		).toBeVisible();
		await expect(
			page.locator( 'tr[data-team="polyglots"]' )
		).toContainText( `Thursdays 14:00 UTC ${ run }` );
		await screenshot( page, 'settings-teams' );
		expect( errors ).toEqual( [] );
	} );
} );
