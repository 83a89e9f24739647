/**
 * WordPress dependencies
 */
import { useEffect, useRef } from '@wordpress/element';
import type { ReactNode } from 'react';

let firstScreen = true;

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
	useEffect( () => {
		if ( firstScreen ) {
			firstScreen = false;
			return;
		}
		ref.current?.focus();
	}, [] );
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
