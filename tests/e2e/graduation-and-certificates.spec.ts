/**
 * A coordinator graduates a cohort against its criteria, and anyone can verify a
 * graduate's certificate at its private address — until it is revoked.
 *
 * - "Graduate" on a mentee shows the cohort's criteria, each met or not, in words;
 *   before the end date it asks for an explicit confirmation.
 * - "Graduate those who are ready" graduates only the mentee who meets every
 *   criterion and lists the other as skipped, with why.
 * - A stranger (logged out) opens the certificate address and sees it verified; an
 *   unknown address says there is no certificate; a revoked one says so, with 410.
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
import {
	APP_URL,
	accessibilityViolations,
	collectErrors,
} from './utils/admin-app';
import {
	seedApplications,
	seedAssignment,
	seedCohort,
	sitePhp,
} from './utils/seed';
import { logIn } from './utils/log-in';

// @axe-core/playwright types a newer Playwright Page than @playwright/test's.
type AxeOptions = ConstructorParameters< typeof AxeBuilder >[ 0 ];

async function pageViolations( page: Page ): Promise< string[] > {
	const result = await new AxeBuilder( { page } as unknown as AxeOptions )
		.withTags( [ 'wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa' ] )
		.analyze();
	return result.violations.map(
		( violation ) =>
			`${ violation.id }: ${ violation.nodes
				.map( ( node ) => node.target.join( ' ' ) )
				.join( ', ' ) }`
	);
}

const day = 24 * 60 * 60 * 1000;
const ymd = ( offset: number ) =>
	new Date( Date.now() + offset * day ).toISOString().slice( 0, 10 );

test.describe( 'Graduation and certificates', () => {
	// Each step builds on the one before: graduate, verify, revoke.
	test.describe.configure( { mode: 'serial' } );

	const run = Date.now().toString( 36 );
	let cohortId = 0;
	let readyId = 0;
	let notReadyId = 0;

	test.beforeAll( () => {
		cohortId = seedCohort( `Graduating ${ run }`, {
			starts_on: ymd( -30 ),
			ends_on: ymd( 5 ),
		} );
		let mentorId = 0;
		[ mentorId, readyId, notReadyId ] = seedApplications( cohortId, [
			{
				type: 'mentor',
				name: `Mona ${ run }`,
				path: [ 'in_review', 'approved' ],
			},
			{
				type: 'mentee',
				name: `Ada ${ run }`,
				path: [ 'in_review', 'accepted' ],
			},
			{
				type: 'mentee',
				name: `Bo ${ run }`,
				path: [ 'in_review', 'accepted' ],
			},
		] );
		seedAssignment( readyId, mentorId );
		seedAssignment( notReadyId, mentorId );
		sitePhp( `
			wp_set_current_user( 1 );
			foreach ( array( ${ readyId }, ${ notReadyId }, ${ mentorId } ) as $id ) {
				$moved = \\Mentorship_Program\\Applications\\Applications::transition( $id, 'active' );
				if ( is_wp_error( $moved ) ) { fwrite( STDERR, $moved->get_error_message() ); exit( 1 ); }
			}
			\\Mentorship_Program\\Graduation\\Criteria::save( ${ cohortId }, array( 'min_sessions' => 1, 'goals_set' => true, 'contribution_link' => true, 'mentor_confirmation' => true ) );
			\\Mentorship_Program\\Mentorship\\Checkins::create( array( 'held_on' => gmdate( 'Y-m-d' ), 'kind' => 'one-to-one', 'mentees' => array( ${ readyId } ), 'covered' => 'First patch.' ), 1 );
			\\Mentorship_Program\\Mentorship\\Goals::create( ${ readyId }, array( 'title' => 'Land a docs fix' ), 1 );
			\\Mentorship_Program\\Graduation\\Progress::update( ${ readyId }, array( 'contribution_link' => 'https://example.org/pull/1', 'mentor_confirmed' => true ), 1 );
			echo "\\n" . wp_json_encode( true );
		` );
	} );

	test( 'Graduate shows the cohort’s criteria, met or not, and asks before the end date', async ( {
		page,
	} ) => {
		const errors = collectErrors( page );
		await page.goto( `${ APP_URL }&view=applications&id=${ notReadyId }` );
		const drawer = page.getByRole( 'dialog', { name: `Bo ${ run }` } );
		await drawer.getByRole( 'button', { name: 'Graduate' } ).click();
		const form = drawer.getByRole( 'form', { name: 'Graduate' } );
		await expect(
			form.getByRole( 'heading', { name: 'Graduation criteria' } )
		).toBeVisible();
		const items = form.locator( '.mentorship-criteria__item' );
		await expect( items ).toHaveCount( 4 );
		await expect( items.nth( 0 ) ).toContainText(
			'Not met: Attended at least 1 session — Attended 0 of 1 session.'
		);
		await expect( items.nth( 1 ) ).toContainText(
			'Not met: Set at least one goal — No goal set yet.'
		);
		await expect( items.nth( 2 ) ).toContainText(
			'Gave a link to their first contribution — No contribution link yet.'
		);
		await expect( items.nth( 3 ) ).toContainText(
			'The mentor has not confirmed yet.'
		);
		await expect( form ).toContainText( 'Graduating now is early.' );
		const confirm = form.getByRole( 'button', {
			name: 'Confirm: Graduate',
		} );
		await expect( confirm ).toHaveAttribute( 'aria-disabled', 'true' );
		await form
			.getByRole( 'checkbox', { name: 'Graduate before the end date' } )
			.check();
		await expect( confirm ).not.toHaveAttribute( 'aria-disabled', 'true' );
		expect(
			await accessibilityViolations( page, '.mentorship-drawer' )
		).toEqual( [] );
		await page.screenshot( {
			path: test.info().outputPath( 'graduate-dialog.png' ),
		} );
		await form.getByRole( 'button', { name: 'Cancel' } ).click();

		// The mentee who meets every criterion shows each as met.
		await page.goto( `${ APP_URL }&view=applications&id=${ readyId }` );
		const ready = page.getByRole( 'dialog', { name: `Ada ${ run }` } );
		await ready.getByRole( 'button', { name: 'Graduate' } ).click();
		const met = ready
			.getByRole( 'form', { name: 'Graduate' } )
			.locator( '.mentorship-criteria__item.is-met' );
		await expect( met ).toHaveCount( 4 );
		await expect(
			ready.getByRole( 'form', { name: 'Graduate' } )
		).toContainText( 'Every criterion is met.' );
		expect( errors ).toEqual( [] );
	} );

	test( 'graduating those who are ready graduates only them, and the graduate gets a certificate', async ( {
		page,
	} ) => {
		await page.goto( `${ APP_URL }&view=cohorts&id=${ cohortId }` );
		await page
			.getByRole( 'button', { name: 'Graduate those who are ready…' } )
			.click();
		const dialog = page.getByRole( 'dialog', {
			name: 'Graduate those who are ready',
		} );
		await expect( dialog ).toContainText( 'Meets every criterion (1)' );
		await expect( dialog ).toContainText( `Ada ${ run }` );
		await expect( dialog ).toContainText( 'Skipped, with why (1)' );
		await expect( dialog ).toContainText(
			`Bo ${ run } — Attended 0 of 1 session. No goal set yet.`
		);
		expect(
			await accessibilityViolations(
				page,
				'.mentorship-cohort-graduation'
			)
		).toEqual( [] );
		await page.screenshot( {
			path: test.info().outputPath( 'graduate-ready-dialog.png' ),
		} );
		const go = dialog.getByRole( 'button', { name: 'Graduate 1 mentee' } );
		await expect( go ).toHaveAttribute( 'aria-disabled', 'true' );
		await dialog
			.getByRole( 'checkbox', { name: 'Graduate before the end date' } )
			.check();
		await go.click();
		await expect( dialog ).toContainText( 'Graduated (1)' );
		const stages = sitePhp< string[] >( `
			echo "\\n" . wp_json_encode( array(
				\\Mentorship_Program\\Applications\\Applications::get( ${ readyId } )['stage'],
				\\Mentorship_Program\\Applications\\Applications::get( ${ notReadyId } )['stage'],
			) );
		` );
		expect( stages ).toEqual( [ 'graduated', 'active' ] );

		// The coordinator sees the certificate in the drawer.
		await page.goto( `${ APP_URL }&view=applications&id=${ readyId }` );
		const drawer = page.getByRole( 'dialog', { name: `Ada ${ run }` } );
		await expect(
			drawer.getByRole( 'link', { name: /Open the certificate/ } )
		).toBeVisible();
	} );

	test.describe( 'a stranger', () => {
		test.use( { storageState: { cookies: [], origins: [] } } );

		test( 'verifies a certificate at its address, prints it, and an unknown address says so', async ( {
			page,
		} ) => {
			const url = sitePhp< string >( `
				$cert = \\Mentorship_Program\\Graduation\\Certificates::describe( ${ readyId } );
				echo "\\n" . wp_json_encode( $cert ? $cert['url'] : '' );
			` );
			expect( url ).toMatch( /[a-f0-9]{48}/ );
			const response = await page.goto( url );
			expect( response?.status() ).toBe( 200 );
			await expect( page.getByRole( 'status' ) ).toContainText(
				'Verified certificate, issued by'
			);
			await expect(
				page.getByRole( 'heading', {
					level: 1,
					name: 'Certificate of completion',
				} )
			).toBeVisible();
			await expect( page.locator( 'main' ) ).toContainText(
				`Ada ${ run }`
			);
			await expect( page.locator( 'main' ) ).toContainText(
				`Graduating ${ run }`
			);
			await expect(
				page.locator( 'meta[name="robots"]' )
			).toHaveAttribute( 'content', 'noindex, nofollow' );
			expect( response?.headers()[ 'x-robots-tag' ] ).toContain(
				'noindex'
			);
			expect( await pageViolations( page ) ).toEqual( [] );
			await page.screenshot( {
				path: test.info().outputPath( 'certificate-screen.png' ),
				fullPage: true,
			} );
			await page.emulateMedia( { media: 'print' } );
			await expect(
				page.getByText( 'To keep a copy, print this page' )
			).toBeHidden();
			await page.screenshot( {
				path: test.info().outputPath( 'certificate-print.png' ),
				fullPage: true,
			} );
			await page.emulateMedia( { media: 'screen' } );

			const unknown = await page.goto(
				url.replace( /[a-f0-9]{48}/, 'a'.repeat( 48 ) )
			);
			expect( unknown?.status() ).toBe( 404 );
			await expect(
				page.getByRole( 'heading', {
					level: 1,
					name: 'Certificate not found',
				} )
			).toBeVisible();
			await expect( page.getByRole( 'status' ) ).toContainText(
				'No certificate exists at this address.'
			);
			expect( await pageViolations( page ) ).toEqual( [] );
		} );
	} );

	test( 'a revoked certificate says so', async ( { page, browser } ) => {
		await page.goto( `${ APP_URL }&view=applications&id=${ readyId }` );
		const drawer = page.getByRole( 'dialog', { name: `Ada ${ run }` } );
		await drawer
			.getByRole( 'button', { name: 'Revoke certificate…' } )
			.click();
		const form = drawer.getByRole( 'form', {
			name: 'Revoke the certificate',
		} );
		await form
			.getByRole( 'textbox', { name: /Why is it revoked/ } )
			.fill( 'Issued to the wrong cohort.' );
		await form.getByRole( 'button', { name: 'Revoke' } ).click();
		await expect(
			drawer.locator( '.mentorship-graduation__certificate' )
		).toContainText( 'Issued to the wrong cohort.' );

		const url = sitePhp< string >( `
			echo "\\n" . wp_json_encode( \\Mentorship_Program\\Graduation\\Certificates::describe( ${ readyId } )['url'] );
		` );
		const stranger = await browser.newContext( {
			storageState: { cookies: [], origins: [] },
		} );
		const visitor = await stranger.newPage();
		const response = await visitor.goto( url );
		expect( response?.status() ).toBe( 410 );
		await expect( visitor.getByRole( 'status' ) ).toContainText(
			'This certificate was revoked on'
		);
		await expect( visitor.locator( 'main' ) ).not.toContainText(
			'Verified certificate'
		);
		await expect( visitor.locator( 'main' ) ).not.toContainText(
			'wrong cohort'
		);
		expect( await pageViolations( visitor ) ).toEqual( [] );
		await visitor.screenshot( {
			path: test.info().outputPath( 'certificate-revoked.png' ),
			fullPage: true,
		} );
		await stranger.close();
	} );
} );

test.describe( 'My mentorship: getting ready to graduate', () => {
	test.use( { storageState: { cookies: [], origins: [] } } );

	const stamp = Date.now();
	const PASSWORD = 'graduation-journey-password';
	const logins = [ `gmentor${ stamp }`, `gmentee${ stamp }` ];
	const userIds: number[] = [];
	let menteeId = 0;
	let pageId = 0;
	let pageUrl = '';

	async function blockViolations( page: Page ): Promise< string[] > {
		const result = await new AxeBuilder( { page } as unknown as AxeOptions )
			.include( '.mentorship-my' )
			.withTags( [ 'wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa' ] )
			.analyze();
		return result.violations.map( ( violation ) => violation.id );
	}

	test.beforeAll( async ( { requestUtils } ) => {
		for ( const login of logins ) {
			const user = await requestUtils.createUser( {
				username: login,
				email: `${ login }@example.org`,
				password: PASSWORD,
				roles: [ 'subscriber' ],
			} );
			userIds.push( user.id );
		}
		const cohort = seedCohort( `Ready ${ stamp }`, {
			starts_on: ymd( -20 ),
			ends_on: ymd( -1 ),
		} );
		const [ mentor, mentee ] = seedApplications( cohort, [
			{
				type: 'mentor',
				name: `Gus ${ stamp }`,
				path: [ 'in_review', 'approved' ],
				userId: userIds[ 0 ],
			},
			{
				type: 'mentee',
				name: `Hana ${ stamp }`,
				path: [ 'in_review', 'accepted' ],
				userId: userIds[ 1 ],
			},
		] );
		menteeId = mentee;
		seedAssignment( mentee, mentor );
		sitePhp( `
			\\Mentorship_Program\\Graduation\\Criteria::save( ${ cohort }, array( 'contribution_link' => true, 'mentor_confirmation' => true ) );
			echo "\\n" . wp_json_encode( true );
		` );
		const page = await requestUtils.rest< { id: number; link: string } >( {
			method: 'POST',
			path: '/wp/v2/pages',
			data: {
				title: `Ready ${ stamp }`,
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

	test( 'the mentor confirms, the mentee adds the link, and the graduate finds the certificate', async ( {
		page,
	} ) => {
		await logIn( page, logins[ 0 ], PASSWORD );
		await page.goto( pageUrl );
		const card = page.locator( `#mentorship-graduation-${ menteeId }` );
		await expect( card ).toContainText(
			'Not met: Mentor confirmed they are ready'
		);
		await card
			.getByRole( 'checkbox', {
				name: 'I confirm this mentee is ready to graduate',
			} )
			.check();
		await card.getByRole( 'button', { name: 'Save' } ).click();
		await expect(
			page.locator( `#mentorship-graduation-${ menteeId }` )
		).toContainText( 'Met: Mentor confirmed they are ready' );
		// The saved note shows by the part that was saved, once.
		await expect(
			page.getByText( 'Graduation details saved.' )
		).toHaveCount( 1 );
		expect( await blockViolations( page ) ).toEqual( [] );
		await page.screenshot( {
			path: test.info().outputPath( 'my-mentorship-mentor.png' ),
			fullPage: true,
		} );

		await page.context().clearCookies();
		await logIn( page, logins[ 1 ], PASSWORD );
		await page.goto( pageUrl );
		const own = page.locator( `#mentorship-graduation-${ menteeId }` );
		await expect(
			own.getByRole( 'checkbox', {
				name: 'I confirm this mentee is ready to graduate',
			} )
		).toHaveCount( 0 );
		await own
			.getByRole( 'textbox', { name: 'Link to the first contribution' } )
			.fill( 'https://example.org/pull/7' );
		await own
			.getByRole( 'checkbox', {
				name: /Show my mentor’s name|Show my mentor's name/,
			} )
			.check();
		await own.getByRole( 'button', { name: 'Save' } ).click();
		await expect(
			page.locator( `#mentorship-graduation-${ menteeId }` )
		).toContainText( 'Met: Gave a link to their first contribution' );
		expect( await blockViolations( page ) ).toEqual( [] );

		sitePhp( `
			wp_set_current_user( 1 );
			\\Mentorship_Program\\Applications\\Applications::transition( ${ menteeId }, 'active', array( 'allow_unassigned' => true ) );
			$done = \\Mentorship_Program\\Applications\\Applications::transition( ${ menteeId }, 'graduated' );
			echo "\\n" . wp_json_encode( ! is_wp_error( $done ) );
		` );
		await page.goto( pageUrl );
		const link = page.getByRole( 'link', { name: 'Your certificate' } );
		await expect( link ).toBeVisible();
		await page.screenshot( {
			path: test.info().outputPath( 'my-mentorship-graduate.png' ),
			fullPage: true,
		} );
		await link.click();
		await expect( page.getByRole( 'status' ) ).toContainText(
			'Verified certificate'
		);
		await expect( page.locator( 'main' ) ).toContainText(
			`Hana ${ stamp }`
		);
	} );
} );
