/**
 * A mentee of the 2024 cohort answers the end survey from the link in the invitation
 * e-mail, without an account and without JavaScript; a mentor of the same cohort,
 * logged in, sees their own survey but never the mentee's, nor their answers.
 */

/**
 * External dependencies
 */
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from '@playwright/test';

/**
 * WordPress dependencies
 */
import { test, expect } from '@wordpress/e2e-test-utils-playwright';

/**
 * Internal dependencies
 */
import { sitePhp } from './utils/seed';
import { lastMailTo } from './utils/mail';
import { logIn } from './utils/log-in';

// @axe-core/playwright types a newer Playwright Page than @playwright/test's.
type AxeOptions = ConstructorParameters< typeof AxeBuilder >[ 0 ];

const SURVEY_LINK = /https?:\/\/\S*[?&]mentorship_survey=\d+\.[a-f0-9]{32}/;
const PASSWORD = 'survey-journey-password';

/**
 * Axe violations of the survey, checked in a browser with JavaScript (axe runs as a
 * script) holding the same cookies, at the same address.
 *
 * @param browser Browser.
 * @param page    The page, without JavaScript.
 * @return Violation ids.
 */
async function axeViolations( browser: Browser, page: Page ) {
	const context = await browser.newContext( {
		baseURL: new URL( page.url() ).origin,
		javaScriptEnabled: true,
	} );
	await context.addCookies( await page.context().cookies() );
	const twin = await context.newPage();
	await twin.goto( page.url() );
	const results = await new AxeBuilder( {
		page: twin,
	} as unknown as AxeOptions )
		.include( '.mentorship-survey' )
		.withTags( [ 'wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa' ] )
		.analyze();
	await context.close();
	return results.violations.map(
		( v ) => `${ v.id }: ${ v.nodes.map( ( n ) => n.target ).join( ', ' ) }`
	);
}

test.describe( 'A mentee answers the end survey from the e-mailed link', () => {
	test.use( {
		storageState: { cookies: [], origins: [] },
		javaScriptEnabled: false,
	} );
	test.describe.configure( { mode: 'serial' } );

	const stamp = String( Date.now() );
	const mentorLogin = `surveymentor${ stamp }`;
	let seeded = {
		cohort: 0,
		survey: 0,
		mentee: 0,
		email: '',
		mentorUser: 0,
	};
	const pages: number[] = [];
	let myMentorshipUrl = '';

	test.beforeAll( async ( { requestUtils } ) => {
		const create = async ( title: string, content: string ) => {
			const created = await requestUtils.rest< {
				id: number;
				link: string;
			} >( {
				method: 'POST',
				path: '/wp/v2/pages',
				data: { title, status: 'publish', content },
			} );
			pages.push( created.id );
			return created.link;
		};
		await create(
			'Your application',
			'<!-- wp:mentorship-program/my-application /-->'
		);
		myMentorshipUrl = await create(
			'My mentorship',
			'<!-- wp:mentorship-program/my-mentorship /-->'
		);
		const mentor = await requestUtils.createUser( {
			username: mentorLogin,
			email: `${ mentorLogin }@example.org`,
			firstName: 'Mara',
			lastName: 'Mentor',
			password: PASSWORD,
			roles: [ 'subscriber' ],
		} );
		// The 2024 cohort, with its end survey open from today; one graduate who has
		// not answered it is invited, and the mentor's account holds one of its mentors.
		seeded = sitePhp< typeof seeded >( `
			$seeded = \\Mentorship_Program\\Surveys\\Demo_Seeder::outcomes_2024( array( 'suffix' => ${ JSON.stringify(
				stamp
			) }, 'open_end' => true ) );
			$survey = \\Mentorship_Program\\Surveys\\Surveys::find( $seeded['cohort_id'], 'mentee', 'end' );
			$mentee = $seeded['unanswered_end'][0];
			\\Mentorship_Program\\Surveys\\Invitations::invite( $survey, $mentee );
			wp_update_post( array( 'ID' => $seeded['mentors'][0], 'post_author' => ${
				mentor.id
			} ) );
			echo "\\n" . wp_json_encode( array(
				'cohort' => $seeded['cohort_id'],
				'survey' => $survey['id'],
				'mentee' => $mentee,
				'email' => \\Mentorship_Program\\Applications\\Applications::get( $mentee )['fields']['email'],
				'mentorUser' => ${ mentor.id },
			) );
		` );
	} );

	test.afterAll( async ( { requestUtils } ) => {
		for ( const id of pages ) {
			await requestUtils.rest( {
				method: 'DELETE',
				path: `/wp/v2/pages/${ id }`,
				params: { force: true },
			} );
		}
		await requestUtils.rest( {
			method: 'DELETE',
			path: `/wp/v2/users/${ seeded.mentorUser }`,
			params: { force: true, reassign: 1 },
		} );
	} );

	test( 'opens the link, answers without an account and can change the answers', async ( {
		page,
		browser,
	} ) => {
		const mail = lastMailTo( seeded.email );
		expect( mail?.subject ).toContain(
			'A few questions about 2024 cohort'
		);
		const link = mail?.body.match( SURVEY_LINK )?.[ 0 ];
		expect( link ).toBeTruthy();
		await page.goto( link as string );
		// The secret left the address bar.
		expect( page.url() ).not.toContain( 'mentorship_survey=' );

		const survey = page.locator( '.mentorship-survey' );
		await expect(
			survey.getByRole( 'heading', {
				name: /Mentee survey: end of the cohort/,
			} )
		).toBeVisible();
		await expect( survey ).toContainText( 'mentors never see them' );

		// A required question left out is named, and nothing is stored.
		await survey.getByRole( 'button', { name: 'Send my answers' } ).click();
		await expect( survey.getByRole( 'alert' ) ).toContainText(
			'Please answer this question.'
		);

		const rate = async ( question: RegExp, value: string ) =>
			survey
				.getByRole( 'group', { name: question } )
				.getByRole( 'radio', { name: value, exact: true } )
				.check();
		await rate( /How familiar are you/, '4' );
		await rate( /How confident do you feel/, '5' );
		await rate( /How satisfied are you/, '5' );
		await rate( /How likely are you to recommend/, '9' );
		await survey
			.getByRole( 'textbox', { name: /What helped you most/ } )
			.fill( 'Pairing on my first docs ticket.' );

		expect( await axeViolations( browser, page ) ).toEqual( [] );
		await page.screenshot( {
			path: 'test-results/survey-page.png',
			fullPage: true,
		} );

		await survey.getByRole( 'button', { name: 'Send my answers' } ).click();
		await expect( survey.getByRole( 'status' ).first() ).toContainText(
			'your answers are saved'
		);
		await expect(
			survey.getByRole( 'button', { name: 'Save my changes' } )
		).toBeVisible();

		// Changing an answer keeps one answer.
		await rate( /How familiar are you/, '5' );
		await survey.getByRole( 'button', { name: 'Save my changes' } ).click();
		await expect( survey.getByRole( 'status' ).first() ).toContainText(
			'Your changes are saved.'
		);
		const stored = sitePhp< { familiarity: number } >( `
			echo "\\n" . wp_json_encode( \\Mentorship_Program\\Surveys\\Answers::of( ${ seeded.survey }, ${ seeded.mentee } ) );
		` );
		expect( stored.familiarity ).toBe( 5 );
		await page.screenshot( {
			path: 'test-results/survey-page-saved.png',
			fullPage: true,
		} );
	} );

	test( 'a mentor of the cohort, logged in, never sees the mentee’s survey', async ( {
		page,
	} ) => {
		await logIn( page, mentorLogin, PASSWORD );

		// Their own survey is offered; the mentees' is not.
		await page.goto( myMentorshipUrl );
		const mine = page.locator( '.mentorship-my-surveys' );
		await expect( mine ).toContainText(
			'Mentor survey: end of the cohort'
		);
		await expect( mine ).not.toContainText( 'Mentee survey' );

		// Asking for the mentees' survey by its number shows nothing of it.
		const statusUrl = sitePhp< string >( `
			echo "\\n" . wp_json_encode( \\Mentorship_Program\\Notifications\\Mailer::status_url() );
		` );
		const url = new URL( statusUrl );
		url.searchParams.set( 'mentorship_survey_id', String( seeded.survey ) );
		await page.goto( url.toString() );
		await expect( page.locator( 'body' ) ).not.toContainText(
			'Mentee survey: end of the cohort'
		);
		await expect( page.locator( 'body' ) ).not.toContainText(
			'Pairing on my first docs ticket.'
		);
		// Nor through the REST API, with the mentor's own session and nonce.
		const nonce = await (
			await page.request.get(
				'/wp-admin/admin-ajax.php?action=rest-nonce'
			)
		).text();
		for ( const route of [ 'results', 'answers' ] ) {
			const response = await page.request.get(
				`/index.php?rest_route=/mentorship/v1/surveys/${ seeded.survey }/${ route }`,
				{ headers: { 'X-WP-Nonce': nonce } }
			);
			expect( response.status() ).toBe( 403 );
			expect( await response.text() ).not.toContain( 'Pairing on my' );
		}
	} );
} );
