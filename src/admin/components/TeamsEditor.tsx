/**
 * Contributor teams: what each team does, the skills it needs, its handbook, channel
 * and meeting time.
 */

/**
 * WordPress dependencies
 */
import { Button } from '@wordpress/components';
import { useDispatch, useSelect } from '@wordpress/data';
import { useState } from '@wordpress/element';
import { __, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { TextAreaField, TextField } from './Fields';
import DataTable from './DataTable';
import { useDraft, useSubmit } from '../utils/forms';
import FormButtons from './FormButtons';
import type { Team, TeamInput } from '../../shared/types';
import { resolution, store } from '../store';
import { Loading, LoadError } from './States';
import { maxLength } from '../utils/limits';

/**
 * "a, b , c" as a list.
 *
 * @param text Comma-separated text.
 * @return Items.
 */
export function parseList( text: string ): string[] {
	return text
		.split( ',' )
		.map( ( item ) => item.trim() )
		.filter( Boolean );
}

function TeamForm( { team, onDone }: { team?: Team; onDone: () => void } ) {
	const [ draft, set ] = useDraft( {
		name: team?.name ?? '',
		summary: team?.summary ?? '',
		skills: ( team?.skills ?? [] ).join( ', ' ),
		interests: ( team?.interests ?? [] ).join( ', ' ),
		handbook_url: team?.handbook_url ?? '',
		channel: team?.channel ?? '',
		meeting_time: team?.meeting_time ?? '',
	} );
	const { saveTeam } = useDispatch( store );
	const { busy, onSubmit } = useSubmit( async () => {
		const input: TeamInput = {
			name: draft.name.trim(),
			summary: draft.summary,
			skills: parseList( draft.skills ),
			interests: parseList( draft.interests ),
			handbook_url: draft.handbook_url.trim(),
			channel: draft.channel.trim(),
			meeting_time: draft.meeting_time.trim(),
		};
		const saved = await saveTeam( input, team?.id );
		if ( saved ) {
			onDone();
		}
	} );

	return (
		<form
			className="mentorship-admin-form mentorship-team-form"
			aria-label={
				team
					? sprintf(
							/* translators: %s: team name. */
							__( 'Edit %s', 'mentorship-program' ),
							team.name
					  )
					: __( 'New team', 'mentorship-program' )
			}
			onSubmit={ onSubmit }
		>
			<TextField
				label={ __( 'Name', 'mentorship-program' ) }
				value={ draft.name }
				onChange={ ( name ) => set( { name } ) }
				required
				{ ...maxLength( 'team_name' ) }
			/>
			<TextAreaField
				label={ __( 'What the team does', 'mentorship-program' ) }
				value={ draft.summary }
				onChange={ ( summary ) => set( { summary } ) }
				{ ...maxLength( 'team_summary' ) }
			/>
			<div className="mentorship-admin-form__row">
				<TextField
					label={ __( 'Skills it needs', 'mentorship-program' ) }
					help={ __( 'Separate with commas.', 'mentorship-program' ) }
					value={ draft.skills }
					onChange={ ( skills ) => set( { skills } ) }
				/>
				<TextField
					label={ __( 'Interests it suits', 'mentorship-program' ) }
					help={ __( 'Separate with commas.', 'mentorship-program' ) }
					value={ draft.interests }
					onChange={ ( interests ) => set( { interests } ) }
				/>
			</div>
			<div className="mentorship-admin-form__row">
				<TextField
					type="url"
					label={ __( 'Handbook link', 'mentorship-program' ) }
					value={ draft.handbook_url }
					onChange={ ( value ) => set( { handbook_url: value } ) }
				/>
				<TextField
					label={ __( 'Chat channel', 'mentorship-program' ) }
					value={ draft.channel }
					onChange={ ( channel ) => set( { channel } ) }
				/>
				<TextField
					label={ __( 'Meeting time', 'mentorship-program' ) }
					value={ draft.meeting_time }
					onChange={ ( value ) => set( { meeting_time: value } ) }
				/>
			</div>
			<FormButtons
				label={
					team
						? __( 'Save team', 'mentorship-program' )
						: __( 'Add team', 'mentorship-program' )
				}
				busy={ busy }
				disabled={ ! draft.name.trim() }
				onCancel={ onDone }
			/>
		</form>
	);
}

export default function TeamsEditor() {
	const { teams, error } = useSelect(
		( select ) => ( {
			teams: select( store ).getTeams(),
			error: resolution( select ).getResolutionError( 'getTeams', [] ),
		} ),
		[]
	);
	const [ editing, setEditing ] = useState< number | 'new' | null >( null );

	if ( error ) {
		return <LoadError error={ error } />;
	}
	if ( ! teams ) {
		return <Loading />;
	}
	return (
		<div className="mentorship-teams">
			<div className="mentorship-admin-form__buttons">
				<Button
					variant="secondary"
					onClick={ () => setEditing( 'new' ) }
					disabled={ editing === 'new' }
				>
					{ __( 'Add team', 'mentorship-program' ) }
				</Button>
			</div>
			{ editing === 'new' && (
				<TeamForm onDone={ () => setEditing( null ) } />
			) }
			<DataTable
				actions
				caption={ __( 'Teams', 'mentorship-program' ) }
				hiddenCaption
				columns={ [
					__( 'Team', 'mentorship-program' ),
					__( 'What it does', 'mentorship-program' ),
					__( 'Meets', 'mentorship-program' ),
				] }
			>
				{ teams.map( ( team ) =>
					editing === team.id ? (
						<tr key={ team.id }>
							<td colSpan={ 4 }>
								<TeamForm
									team={ team }
									onDone={ () => setEditing( null ) }
								/>
							</td>
						</tr>
					) : (
						<tr key={ team.id } data-team={ team.slug }>
							<th scope="row">{ team.name }</th>
							<td>{ team.summary }</td>
							<td>{ team.meeting_time }</td>
							<td>
								<Button
									variant="link"
									onClick={ () => setEditing( team.id ) }
									label={ sprintf(
										/* translators: %s: team name. */
										__( 'Edit %s', 'mentorship-program' ),
										team.name
									) }
								>
									{ __( 'Edit', 'mentorship-program' ) }
								</Button>
							</td>
						</tr>
					)
				) }
			</DataTable>
		</div>
	);
}
