/**
 * Needs attention: the pairs and people a coordinator should look at, most urgent
 * first, each with the reason in words. The rules run on the server
 * (GET /mentorship/v1/attention); this screen only lists, filters and sorts.
 */

/**
 * WordPress dependencies
 */
import { DataViews, filterSortAndPaginate } from '@wordpress/dataviews/wp';
import type { Field, View } from '@wordpress/dataviews/wp';
import { useEffect, useMemo, useState } from '@wordpress/element';
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { fetchPage, NAMESPACE } from '../../shared/api';
import ScreenHeading from '../components/ScreenHeading';
import { Empty, LoadError } from '../components/States';
import './attention.scss';

export interface AttentionRow {
	id: string;
	rule: string;
	rule_label: string;
	urgency: number;
	reason: string;
	cohort: { id: number; name: string } | null;
	mentee: { id: number; name: string } | null;
	mentor: { id: number; name: string } | null;
	date: string | null;
}

/**
 * Loads the rows once per visit.
 *
 * @return Rows, error.
 */
function useAttention(): { rows: AttentionRow[] | null; error: unknown } {
	const [ rows, setRows ] = useState< AttentionRow[] | null >( null );
	const [ error, setError ] = useState< unknown >( null );
	useEffect( () => {
		let live = true;
		fetchPage< AttentionRow >( `${ NAMESPACE }/attention` )
			.then( ( page ) => live && setRows( page.items ) )
			.catch( ( failure ) => live && setError( failure ) );
		return () => {
			live = false;
		};
	}, [] );
	return { rows, error };
}

export default function Attention() {
	const { rows, error } = useAttention();
	const [ view, setView ] = useState< View >( {
		type: 'table',
		page: 1,
		perPage: 25,
		sort: { field: 'urgency', direction: 'desc' },
		fields: [ 'rule_label', 'mentee', 'mentor', 'cohort' ],
		titleField: 'reason',
		filters: [],
	} as View );

	const fields = useMemo< Field< AttentionRow >[] >( () => {
		const rules = new Map< string, string >();
		( rows ?? [] ).forEach( ( row ) =>
			rules.set( row.rule, row.rule_label )
		);
		return [
			{
				id: 'reason',
				label: __( 'Reason', 'mentorship-program' ),
				enableHiding: false,
				enableGlobalSearch: true,
				enableSorting: false,
			},
			{
				id: 'rule_label',
				label: __( 'Rule', 'mentorship-program' ),
				getValue: ( { item } ) => item.rule,
				render: ( { item } ) => item.rule_label,
				elements: [ ...rules ].map( ( [ value, label ] ) => ( {
					value,
					label,
				} ) ),
				filterBy: { operators: [ 'isAny' ] },
			},
			{
				id: 'urgency',
				label: __( 'Urgency', 'mentorship-program' ),
				type: 'integer',
				enableHiding: true,
			},
			{
				id: 'mentee',
				label: __( 'Mentee', 'mentorship-program' ),
				getValue: ( { item } ) => item.mentee?.name ?? '',
				enableGlobalSearch: true,
			},
			{
				id: 'mentor',
				label: __( 'Mentor', 'mentorship-program' ),
				getValue: ( { item } ) => item.mentor?.name ?? '',
				enableGlobalSearch: true,
			},
			{
				id: 'cohort',
				label: __( 'Cohort', 'mentorship-program' ),
				getValue: ( { item } ) => item.cohort?.name ?? '',
			},
		];
	}, [ rows ] );

	const { data, paginationInfo } = useMemo(
		() => filterSortAndPaginate( rows ?? [], view, fields ),
		[ rows, view, fields ]
	);

	return (
		<div className="mentorship-attention">
			<ScreenHeading>
				{ __( 'Needs attention', 'mentorship-program' ) }
			</ScreenHeading>
			<p>
				{ __(
					'Pairs and people who may be stuck, most urgent first: help asked for, missed sessions, cohorts ending, mentees without a mentor, long silences and mentors above capacity.',
					'mentorship-program'
				) }
			</p>
			{ !! error && <LoadError error={ error } /> }
			{ rows && rows.length === 0 && (
				<Empty
					title={ __(
						'Nobody needs attention right now.',
						'mentorship-program'
					) }
				/>
			) }
			{ ( ! rows || rows.length > 0 ) && ! error && (
				<DataViews< AttentionRow >
					view={ view }
					onChangeView={ setView }
					fields={ fields }
					data={ data }
					getItemId={ ( item ) => item.id }
					isLoading={ ! rows }
					paginationInfo={ paginationInfo }
					defaultLayouts={ { table: {} } }
					searchLabel={ __(
						'Search reason, mentee or mentor',
						'mentorship-program'
					) }
				/>
			) }
		</div>
	);
}
