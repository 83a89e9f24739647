/**
 * Form controls at the size and spacing WordPress's components are moving to (40px
 * high, no margin of their own: the form's rows and fieldsets space them), set here
 * once for the admin app and the blocks' settings instead of on every control.
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
	RangeControl,
	SelectControl,
	TextControl,
	TextareaControl,
	ToggleControl,
} from '@wordpress/components';
import { forwardRef } from '@wordpress/element';

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

export function RangeField(
	props: ComponentPropsWithoutRef< typeof RangeControl >
) {
	return (
		<RangeControl
			__nextHasNoMarginBottom
			__next40pxDefaultSize
			{ ...props }
		/>
	);
}
