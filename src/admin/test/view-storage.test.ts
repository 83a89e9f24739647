/**
 * WordPress dependencies
 */
import type { View } from '@wordpress/dataviews/wp';

/**
 * Internal dependencies
 */
import { loadView, saveView } from '../utils/view-storage';

const fallback: View = {
	type: 'table',
	page: 1,
	perPage: 20,
	fields: [ 'stage', 'cohort' ],
};

describe( 'the saved Applications view', () => {
	beforeEach( () => window.localStorage.clear() );

	it( 'is kept per user and per type, without the page or the search', () => {
		saveView( 7, 'mentee', {
			...fallback,
			page: 5,
			search: 'ada',
			perPage: 50,
			fields: [ 'stage' ],
		} );

		expect( loadView( 7, 'mentee', fallback ) ).toEqual( {
			type: 'table',
			page: 1,
			perPage: 50,
			fields: [ 'stage' ],
		} );
		expect( loadView( 8, 'mentee', fallback ) ).toBe( fallback );
		expect( loadView( 7, 'mentor', fallback ) ).toBe( fallback );
	} );

	it( 'falls back to the default when what was saved cannot be read', () => {
		window.localStorage.setItem(
			'mentorship-program:applications-view:7:mentee',
			'{not json'
		);
		expect( loadView( 7, 'mentee', fallback ) ).toBe( fallback );
	} );
} );
