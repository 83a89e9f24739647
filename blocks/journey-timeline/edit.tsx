/**
 * The journey timeline in the editor: one row per milestone (date, what happened,
 * kind), saved as the story's `milestones` meta. Rows without a date or a label are
 * dropped when the story is saved; the public page lists milestones oldest first.
 */

/**
 * WordPress dependencies
 */
import { __, sprintf } from '@wordpress/i18n';
import { RichText } from '@wordpress/block-editor';
import { Button } from '@wordpress/components';

/**
 * Internal dependencies
 */
import { SelectField, TextField } from '../../src/shared/controls';
import {
	type Milestone,
	type MilestoneKind,
	type StoryContext,
} from '../story-details/meta';
import { NotInStory, useStoryBlock } from '../story-details/story-block';
import { maxLength, mostItems } from '../shared/limits';

type Attributes = { heading: string };

type EditProps = {
	attributes: Attributes;
	setAttributes: ( attributes: Partial< Attributes > ) => void;
	context: StoryContext;
};

/**
 * Labels of the milestone kinds.
 *
 * @return Kind => label.
 */
function kindOptions(): { label: string; value: MilestoneKind }[] {
	return [
		{
			label: __( 'First contribution', 'mentorship-program' ),
			value: 'first_contribution',
		},
		{
			label: __( 'Joined a cohort', 'mentorship-program' ),
			value: 'joined_cohort',
		},
		{ label: __( 'Graduated', 'mentorship-program' ), value: 'graduated' },
		{
			label: __( 'Joined a team', 'mentorship-program' ),
			value: 'joined_team',
		},
		{
			label: __( 'First release', 'mentorship-program' ),
			value: 'first_release',
		},
		{ label: __( 'Other', 'mentorship-program' ), value: 'other' },
	];
}

export default function Edit( {
	attributes,
	setAttributes,
	context,
}: EditProps ) {
	const {
		blockProps,
		inStory,
		meta: values,
		setMeta,
	} = useStoryBlock( context, 'mentorship-timeline is-editing' );

	if ( ! inStory ) {
		return (
			<NotInStory blockProps={ blockProps }>
				{ __(
					'The journey timeline shows the milestones of a contributor story. Add this block to a story.',
					'mentorship-program'
				) }
			</NotInStory>
		);
	}

	const milestones: Milestone[] = values.milestones ?? [];
	const save = ( next: Milestone[] ) =>
		setMeta( { ...values, milestones: next } );
	const change = ( index: number, changes: Partial< Milestone > ) =>
		save(
			milestones.map( ( milestone, i ) =>
				i === index ? { ...milestone, ...changes } : milestone
			)
		);
	const move = ( index: number, by: number ) => {
		const next = [ ...milestones ];
		const [ item ] = next.splice( index, 1 );
		next.splice( index + by, 0, item );
		save( next );
	};

	return (
		<div { ...blockProps }>
			<RichText
				tagName="h2"
				className="mentorship-timeline-heading"
				value={ attributes.heading }
				placeholder={ __( 'My journey', 'mentorship-program' ) }
				allowedFormats={ [] }
				onChange={ ( heading: string ) => setAttributes( { heading } ) }
			/>
			{ milestones.length === 0 && (
				<p className="mentorship-timeline-empty">
					{ __(
						'No milestones yet. Add the steps of the journey: first contribution, cohort, graduation, team.',
						'mentorship-program'
					) }
				</p>
			) }
			<ol className="mentorship-timeline-list">
				{ milestones.map( ( milestone, index ) => (
					<li key={ index } className="mentorship-timeline-row">
						<TextField
							type="date"
							label={ __( 'Date', 'mentorship-program' ) }
							value={ milestone.date }
							onChange={ ( date: string ) =>
								change( index, { date } )
							}
						/>
						<TextField
							label={ __(
								'What happened',
								'mentorship-program'
							) }
							value={ milestone.label }
							{ ...maxLength( 'story_milestone' ) }
							onChange={ ( label: string ) =>
								change( index, { label } )
							}
						/>
						<SelectField
							label={ __( 'Kind', 'mentorship-program' ) }
							value={ milestone.kind }
							options={ kindOptions() }
							onChange={ ( kind: string ) =>
								change( index, {
									kind: kind as MilestoneKind,
								} )
							}
						/>
						<div className="mentorship-timeline-row-actions">
							<Button
								size="small"
								variant="tertiary"
								disabled={ index === 0 }
								accessibleWhenDisabled
								label={ sprintf(
									/* translators: %d: milestone number. */
									__(
										'Move milestone %d up',
										'mentorship-program'
									),
									index + 1
								) }
								onClick={ () => move( index, -1 ) }
							>
								{ __( 'Up', 'mentorship-program' ) }
							</Button>
							<Button
								size="small"
								variant="tertiary"
								disabled={ index === milestones.length - 1 }
								accessibleWhenDisabled
								label={ sprintf(
									/* translators: %d: milestone number. */
									__(
										'Move milestone %d down',
										'mentorship-program'
									),
									index + 1
								) }
								onClick={ () => move( index, 1 ) }
							>
								{ __( 'Down', 'mentorship-program' ) }
							</Button>
							<Button
								size="small"
								variant="tertiary"
								isDestructive
								label={ sprintf(
									/* translators: %d: milestone number. */
									__(
										'Remove milestone %d',
										'mentorship-program'
									),
									index + 1
								) }
								onClick={ () =>
									save(
										milestones.filter(
											( _m, i ) => i !== index
										)
									)
								}
							>
								{ __( 'Remove', 'mentorship-program' ) }
							</Button>
						</div>
					</li>
				) ) }
			</ol>
			<Button
				variant="secondary"
				disabled={
					milestones.length >= mostItems( 'story_milestones' )
				}
				accessibleWhenDisabled
				onClick={ () =>
					save( [
						...milestones,
						{ date: '', label: '', kind: 'other' },
					] )
				}
			>
				{ __( 'Add milestone', 'mentorship-program' ) }
			</Button>
			<p className="mentorship-timeline-help">
				{ __(
					'Milestones without a date and a description are not saved. Readers see them oldest first.',
					'mentorship-program'
				) }
			</p>
		</div>
	);
}
