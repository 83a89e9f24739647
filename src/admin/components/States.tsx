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

/**
 * A dash where a value is not set, read out in words: a lone dash says nothing to
 * someone listening to a table.
 *
 * @param props       Props.
 * @param props.label What screen readers say instead of the dash.
 * @return Dash.
 */
export function NotSet( { label }: { label: string } ) {
	return (
		<span className="mentorship-admin__not-set">
			<span aria-hidden="true">—</span>
			<span className="screen-reader-text">{ label }</span>
		</span>
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
 * A message in the page that stays while it is true (no close button): by
 * default, about something that failed.
 *
 * @param props          Props.
 * @param props.status   Kind of message.
 * @param props.children The message.
 * @return Notice.
 */
export function InlineNotice( {
	status = 'error',
	children,
}: {
	status?: 'error' | 'warning' | 'info' | 'success';
	children: ReactNode;
} ) {
	return (
		<Notice status={ status } isDismissible={ false }>
			{ children }
		</Notice>
	);
}

export function LoadError( { error }: { error: unknown } ) {
	return <InlineNotice>{ errorMessage( error ) }</InlineNotice>;
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
