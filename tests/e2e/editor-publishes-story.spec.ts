/**
 * An editor writes a contributor story from the story template: fills in the details
 * card and the journey timeline in place, is told that consent is needed, confirms
 * it, publishes, and readers see the story.
 */

/**
 * WordPress dependencies
 */
import { test, expect } from '@wordpress/e2e-test-utils-playwright';

/**
 * Internal dependencies
 */
import { seedCohort, sitePhp } from './utils/seed';
import { logIn } from './utils/log-in';

const PASSWORD = 'editor-password-1';

test.describe( 'An editor publishes a story', () => {
	test.use( { storageState: { cookies: [], origins: [] } } );

	const stamp = Date.now();
	const username = `storyeditor${ stamp }`;
	const cohortName = `Story cohort ${ stamp }`;
	let userId = 0;

	test.beforeAll( async ( { requestUtils } ) => {
		const user = await requestUtils.createUser( {
			username,
			email: `${ username }@example.org`,
			password: PASSWORD,
			roles: [ 'editor' ],
		} );
		userId = user.id;
		seedCohort( cohortName );
	} );

	test.afterAll( async ( { requestUtils } ) => {
		await requestUtils.rest( {
			method: 'DELETE',
			path: `/wp/v2/users/${ userId }`,
			params: { force: true, reassign: 1 },
		} );
	} );

	test( 'writes it from the template, confirms consent and publishes', async ( {
		page,
		admin,
		editor,
	} ) => {
		await logIn( page, username, PASSWORD );
		await admin.createNewPost( {
			postType: 'mentorship_story',
			title: 'From my first meetup to the Core team',
		} );

		// The template: details, introduction, timeline, then the three prompts.
		const names = ( await editor.getBlocks() ).map(
			( block ) => block.name
		);
		expect( names.slice( 0, 4 ) ).toEqual( [
			'mentorship-program/story-details',
			'core/paragraph',
			'mentorship-program/journey-timeline',
			'core/heading',
		] );
		const headings = editor.canvas.locator( '[data-type="core/heading"]' );
		await expect(
			headings.filter( { hasText: 'How I started' } )
		).toBeVisible();
		await expect(
			headings.filter( { hasText: 'What helped me' } )
		).toBeVisible();
		await expect(
			headings.filter( { hasText: 'What I would tell a newcomer' } )
		).toBeVisible();

		// The details card is edited in place.
		const details = editor.canvas.locator(
			'.wp-block-mentorship-program-story-details'
		);
		await details.getByLabel( 'Contributor name' ).fill( 'Rosa Díaz' );
		await details.getByLabel( 'WordPress.org username' ).fill( 'rosadiaz' );
		await details
			.getByLabel( 'Role in the program' )
			.selectOption( 'mentee' );
		await details
			.getByLabel( 'Cohort' )
			.selectOption( { label: cohortName } );
		await details
			.getByRole( 'checkbox', { name: 'Core', exact: true } )
			.check();
		await details.getByLabel( 'Location (optional)' ).fill( 'Valencia' );
		// The fields take what the story's meta takes, as the server printed it.
		const limits = sitePhp< Record< string, number > >( `
			echo "\\n" . wp_json_encode( \\Mentorship_Program\\Applications\\Program_Rules::lengths() );
		` );
		await expect(
			details.getByLabel( 'Contributor name' )
		).toHaveAttribute( 'maxlength', String( limits.story_name ) );
		await expect(
			details.getByLabel( 'WordPress.org username' )
		).toHaveAttribute( 'maxlength', String( limits.story_username ) );

		// The introduction paragraph.
		await editor.canvas
			.locator( '[data-type="core/paragraph"]' )
			.first()
			.click();
		await page.keyboard.type(
			'I build shops for small businesses and wanted to give back.'
		);
		// One section of the template is filled in; the other two are left empty.
		await editor.canvas
			.locator( '[data-type="core/paragraph"]' )
			.nth( 1 )
			.click();
		await page.keyboard.type( 'My first contribution was a translation.' );

		// The journey timeline.
		const timeline = editor.canvas.locator(
			'.wp-block-mentorship-program-journey-timeline'
		);
		await timeline.getByRole( 'button', { name: 'Add milestone' } ).click();
		await timeline.getByLabel( 'Date' ).fill( '2024-01-18' );
		await timeline.getByLabel( 'What happened' ).fill( 'Joined my cohort' );
		await expect( timeline.getByLabel( 'What happened' ) ).toHaveAttribute(
			'maxlength',
			String( limits.story_milestone )
		);
		await timeline.getByLabel( 'Kind' ).selectOption( 'joined_cohort' );
		await timeline.getByRole( 'button', { name: 'Add milestone' } ).click();
		await timeline.getByLabel( 'Date' ).nth( 1 ).fill( '2024-02-29' );
		await timeline
			.getByLabel( 'What happened' )
			.nth( 1 )
			.fill( 'Graduated' );
		await timeline
			.getByLabel( 'Kind' )
			.nth( 1 )
			.selectOption( 'graduated' );

		// Without the contributor's consent the story cannot be published.
		await page
			.getByRole( 'region', { name: 'Editor top bar' } )
			.getByRole( 'button', { name: 'Publish', exact: true } )
			.click();
		await page
			.getByRole( 'region', { name: 'Editor publish' } )
			.getByRole( 'button', { name: 'Publish', exact: true } )
			.click();
		await expect(
			page.getByText( /cannot be published yet/ ).first()
		).toBeVisible();

		await details
			.getByRole( 'checkbox', {
				name: 'The contributor agreed to publish this story',
			} )
			.check();
		// The publish panel is still open after the refusal: publish from it.
		await page
			.getByRole( 'region', { name: 'Editor publish' } )
			.getByRole( 'button', { name: 'Publish', exact: true } )
			.click();
		await expect(
			page
				.getByRole( 'button', { name: 'Dismiss this notice' } )
				.filter( { hasText: 'Story published.' } )
		).toBeVisible();
		const postId = Number(
			new URL( page.url() ).searchParams.get( 'post' )
		);
		expect( postId ).toBeGreaterThan( 0 );

		// Readers see the story with its details and journey.
		await page.goto( `/?p=${ postId }` );
		await expect(
			page.getByRole( 'heading', {
				level: 1,
				name: 'From my first meetup to the Core team',
			} )
		).toBeVisible();
		const card = page.getByRole( 'complementary', {
			name: 'About the contributor',
		} );
		await expect( card ).toContainText( 'Rosa Díaz' );
		await expect(
			card.getByRole( 'link', { name: '@rosadiaz' } )
		).toHaveAttribute( 'href', 'https://profiles.wordpress.org/rosadiaz/' );
		await expect(
			card.getByRole( 'link', { name: 'Core' } )
		).toHaveAttribute( 'href', /story_team=core/ );
		await expect( card ).toContainText( cohortName );
		await expect( card ).toContainText( 'Valencia' );
		const milestones = page
			.locator( '.wp-block-mentorship-program-journey-timeline ol' )
			.getByRole( 'listitem' );
		await expect( milestones ).toHaveCount( 2 );
		await expect( milestones.first().locator( 'time' ) ).toHaveAttribute(
			'datetime',
			'2024-01-18'
		);
		await expect( milestones.nth( 1 ) ).toContainText( 'Graduated' );
		await expect(
			page.getByRole( 'heading', { name: 'How I started' } )
		).toBeVisible();
		await expect(
			page.getByText( 'I build shops for small businesses' )
		).toBeVisible();
		await expect(
			page.getByText( 'My first contribution was a translation.' )
		).toBeVisible();
		// Sections left empty are not published as bare headings.
		await expect(
			page.getByRole( 'heading', { name: 'What helped me' } )
		).toHaveCount( 0 );
		await expect(
			page.getByRole( 'heading', {
				name: 'What I would tell a newcomer',
			} )
		).toHaveCount( 0 );
	} );
} );
