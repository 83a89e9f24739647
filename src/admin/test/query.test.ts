/**
 * Internal dependencies
 */
import { exportUrl, viewToQuery } from '../utils/query';

describe( 'viewToQuery', () => {
	it( 'turns paging, search and sort into REST arguments', () => {
		expect(
			viewToQuery(
				{
					type: 'table',
					page: 3,
					perPage: 50,
					search: '  ada ',
					sort: { field: 'created', direction: 'asc' },
				},
				'mentee'
			)
		).toEqual( {
			type: 'mentee',
			page: 3,
			per_page: 50,
			search: 'ada',
			orderby: 'date',
			order: 'asc',
		} );
	} );

	it( 'maps each filter to its query argument', () => {
		const query = viewToQuery(
			{
				type: 'table',
				filters: [
					{
						field: 'stage',
						operator: 'isAny',
						value: [ 'submitted', 'in_review' ],
					},
					{ field: 'cohort', operator: 'is', value: 7 },
					{ field: 'teams', operator: 'isAny', value: [ 'core' ] },
					{
						field: 'languages',
						operator: 'isAny',
						value: [ 'pt-BR' ],
					},
					{
						field: 'format',
						operator: 'isAny',
						value: [ 'one-to-one' ],
					},
					{
						field: 'timezone',
						operator: 'isAny',
						value: [ '-180:0', '60:120' ],
					},
				],
			},
			'mentor'
		);
		expect( query ).toMatchObject( {
			type: 'mentor',
			stage: [ 'submitted', 'in_review' ],
			cohort: 7,
			team: [ 'core' ],
			language: [ 'pt-BR' ],
			format: [ 'one-to-one' ],
			tz_min: -180,
			tz_max: 120,
		} );
	} );

	it( 'ignores empty filters, negative operators and unsortable fields', () => {
		const query = viewToQuery(
			{
				type: 'table',
				filters: [
					{ field: 'stage', operator: 'isAny', value: [] },
					{ field: 'teams', operator: 'isNone', value: [ 'core' ] },
				],
				sort: { field: 'email', direction: 'desc' },
			},
			'mentee'
		);
		expect( query ).toEqual( { type: 'mentee', page: 1, per_page: 20 } );
	} );

	it( 'keeps the page size within what the server accepts', () => {
		expect(
			viewToQuery( { type: 'table', perPage: 1000 }, 'mentee' ).per_page
		).toBe( 100 );
	} );
} );

describe( 'exportUrl', () => {
	it( 'links to the CSV export with the same filters, no paging, and the nonce', () => {
		const url = exportUrl(
			{
				type: 'mentee',
				page: 2,
				per_page: 20,
				stage: [ 'accepted' ],
				cohort: 4,
			},
			'https://example.org/wp-json/',
			'abc123'
		);
		const parsed = new URL( url );
		expect( parsed.pathname ).toBe( '/wp-json/mentorship/v1/export' );
		expect( parsed.searchParams.get( 'type' ) ).toBe( 'mentee' );
		expect( parsed.searchParams.get( 'cohort' ) ).toBe( '4' );
		expect( parsed.searchParams.get( 'stage[0]' ) ).toBe( 'accepted' );
		expect( parsed.searchParams.get( '_wpnonce' ) ).toBe( 'abc123' );
		expect( parsed.searchParams.has( 'page' ) ).toBe( false );
		expect( parsed.searchParams.has( 'per_page' ) ).toBe( false );
	} );

	it( 'uses rest_route on sites without pretty permalinks', () => {
		const parsed = new URL(
			exportUrl(
				{ type: 'mentor' },
				'https://example.org/?rest_route=/',
				'n'
			)
		);
		expect( parsed.searchParams.get( 'rest_route' ) ).toBe(
			'/mentorship/v1/export'
		);
	} );
} );
