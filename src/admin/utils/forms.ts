/**
 * State that the admin forms share: a draft edited field by field, and a
 * submit that keeps the form busy until the save is done.
 */

/**
 * External dependencies
 */
import type { FormEvent } from 'react';

/**
 * WordPress dependencies
 */
import { useState } from '@wordpress/element';

/**
 * A draft object and a setter that merges changes into it.
 *
 * @param initial The first draft, or a function that makes it.
 * @return The draft and the merging setter.
 */
export function useDraft< Draft extends object >(
	initial: Draft | ( () => Draft )
): [ Draft, ( changes: Partial< Draft > ) => void ] {
	const [ draft, setDraft ] = useState< Draft >( initial );
	const set = ( changes: Partial< Draft > ) =>
		setDraft( ( current ) => ( { ...current, ...changes } ) );
	return [ draft, set ];
}

/**
 * A form's submit handler that runs `save` once at a time: `busy` is true from
 * the submit until `save` settles, whether it saved or failed.
 *
 * @param save What the form does on submit.
 * @return Whether it is saving, and the form's `onSubmit`.
 */
export function useSubmit( save: () => Promise< unknown > ): {
	busy: boolean;
	onSubmit: ( event: FormEvent ) => Promise< void >;
} {
	const [ busy, setBusy ] = useState( false );
	const onSubmit = async ( event: FormEvent ) => {
		event.preventDefault();
		setBusy( true );
		try {
			await save();
		} finally {
			setBusy( false );
		}
	};
	return { busy, onSubmit };
}
