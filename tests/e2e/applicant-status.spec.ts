/**
 * An applicant logs in, sees where their application stands, who their mentor is and
 * when the next sessions are in their own time, and withdraws.
 */

/**
 * External dependencies
 */
import AxeBuilder from '@axe-core/playwright';

/**
 * WordPress dependencies
 */
import { test, expect } from '@wordpress/e2e-test-utils-playwright';

/**
 * Internal dependencies
 */
import {
	seedApplications,
	seedAssignment,
	seedCohort,
	sitePhp,
} from './utils/seed';
import { logIn } from './utils/log-in';

// @axe-core/playwright types a newer Playwright Page than @playwright/test's.
type AxeOptions = ConstructorParameters< typeof AxeBuilder >[ 0 ];

const PASSWORD = 'status-journey-password';

test.describe( 'An applicant follows their application', () => {
	test.use( {
		storageState: { cookies: [], origins: [] },
		timezoneId: 'Asia/Tokyo',
	} );

	const stamp = Date.now();
	const username = `applicant${ stamp }`;
	let statusUrl = '';
	let pageId = 0;
	let userId = 0;

	test.beforeAll( async ( { requestUtils } ) => {
		const user = await requestUtils.createUser( {
			username,
			email: `${ username }@example.org`,
			firstName: 'Noor',
			lastName: 'Haddad',
			password: PASSWORD,
			roles: [ 'subscriber' ],
		} );
		userId = user.id;
		const in30 = new Date( Date.now() + 30 * 86400e3 )
			.toISOString()
			.slice( 0, 10 );
		const cohort = seedCohort( `Status cohort ${ stamp }`, {
			starts_on: new Date( Date.now() + 86400e3 )
				.toISOString()
				.slice( 0, 10 ),
			ends_on: in30,
			schedule: {
				rule: 'weekly',
				weekday: 4,
				times: [ '12:00' ],
				duration: 60,
				title: 'Cohort chat',
			},
		} );
		const [ mentee ] = sitePhp< number[] >( `
			$values = array(
				'name' => 'Noor Haddad',
				'email' => ${ JSON.stringify( `${ username }@example.org` ) },
				'timezone' => 'Asia/Tokyo',
				'languages' => array( 'en', 'ar' ),
				'experience' => 'user',
				'goals' => 'Help with translations.',
				'hours_per_week' => 3,
				'format' => 'one-to-one',
				'consent_coc' => true,
				'consent_privacy' => true,
			);
			$created = \\Mentorship_Program\\Applications\\Applications::create( 'mentee', $values, ${ cohort }, ${ userId } );
			foreach ( array( 'in_review', 'accepted' ) as $stage ) {
				\\Mentorship_Program\\Applications\\Applications::transition( (int) $created['id'], $stage, array( 'allow_unassigned' => true ) );
			}
			echo "\\n" . wp_json_encode( array( (int) $created['id'] ) );
		` );
		const [ mentor ] = seedApplications( cohort, [
			{
				type: 'mentor',
				name: 'Mateus Mentor',
				path: [ 'in_review', 'approved' ],
				fields: { slack_username: 'mateus', wporg_username: 'mateusm' },
			},
		] );
		seedAssignment( mentee, mentor );

		const page = await requestUtils.rest< { id: number; link: string } >( {
			method: 'POST',
			path: '/wp/v2/pages',
			data: {
				title: 'My application',
				status: 'publish',
				content: '<!-- wp:mentorship-program/my-application /-->',
			},
		} );
		pageId = page.id;
		statusUrl = page.link;
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

	test( 'visitors are asked to log in', async ( { page } ) => {
		await page.goto( statusUrl );
		const block = page.locator( '.mentorship-status' );
		await expect(
			block.getByRole( 'link', { name: 'Log in' } )
		).toHaveAttribute( 'href', /wp-login\.php\?redirect_to=/ );
		await expect( block ).not.toContainText( 'Noor' );
	} );

	test( 'sees the stage, the mentor, local session times, and withdraws', async ( {
		page,
	} ) => {
		await logIn( page, username, PASSWORD );

		await page.goto( statusUrl );
		const block = page.locator( '.mentorship-status' );
		const steps = block.getByRole( 'list', {
			name: 'Steps of your application',
		} );
		await expect( steps.locator( '[aria-current="step"]' ) ).toHaveText(
			/Accepted/
		);
		await expect( steps.getByRole( 'listitem' ) ).toHaveCount( 6 );
		await expect( block ).toContainText( 'You are in!' );
		await expect( block ).toContainText( 'Mateus Mentor' );
		await expect( block ).toContainText( '(chat: @mateus)' );

		// Sessions: UTC in the markup, the reader's zone on screen.
		const first = block.locator( 'time' ).first();
		await expect( first ).toHaveAttribute(
			'datetime',
			/^\d{4}-\d{2}-\d{2}T12:00:00Z$/
		);
		await expect( first ).toContainText( '9:00' );
		await expect( first ).toContainText( 'GMT+9' );
		await expect( block ).toContainText( 'Asia/Tokyo' );

		const axe = await new AxeBuilder( { page } as unknown as AxeOptions )
			.include( '.mentorship-status' )
			.withTags( [ 'wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa' ] )
			.analyze();
		expect( axe.violations.map( ( v ) => v.id ) ).toEqual( [] );

		// Withdrawing asks first; cancelling changes nothing.
		const withdraw = block.getByRole( 'button', {
			name: 'Withdraw this application',
		} );
		page.once( 'dialog', ( dialog ) => dialog.dismiss() );
		await withdraw.click();
		await expect( withdraw ).toBeVisible();
		await expect( block.getByText( 'Status:' ) ).toContainText(
			'Accepted'
		);

		page.once( 'dialog', ( dialog ) => {
			expect( dialog.message() ).toContain(
				'Withdraw this application?'
			);
			dialog.accept();
		} );
		await withdraw.click();
		const message = block.getByRole( 'status' );
		await expect( message ).toHaveText( 'Your application was withdrawn.' );
		await expect( message ).toBeFocused();
		await expect( block.getByText( 'Status:' ) ).toContainText(
			'Withdrawn'
		);
		await expect( withdraw ).toBeHidden();

		// The server agrees.
		await page.reload();
		await expect( block.getByText( 'Status:' ) ).toContainText(
			'Withdrawn'
		);
		await expect(
			block.getByRole( 'button', { name: 'Withdraw this application' } )
		).toHaveCount( 0 );
	} );
} );
