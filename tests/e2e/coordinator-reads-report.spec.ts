/**
 * A coordinator opens the cohort report, reads its figures, compares two cohorts and
 * downloads the CSV; a recap page shows the public results block's aggregates.
 */

/**
 * External dependencies
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * WordPress dependencies
 */
import { test, expect } from '@wordpress/e2e-test-utils-playwright';

/**
 * Internal dependencies
 */
import { accessibilityViolations, APP_URL } from './utils/admin-app';
import { SITE_DIR, seedApplications, seedCohort, sitePhp } from './utils/seed';

/** Survey figures as the surveys feature hands them in, for the first cohort only. */
const SURVEYS_PLUGIN = path.join(
	SITE_DIR,
	'wp-content/mu-plugins/mentorship-e2e-report-surveys.php'
);

test.describe( 'Cohort report', () => {
	const stamp = Date.now();
	const first = `Report cohort ${ stamp }`;
	const second = `Compared cohort ${ stamp }`;
	let one = 0;
	let two = 0;
	let pageId = 0;
	let pageUrl = '';

	test.beforeAll( async ( { requestUtils } ) => {
		one = seedCohort( first );
		two = seedCohort( second );
		// Seven mentees start; six graduate, two of them join Documentation; one
		// withdraws with a reason; two mentors.
		const started = seedApplications(
			one,
			Array.from( { length: 7 }, ( _, i ) => ( {
				type: 'mentee' as const,
				name: `Report Mentee ${ i } ${ stamp }`,
				path: [ 'in_review', 'accepted', 'active' ],
			} ) )
		);
		seedApplications( one, [
			{
				type: 'mentor',
				name: `Report Mentor A ${ stamp }`,
				path: [ 'in_review', 'approved' ],
			},
			{
				type: 'mentor',
				name: `Report Mentor B ${ stamp }`,
				path: [ 'in_review', 'approved' ],
			},
		] );
		const [ leaving ] = seedApplications( one, [
			{ type: 'mentee', name: `Leaving Mentee ${ stamp }` },
		] );
		sitePhp( `
			wp_set_current_user( 1 );
			$ids = ${ JSON.stringify( started ) };
			foreach ( array_slice( $ids, 0, 6 ) as $n => $id ) {
				\\Mentorship_Program\\Applications\\Applications::transition( $id, 'graduated' );
				if ( $n < 2 ) {
					\\Mentorship_Program\\Applications\\Applications::transition( $id, 'placed', array( 'team' => 'docs' ) );
				}
			}
			\\Mentorship_Program\\Applications\\Applications::transition( ${ leaving }, 'withdrawn', array( 'note' => 'Moved abroad' ) );
			echo "\\n" . wp_json_encode( true );
		` );
		seedApplications(
			two,
			Array.from( { length: 5 }, ( _, i ) => ( {
				type: 'mentee' as const,
				name: `Compared Mentee ${ i } ${ stamp }`,
				path: [ 'in_review', 'accepted' ],
			} ) )
		);
		const page = await requestUtils.rest< { id: number; link: string } >( {
			method: 'POST',
			path: '/wp/v2/pages',
			data: {
				title: `Results ${ stamp }`,
				status: 'publish',
				content: `<!-- wp:mentorship-program/cohort-results {"cohort":${ one }} /-->`,
			},
		} );
		pageId = page.id;
		pageUrl = page.link;
		writeFileSync(
			SURVEYS_PLUGIN,
			`<?php
add_filter( 'mentorship_program_report_surveys', function ( $results, $cohort ) {
	if ( ${ one } !== $cohort ) {
		return $results;
	}
	return array(
		'respondents' => array( 'start' => 7, 'end' => 6 ),
		'questions'   => array(
			array( 'key' => 'familiarity', 'label' => 'Familiarity', 'kind' => 'percent', 'start' => 53.65, 'end' => 80.24, 'change' => 26.59, 'respondents' => 6, 'suppressed' => false ),
			array( 'key' => 'confidence', 'label' => 'Confidence', 'kind' => 'percent', 'start' => 57.72, 'end' => 82.62, 'change' => 24.9, 'respondents' => 3, 'suppressed' => false ),
		),
	);
}, 10, 2 );
add_filter( 'mentorship_program_report_retention', function ( $rows, $cohort ) {
	return ${ one } === $cohort ? array( array( 'days' => 30, 'asked' => 6, 'answered' => 6, 'contributing' => 5, 'share' => null, 'suppressed' => false ), array( 'days' => 90, 'asked' => 6, 'answered' => 2, 'contributing' => 2, 'share' => 1, 'suppressed' => false ) ) : $rows;
}, 10, 2 );
`
		);
	} );

	test.afterAll( async ( { requestUtils } ) => {
		rmSync( SURVEYS_PLUGIN, { force: true } );
		await requestUtils.rest( {
			method: 'DELETE',
			path: `/wp/v2/pages/${ pageId }`,
			params: { force: true },
		} );
	} );

	test( 'a coordinator reads the report, compares cohorts and downloads the CSV', async ( {
		page,
	} ) => {
		await page.goto( APP_URL );
		await page
			.getByRole( 'navigation', { name: 'Mentorship sections' } )
			.getByRole( 'link', { name: 'Report' } )
			.click();
		await expect(
			page.getByRole( 'heading', { level: 2, name: 'Report' } )
		).toBeVisible();
		await page
			.getByLabel( 'Cohort', { exact: true } )
			.selectOption( String( one ) );
		await expect( page ).toHaveURL( new RegExp( `cohort=${ one }` ) );
		// Another cohort first: nobody answered its surveys yet.
		await page
			.getByLabel( 'Cohort', { exact: true } )
			.selectOption( String( two ) );
		await expect( page.getByText( 'No survey results yet' ) ).toBeVisible();
		await page
			.getByLabel( 'Cohort', { exact: true } )
			.selectOption( String( one ) );

		const graduated = page.locator( '[data-stat="graduated"]' );
		await expect( graduated ).toContainText( '6 of 7' );
		await expect( graduated ).toContainText( 'Graduation rate: 85.7%' );
		await expect( page.locator( '[data-stat="applied"]' ) ).toContainText(
			'8'
		);
		await expect( page.locator( '[data-stat="withdrawn"]' ) ).toContainText(
			'1'
		);

		// The funnel chart is drawn, and its numbers are one click away as a table.
		const funnel = page.locator( '.mentorship-report__chart' ).first();
		await expect( funnel.locator( 'svg' ).first() ).toBeVisible();
		await funnel.getByText( 'Show data' ).click();
		const table = funnel.locator( '[data-table="funnel"]' );
		await expect(
			table.locator( '[data-stage="graduated"] td' ).first()
		).toHaveText( '6' );
		await expect(
			table.locator( '[data-stage="placed"] td' ).first()
		).toHaveText( '2' );
		await expect(
			page.locator( '[data-table="withdrawn-reasons"]' )
		).toContainText( 'Moved abroad' );
		// Survey figures from the surveys feature; a question three answered stays hidden.
		const surveys = page.locator( '[data-table="surveys"]' );
		await expect(
			surveys.locator( '[data-question="familiarity"]' )
		).toContainText( '53.65%80.24%+26.59%6' );
		await expect(
			surveys.locator( '[data-question="confidence"]' )
		).toContainText( 'Hidden: fewer than 5 people answered.' );
		await expect(
			surveys.locator( '[data-question="confidence"]' )
		).not.toContainText( '57.72' );
		const retention = page.locator( '[data-table="retention"]' );
		await expect( retention ).toContainText( '5 (83.3%)' );
		await expect( retention ).toContainText(
			'Hidden: fewer than 5 people answered.'
		);
		expect( await accessibilityViolations( page ) ).toEqual( [] );
		await page.screenshot( {
			path: test.info().outputPath( 'report.png' ),
			fullPage: true,
		} );

		// The printed page: the report without wp-admin around it, every table open.
		await page.evaluate( () => {
			window.print = () => {};
		} );
		await page.getByRole( 'button', { name: 'Print' } ).click();
		await page.emulateMedia( { media: 'print' } );
		await expect(
			page.getByRole( 'navigation', { name: 'Mentorship sections' } )
		).toBeHidden();
		await expect( page.locator( '#adminmenumain' ) ).toBeHidden();
		await expect( page.locator( '[data-table="funnel"]' ) ).toBeVisible();
		await expect(
			page.locator( '.mentorship-report__data[open]' )
		).toHaveCount(
			await page.locator( '.mentorship-report__data' ).count()
		);
		await page.screenshot( {
			path: test.info().outputPath( 'report-print.png' ),
			fullPage: true,
		} );
		await page.emulateMedia( { media: 'screen' } );

		// The CSV.
		const downloading = page.waitForEvent( 'download' );
		await page.getByRole( 'link', { name: 'Download CSV' } ).click();
		const download = await downloading;
		expect( download.suggestedFilename() ).toMatch(
			/^cohort-report-report-cohort-\d+-\d{4}-\d{2}-\d{2}\.csv$/
		);
		const csv = readFileSync( ( await download.path() ) as string, 'utf8' );
		expect( csv ).toContain( `Section,Figure,"${ first }"` );
		expect( csv ).toContain( 'Graduation,Graduated,6' );
		expect( csv ).toContain( 'Withdrawn,"Reason: Moved abroad",1' );

		// Two cohorts side by side.
		await page.getByText( 'Compare cohorts' ).click();
		await page.getByRole( 'checkbox', { name: second } ).check();
		await page
			.getByRole( 'button', { name: 'Compare', exact: true } )
			.click();
		await expect( page ).toHaveURL( /compare=\d+(,|%2C)\d+/ );
		await expect(
			page.getByRole( 'heading', { level: 2, name: 'Cohorts compared' } )
		).toBeVisible();
		const compare = page.locator( '[data-table="compare"]' );
		await expect( compare.locator( 'thead' ) ).toContainText( first );
		await expect( compare.locator( 'thead' ) ).toContainText( second );
		const applied = compare.getByRole( 'row', { name: /^Applied/ } );
		await expect( applied.locator( 'td' ) ).toHaveText( [ '8', '5' ] );
		await expect(
			compare
				.getByRole( 'row', { name: /^Graduation rate/ } )
				.locator( 'td' )
		).toHaveText( [ '85.7%', '—' ] );
		expect( await accessibilityViolations( page ) ).toEqual( [] );
		await page.screenshot( {
			path: test.info().outputPath( 'report-compare.png' ),
			fullPage: true,
		} );
	} );

	test( 'the public results block shows aggregates only', async ( {
		page,
	} ) => {
		await page.goto( pageUrl );
		const block = page.locator(
			'.wp-block-mentorship-program-cohort-results'
		);
		await expect(
			block.getByRole( 'heading', { name: `Results of ${ first }` } )
		).toBeVisible();
		// The arrow is read as "to" (the word is there for screen readers only).
		await expect( block ).toContainText(
			/6 of 7 graduated · Familiarity 54% →\s*to\s*80%/
		);
		await expect( block ).not.toContainText( 'Confidence' );
		await expect(
			block.locator( '[data-figure="mentees"]' )
		).toContainText( '7' );
		await expect( block ).not.toContainText( 'Report Mentee' );
		await expect( block ).not.toContainText( 'Moved abroad' );
		// Two mentors are too few to show.
		await expect( block.locator( '[data-figure="mentors"]' ) ).toHaveCount(
			0
		);
		expect(
			await accessibilityViolations(
				page,
				'.wp-block-mentorship-program-cohort-results'
			)
		).toEqual( [] );
		await block.screenshot( {
			path: test.info().outputPath( 'results-block.png' ),
		} );
	} );
} );
