/**
 * A cohort's reminder e-mails (nudges): before each group session, and to mentors of
 * pairs without a check-in for a number of days. Saved on its own
 * (GET/PATCH /mentorship/v1/nudges/cohorts/{id}), beside the cohort's details.
 */

/**
 * WordPress dependencies
 */
import apiFetch from '@wordpress/api-fetch';
import { useDispatch } from '@wordpress/data';
import { useState } from '@wordpress/element';
import { __ } from '@wordpress/i18n';
import { store as noticesStore } from '@wordpress/notices';

/**
 * Internal dependencies
 */
import { useLoad } from '../utils/load';
import { NumberField, ToggleField } from './Fields';
import Section from './Section';
import { useSubmit } from '../utils/forms';
import FormButtons from './FormButtons';
import { errorMessage, NAMESPACE } from '../../shared/api';
import type { NudgeSchedule } from '../../shared/types';
import { LoadStatus } from './States';
import './cohort-reminders.scss';

export default function CohortReminders( { cohortId }: { cohortId: number } ) {
	const path = `${ NAMESPACE }/nudges/cohorts/${ cohortId }`;
	const [ draft, setDraft ] = useState< NudgeSchedule | null >( null );
	const [ error, setError ] = useState< unknown >( null );
	const { createSuccessNotice, createErrorNotice } =
		useDispatch( noticesStore );
	useLoad( () => apiFetch< NudgeSchedule >( { path } ), setDraft, setError, [
		path,
	] );
	const { busy, onSubmit } = useSubmit( async () => {
		if ( ! draft ) {
			return;
		}
		try {
			const saved = await apiFetch< NudgeSchedule >( {
				path,
				method: 'PATCH',
				data: {
					session_reminder: draft.session_reminder,
					session_hours: Number( draft.session_hours ),
					checkin_reminder: draft.checkin_reminder,
					quiet_days: Number( draft.quiet_days ),
				},
			} );
			setDraft( saved );
			createSuccessNotice(
				__( 'Reminder settings saved.', 'mentorship-program' ),
				{ type: 'snackbar' }
			);
		} catch ( failure ) {
			createErrorNotice( errorMessage( failure ), {
				type: 'snackbar',
				explicitDismiss: true,
			} );
		}
	} );
	const set = ( changes: Partial< NudgeSchedule > ) =>
		setDraft( ( current ) =>
			current ? { ...current, ...changes } : current
		);
	return (
		<Section
			id="mentorship-reminders-title"
			title={ __( 'Reminder e-mails', 'mentorship-program' ) }
			className="mentorship-reminders"
		>
			<LoadStatus loaded={ !! draft } error={ error } />
			{ draft && (
				<form className="mentorship-admin-form" onSubmit={ onSubmit }>
					<ToggleField
						label={ __(
							'Remind mentees and mentors before each group session',
							'mentorship-program'
						) }
						checked={ draft.session_reminder }
						onChange={ ( sessionReminder ) =>
							set( { session_reminder: sessionReminder } )
						}
					/>
					<NumberField
						limit="session_hours"
						label={ __(
							'Hours before the session',
							'mentorship-program'
						) }
						value={ String( draft.session_hours ) }
						onChange={ ( hours ) =>
							set( { session_hours: Number( hours ) } )
						}
						disabled={ ! draft.session_reminder }
					/>
					<ToggleField
						label={ __(
							'Remind mentors when a check-in is overdue',
							'mentorship-program'
						) }
						checked={ draft.checkin_reminder }
						onChange={ ( checkinReminder ) =>
							set( { checkin_reminder: checkinReminder } )
						}
					/>
					<NumberField
						limit="stale_days"
						label={ __(
							'Days without a check-in',
							'mentorship-program'
						) }
						help={ __(
							'Also when a pair shows in Needs attention.',
							'mentorship-program'
						) }
						value={ String( draft.quiet_days ) }
						onChange={ ( days ) =>
							set( { quiet_days: Number( days ) } )
						}
					/>
					<FormButtons
						label={ __(
							'Save reminder settings',
							'mentorship-program'
						) }
						busy={ busy }
						variant="secondary"
					/>
				</form>
			) }
		</Section>
	);
}
