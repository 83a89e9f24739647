/**
 * The note and the e-mail choice of a stage move, for one application or many: the
 * note goes to the audit trail (and the e-mail), at most as long as the move route
 * takes.
 */

/**
 * External dependencies
 */
import type { Ref } from 'react';

/**
 * WordPress dependencies
 */
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { CheckboxField, TextAreaField } from './Fields';
import { maxLength } from '../utils/limits';

type Props = {
	note: string;
	onNote: ( note: string ) => void;
	notify: boolean;
	onNotify: ( notify: boolean ) => void;
	/** Several applications move at once. */
	many?: boolean;
	/** The note's text area, for moving the focus into it. */
	noteRef?: Ref< HTMLTextAreaElement >;
};

export default function MoveNoteFields( {
	note,
	onNote,
	notify,
	onNotify,
	many = false,
	noteRef,
}: Props ) {
	return (
		<>
			<TextAreaField
				// No id here: the text area labels its own id, and one passed in
				// would replace it on the field only, leaving the label pointing nowhere.
				ref={ noteRef }
				label={ __( 'Note (optional)', 'mentorship-program' ) }
				help={
					many
						? __(
								'Saved in each audit trail, and included in the e-mail.',
								'mentorship-program'
						  )
						: undefined
				}
				value={ note }
				onChange={ onNote }
				{ ...maxLength( 'move_note' ) }
			/>
			<CheckboxField
				label={
					many
						? __(
								'E-mail each person about the change',
								'mentorship-program'
						  )
						: __(
								'E-mail the person about it',
								'mentorship-program'
						  )
				}
				checked={ notify }
				onChange={ onNotify }
			/>
		</>
	);
}
