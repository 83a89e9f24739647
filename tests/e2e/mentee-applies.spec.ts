/**
 * A newcomer finds teams that fit, applies as a mentee with the keyboard alone, gets
 * each mistake named by its field, and can apply without JavaScript too.
 */

/**
 * External dependencies
 */
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';

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

const visitor = { storageState: { cookies: [], origins: [] } };

/**
 * Presses Tab until the control has focus: proves it is reachable by keyboard.
 *
 * @param page    Page.
 * @param control The control.
 * @param limit   Most presses.
 */
async function tabTo( page: Page, control: Locator, limit = 250 ) {
	for ( let i = 0; i < limit; i++ ) {
		if (
			await control.evaluate(
				( el ) => el === el.ownerDocument.activeElement
			)
		) {
			return;
		}
		await page.keyboard.press( 'Tab' );
	}
	throw new Error( `Tab never reached ${ control.toString() }` );
}

/**
 * Axe violations in the block, at WCAG 2.2 AA.
 *
 * @param page     Page.
 * @param selector The block.
 * @return Violation ids.
 */
async function axeViolations( page: Page, selector: string ) {
	const results = await new AxeBuilder( { page } as unknown as AxeOptions )
		.include( selector )
		.withTags( [ 'wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa' ] )
		.analyze();
	return results.violations.map(
		( v ) => `${ v.id }: ${ v.nodes.map( ( n ) => n.target ).join( ', ' ) }`
	);
}

test.describe( 'A mentee applies', () => {
	let cohort = 0;
	let formUrl = '';
	let rateLimit = 5;
	let finderUrl = '';
	let closedUrl = '';
	const pages: number[] = [];

	test.beforeAll( async ( { requestUtils } ) => {
		// Every spec submits from the same address: lift the rate limit for the run.
		rateLimit = sitePhp< number >( `
			$before = (int) \\Mentorship_Program\\Settings\\Settings::get( 'rate_limit_count' );
			\\Mentorship_Program\\Settings\\Settings::update( array( 'rate_limit_count' => 1000 ) );
			echo "\\n" . wp_json_encode( $before );
		` );
		cohort = seedCohort( `Mentee journey ${ Date.now() }`, {
			opens_at: new Date( Date.now() - 86400e3 ).toISOString(),
			closes_at: new Date( Date.now() + 30 * 86400e3 ).toISOString(),
		} );
		const upcoming = seedCohort( `Later cohort ${ Date.now() }`, {
			opens_at: new Date( Date.now() + 20 * 86400e3 ).toISOString(),
			closes_at: new Date( Date.now() + 40 * 86400e3 ).toISOString(),
		} );
		const create = async ( title: string, content: string ) => {
			const page = await requestUtils.rest< {
				id: number;
				link: string;
			} >( {
				method: 'POST',
				path: '/wp/v2/pages',
				data: { title, status: 'publish', content },
			} );
			pages.push( page.id );
			return page.link;
		};
		formUrl = await create(
			'Apply as a mentee',
			`<!-- wp:mentorship-program/application-form {"cohort":${ cohort },"intro":"Tell us about yourself."} /-->`
		);
		finderUrl = await create(
			'Find your team',
			`<!-- wp:mentorship-program/team-finder {"formUrl":${ JSON.stringify(
				formUrl
			) }} /-->`
		);
		closedUrl = await create(
			'Apply later',
			`<!-- wp:mentorship-program/application-form {"cohort":${ upcoming }} /-->`
		);
	} );

	test.afterAll( async ( { requestUtils } ) => {
		sitePhp( `
			// Put the limit back, and forget this spec's submissions so later specs start afresh.
			\\Mentorship_Program\\Settings\\Settings::update( array( 'rate_limit_count' => ${ rateLimit } ) );
			$GLOBALS['wpdb']->query( 'DELETE FROM ' . \\Mentorship_Program\\Database\\Schema::table( 'rate' ) );
			echo "\\n" . wp_json_encode( true );
		` );
		for ( const id of pages ) {
			await requestUtils.rest( {
				method: 'DELETE',
				path: `/wp/v2/pages/${ id }`,
				params: { force: true },
			} );
		}
	} );

	test.describe( 'signed in', () => {
		// The default state: an administrator's session.
		test( "the form sends the session's nonce, and a request without it is refused", async ( {
			page,
		} ) => {
			await page.goto( formUrl );
			const form = page.locator( '.mentorship-form' );
			await form
				.getByRole( 'textbox', { name: 'Name', exact: true } )
				.fill( 'Signed In' );
			await form
				.getByRole( 'textbox', { name: 'E-mail' } )
				.fill( `signed.in.${ Date.now() }@example.org` );
			await form.getByRole( 'checkbox', { name: 'Spanish' } ).check();
			await form
				.getByRole( 'radio', { name: 'I am new to WordPress' } )
				.check();
			await form
				.getByRole( 'textbox', { name: 'Goals' } )
				.fill( 'Learn the ropes.' );
			await form
				.getByRole( 'spinbutton', { name: 'Hours per week' } )
				.fill( '2' );
			await form.getByRole( 'radio', { name: 'Any of these' } ).check();
			for ( const consent of [
				'I agree to the code of conduct',
				'I agree to the privacy notice',
			] ) {
				await form.getByRole( 'checkbox', { name: consent } ).check();
			}
			const sent = page.waitForResponse( ( response ) =>
				response.url().includes( '?mentorship-apply=mentee' )
			);
			await form
				.getByRole( 'button', { name: 'Send application' } )
				.click();
			const answer = await sent;
			expect( answer.request().headers()[ 'x-wp-nonce' ] ).toMatch(
				/^[0-9a-f]{10}$/
			);
			expect( answer.status() ).toBe( 201 );
			await expect(
				form.locator( '.mentorship-form-done' )
			).toBeFocused();

			// The same session without its nonce, as another site could send it.
			const forged = await page.request.post( answer.url(), {
				data: answer.request().postDataJSON(),
			} );
			expect( forged.status() ).toBe( 403 );
			expect( ( await forged.json() ).code ).toBe(
				'mentorship_invalid_nonce'
			);
		} );
	} );

	test.describe( 'with JavaScript', () => {
		test.use( { ...visitor, timezoneId: 'America/Sao_Paulo' } );

		test( 'with the keyboard alone, after the form names what is missing', async ( {
			page,
		} ) => {
			// Tabbing through every control takes a while.
			test.setTimeout( 150_000 );
			await page.goto( formUrl );
			const form = page.locator(
				'.wp-block-mentorship-program-application-form'
			);
			await expect(
				form.getByText( 'Tell us about yourself.' )
			).toBeVisible();
			expect( await axeViolations( page, '.mentorship-form' ) ).toEqual(
				[]
			);

			// The browser's own zone is chosen already.
			await expect( form.getByLabel( 'Time zone' ) ).toHaveValue(
				'America/Sao_Paulo'
			);

			// Sending an empty form names each missing answer and moves to the first.
			const send = form.getByRole( 'button', {
				name: 'Send application',
			} );
			await tabTo( page, send );
			await page.keyboard.press( 'Enter' );
			const name = form.getByRole( 'textbox', {
				name: 'Name',
				exact: true,
			} );
			await expect( name ).toBeFocused();
			await expect( name ).toHaveAttribute( 'aria-invalid', 'true' );
			await expect( name ).toHaveAccessibleDescription(
				/Name is required\./
			);
			const summary = form.locator( '.mentorship-form-summary' );
			await expect( summary ).toBeVisible();
			await expect(
				summary.getByRole( 'link', { name: 'Goals is required.' } )
			).toBeVisible();
			expect( await axeViolations( page, '.mentorship-form' ) ).toEqual(
				[]
			);

			// Now fill it in, by keyboard only.
			await page.keyboard.type( 'Keyboard Kim' );
			await page.keyboard.press( 'Tab' );
			await expect(
				form.getByRole( 'textbox', { name: 'E-mail' } )
			).toBeFocused();
			await page.keyboard.type( `kim.${ Date.now() }@example.org` );

			await tabTo( page, form.getByLabel( 'Filter the list' ).first() );
			await page.keyboard.type( 'portug' );
			await expect(
				form.getByRole( 'checkbox', { name: 'English' } )
			).toBeHidden();
			const portuguese = form.getByRole( 'checkbox', {
				name: 'Portuguese (Brazil)',
			} );
			await tabTo( page, portuguese );
			await page.keyboard.press( 'Space' );
			await expect( portuguese ).toBeChecked();

			const newcomer = form.getByRole( 'radio', {
				name: 'I am new to WordPress',
			} );
			await tabTo( page, newcomer );
			await page.keyboard.press( 'Space' );
			await expect( newcomer ).toBeChecked();

			await tabTo( page, form.getByRole( 'textbox', { name: 'Goals' } ) );
			await page.keyboard.type( 'Make my first contribution.' );
			await tabTo(
				page,
				form.getByRole( 'spinbutton', { name: 'Hours per week' } )
			);
			await page.keyboard.type( '3' );

			const oneToOne = form.getByRole( 'radio', {
				name: 'One-to-one with a mentor',
			} );
			await tabTo( page, oneToOne );
			await page.keyboard.press( 'Space' );

			for ( const consent of [
				'I agree to the code of conduct',
				'I agree to the privacy notice',
			] ) {
				const box = form.getByRole( 'checkbox', { name: consent } );
				await tabTo( page, box );
				await page.keyboard.press( 'Space' );
				await expect( box ).toBeChecked();
			}

			await tabTo( page, send );
			// The script posts to the form's own endpoint, not the REST route.
			const sent = page.waitForResponse(
				( response ) =>
					response.request().method() === 'POST' &&
					response.url().includes( '?mentorship-apply=mentee' )
			);
			await page.keyboard.press( 'Enter' );
			const answer = await sent;
			expect( answer.status() ).toBe( 201 );
			expect( answer.headers()[ 'content-type' ] ).toContain(
				'application/json'
			);
			expect( answer.headers()[ 'x-content-type-options' ] ).toBe(
				'nosniff'
			);

			const done = form.locator( '.mentorship-form-done' );
			await expect( done ).toBeFocused();
			await expect(
				done.getByRole( 'heading', { name: 'Application received' } )
			).toBeVisible();
			await expect( done ).toContainText(
				'a coordinator will start reviewing'
			);
			await expect( done ).toContainText(
				'open it to confirm your address'
			);
			await expect(
				done.getByRole( 'link', { name: 'Follow your application' } )
			).toHaveAttribute( 'href', /^http/ );
			await expect( form.locator( 'form' ) ).toBeHidden();
		} );

		test( 'names and links the texts it asks agreement to', async ( {
			page,
		} ) => {
			const saved = sitePhp< Record< string, string > >( `
				$settings = \\Mentorship_Program\\Settings\\Settings::all();
				\\Mentorship_Program\\Settings\\Settings::update( array( 'code_of_conduct_url' => 'https://example.org/code-of-conduct/', 'privacy_notice_url' => 'https://example.org/privacy/' ) );
				echo "\\n" . wp_json_encode( array( 'coc' => $settings['code_of_conduct_url'], 'privacy' => $settings['privacy_notice_url'] ) );
			` );
			try {
				await page.goto( formUrl );
				const form = page.locator( '.mentorship-form' );
				const coc = form.getByRole( 'link', {
					name: 'code of conduct (opens in a new tab)',
				} );
				await expect( coc ).toHaveAttribute(
					'href',
					'https://example.org/code-of-conduct/'
				);
				await expect( coc ).toHaveAttribute( 'target', '_blank' );
				await expect(
					form.getByRole( 'link', {
						name: 'privacy notice (opens in a new tab)',
					} )
				).toHaveAttribute( 'href', 'https://example.org/privacy/' );
				await expect(
					form.getByRole( 'checkbox', {
						name: 'I agree to the code of conduct (opens in a new tab)',
					} )
				).toBeVisible();
				await form
					.getByRole( 'checkbox', {
						name: 'I agree to the privacy notice',
					} )
					.scrollIntoViewIfNeeded();
				expect(
					await axeViolations( page, '.mentorship-form' )
				).toEqual( [] );
			} finally {
				sitePhp( `
					\\Mentorship_Program\\Settings\\Settings::update( array( 'code_of_conduct_url' => ${ JSON.stringify(
						saved.coc
					) }, 'privacy_notice_url' => ${ JSON.stringify(
						saved.privacy
					) } ) );
					echo "\\n1";
				` );
			}
		} );

		test( 'hears from the server which answer to fix', async ( {
			page,
		} ) => {
			// The browser's own check lets this through; the server's does not.
			const email = `kim.${ Date.now() }@exa_mple.org`;
			await page.goto( formUrl );
			const form = page.locator( '.mentorship-form' );
			await form
				.getByRole( 'textbox', { name: 'Name', exact: true } )
				.fill( 'Second Try' );
			await form.getByRole( 'textbox', { name: 'E-mail' } ).fill( email );
			await form.getByRole( 'checkbox', { name: 'Spanish' } ).check();
			await form
				.getByRole( 'radio', {
					name: 'I have made some contributions',
				} )
				.check();
			await form
				.getByRole( 'textbox', { name: 'Goals' } )
				.fill( 'Review patches.' );
			await form
				.getByRole( 'spinbutton', { name: 'Hours per week' } )
				.fill( '5' );
			await form.getByRole( 'radio', { name: 'Any of these' } ).check();
			await form
				.getByRole( 'checkbox', {
					name: 'I agree to the code of conduct',
				} )
				.check();
			await form
				.getByRole( 'checkbox', {
					name: 'I agree to the privacy notice',
				} )
				.check();
			const refused = page.waitForResponse( ( response ) =>
				response.url().includes( '?mentorship-apply=mentee' )
			);
			await form
				.getByRole( 'button', { name: 'Send application' } )
				.click();
			expect( ( await refused ).status() ).toBe( 400 );

			const emailBox = form.getByRole( 'textbox', { name: 'E-mail' } );
			await expect( emailBox ).toBeFocused();
			await expect( emailBox ).toHaveAttribute( 'aria-invalid', 'true' );
			await expect( emailBox ).toHaveAccessibleDescription( /e-?mail/i );
			await expect(
				form.locator( '.mentorship-form-summary' ).getByRole( 'link' )
			).toHaveText( /e-?mail/i );
			await expect(
				form.locator( '.mentorship-form-done' )
			).toBeHidden();
			await expect(
				form.getByRole( 'textbox', { name: 'Name', exact: true } )
			).toHaveValue( 'Second Try' );
			await expect(
				form.getByRole( 'checkbox', { name: 'Spanish' } )
			).toBeChecked();
		} );

		test( 'picks teams with the team finder and finds them chosen in the form', async ( {
			page,
		} ) => {
			await page.goto( finderUrl );
			const finder = page.locator(
				'.wp-block-mentorship-program-team-finder'
			);
			await finder
				.getByRole( 'checkbox', { name: 'Translating' } )
				.check();
			await finder.getByRole( 'checkbox', { name: 'Writing' } ).check();
			await finder.getByLabel( 'Hours per week' ).fill( '4' );
			await finder
				.getByRole( 'radio', { name: 'I am new to WordPress' } )
				.check();
			const results = finder.getByRole( 'list', {
				name: 'Teams that fit',
			} );
			await expect(
				results.getByRole( 'listitem' ).first()
			).toContainText( 'Polyglots' );
			expect(
				await axeViolations(
					page,
					'.wp-block-mentorship-program-team-finder'
				)
			).toEqual( [] );

			// The suggested teams are ticked; the person may change them.
			await expect(
				finder.getByRole( 'checkbox', { name: 'Apply with Polyglots' } )
			).toBeChecked();
			await finder
				.getByRole( 'checkbox', { name: 'Apply with Documentation' } )
				.check();

			await finder
				.getByRole( 'button', { name: 'Apply with these teams' } )
				.click();
			await expect( page ).toHaveURL( /teams%5B%5D=polyglots/ );
			await expect(
				page.getByRole( 'checkbox', { name: 'Polyglots' } )
			).toBeChecked();
			await expect(
				page.getByRole( 'checkbox', { name: 'Documentation' } )
			).toBeChecked();
			// Still editable.
			await page
				.getByRole( 'checkbox', { name: 'Documentation' } )
				.uncheck();
			await expect(
				page.getByRole( 'checkbox', { name: 'Documentation' } )
			).not.toBeChecked();
		} );

		test( 'is told when applications are closed and when they open', async ( {
			page,
		} ) => {
			await page.goto( closedUrl );
			const block = page.locator( '.mentorship-form' );
			await expect( block ).toContainText( 'Applications are closed' );
			await expect( block.locator( 'time' ) ).toHaveAttribute(
				'datetime',
				/^\d{4}-\d{2}-\d{2}T/
			);
			await expect( block.locator( 'form' ) ).toHaveCount( 0 );
		} );
	} );

	test.describe( 'without JavaScript', () => {
		test.use( { ...visitor, javaScriptEnabled: false } );

		const fill = async ( page: Page, email: string ) => {
			const form = page.locator( '.mentorship-form' );
			await form
				.getByRole( 'textbox', { name: 'Name', exact: true } )
				.fill( 'Plain Pat' );
			await form.getByRole( 'textbox', { name: 'E-mail' } ).fill( email );
			await form.getByLabel( 'Time zone' ).selectOption( 'Africa/Lagos' );
			await form.getByRole( 'checkbox', { name: 'Yoruba' } ).check();
			await form.getByRole( 'checkbox', { name: 'English' } ).check();
			await form.getByRole( 'checkbox', { name: 'Training' } ).check();
			await form
				.getByRole( 'radio', { name: 'I am new to WordPress' } )
				.check();
			await form
				.getByRole( 'textbox', { name: 'Goals' } )
				.fill( 'Teach workshops.' );
			await form
				.getByRole( 'spinbutton', { name: 'Hours per week' } )
				.fill( '2' );
			await form.getByRole( 'radio', { name: 'A cohort group' } ).check();
			await form
				.getByRole( 'group', { name: 'Time 1' } )
				.getByLabel( 'Day' )
				.selectOption( { label: 'Tuesday' } );
			await form
				.getByRole( 'group', { name: 'Time 1' } )
				.getByLabel( 'From' )
				.fill( '18:00' );
			await form
				.getByRole( 'group', { name: 'Time 1' } )
				.getByLabel( 'To' )
				.fill( '19:30' );
			await form
				.getByRole( 'checkbox', {
					name: 'I agree to the code of conduct',
				} )
				.check();
			await form
				.getByRole( 'checkbox', {
					name: 'I agree to the privacy notice',
				} )
				.check();
			return form;
		};

		test( 'the team finder sends the chosen teams to the form', async ( {
			page,
		} ) => {
			await page.goto( finderUrl );
			const finder = page.locator(
				'.wp-block-mentorship-program-team-finder'
			);
			await finder
				.getByRole( 'checkbox', { name: 'Apply with Polyglots' } )
				.check();
			await finder
				.getByRole( 'checkbox', { name: 'Apply with Training' } )
				.check();
			await finder
				.getByRole( 'button', { name: 'Apply with these teams' } )
				.click();
			await expect( page ).toHaveURL(
				/teams%5B%5D=polyglots&teams%5B%5D=training|teams%5B%5D=training&teams%5B%5D=polyglots/
			);
			const form = page.locator( '.mentorship-form' );
			await expect(
				form.getByRole( 'checkbox', { name: 'Polyglots' } )
			).toBeChecked();
			await expect(
				form.getByRole( 'checkbox', { name: 'Training' } )
			).toBeChecked();
			await expect(
				form.getByRole( 'checkbox', { name: 'Core', exact: true } )
			).not.toBeChecked();
		} );

		test( 'the form posts to the page and the application is stored', async ( {
			page,
		} ) => {
			const email = `plain.${ Date.now() }@example.org`;
			await page.goto( formUrl );
			const form = await fill( page, email );
			await form
				.getByRole( 'button', { name: 'Send application' } )
				.click();

			await expect(
				page.getByRole( 'heading', { name: 'Application received' } )
			).toBeVisible();
			await expect( page.locator( '.mentorship-form form' ) ).toHaveCount(
				0
			);
			// Opening the link in the e-mail confirms the address.
			await openMailedLink( page, email );
			const stored = sitePhp< Record< string, unknown > >( `
				$found = \\Mentorship_Program\\Applications\\Applications::list( array( 'search' => ${ JSON.stringify(
					email
				) } ) );
				$app = $found['items'][0];
				echo "\\n" . wp_json_encode( array( 'stage' => $app['stage'], 'cohort' => $app['cohort'], 'fields' => $app['fields'] ) );
			` );
			expect( stored.stage ).toBe( 'submitted' );
			expect( stored.cohort ).toBe( cohort );
			expect( stored.fields ).toMatchObject( {
				timezone: 'Africa/Lagos',
				languages: [ 'en', 'yo' ],
				teams: [ 'training' ],
				hours_per_week: 2,
				availability: [ { day: 1, start: '18:00', end: '19:30' } ],
			} );
		} );

		test( 'server errors come back next to their fields, answers kept', async ( {
			page,
		} ) => {
			// An address the browser accepts and the server does not (no dot in
			// its domain): only the server can name this mistake.
			const email = `twice.${ Date.now() }@localhost`;
			await page.goto( formUrl );
			const form = await fill( page, email );
			await form
				.getByRole( 'button', { name: 'Send application' } )
				.click();

			const emailBox = page.getByRole( 'textbox', { name: 'E-mail' } );
			await expect( emailBox ).toHaveAttribute( 'aria-invalid', 'true' );
			await expect( emailBox ).toHaveAccessibleDescription( /e-?mail/i );
			await expect( emailBox ).toHaveValue( email );
			await expect(
				page.getByRole( 'checkbox', { name: 'Yoruba' } )
			).toBeChecked();
			await expect(
				page.locator( '.mentorship-form-summary' ).getByRole( 'link' )
			).toHaveAttribute( 'href', /#mentorship-form-\d+-email$/ );
		} );
	} );
} );
