/**
 * A titled part of a screen or drawer: a `<section>` named by its heading, so
 * screen readers list it as a region.
 */

/**
 * External dependencies
 */
import type { ReactNode } from 'react';

type Props = {
	/** The heading's id, which names the section. */
	id: string;
	/** The heading's text. */
	title: ReactNode;
	className?: string;
	/** Set to "polite" when the section's content changes as the user types. */
	'aria-live'?: 'polite';
	children?: ReactNode;
};

export default function Section( {
	id,
	title,
	className,
	children,
	...rest
}: Props ) {
	return (
		<section className={ className } aria-labelledby={ id } { ...rest }>
			<h3 id={ id }>{ title }</h3>
			{ children }
		</section>
	);
}

/**
 * A section of the application drawer: the drawer's spacing and rule between sections.
 *
 * @param props Section's props; a className is added to the drawer's.
 */
export function DrawerSection( props: Props ) {
	return (
		<Section
			{ ...props }
			className={ [ 'mentorship-drawer__section', props.className ]
				.filter( Boolean )
				.join( ' ' ) }
		/>
	);
}
