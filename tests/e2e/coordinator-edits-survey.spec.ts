/**
 * A coordinator reads a finished cohort's outcomes — the 2024 figures — and adds a
 * question to an upcoming cohort's end survey before it opens.
 */

/**
 * WordPress dependencies
 */
import { test, expect } from '@wordpress/e2e-test-utils-playwright';

/**
 * Internal dependencies
 */
import { accessibilityViolations, APP_URL } from './utils/admin-app';
import { seedCohort, sitePhp } from './utils/seed';

test.describe( 'Surveys and outcomes', () => {
	const stamp = String( Date.now() );
	let finished = 0;
	let upcoming = 0;

	test.beforeAll( () => {
		finished = sitePhp< number >( `
			$seeded = \\Mentorship_Program\\Surveys\\Demo_Seeder::outcomes_2024( array( 'suffix' => ${ JSON.stringify(
				`admin-${ stamp }`
			) } ) );
			echo "\\n" . wp_json_encode( $seeded['cohort_id'] );
		` );
		const day = 86400e3;
		upcoming = seedCohort( `Upcoming survey cohort ${ stamp }`, {
			starts_on: new Date( Date.now() + 20 * day )
				.toISOString()
				.slice( 0, 10 ),
			ends_on: new Date( Date.now() + 62 * day )
				.toISOString()
				.slice( 0, 10 ),
		} );
	} );

	test( 'reads the 2024 figures and adds a question before a survey opens', async ( {
		page,
	} ) => {
		await page.goto( `${ APP_URL }&view=surveys&cohort=${ finished }` );
		await expect(
			page.getByRole( 'heading', {
				level: 2,
				name: 'Surveys and outcomes',
			} )
		).toBeVisible();
		const familiarity = page
			.getByRole( 'row' )
			.filter( { hasText: 'How familiar are you' } );
		await expect( familiarity ).toContainText( '53.65%' );
		await expect( familiarity ).toContainText( '80.24%' );
		await expect( familiarity ).toContainText( '+26.59 points' );
		await expect(
			page.getByRole( 'row' ).filter( { hasText: 'How satisfied' } )
		).toContainText( '88.62%' );
		await expect(
			page.getByRole( 'row' ).filter( { hasText: '30 days' } )
		).toContainText( '30 (83.33%)' );
		expect( await accessibilityViolations( page ) ).toEqual( [] );
		await page.screenshot( {
			path: test.info().outputPath( 'surveys-outcomes.png' ),
			fullPage: true,
		} );

		// A closed survey's questions stay as they were.
		await page
			.getByRole( 'button', {
				name: 'Edit Mentee survey: end of the cohort',
			} )
			.click();
		const closed = page.getByRole( 'dialog' );
		await expect( closed ).toContainText( 'can no longer change' );
		await closed.getByRole( 'button', { name: 'Cancel' } ).click();

		await page.goto( `${ APP_URL }&view=surveys&cohort=${ upcoming }` );
		// Nothing answered yet: the tables say so rather than standing empty.
		await expect(
			page.getByText( 'No figures yet: they appear once people answer' )
		).toBeVisible();
		await expect(
			page.getByText( 'Nobody has been asked yet.' )
		).toBeVisible();
		await page
			.getByRole( 'button', {
				name: 'Edit Mentee survey: end of the cohort',
			} )
			.click();
		const dialog = page.getByRole( 'dialog' );
		await dialog.getByRole( 'button', { name: 'Add a question' } ).click();
		const added = dialog.getByRole( 'group', { name: 'Question 7' } );
		await added
			.getByRole( 'textbox', { name: 'Question' } )
			.fill( 'Which format suited you best?' );
		await added
			.getByRole( 'combobox', { name: 'Kind' } )
			.selectOption( 'choice' );
		await added
			.getByRole( 'textbox', { name: 'Options, one per line' } )
			.fill( 'One-to-one\nProject group' );
		expect(
			await accessibilityViolations( page, '.components-modal__frame' )
		).toEqual( [] );
		await page.screenshot( {
			path: test.info().outputPath( 'survey-editor.png' ),
		} );
		await dialog.getByRole( 'button', { name: 'Save' } ).click();
		await expect( dialog ).toBeHidden();
		await expect(
			page.locator( '.components-snackbar', { hasText: 'Survey saved.' } )
		).toBeVisible();

		const stored = sitePhp< string[] >( `
			$survey = \\Mentorship_Program\\Surveys\\Surveys::find( ${ upcoming }, 'mentee', 'end' );
			echo "\\n" . wp_json_encode( array_column( $survey['questions'], 'label' ) );
		` );
		expect( stored ).toContain( 'Which format suited you best?' );

		// The site's follow-up days.
		const days = page.getByRole( 'textbox', {
			name: 'Ask graduates whether they still contribute after (days)',
		} );
		await expect( days ).toHaveValue( '30, 60, 90' );
		await days.fill( '90, 30' );
		await page
			.getByRole( 'button', { name: 'Save survey settings' } )
			.click();
		await expect(
			page.locator( '.components-snackbar', {
				hasText: 'Settings saved.',
			} )
		).toBeVisible();
		const saved = sitePhp< number[] >( `
			$days = \\Mentorship_Program\\Settings\\Settings::get( 'followup_days' );
			\\Mentorship_Program\\Settings\\Settings::update( array( 'followup_days' => array( 30, 60, 90 ) ) );
			echo "\\n" . wp_json_encode( $days );
		` );
		expect( saved ).toEqual( [ 30, 90 ] );
	} );
	test( 'the report and a recap page show the 2024 figures', async ( {
		page,
		requestUtils,
	} ) => {
		await page.goto( `${ APP_URL }&view=report&cohort=${ finished }` );
		await expect(
			page.getByRole( 'heading', { level: 2, name: 'Report' } )
		).toBeVisible();
		const graduated = page.locator( '[data-stat="graduated"]' );
		await expect( graduated ).toContainText( '44 of 52' );
		const surveys = page.locator( '[data-table="surveys"]' );
		await expect(
			surveys.locator( '[data-question="familiarity"]' )
		).toContainText( '53.65%80.24%+26.59%' );
		await expect(
			surveys.locator( '[data-question="confidence"]' )
		).toContainText( '57.72%82.62%+24.9%' );
		await expect(
			surveys.locator( '[data-question="satisfaction"]' )
		).toContainText( '88.62%' );

		const recap = await requestUtils.rest< { link: string } >( {
			method: 'POST',
			path: '/wp/v2/pages',
			data: {
				title: `2024 results ${ stamp }`,
				status: 'publish',
				content: `<!-- wp:mentorship-program/cohort-results {"cohort":${ finished }} /-->`,
			},
		} );
		await page.goto( recap.link );
		const block = page.locator(
			'.wp-block-mentorship-program-cohort-results'
		);
		await expect( block ).toContainText(
			/44 of 52 graduated · How familiar[^·]*54% →\s*to\s*80%/
		);
		expect(
			await accessibilityViolations(
				page,
				'.wp-block-mentorship-program-cohort-results'
			)
		).toEqual( [] );
	} );
} );
