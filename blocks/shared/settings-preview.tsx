/**
 * The editor frame of a server-rendered block: its settings in one sidebar
 * panel, and the same markup visitors get as the preview.
 */

/**
 * External dependencies
 */
import type { ReactNode } from 'react';

/**
 * WordPress dependencies
 */
import { InspectorControls } from '@wordpress/block-editor';
import { PanelBody } from '@wordpress/components';

/**
 * Internal dependencies
 */
import Preview from './preview';

/**
 * What the block editor hands a block's `edit` component.
 */
export type EditProps< Attributes > = {
	name: string;
	attributes: Attributes;
	setAttributes: ( attributes: Partial< Attributes > ) => void;
};

type Props = {
	/** The block's name, for the server-side preview. */
	name: string;
	attributes: object;
	/** Title of the settings panel. */
	title: string;
	/** The panel's controls. */
	children: ReactNode;
	/** Further panels, after the first. */
	more?: ReactNode;
};

export default function SettingsPreview( {
	name,
	attributes,
	title,
	children,
	more,
}: Props ) {
	return (
		<>
			<InspectorControls>
				<PanelBody title={ title }>{ children }</PanelBody>
				{ more }
			</InspectorControls>
			<Preview
				block={ name }
				attributes={ attributes as Record< string, unknown > }
			/>
		</>
	);
}

/**
 * A block's `edit` component made of its settings alone.
 *
 * @param title    Title of the settings panel (called at render, so it is translated).
 * @param Settings The panel's controls.
 * @return The `edit` component.
 */
export function withSettingsPreview< Attributes extends object >(
	title: () => string,
	Settings: ( props: EditProps< Attributes > ) => ReactNode
) {
	return function Edit( props: EditProps< Attributes > ) {
		return (
			<SettingsPreview
				name={ props.name }
				attributes={ props.attributes }
				title={ title() }
			>
				<Settings { ...props } />
			</SettingsPreview>
		);
	};
}
