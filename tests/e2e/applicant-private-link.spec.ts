/**
 * An applicant without an account applies, opens the private link from the e-mail,
 * sees where the application stands and withdraws it; wrong and old links show nothing
 * personal; "E-mail me my link again" answers every address the same way. Without
 * JavaScript, since none of it needs any.
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
import { seedCohort, sitePhp } from './utils/seed';
import { PRIVATE_LINK, lastMailTo, mailCountTo } from './utils/mail';

// @axe-core/playwright types a newer Playwright Page than @playwright/test's.
type AxeOptions = ConstructorParameters< typeof AxeBuilder >[ 0 ];

const LINK = PRIVATE_LINK;

/**
 * Axe violations of what this page shows, checked in a browser with JavaScript (axe
 * runs as a script) holding the same cookies, at the same address.
 *
 * @param browser  Browser.
 * @param page     The page, without JavaScript.
 * @param selector What to check.
 * @return Violation ids.
 */
async function axeViolations( browser: Browser, page: Page, selector: string ) {
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
		.include( selector )
		.withTags( [ 'wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa' ] )
		.analyze();
	await context.close();
	return results.violations.map(
		( v ) => `${ v.id }: ${ v.nodes.map( ( n ) => n.target ).join( ', ' ) }`
	);
}

test.describe( 'An applicant follows their application from a private link', () => {
	test.use( {
		storageState: { cookies: [], origins: [] },
		javaScriptEnabled: false,
	} );

	const stamp = Date.now();
	const email = `private.${ stamp }@example.org`;
	let formUrl = '';
	let statusUrl = '';
	let rateLimit = 5;
	const pages: number[] = [];

	test.beforeAll( async ( { requestUtils } ) => {
		rateLimit = sitePhp< number >( `
			$before = (int) \\Mentorship_Program\\Settings\\Settings::get( 'rate_limit_count' );
			\\Mentorship_Program\\Settings\\Settings::update( array( 'rate_limit_count' => 1000 ) );
			echo "\\n" . wp_json_encode( $before );
		` );
		const cohort = seedCohort( `Private link cohort ${ stamp }`, {
			opens_at: new Date( Date.now() - 86400e3 ).toISOString(),
			closes_at: new Date( Date.now() + 30 * 86400e3 ).toISOString(),
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
		statusUrl = await create(
			'Your application',
			'<!-- wp:mentorship-program/my-application /-->'
		);
		formUrl = await create(
			'Apply with a private link',
			`<!-- wp:mentorship-program/application-form {"cohort":${ cohort }} /-->`
		);
	} );

	test.afterAll( async ( { requestUtils } ) => {
		sitePhp( `
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

	test( 'applies, opens the e-mailed link, sees "Submitted" and withdraws', async ( {
		page,
		browser,
	} ) => {
		await page.goto( formUrl );
		const form = page.locator( '.mentorship-form' );
		await form
			.getByRole( 'textbox', { name: 'Name', exact: true } )
			.fill( 'Priya Private' );
		await form.getByRole( 'textbox', { name: 'E-mail' } ).fill( email );
		await form.getByLabel( 'Time zone' ).selectOption( 'Asia/Kolkata' );
		await form.getByRole( 'checkbox', { name: 'English' } ).check();
		await form
			.getByRole( 'radio', { name: 'I am new to WordPress' } )
			.check();
		await form
			.getByRole( 'textbox', { name: 'Goals' } )
			.fill( 'Translate.' );
		await form
			.getByRole( 'spinbutton', { name: 'Hours per week' } )
			.fill( '2' );
		await form.getByRole( 'radio', { name: 'Any of these' } ).check();
		await form
			.getByRole( 'checkbox', { name: 'I agree to the code of conduct' } )
			.check();
		await form
			.getByRole( 'checkbox', { name: 'I agree to the privacy notice' } )
			.check();
		await form.getByRole( 'button', { name: 'Send application' } ).click();

		const done = page.locator( '.mentorship-form-done' );
		await expect( done ).toContainText( 'open it to confirm your address' );
		await expect(
			done.getByRole( 'link', { name: 'Follow your application' } )
		).toHaveAttribute( 'href', LINK );

		// The e-mail carries the link that confirms the address.
		const mail = lastMailTo( email );
		expect( mail?.body ).toContain(
			'confirm that this is your e-mail address'
		);
		const link = mail?.body.match(
			/https?:\/\/\S*mentorship_link=\S+/
		)?.[ 0 ];
		expect( link ).toBeTruthy();

		const response = await page.goto( String( link ) );
		// The secret leaves the address bar before anything is shown.
		expect( page.url() ).not.toContain( 'mentorship_link' );
		expect( page.url() ).not.toMatch( /[a-f0-9]{32}/ );
		const headers = response?.headers() ?? {};
		expect( headers[ 'referrer-policy' ] ).toBe( 'no-referrer' );
		expect( headers[ 'x-robots-tag' ] ).toContain( 'noindex' );
		expect( headers[ 'cache-control' ] ).toContain( 'no-store' );
		await expect( page.locator( 'meta[name="robots"]' ) ).toHaveAttribute(
			'content',
			/noindex/
		);

		const block = page.locator( '.mentorship-status' );
		await expect( block.getByRole( 'status' ) ).toContainText(
			'your e-mail address is confirmed'
		);
		await expect( block.getByText( 'Status:' ) ).toContainText(
			'Submitted'
		);
		await expect( block ).toContainText(
			'A coordinator will start reviewing it soon.'
		);
		await expect(
			block.getByRole( 'list', { name: 'History' } )
		).toContainText( 'Submitted' );
		expect(
			await axeViolations( browser, page, '.mentorship-status' )
		).toEqual( [] );
		await page.screenshot( {
			path: test.info().outputPath( 'private-link-status.png' ),
			fullPage: true,
		} );

		// Withdrawing asks first; "No" changes nothing.
		await block
			.getByRole( 'link', { name: 'Withdraw this application' } )
			.click();
		await expect(
			block.getByRole( 'heading', { name: 'Withdraw this application?' } )
		).toBeVisible();
		expect(
			await axeViolations( browser, page, '.mentorship-status' )
		).toEqual( [] );
		await block.getByRole( 'link', { name: 'No, keep it' } ).click();
		await expect( block.getByText( 'Status:' ) ).toContainText(
			'Submitted'
		);

		await block
			.getByRole( 'link', { name: 'Withdraw this application' } )
			.click();
		await block
			.getByRole( 'button', { name: 'Yes, withdraw my application' } )
			.click();
		await expect( block.getByRole( 'status' ).first() ).toContainText(
			'Your application was withdrawn.'
		);
		await expect( block.getByText( 'Status:' ) ).toContainText(
			'Withdrawn'
		);
		await expect(
			block.getByRole( 'link', { name: 'Withdraw this application' } )
		).toHaveCount( 0 );
		expect( page.url() ).not.toMatch( /[a-f0-9]{32}/ );
	} );

	test( 'a wrong or old secret shows nothing personal', async ( {
		page,
	} ) => {
		const other = `old.${ stamp }@example.org`;
		const id = sitePhp< number >( `
			wp_set_current_user( 0 );
			$created = \\Mentorship_Program\\Applications\\Applications::create( 'mentee', array(
				'name' => 'Oscar Oldlink', 'email' => ${ JSON.stringify(
					other
				) }, 'timezone' => 'UTC',
				'languages' => array( 'en' ), 'experience' => 'new', 'goals' => 'Learn.',
				'hours_per_week' => 2, 'format' => 'any', 'consent_coc' => true, 'consent_privacy' => true,
			), (int) \\Mentorship_Program\\Cohorts\\Cohorts::current_open()['id'] );
			echo "\\n" . wp_json_encode( (int) $created['id'] );
		` );
		const old = lastMailTo( other )?.body.match( LINK )?.[ 1 ] ?? '';
		expect( old ).toMatch( /^\d+\.[a-f0-9]{32}$/ );

		// The current link works.
		await page.goto( `${ statusUrl }?mentorship_link=${ old }` );
		await expect( page.locator( '.mentorship-status' ) ).toContainText(
			'Submitted'
		);
		await page.context().clearCookies();

		// Asking for the link again replaces it.
		sitePhp( `
			\\Mentorship_Program\\Applications\\Status_Links::rotate( ${ id } );
			echo "\\n" . wp_json_encode( true );
		` );
		const wrong = [
			old,
			`${ id }.${ '0'.repeat( 32 ) }`,
			`${ id + 1 }.${ old.split( '.' )[ 1 ] }`,
			'nonsense',
		];
		for ( const token of wrong ) {
			await page.goto(
				`${ statusUrl }?mentorship_link=${ encodeURIComponent(
					token
				) }`
			);
			expect( page.url() ).not.toContain( 'mentorship_link=' );
			const block = page.locator( '.mentorship-status' );
			await expect( block.getByRole( 'alert' ) ).toContainText(
				'This link does not work'
			);
			await expect( block ).not.toContainText( 'Oscar' );
			await expect( block ).not.toContainText( 'Submitted' );
			await expect( block ).not.toContainText( other );
		}
	} );

	test( '"E-mail me my link" answers the same for known and unknown addresses', async ( {
		page,
		browser,
	} ) => {
		const known = `known.${ stamp }@example.org`;
		const unknown = `unknown.${ stamp }@example.org`;
		sitePhp( `
			$created = \\Mentorship_Program\\Applications\\Applications::create( 'mentee', array(
				'name' => 'Kim Known', 'email' => ${ JSON.stringify(
					known
				) }, 'timezone' => 'UTC',
				'languages' => array( 'en' ), 'experience' => 'new', 'goals' => 'Learn.',
				'hours_per_week' => 2, 'format' => 'any', 'consent_coc' => true, 'consent_privacy' => true,
			), (int) \\Mentorship_Program\\Cohorts\\Cohorts::current_open()['id'] );
			echo "\\n" . wp_json_encode( true );
		` );
		const before = mailCountTo( known );

		const ask = async ( address: string ) => {
			await page.goto( statusUrl );
			const block = page.locator( '.mentorship-status' );
			await block
				.getByRole( 'textbox', { name: 'E-mail' } )
				.fill( address );
			await block
				.getByRole( 'button', { name: 'E-mail me my link' } )
				.click();
			await expect( block.getByRole( 'status' ) ).toBeVisible();
			return {
				text: await block.innerText(),
				url: page.url(),
			};
		};
		const a = await ask( known );
		const b = await ask( unknown );
		expect( a.text ).toBe( b.text );
		expect( a.url ).toBe( b.url );
		expect( a.text ).toContain( 'If this address has an application' );
		expect(
			await axeViolations( browser, page, '.mentorship-status' )
		).toEqual( [] );

		expect( mailCountTo( known ) ).toBe( before + 1 );
		expect( mailCountTo( unknown ) ).toBe( 0 );
		const fresh = lastMailTo( known )?.body.match( LINK )?.[ 1 ];
		await page.goto( `${ statusUrl }?mentorship_link=${ fresh }` );
		await expect( page.locator( '.mentorship-status' ) ).toContainText(
			'Submitted'
		);
	} );
} );
