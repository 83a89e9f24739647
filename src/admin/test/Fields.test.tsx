/**
 * External dependencies
 */
import { render, screen } from '@testing-library/react';

/**
 * WordPress dependencies
 */
import { createRef } from '@wordpress/element';

/**
 * Internal dependencies
 */
import { TextAreaField, TextField } from '../components/Fields';

describe( 'Fields', () => {
	it( 'a text field is labelled and at the 40px size', () => {
		render( <TextField label="Name" value="Ana" onChange={ jest.fn() } /> );
		const input = screen.getByLabelText( 'Name' ) as HTMLInputElement;
		expect( input.value ).toBe( 'Ana' );
		expect( input.className ).toContain( 'is-next-40px-default-size' );
	} );

	it( 'a text area hands its element to the ref, for moving the focus', () => {
		const ref = createRef< HTMLTextAreaElement >();
		render(
			<TextAreaField
				ref={ ref }
				label="Note"
				value=""
				onChange={ jest.fn() }
			/>
		);
		expect( ref.current ).toBe( screen.getByLabelText( 'Note' ) );
	} );
} );
