/**
 * Type declarations for the WordPress packages that ship none at the versions
 * WordPress 6.8 runs (@wordpress/blocks 14.11, @wordpress/block-editor 14.17).
 * Only what this plugin uses is declared, loosely typed.
 */

declare module '@wordpress/blocks' {
	import type { ComponentType } from 'react';

	export type BlockEditProps< T extends Record< string, unknown > > = {
		attributes: T;
		setAttributes: ( attributes: Partial< T > ) => void;
		clientId: string;
		isSelected: boolean;
		context: Record< string, unknown >;
	};

	export function registerBlockType(
		name: string,
		settings: {
			edit: ComponentType< any >;
			save?: ComponentType< any > | ( () => null );
			[ key: string ]: unknown;
		}
	): unknown;
}

declare module '@wordpress/block-editor' {
	import type { ComponentType, ReactNode } from 'react';

	export function useBlockProps(
		props?: Record< string, unknown >
	): Record< string, unknown >;
	export namespace useBlockProps {
		function save(
			props?: Record< string, unknown >
		): Record< string, unknown >;
	}
	export function useInnerBlocksProps(
		props?: Record< string, unknown >,
		options?: Record< string, unknown >
	): Record< string, unknown >;
	export const InspectorControls: ComponentType< {
		children?: ReactNode;
		group?: string;
	} >;
	export const BlockControls: ComponentType< {
		children?: ReactNode;
		group?: string;
	} >;
	export const RichText: ComponentType< Record< string, unknown > > & {
		Content: ComponentType< Record< string, unknown > >;
	};
	export const PlainText: ComponentType< Record< string, unknown > >;
	export const InnerBlocks: ComponentType< Record< string, unknown > > & {
		Content: ComponentType< Record< string, unknown > >;
	};
}

declare module '@wordpress/server-side-render' {
	import type { ComponentType } from 'react';

	const ServerSideRender: ComponentType< {
		block: string;
		attributes?: Record< string, unknown >;
		skipBlockSupportAttributes?: boolean;
		httpMethod?: 'GET' | 'POST';
		urlQueryArgs?: Record< string, unknown >;
	} >;
	export default ServerSideRender;
}

declare module '@wordpress/core-data' {
	/**
	 * An entity's property and a setter that records an edit (saved with the entity).
	 */
	export function useEntityProp< T = unknown >(
		kind: string,
		name: string,
		prop: string,
		id?: number | string
	): [ T, ( value: T ) => void, T ];

	export function useEntityRecords< T = Record< string, unknown > >(
		kind: string,
		name: string,
		query?: Record< string, unknown >,
		options?: { enabled?: boolean }
	): {
		records: T[] | null;
		hasResolved: boolean;
		isResolving: boolean;
		totalItems: number | null;
		totalPages: number | null;
	};
}
