/**
 * Applications: one DataViews table for mentees or mentors. The view state (page,
 * sort, search, filters) becomes REST query arguments, so the server does the work
 * and the browser holds one page, however many applications there are.
 */

/**
 * WordPress dependencies
 */
import { Button } from '@wordpress/components';
import { DataViews } from '@wordpress/dataviews/wp';
import { arrowRight, people } from '@wordpress/icons';
import type { Action, Field, View } from '@wordpress/dataviews/wp';
import { useSelect } from '@wordpress/data';
import { useMemo, useRef, useState } from '@wordpress/element';
import { __, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import type { Application, ApplicationType } from '../../shared/types';
import ApplicationDrawer from '../components/ApplicationDrawer';
import { BulkCohortForm, BulkMoveForm } from '../components/BulkActions';
import PageSwitcher from '../components/PageSwitcher';
import ScreenHeading from '../components/ScreenHeading';
import { LoadError } from '../components/States';
import { useRouter } from '../router';
import { resolution, store } from '../store';
import { getBootData } from '../utils/boot';
import { formatDate, formatLabel, languageName } from '../utils/fields';
import { exportUrl, viewToQuery } from '../utils/query';
import { legalBulkMoves } from '../utils/transitions';
import { stageLabel, stagesOf } from '../utils/stages';
import { loadView, saveView } from '../utils/view-storage';
import './applications.scss';

const TIMEZONE_BANDS = [
	{
		value: '-720:-180',
		label: __( 'UTC−12 to UTC−3 (the Americas)', 'mentorship-program' ),
	},
	{
		value: '-179:180',
		label: __( 'UTC−3 to UTC+3 (Europe, Africa)', 'mentorship-program' ),
	},
	{
		value: '181:480',
		label: __( 'UTC+3 to UTC+8 (Asia)', 'mentorship-program' ),
	},
	{
		value: '481:840',
		label: __(
			'UTC+8 to UTC+14 (East Asia, Pacific)',
			'mentorship-program'
		),
	},
];

/**
 * The view a user starts from.
 *
 * @param type Application type.
 * @return View.
 */
export function defaultView( type: ApplicationType ): View {
	return {
		type: 'table',
		page: 1,
		perPage: 20,
		search: '',
		filters: [],
		sort: { field: 'created', direction: 'desc' },
		titleField: 'name',
		fields:
			type === 'mentee'
				? [
						'stage',
						'cohort',
						'teams',
						'languages',
						'mentor',
						'created',
				  ]
				: [
						'stage',
						'cohort',
						'teams',
						'languages',
						'capacity',
						'created',
				  ],
		layout: {},
	} as View;
}

export default function Applications() {
	const {
		capabilities,
		userId = 0,
		restRoot = '/wp-json/',
		restNonce = '',
	} = getBootData();
	const canReview = capabilities.review;
	const { route, navigate } = useRouter();
	const type: ApplicationType =
		canReview && route.type === 'mentor' ? 'mentor' : 'mentee';

	// One view per type, each remembered for this user.
	const [ views, setViews ] = useState<
		Partial< Record< ApplicationType, View > >
	>( {} );
	const savedView = useMemo(
		() => loadView( userId, type, defaultView( type ) ),
		[ userId, type ]
	);
	const view = views[ type ] ?? savedView;
	const [ selection, setSelection ] = useState< string[] >( [] );

	const query = useMemo( () => viewToQuery( view, type ), [ view, type ] );

	const { page, error, cohorts, teams, funnel } = useSelect(
		( select ) => {
			const data = select( store );
			const current = data.getApplications( query );
			const failed = resolution( select ).getResolutionError(
				'getApplications',
				[ query ]
			);
			return {
				page: current,
				error: failed,
				cohorts: data.getCohorts(),
				teams: data.getTeams(),
				// Languages people actually gave, for the language filter. The
				// page preloads it with the first view's list (Admin_Page), so
				// the table renders once with every filter; the table never
				// waits on it either way.
				funnel: canReview ? data.getFunnel( 0 ) : undefined,
			};
		},
		[ query, canReview ]
	);

	// Keep the last page of the same type on screen while the next one loads.
	const lastPage = useRef< { type: ApplicationType; page: typeof page } >();
	if ( page ) {
		lastPage.current = { type, page };
	}
	const shown =
		page ??
		( lastPage.current?.type === type ? lastPage.current.page : undefined );

	const onChangeView = ( next: View ) => {
		setViews( ( current ) => ( { ...current, [ type ]: next } ) );
		saveView( userId, type, next );
	};

	const open = ( id: number ) =>
		navigate( { view: 'applications', type, id } );
	const close = () => navigate( { view: 'applications', type } );

	const fields = useMemo( (): Array< Field< Application > > => {
		const teamName = ( slug: string ) =>
			teams?.find( ( team ) => team.slug === slug )?.name ?? slug;
		const list: Array< Field< Application > > = [
			{
				id: 'name',
				label: __( 'Name', 'mentorship-program' ),
				enableHiding: false,
				enableGlobalSearch: true,
				getValue: ( { item } ) => item.fields.name,
				render: ( { item } ) => (
					<Button
						variant="link"
						className="mentorship-applications__name"
						onClick={ ( event: {
							stopPropagation: () => void;
						} ) => {
							// The table ticks a row clicked anywhere; opening
							// someone is not choosing them for a bulk move.
							event.stopPropagation();
							open( item.id );
						} }
					>
						{ item.fields.name }
					</Button>
				),
			},
			{
				id: 'email',
				label: __( 'E-mail', 'mentorship-program' ),
				enableSorting: false,
				getValue: ( { item } ) => item.fields.email,
			},
			{
				id: 'stage',
				label: __( 'Stage', 'mentorship-program' ),
				getValue: ( { item } ) => item.stage,
				render: ( { item } ) => (
					<span
						className="mentorship-stage"
						data-stage={ item.stage }
					>
						{ item.stage_label || stageLabel( item.stage ) }
					</span>
				),
				elements: stagesOf( type ).map( ( stage ) => ( {
					value: stage,
					label: stageLabel( stage ),
				} ) ),
				filterBy: { operators: [ 'isAny' ], isPrimary: true },
			},
			{
				id: 'cohort',
				label: __( 'Cohort', 'mentorship-program' ),
				enableSorting: false,
				getValue: ( { item } ) => item.cohort,
				render: ( { item } ) => (
					<>
						{ cohorts?.find(
							( cohort ) => cohort.id === item.cohort
						)?.name ?? '' }
					</>
				),
				elements: ( cohorts ?? [] ).map( ( cohort ) => ( {
					value: cohort.id,
					label: cohort.name,
				} ) ),
				filterBy: { operators: [ 'is' ], isPrimary: true },
			},
			{
				id: 'teams',
				label: __( 'Teams', 'mentorship-program' ),
				enableSorting: false,
				getValue: ( { item } ) => item.fields.teams,
				render: ( { item } ) => (
					<>
						{ ( item.fields.teams ?? [] )
							.map( teamName )
							.join( ', ' ) }
					</>
				),
				elements: ( teams ?? [] ).map( ( team ) => ( {
					value: team.slug,
					label: team.name,
				} ) ),
				filterBy: { operators: [ 'isAny' ] },
			},
			{
				id: 'languages',
				label: __( 'Languages', 'mentorship-program' ),
				enableSorting: false,
				getValue: ( { item } ) => item.fields.languages,
				render: ( { item } ) => (
					<>
						{ ( item.fields.languages ?? [] )
							.map( languageName )
							.join( ', ' ) }
					</>
				),
				elements: ( funnel?.breakdown.language ?? [] ).map(
					( row ) => ( {
						value: row.key,
						label: row.label,
					} )
				),
				filterBy: funnel?.breakdown.language.length
					? { operators: [ 'isAny' ] }
					: undefined,
			},
			{
				id: 'timezone',
				label: __( 'Time zone', 'mentorship-program' ),
				enableSorting: false,
				getValue: ( { item } ) => item.fields.timezone,
				elements: TIMEZONE_BANDS,
				filterBy: { operators: [ 'isAny' ] },
			},
			{
				id: 'region',
				label: __( 'Region', 'mentorship-program' ),
				enableSorting: false,
				getValue: ( { item } ) => item.fields.region ?? '',
			},
			{
				id: 'wporg_username',
				label: __( 'WordPress.org username', 'mentorship-program' ),
				enableSorting: false,
				getValue: ( { item } ) => item.fields.wporg_username ?? '',
			},
			{
				id: 'created',
				label: __( 'Applied', 'mentorship-program' ),
				type: 'datetime',
				getValue: ( { item } ) => item.created,
				render: ( { item } ) => <>{ formatDate( item.created ) }</>,
			},
			{
				id: 'modified',
				label: __( 'Last change', 'mentorship-program' ),
				type: 'datetime',
				getValue: ( { item } ) => item.modified,
				render: ( { item } ) => <>{ formatDate( item.modified ) }</>,
			},
		];
		if ( type === 'mentee' ) {
			list.push(
				{
					id: 'format',
					label: __( 'Format', 'mentorship-program' ),
					enableSorting: false,
					getValue: ( { item } ) => item.fields.format ?? '',
					render: ( { item } ) => (
						<>{ formatLabel( item.fields.format ?? '' ) }</>
					),
					elements: [
						'one-to-one',
						'project-group',
						'cohort-group',
						'any',
					].map( ( format ) => ( {
						value: format,
						label: formatLabel( format ),
					} ) ),
					filterBy: { operators: [ 'isAny' ] },
				},
				{
					id: 'mentor',
					label: __( 'Mentor', 'mentorship-program' ),
					enableSorting: false,
					getValue: ( { item } ) => item.mentor?.name ?? '',
				}
			);
		} else {
			list.push( {
				id: 'capacity',
				label: __( 'Mentees', 'mentorship-program' ),
				enableSorting: false,
				getValue: ( { item } ) => item.assigned ?? 0,
				render: ( { item } ) => (
					<>
						{ sprintf(
							/* translators: 1: assigned mentees, 2: capacity. */
							__( '%1$d of %2$d', 'mentorship-program' ),
							item.assigned ?? 0,
							item.fields.capacity ?? 0
						) }
					</>
				),
			} );
		}
		if ( canReview ) {
			list.push( {
				id: 'rating',
				label: __( 'Rating', 'mentorship-program' ),
				enableSorting: false,
				getValue: ( { item } ) => item.rating ?? '',
				render: ( { item } ) => (
					<>{ item.rating ? item.rating.toFixed( 1 ) : '—' }</>
				),
			} );
		}
		return list;
		// open() only depends on type, which is listed.
		// eslint-disable-next-line react-hooks/exhaustive-deps
	}, [ type, teams, cohorts, funnel, canReview ] );

	const actions = useMemo( (): Array< Action< Application > > => {
		const list: Array< Action< Application > > = [
			{
				id: 'open',
				label: __( 'Open', 'mentorship-program' ),
				isPrimary: true,
				callback: ( items ) => items[ 0 ] && open( items[ 0 ].id ),
			},
		];
		if ( canReview ) {
			list.push(
				{
					id: 'move',
					label: __( 'Move to a stage…', 'mentorship-program' ),
					icon: arrowRight,
					supportsBulk: true,
					isEligible: ( item ) =>
						legalBulkMoves( [ item ] ).length > 0,
					modalHeader: __( 'Move to a stage', 'mentorship-program' ),
					RenderModal: ( { items, closeModal } ) => (
						<BulkMoveForm
							items={ items }
							closeModal={ closeModal }
							onDone={ () => setSelection( [] ) }
						/>
					),
				},
				{
					id: 'cohort',
					label: __( 'Assign to cohort…', 'mentorship-program' ),
					icon: people,
					supportsBulk: true,
					modalHeader: __( 'Assign to cohort', 'mentorship-program' ),
					RenderModal: ( { items, closeModal } ) => (
						<BulkCohortForm
							items={ items }
							closeModal={ closeModal }
							onDone={ () => setSelection( [] ) }
						/>
					),
				}
			);
		}
		return list;
		// eslint-disable-next-line react-hooks/exhaustive-deps
	}, [ canReview, type ] );

	const switchType = ( next: ApplicationType ) => {
		setSelection( [] );
		navigate( { view: 'applications', type: next } );
	};

	return (
		<div className="mentorship-applications">
			<ScreenHeading
				actions={
					canReview && (
						<Button
							variant="secondary"
							href={ exportUrl( query, restRoot, restNonce ) }
							download
						>
							{ __( 'Export CSV', 'mentorship-program' ) }
						</Button>
					)
				}
			>
				{ canReview
					? __( 'Applications', 'mentorship-program' )
					: __( 'My mentees', 'mentorship-program' ) }
			</ScreenHeading>
			{ canReview && (
				<div
					role="group"
					className="mentorship-applications__type"
					aria-label={ __(
						'Application type',
						'mentorship-program'
					) }
				>
					<Button
						variant={ type === 'mentee' ? 'primary' : 'secondary' }
						aria-pressed={ type === 'mentee' }
						onClick={ () => switchType( 'mentee' ) }
					>
						{ __( 'Mentees', 'mentorship-program' ) }
					</Button>
					<Button
						variant={ type === 'mentor' ? 'primary' : 'secondary' }
						aria-pressed={ type === 'mentor' }
						onClick={ () => switchType( 'mentor' ) }
					>
						{ __( 'Mentors', 'mentorship-program' ) }
					</Button>
				</div>
			) }
			{ !! error && <LoadError error={ error } /> }
			<DataViews< Application >
				view={ view }
				onChangeView={ onChangeView }
				fields={ fields }
				data={ shown?.items ?? [] }
				getItemId={ ( item ) => String( item.id ) }
				isLoading={ ! page && ! error }
				// The pages are switched below (PageSwitcher): one page tells
				// DataViews to leave its own, which lists every page in a select.
				paginationInfo={ {
					totalItems: shown?.total ?? 0,
					totalPages: shown?.total ? 1 : 0,
				} }
				actions={ actions }
				defaultLayouts={ { table: {} } }
				selection={ selection }
				onChangeSelection={ setSelection }
				searchLabel={ __(
					'Search name, e-mail or username',
					'mentorship-program'
				) }
			/>
			<PageSwitcher
				page={ view.page ?? 1 }
				totalPages={ shown?.totalPages ?? 0 }
				onChange={ ( next ) => onChangeView( { ...view, page: next } ) }
			/>
			{ route.id && (
				<ApplicationDrawer
					id={ route.id }
					canEdit={ canReview }
					onClose={ close }
				/>
			) }
		</div>
	);
}
