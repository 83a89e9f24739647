/**
 * Loading, empty and error states shared by the screens.
 */

/**
 * WordPress dependencies
 */
import { Notice, Spinner } from '@wordpress/components';
import { __ } from '@wordpress/i18n';
import type { ReactNode } from 'react';

/**
 * Internal dependencies
 */
import { errorMessage } from '../../shared/api';

export function Loading( { label }: { label?: string } ) {
	return (
		<div className="mentorship-admin__loading" role="status">
			<Spinner />
			<span>{ label ?? __( 'Loading…', 'mentorship-program' ) }</span>
		</div>
	);
}

export function Empty( {
	title,
	children,
}: {
	title: string;
	children?: ReactNode;
} ) {
	return (
		<div className="mentorship-admin__empty">
			<p className="mentorship-admin__empty-title">{ title }</p>
			{ children }
		</div>
	);
}

/**
 * A message about something that failed, which stays until it is fixed.
 *
 * @param props          Props.
 * @param props.children The message.
 * @return Notice.
 */
export function ErrorNotice( { children }: { children: ReactNode } ) {
	return (
		<Notice status="error" isDismissible={ false }>
			{ children }
		</Notice>
	);
}

export function LoadError( { error }: { error: unknown } ) {
	return <ErrorNotice>{ errorMessage( error ) }</ErrorNotice>;
}

/**
 * While something loads: its error, else a spinner until it is there.
 *
 * @param props        Props.
 * @param props.loaded Whether the data is there.
 * @param props.error  The request's error, if it failed.
 * @return The state, or nothing once loaded.
 */
export function LoadStatus( {
	loaded,
	error,
}: {
	loaded: boolean;
	error: unknown;
} ) {
	if ( error ) {
		return <LoadError error={ error } />;
	}
	return loaded ? null : <Loading />;
}
