/**
 * "Graduate those who are ready": a preview of who meets every criterion of the
 * cohort and who is skipped (with why), then the graduation itself.
 */

/**
 * WordPress dependencies
 */
import { Button, Modal, Spinner } from '@wordpress/components';
import { useDispatch } from '@wordpress/data';
import { useState } from '@wordpress/element';
import { __, _n, sprintf } from '@wordpress/i18n';
import { store as noticesStore } from '@wordpress/notices';

/**
 * Internal dependencies
 */
import { InlineNotice } from '../components/States';
import { errorMessage } from '../../shared/api';
import { store } from '../store';
import { graduateCohort } from './api';
import EarlyGraduation from './EarlyGraduation';
import type { CohortGraduationResult, GraduationPerson } from './types';

function People( {
	people,
	withReasons,
}: {
	people: GraduationPerson[];
	withReasons?: boolean;
} ) {
	return (
		<ul className="mentorship-cohort-graduation__list">
			{ people.map( ( person ) => (
				<li key={ person.id }>
					<strong>{ person.name }</strong>
					{ withReasons && ( person.reasons ?? [] ).length > 0 && (
						<>
							{ ' — ' }
							{ ( person.reasons ?? [] ).join( ' ' ) }
						</>
					) }
				</li>
			) ) }
		</ul>
	);
}

/**
 * The button and its dialog.
 *
 * @param props          Props.
 * @param props.cohortId Cohort.
 * @param props.disabled Whether another action is running.
 * @return Button and dialog.
 */
export default function CohortGraduation( {
	cohortId,
	disabled,
}: {
	cohortId: number;
	disabled?: boolean;
} ) {
	const [ open, setOpen ] = useState( false );
	const [ preview, setPreview ] = useState< CohortGraduationResult | null >(
		null
	);
	const [ done, setDone ] = useState< CohortGraduationResult | null >( null );
	const [ error, setError ] = useState( '' );
	const [ busy, setBusy ] = useState( false );
	const [ confirmEarly, setConfirmEarly ] = useState( false );
	const { createSuccessNotice } = useDispatch( noticesStore );
	const { invalidateResolutionForStore } = useDispatch(
		store
	) as unknown as {
		invalidateResolutionForStore: () => void;
	};

	const start = async () => {
		setOpen( true );
		setPreview( null );
		setDone( null );
		setError( '' );
		setConfirmEarly( false );
		try {
			setPreview( await graduateCohort( cohortId, { dry_run: true } ) );
		} catch ( failed ) {
			setError( errorMessage( failed ) );
		}
	};
	const graduate = async () => {
		setBusy( true );
		setError( '' );
		try {
			const result = await graduateCohort( cohortId, {
				confirm_early: !! preview?.early && confirmEarly,
				notify: true,
			} );
			setDone( result );
			invalidateResolutionForStore();
			createSuccessNotice(
				sprintf(
					/* translators: %d: number of mentees. */
					_n(
						'%d mentee graduated.',
						'%d mentees graduated.',
						result.graduated.length,
						'mentorship-program'
					),
					result.graduated.length
				),
				{ type: 'snackbar' }
			);
		} catch ( failed ) {
			setError( errorMessage( failed ) );
		} finally {
			setBusy( false );
		}
	};
	const shown = done ?? preview;

	return (
		<>
			<Button
				variant="secondary"
				disabled={ disabled }
				accessibleWhenDisabled
				onClick={ start }
			>
				{ __( 'Graduate those who are ready…', 'mentorship-program' ) }
			</Button>
			{ open && (
				<Modal
					title={ __(
						'Graduate those who are ready',
						'mentorship-program'
					) }
					onRequestClose={ () => setOpen( false ) }
					size="medium"
					className="mentorship-cohort-graduation"
				>
					{ error && <InlineNotice>{ error }</InlineNotice> }
					{ ! shown && ! error && <Spinner /> }
					{ shown && (
						<>
							<h3>
								{ done
									? sprintf(
											/* translators: %d: number of mentees. */
											_n(
												'Graduated (%d)',
												'Graduated (%d)',
												shown.graduated.length,
												'mentorship-program'
											),
											shown.graduated.length
									  )
									: sprintf(
											/* translators: %d: number of mentees. */
											_n(
												'Meets every criterion (%d)',
												'Meet every criterion (%d)',
												shown.graduated.length,
												'mentorship-program'
											),
											shown.graduated.length
									  ) }
							</h3>
							{ shown.graduated.length > 0 ? (
								<People people={ shown.graduated } />
							) : (
								<p>
									{ __(
										'No active mentee meets every criterion yet.',
										'mentorship-program'
									) }
								</p>
							) }
							{ shown.skipped.length > 0 && (
								<>
									<h3>
										{ sprintf(
											/* translators: %d: number of mentees. */
											__(
												'Skipped, with why (%d)',
												'mentorship-program'
											),
											shown.skipped.length
										) }
									</h3>
									<People
										people={ shown.skipped }
										withReasons
									/>
								</>
							) }
							{ ! done && shown.early && (
								<EarlyGraduation
									id={ `mentorship-cohort-graduate-early-${ cohortId }` }
									endsOn={ shown.ends_on_text }
									confirmed={ confirmEarly }
									onConfirm={ setConfirmEarly }
								/>
							) }
						</>
					) }
					<div className="mentorship-modal__buttons">
						<Button
							variant="tertiary"
							onClick={ () => setOpen( false ) }
						>
							{ done
								? __( 'Close', 'mentorship-program' )
								: __( 'Cancel', 'mentorship-program' ) }
						</Button>
						{ ! done && (
							<Button
								variant="primary"
								isBusy={ busy }
								disabled={
									busy ||
									! preview ||
									preview.graduated.length === 0 ||
									( preview.early && ! confirmEarly )
								}
								accessibleWhenDisabled
								onClick={ graduate }
							>
								{ sprintf(
									/* translators: %d: number of mentees. */
									_n(
										'Graduate %d mentee',
										'Graduate %d mentees',
										preview?.graduated.length ?? 0,
										'mentorship-program'
									),
									preview?.graduated.length ?? 0
								) }
							</Button>
						) }
					</div>
				</Modal>
			) }
		</>
	);
}
