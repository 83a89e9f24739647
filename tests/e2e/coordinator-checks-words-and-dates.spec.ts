/**
 * A coordinator's texts come back as typed, the roster and the matches speak in words,
 * empty states say what is missing, and starting or graduating before the cohort's
 * dates asks first, naming the dates.
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
} from './utils/admin-app';
import {
	seedApplications,
	seedAssignment,
	seedCohort,
	sitePhp,
} from './utils/seed';

/** Every character that used to come back changed, and non-Latin text. */
const LINE = `Asia & the Americas — 日本語 "q" 'a' 1 < 2 > 0 100%ab`;
const LINES = `${ LINE }\na<b &amp; &lt;i&gt;`;

const DAY = 86400000;
const isoDay = ( offset: number ) =>
	new Date( Date.now() + offset * DAY ).toISOString().slice( 0, 10 );

/**
 * A date as the site writes it (its date format, in UTC like the cohort's dates).
 *
 * @param day YYYY-MM-DD.
 * @return Formatted date.
 */
function siteDate( day: string ): string {
	return sitePhp< string >(
		`echo "\\n" . wp_json_encode( wp_date( get_option( 'date_format' ), strtotime( '${ day } 00:00:00 UTC' ), new DateTimeZone( 'UTC' ) ) );`
	);
}

test.describe( 'A coordinator checks words and dates', () => {
	test( 'cohort, team and e-mail texts come back exactly as typed, save after save', async ( {
		page,
		baseURL,
	} ) => {
		const errors = collectErrors( page, baseURL );
		const run = Date.now().toString( 36 );
		const cohortId = seedCohort( `Texts ${ run }` );
		const name = `${ LINE } ${ run }`;
		const snackbar = ( text: string ) =>
			page.locator( '.components-snackbar', { hasText: text } );

		// The cohort: type, save, reload; then save what was loaded, and reload again.
		await page.goto(
			`${ APP_URL }&view=cohorts&id=${ cohortId }&screen=edit`
		);
		const cohortName = page.getByLabel( 'Name', { exact: true } );
		const description = page.getByLabel( 'Description' );
		await cohortName.fill( name );
		await description.fill( LINES );
		await page.getByRole( 'button', { name: 'Save cohort' } ).click();
		await expect( snackbar( 'Cohort saved.' ) ).toBeVisible();
		await expect( description, 'right after saving' ).toHaveValue( LINES );
		await page.reload();
		await expect( cohortName, 'after a reload' ).toHaveValue( name );
		await expect( description ).toHaveValue( LINES );
		await page.getByRole( 'button', { name: 'Save cohort' } ).click();
		await expect( snackbar( 'Cohort saved.' ) ).toBeVisible();
		await page.reload();
		await expect( cohortName, 'after a second save' ).toHaveValue( name );
		await expect( description ).toHaveValue( LINES );
		// Shown as text everywhere, never as markup.
		await expect(
			page.getByRole( 'heading', { level: 2, name } )
		).toBeVisible();
		await page.goto( `${ APP_URL }&view=cohorts` );
		await expect(
			page.locator( `tr[data-cohort="${ cohortId }"] th` )
		).toHaveText( name );
		await expect(
			page
				.locator( '#mentorship-program-admin' )
				.locator( 'b, img[src="x"]' )
		).toHaveCount( 0 );

		// A team's texts, the same way.
		await page.goto( `${ APP_URL }&view=settings&tab=teams` );
		const meeting = `${ LINE } ${ run }`;
		const editTeam = async () => {
			await page
				.getByRole( 'button', { name: 'Edit Polyglots' } )
				.click();
			return page.getByRole( 'form', { name: 'Edit Polyglots' } );
		};
		let team = await editTeam();
		await team.getByLabel( 'What the team does' ).fill( LINE );
		await team.getByLabel( 'Meeting time' ).fill( meeting );
		await team.getByLabel( 'Chat channel' ).fill( '#a&b < c' );
		await team.getByRole( 'button', { name: 'Save team' } ).click();
		await expect( snackbar( 'Team saved.' ) ).toBeVisible();
		await page.reload();
		team = await editTeam();
		await expect( team.getByLabel( 'What the team does' ) ).toHaveValue(
			LINE
		);
		await team.getByRole( 'button', { name: 'Save team' } ).click();
		await expect( snackbar( 'Team saved.' ) ).toBeVisible();
		await page.reload();
		team = await editTeam();
		await expect( team.getByLabel( 'What the team does' ) ).toHaveValue(
			LINE
		);
		await expect( team.getByLabel( 'Meeting time' ) ).toHaveValue(
			meeting
		);
		await expect( team.getByLabel( 'Chat channel' ) ).toHaveValue(
			'#a&b < c'
		);

		// An e-mail's subject and text; the second save changes only the text.
		await page.goto( `${ APP_URL }&view=settings&tab=emails` );
		const pick = () =>
			page
				.getByLabel( 'E-mail', { exact: true } )
				.selectOption( 'waitlisted' );
		const subject = page.getByLabel( 'Subject' );
		const body = page.getByLabel( 'Text', { exact: true } );
		await pick();
		await subject.fill( LINE );
		await body.fill( LINES );
		await page.getByRole( 'button', { name: 'Save e-mails' } ).click();
		await expect( snackbar( 'Settings saved.' ) ).toBeVisible();
		await page.reload();
		await pick();
		await expect( subject ).toHaveValue( LINE );
		await expect( body ).toHaveValue( LINES );
		await body.press( 'End' );
		await body.pressSequentially( ' again' );
		await page.getByRole( 'button', { name: 'Save e-mails' } ).click();
		await expect( snackbar( 'Settings saved.' ) ).toBeVisible();
		await page.reload();
		await pick();
		await expect( subject ).toHaveValue( LINE );
		await expect( body ).toHaveValue( `${ LINES } again` );
		sitePhp( `
			$defaults = \\Mentorship_Program\\Notifications\\Mail_Templates::defaults();
			\\Mentorship_Program\\Settings\\Settings::update( array( 'mail_templates' => array( 'waitlisted' => $defaults['waitlisted'] ) ) );
			echo "\\n" . wp_json_encode( true );
		` );
		expect( errors ).toEqual( [] );
	} );

	test( 'a cohort with nothing set yet shows a dash in the list, said in words', async ( {
		page,
		baseURL,
	} ) => {
		const errors = collectErrors( page, baseURL );
		const run = Date.now().toString( 36 );
		const bare = seedCohort( `Bare ${ run }`, { capacity: 0 } );
		const dated = seedCohort( `Dated ${ run }`, {
			starts_on: '2031-03-03',
			ends_on: '2031-04-14',
		} );

		await page.goto( `${ APP_URL }&view=cohorts` );
		const row = page.locator( `tr[data-cohort="${ bare }"]` );
		const cells = row.locator( 'td' );
		// Application window, dates and capacity: a dash each, never an empty cell.
		for ( const index of [ 1, 2, 3 ] ) {
			await expect(
				cells.nth( index ).locator( '[aria-hidden="true"]' )
			).toHaveText( '—' );
		}
		for ( const name of [
			'No application window set',
			'No dates set',
			'No capacity set',
		] ) {
			await expect(
				row.getByRole( 'cell', { name, exact: true } )
			).toBeVisible();
		}
		// What is set reads as before.
		const datedCells = page
			.locator( `tr[data-cohort="${ dated }"]` )
			.locator( 'td' );
		await expect( datedCells.nth( 2 ) ).toHaveText( /2031.* – .*2031/ );
		await expect( datedCells.nth( 2 ) ).not.toContainText( 'No dates' );
		await expect( datedCells.nth( 3 ) ).toHaveText( '20' );
		await page.screenshot( {
			path: test.info().outputPath( 'cohorts-list.png' ),
			fullPage: true,
		} );
		expect( await accessibilityViolations( page ) ).toEqual( [] );
		expect( errors ).toEqual( [] );
	} );

	test( 'an empty roster says what is missing; the matches speak in words', async ( {
		page,
		baseURL,
	} ) => {
		const errors = collectErrors( page, baseURL );
		const run = Date.now().toString( 36 );
		const cohortId = seedCohort( `Empty ${ run }` );
		const roster = `${ APP_URL }&view=cohorts&id=${ cohortId }&screen=roster`;

		await page.goto( roster );
		const pool = page.locator( '.mentorship-roster__pool' );
		await expect( pool ).toContainText(
			'No accepted mentees in this cohort yet.'
		);
		await expect( pool ).toContainText( '“Assign to cohort…”' );
		await expect( pool ).not.toContainText( 'Every accepted mentee' );
		await expect(
			page.locator( '.mentorship-roster__mentors' )
		).toContainText( 'No approved mentors in this cohort yet.' );
		await expect( page.locator( '.mentorship-roster__totals' ) ).toHaveText(
			'0 mentors · 0 mentees · 0 assigned · 0 unassigned · 0 seats'
		);
		await page.screenshot( {
			path: test.info().outputPath( 'roster-empty.png' ),
			fullPage: true,
		} );
		expect( await accessibilityViolations( page ) ).toEqual( [] );
		await pool.getByRole( 'link', { name: 'Go to applications' } ).click();
		await expect( page ).toHaveURL( /view=applications/ );

		// One mentee fits the mentor; one speaks no language the mentor speaks.
		seedApplications( cohortId, [
			{
				type: 'mentee',
				name: `Ama ${ run }`,
				path: [ 'in_review', 'accepted' ],
			},
			{
				type: 'mentee',
				name: `Kenji ${ run }`,
				path: [ 'in_review', 'accepted' ],
				fields: { languages: [ 'ja' ] },
			},
			{
				type: 'mentor',
				name: `Lou ${ run }`,
				path: [ 'in_review', 'approved' ],
				fields: { capacity: 1 },
			},
		] );
		await page.goto( roster );
		await expect( page.locator( '.mentorship-roster__totals' ) ).toHaveText(
			'1 mentor · 2 mentees · 0 assigned · 2 unassigned · 1 seat'
		);
		await page.getByRole( 'button', { name: 'Suggest matches' } ).click();
		const matches = page.locator( '.mentorship-matches' );
		await expect( matches.locator( 'tbody tr' ) ).toHaveCount( 1 );
		await expect( matches ).toContainText( '1 pair, total score' );
		const left = matches.locator( 'li', { hasText: `Kenji ${ run }` } );
		await expect( left ).toBeVisible();
		// The reason in words, never the engine's code (such as "no_overlap").
		await expect( left ).not.toContainText( /\b[a-z]+_[a-z_]+\b/ );
		await expect( left ).toContainText( /\w+ \w+ .*\./ );
		await page.screenshot( {
			path: test.info().outputPath( 'matches.png' ),
			fullPage: true,
		} );
		expect( await accessibilityViolations( page ) ).toEqual( [] );

		await matches.getByRole( 'button', { name: 'Apply 1 pair' } ).click();
		await expect(
			page.locator( '.components-snackbar', {
				hasText: '1 pair assigned.',
			} )
		).toBeVisible();
		await expect( page.locator( '.mentorship-roster__totals' ) ).toHaveText(
			'1 mentor · 2 mentees · 1 assigned · 1 unassigned · 1 seat'
		);
		expect( errors ).toEqual( [] );
	} );

	test( 'starting ten weeks early and graduating before the end ask first, naming the dates', async ( {
		page,
		baseURL,
	} ) => {
		const errors = collectErrors( page, baseURL );
		const run = Date.now().toString( 36 );
		const startsOn = isoDay( 70 );
		const endsOn = isoDay( 120 );
		const cohortId = seedCohort( `Early ${ run }`, {
			starts_on: startsOn,
			ends_on: endsOn,
		} );
		const [ mentee, mentor ] = seedApplications( cohortId, [
			{
				type: 'mentee',
				name: `Noor ${ run }`,
				path: [ 'in_review', 'accepted' ],
			},
			{
				type: 'mentor',
				name: `Omar ${ run }`,
				path: [ 'in_review', 'approved' ],
			},
		] );
		seedAssignment( mentee, mentor );

		await page.goto(
			`${ APP_URL }&view=cohorts&id=${ cohortId }&screen=roster`
		);
		await page.getByRole( 'button', { name: 'Start cohort' } ).click();
		const start = page.getByRole( 'dialog', {
			name: 'Start the cohort before its start date?',
		} );
		await expect( start ).toContainText(
			`This cohort starts on ${ siteDate(
				startsOn
			) }, 70 days from today.`
		);
		await page.screenshot( {
			path: test.info().outputPath( 'start-early.png' ),
		} );
		expect(
			await accessibilityViolations( page, '.components-modal__frame' )
		).toEqual( [] );
		await start.getByRole( 'button', { name: 'Start early' } ).click();
		await expect(
			page.locator( '.components-snackbar', {
				hasText: 'Cohort started: 2 people are now active',
			} )
		).toBeVisible();
		// The server recorded who started it, and how early.
		await expect(
			page.locator( '.mentorship-roster__started' )
		).toContainText( /by admin, 70 days before its start date\./ );
		const record = sitePhp< { early: boolean; user_id: number } >(
			`echo "\\n" . wp_json_encode( get_term_meta( ${ cohortId }, 'mp_started', true ) );`
		);
		expect( record ).toMatchObject( { early: true, user_id: 1 } );

		// Graduating long before the end date asks too.
		await page
			.locator( `[data-mentee="${ mentee }"]` )
			.getByRole( 'checkbox' )
			.check();
		await page
			.getByRole( 'button', { name: 'Graduate selected (1)' } )
			.click();
		const graduate = page.getByRole( 'dialog', {
			name: 'Graduate before the end date?',
		} );
		await expect( graduate ).toContainText(
			`This cohort ends on ${ siteDate( endsOn ) }, 120 days from today.`
		);
		await expect( graduate ).toContainText( 'Graduate 1 mentee now?' );
		await page.screenshot( {
			path: test.info().outputPath( 'graduate-early.png' ),
		} );
		expect(
			await accessibilityViolations( page, '.components-modal__frame' )
		).toEqual( [] );
		await graduate.getByRole( 'button', { name: 'Cancel' } ).click();
		await expect( graduate ).toBeHidden();
		expect(
			sitePhp< string >(
				`echo "\\n" . wp_json_encode( \\Mentorship_Program\\Applications\\Applications::get( ${ mentee } )['stage'] );`
			)
		).toBe( 'active' );

		// The cohort form, with the same site-formatted dates, passes axe too.
		await page.goto(
			`${ APP_URL }&view=cohorts&id=${ cohortId }&screen=edit`
		);
		await expect( page.getByLabel( 'Starts on' ) ).toHaveValue( startsOn );
		expect( await accessibilityViolations( page ) ).toEqual( [] );
		expect( errors ).toEqual( [] );
	} );
} );
