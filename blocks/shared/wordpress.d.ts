/**
 * Editor packages that ship without TypeScript declarations.
 */
declare module '@wordpress/block-editor';
declare module '@wordpress/blocks';
declare module '@wordpress/server-side-render';
