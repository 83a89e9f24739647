/**
 * Script injection through every text field never runs, wherever the text is shown.
 *
 * Payloads go in the way real people send them: applications through the public
 * submit route (every text field of a mentee and of a mentor), cohorts and teams
 * through the coordinator's REST routes. Then every block on a front-end page and every
 * screen of the admin app is visited in Chromium; a dialog (alert, confirm, prompt)
 * fails the test, and so does any element the payloads could have smuggled in.
 */

/**
 * WordPress dependencies
 */
import { test, expect } from '@wordpress/e2e-test-utils-playwright';

/**
 * External dependencies
 */
import type { Page } from '@playwright/test';

/**
 * Internal dependencies
 */
import { applicationIdByEmail, sitePhp } from './utils/seed';
import { logIn } from './utils/log-in';

/**
 * A payload for one field, within `max` characters: attribute break-out, encoded and
 * raw markup, a script URL and template syntax, each naming the field it came from.
 *
 * @param field Field name (shown in the dialog text if a payload ever runs).
 * @param max   Most characters the field takes.
 * @return The payload.
 */
function payload( field: string, max = 2000 ): string {
	const parts = [
		`X" onfocus="alert('xss-${ field }')" autofocus="`,
		`&lt;img src=x onerror=alert('xss-${ field }')&gt;`,
		`<img src=x onerror=alert('xss-${ field }')>`,
		`javascript:alert('xss-${ field }')`,
		`{{constructor.constructor('alert(1)')()}}`,
		`</textarea><script>alert('xss-${ field }')</script>`,
	];
	let text = '';
	for ( const part of parts ) {
		if ( ( text + ' ' + part ).length <= max ) {
			text = text ? `${ text } ${ part }` : part;
		}
	}
	return text;
}

/** Elements a stored payload would have created if it reached the page as markup. */
const INJECTED =
	'[onerror*="xss"], [onfocus*="xss"], [onload*="xss"], img[src="x"], a[href^="javascript:alert"]';

/**
 * Visits a URL, lets its scripts run, and returns the dialogs it opened; fails on any
 * element the payloads could have created.
 *
 * @param page    Page.
 * @param url     URL.
 * @param waitFor Text the page must show once loaded (proves the payload was rendered).
 * @return Dialog messages (none expected).
 */
async function visit(
	page: Page,
	url: string,
	waitFor?: RegExp
): Promise< string[] > {
	const dialogs: string[] = [];
	const onDialog = async ( dialog: {
		message: () => string;
		dismiss: () => Promise< void >;
	} ) => {
		dialogs.push( `${ url }: ${ dialog.message() }` );
		await dialog.dismiss();
	};
	page.on( 'dialog', onDialog );
	try {
		await page.goto( url, { waitUntil: 'load' } );
		if ( waitFor ) {
			await expect( page.getByText( waitFor ).first() ).toBeVisible( {
				timeout: 15_000,
			} );
		}
		// Give script modules, React and focus handlers a moment to run.
		await page.evaluate(
			() =>
				new Promise( ( resolve ) =>
					requestAnimationFrame( () => setTimeout( resolve, 500 ) )
				)
		);
		await expect( page.locator( INJECTED ) ).toHaveCount( 0 );
	} finally {
		page.off( 'dialog', onDialog );
	}
	return dialogs;
}

test.describe( 'Stored script injection', () => {
	let cohortId = 0;
	let teamId = 0;
	let pageId = 0;
	let pageLink = '';
	let menteeId = 0;
	let mentorId = 0;
	let applicant = { login: '', password: '' };
	let settings: Record< string, unknown > = {};

	test.beforeAll( async ( { requestUtils } ) => {
		settings = await requestUtils.rest( {
			path: '/mentorship/v1/settings',
		} );
		// Several submissions from one address in a row: lift the rate limit for now.
		await requestUtils.rest( {
			method: 'PATCH',
			path: '/mentorship/v1/settings',
			data: { rate_limit_count: 1000 },
		} );

		const day = 86400000;
		const cohort = await requestUtils.rest< { id: number } >( {
			method: 'POST',
			path: '/mentorship/v1/cohorts',
			data: {
				name: payload( 'cohort-name', 120 ),
				description: payload( 'cohort-description' ),
				opens_at: new Date( Date.now() - day ).toISOString(),
				closes_at: new Date( Date.now() + 30 * day ).toISOString(),
				starts_on: new Date( Date.now() - day )
					.toISOString()
					.slice( 0, 10 ),
				ends_on: new Date( Date.now() + 60 * day )
					.toISOString()
					.slice( 0, 10 ),
				capacity: 10,
				tracks: [ 'one-to-one' ],
				schedule: {
					rule: 'weekly',
					weekday: 4,
					times: [ '12:00' ],
					duration: 60,
					title: payload( 'session-title', 120 ),
				},
				channel_url: 'https://example.org/chat',
			},
		} );
		cohortId = cohort.id;

		const team = await requestUtils.rest< { id: number; slug: string } >( {
			method: 'POST',
			path: '/mentorship/v1/teams',
			data: {
				name: payload( 'team-name', 80 ),
				slug: `xss-team-${ Date.now() }`,
				summary: payload( 'team-summary', 300 ),
				skills: [ payload( 'team-skill', 60 ) ],
				interests: [ payload( 'team-interest', 60 ) ],
				channel: payload( 'team-channel', 80 ),
				meeting_time: payload( 'team-meeting', 120 ),
				handbook_url: 'https://example.org/handbook',
			},
		} );
		teamId = team.id;

		const token = sitePhp< string >(
			'echo "\\n" . wp_json_encode( \\Mentorship_Program\\Security\\Form_Token::issue() );'
		);
		const stamp = Date.now();
		const common = {
			token,
			cohort: cohortId,
			name: payload( 'name', 100 ),
			wporg_username: 'xss-applicant',
			slack_username: payload( 'slack', 80 ),
			timezone: 'Europe/Lisbon',
			languages: [ 'en' ],
			region: payload( 'region', 100 ),
			teams: [ 'core', team.slug ],
			heard_from: payload( 'heard-from', 200 ),
			public_recognition: true,
			consent_coc: true,
			consent_privacy: true,
		};
		const mentee = await requestUtils.request.post(
			'/wp-json/mentorship/v1/applications',
			{
				data: {
					...common,
					type: 'mentee',
					email: `xss-mentee-${ stamp }@example.org`,
					experience: 'user',
					goals: payload( 'goals' ),
					hours_per_week: 3,
					format: 'one-to-one',
				},
			}
		);
		expect( mentee.status(), await mentee.text() ).toBe( 201 );
		menteeId = applicationIdByEmail(
			`xss-mentee-${ stamp }@example.org`,
			'mentee'
		);
		const mentor = await requestUtils.request.post(
			'/wp-json/mentorship/v1/applications',
			{
				data: {
					...common,
					type: 'mentor',
					email: `xss-mentor-${ stamp }@example.org`,
					formats: [ 'one-to-one', 'project-group' ],
					capacity: 2,
					years_contributing: 3,
					project_title: payload( 'project-title', 120 ),
					project_description: payload( 'project-description' ),
					motivation: payload( 'motivation' ),
				},
			}
		);
		expect( mentor.status(), await mentor.text() ).toBe( 201 );
		mentorId = applicationIdByEmail(
			`xss-mentor-${ stamp }@example.org`,
			'mentor'
		);

		// The mentee's own account, and a mentor, so "My application" shows both.
		applicant = {
			login: `xss-applicant-${ stamp }`,
			password: `pass-${ stamp }`,
		};
		sitePhp( `
			use Mentorship_Program\\Applications\\Applications;
			use Mentorship_Program\\Cohorts\\Assignments;
			wp_set_current_user( 1 );
			// Both addresses confirmed, as opening the mailed link does.
			\\Mentorship_Program\\Applications\\Status_Links::confirm( ${ menteeId } );
			\\Mentorship_Program\\Applications\\Status_Links::confirm( ${ mentorId } );
			$user = wp_insert_user( array( 'user_login' => '${ applicant.login }', 'user_pass' => '${ applicant.password }', 'user_email' => '${ applicant.login }@example.org', 'role' => 'subscriber' ) );
			wp_update_post( array( 'ID' => ${ menteeId }, 'post_author' => $user ) );
			foreach ( array( 'in_review', 'accepted' ) as $stage ) { Applications::transition( ${ menteeId }, $stage ); }
			foreach ( array( 'in_review', 'approved' ) as $stage ) { Applications::transition( ${ mentorId }, $stage ); }
			Assignments::assign( ${ menteeId }, ${ mentorId } );
			echo "\\n" . wp_json_encode( $user );
		` );

		const blocks = [
			'<!-- wp:mentorship-program/application-form /-->',
			'<!-- wp:mentorship-program/application-form {"role":"mentor"} /-->',
			'<!-- wp:mentorship-program/team-finder /-->',
			`<!-- wp:mentorship-program/cohort-schedule {"cohort":${ cohortId }} /-->`,
			'<!-- wp:mentorship-program/my-application /-->',
			'<!-- wp:mentorship-program/stories /-->',
			'<!-- wp:mentorship-program/journey-timeline /-->',
			'<!-- wp:mentorship-program/story-details /-->',
			'<!-- wp:mentorship-program/share-story /-->',
		];
		const created = await requestUtils.rest< { id: number; link: string } >(
			{
				method: 'POST',
				path: '/wp/v2/pages',
				data: {
					title: 'Every mentorship block',
					status: 'publish',
					content: blocks.join( '\n\n' ),
				},
			}
		);
		pageId = created.id;
		pageLink = created.link;
	} );

	test.afterAll( async ( { requestUtils } ) => {
		await requestUtils.rest( {
			method: 'PATCH',
			path: '/mentorship/v1/settings',
			data: { rate_limit_count: settings.rate_limit_count ?? 5 },
		} );
		if ( pageId ) {
			await requestUtils.rest( {
				method: 'DELETE',
				path: `/wp/v2/pages/${ pageId }`,
				params: { force: true },
			} );
		}
		sitePhp( `
			foreach ( array( ${ menteeId }, ${ mentorId } ) as $id ) { if ( $id ) { \\Mentorship_Program\\Applications\\Applications::delete( $id ); } }
			if ( ${ teamId } ) { wp_delete_term( ${ teamId }, \\Mentorship_Program\\Teams\\Taxonomies::TEAM ); }
			if ( ${ cohortId } ) { wp_delete_term( ${ cohortId }, \\Mentorship_Program\\Teams\\Taxonomies::COHORT ); }
			$user = get_user_by( 'login', '${ applicant.login }' );
			if ( $user ) { require_once ABSPATH . 'wp-admin/includes/user.php'; wp_delete_user( $user->ID ); }
			echo "\\n" . wp_json_encode( true );
		` );
	} );

	test( 'the admin app shows the payloads as text on every screen', async ( {
		page,
	} ) => {
		const base = '/wp-admin/admin.php?page=mentorship-program';
		const screens: Array< [ string, RegExp? ] > = [
			[ base ],
			[ `${ base }&view=applications`, /xss-name/ ],
			[ `${ base }&view=applications&id=${ menteeId }`, /xss-goals/ ],
			[ `${ base }&view=applications&id=${ mentorId }` ],
			[ `${ base }&view=applications&type=mentor` ],
			[ `${ base }&view=cohorts`, /xss-cohort-name/ ],
			[ `${ base }&view=cohorts&id=${ cohortId }` ],
			[ `${ base }&view=settings` ],
			[ `${ base }&view=dashboard` ],
		];
		const dialogs: string[] = [];
		for ( const [ url, waitFor ] of screens ) {
			dialogs.push( ...( await visit( page, url, waitFor ) ) );
		}
		expect( dialogs ).toEqual( [] );
	} );

	test( 'the blocks show the payloads as text to visitors', async ( {
		browser,
	} ) => {
		const context = await browser.newContext( {
			storageState: { cookies: [], origins: [] },
		} );
		const page = await context.newPage();
		const dialogs = await visit( page, pageLink, /xss-team/ );
		await context.close();
		expect( dialogs ).toEqual( [] );
	} );

	test( 'the applicant sees their own application and mentor safely', async ( {
		browser,
		baseURL,
	} ) => {
		const context = await browser.newContext( {
			baseURL,
			storageState: { cookies: [], origins: [] },
		} );
		const page = await context.newPage();
		await logIn( page, applicant.login, applicant.password );
		const dialogs = await visit( page, pageLink, /xss-name|xss-slack/ );
		await context.close();
		expect( dialogs ).toEqual( [] );
	} );
} );
