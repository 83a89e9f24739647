/**
 * The dialogs behind the Applications table's bulk actions.
 */

/**
 * WordPress dependencies
 */
import {
	Button,
	CheckboxControl,
	SelectControl,
	TextareaControl,
} from '@wordpress/components';
import { useDispatch } from '@wordpress/data';
import { useState } from '@wordpress/element';
import { __, _n, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { InlineNotice } from './States';
import FormButtons from './FormButtons';
import type { Application, Stage } from '../../shared/types';
import CohortPicker from './CohortPicker';
import { store } from '../store';
import { legalBulkMoves } from '../utils/transitions';
import { moveLabel, stageLabel } from '../utils/stages';

interface Props {
	items: Application[];
	closeModal?: () => void;
	onDone: () => void;
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
export function BulkMoveForm( { items, closeModal, onDone }: Props ) {
	const moves = legalBulkMoves( items );
	const [ to, setTo ] = useState< Stage | '' >( moves[ 0 ] ?? '' );
	const [ note, setNote ] = useState( '' );
	const [ notify, setNotify ] = useState( false );
	const [ busy, setBusy ] = useState( false );
	const { batchApplications } = useDispatch( store );

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

	const submit = async () => {
		if ( ! to ) {
			return;
		}
		setBusy( true );
		await batchApplications( {
			ids: items.map( ( item ) => item.id ),
			to,
			note: note.trim() || undefined,
			notify,
		} );
		setBusy( false );
		onDone();
		closeModal?.();
	};

	return (
		<form
			className="mentorship-modal__form"
			onSubmit={ ( event ) => {
				event.preventDefault();
				submit();
			} }
		>
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
			<SelectControl
				__nextHasNoMarginBottom
				__next40pxDefaultSize
				label={ __( 'Move to', 'mentorship-program' ) }
				value={ to as Stage }
				options={ moves.map( ( stage ) => ( {
					value: stage,
					label: stageLabel( stage ),
				} ) ) }
				onChange={ ( value: string ) => setTo( value as Stage ) }
			/>
			<TextareaControl
				__nextHasNoMarginBottom
				label={ __( 'Note (optional)', 'mentorship-program' ) }
				help={ __(
					'Saved in each audit trail, and included in the e-mail.',
					'mentorship-program'
				) }
				value={ note }
				onChange={ setNote }
				maxLength={ 2000 }
			/>
			<CheckboxControl
				__nextHasNoMarginBottom
				label={ __(
					'E-mail each person about the change',
					'mentorship-program'
				) }
				checked={ notify }
				onChange={ setNotify }
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
export function BulkCohortForm( { items, closeModal, onDone }: Props ) {
	const [ cohort, setCohort ] = useState( 0 );
	const [ busy, setBusy ] = useState( false );
	const { batchApplications } = useDispatch( store );
	const submit = async () => {
		if ( ! cohort ) {
			return;
		}
		setBusy( true );
		await batchApplications( {
			ids: items.map( ( item ) => item.id ),
			cohort,
		} );
		setBusy( false );
		onDone();
		closeModal?.();
	};
	return (
		<form
			className="mentorship-modal__form"
			onSubmit={ ( event ) => {
				event.preventDefault();
				submit();
			} }
		>
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
