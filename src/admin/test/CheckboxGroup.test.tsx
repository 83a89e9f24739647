/**
 * External dependencies
 */
import { fireEvent, render, screen } from '@testing-library/react';

/**
 * Internal dependencies
 */
import CheckboxGroup, { toggled } from '../components/CheckboxGroup';

describe( 'toggled', () => {
	it( 'adds an item last, once, and takes it out keeping the order', () => {
		expect( toggled( [ 2, 4 ], 1, true ) ).toEqual( [ 2, 4, 1 ] );
		expect( toggled( [ 2, 4 ], 4, true ) ).toEqual( [ 2, 4 ] );
		expect( toggled( [ 2, 4, 5 ], 4, false ) ).toEqual( [ 2, 5 ] );
		expect( toggled( [ 'a' ], 'b', false ) ).toEqual( [ 'a' ] );
	} );
} );

describe( 'CheckboxGroup', () => {
	const options = [
		{ value: 1, label: 'First week' },
		{ value: 2, label: 'Second week' },
		{ value: 3, label: 'Third week' },
	];

	it( 'checks the boxes of the values given', () => {
		render(
			<CheckboxGroup
				options={ options }
				value={ [ 2 ] }
				onChange={ jest.fn() }
			/>
		);
		const box = ( label: string ) =>
			( screen.getByLabelText( label ) as HTMLInputElement ).checked;
		expect( box( 'First week' ) ).toBe( false );
		expect( box( 'Second week' ) ).toBe( true );
	} );

	it( 'hands back the list with a value added or taken out', () => {
		const onChange = jest.fn();
		render(
			<CheckboxGroup
				options={ options }
				value={ [ 2 ] }
				onChange={ onChange }
			/>
		);
		fireEvent.click( screen.getByLabelText( 'Third week' ) );
		expect( onChange ).toHaveBeenLastCalledWith( [ 2, 3 ] );
		fireEvent.click( screen.getByLabelText( 'Second week' ) );
		expect( onChange ).toHaveBeenLastCalledWith( [] );
	} );
} );
