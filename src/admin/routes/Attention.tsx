/**
 * Needs attention: the pairs and people a coordinator should look at, most urgent
 * first, each with the reason in words. The rules run on the server
 * (GET /mentorship/v1/attention); this screen only lists, filters and sorts.
 */

/**
 * WordPress dependencies
 */
import apiFetch from '@wordpress/api-fetch';
import { Button } from '@wordpress/components';
import { useDispatch } from '@wordpress/data';
import { DataViews, filterSortAndPaginate } from '@wordpress/dataviews/wp';
import type { Action, Field, View } from '@wordpress/dataviews/wp';
import { useCallback, useMemo, useState } from '@wordpress/element';
import { __, sprintf } from '@wordpress/i18n';
import { arrowRight, envelope } from '@wordpress/icons';
import { store as noticesStore } from '@wordpress/notices';

/**
 * Internal dependencies
 */
import { useLoad } from '../utils/load';
import { TextAreaField } from '../components/Fields';
import { errorMessage, fetchPage, NAMESPACE } from '../../shared/api';
import type { Nudge } from '../../shared/types';
import ReassignDialog from '../components/ReassignDialog';
import ScreenHeading from '../components/ScreenHeading';
import { Empty, LoadError } from '../components/States';
import { useRouter } from '../router';
import { store } from '../store';
import { useSubmit } from '../utils/forms';
import { canNudge, nudgedLabel } from '../utils/nudges';
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
	/** When the row's mentor was last reminded about its mentee. */
	nudged_at?: string | null;
}

/**
 * Loads the rows once per visit.
 *
 * @return Rows, error.
 */
function useAttention(): {
	rows: AttentionRow[] | null;
	error: unknown;
	setRows: (
		update: ( rows: AttentionRow[] | null ) => AttentionRow[] | null
	) => void;
	reload: () => void;
} {
	const [ rows, setRows ] = useState< AttentionRow[] | null >( null );
	const [ error, setError ] = useState< unknown >( null );
	const [ round, setRound ] = useState( 0 );
	useLoad(
		() => fetchPage< AttentionRow >( `${ NAMESPACE }/attention` ),
		( page ) => setRows( page.items ),
		setError,
		[ round ]
	);
	return {
		rows,
		error,
		setRows,
		reload: () => setRound( ( n ) => n + 1 ),
	};
}

/**
 * Reminds a row's mentor about its mentee now (POST /nudges); the server refuses,
 * saying why, when the mentor opted out, reached the weekly cap or was nudged today.
 *
 * @param setRows Updates the loaded rows.
 * @return The action's callback.
 */
function useNudge(
	setRows: ReturnType< typeof useAttention >[ 'setRows' ]
): ( row: AttentionRow ) => Promise< void > {
	const { createSuccessNotice, createErrorNotice } =
		useDispatch( noticesStore );
	return useCallback(
		async ( row: AttentionRow ) => {
			if ( ! row.mentor || ! row.mentee ) {
				return;
			}
			const { mentor, mentee } = row;
			try {
				const nudge = await apiFetch< Nudge >( {
					path: `${ NAMESPACE }/nudges`,
					method: 'POST',
					data: { mentor: mentor.id, mentee: mentee.id },
				} );
				setRows( ( current ) =>
					( current ?? [] ).map( ( item ) =>
						item.mentor?.id === mentor.id &&
						item.mentee?.id === mentee.id
							? { ...item, nudged_at: nudge.nudged_at }
							: item
					)
				);
				createSuccessNotice(
					sprintf(
						/* translators: 1: mentor name, 2: mentee name. */
						__(
							'%1$s was nudged about %2$s: the reminder e-mail is on its way.',
							'mentorship-program'
						),
						mentor.name,
						mentee.name
					),
					{ type: 'snackbar' }
				);
			} catch ( failure ) {
				createErrorNotice( errorMessage( failure ), {
					type: 'snackbar',
					id: `mentorship-nudge-${ mentor.id }-${ mentee.id }`,
					explicitDismiss: true,
				} );
			}
		},
		[ setRows, createSuccessNotice, createErrorNotice ]
	);
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
	const { addNote } = useDispatch( store );
	const { busy, onSubmit } = useSubmit( async () => {
		if ( await addNote( subjectOf( row ), note, null ) ) {
			closeModal?.();
		}
	} );
	return (
		<form onSubmit={ onSubmit }>
			<p>{ row.reason }</p>
			<TextAreaField
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
	const { rows, error, setRows, reload } = useAttention();
	const nudge = useNudge( setRows );
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
				id: 'nudge',
				label: __( 'Nudge the mentor', 'mentorship-program' ),
				isPrimary: true,
				icon: envelope,
				isEligible: canNudge,
				callback: ( [ item ] ) => nudge( item ),
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
		[ navigate, nudge, forgetMentorChange, reload ]
	);
	const [ view, setView ] = useState< View >( {
		type: 'table',
		page: 1,
		perPage: 25,
		sort: { field: 'urgency', direction: 'desc' },
		fields: [ 'rule_label', 'mentee', 'mentor', 'cohort', 'nudged_at' ],
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
			{
				id: 'nudged_at',
				label: __( 'Last nudge', 'mentorship-program' ),
				getValue: ( { item } ) => item.nudged_at ?? '',
				render: ( { item } ) =>
					item.nudged_at ? (
						<time
							dateTime={ item.nudged_at }
							title={ new Date(
								item.nudged_at
							).toLocaleString() }
						>
							{ nudgedLabel( item.nudged_at ) }
						</time>
					) : null,
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
