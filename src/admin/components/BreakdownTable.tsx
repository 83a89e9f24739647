/**
 * WordPress dependencies
 */
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import type { BreakdownRow } from '../../shared/types';

/**
 * Counts per team, language or region.
 *
 * @param props         Props.
 * @param props.caption Table caption.
 * @param props.heading Column heading of the keys.
 * @param props.rows    Rows.
 * @param props.label   Turns a key into a label.
 * @return Table.
 */
export default function BreakdownTable( {
	caption,
	heading,
	rows,
	label = ( key ) => key,
}: {
	caption: string;
	heading: string;
	rows: BreakdownRow[];
	label?: ( key: string ) => string;
} ) {
	return (
		<table className="widefat striped mentorship-breakdown">
			<caption>{ caption }</caption>
			<thead>
				<tr>
					<th scope="col">{ heading }</th>
					<th scope="col">
						{ __( 'Mentees', 'mentorship-program' ) }
					</th>
				</tr>
			</thead>
			<tbody>
				{ rows.length === 0 && (
					<tr>
						<td colSpan={ 2 }>
							{ __( 'No data yet.', 'mentorship-program' ) }
						</td>
					</tr>
				) }
				{ rows.map( ( row ) => (
					<tr key={ row.key }>
						<th scope="row">{ label( row.key ) }</th>
						<td>{ row.count }</td>
					</tr>
				) ) }
			</tbody>
		</table>
	);
}
