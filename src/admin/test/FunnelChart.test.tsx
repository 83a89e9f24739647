/**
 * External dependencies
 */
import { render, screen, within } from '@testing-library/react';

/**
 * Internal dependencies
 */
import FunnelChart, { formatConversion } from '../components/FunnelChart';

const steps = [
	{
		stage: 'submitted' as const,
		label: 'Submitted',
		count: 10,
		conversion: null,
	},
	{
		stage: 'in_review' as const,
		label: 'In review',
		count: 8,
		conversion: 0.8,
	},
	{
		stage: 'accepted' as const,
		label: 'Accepted',
		count: 3,
		conversion: 0.375,
	},
];

describe( 'FunnelChart', () => {
	it( 'describes the chart in words and repeats the numbers in a table', () => {
		render( <FunnelChart steps={ steps } /> );

		expect( screen.getByRole( 'img' ).getAttribute( 'aria-label' ) ).toBe(
			'Funnel chart. Submitted: 10, In review: 8, Accepted: 3'
		);
		const table = screen.getByRole( 'table', { name: 'Mentee funnel' } );
		const accepted = within( table ).getByRole( 'row', {
			name: /Accepted/,
		} );
		expect( accepted.textContent ).toBe( 'Accepted337.5%' );
	} );
} );

describe( 'formatConversion', () => {
	it( 'shows a dash for the first step and a rounded percentage after', () => {
		expect( formatConversion( null ) ).toBe( '—' );
		expect( formatConversion( 0.3333 ) ).toBe( '33.3%' );
	} );
} );
