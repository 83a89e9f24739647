/**
 * A bar chart of the cohort report, drawn as SVG by @automattic/charts, with its
 * numbers in a table behind "Show data" for screen readers and anyone who prefers text.
 * Only the report screen's chunk imports this file, so only that screen loads the charts.
 */

/**
 * External dependencies
 */
import {
	BarChartUnresponsive as BarChart,
	GlobalChartsProvider,
} from '@automattic/charts';
import type { SeriesData } from '@automattic/charts';
import '@automattic/charts/style.css';

/**
 * WordPress dependencies
 */
import { useEffect, useRef, useState } from '@wordpress/element';
import { __ } from '@wordpress/i18n';
import type { ReactNode } from 'react';

/**
 * Internal dependencies
 */
import DataTable from './DataTable';

/**
 * wp-admin's blue and dark grey, then an orange: each at least 3:1 against white.
 */
const THEME = { colors: [ '#2271b1', '#50575e', '#b32d2e', '#996800' ] };

/**
 * Axis ticks at whole numbers only: the charts show counts of people.
 *
 * @param value Tick value.
 * @return Label, empty between whole numbers.
 */
const wholeNumber = ( value: unknown ) =>
	Number.isInteger( Number( value ) ) ? String( value ) : '';

/** React 18 does not know the attribute; an empty string sets it. */
const INERT = { inert: '' } as Record< string, string >;

/**
 * The width of an element, kept up to date as it changes. The charts' own responsive
 * wrapper measures once and can keep a width taken before the page's styles arrived.
 *
 * @return A ref for the element and its width in pixels (0 until measured).
 */
function useWidth() {
	const ref = useRef< HTMLDivElement >( null );
	const [ width, setWidth ] = useState( 0 );
	useEffect( () => {
		const element = ref.current;
		if ( ! element ) {
			return;
		}
		const measure = () =>
			setWidth( Math.floor( element.getBoundingClientRect().width ) );
		measure();
		const observer = new window.ResizeObserver( measure );
		observer.observe( element );
		return () => observer.disconnect();
	}, [] );
	return { ref, width };
}

export interface ChartSeries {
	label: string;
	values: Array< { label: string; value: number } >;
}

/**
 * A series of counts: one point per row, as high as the row's count.
 *
 * @param label What the series counts.
 * @param rows  Rows with a label and a count (funnel steps, teams).
 * @return Series.
 */
export function countSeries(
	label: string,
	rows: Array< { label: string; count: number } >
): ChartSeries {
	return {
		label,
		values: rows.map( ( row ) => ( {
			label: row.label,
			value: row.count,
		} ) ),
	};
}

/**
 * A chart and the table of its data.
 *
 * @param props             Props.
 * @param props.title       What the chart shows (its caption and the table's).
 * @param props.series      One or more series over the same labels.
 * @param props.horizontal  Bars from the left instead of from the bottom.
 * @param props.columnLabel Heading of the labels' column in the table.
 * @param props.table       A table to show instead of the one made from the series.
 * @param props.height      Height in pixels.
 * @return Figure.
 */
export default function ReportChart( {
	title,
	series,
	horizontal = false,
	columnLabel,
	table,
	height = 240,
}: {
	title: string;
	series: ChartSeries[];
	horizontal?: boolean;
	columnLabel: string;
	table?: ReactNode;
	height?: number;
} ) {
	// Horizontal bars are drawn from the bottom up: reversed, they read top down.
	const data: SeriesData[] = series.map( ( one ) => {
		const points = one.values.map( ( point ) => ( {
			label: point.label,
			value: point.value,
		} ) );
		return {
			label: one.label,
			data: horizontal ? points.reverse() : points,
		};
	} );
	// Counts start at zero, so a bar's length is its number; ticks fall on whole numbers.
	const max = Math.max(
		1,
		...series.flatMap( ( one ) => one.values.map( ( p ) => p.value ) )
	);
	const ticks = { numTicks: Math.min( 5, max ), tickFormat: wholeNumber };
	const scales = horizontal
		? { xScale: { zero: true }, axis: { x: ticks } }
		: { yScale: { zero: true }, axis: { y: ticks } };
	const drawing = useWidth();
	const labels = series[ 0 ]?.values.map( ( point ) => point.label ) ?? [];
	return (
		<figure className="mentorship-report__chart">
			<figcaption className="mentorship-report__chart-title">
				{ title }
			</figcaption>
			{ /*
			 * The table below carries the same numbers, so the drawing is kept from
			 * assistive technology and from the tab order (the charts make their bars
			 * focusable for tooltips, which are off here): inert does both.
			 */ }
			<div
				className="mentorship-report__chart-drawing"
				ref={ drawing.ref }
				{ ...INERT }
			>
				{ drawing.width > 0 && (
					<GlobalChartsProvider theme={ THEME }>
						<BarChart
							width={ drawing.width }
							data={ data }
							height={ height }
							orientation={
								horizontal ? 'horizontal' : 'vertical'
							}
							showLegend={ series.length > 1 }
							withTooltips={ false }
							animation={ false }
							gridVisibility={ horizontal ? 'x' : 'y' }
							showZeroValues
							options={ scales }
						/>
					</GlobalChartsProvider>
				) }
			</div>
			<details className="mentorship-report__data">
				<summary>{ __( 'Show data', 'mentorship-program' ) }</summary>
				{ table ?? (
					<DataTable
						caption={ title }
						hiddenCaption
						columns={ [
							columnLabel,
							...series.map( ( one ) => one.label ),
						] }
					>
						{ labels.map( ( label, index ) => (
							<tr key={ label }>
								<th scope="row">{ label }</th>
								{ series.map( ( one ) => (
									<td key={ one.label }>
										{ one.values[ index ]?.value ?? '' }
									</td>
								) ) }
							</tr>
						) ) }
					</DataTable>
				) }
			</details>
		</figure>
	);
}
