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
import { NumberField, TextAreaField, TextField } from '../components/Fields';
import description from '../../shared/rest-schemas.json';

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

	it( 'a number field offers the range the server gives for it', () => {
		window.mentorshipProgramAdmin = { rules: description.rules };
		render(
			<NumberField
				limit="session_hours"
				label="Hours before"
				value="24"
				onChange={ jest.fn() }
			/>
		);
		delete window.mentorshipProgramAdmin;
		const input = screen.getByLabelText(
			'Hours before'
		) as HTMLInputElement;
		expect( input.type ).toBe( 'number' );
		expect( input.min ).toBe(
			String( description.rules.limits.session_hours.min )
		);
		expect( input.max ).toBe(
			String( description.rules.limits.session_hours.max )
		);
	} );
} );
