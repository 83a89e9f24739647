/**
 * The story details card in the editor: every detail is edited in place and saved
 * as the story's post meta and team and cohort terms.
 */

/**
 * WordPress dependencies
 */
import { __ } from '@wordpress/i18n';
import { FormTokenField } from '@wordpress/components';
import { useEntityProp, useEntityRecords } from '@wordpress/core-data';

/**
 * Internal dependencies
 */
import {
	CheckboxField,
	SelectField,
	TextField,
} from '../../src/shared/controls';
import { type ProgramRole, type StoryContext, type StoryMeta } from './meta';
import { NotInStory, useStoryBlock } from './story-block';
import { maxLength, mostItems } from '../shared/limits';

type Term = { id: number; name: string };

type EditProps = {
	context: StoryContext;
};

const TERM_QUERY = { per_page: -1, context: 'view', _fields: 'id,name' };

/**
 * Team and cohort choices, loaded only in a story.
 *
 * @param enabled Whether the block sits in a story.
 * @return Teams and cohorts.
 */
function useTerms( enabled: boolean ): { teams: Term[]; cohorts: Term[] } {
	const teams = useEntityRecords< Term >(
		'taxonomy',
		'mentorship_team',
		TERM_QUERY,
		{ enabled }
	);
	const cohorts = useEntityRecords< Term >(
		'taxonomy',
		'mentorship_cohort',
		TERM_QUERY,
		{ enabled }
	);
	return {
		teams: teams.records ?? [],
		cohorts: cohorts.records ?? [],
	};
}

export default function Edit( { context }: EditProps ) {
	const {
		blockProps,
		postType,
		inStory,
		meta: values,
		setMeta,
	} = useStoryBlock( context, 'mentorship-story-details is-editing' );
	const [ teamIds, setTeamIds ] = useEntityProp< number[] | undefined >(
		'postType',
		postType,
		'mentorship_team',
		context.postId
	);
	const [ cohortIds, setCohortIds ] = useEntityProp< number[] | undefined >(
		'postType',
		postType,
		'mentorship_cohort',
		context.postId
	);
	const { teams, cohorts } = useTerms( inStory );

	if ( ! inStory ) {
		return (
			<NotInStory blockProps={ blockProps }>
				{ __(
					'Story details show the contributor of a story. Add this block to a story.',
					'mentorship-program'
				) }
			</NotInStory>
		);
	}

	const update = ( changes: Partial< StoryMeta > ) =>
		setMeta( { ...values, ...changes } );
	const chosenTeams = teamIds ?? [];
	const toggleTeam = ( id: number, on: boolean ) =>
		setTeamIds(
			on
				? [ ...chosenTeams.filter( ( team ) => team !== id ), id ]
				: chosenTeams.filter( ( team ) => team !== id )
		);
	const username = values.wporg_username ?? '';
	// A free-text detail, saved as typed.
	const textField = (
		field: 'contributor_name' | 'location',
		label: string
	) => (
		<TextField
			label={ label }
			value={ values[ field ] ?? '' }
			{ ...maxLength(
				field === 'location' ? 'story_location' : 'story_name'
			) }
			onChange={ ( value: string ) => update( { [ field ]: value } ) }
		/>
	);

	return (
		<div { ...blockProps }>
			<p className="mentorship-story-details-heading">
				{ __( 'About the contributor', 'mentorship-program' ) }
			</p>
			<div className="mentorship-story-details-fields">
				{ textField(
					'contributor_name',
					__( 'Contributor name', 'mentorship-program' )
				) }
				<TextField
					label={ __(
						'WordPress.org username',
						'mentorship-program'
					) }
					help={
						username
							? `profiles.wordpress.org/${ username }/`
							: __(
									'Links to their WordPress.org profile.',
									'mentorship-program'
							  )
					}
					value={ username }
					{ ...maxLength( 'story_username' ) }
					onChange={ ( value: string ) =>
						update( { wporg_username: value.trim() } )
					}
				/>
				<SelectField
					label={ __( 'Role in the program', 'mentorship-program' ) }
					value={ values.program_role ?? 'mentee' }
					options={ [
						{
							label: __( 'Mentee', 'mentorship-program' ),
							value: 'mentee',
						},
						{
							label: __( 'Mentor', 'mentorship-program' ),
							value: 'mentor',
						},
						{
							label: __( 'Other', 'mentorship-program' ),
							value: 'other',
						},
					] }
					onChange={ ( value: string ) =>
						update( { program_role: value as ProgramRole } )
					}
				/>
				<SelectField
					label={ __( 'Cohort', 'mentorship-program' ) }
					value={ String( ( cohortIds ?? [] )[ 0 ] ?? 0 ) }
					options={ [
						{
							label: __( 'No cohort', 'mentorship-program' ),
							value: '0',
						},
						...cohorts.map( ( cohort ) => ( {
							label: cohort.name,
							value: String( cohort.id ),
						} ) ),
					] }
					onChange={ ( value: string ) =>
						setCohortIds(
							Number( value ) ? [ Number( value ) ] : []
						)
					}
				/>
				<FormTokenField
					__nextHasNoMarginBottom
					__next40pxDefaultSize
					label={ __( 'Languages', 'mentorship-program' ) }
					value={ values.languages ?? [] }
					maxLength={ mostItems( 'story_languages' ) }
					onChange={ ( tokens ) =>
						update( {
							languages: tokens.map( ( token ) =>
								typeof token === 'string' ? token : token.value
							),
						} )
					}
				/>
				{ textField(
					'location',
					__( 'Location (optional)', 'mentorship-program' )
				) }
			</div>
			<fieldset className="mentorship-story-details-teams">
				<legend>{ __( 'Teams', 'mentorship-program' ) }</legend>
				{ teams.map( ( team ) => (
					<CheckboxField
						key={ team.id }
						label={ team.name }
						checked={ chosenTeams.includes( team.id ) }
						onChange={ ( on: boolean ) =>
							toggleTeam( team.id, on )
						}
					/>
				) ) }
			</fieldset>
			<CheckboxField
				className="mentorship-story-details-consent"
				label={ __(
					'The contributor agreed to publish this story',
					'mentorship-program'
				) }
				help={ __(
					'Required to publish. Ask the contributor before you publish their story.',
					'mentorship-program'
				) }
				checked={ !! values.consent_confirmed }
				onChange={ ( on: boolean ) =>
					update( { consent_confirmed: on } )
				}
			/>
		</div>
	);
}
