/**
 * Needs attention: the pairs and people a coordinator should look at, most urgent
 * first, each with the reason in words. The rules run on the server
 * (GET /mentorship/v1/attention); this screen only lists, filters and sorts.
 */

/**
 * WordPress dependencies
 */
import { Button, TextareaControl } from '@wordpress/components';
import { useDispatch } from '@wordpress/data';
import { DataViews, filterSortAndPaginate } from '@wordpress/dataviews/wp';
import type { Action, Field, View } from '@wordpress/dataviews/wp';
import { useEffect, useMemo, useState } from '@wordpress/element';
import { __ } from '@wordpress/i18n';
import { arrowRight } from '@wordpress/icons';

/**
 * Internal dependencies
 */
import { fetchPage, NAMESPACE } from '../../shared/api';
import ReassignDialog from '../components/ReassignDialog';
import ScreenHeading from '../components/ScreenHeading';
import { Empty, LoadError } from '../components/States';
import { useRouter } from '../router';
import { store } from '../store';
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
function useAttention(): {
	rows: AttentionRow[] | null;
	error: unknown;
	reload: () => void;
} {
	const [ rows, setRows ] = useState< AttentionRow[] | null >( null );
	const [ error, setError ] = useState< unknown >( null );
	const [ round, setRound ] = useState( 0 );
	useEffect( () => {
		let live = true;
		fetchPage< AttentionRow >( `${ NAMESPACE }/attention` )
			.then( ( page ) => live && setRows( page.items ) )
			.catch( ( failure ) => live && setError( failure ) );
		return () => {
			live = false;
		};
	}, [ round ] );
	return { rows, error, reload: () => setRound( ( n ) => n + 1 ) };
}

/**
 * The person a row is about: the mentee, or else the mentor.
 *
 * @param row Row.
 * @return Application ID, or 0.
 */
function subjectOf( row: AttentionRow ): number {
	return row.mentee?.id ?? row.mentor?.id ?? 0;
}

/**
 * A note on the application of the person a row is about, kept in its audit trail.
 *
 * @param props            Props.
 * @param props.row        Row.
 * @param props.closeModal Closes the dialog.
 * @return Form.
 */
function NoteForm( {
	row,
	closeModal,
}: {
	row: AttentionRow;
	closeModal?: () => void;
} ) {
	const [ note, setNote ] = useState( '' );
	const [ busy, setBusy ] = useState( false );
	const { addNote } = useDispatch( store );
	return (
		<form
			onSubmit={ async ( event ) => {
				event.preventDefault();
				setBusy( true );
				const saved = await addNote( subjectOf( row ), note, null );
				setBusy( false );
				if ( saved ) {
					closeModal?.();
				}
			} }
		>
			<p>{ row.reason }</p>
			<TextareaControl
				__nextHasNoMarginBottom
				label={ __( 'Note', 'mentorship-program' ) }
				value={ note }
				onChange={ setNote }
				required
			/>
			<p>
				<Button
					variant="primary"
					type="submit"
					isBusy={ busy }
					disabled={ busy || ! note.trim() }
				>
					{ __( 'Add note', 'mentorship-program' ) }
				</Button>
			</p>
		</form>
	);
}

export default function Attention() {
	const { rows, error, reload } = useAttention();
	const { forgetMentorChange } = useDispatch( store );
	const { navigate } = useRouter();
	const actions = useMemo< Action< AttentionRow >[] >(
		() => [
			{
				id: 'open',
				label: __( 'Open the application', 'mentorship-program' ),
				isPrimary: true,
				icon: arrowRight,
				isEligible: ( item ) => subjectOf( item ) > 0,
				callback: ( [ item ] ) =>
					navigate( {
						view: 'applications',
						type: item.mentee ? 'mentee' : 'mentor',
						id: subjectOf( item ),
					} ),
			},
			{
				id: 'note',
				label: __( 'Add a note…', 'mentorship-program' ),
				isEligible: ( item ) => subjectOf( item ) > 0,
				modalHeader: __( 'Add a note', 'mentorship-program' ),
				RenderModal: ( { items, closeModal } ) => (
					<NoteForm row={ items[ 0 ] } closeModal={ closeModal } />
				),
			},
			{
				id: 'reassign',
				label: __( 'Reassign…', 'mentorship-program' ),
				isEligible: ( item ) => !! item.mentee,
				modalHeader: __(
					'Reassign to another mentor',
					'mentorship-program'
				),
				RenderModal: ( { items, closeModal } ) => (
					<ReassignDialog
						menteeId={ items[ 0 ].mentee?.id ?? 0 }
						onCancel={ closeModal }
						onDone={ ( result ) => {
							closeModal?.();
							forgetMentorChange( [
								result.mentee,
								...result.history.map(
									( span ) => span.mentor.id
								),
							] );
							reload();
						} }
					/>
				),
			},
		],
		[ navigate, forgetMentorChange, reload ]
	);
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
					'Pairs and people who may be stuck, most urgent first: help asked for, requests for a new mentor, missed sessions, cohorts ending, mentees without a mentor, long silences and mentors above capacity.',
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
					actions={ actions }
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
