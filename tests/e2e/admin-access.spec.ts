/**
 * Only people the program trusts reach the coordinators' app and its data: a
 * subscriber is refused by WordPress and by the REST API alike.
 */

/**
 * WordPress dependencies
 */
import { test, expect } from '@wordpress/e2e-test-utils-playwright';

/**
 * Internal dependencies
 */
import { APP_URL, collectErrors } from './utils/admin-app';
import { seedApplications, seedAssignment, seedCohort } from './utils/seed';
import { logIn } from './utils/log-in';

const SUBSCRIBER = {
	username: 'mentorship-subscriber',
	email: 'mentorship-subscriber@example.org',
	password: 'subscriber-password',
	roles: [ 'subscriber' ],
};

const MENTOR = {
	username: 'mentorship-mentor',
	email: 'mentorship-mentor@example.org',
	password: 'mentor-password',
	roles: [ 'subscriber' ],
};

test.describe( 'Access to the admin app', () => {
	test.use( { storageState: { cookies: [], origins: [] } } );

	const userIds: Record< string, number > = {};

	test.beforeAll( async ( { requestUtils } ) => {
		for ( const person of [ SUBSCRIBER, MENTOR ] ) {
			const users = await requestUtils.rest< Array< { id: number } > >( {
				path: '/wp/v2/users',
				params: { search: person.username, context: 'edit' },
			} );
			for ( const user of users ) {
				await requestUtils.rest( {
					method: 'DELETE',
					path: `/wp/v2/users/${ user.id }`,
					params: { force: true, reassign: 1 },
				} );
			}
			const created = await requestUtils.rest< { id: number } >( {
				method: 'POST',
				path: '/wp/v2/users',
				data: person,
			} );
			userIds[ person.username ] = created.id;
		}
	} );

	test( 'a subscriber cannot open the app, and the API refuses them', async ( {
		page,
	} ) => {
		await logIn( page, SUBSCRIBER.username, SUBSCRIBER.password );

		// No menu entry…
		await expect(
			page.locator( '#toplevel_page_mentorship-program' )
		).toHaveCount( 0 );

		// …and WordPress refuses the page itself.
		const response = await page.goto( APP_URL );
		expect( response?.status() ).toBe( 403 );
		await expect(
			page.getByText( 'Sorry, you are not allowed to access this page.' )
		).toBeVisible();
		await expect( page.getByTestId( 'mentorship-admin-app' ) ).toHaveCount(
			0
		);

		// The API answers 403 to the logged-in subscriber, nonce and all.
		const nonce = await page.evaluate( async () => {
			const result = await fetch(
				'/wp-admin/admin-ajax.php?action=rest-nonce'
			);
			return result.text();
		} );
		const api = await page.request.get(
			'/wp-json/mentorship/v1/applications',
			{ headers: { 'X-WP-Nonce': nonce } }
		);
		expect( api.status() ).toBe( 403 );
		expect( ( await api.json() ).code ).toBe( 'rest_forbidden' );
	} );

	test( 'a mentor sees only their own mentees, read-only, and can add notes', async ( {
		page,
		baseURL,
	} ) => {
		const errors = collectErrors( page, baseURL );
		const run = Date.now().toString( 36 );
		const cohortId = seedCohort( `Mentors ${ run }` );
		const [ mentor, mine, other ] = seedApplications( cohortId, [
			{
				type: 'mentor',
				name: `Hal ${ run }`,
				email: MENTOR.email,
				userId: userIds[ MENTOR.username ],
				path: [ 'in_review', 'approved' ],
			},
			{
				type: 'mentee',
				name: `Ivy ${ run }`,
				path: [ 'in_review', 'accepted' ],
			},
			{
				type: 'mentee',
				name: `Jo ${ run }`,
				path: [ 'in_review', 'accepted' ],
			},
		] );
		seedAssignment( mine, mentor );

		await logIn( page, MENTOR.username, MENTOR.password );
		await page.goto( APP_URL );
		const nav = page.getByRole( 'navigation', {
			name: 'Mentorship sections',
		} );
		await expect( nav.getByRole( 'link' ) ).toHaveText( [ 'My mentees' ] );
		await expect(
			page.getByRole( 'heading', { level: 2, name: 'My mentees' } )
		).toBeVisible();
		await expect(
			page.getByRole( 'link', { name: 'Export CSV' } )
		).toHaveCount( 0 );
		const rows = page.locator( '.dataviews-view-table tbody tr' );
		await expect( rows ).toHaveCount( 1 );
		await expect( rows ).toContainText( `Ivy ${ run }` );
		await expect( page.getByText( `Jo ${ run }` ) ).toHaveCount( 0 );

		await page.getByRole( 'button', { name: `Ivy ${ run }` } ).click();
		const drawer = page.getByRole( 'dialog', { name: `Ivy ${ run }` } );
		await expect(
			drawer.getByText( `Mentor: Hal ${ run }` )
		).toBeVisible();
		await expect(
			drawer.getByRole( 'group', { name: 'Move to another stage' } )
		).toHaveCount( 0 );
		await drawer.getByLabel( 'Add a note' ).fill( 'First call went well.' );
		await drawer.getByRole( 'button', { name: 'Add note' } ).click();
		await expect(
			drawer.locator( '.mentorship-drawer__notes' )
		).toContainText( 'First call went well.' );

		expect( other ).toBeGreaterThan( 0 );
		expect( errors ).toEqual( [] );
	} );
} );
