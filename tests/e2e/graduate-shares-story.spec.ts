/**
 * A graduate shares the story of their mentorship: logs in, writes it, confirms
 * consent, and it lands with the editors as a story waiting for review. The same
 * form works without JavaScript.
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
import { logIn } from './utils/log-in';

// @axe-core/playwright types a Page of its own playwright-core version.
type AxeOptions = ConstructorParameters< typeof AxeBuilder >[ 0 ];

const PASSWORD = 'graduate-password-1';

type StoryRow = {
	id: number;
	title: string;
	status: string;
	contributor_name: string;
	program_role: string;
	teams: { slug: string }[];
	participant_id?: number;
};

test.describe( 'A graduate shares their story', () => {
	test.use( { storageState: { cookies: [], origins: [] } } );

	const stamp = Date.now();
	const username = `graduate${ stamp }`;
	let userId = 0;
	let menteeApp = 0;
	let mentorApp = 0;
	let pageId = 0;
	let shareUrl = '';

	test.beforeAll( async ( { requestUtils } ) => {
		const user = await requestUtils.createUser( {
			username,
			email: `${ username }@example.org`,
			password: PASSWORD,
			roles: [ 'subscriber' ],
		} );
		userId = user.id;
		const cohort = seedCohort( `Graduates ${ stamp }` );
		// One role per person in a cohort: the mentor story is from a later cohort.
		const mentorCohort = seedCohort( `Graduates' mentors ${ stamp }` );
		[ menteeApp, mentorApp ] = sitePhp< number[] >( `
			wp_set_current_user( 1 );
			add_filter( 'mentorship_program_queue_mail', '__return_false' );
			$common = array(
				'email'           => ${ JSON.stringify( `${ username }@example.org` ) },
				'wporg_username'  => 'gradstory',
				'timezone'        => 'Europe/Lisbon',
				'languages'       => array( 'pt', 'en' ),
				'teams'           => array( 'docs' ),
				'consent_coc'     => true,
				'consent_privacy' => true,
			);
			$mentee = \\Mentorship_Program\\Applications\\Applications::create(
				'mentee',
				array_merge( $common, array( 'name' => 'Gabriela Reis', 'experience' => 'new', 'goals' => 'Private goals', 'hours_per_week' => 3, 'format' => 'any' ) ),
				${ cohort },
				${ userId }
			);
			foreach ( array( 'in_review', 'accepted', 'active', 'graduated' ) as $stage ) {
				\\Mentorship_Program\\Applications\\Applications::transition( (int) $mentee['id'], $stage, array( 'allow_unassigned' => true ) );
			}
			\\Mentorship_Program\\Applications\\Applications::transition( (int) $mentee['id'], 'placed', array( 'team' => 'docs' ) );
			$mentor = \\Mentorship_Program\\Applications\\Applications::create(
				'mentor',
				array_merge( $common, array( 'name' => 'Gabriela Reis', 'formats' => array( 'one-to-one' ), 'capacity' => 1, 'motivation' => 'Giving back.' ) ),
				${ mentorCohort },
				${ userId }
			);
			foreach ( array( 'in_review', 'approved', 'active', 'completed' ) as $stage ) {
				\\Mentorship_Program\\Applications\\Applications::transition( (int) $mentor['id'], $stage, array( 'allow_unassigned' => true ) );
			}
			echo "\\n" . wp_json_encode( array( (int) $mentee['id'], (int) $mentor['id'] ) );
		` );
		const created = await requestUtils.rest< { id: number; link: string } >(
			{
				method: 'POST',
				path: '/wp/v2/pages',
				data: {
					title: `Share your story ${ stamp }`,
					status: 'publish',
					content: '<!-- wp:mentorship-program/share-story /-->',
				},
			}
		);
		pageId = created.id;
		shareUrl = created.link;
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

	test( 'visitors are asked to log in first', async ( { page } ) => {
		await page.goto( shareUrl );
		await expect(
			page.getByRole( 'link', { name: 'Log in to share your story' } )
		).toHaveAttribute( 'href', /wp-login\.php\?redirect_to=/ );
		await expect(
			page.locator( 'form.mentorship-share-form' )
		).toHaveCount( 0 );
	} );

	test( 'submits a story that lands as pending for the editors', async ( {
		page,
		request,
		requestUtils,
	} ) => {
		await logIn( page, username, PASSWORD );
		await page.goto(
			`${ shareUrl }${
				shareUrl.includes( '?' ) ? '&' : '?'
			}application=${ menteeApp }`
		);
		const block = page.locator(
			'.wp-block-mentorship-program-share-story'
		);
		const choice = block.getByLabel(
			'Which mentorship is your story about?'
		);
		await expect( choice ).toHaveValue( String( menteeApp ) );

		const axe = await new AxeBuilder( { page } as unknown as AxeOptions )
			.include( '.wp-block-mentorship-program-share-story' )
			.withTags( [ 'wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa' ] )
			.analyze();
		expect( axe.violations.map( ( v ) => v.id ) ).toEqual( [] );

		await block
			.getByRole( 'textbox', { name: /^Title/ } )
			.fill( `Docs changed my life ${ stamp }` );
		await block
			.getByRole( 'textbox', { name: /^Your story/ } )
			.fill(
				'I started by fixing a typo.\n\nMy mentor showed me how the docs team works.'
			);
		await block.getByRole( 'checkbox', { name: /I agree/ } ).check();

		// When the server names a field, the error shows by it and nothing typed is lost.
		await page.route(
			/mentorship\/v1\/stories/,
			( route ) =>
				route.fulfill( {
					status: 400,
					contentType: 'application/json',
					body: JSON.stringify( {
						code: 'rest_invalid_param',
						message: 'Invalid parameter(s): title',
						data: {
							status: 400,
							params: { title: 'Give your story a title.' },
						},
					} ),
				} ),
			{ times: 1 }
		);
		await block
			.getByRole( 'button', { name: 'Send my story for review' } )
			.click();
		const title = block.getByRole( 'textbox', { name: /^Title/ } );
		await expect( title ).toHaveAttribute( 'aria-invalid', 'true' );
		await expect( title ).toBeFocused();
		await expect( block ).toContainText( 'Give your story a title.' );
		await expect( block.getByRole( 'status' ) ).toContainText(
			'Please correct the fields marked below.'
		);
		await expect(
			block.getByRole( 'textbox', { name: /^Your story/ } )
		).toHaveValue( /My mentor showed me how the docs team works\./ );
		await expect( title ).toHaveValue( `Docs changed my life ${ stamp }` );

		const sent = page.waitForResponse(
			( response ) =>
				response.url().includes( 'mentorship/v1/stories' ) &&
				response.request().method() === 'POST'
		);
		await block
			.getByRole( 'button', { name: 'Send my story for review' } )
			.click();
		expect( ( await sent ).status() ).toBe( 201 );
		await expect( block.getByRole( 'status' ) ).toContainText(
			'Thank you!'
		);
		await expect( block.locator( 'form' ) ).toBeHidden();
		await expect(
			block.getByRole( 'link', {
				name: 'Read other contributor stories',
			} )
		).toBeVisible();

		const stories = await requestUtils.rest< StoryRow[] >( {
			path: '/mentorship/v1/stories',
			params: { status: 'pending', per_page: 100 },
		} );
		const story = stories.find(
			( row ) => row.title === `Docs changed my life ${ stamp }`
		);
		expect( story ).toBeDefined();
		expect( story?.status ).toBe( 'pending' );
		expect( story?.contributor_name ).toBe( 'Gabriela Reis' );
		expect( story?.program_role ).toBe( 'mentee' );
		expect( story?.teams.map( ( team ) => team.slug ) ).toEqual( [
			'docs',
		] );
		expect( story?.participant_id ).toBe( menteeApp );

		// Not public until an editor publishes it.
		const anonymous = await request.get(
			`/wp-json/wp/v2/mentorship-stories/${ story?.id }`
		);
		expect( anonymous.status() ).toBeGreaterThanOrEqual( 400 );

		// The same mentorship cannot be shared twice.
		await page.reload();
		await expect(
			block.getByLabel( 'Which mentorship is your story about?' )
		).toHaveCount( 0 );
		await expect( block ).toContainText( 'Mentor in' );
	} );

	test.describe( 'without JavaScript', () => {
		test.use( { javaScriptEnabled: false } );

		test( 'the form posts to the page and the story is stored', async ( {
			page,
			requestUtils,
		} ) => {
			await logIn( page, username, PASSWORD );
			await page.goto( shareUrl );
			const block = page.locator(
				'.wp-block-mentorship-program-share-story'
			);
			// Only the mentor application is left to share.
			await expect( block ).toContainText( 'Mentor in' );
			await block
				.getByRole( 'textbox', { name: /^Title/ } )
				.fill( `Mentoring, plainly ${ stamp }` );
			await block
				.getByRole( 'textbox', { name: /^Your story/ } )
				.fill( 'Four mentees, one cohort.' );
			await block.getByRole( 'checkbox', { name: /I agree/ } ).check();
			await block
				.getByRole( 'button', { name: 'Send my story for review' } )
				.click();
			await expect( block ).toContainText( 'Thank you!' );

			const stories = await requestUtils.rest< StoryRow[] >( {
				path: '/mentorship/v1/stories',
				params: { status: 'pending', per_page: 100 },
			} );
			const story = stories.find(
				( row ) => row.title === `Mentoring, plainly ${ stamp }`
			);
			expect( story?.status ).toBe( 'pending' );
			expect( story?.participant_id ).toBe( mentorApp );

			await page.goto( shareUrl );
			await expect( block ).toContainText(
				'you have shared your story already'
			);
		} );
	} );
	test( 'a graduate without an account shares it with the private link from the e-mail', async ( {
		page,
		requestUtils,
	} ) => {
		const cohort = seedCohort( `Linked graduates ${ stamp }` );
		const { id, link } = sitePhp< { id: number; link: string } >( `
			wp_set_current_user( 1 );
			add_filter( 'mentorship_program_queue_mail', '__return_false' );
			$app = \\Mentorship_Program\\Applications\\Applications::create(
				'mentee',
				array( 'name' => 'Lan Nguyễn', 'email' => 'lan-${ stamp }@example.org', 'timezone' => 'Asia/Ho_Chi_Minh', 'languages' => array( 'vi', 'en' ), 'teams' => array( 'polyglots' ), 'experience' => 'new', 'goals' => 'Translate.', 'hours_per_week' => 2, 'format' => 'any', 'consent_coc' => true, 'consent_privacy' => true ),
				${ cohort }
			);
			foreach ( array( 'in_review', 'accepted', 'active', 'graduated' ) as $stage ) {
				\\Mentorship_Program\\Applications\\Applications::transition( (int) $app['id'], $stage, array( 'allow_unassigned' => true ) );
			}
			$secret = \\Mentorship_Program\\Applications\\Status_Links::rotate( (int) $app['id'], 'mail' );
			echo "\\n" . wp_json_encode( array( 'id' => (int) $app['id'], 'link' => \\Mentorship_Program\\Applications\\Status_Links::url( (int) $app['id'], $secret ) ) );
		` );

		// Without the link: a visitor is asked to log in.
		await page.goto( shareUrl );
		await expect(
			page.locator( 'form.mentorship-share-form' )
		).toHaveCount( 0 );

		// The link from the e-mail opens the status page, which invites the story.
		await page.goto( link );
		await expect( page ).not.toHaveURL( /mentorship_link=/ );
		await page.goto(
			shareUrl +
				( shareUrl.includes( '?' ) ? '&' : '?' ) +
				`application=${ id }`
		);
		const block = page.locator(
			'.wp-block-mentorship-program-share-story'
		);
		await expect( block.locator( 'form' ) ).toBeVisible();
		await block
			.getByRole( 'textbox', { name: /^Title/ } )
			.fill( `From the link ${ stamp }` );
		await block
			.getByRole( 'textbox', { name: /^Your story/ } )
			.fill( 'I never made an account; the link was enough.' );
		await block.getByRole( 'checkbox', { name: /I agree/ } ).check();
		await block
			.getByRole( 'button', { name: 'Send my story for review' } )
			.click();
		await expect( block ).toContainText( 'Thank you!' );

		const stories = await requestUtils.rest< StoryRow[] >( {
			path: '/mentorship/v1/stories',
			params: { status: 'pending', per_page: 100 },
		} );
		const story = stories.find(
			( row ) => row.title === `From the link ${ stamp }`
		);
		expect( story?.status ).toBe( 'pending' );
		expect( story?.participant_id ).toBe( id );
		expect( story?.contributor_name ).toBe( 'Lan Nguyễn' );
	} );
} );
