/**
 * WordPress dependencies
 */
import { useEffect, useRef } from '@wordpress/element';
import type { ReactNode } from 'react';

/**
 * Internal dependencies
 */
import { screenChanges, screenKey, useRouter } from '../router';

/**
 * A screen's heading. After a client-side navigation it takes focus, so keyboard and
 * screen-reader users land on the new screen as they would after a page load.
 *
 * @param props          Props.
 * @param props.children Heading text.
 * @param props.actions  Buttons shown beside it.
 * @return Heading.
 */
export default function ScreenHeading( {
	children,
	actions,
}: {
	children: ReactNode;
	actions?: ReactNode;
} ) {
	const ref = useRef< HTMLHeadingElement >( null );
	const key = screenKey( useRouter().route );
	useEffect( () => {
		// Not on page load: the browser already starts at the top of the page.
		if ( screenChanges.count > screenChanges.handled ) {
			screenChanges.handled = screenChanges.count;
			ref.current?.focus();
		}
	}, [ key ] );
	return (
		<div className="mentorship-admin__screen-header">
			<h2
				ref={ ref }
				tabIndex={ -1 }
				className="mentorship-admin__screen-title"
			>
				{ children }
			</h2>
			{ actions && (
				<div className="mentorship-admin__screen-actions">
					{ actions }
				</div>
			) }
		</div>
	);
}
