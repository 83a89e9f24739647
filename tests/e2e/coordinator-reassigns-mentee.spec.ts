/**
 * A mentor cannot continue; a coordinator opens Needs attention, reassigns the mentee to
 * a volunteer backup mentor (reading the match score and why), and the application
 * drawer shows who mentored the mentee and when; they set how many quiet days make a pair
 * need attention. The backup mentor then logs one group session for their mentees from
 * My mentorship, with JavaScript and without.
 */

/**
 * External dependencies
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/**
 * WordPress dependencies
 */
import { test, expect } from '@wordpress/e2e-test-utils-playwright';

/**
 * Internal dependencies
 */
import { accessibilityViolations, APP_URL } from './utils/admin-app';
import {
	seedApplications,
	seedAssignment,
	seedCohort,
	sitePhp,
} from './utils/seed';
import { logIn } from './utils/log-in';

// @axe-core/playwright types a newer Playwright Page than @playwright/test's.
type AxeOptions = ConstructorParameters< typeof AxeBuilder >[ 0 ];

const PASSWORD = 'reassign-journey-password';

async function blockViolations( page: Page ): Promise< string[] > {
	const result = await new AxeBuilder( { page } as unknown as AxeOptions )
		.include( '.mentorship-my' )
		.withTags( [ 'wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa' ] )
		.analyze();
	return result.violations.map(
		( v ) =>
			`${ v.id }: ${ v.nodes
				.map( ( n ) => n.target.join( ' ' ) )
				.join( ', ' ) }`
	);
}

test.describe( 'Reassigning a mentee to a backup mentor', () => {
	const stamp = Date.now();
	const backupLogin = `backup${ stamp }`;
	const leavingLogin = `leaving${ stamp }`;
	const menteeName = `Rosa Reassigned ${ stamp }`;
	const userIds: number[] = [];
	let menteeId = 0;
	let cohortId = 0;
	let pageId = 0;
	let pageUrl = '';

	test.describe.configure( { mode: 'serial' } );

	test.beforeAll( async ( { requestUtils } ) => {
		for ( const [ login, first ] of [
			[ backupLogin, 'Bea' ],
			[ leavingLogin, 'Leo' ],
		] ) {
			const user = await requestUtils.createUser( {
				username: login,
				email: `${ login }@example.org`,
				firstName: first,
				lastName: 'Mentor',
				password: PASSWORD,
				roles: [ 'subscriber' ],
			} );
			userIds.push( user.id );
		}
		const day = 86400e3;
		const cohort = seedCohort( `Reassign cohort ${ stamp }`, {
			opens_at: new Date( Date.now() - 60 * day ).toISOString(),
			closes_at: new Date( Date.now() - 30 * day ).toISOString(),
			starts_on: new Date( Date.now() - 10 * day )
				.toISOString()
				.slice( 0, 10 ),
			ends_on: new Date( Date.now() + 30 * day )
				.toISOString()
				.slice( 0, 10 ),
		} );
		cohortId = cohort;
		const [ backup, leaving, other ] = seedApplications( cohort, [
			{
				type: 'mentor',
				name: `Bea Backup ${ stamp }`,
				path: [ 'in_review', 'approved' ],
				userId: userIds[ 0 ],
				fields: { capacity: 3, teams: [ 'docs' ] },
			},
			{
				type: 'mentor',
				name: `Leo Leaving ${ stamp }`,
				path: [ 'in_review', 'approved' ],
				userId: userIds[ 1 ],
			},
			{
				type: 'mentor',
				name: `Oli Other ${ stamp }`,
				path: [ 'in_review', 'approved' ],
			},
		] );
		const [ rosa, tess ] = seedApplications( cohort, [
			{
				type: 'mentee',
				name: menteeName,
				path: [ 'in_review', 'accepted' ],
			},
			{
				type: 'mentee',
				name: `Tess Team ${ stamp }`,
				path: [ 'in_review', 'accepted' ],
			},
		] );
		menteeId = rosa;
		seedAssignment( rosa, leaving );
		seedAssignment( tess, backup );
		expect( other ).toBeGreaterThan( 0 );
		// Bea volunteers as a backup; Leo hands Rosa back.
		sitePhp( `
			$offer = \\Mentorship_Program\\Reassignment\\Backups::set( ${ backup }, true, ${ userIds[ 0 ] } );
			$back  = \\Mentorship_Program\\Reassignment\\Reassignment::step_back( ${ rosa }, array( 'reason' => 'A new job leaves me no time.' ), ${ userIds[ 1 ] } );
			if ( is_wp_error( $offer ) || is_wp_error( $back ) ) {
				fwrite( STDERR, 'seed failed' );
				exit( 1 );
			}
			echo "\\n" . wp_json_encode( true );
		` );
		const page = await requestUtils.rest< { id: number; link: string } >( {
			method: 'POST',
			path: '/wp/v2/pages',
			data: {
				title: 'My mentorship (reassign)',
				status: 'publish',
				content: '<!-- wp:mentorship-program/my-mentorship /-->',
			},
		} );
		pageId = page.id;
		pageUrl = page.link;
	} );

	test.afterAll( async ( { requestUtils } ) => {
		await requestUtils.rest( {
			method: 'DELETE',
			path: `/wp/v2/pages/${ pageId }`,
			params: { force: true },
		} );
		for ( const id of userIds ) {
			await requestUtils.rest( {
				method: 'DELETE',
				path: `/wp/v2/users/${ id }`,
				params: { force: true, reassign: 1 },
			} );
		}
	} );

	test( 'the coordinator reassigns from Needs attention and the drawer shows the history', async ( {
		page,
	} ) => {
		await page.goto( `${ APP_URL }&view=attention` );
		const row = page.getByRole( 'row' ).filter( { hasText: menteeName } );
		await expect( row ).toContainText( 'cannot continue as the mentor' );
		await expect( row ).toContainText( 'A new job leaves me no time.' );
		await expect( row ).toContainText( 'Needs a new mentor' );
		expect( await accessibilityViolations( page ) ).toEqual( [] );

		await row.getByRole( 'button', { name: 'Actions' } ).click();
		await page.getByRole( 'menuitem', { name: 'Reassign…' } ).click();
		const dialog = page.getByRole( 'dialog', {
			name: 'Reassign to another mentor',
		} );
		await expect( dialog ).toContainText( 'has no mentor. Choose one.' );
		const candidates = dialog.locator( '.mentorship-reassign__candidate' );
		const first = candidates.first();
		await expect( first ).toContainText( `Bea Backup ${ stamp }` );
		await expect( first ).toContainText( 'Backup' );
		await expect( first ).toContainText( /Score \d/ );
		await expect( first ).toContainText( 'They share a language.' );
		await expect( candidates ).toHaveCount( 2 );
		expect(
			await accessibilityViolations( page, '.components-modal__frame' )
		).toEqual( [] );
		await page.screenshot( {
			path: test.info().outputPath( 'reassign-dialog.png' ),
		} );

		await dialog
			.getByLabel( new RegExp( `Bea Backup ${ stamp }` ) )
			.check();
		await dialog
			.getByLabel( 'Why (optional; coordinators only)' )
			.fill( 'Bea volunteered and knows the docs team.' );
		await dialog.getByRole( 'button', { name: 'Reassign' } ).click();
		await expect( dialog ).toBeHidden();
		await expect(
			page.getByRole( 'row' ).filter( { hasText: menteeName } )
		).toHaveCount( 0 );

		await page.goto(
			`${ APP_URL }&view=applications&type=mentee&id=${ menteeId }`
		);
		const drawer = page.getByRole( 'dialog', { name: menteeName } );
		const mentors = drawer.locator( '.mentorship-history' );
		await expect( mentors ).toContainText( `Leo Leaving ${ stamp }` );
		await expect( mentors ).toContainText(
			'The mentor could not continue'
		);
		await expect( mentors ).toContainText( 'A new job leaves me no time.' );
		await expect( mentors ).toContainText( `Bea Backup ${ stamp }` );
		await expect( mentors ).toContainText( '(current)' );
		await expect( drawer ).toContainText( `Mentor: Bea Backup ${ stamp }` );
		expect(
			await accessibilityViolations( page, '.components-modal__frame' )
		).toEqual( [] );
		await page.screenshot( {
			path: test.info().outputPath( 'drawer-mentor-history.png' ),
		} );
	} );

	test( "the coordinator sets the cohort's days without a check-in", async ( {
		page,
	} ) => {
		await page.goto(
			`${ APP_URL }&view=cohorts&id=${ cohortId }&screen=edit`
		);
		const field = page.getByLabel(
			'Days without a check-in before a pair needs attention'
		);
		await expect( field ).toHaveValue( '14' );
		await field.fill( '10' );
		await page.getByRole( 'button', { name: 'Save cohort' } ).click();
		await expect(
			page.locator( '.components-snackbar', { hasText: 'Cohort saved.' } )
		).toBeVisible();
		expect( await accessibilityViolations( page ) ).toEqual( [] );
		await page.reload();
		await expect(
			page.getByLabel(
				'Days without a check-in before a pair needs attention'
			)
		).toHaveValue( '10' );
	} );

	test.describe( 'the backup mentor', () => {
		test.use( { storageState: { cookies: [], origins: [] } } );

		test( 'logs a group session from My mentorship', async ( { page } ) => {
			await logIn( page, backupLogin, PASSWORD );
			await page.goto( pageUrl );
			const block = page.locator( '.mentorship-my' );
			await expect(
				block.getByLabel( /I can be a backup mentor/ )
			).toBeChecked();
			await block.getByText( 'Log a group session' ).click();
			const group = block.locator( '.mentorship-my-group' );
			const who = group.getByRole( 'group', { name: 'Who attended' } );
			await expect( who.getByRole( 'checkbox' ) ).toHaveCount( 2 );
			await who.getByLabel( `Tess Team ${ stamp }` ).uncheck();
			await group
				.getByLabel( 'What you covered' )
				.fill( 'Kick-off call: how the docs team works' );
			expect( await blockViolations( page ) ).toEqual( [] );
			await page.screenshot( {
				path: test.info().outputPath( 'my-mentorship-group.png' ),
				fullPage: true,
			} );
			const url = page.url();
			await group
				.getByRole( 'button', { name: 'Save group session' } )
				.click();
			await expect(
				group.locator( '.mentorship-my-message' )
			).toHaveText( 'Check-in saved.' );
			expect( page.url() ).toBe( url );
			await page.reload();
			const rosaCard = page
				.locator( '.mentorship-my-card' )
				.filter( { hasText: menteeName } );
			await expect(
				rosaCard.locator( '.mentorship-my-last' )
			).toContainText( 'Group session' );
		} );
	} );

	test.describe( 'without JavaScript', () => {
		test.use( {
			storageState: { cookies: [], origins: [] },
			javaScriptEnabled: false,
		} );

		test( 'the group session form posts and says so', async ( {
			page,
		} ) => {
			await logIn( page, backupLogin, PASSWORD );
			await page.goto( pageUrl );
			const group = page.locator( '.mentorship-my-group' );
			await group.getByText( 'Log a group session' ).click();
			await group
				.getByLabel( 'What you covered' )
				.fill( 'Second group call, no script' );
			await group
				.getByRole( 'button', { name: 'Save group session' } )
				.click();
			await expect( page.locator( '.mentorship-my-notice' ) ).toHaveText(
				'Check-in saved.'
			);
			await expect(
				page
					.locator( '.mentorship-my-card' )
					.filter( { hasText: `Tess Team ${ stamp }` } )
					.locator( '.mentorship-my-last' )
			).toContainText( 'Second group call, no script' );
		} );
	} );
} );
