/**
 * Reassign a mentee: the mentors who could take over, volunteer backups first, each
 * with the matcher's score and its reasons; choose one, say why, and move the mentee.
 * The server compares the mentor this dialog saw with the current one, so a change
 * someone else made meanwhile comes back as a clear message, not an overwrite.
 */

/**
 * WordPress dependencies
 */
import apiFetch from '@wordpress/api-fetch';
import { Notice, Spinner } from '@wordpress/components';
import { useState } from '@wordpress/element';
import { __, _n, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { useLoad } from '../utils/load';
import { TextAreaField } from './Fields';
import { InlineNotice } from './States';
import FormButtons from './FormButtons';
import { errorMessage, errorStatus, NAMESPACE } from '../../shared/api';
import type { MentorCandidates, MentorHistory } from '../../shared/types';
import './reassign.scss';
import { maxLength } from '../utils/limits';

/**
 * The dialog's content.
 *
 * @param props          Props.
 * @param props.menteeId Mentee application.
 * @param props.onDone   Called with the mentee's new mentor and history.
 * @param props.onCancel Closes the dialog.
 * @return Form.
 */
export default function ReassignDialog( {
	menteeId,
	onDone,
	onCancel,
}: {
	menteeId: number;
	onDone: ( result: MentorHistory ) => void;
	onCancel?: () => void;
} ) {
	const [ data, setData ] = useState< MentorCandidates | null >( null );
	const [ loadError, setLoadError ] = useState< string >( '' );
	const [ chosen, setChosen ] = useState< number >( 0 );
	const [ reason, setReason ] = useState( '' );
	const [ busy, setBusy ] = useState( false );
	const [ failure, setFailure ] = useState< {
		message: string;
		conflict: boolean;
	} | null >( null );
	const [ round, setRound ] = useState( 0 );

	useLoad(
		() => {
			// A new round shows the spinner, not the candidates of the last one.
			setData( null );
			return apiFetch< MentorCandidates >( {
				path: `${ NAMESPACE }/mentees/${ menteeId }/mentor-candidates`,
			} );
		},
		setData,
		( error ) => setLoadError( errorMessage( error ) ),
		[ menteeId, round ]
	);

	if ( loadError ) {
		return <InlineNotice>{ loadError }</InlineNotice>;
	}
	if ( ! data ) {
		return <Spinner />;
	}
	const name = data.mentee.name;
	const groupName = `mentorship-reassign-${ menteeId }`;

	return (
		<form
			className="mentorship-reassign"
			onSubmit={ async ( event ) => {
				event.preventDefault();
				if ( ! chosen ) {
					return;
				}
				setBusy( true );
				setFailure( null );
				try {
					const result = await apiFetch< MentorHistory >( {
						path: `${ NAMESPACE }/mentees/${ menteeId }/reassign`,
						method: 'POST',
						data: {
							mentor: chosen,
							expected_mentor: data.current?.id ?? 0,
							reason,
						},
					} );
					onDone( result );
				} catch ( error ) {
					setFailure( {
						message: errorMessage( error ),
						conflict: errorStatus( error ) === 409,
					} );
				} finally {
					setBusy( false );
				}
			} }
		>
			<p>
				{ data.current
					? sprintf(
							/* translators: 1: mentee name, 2: mentor name. */
							__(
								'%1$s is mentored by %2$s. Choose who takes over.',
								'mentorship-program'
							),
							name,
							data.current.name
					  )
					: sprintf(
							/* translators: %s: mentee name. */
							__(
								'%s has no mentor. Choose one.',
								'mentorship-program'
							),
							name
					  ) }
			</p>
			{ failure && (
				<Notice
					status={ failure.conflict ? 'warning' : 'error' }
					isDismissible={ false }
					actions={
						failure.conflict
							? [
									{
										label: __(
											'Reload the mentors',
											'mentorship-program'
										),
										onClick: () => {
											setFailure( null );
											setChosen( 0 );
											setRound( round + 1 );
										},
									},
							  ]
							: []
					}
				>
					{ failure.message }
				</Notice>
			) }
			{ data.candidates.length === 0 ? (
				<InlineNotice status="warning">
					{ __(
						'No mentor of this cohort has a free seat. Raise a mentor’s capacity or approve another mentor first.',
						'mentorship-program'
					) }
				</InlineNotice>
			) : (
				<fieldset className="mentorship-reassign__list">
					<legend>
						{ __(
							'Mentors with a free seat, backups first, then by match score',
							'mentorship-program'
						) }
					</legend>
					{ data.candidates.map( ( candidate ) => {
						const id = `${ groupName }-${ candidate.mentor.id }`;
						return (
							<div
								key={ candidate.mentor.id }
								className={
									chosen === candidate.mentor.id
										? 'mentorship-reassign__candidate is-chosen'
										: 'mentorship-reassign__candidate'
								}
							>
								<input
									type="radio"
									id={ id }
									name={ groupName }
									value={ candidate.mentor.id }
									checked={ chosen === candidate.mentor.id }
									onChange={ () =>
										setChosen( candidate.mentor.id )
									}
									aria-describedby={ `${ id }-why` }
								/>
								<label htmlFor={ id }>
									<strong>{ candidate.mentor.name }</strong>
									{ candidate.backup && (
										<span className="mentorship-reassign__badge">
											{ __(
												'Backup',
												'mentorship-program'
											) }
										</span>
									) }
									<span className="mentorship-reassign__score">
										{ sprintf(
											/* translators: %s: match score. */
											__(
												'Score %s',
												'mentorship-program'
											),
											String(
												Math.round(
													candidate.score * 100
												) / 100
											)
										) }
									</span>
									<span className="mentorship-reassign__seats">
										{ sprintf(
											/* translators: %d: free seats. */
											_n(
												'%d free seat',
												'%d free seats',
												candidate.free_seats,
												'mentorship-program'
											),
											candidate.free_seats
										) }
									</span>
								</label>
								<ul
									id={ `${ id }-why` }
									className="mentorship-matches__reasons"
								>
									{ candidate.reasons_text.map( ( text ) => (
										<li key={ text }>{ text }</li>
									) ) }
								</ul>
							</div>
						);
					} ) }
				</fieldset>
			) }
			<TextAreaField
				label={ __(
					'Why (optional; coordinators only)',
					'mentorship-program'
				) }
				value={ reason }
				onChange={ setReason }
				{ ...maxLength( 'reassign_reason' ) }
			/>
			<FormButtons
				label={ __( 'Reassign', 'mentorship-program' ) }
				busy={ busy }
				disabled={ ! chosen }
				onCancel={ onCancel }
			/>
		</form>
	);
}
