/**
 * What the blocks that edit a story's own details (the details card, the journey
 * timeline) share: the story's meta, and a notice in place of the block anywhere
 * but in a story.
 */

/**
 * WordPress dependencies
 */
import { useBlockProps } from '@wordpress/block-editor';
import { Notice } from '@wordpress/components';
import { useEntityProp } from '@wordpress/core-data';

/**
 * Internal dependencies
 */
import { STORY_POST_TYPE, type StoryContext, type StoryMeta } from './meta';

/**
 * The block's wrapper and the meta of the story it is edited in.
 *
 * @param context   The block's context: the post it is edited in.
 * @param className The block's classes in the editor.
 * @return Wrapper props; the post type the story's fields are read from; whether
 *         the block sits in a story; the story's meta and its setter.
 */
export function useStoryBlock( context: StoryContext, className: string ) {
	const postType = context.postType || STORY_POST_TYPE;
	const blockProps = useBlockProps( { className } );
	const [ meta, setMeta ] = useEntityProp< StoryMeta | undefined >(
		'postType',
		postType,
		'meta',
		context.postId
	);
	return {
		blockProps: blockProps as Record< string, unknown >,
		postType,
		inStory: context.postType === STORY_POST_TYPE,
		meta: meta ?? {},
		setMeta,
	};
}

type NoticeProps = {
	/** The block's wrapper props. */
	blockProps: Record< string, unknown >;
	/** What the block shows in a story, and where to add it. */
	children: string;
};

/**
 * The block outside a story: what it is for and where it belongs.
 *
 * @param props            The notice's props.
 * @param props.blockProps The block's wrapper props.
 * @param props.children   What the block shows in a story, and where to add it.
 * @return The notice in the block's wrapper.
 */
export function NotInStory( { blockProps, children }: NoticeProps ) {
	return (
		<div { ...blockProps }>
			<Notice status="info" isDismissible={ false }>
				{ children }
			</Notice>
		</div>
	);
}
