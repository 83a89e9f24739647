/**
 * An experienced contributor applies to mentor, on a phone-sized screen, and the
 * coordinators find the application waiting for review.
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
import { seedCohort, sitePhp } from './utils/seed';
import { openMailedLink } from './utils/mail';

// @axe-core/playwright types a newer Playwright Page than @playwright/test's.
type AxeOptions = ConstructorParameters< typeof AxeBuilder >[ 0 ];

test.describe( 'A mentor applies', () => {
	test.use( {
		storageState: { cookies: [], origins: [] },
		viewport: { width: 360, height: 740 },
		timezoneId: 'Europe/Berlin',
	} );

	let cohort = 0;
	let formUrl = '';
	let rateLimit = 5;
	let pageId = 0;

	test.beforeAll( async ( { requestUtils } ) => {
		rateLimit = sitePhp< number >( `
			$before = (int) \\Mentorship_Program\\Settings\\Settings::get( 'rate_limit_count' );
			\\Mentorship_Program\\Settings\\Settings::update( array( 'rate_limit_count' => 1000 ) );
			echo "\\n" . wp_json_encode( $before );
		` );
		cohort = seedCohort( `Mentor journey ${ Date.now() }`, {
			opens_at: new Date( Date.now() - 86400e3 ).toISOString(),
			closes_at: new Date( Date.now() + 30 * 86400e3 ).toISOString(),
		} );
		const page = await requestUtils.rest< { id: number; link: string } >( {
			method: 'POST',
			path: '/wp/v2/pages',
			data: {
				title: 'Become a mentor',
				status: 'publish',
				content: `<!-- wp:mentorship-program/application-form {"role":"mentor","cohort":${ cohort }} /-->`,
			},
		} );
		pageId = page.id;
		formUrl = page.link;
	} );

	test.afterAll( async ( { requestUtils } ) => {
		sitePhp( `
			// Put the limit back, and forget this spec's submissions so later specs start afresh.
			\\Mentorship_Program\\Settings\\Settings::update( array( 'rate_limit_count' => ${ rateLimit } ) );
			$GLOBALS['wpdb']->query( 'DELETE FROM ' . \\Mentorship_Program\\Database\\Schema::table( 'rate' ) );
			echo "\\n" . wp_json_encode( true );
		` );
		await requestUtils.rest( {
			method: 'DELETE',
			path: `/wp/v2/pages/${ pageId }`,
			params: { force: true },
		} );
	} );

	test( 'on a narrow screen, with teams of expertise and formats', async ( {
		page,
		requestUtils,
	} ) => {
		const email = `mentor.${ Date.now() }@example.org`;
		await page.goto( formUrl );
		const form = page.locator( '.mentorship-form' );
		await expect(
			form.getByRole( 'heading', { name: 'Apply to be a mentor' } )
		).toBeVisible();

		// Nothing sticks out sideways at 360 px.
		const overflow = await page.evaluate(
			() =>
				document.documentElement.scrollWidth -
				document.documentElement.clientWidth
		);
		expect( overflow ).toBeLessThanOrEqual( 0 );

		const axe = await new AxeBuilder( { page } as unknown as AxeOptions )
			.include( '.mentorship-form' )
			.withTags( [ 'wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa' ] )
			.analyze();
		expect( axe.violations.map( ( v ) => v.id ) ).toEqual( [] );

		await form
			.getByRole( 'textbox', { name: 'Name', exact: true } )
			.fill( 'Mona Mentor' );
		await form.getByRole( 'textbox', { name: 'E-mail' } ).fill( email );
		await form
			.getByRole( 'textbox', { name: /WordPress\.org username/ } )
			.fill( 'monamentor' );
		await expect( form.getByLabel( 'Time zone' ) ).toHaveValue(
			'Europe/Berlin'
		);
		await form.getByRole( 'checkbox', { name: 'German' } ).check();

		// The team list filters as you type; checked teams stay checked.
		const teams = form.getByRole( 'group', { name: 'Teams' } );
		await teams.getByLabel( 'Filter the list' ).fill( 'perf' );
		await expect(
			teams.getByRole( 'checkbox' ).filter( { visible: true } )
		).toHaveCount( 1 );
		await teams.getByRole( 'checkbox', { name: 'Performance' } ).check();
		await teams.getByLabel( 'Filter the list' ).fill( 'core' );
		await teams.getByRole( 'checkbox', { name: 'Core' } ).check();
		await teams.getByLabel( 'Filter the list' ).fill( '' );

		await form.getByRole( 'checkbox', { name: 'One-to-one' } ).check();
		await form
			.getByRole( 'checkbox', { name: 'A small project group' } )
			.check();
		await form
			.getByRole( 'spinbutton', { name: 'Years contributing' } )
			.fill( '6' );
		await form
			.getByRole( 'spinbutton', { name: 'How many mentees' } )
			.fill( '3' );
		await form
			.getByRole( 'textbox', { name: 'Motivation' } )
			.fill( 'I was mentored once; I would like to give that back.' );
		await form
			.getByRole( 'checkbox', { name: /Show my name on the mentors/ } )
			.check();
		await form
			.getByRole( 'checkbox', { name: 'I agree to the code of conduct' } )
			.check();
		await form
			.getByRole( 'checkbox', { name: 'I agree to the privacy notice' } )
			.check();

		// A capacity out of range is caught before anything is sent.
		await form
			.getByRole( 'spinbutton', { name: 'How many mentees' } )
			.fill( '12' );
		await form.getByRole( 'button', { name: 'Send application' } ).click();
		const capacity = form.getByRole( 'spinbutton', {
			name: 'How many mentees',
		} );
		await expect( capacity ).toBeFocused();
		await expect( capacity ).toHaveAccessibleDescription(
			/between 1 and 10/
		);
		// What was typed is kept while errors come and go.
		await expect(
			form.getByRole( 'textbox', { name: 'Name', exact: true } )
		).toHaveValue( 'Mona Mentor' );
		await expect(
			form.getByRole( 'checkbox', { name: 'Performance' } )
		).toBeChecked();
		await capacity.fill( '3' );
		await form.getByRole( 'button', { name: 'Send application' } ).click();

		await expect(
			form.getByRole( 'heading', { name: 'Application received' } )
		).toBeVisible();

		// Once the link in the e-mail is opened, the coordinators see it, as a
		// mentor application waiting in the cohort.
		await openMailedLink( page, email );
		const found = await requestUtils.rest<
			Array< {
				type: string;
				stage: string;
				cohort: number;
				fields: Record< string, unknown >;
			} >
		>( {
			path: '/mentorship/v1/applications',
			params: { search: email },
		} );
		expect( found ).toHaveLength( 1 );
		expect( found[ 0 ] ).toMatchObject( {
			type: 'mentor',
			stage: 'submitted',
			cohort,
		} );
		expect( found[ 0 ].fields ).toMatchObject( {
			teams: expect.arrayContaining( [ 'core', 'performance' ] ),
			formats: [ 'one-to-one', 'project-group' ],
			capacity: 3,
			years_contributing: 6,
			public_recognition: true,
			timezone: 'Europe/Berlin',
		} );
	} );
} );
