/**
 * A mentor opens "My mentorship", sees their mentee's goals and last check-in and logs
 * a check-in in a few fields, with JavaScript and without; the mentee sets a goal, marks
 * it done, and reads the check-in without the mentor's private note.
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
import { seedApplications, seedAssignment, seedCohort } from './utils/seed';
import { logIn } from './utils/log-in';

// @axe-core/playwright types a newer Playwright Page than @playwright/test's.
type AxeOptions = ConstructorParameters< typeof AxeBuilder >[ 0 ];

const PASSWORD = 'checkin-journey-password';

async function violations( page: Page ): Promise< string[] > {
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

test.describe( 'My mentorship: check-ins and goals', () => {
	test.use( { storageState: { cookies: [], origins: [] } } );

	const stamp = Date.now();
	const mentorLogin = `mentor${ stamp }`;
	const menteeLogin = `mentee${ stamp }`;
	const userIds: number[] = [];
	let pageId = 0;
	let pageUrl = '';

	test.beforeAll( async ( { requestUtils } ) => {
		for ( const [ login, first ] of [
			[ mentorLogin, 'Grace' ],
			[ menteeLogin, 'Mina' ],
		] ) {
			const user = await requestUtils.createUser( {
				username: login,
				email: `${ login }@example.org`,
				firstName: first,
				lastName: 'Tester',
				password: PASSWORD,
				roles: [ 'subscriber' ],
			} );
			userIds.push( user.id );
		}
		const day = 86400e3;
		const cohort = seedCohort( `Running cohort ${ stamp }`, {
			opens_at: new Date( Date.now() - 60 * day ).toISOString(),
			closes_at: new Date( Date.now() - 30 * day ).toISOString(),
			starts_on: new Date( Date.now() - 14 * day )
				.toISOString()
				.slice( 0, 10 ),
			ends_on: new Date( Date.now() + 30 * day )
				.toISOString()
				.slice( 0, 10 ),
		} );
		const [ mentor ] = seedApplications( cohort, [
			{
				type: 'mentor',
				name: 'Grace Tester',
				path: [ 'in_review', 'approved' ],
				userId: userIds[ 0 ],
				fields: { slack_username: 'grace' },
			},
		] );
		const [ mentee ] = seedApplications( cohort, [
			{
				type: 'mentee',
				name: 'Mina Tester',
				path: [ 'in_review', 'accepted' ],
				userId: userIds[ 1 ],
				fields: { slack_username: 'mina' },
			},
		] );
		seedAssignment( mentee, mentor );
		const page = await requestUtils.rest< { id: number; link: string } >( {
			method: 'POST',
			path: '/wp/v2/pages',
			data: {
				title: 'My mentorship',
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

	test.describe.configure( { mode: 'serial' } );

	test( 'the mentee sets a goal and marks it done', async ( { page } ) => {
		await logIn( page, menteeLogin, PASSWORD );
		await page.goto( pageUrl );
		const block = page.locator( '.mentorship-my' );
		await expect( block ).toContainText( 'Your mentor:' );
		await expect( block ).toContainText( 'Grace Tester' );
		await expect( block ).toContainText( '(chat: @grace)' );

		await block.getByLabel( 'New goal' ).fill( 'Get a docs fix merged' );
		await block.getByLabel( 'Due in week (optional)' ).fill( '2' );
		await block.getByRole( 'button', { name: 'Add goal' } ).click();
		await expect( page.getByRole( 'status' ).first() ).toHaveText(
			'Goal added.'
		);
		const goal = block.getByRole( 'listitem' ).filter( {
			hasText: 'Get a docs fix merged',
		} );
		await expect( goal ).toContainText( 'due in week 2' );
		expect( await violations( page ) ).toEqual( [] );

		await goal.getByRole( 'button', { name: /Mark done/ } ).click();
		await expect( goal ).toContainText( 'Done' );
		await expect( goal.getByRole( 'button' ) ).toBeHidden();
		await page.reload();
		await expect(
			block
				.getByRole( 'listitem' )
				.filter( { hasText: 'Get a docs fix merged' } )
		).toContainText( 'Done' );
	} );

	test( 'the mentor logs a check-in with JavaScript', async ( { page } ) => {
		await logIn( page, mentorLogin, PASSWORD );
		await page.goto( pageUrl );
		const card = page.locator( '.mentorship-my-card' ).filter( {
			hasText: 'Mina Tester',
		} );
		await expect( card ).toContainText( 'Get a docs fix merged' );
		await expect( card ).toContainText( 'No check-in yet.' );
		await card.getByText( 'Log a check-in with Mina Tester' ).click();
		expect( await violations( page ) ).toEqual( [] );
		await page.screenshot( {
			path: test.info().outputPath( 'my-mentorship-mentor.png' ),
			fullPage: true,
		} );

		await card
			.getByLabel( 'What you covered' )
			.fill( 'Reviewed the docs pull request' );
		await card
			.getByLabel( 'Next steps (optional)' )
			.fill( 'Address the comments' );
		await card
			.getByLabel( 'Private note (never shown to Mina Tester)' )
			.fill( 'PRIVATE: ready for more' );
		const url = page.url();
		await card.getByRole( 'button', { name: 'Save check-in' } ).click();
		const message = card.locator( '.mentorship-my-message' );
		await expect( message ).toHaveText( 'Check-in saved.' );
		await expect( message ).toBeFocused();
		await expect( card.locator( '.mentorship-my-last' ) ).toContainText(
			'Reviewed the docs pull request'
		);
		expect( page.url() ).toBe( url );
		await expect( card.getByLabel( 'What you covered' ) ).toHaveValue( '' );
	} );

	test( 'the mentor is shown what the server refused, with JavaScript', async ( {
		page,
	} ) => {
		await logIn( page, mentorLogin, PASSWORD );
		await page.goto( pageUrl );
		const card = page.locator( '.mentorship-my-card' ).filter( {
			hasText: 'Mina Tester',
		} );
		await card.getByText( 'Log a check-in with Mina Tester' ).click();
		const covered = card.getByLabel( 'What you covered' );
		// The browser stops an empty required field; this is about the server's answer.
		await covered.evaluate( ( field ) =>
			field.removeAttribute( 'required' )
		);
		const url = page.url();
		const save = card.getByRole( 'button', { name: 'Save check-in' } );
		await save.click();
		await expect( covered ).toHaveAttribute( 'aria-invalid', 'true' );
		await expect( covered ).toBeFocused();
		const message = card.locator( '.mentorship-my-message' );
		await expect( message ).toContainText( 'covered' );
		await expect( message ).not.toHaveText( 'Check-in saved.' );
		await expect( save ).not.toHaveAttribute( 'aria-disabled', 'true' );
		expect( page.url() ).toBe( url );

		await covered.fill( 'Paired on the failing test' );
		await save.click();
		await expect( message ).toHaveText( 'Check-in saved.' );
		await expect( covered ).not.toHaveAttribute( 'aria-invalid', 'true' );
	} );

	test.describe( 'without JavaScript', () => {
		test.use( { javaScriptEnabled: false } );

		test( 'the mentor logs a check-in', async ( { page } ) => {
			await logIn( page, mentorLogin, PASSWORD );
			await page.goto( pageUrl );
			const card = page.locator( '.mentorship-my-card' ).filter( {
				hasText: 'Mina Tester',
			} );
			await card.getByText( 'Log a check-in with Mina Tester' ).click();
			await card.getByLabel( 'Kind' ).selectOption( 'async' );
			await card
				.getByLabel( 'What you covered' )
				.fill( 'Answered setup questions in chat' );
			await card.getByLabel( 'I need help from a coordinator' ).check();
			await card.getByRole( 'button', { name: 'Save check-in' } ).click();
			await expect( page.locator( '.mentorship-my-notice' ) ).toHaveText(
				'Check-in saved.'
			);
			await expect( card.locator( '.mentorship-my-last' ) ).toContainText(
				'Answered setup questions in chat'
			);
		} );
	} );

	test( 'the mentee reads the check-ins without the private note', async ( {
		page,
	} ) => {
		await logIn( page, menteeLogin, PASSWORD );
		await page.goto( pageUrl );
		const block = page.locator( '.mentorship-my' );
		await expect( block ).toContainText( 'Reviewed the docs pull request' );
		await expect( block ).toContainText( 'Address the comments' );
		await expect( block ).toContainText(
			'Answered setup questions in chat'
		);
		await expect( block ).not.toContainText( 'PRIVATE' );
		expect( await violations( page ) ).toEqual( [] );
		await page.screenshot( {
			path: test.info().outputPath( 'my-mentorship-mentee.png' ),
			fullPage: true,
		} );
	} );
} );
