/**
 * How many reminder e-mails (nudges) one person may get in seven days.
 */

/**
 * WordPress dependencies
 */
import { TextControl } from '@wordpress/components';
import { useDispatch } from '@wordpress/data';
import { useState } from '@wordpress/element';
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
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
	const [ busy, setBusy ] = useState( false );
	const { saveSettings } = useDispatch( store );
	return (
		<form
			className="mentorship-admin-form"
			onSubmit={ async ( event ) => {
				event.preventDefault();
				setBusy( true );
				await saveSettings( { nudge_weekly_cap: Number( cap ) } );
				setBusy( false );
			} }
		>
			<fieldset>
				<legend>
					{ __( 'Reminder e-mails', 'mentorship-program' ) }
				</legend>
				<TextControl
					__nextHasNoMarginBottom
					__next40pxDefaultSize
					type="number"
					min={ 0 }
					max={ 14 }
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
