/**
 * E-mail texts per stage, with the placeholders they may use and a live preview.
 */

/**
 * WordPress dependencies
 */
import { useDispatch } from '@wordpress/data';
import { useState } from '@wordpress/element';
import { __, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { SelectField, TextAreaField, TextField, ToggleField } from './Fields';
import { InlineNotice } from './States';
import { useSubmit } from '../utils/forms';
import Section from './Section';
import FormButtons from './FormButtons';
import type { MailTemplate, Settings } from '../../shared/types';
import { store } from '../store';
import {
	renderPreview,
	sampleValues,
	unknownPlaceholders,
} from '../utils/placeholders';
import { stageLabel } from '../utils/stages';
import { maxLength } from '../utils/limits';

export function templateLabel( key: string ): string {
	if ( key === 'submitted' ) {
		return __( 'Application received', 'mentorship-program' );
	}
	if ( key === 'cohort_start' ) {
		return __( 'Cohort starts', 'mentorship-program' );
	}
	if ( key === 'nudge_checkin' ) {
		return __( 'Reminder: check in with a mentee', 'mentorship-program' );
	}
	if ( key === 'nudge_session' ) {
		return __( 'Reminder: group session', 'mentorship-program' );
	}
	const reassigned: Record< string, string > = {
		reassigned_mentee: __(
			'Reassigned: to the mentee',
			'mentorship-program'
		),
		reassigned_new_mentor: __(
			'Reassigned: to the new mentor',
			'mentorship-program'
		),
		reassigned_old_mentor: __(
			'Reassigned: to the previous mentor',
			'mentorship-program'
		),
		mentor_stepped_back: __(
			'Mentor stepped back: to the mentee',
			'mentorship-program'
		),
	};
	if ( reassigned[ key ] ) {
		return reassigned[ key ];
	}
	if ( key === 'survey' ) {
		return __( 'Survey invitation', 'mentorship-program' );
	}
	if ( key === 'followup' ) {
		return __(
			'Still contributing? (after graduation)',
			'mentorship-program'
		);
	}
	return sprintf(
		/* translators: %s: stage. */
		__( 'Moved to: %s', 'mentorship-program' ),
		stageLabel( key )
	);
}

export default function MailTemplateEditor( {
	settings,
}: {
	settings: Settings;
} ) {
	const keys = Object.keys( settings.mail_templates );
	const [ key, setKey ] = useState( keys[ 0 ] ?? '' );
	const [ drafts, setDrafts ] = useState< Record< string, MailTemplate > >(
		settings.mail_templates
	);
	const { saveSettings } = useDispatch( store );
	const { busy, onSubmit } = useSubmit( async () => {
		await saveSettings( { mail_templates: drafts } );
	} );
	const placeholders = settings.placeholders ?? [];
	const draft = drafts[ key ];
	if ( ! draft ) {
		return null;
	}
	const set = ( changes: Partial< MailTemplate > ) =>
		setDrafts( ( current ) => ( {
			...current,
			[ key ]: { ...current[ key ], ...changes },
		} ) );
	const values = sampleValues();
	const unknown = unknownPlaceholders(
		`${ draft.subject } ${ draft.body }`,
		placeholders
	);
	const changed =
		JSON.stringify( drafts ) !== JSON.stringify( settings.mail_templates );

	return (
		<form
			className="mentorship-admin-form mentorship-mail"
			onSubmit={ onSubmit }
		>
			<SelectField
				label={ __( 'E-mail', 'mentorship-program' ) }
				value={ key }
				options={ keys.map( ( item ) => ( {
					value: item,
					label: templateLabel( item ),
				} ) ) }
				onChange={ setKey }
			/>
			<div className="mentorship-mail__columns">
				<div>
					<ToggleField
						label={ __( 'Send this e-mail', 'mentorship-program' ) }
						checked={ draft.enabled }
						onChange={ ( enabled ) => set( { enabled } ) }
					/>
					<TextField
						label={ __( 'Subject', 'mentorship-program' ) }
						value={ draft.subject }
						onChange={ ( subject ) => set( { subject } ) }
						{ ...maxLength( 'mail_subject' ) }
					/>
					<TextAreaField
						label={ __( 'Text', 'mentorship-program' ) }
						value={ draft.body }
						onChange={ ( body ) => set( { body } ) }
						rows={ 12 }
						{ ...maxLength( 'mail_body' ) }
					/>
					<p className="description" id="mentorship-placeholders">
						{ __( 'Placeholders:', 'mentorship-program' ) }{ ' ' }
						{ placeholders.map( ( placeholder ) => (
							<code key={ placeholder }>{ placeholder }</code>
						) ) }
					</p>
					{ unknown.length > 0 && (
						<InlineNotice status="warning">
							{ sprintf(
								/* translators: %s: list of placeholders. */
								__(
									'These are not placeholders and will be sent as written: %s',
									'mentorship-program'
								),
								unknown.join( ', ' )
							) }
						</InlineNotice>
					) }
				</div>
				<Section
					id="mentorship-mail-preview"
					title={ __(
						'Preview with sample values',
						'mentorship-program'
					) }
					className="mentorship-mail__preview"
					aria-live="polite"
				>
					<p className="mentorship-mail__subject">
						<strong>
							{ renderPreview(
								draft.subject,
								values,
								placeholders
							) }
						</strong>
					</p>
					<pre className="mentorship-mail__body">
						{ renderPreview( draft.body, values, placeholders ) }
					</pre>
				</Section>
			</div>
			<FormButtons
				label={ __( 'Save e-mails', 'mentorship-program' ) }
				busy={ busy }
				disabled={ ! changed }
			/>
		</form>
	);
}
