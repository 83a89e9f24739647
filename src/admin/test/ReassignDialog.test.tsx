/**
 * External dependencies
 */
import { act, fireEvent, render, screen } from '@testing-library/react';

/**
 * WordPress dependencies
 */
import apiFetch from '@wordpress/api-fetch';

/**
 * Internal dependencies
 */
import ReassignDialog from '../components/ReassignDialog';

jest.mock( '@wordpress/api-fetch', () => ( {
	__esModule: true,
	default: jest.fn(),
} ) );

const fetchMock = apiFetch as unknown as jest.Mock;

const candidates = {
	mentee: { id: 7, name: 'Rosa' },
	current: { id: 3, name: 'Leo' },
	candidates: [
		{
			mentor: { id: 5, name: 'Bea' },
			backup: true,
			score: 45,
			fits: true,
			free_seats: 2,
			explanations: [ 'shared_language' ],
			reasons_text: [ 'They share a language.' ],
		},
		{
			mentor: { id: 6, name: 'Oli' },
			backup: false,
			score: 70.5,
			fits: true,
			free_seats: 1,
			explanations: [ 'all_teams_match' ],
			reasons_text: [
				'The mentor knows every team the mentee is interested in.',
			],
		},
	],
};

describe( 'ReassignDialog', () => {
	beforeEach( () => fetchMock.mockReset() );

	it( 'lists backups first with the score and reasons, and sends the mentor it saw', async () => {
		const done = jest.fn();
		fetchMock
			.mockResolvedValueOnce( candidates )
			.mockResolvedValueOnce( { mentee: 7, history: [] } );
		render( <ReassignDialog menteeId={ 7 } onDone={ done } /> );

		const options = await screen.findAllByRole( 'radio' );
		expect( options ).toHaveLength( 2 );
		expect( screen.getByText( 'Score 45' ) ).toBeTruthy();
		expect( screen.getByText( 'Backup' ) ).toBeTruthy();
		expect( screen.getByText( 'They share a language.' ) ).toBeTruthy();
		expect(
			(
				screen.getByRole( 'button', {
					name: 'Reassign',
				} ) as HTMLButtonElement
			 ).getAttribute( 'aria-disabled' )
		).toBe( 'true' );

		fireEvent.click( screen.getByLabelText( /Bea/ ) );
		await act( async () => {
			fireEvent.click(
				screen.getByRole( 'button', { name: 'Reassign' } )
			);
		} );
		expect( fetchMock.mock.calls[ 1 ][ 0 ] ).toEqual( {
			path: '/mentorship/v1/mentees/7/reassign',
			method: 'POST',
			data: { mentor: 5, expected_mentor: 3, reason: '' },
		} );
		expect( done ).toHaveBeenCalledWith( { mentee: 7, history: [] } );
	} );

	it( 'shows the conflict in words and offers to reload, without closing', async () => {
		const done = jest.fn();
		fetchMock.mockResolvedValueOnce( candidates ).mockRejectedValueOnce( {
			code: 'mentorship_reassign_conflict',
			message:
				'Someone else changed this mentee’s mentor meanwhile: it is now Oli.',
			data: { status: 409 },
		} );
		render( <ReassignDialog menteeId={ 7 } onDone={ done } /> );
		fireEvent.click( await screen.findByLabelText( /Bea/ ) );
		await act( async () => {
			fireEvent.click(
				screen.getByRole( 'button', { name: 'Reassign' } )
			);
		} );
		// The notice, and its spoken copy for screen readers.
		expect(
			screen.getAllByText( /Someone else changed this mentee’s mentor/ )
				.length
		).toBeGreaterThan( 0 );
		expect(
			screen.getByRole( 'button', { name: 'Reload the mentors' } )
		).toBeTruthy();
		expect( done ).not.toHaveBeenCalled();
	} );
} );
