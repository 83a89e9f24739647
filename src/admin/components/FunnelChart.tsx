/**
 * WordPress dependencies
 */
import { __, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import DataTable from './DataTable';
import type { FunnelStep } from '../../shared/types';

/**
 * A conversion as a percentage, or a dash for the first step.
 *
 * @param conversion Share 0–1 or null.
 * @return Text.
 */
export function formatConversion( conversion: number | null ): string {
	if ( conversion === null ) {
		return '—';
	}
	return `${ Math.round( conversion * 1000 ) / 10 }%`;
}

/**
 * The funnel as a small horizontal bar chart, with the same numbers in a table for
 * screen readers and for anyone who prefers text.
 *
 * @param props       Props.
 * @param props.steps Funnel steps.
 * @return Chart and table.
 */
export default function FunnelChart( { steps }: { steps: FunnelStep[] } ) {
	const max = Math.max( 1, ...steps.map( ( step ) => step.count ) );
	const row = 28;
	const labelWidth = 150;
	const barWidth = 320;
	const height = steps.length * row;
	const summary = steps
		.map( ( step ) =>
			sprintf(
				/* translators: 1: stage, 2: count. */
				__( '%1$s: %2$d', 'mentorship-program' ),
				step.label,
				step.count
			)
		)
		.join( ', ' );
	return (
		<figure className="mentorship-funnel">
			<svg
				role="img"
				aria-label={ sprintf(
					/* translators: %s: list of stages with counts. */
					__( 'Funnel chart. %s', 'mentorship-program' ),
					summary
				) }
				viewBox={ `0 0 ${ labelWidth + barWidth + 60 } ${ height }` }
				width="100%"
				preserveAspectRatio="xMinYMin meet"
				className="mentorship-funnel__chart"
			>
				{ steps.map( ( step, index ) => {
					const width = Math.round( ( step.count / max ) * barWidth );
					const y = index * row;
					return (
						<g key={ step.stage } aria-hidden="true">
							<text
								x={ labelWidth - 8 }
								y={ y + row / 2 }
								textAnchor="end"
								dominantBaseline="middle"
								className="mentorship-funnel__label"
							>
								{ step.label }
							</text>
							<rect
								x={ labelWidth }
								y={ y + 4 }
								width={ Math.max( width, step.count ? 2 : 0 ) }
								height={ row - 8 }
								rx={ 2 }
								className="mentorship-funnel__bar"
							/>
							<text
								x={ labelWidth + Math.max( width, 2 ) + 6 }
								y={ y + row / 2 }
								dominantBaseline="middle"
								className="mentorship-funnel__value"
							>
								{ step.count }
							</text>
						</g>
					);
				} ) }
			</svg>
			<figcaption className="screen-reader-text">
				{ __(
					'The same numbers follow in a table.',
					'mentorship-program'
				) }
			</figcaption>
			<DataTable
				className="mentorship-funnel__table"
				caption={ __( 'Mentee funnel', 'mentorship-program' ) }
				columns={ [
					__( 'Stage', 'mentorship-program' ),
					__( 'Reached', 'mentorship-program' ),
					__( 'From the step before', 'mentorship-program' ),
				] }
			>
				{ steps.map( ( step ) => (
					<tr key={ step.stage } data-stage={ step.stage }>
						<th scope="row">{ step.label }</th>
						<td>{ step.count }</td>
						<td>{ formatConversion( step.conversion ) }</td>
					</tr>
				) ) }
			</DataTable>
		</figure>
	);
}
