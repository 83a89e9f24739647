/**
 * Internal dependencies
 */
import { preselectZone } from '../zone';

function select( zones: string[], chosen = '' ): HTMLSelectElement {
	document.body.innerHTML = `<select><option value="">Choose</option>${ zones
		.map(
			( zone ) =>
				`<option value="${ zone }"${
					zone === chosen ? ' selected' : ''
				}>${ zone }</option>`
		)
		.join( '' ) }</select>`;
	return document.querySelector( 'select' )!;
}

describe( 'preselectZone', () => {
	const aliases = {
		'Asia/Calcutta': 'Asia/Kolkata',
		'Europe/Kiev': 'Europe/Kyiv',
	};

	afterEach( () => jest.restoreAllMocks() );

	it( 'preselects the canonical zone when the browser reports Asia/Calcutta', () => {
		const resolved = Intl.DateTimeFormat().resolvedOptions();
		jest.spyOn( Intl, 'DateTimeFormat' ).mockImplementation(
			() =>
				( {
					resolvedOptions: () => ( {
						...resolved,
						timeZone: 'Asia/Calcutta',
					} ),
				} ) as Intl.DateTimeFormat
		);
		const box = select( [ 'Asia/Kathmandu', 'Asia/Kolkata', 'UTC' ] );
		expect( preselectZone( box, aliases ) ).toBe( 'Asia/Kolkata' );
		expect( box.value ).toBe( 'Asia/Kolkata' );
	} );

	it( 'keeps a zone the browser reports by its offered name', () => {
		const box = select( [ 'Europe/Kyiv', 'Europe/Lisbon' ] );
		expect( preselectZone( box, aliases, 'Europe/Lisbon' ) ).toBe(
			'Europe/Lisbon'
		);
	} );

	it( 'leaves a chosen zone, an unknown zone and a zone not offered alone', () => {
		const chosen = select(
			[ 'Asia/Kolkata', 'Europe/Kyiv' ],
			'Europe/Kyiv'
		);
		expect( preselectZone( chosen, aliases, 'Asia/Calcutta' ) ).toBe( '' );
		expect( chosen.value ).toBe( 'Europe/Kyiv' );

		const empty = select( [ 'Asia/Kolkata' ] );
		expect( preselectZone( empty, aliases, 'Mars/Olympus' ) ).toBe( '' );
		expect( preselectZone( empty, {}, 'Asia/Calcutta' ) ).toBe( '' );
		expect( empty.value ).toBe( '' );
	} );
} );
