/**
 * A coordinator opens Needs attention, sees a pair that has been quiet for weeks,
 * nudges the mentor with one click, and the row says so. The reminder is stored in
 * the mail queue first and sent by the queue's next run.
 */

/**
 * WordPress dependencies
 */
import AxeBuilder from '@axe-core/playwright';
import { test, expect } from '@wordpress/e2e-test-utils-playwright';

/**
 * Internal dependencies
 */
import { accessibilityViolations, APP_URL } from './utils/admin-app';
import { lastMailTo } from './utils/mail';
import {
	seedApplications,
	seedAssignment,
	seedCohort,
	sitePhp,
} from './utils/seed';
import { logIn } from './utils/log-in';

/**
 * The status of the newest mail to an address in the site's queue.
 *
 * @param to Recipient.
 * @return queued, sending, sent or failed; null when there is none.
 */
function mailStatus( to: string ): string | null {
	return sitePhp< string | null >( `
		global $wpdb;
		$table = \\Mentorship_Program\\Database\\Schema::table( 'mail' );
		$status = $wpdb->get_var( $wpdb->prepare( "SELECT status FROM {$table} WHERE recipient = %s ORDER BY id DESC LIMIT 1", ${ JSON.stringify(
			to
		) } ) );
		echo "\\n" . wp_json_encode( $status );
	` );
}

test.describe( 'Nudging a quiet mentor', () => {
	const stamp = Date.now();
	const mentorName = `Quiet Mentor ${ stamp }`;
	const menteeName = `Waiting Mentee ${ stamp }`;
	const mentorEmail = `quiet.mentor.${ stamp }@example.org`;
	let cohortId = 0;

	test.beforeAll( () => {
		const day = 86400e3;
		const date = ( offset: number ) =>
			new Date( Date.now() + offset * day ).toISOString().slice( 0, 10 );
		const cohort = ( cohortId = seedCohort( `Nudge cohort ${ stamp }`, {
			opens_at: new Date( Date.now() - 80 * day ).toISOString(),
			closes_at: new Date( Date.now() - 50 * day ).toISOString(),
			starts_on: date( -30 ),
			ends_on: date( 30 ),
		} ) );
		const [ mentee, mentor ] = seedApplications( cohort, [
			{
				type: 'mentee',
				name: menteeName,
				path: [ 'in_review', 'accepted' ],
			},
			{
				type: 'mentor',
				name: mentorName,
				email: mentorEmail,
				path: [ 'in_review', 'approved' ],
			},
		] );
		seedAssignment( mentee, mentor );
		// Their one check-in was three weeks ago.
		sitePhp( `
			$saved = \\Mentorship_Program\\Mentorship\\Checkins::create(
				array(
					'held_on' => ${ JSON.stringify( date( -21 ) ) },
					'kind'    => 'one-to-one',
					'mentees' => array( ${ Number( mentee ) } ),
					'covered' => 'Introductions.',
				),
				1
			);
			echo "\\n" . wp_json_encode( is_array( $saved ) );
		` );
	} );

	test( 'one click queues the reminder, the queue sends it, the row says so', async ( {
		page,
	} ) => {
		await page.goto( `${ APP_URL }&view=attention` );
		await expect(
			page.getByRole( 'heading', { level: 2, name: 'Needs attention' } )
		).toBeVisible();
		const row = page
			.getByRole( 'row' )
			.filter( { hasText: 'No recent check-in' } )
			.filter( { hasText: mentorName } );
		await expect( row ).toContainText( 'No check-in between' );
		await expect( row ).not.toContainText( 'Nudged' );
		expect( lastMailTo( mentorEmail )?.subject ?? '' ).not.toContain(
			'check in'
		);

		await row.getByRole( 'button', { name: 'Nudge the mentor' } ).click();
		await expect(
			page.locator( '.components-snackbar', {
				hasText: `${ mentorName } was nudged about ${ menteeName }`,
			} )
		).toBeVisible();
		await expect( row ).toContainText( 'Nudged just now' );

		// Stored in the queue first, with the mentee's name and a way out.
		const mail = lastMailTo( mentorEmail );
		expect( mail?.subject ).toBe(
			`A reminder to check in with ${ menteeName }`
		);
		expect( mail?.body ).toContain( '21 days since your last check-in' );
		expect( mail?.body ).toMatch(
			/No more reminders: \S+[?&]mentorship_reminders=\d+&token=[a-f0-9]{32}/
		);
		expect( mailStatus( mentorEmail ) ).toBe( 'queued' );

		// The queue's next run sends it (the test site has no mail server, so the
		// transport accepts it here instead).
		sitePhp( `
			add_filter( 'pre_wp_mail', '__return_true' );
			echo "\\n" . wp_json_encode( \\Mentorship_Program\\Notifications\\Mailer::process() );
		` );
		expect( mailStatus( mentorEmail ) ).toBe( 'sent' );

		// After a reload the row still says so; a second click is refused with the reason.
		await page.reload();
		await expect( row ).toContainText( 'Nudged just now' );
		expect( await accessibilityViolations( page ) ).toEqual( [] );
		await page.screenshot( {
			path: test.info().outputPath( 'needs-attention-nudged.png' ),
			fullPage: true,
		} );
		await row.getByRole( 'button', { name: 'Nudge the mentor' } ).click();
		await expect(
			page.locator( '.components-snackbar', {
				hasText: 'was already nudged about this mentee today',
			} )
		).toBeVisible();

		// The mentor's way out: the link asks first, the button turns reminders off.
		const link = mail?.body.match(
			/https?:\/\/\S+[?&]mentorship_reminders=\d+&token=[a-f0-9]{32}/
		)?.[ 0 ];
		expect( link ).toBeTruthy();
		await page.goto( link as string );
		await expect(
			page.getByRole( 'heading', { name: 'Reminder e-mails' } )
		).toBeVisible();
		await expect( page.getByRole( 'status' ) ).toContainText(
			'Stop reminder e-mails from the mentorship program'
		);
		await page
			.getByRole( 'button', { name: 'Stop reminder e-mails' } )
			.click();
		await expect( page.getByRole( 'status' ) ).toContainText(
			'you will get no more reminder e-mails'
		);
		await page.goto( link as string );
		await expect( page.getByRole( 'status' ) ).toContainText(
			'Reminder e-mails are already off for your address.'
		);
	} );

	test( 'the cohort says when reminders go out, and the texts have a preview', async ( {
		page,
	} ) => {
		await page.goto(
			`${ APP_URL }&view=cohorts&id=${ cohortId }&screen=edit`
		);
		const reminders = page.getByRole( 'region', {
			name: 'Reminder e-mails',
		} );
		const hours = reminders.getByLabel( 'Hours before the session' );
		await expect( hours ).toHaveValue( '24' );
		await expect(
			reminders.getByLabel( 'Days without a check-in' )
		).toHaveValue( '14' );
		await hours.fill( '12' );
		await reminders
			.getByRole( 'button', { name: 'Save reminder settings' } )
			.click();
		await expect(
			page.locator( '.components-snackbar', {
				hasText: 'Reminder settings saved.',
			} )
		).toBeVisible();
		await page.reload();
		await expect( hours ).toHaveValue( '12' );
		expect( await accessibilityViolations( page ) ).toEqual( [] );
		await page.screenshot( {
			path: test.info().outputPath( 'cohort-reminders.png' ),
			fullPage: true,
		} );

		await page.goto( `${ APP_URL }&view=settings&tab=emails` );
		await page
			.getByLabel( 'E-mail', { exact: true } )
			.selectOption( 'nudge_checkin' );
		const preview = page.getByRole( 'region', {
			name: 'Preview with sample values',
		} );
		await expect( preview ).toContainText(
			'A reminder to check in with Alan Turing'
		);
		await expect( preview ).toContainText( '15 days since your last' );
		await expect( page.getByText( '{opt_out_url}' ).first() ).toBeVisible();
		await expect(
			page.getByLabel( 'Most reminders per person in seven days' )
		).toHaveValue( '2' );
		expect( await accessibilityViolations( page ) ).toEqual( [] );
		await page.screenshot( {
			path: test.info().outputPath( 'nudge-email-preview.png' ),
			fullPage: true,
		} );
	} );
} );

test.describe( 'A mentee turns reminder e-mails off and on', () => {
	test.use( { storageState: { cookies: [], origins: [] } } );

	const stamp = Date.now();
	const login = `reminded${ stamp }`;
	const password = 'reminders-journey-password';
	let userId = 0;
	let pageId = 0;
	let pageUrl = '';

	test.beforeAll( async ( { requestUtils } ) => {
		userId = (
			await requestUtils.createUser( {
				username: login,
				email: `${ login }@example.org`,
				firstName: 'Rita',
				lastName: 'Reminded',
				password,
				roles: [ 'subscriber' ],
			} )
		).id;
		const day = 86400e3;
		const cohort = seedCohort( `Reminders cohort ${ stamp }`, {
			starts_on: new Date( Date.now() - 7 * day )
				.toISOString()
				.slice( 0, 10 ),
			ends_on: new Date( Date.now() + 30 * day )
				.toISOString()
				.slice( 0, 10 ),
		} );
		seedApplications( cohort, [
			{
				type: 'mentee',
				name: 'Rita Reminded',
				email: `rita.${ stamp }@example.org`,
				path: [ 'in_review', 'accepted' ],
				userId,
			},
		] );
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
		await requestUtils.rest( {
			method: 'DELETE',
			path: `/wp/v2/users/${ userId }`,
			params: { force: true, reassign: 1 },
		} );
	} );

	test( 'the My mentorship block has the switch', async ( { page } ) => {
		await logIn( page, login, password );

		await page.goto( pageUrl );
		const section = page.getByRole( 'region', {
			name: 'Reminder e-mails',
		} );
		await section
			.getByRole( 'button', { name: 'Turn reminder e-mails off' } )
			.click();
		await expect( section.getByRole( 'status' ) ).toHaveText(
			'Reminder e-mails are off.'
		);
		const isOff = () =>
			sitePhp< boolean >( `
				echo "\\n" . wp_json_encode( \\Mentorship_Program\\Nudges\\Opt_Out::is_opted_out( ${ JSON.stringify(
					`rita.${ stamp }@example.org`
				) } ) );
			` );
		expect( isOff() ).toBe( true );
		const axe = await new AxeBuilder( {
			page,
		} as unknown as ConstructorParameters< typeof AxeBuilder >[ 0 ] )
			.include( '.mentorship-my' )
			.withTags( [ 'wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa' ] )
			.analyze();
		expect( axe.violations.map( ( v ) => v.id ) ).toEqual( [] );
		await section.screenshot( {
			path: test.info().outputPath( 'my-mentorship-reminders.png' ),
		} );

		await section
			.getByRole( 'button', { name: 'Turn reminder e-mails on' } )
			.click();
		await expect( section.getByRole( 'status' ) ).toHaveText(
			'Reminder e-mails are on.'
		);
		expect( isOff() ).toBe( false );
	} );
} );
