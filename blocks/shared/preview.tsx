/**
 * The editor preview of a server-rendered block: the same markup visitors get,
 * not clickable in the editor.
 */

/**
 * WordPress dependencies
 */
import { useBlockProps } from '@wordpress/block-editor';
import { Disabled } from '@wordpress/components';
import ServerSideRender from '@wordpress/server-side-render';

type Props = {
	block: string;
	attributes: Record< string, unknown >;
};

export default function Preview( { block, attributes }: Props ) {
	return (
		<div { ...useBlockProps() }>
			<Disabled>
				<ServerSideRender
					block={ block }
					attributes={ attributes }
					skipBlockSupportAttributes
				/>
			</Disabled>
		</div>
	);
}
