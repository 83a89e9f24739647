/**
 * How many reminder e-mails (nudges) one person may get in seven days.
 */

/**
 * WordPress dependencies
 */
import { useDispatch } from '@wordpress/data';
import { useState } from '@wordpress/element';
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { NumberField } from './Fields';
import { useSubmit } from '../utils/forms';
import FormButtons from './FormButtons';
import type { Settings } from '../../shared/types';
import { store } from '../store';

export default function ReminderSettings( {
	settings,
}: {
	settings: Settings;
} ) {
	const [ cap, setCap ] = useState(
		String( settings.nudge_weekly_cap ?? 2 )
	);
	const { saveSettings } = useDispatch( store );
	const { busy, onSubmit } = useSubmit( async () => {
		await saveSettings( { nudge_weekly_cap: Number( cap ) } );
	} );
	return (
		<form className="mentorship-admin-form" onSubmit={ onSubmit }>
			<fieldset>
				<legend>
					{ __( 'Reminder e-mails', 'mentorship-program' ) }
				</legend>
				<NumberField
					limit="nudge_weekly_cap"
					label={ __(
						'Most reminders per person in seven days',
						'mentorship-program'
					) }
					help={ __(
						'Check-in and session reminders, scheduled or sent with Nudge. 0 sends none. Everyone can turn reminders off with the link in each one.',
						'mentorship-program'
					) }
					value={ cap }
					onChange={ setCap }
				/>
			</fieldset>
			<FormButtons
				label={ __( 'Save reminder settings', 'mentorship-program' ) }
				busy={ busy }
			/>
		</form>
	);
}
