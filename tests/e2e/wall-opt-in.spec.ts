/**
 * The mentors and graduates wall shows only people who really opted in: an answer
 * of "false" sent to the public application route is a no, not a yes.
 */

/**
 * WordPress dependencies
 */
import { test, expect } from '@wordpress/e2e-test-utils-playwright';

/**
 * Internal dependencies
 */
import { applicationIdByEmail, seedCohort, sitePhp } from './utils/seed';

test.describe( 'Mentors and graduates wall', () => {
	test.use( { storageState: { cookies: [], origins: [] } } );

	const run = Date.now().toString( 36 );
	const optedOut = `Wanda Falsewall ${ run }`;
	const optedIn = `Yuri Truewall ${ run }`;
	let cohortId = 0;
	let pageId = 0;
	let pageLink = '';
	const ids: number[] = [];

	let rateLimit = 0;

	test.beforeAll( async ( { requestUtils } ) => {
		// Other specs apply from this address too: lift the rate limit for now.
		rateLimit = sitePhp< number >( `
			$before = (int) \\Mentorship_Program\\Settings\\Settings::get( 'rate_limit_count' );
			\\Mentorship_Program\\Settings\\Settings::update( array( 'rate_limit_count' => 1000 ) );
			echo "\\n" . wp_json_encode( $before );
		` );
		const day = 86400000;
		cohortId = seedCohort( `Wall ${ run }`, {
			opens_at: new Date( Date.now() - day ).toISOString(),
			closes_at: new Date( Date.now() + 30 * day ).toISOString(),
		} );
		const token = sitePhp< string >(
			'echo "\\n" . wp_json_encode( \\Mentorship_Program\\Security\\Form_Token::issue() );'
		);
		// Two public applications, as a visitor's script would send them: one says
		// "false" to the wall, the other true.
		for ( const [ name, answer ] of [
			[ optedOut, 'false' ],
			[ optedIn, true ],
		] as const ) {
			const email = `${ name
				.toLowerCase()
				.replace( /[^a-z0-9]+/g, '.' ) }@example.org`;
			const sent = await requestUtils.request.post(
				'/wp-json/mentorship/v1/applications',
				{
					data: {
						type: 'mentee',
						token,
						cohort: cohortId,
						name,
						email,
						timezone: 'Europe/Lisbon',
						languages: [ 'en' ],
						teams: [ 'core' ],
						experience: 'new',
						goals: 'Learn how to contribute.',
						hours_per_week: 3,
						format: 'one-to-one',
						public_recognition: answer,
						consent_coc: true,
						consent_privacy: true,
					},
				}
			);
			expect( sent.status(), await sent.text() ).toBe( 201 );
			ids.push( applicationIdByEmail( email, 'mentee' ) );
		}
		expect( ids.every( ( id ) => id > 0 ) ).toBe( true );
		// Both graduate, so both would be on the wall if they had opted in.
		sitePhp( `
			wp_set_current_user( 1 );
			foreach ( array( ${ ids.join( ', ' ) } ) as $id ) {
				// Confirmed, as opening the mailed link does.
				\\Mentorship_Program\\Applications\\Status_Links::confirm( $id );
				foreach ( array( 'in_review', 'accepted', 'active', 'graduated' ) as $stage ) {
					\\Mentorship_Program\\Applications\\Applications::transition( $id, $stage, array( 'allow_unassigned' => true ) );
				}
			}
			echo "\\n" . wp_json_encode( true );
		` );

		const created = await requestUtils.rest< { id: number; link: string } >(
			{
				method: 'POST',
				path: '/wp/v2/pages',
				data: {
					title: `Our mentors and graduates ${ run }`,
					status: 'publish',
					content: `<!-- wp:mentorship-program/recognition-wall {"cohort":${ cohortId }} /-->`,
				},
			}
		);
		pageId = created.id;
		pageLink = created.link;
	} );

	test.afterAll( async ( { requestUtils } ) => {
		if ( rateLimit ) {
			sitePhp( `
				\\Mentorship_Program\\Settings\\Settings::update( array( 'rate_limit_count' => ${ rateLimit } ) );
				echo "\\n" . wp_json_encode( true );
			` );
		}
		if ( pageId ) {
			await requestUtils.rest( {
				method: 'DELETE',
				path: `/wp/v2/pages/${ pageId }`,
				params: { force: true },
			} );
		}
		sitePhp( `
			foreach ( array( ${
				ids.join( ', ' ) || '0'
			} ) as $id ) { if ( $id ) { \\Mentorship_Program\\Applications\\Applications::delete( $id ); } }
			wp_delete_term( ${ cohortId }, \\Mentorship_Program\\Teams\\Taxonomies::COHORT );
			echo "\\n" . wp_json_encode( true );
		` );
	} );

	test( 'a visitor sees only the graduate who really opted in', async ( {
		page,
	} ) => {
		await page.goto( pageLink );
		const wall = page.locator( '.mentorship-wall' );
		await expect(
			wall.getByRole( 'heading', { name: 'Graduates', exact: true } )
		).toBeVisible();
		await expect(
			wall.getByText( optedIn, { exact: true } )
		).toBeVisible();
		await expect( page.getByText( optedOut ) ).toHaveCount( 0 );
		await page.screenshot( {
			path: test.info().outputPath( 'wall-opt-in.png' ),
			fullPage: true,
		} );

		// Nor does the page's content reach anyone through the REST API.
		const pages = await page.request.get(
			`/wp-json/wp/v2/pages/${ pageId }`
		);
		expect( pages.status() ).toBe( 200 );
		const text = await pages.text();
		expect( text ).toContain( 'Truewall' );
		expect( text ).not.toContain( 'Falsewall' );
	} );
} );
