/**
 * The admin forms stop where the server would refuse: each text field takes at most
 * the characters its route takes, and number fields offer the route's range, as the
 * page was told by the server's rules (not from copies in the app).
 */

/**
 * WordPress dependencies
 */
import { test, expect } from '@wordpress/e2e-test-utils-playwright';

/**
 * Internal dependencies
 */
import { APP_URL, collectErrors } from './utils/admin-app';
import { seedApplications, seedCohort, sitePhp } from './utils/seed';

type Rules = {
	lengths: Record< string, number >;
	limits: Record< string, { min: number; max: number } >;
};

test.describe( 'A coordinator’s forms take what the server takes', () => {
	let rules: Rules;

	test.beforeAll( () => {
		rules = sitePhp< Rules >( `
			$rules = \\Mentorship_Program\\Applications\\Program_Rules::for_client();
			echo "\\n" . wp_json_encode( array( 'lengths' => $rules['lengths'], 'limits' => $rules['limits'] ) );
		` );
	} );

	test( 'cohort, team and stage-move fields carry the server’s lengths and ranges', async ( {
		page,
		baseURL,
	} ) => {
		const errors = collectErrors( page, baseURL );
		const maxLength = async (
			field: ReturnType< typeof page.getByRole >
		) => Number( await field.getAttribute( 'maxlength' ) );

		await page.goto( `${ APP_URL }&view=cohorts` );
		await page.getByRole( 'button', { name: 'Add cohort' } ).click();
		const cohort = page.locator( '.mentorship-cohort-form' );
		expect(
			await maxLength( cohort.getByRole( 'textbox', { name: 'Name' } ) )
		).toBe( rules.lengths.cohort_name );
		expect(
			await maxLength(
				cohort.getByRole( 'textbox', { name: 'Description' } )
			)
		).toBe( rules.lengths.cohort_description );
		const capacity = cohort.getByRole( 'spinbutton', {
			name: 'Capacity (mentees)',
		} );
		await expect( capacity ).toHaveAttribute(
			'min',
			String( rules.limits.capacity.min )
		);
		await expect( capacity ).toHaveAttribute(
			'max',
			String( rules.limits.capacity.max )
		);

		await page.goto( `${ APP_URL }&view=settings&tab=teams` );
		await page.getByRole( 'button', { name: 'Edit Polyglots' } ).click();
		const team = page.getByRole( 'form', { name: 'Edit Polyglots' } );
		expect(
			await maxLength( team.getByRole( 'textbox', { name: 'Name' } ) )
		).toBe( rules.lengths.team_name );
		expect(
			await maxLength(
				team.getByRole( 'textbox', { name: 'What the team does' } )
			)
		).toBe( rules.lengths.team_summary );

		const run = Date.now().toString( 36 );
		const [ ana ] = seedApplications( seedCohort( `Limits ${ run }` ), [
			{ type: 'mentee', name: `Ana ${ run }`, path: [ 'in_review' ] },
		] );
		await page.goto( `${ APP_URL }&view=applications&id=${ ana }` );
		const drawer = page.getByRole( 'dialog', { name: `Ana ${ run }` } );
		expect(
			await maxLength(
				drawer.getByRole( 'textbox', { name: 'Add a note' } )
			)
		).toBe( rules.lengths.review_note );
		await drawer.getByRole( 'button', { name: 'Accept' } ).click();
		const move = drawer.getByRole( 'form', { name: 'Accept' } );
		const note = move.getByRole( 'textbox', { name: 'Note (optional)' } );
		expect( await maxLength( note ) ).toBe( rules.lengths.move_note );
		// The browser stops typing at the limit.
		await note.fill( 'x'.repeat( rules.lengths.move_note + 5 ) );
		await expect( note ).toHaveValue(
			'x'.repeat( rules.lengths.move_note )
		);
		await expect(
			move.getByRole( 'checkbox', { name: 'E-mail the person about it' } )
		).toBeVisible();
		expect( errors ).toEqual( [] );
	} );
} );
