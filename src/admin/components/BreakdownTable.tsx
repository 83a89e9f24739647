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
 * @param props.rows    Rows, each with the words the server gives for its key.
 * @return Table.
 */
export default function BreakdownTable( {
	caption,
	heading,
	rows,
}: {
	caption: string;
	heading: string;
	rows: BreakdownRow[];
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
						<th scope="row">{ row.label || row.key }</th>
						<td>{ row.count }</td>
					</tr>
				) ) }
			</tbody>
		</table>
	);
}
