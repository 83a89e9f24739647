/**
 * The buttons under a form: Cancel, when the form can be left, and the submit
 * button, busy while the form saves.
 */

/**
 * WordPress dependencies
 */
import { Button } from '@wordpress/components';
import { __ } from '@wordpress/i18n';
import type { ReactNode } from 'react';

type Props = {
	/** The submit button's text. */
	label: ReactNode;
	/** While true, the submit button spins and neither button can be used. */
	busy: boolean;
	/** Disables the submit button for another reason (nothing chosen yet). */
	disabled?: boolean;
	/** Leaves the form; without it there is no Cancel button. */
	onCancel?: () => void;
	variant?: 'primary' | 'secondary';
	/** The row's class: a form's or a dialog's. */
	className?: string;
};

export default function FormButtons( {
	label,
	busy,
	disabled = false,
	onCancel,
	variant = 'primary',
	className = 'mentorship-admin-form__buttons',
}: Props ) {
	return (
		<div className={ className }>
			{ onCancel && (
				<Button
					variant="tertiary"
					onClick={ onCancel }
					disabled={ busy }
				>
					{ __( 'Cancel', 'mentorship-program' ) }
				</Button>
			) }
			<Button
				variant={ variant }
				type="submit"
				isBusy={ busy }
				disabled={ busy || disabled }
				accessibleWhenDisabled
			>
				{ label }
			</Button>
		</div>
	);
}
