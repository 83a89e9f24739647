/**
 * A mentor opens their mentee in the app and sees what the privacy text promises —
 * name, chat username, time zone, languages, goals, availability — never the e-mail
 * address, other answers, consent records or the coordinators' notes; and once the
 * mentorship has ended, not the record at all.
 */

/**
 * WordPress dependencies
 */
import { test, expect } from '@wordpress/e2e-test-utils-playwright';

/**
 * Internal dependencies
 */
import { APP_URL, collectErrors } from './utils/admin-app';
import {
	seedApplications,
	seedAssignment,
	seedCohort,
	sitePhp,
} from './utils/seed';
import { logIn } from './utils/log-in';

const MENTOR = {
	username: 'mentorship-view-mentor',
	email: 'mentorship-view-mentor@example.org',
	password: 'view-mentor-password',
	roles: [ 'subscriber' ],
};

const PRIVATE_NOTE = 'Coordinators only: references were thin';

test.describe( "A mentor's view of a mentee", () => {
	test.use( { storageState: { cookies: [], origins: [] } } );

	const run = Date.now().toString( 36 );
	let mentorUser = 0;
	let mentorId = 0;
	let menteeId = 0;

	test.beforeAll( async ( { requestUtils } ) => {
		const users = await requestUtils.rest< Array< { id: number } > >( {
			path: '/wp/v2/users',
			params: { search: MENTOR.username, context: 'edit' },
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
			data: MENTOR,
		} );
		mentorUser = created.id;
		const cohortId = seedCohort( `Mentor view ${ run }` );
		[ mentorId, menteeId ] = seedApplications( cohortId, [
			{
				type: 'mentor',
				name: `Kai ${ run }`,
				email: MENTOR.email,
				userId: mentorUser,
				path: [ 'in_review', 'approved' ],
			},
			{
				type: 'mentee',
				name: `Lea ${ run }`,
				email: `lea.private.${ run }@example.org`,
				path: [ 'in_review', 'accepted' ],
				fields: {
					slack_username: `lea-chat-${ run }`,
					region: `Hidden Region ${ run }`,
					heard_from: `Hidden Source ${ run }`,
					goals: `Lea wants to triage tickets ${ run }`,
					timezone: 'Asia/Tokyo',
					languages: [ 'ja', 'en' ],
					availability: [ { day: 2, start: '09:00', end: '11:00' } ],
				},
			},
		] );
		seedAssignment( menteeId, mentorId );
		sitePhp( `
			\\Mentorship_Program\\Applications\\Audit_Trail::record( ${ menteeId }, 'note', '', '', ${ JSON.stringify(
				PRIVATE_NOTE
			) }, 2, 1 );
			echo "\\n" . wp_json_encode( true );
		` );
	} );

	test( 'sees the promised fields while the mentorship runs, and nothing after', async ( {
		page,
		baseURL,
	} ) => {
		const errors = collectErrors( page, baseURL );
		await logIn( page, MENTOR.username, MENTOR.password );
		await page.goto( APP_URL );
		await page.getByRole( 'button', { name: `Lea ${ run }` } ).click();
		const drawer = page.getByRole( 'dialog', { name: `Lea ${ run }` } );
		await expect( drawer.getByText( `lea-chat-${ run }` ) ).toBeVisible();
		await expect( drawer.getByText( 'Asia/Tokyo' ) ).toBeVisible();
		await expect(
			drawer.getByText( `Lea wants to triage tickets ${ run }` )
		).toBeVisible();
		await expect( drawer.getByText( /09:00.11:00/ ) ).toBeVisible();
		for ( const hidden of [
			`lea.private.${ run }@example.org`,
			`Hidden Region ${ run }`,
			`Hidden Source ${ run }`,
			PRIVATE_NOTE,
		] ) {
			await expect( drawer.getByText( hidden ) ).toHaveCount( 0 );
		}
		await expect(
			drawer.getByRole( 'heading', { name: 'Consent' } )
		).toHaveCount( 0 );
		await expect(
			drawer.getByRole( 'heading', { name: 'History' } )
		).toHaveCount( 0 );
		await page.screenshot( {
			path: test.info().outputPath( 'mentor-sees-mentee.png' ),
		} );

		// The mentorship ends: the mentee graduates.
		sitePhp( `
			wp_set_current_user( 1 );
			foreach ( array( 'active', 'graduated' ) as $stage ) {
				\\Mentorship_Program\\Applications\\Applications::transition( ${ menteeId }, $stage );
			}
			wp_cache_flush();
			echo "\\n" . wp_json_encode( true );
		` );
		await page.goto( APP_URL );
		await expect(
			page.getByRole( 'heading', { level: 2, name: 'My mentees' } )
		).toBeVisible();
		await expect( page.getByText( `Lea ${ run }` ) ).toHaveCount( 0 );
		const nonce = await page.evaluate( async () => {
			const result = await fetch(
				'/wp-admin/admin-ajax.php?action=rest-nonce'
			);
			return result.text();
		} );
		const record = await page.request.get(
			`/wp-json/mentorship/v1/applications/${ menteeId }`,
			{ headers: { 'X-WP-Nonce': nonce } }
		);
		expect( record.status() ).toBe( 403 );

		// WordPress's own editor refuses the record with 403, not a server error.
		const editor = await page.request.get(
			`/wp-admin/post.php?post=${ menteeId }&action=edit`
		);
		expect( editor.status() ).toBe( 403 );
		expect( errors ).toEqual( [] );
	} );
} );
