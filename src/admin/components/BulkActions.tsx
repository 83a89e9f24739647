/**
 * The dialogs behind the Applications table's bulk actions.
 */

/**
 * WordPress dependencies
 */
import { Button } from '@wordpress/components';
import { useDispatch } from '@wordpress/data';
import { useState } from '@wordpress/element';
import { __, _n, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { SelectField } from './Fields';
import MoveNoteFields from './MoveNoteFields';
import { InlineNotice } from './States';
import FormButtons from './FormButtons';
import type { Application, Stage, BatchRequest } from '../../shared/types';
import CohortPicker from './CohortPicker';
import { store } from '../store';
import { useSubmit } from '../utils/forms';
import { legalBulkMoves } from '../utils/transitions';
import { moveLabel, stageLabel } from '../utils/stages';

interface Props {
	items: Application[];
	closeModal?: () => void;
	onDone: () => void;
}

/**
 * Submits one change for every selected application, then closes the dialog.
 *
 * @param props  The dialog's props.
 * @param change The change, or null when the form is not ready to send.
 * @return Whether it is sending, and the form's `onSubmit`.
 */
function useBatchSubmit(
	props: Props,
	change: () => Omit< BatchRequest, 'ids' > | null
) {
	const { items, closeModal, onDone } = props;
	const { batchApplications } = useDispatch( store );
	return useSubmit( async () => {
		const request = change();
		if ( ! request ) {
			return;
		}
		await batchApplications( {
			ids: items.map( ( item ) => item.id ),
			...request,
		} );
		onDone();
		closeModal?.();
	} );
}

/**
 * Moves the selected applications to a stage they can all reach.
 *
 * @param props            Props.
 * @param props.items      Selected applications.
 * @param props.closeModal Closes the dialog.
 * @param props.onDone     Called after a request, to clear the selection.
 * @return Form.
 */
export function BulkMoveForm( props: Props ) {
	const { items, closeModal } = props;
	const moves = legalBulkMoves( items );
	const [ to, setTo ] = useState< Stage | '' >( moves[ 0 ] ?? '' );
	const [ note, setNote ] = useState( '' );
	const [ notify, setNotify ] = useState( false );
	const { busy, onSubmit } = useBatchSubmit( props, () =>
		to ? { to, note: note.trim() || undefined, notify } : null
	);

	if ( ! moves.length ) {
		return (
			<>
				<InlineNotice status="warning">
					{ __(
						'The selected applications have no move in common. Select applications in the same stage.',
						'mentorship-program'
					) }
				</InlineNotice>
				<div className="mentorship-modal__buttons">
					<Button variant="secondary" onClick={ closeModal }>
						{ __( 'Close', 'mentorship-program' ) }
					</Button>
				</div>
			</>
		);
	}

	return (
		<form className="mentorship-modal__form" onSubmit={ onSubmit }>
			<p>
				{ sprintf(
					/* translators: %d: number of applications. */
					_n(
						'%d application selected.',
						'%d applications selected.',
						items.length,
						'mentorship-program'
					),
					items.length
				) }
			</p>
			<SelectField
				label={ __( 'Move to', 'mentorship-program' ) }
				value={ to as Stage }
				options={ moves.map( ( stage ) => ( {
					value: stage,
					label: stageLabel( stage ),
				} ) ) }
				onChange={ ( value: string ) => setTo( value as Stage ) }
			/>
			<MoveNoteFields
				many
				note={ note }
				onNote={ setNote }
				notify={ notify }
				onNotify={ setNotify }
			/>
			<FormButtons
				label={
					to ? moveLabel( to ) : __( 'Move', 'mentorship-program' )
				}
				busy={ busy }
				disabled={ ! to }
				onCancel={ closeModal }
				className="mentorship-modal__buttons"
			/>
		</form>
	);
}

/**
 * Moves the selected applications into another cohort.
 *
 * @param props            Props.
 * @param props.items      Selected applications.
 * @param props.closeModal Closes the dialog.
 * @param props.onDone     Called after a request.
 * @return Form.
 */
export function BulkCohortForm( props: Props ) {
	const { closeModal } = props;
	const [ cohort, setCohort ] = useState( 0 );
	const { busy, onSubmit } = useBatchSubmit( props, () =>
		cohort ? { cohort } : null
	);
	return (
		<form className="mentorship-modal__form" onSubmit={ onSubmit }>
			<CohortPicker
				value={ cohort }
				onChange={ setCohort }
				allowAll={ false }
				label={ __( 'Move into cohort', 'mentorship-program' ) }
			/>
			<p className="description">
				{ __(
					'Only applications that have not started can move; mentor assignments are removed.',
					'mentorship-program'
				) }
			</p>
			<FormButtons
				label={ __( 'Move', 'mentorship-program' ) }
				busy={ busy }
				disabled={ ! cohort }
				onCancel={ closeModal }
				className="mentorship-modal__buttons"
			/>
		</form>
	);
}
