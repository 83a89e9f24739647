/**
 * Internal dependencies
 */
import {
	renderPreview,
	sampleValues,
	unknownPlaceholders,
} from '../utils/placeholders';
import description from '../../shared/rest-schemas.json';

// The server's list (Mail_Templates::PLACEHOLDERS, in the generated description):
// a placeholder added there fails the sample test below until the preview knows it.
const KNOWN: string[] = description.rules.placeholders;

describe( 'renderPreview', () => {
	it( 'fills placeholders with sample values', () => {
		expect(
			renderPreview( 'Hi {name}, welcome to {cohort}.', {
				name: 'Ada',
				cohort: 'Spring',
			} )
		).toBe( 'Hi Ada, welcome to Spring.' );
	} );

	it( 'empties known placeholders without a value, like the server', () => {
		expect( renderPreview( 'Note: {note}!', {}, KNOWN ) ).toBe( 'Note: !' );
	} );

	it( 'leaves unknown placeholders as they are, so mistakes show', () => {
		expect( renderPreview( 'Hi {nmae}', { name: 'Ada' }, KNOWN ) ).toBe(
			'Hi {nmae}'
		);
	} );

	it( 'collapses the blank lines an empty placeholder leaves and trims', () => {
		expect(
			renderPreview(
				'\nHi {name},\n\n{note}\n\nBye\n',
				{ name: 'Ada' },
				KNOWN
			)
		).toBe( 'Hi Ada,\n\nBye' );
	} );

	it( 'has a sample for every placeholder the server knows', () => {
		const values = sampleValues( 'Make WordPress' );
		for ( const placeholder of KNOWN ) {
			expect( values[ placeholder.slice( 1, -1 ) ] ).toBeTruthy();
		}
		expect( values.site ).toBe( 'Make WordPress' );
	} );
} );

describe( 'unknownPlaceholders', () => {
	it( 'lists each unknown placeholder once', () => {
		expect(
			unknownPlaceholders( '{name} {foo} {foo} {bar_baz}', KNOWN )
		).toEqual( [ '{foo}', '{bar_baz}' ] );
	} );
} );
