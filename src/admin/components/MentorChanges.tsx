/**
 * In the application drawer: a mentee's mentors so far (with why each mentorship
 * ended) and the Reassign action; a mentor's backup offer.
 */

/**
 * WordPress dependencies
 */
import apiFetch from '@wordpress/api-fetch';
import { Button } from '@wordpress/components';
import { useDispatch } from '@wordpress/data';
import { useState } from '@wordpress/element';
import { __, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { isFinished, isRunning } from '../utils/stages';
import { useLoad } from '../utils/load';
import { CheckboxField } from './Fields';
import { DrawerSection } from './Section';
import { errorMessage, NAMESPACE } from '../../shared/api';
import type {
	Application,
	BackupOffer,
	MentorHistory,
} from '../../shared/types';
import { store } from '../store';
import { formatDateTime } from '../utils/fields';
import ReassignDialog from './ReassignDialog';
import { Loading, InlineNotice } from './States';
import './reassign.scss';

/**
 * A mentee's mentors so far and the Reassign action.
 *
 * @param props             Props.
 * @param props.application Mentee application.
 * @param props.canEdit     Whether the viewer may reassign.
 * @return Section.
 */
function MenteeMentors( {
	application,
	canEdit,
}: {
	application: Application;
	canEdit: boolean;
} ) {
	const [ history, setHistory ] = useState< MentorHistory | null >( null );
	const [ error, setError ] = useState( '' );
	const [ reassigning, setReassigning ] = useState( false );
	const [ done, setDone ] = useState( '' );
	const { forgetMentorChange } = useDispatch( store );
	useLoad(
		() =>
			apiFetch< MentorHistory >( {
				path: `${ NAMESPACE }/mentees/${ application.id }/mentor-history`,
			} ),
		setHistory,
		( failure ) => setError( errorMessage( failure ) ),
		[ application.id ]
	);
	const running = isRunning( 'mentee', application.stage );

	return (
		<DrawerSection
			id="mentorship-mentors"
			title={ __( 'Mentors', 'mentorship-program' ) }
		>
			{ done && <InlineNotice status="success">{ done }</InlineNotice> }
			{ error && <InlineNotice>{ error }</InlineNotice> }
			{ ! history && ! error && <Loading /> }
			{ history?.request && (
				<InlineNotice status="warning">
					{ history.request.by === 'mentor'
						? sprintf(
								/* translators: %s: the mentor's reason. */
								__(
									'The mentor could not continue: “%s”',
									'mentorship-program'
								),
								history.request.reason
						  )
						: sprintf(
								/* translators: %s: the mentee's reason. */
								__(
									'The mentee asked for a new mentor: “%s”',
									'mentorship-program'
								),
								history.request.reason
						  ) }
				</InlineNotice>
			) }
			{ history && history.history.length === 0 && (
				<p>{ __( 'No mentor yet.', 'mentorship-program' ) }</p>
			) }
			{ history && history.history.length > 0 && (
				<ol className="mentorship-history">
					{ history.history.map( ( span, index ) => (
						<li key={ `${ span.mentor.id }-${ index }` }>
							<strong>{ span.mentor.name }</strong>{ ' ' }
							{ span.current
								? sprintf(
										/* translators: %s: date. */
										__(
											'since %s (current)',
											'mentorship-program'
										),
										formatDateTime( span.started )
								  )
								: sprintf(
										/* translators: 1: date, 2: date. */
										__(
											'%1$s to %2$s',
											'mentorship-program'
										),
										formatDateTime( span.started ),
										formatDateTime( span.ended ?? '' )
								  ) }
							{ span.reason_label && ` · ${ span.reason_label }` }
							{ span.note && ` — ${ span.note }` }
						</li>
					) ) }
				</ol>
			) }
			{ canEdit && running && ! reassigning && (
				<Button
					variant="secondary"
					onClick={ () => {
						setDone( '' );
						setReassigning( true );
					} }
				>
					{ __( 'Reassign…', 'mentorship-program' ) }
				</Button>
			) }
			{ canEdit && reassigning && (
				<ReassignDialog
					menteeId={ application.id }
					onCancel={ () => setReassigning( false ) }
					onDone={ ( result ) => {
						setHistory( result );
						setReassigning( false );
						setDone(
							sprintf(
								/* translators: %s: mentor name. */
								__(
									'Reassigned to %s. Both mentors and the mentee are told by e-mail.',
									'mentorship-program'
								),
								result.mentor?.name ?? ''
							)
						);
						forgetMentorChange( [
							application.id,
							...result.history.map( ( span ) => span.mentor.id ),
						] );
					} }
				/>
			) }
		</DrawerSection>
	);
}

/**
 * A mentor's backup offer.
 *
 * @param props             Props.
 * @param props.application Mentor application.
 * @param props.canEdit     Whether the viewer may change it.
 * @return Section.
 */
function MentorBackup( {
	application,
	canEdit,
}: {
	application: Application;
	canEdit: boolean;
} ) {
	const [ offer, setOffer ] = useState< BackupOffer | null >( null );
	const [ error, setError ] = useState( '' );
	const [ busy, setBusy ] = useState( false );
	useLoad(
		() =>
			apiFetch< BackupOffer >( {
				path: `${ NAMESPACE }/mentors/${ application.id }/backup`,
			} ),
		setOffer,
		( failure ) => setError( errorMessage( failure ) ),
		[ application.id ]
	);
	return (
		<DrawerSection
			id="mentorship-backup"
			title={ __( 'Backup mentor', 'mentorship-program' ) }
		>
			{ error && <InlineNotice>{ error }</InlineNotice> }
			{ ! offer && ! error && <Loading /> }
			{ offer && (
				<CheckboxField
					label={ __(
						'Volunteers to take over mentees in this cohort',
						'mentorship-program'
					) }
					help={ __(
						'Backups come first when a coordinator reassigns a mentee.',
						'mentorship-program'
					) }
					checked={ offer.backup }
					disabled={ ! canEdit || busy }
					onChange={ async ( backup ) => {
						setBusy( true );
						setError( '' );
						try {
							setOffer(
								await apiFetch< BackupOffer >( {
									path: `${ NAMESPACE }/mentors/${ application.id }/backup`,
									method: 'POST',
									data: { backup },
								} )
							);
						} catch ( failure ) {
							setError( errorMessage( failure ) );
						} finally {
							setBusy( false );
						}
					} }
				/>
			) }
		</DrawerSection>
	);
}

/**
 * The drawer's section for a mentee's mentors or a mentor's backup offer.
 *
 * @param props             Props.
 * @param props.application Application.
 * @param props.canEdit     Whether the viewer coordinates.
 * @return Section, or nothing.
 */
export default function MentorChanges( {
	application,
	canEdit,
}: {
	application: Application;
	canEdit: boolean;
} ) {
	if ( ! canEdit ) {
		return null;
	}
	if (
		application.type === 'mentee' &&
		( isRunning( 'mentee', application.stage ) ||
			isFinished( 'mentee', application.stage ) )
	) {
		return (
			<MenteeMentors application={ application } canEdit={ canEdit } />
		);
	}
	if (
		application.type === 'mentor' &&
		isRunning( 'mentor', application.stage )
	) {
		return <MentorBackup application={ application } canEdit={ canEdit } />;
	}
	return null;
}
