/**
 * An editor places the program's blocks on a page: each block's settings open in the
 * sidebar with their controls, and the cohort a block shows is chosen from the
 * program's cohorts and kept in the block.
 */

/**
 * WordPress dependencies
 */
import { test, expect } from '@wordpress/e2e-test-utils-playwright';

/**
 * Internal dependencies
 */
import { seedCohort } from './utils/seed';

const BLOCKS: Array< {
	name: string;
	/** A control the block's settings panel must show, by its label. */
	control: string;
	/** The label of the cohort select's automatic choice, for blocks that pick a cohort. */
	automatic?: string;
} > = [
	{
		name: 'mentorship-program/application-form',
		control: 'Who applies',
		automatic: 'The cohort open for applications',
	},
	{
		name: 'mentorship-program/cohort-results',
		control: 'Cohort',
		automatic: 'The cohort that finished last',
	},
	{
		name: 'mentorship-program/cohort-schedule',
		control: 'Sessions shown',
		automatic: 'The open cohort, else the running or next one',
	},
	{
		name: 'mentorship-program/recognition-wall',
		control: 'Cohort',
		automatic: 'All cohorts',
	},
	{ name: 'mentorship-program/stories', control: 'Stories per page' },
	{
		name: 'mentorship-program/team-finder',
		control: 'Application form page',
	},
];

test.describe( 'An editor places the program’s blocks', () => {
	const cohortName = `Block settings cohort ${ Date.now() }`;
	let cohortId = 0;

	test.beforeAll( () => {
		cohortId = seedCohort( cohortName );
	} );

	test( 'each block’s settings show, and the chosen cohort is kept', async ( {
		admin,
		editor,
		page,
	} ) => {
		const problems: string[] = [];
		page.on( 'pageerror', ( error ) => problems.push( error.message ) );
		page.on( 'console', ( message ) => {
			if (
				message.type() === 'error' &&
				// Outside hosts do not resolve in the test browser.
				! message.text().includes( 'ERR_NAME_NOT_RESOLVED' )
			) {
				problems.push( message.text() );
			}
		} );

		await admin.createNewPost( {
			postType: 'page',
			title: 'Program blocks',
		} );
		const settings = page.getByRole( 'region', {
			name: 'Editor settings',
		} );
		for ( const block of BLOCKS ) {
			await editor.insertBlock( { name: block.name } );
			await editor.openDocumentSettingsSidebar();
			// A range control labels its slider and its number box alike.
			await expect(
				settings.getByLabel( block.control, { exact: true } ).first()
			).toBeVisible();
		}
		const cohortBlocks = BLOCKS.filter( ( block ) => block.automatic );
		for ( const block of cohortBlocks ) {
			const index = BLOCKS.indexOf( block );
			await editor.selectBlocks(
				editor.canvas.locator( `[data-type="${ block.name }"]` )
			);
			const cohort = settings.getByRole( 'combobox', {
				name: 'Cohort',
				exact: true,
			} );
			await expect(
				cohort.getByRole( 'option', { name: block.automatic } )
			).toHaveCount( 1 );
			// The program's cohorts are loaded into the select.
			await expect(
				cohort.getByRole( 'option', { name: cohortName } )
			).toHaveCount( 1 );
			await cohort.selectOption( String( cohortId ) );
			const blocks = await editor.getBlocks();
			expect( blocks[ index ].name ).toBe( block.name );
			expect( blocks[ index ].attributes.cohort ).toBe( cohortId );
		}
		await page.screenshot( {
			path: test.info().outputPath( 'block-settings.png' ),
			fullPage: true,
		} );
		expect( problems ).toEqual( [] );
	} );
} );
