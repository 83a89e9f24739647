/**
 * A WordPress list table (`widefat striped`) with a caption and a row of
 * column headings; the rows are its children.
 */

/**
 * External dependencies
 */
import type { ReactNode } from 'react';

/**
 * WordPress dependencies
 */
import { __ } from '@wordpress/i18n';

type Props = {
	/** Classes after `widefat striped`. */
	className?: string;
	/** Names the table for the tests and the styles. */
	'data-table'?: string;
	caption?: ReactNode;
	/** Whether only screen readers get the caption. */
	hiddenCaption?: boolean;
	/** The column headings, in order. */
	columns: ReactNode[];
	/** Whether the rows end in a column of buttons, headed for screen readers only. */
	actions?: boolean;
	/** The body's rows. */
	children: ReactNode;
};

export default function DataTable( {
	className,
	caption,
	hiddenCaption = false,
	columns,
	actions = false,
	children,
	...rest
}: Props ) {
	return (
		<table
			className={ [ 'widefat striped', className ]
				.filter( Boolean )
				.join( ' ' ) }
			{ ...rest }
		>
			{ caption !== undefined && (
				<caption
					className={
						hiddenCaption ? 'screen-reader-text' : undefined
					}
				>
					{ caption }
				</caption>
			) }
			<thead>
				<tr>
					{ columns.map( ( column, index ) => (
						<th scope="col" key={ index }>
							{ column }
						</th>
					) ) }
					{ actions && (
						<th scope="col">
							<span className="screen-reader-text">
								{ __( 'Actions', 'mentorship-program' ) }
							</span>
						</th>
					) }
				</tr>
			</thead>
			<tbody>{ children }</tbody>
		</table>
	);
}
