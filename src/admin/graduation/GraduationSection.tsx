/**
 * The drawer's "Graduation" section for coordinators: the criteria, the mentor's
 * confirmation, the contribution link, and the certificate (open, issue, revoke).
 */

/**
 * WordPress dependencies
 */
import { Button, ExternalLink } from '@wordpress/components';
import { useDispatch } from '@wordpress/data';
import { useState } from '@wordpress/element';
import { __, sprintf } from '@wordpress/i18n';
import { store as noticesStore } from '@wordpress/notices';

/**
 * Internal dependencies
 */
import { isFinished } from '../utils/stages';
import { useLoad } from '../utils/load';
import { CheckboxField, TextAreaField } from '../components/Fields';
import { InlineNotice } from '../components/States';
import { errorMessage } from '../../shared/api';
import { formatDate } from '../utils/fields';
import {
	fetchRecord,
	issueCertificate,
	revokeCertificate,
	saveRecord,
} from './api';
import CriteriaChecklist from './CriteriaChecklist';
import { DrawerSection } from '../components/Section';
import type { GraduationRecord } from './types';
import { maxLength } from '../utils/limits';

/**
 * Where the certificate stands, in words.
 *
 * @param record The graduation record.
 * @return Sentence.
 */
function certificateText( record: GraduationRecord ): string {
	const certificate = record.certificate;
	if ( ! certificate ) {
		return record.type === 'mentor'
			? __(
					'No certificate yet. Mentors get theirs when the cohort completes, or now on demand.',
					'mentorship-program'
			  )
			: __(
					'No certificate yet. Graduates get theirs when they graduate.',
					'mentorship-program'
			  );
	}
	if ( certificate.revoked ) {
		return sprintf(
			/* translators: 1: date, 2: coordinator's name, 3: reason. */
			__( 'Revoked on %1$s by %2$s: %3$s', 'mentorship-program' ),
			formatDate( certificate.revoked_at ),
			certificate.revoked_by,
			certificate.revoked_reason
		);
	}
	return sprintf(
		/* translators: %s: date. */
		__( 'Issued on %s.', 'mentorship-program' ),
		formatDate( certificate.issued_at )
	);
}

/**
 * The section.
 *
 * @param props       Props.
 * @param props.id    Application.
 * @param props.stage Its stage (reloads the section when it changes).
 * @return Section.
 */
export default function GraduationSection( {
	id,
	stage,
}: {
	id: number;
	stage: string;
} ) {
	const [ record, setRecord ] = useState< GraduationRecord | null >( null );
	const [ error, setError ] = useState( '' );
	const [ busy, setBusy ] = useState( false );
	const [ revoking, setRevoking ] = useState( false );
	const [ reason, setReason ] = useState( '' );
	const { createSuccessNotice, createErrorNotice } =
		useDispatch( noticesStore );

	useLoad(
		() => fetchRecord( id ),
		setRecord,
		( failed ) => setError( errorMessage( failed ) ),
		[ id, stage ]
	);

	const run = async ( task: () => Promise< unknown >, done: string ) => {
		setBusy( true );
		try {
			await task();
			setRecord( await fetchRecord( id ) );
			createSuccessNotice( done, { type: 'snackbar' } );
			return true;
		} catch ( failed ) {
			createErrorNotice( errorMessage( failed ), { type: 'snackbar' } );
			return false;
		} finally {
			setBusy( false );
		}
	};

	if ( error ) {
		return <InlineNotice>{ error }</InlineNotice>;
	}
	if ( ! record ) {
		return null;
	}
	const certificate = record.certificate;
	return (
		<DrawerSection
			id={ `mentorship-graduation-${ id }` }
			title={ __( 'Graduation', 'mentorship-program' ) }
			className="mentorship-graduation"
		>
			{ record.type === 'mentee' && (
				<>
					<CriteriaChecklist criteria={ record.criteria } />
					{ record.progress.contribution_link && (
						<p>
							{ __(
								'First contribution:',
								'mentorship-program'
							) }{ ' ' }
							<ExternalLink
								href={ record.progress.contribution_link }
							>
								{ record.progress.contribution_link }
							</ExternalLink>
						</p>
					) }
					{ record.writable.includes( 'mentor_confirmed' ) && (
						<CheckboxField
							id={ `mentorship-mentor-confirmed-${ id }` }
							label={ __(
								'The mentor confirms this mentee is ready to graduate',
								'mentorship-program'
							) }
							help={
								record.progress.mentor_confirmed &&
								record.progress.mentor_confirmed_by
									? sprintf(
											/* translators: 1: name, 2: date. */
											__(
												'Confirmed by %1$s on %2$s.',
												'mentorship-program'
											),
											record.progress.mentor_confirmed_by,
											formatDate(
												record.progress
													.mentor_confirmed_at
											)
									  )
									: undefined
							}
							checked={ record.progress.mentor_confirmed }
							disabled={ busy }
							onChange={ ( checked ) =>
								run(
									() =>
										saveRecord( id, {
											mentor_confirmed: checked,
										} ),
									checked
										? __(
												'Marked as confirmed.',
												'mentorship-program'
										  )
										: __(
												'Confirmation removed.',
												'mentorship-program'
										  )
								)
							}
						/>
					) }
				</>
			) }
			<h4>{ __( 'Certificate', 'mentorship-program' ) }</h4>
			<p className="mentorship-graduation__certificate">
				{ certificateText( record ) }
			</p>
			{ certificate && (
				<p>
					<ExternalLink href={ certificate.url }>
						{ __( 'Open the certificate', 'mentorship-program' ) }
					</ExternalLink>
				</p>
			) }
			{ ! certificate &&
				( record.type === 'mentor' ||
					isFinished( 'mentee', record.stage ) ) && (
					<Button
						variant="secondary"
						isBusy={ busy }
						disabled={ busy }
						accessibleWhenDisabled
						onClick={ () =>
							run(
								() => issueCertificate( id ),
								__(
									'Certificate issued.',
									'mentorship-program'
								)
							)
						}
					>
						{ __( 'Issue certificate', 'mentorship-program' ) }
					</Button>
				) }
			{ certificate && ! certificate.revoked && ! revoking && (
				<Button
					variant="secondary"
					isDestructive
					onClick={ () => setRevoking( true ) }
				>
					{ __( 'Revoke certificate…', 'mentorship-program' ) }
				</Button>
			) }
			{ certificate && ! certificate.revoked && revoking && (
				<form
					className="mentorship-graduation__revoke"
					aria-label={ __(
						'Revoke the certificate',
						'mentorship-program'
					) }
					onSubmit={ async ( event ) => {
						event.preventDefault();
						const ok = await run(
							() => revokeCertificate( id, reason.trim() ),
							__( 'Certificate revoked.', 'mentorship-program' )
						);
						if ( ok ) {
							setRevoking( false );
							setReason( '' );
						}
					} }
				>
					<TextAreaField
						label={ __(
							'Why is it revoked? (kept for coordinators, not shown on the certificate)',
							'mentorship-program'
						) }
						value={ reason }
						onChange={ setReason }
						{ ...maxLength( 'revoke_reason' ) }
						required
					/>
					<div className="mentorship-modal__buttons">
						<Button
							variant="tertiary"
							onClick={ () => setRevoking( false ) }
							disabled={ busy }
						>
							{ __( 'Cancel', 'mentorship-program' ) }
						</Button>
						<Button
							variant="primary"
							isDestructive
							type="submit"
							isBusy={ busy }
							disabled={ busy || reason.trim() === '' }
							accessibleWhenDisabled
						>
							{ __( 'Revoke', 'mentorship-program' ) }
						</Button>
					</div>
				</form>
			) }
		</DrawerSection>
	);
}
