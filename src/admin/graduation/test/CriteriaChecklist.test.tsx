/**
 * External dependencies
 */
import { render, screen } from '@testing-library/react';

/**
 * Internal dependencies
 */
import CriteriaChecklist from '../CriteriaChecklist';

describe( 'CriteriaChecklist', () => {
	it( 'says in words which criteria are met, not only with a mark', () => {
		render(
			<CriteriaChecklist
				criteria={ [
					{
						key: 'sessions',
						label: 'Attended at least 3 sessions',
						met: true,
						text: 'Attended 3 of 3 sessions.',
					},
					{
						key: 'goals',
						label: 'Set at least one goal',
						met: false,
						text: 'No goal set yet.',
					},
				] }
			/>
		);
		const items = screen.getAllByRole( 'listitem' );
		expect( items ).toHaveLength( 2 );
		expect( items[ 0 ].textContent ).toContain(
			'Met: Attended at least 3 sessions — Attended 3 of 3 sessions.'
		);
		expect( items[ 1 ].textContent ).toContain(
			'Not met: Set at least one goal — No goal set yet.'
		);
		// The marks are decoration for sighted users; the words carry the meaning.
		expect(
			items[ 1 ].querySelector( '[aria-hidden="true"]' )?.textContent
		).toBe( '✗' );
	} );

	it( 'says when the cohort asks nothing', () => {
		render( <CriteriaChecklist criteria={ [] } /> );
		expect( screen.queryByRole( 'list' ) ).toBeNull();
		expect(
			screen.getByText( /sets no graduation criteria/ ).tagName
		).toBe( 'P' );
	} );
} );
