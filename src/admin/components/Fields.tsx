/**
 * The admin app's form controls: WordPress's own, at the size and spacing its
 * components are moving to (40px high, no margin of their own: the form's rows and
 * fieldsets space them), set here once instead of on every control.
 */

/**
 * External dependencies
 */
import type { ComponentPropsWithoutRef } from 'react';

/**
 * WordPress dependencies
 */
import {
	CheckboxControl,
	SelectControl,
	TextControl,
	TextareaControl,
	ToggleControl,
} from '@wordpress/components';
import { forwardRef } from '@wordpress/element';

/**
 * Internal dependencies
 */
import { limit, type LimitName } from '../utils/limits';

export function TextField(
	props: ComponentPropsWithoutRef< typeof TextControl >
) {
	return (
		<TextControl
			__nextHasNoMarginBottom
			__next40pxDefaultSize
			{ ...props }
		/>
	);
}

/**
 * A number field that offers the range its route accepts (`limit()`), so the browser's
 * checks agree with the server's.
 *
 * @param props       TextField's props.
 * @param props.limit The server's name of the range.
 */
export function NumberField( {
	limit: name,
	...props
}: Omit< ComponentPropsWithoutRef< typeof TextControl >, 'type' > & {
	limit: LimitName;
} ) {
	return <TextField type="number" { ...limit( name ) } { ...props } />;
}

// Forwards its ref, so a form can move the focus into the text.
export const TextAreaField = forwardRef<
	HTMLTextAreaElement,
	ComponentPropsWithoutRef< typeof TextareaControl >
>( ( props, ref ) => (
	<TextareaControl __nextHasNoMarginBottom ref={ ref } { ...props } />
) );

export function SelectField< V extends string >(
	props: ComponentPropsWithoutRef< typeof SelectControl< V > >
) {
	return (
		<SelectControl< V >
			__nextHasNoMarginBottom
			__next40pxDefaultSize
			{ ...props }
		/>
	);
}

export function CheckboxField(
	props: ComponentPropsWithoutRef< typeof CheckboxControl >
) {
	return <CheckboxControl __nextHasNoMarginBottom { ...props } />;
}

export function ToggleField(
	props: ComponentPropsWithoutRef< typeof ToggleControl >
) {
	return <ToggleControl __nextHasNoMarginBottom { ...props } />;
}
