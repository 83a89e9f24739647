/**
 * Graduating before the cohort's end date: the warning that names the date, and the
 * box that confirms it, alike for one mentee and for a whole cohort.
 */

/**
 * WordPress dependencies
 */
import { __, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { CheckboxField } from '../components/Fields';
import { InlineNotice } from '../components/States';

/**
 * The warning and the confirmation.
 *
 * @param props           Props.
 * @param props.id        The checkbox's id, unique on the screen.
 * @param props.endsOn    The cohort's end date, as the server writes it.
 * @param props.confirmed Whether graduating early is confirmed.
 * @param props.onConfirm Called when the box is checked or unchecked.
 * @return Warning and checkbox.
 */
export default function EarlyGraduation( {
	id,
	endsOn,
	confirmed,
	onConfirm,
}: {
	id: string;
	endsOn: string;
	confirmed: boolean;
	onConfirm: ( confirmed: boolean ) => void;
} ) {
	return (
		<>
			<InlineNotice status="warning">
				{ sprintf(
					/* translators: %s: the cohort's end date. */
					__(
						'This cohort ends on %s. Graduating now is early.',
						'mentorship-program'
					),
					endsOn
				) }
			</InlineNotice>
			<CheckboxField
				id={ id }
				label={ __(
					'Graduate before the end date',
					'mentorship-program'
				) }
				checked={ confirmed }
				onChange={ onConfirm }
			/>
		</>
	);
}
