/**
 * WordPress dependencies
 */
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import DataTable from './DataTable';
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
		<DataTable
			className="mentorship-breakdown"
			caption={ caption }
			columns={ [ heading, __( 'Mentees', 'mentorship-program' ) ] }
		>
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
		</DataTable>
	);
}
