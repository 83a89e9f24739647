/**
 * Client-side routes with real addresses: the screen and its state live in query
 * arguments of the admin page (…&view=applications&id=12), so reload, back and
 * "open in a new tab" all work.
 */

/**
 * WordPress dependencies
 */
import {
	createContext,
	useCallback,
	useContext,
	useEffect,
	useMemo,
	useState,
} from '@wordpress/element';
import { addQueryArgs, getQueryArgs } from '@wordpress/url';
import type { MouseEvent, ReactNode } from 'react';

/** The app's screens, as `view=` names them. */
const VIEWS = [
	'dashboard',
	'applications',
	'cohorts',
	'attention',
	'report',
	'surveys',
	'settings',
] as const;

export type ViewName = ( typeof VIEWS )[ number ];

export interface Route {
	view?: ViewName;
	/** An application (applications) or a cohort (cohorts). */
	id?: number;
	/** Applications: mentee or mentor. */
	type?: string;
	/** Dashboard: the cohort shown. */
	cohort?: number;
	/** Cohorts: "new", "edit" or "roster". */
	screen?: string;
	/** Settings: the section shown. */
	tab?: string;
	/** Report: the cohorts compared, e.g. "3,5". */
	compare?: string;
}

const KEYS: Array< keyof Route > = [
	'view',
	'id',
	'type',
	'cohort',
	'screen',
	'tab',
	'compare',
];

/**
 * Reads a route from a query string.
 *
 * @param search location.search.
 * @return Route.
 */
export function parseRoute( search: string ): Route {
	const args = getQueryArgs( '?' + search.replace( /^\?/, '' ) ) as Record<
		string,
		string
	>;
	const route: Route = {};
	if ( ( VIEWS as readonly string[] ).includes( args.view ) ) {
		route.view = args.view as ViewName;
	}
	for ( const key of [ 'id', 'cohort' ] as const ) {
		const value = Number( args[ key ] );
		if ( Number.isInteger( value ) && value > 0 ) {
			route[ key ] = value;
		}
	}
	for ( const key of [ 'type', 'screen', 'tab' ] as const ) {
		if (
			typeof args[ key ] === 'string' &&
			/^[a-z_-]{1,30}$/.test( args[ key ] )
		) {
			route[ key ] = args[ key ];
		}
	}
	if (
		typeof args.compare === 'string' &&
		/^\d{1,10}(,\d{1,10}){1,9}$/.test( args.compare )
	) {
		route.compare = args.compare;
	}
	return route;
}

/**
 * The address of a route.
 *
 * @param basePath Admin page, e.g. "admin.php?page=mentorship-program".
 * @param route    Route.
 * @return Address relative to wp-admin.
 */
export function routeUrl( basePath: string, route: Route ): string {
	const args: Record< string, string | number > = {};
	for ( const key of KEYS ) {
		const value = route[ key ];
		if ( value !== undefined && value !== '' ) {
			args[ key ] = value;
		}
	}
	return addQueryArgs( basePath, args );
}

/**
 * Which screen a route shows, for focus: opening the detail panel of an application
 * stays on the same screen, opening a cohort does not.
 *
 * @param route Route.
 * @return Key.
 */
export function screenKey( route: Route ): string {
	return [
		route.view ?? '',
		route.screen ?? '',
		route.tab ?? '',
		route.view === 'report' && route.compare ? 'compare' : '',
		route.type ?? '',
		route.view === 'cohorts' ? route.id ?? '' : '',
	].join( '|' );
}

/**
 * Counts navigations to another screen (pushState or back/forward), so the new
 * screen's heading can take focus once.
 */
export const screenChanges = { count: 0, handled: 0 };

interface RouterValue {
	route: Route;
	navigate: ( route: Route, options?: { replace?: boolean } ) => void;
	url: ( route: Route ) => string;
}

const RouterContext = createContext< RouterValue >( {
	route: {},
	navigate: () => {},
	url: () => '',
} );

export function RouterProvider( {
	basePath,
	children,
}: {
	basePath: string;
	children: ReactNode;
} ) {
	const [ route, setRoute ] = useState< Route >( () =>
		parseRoute( window.location.search )
	);

	useEffect( () => {
		const onPopState = () =>
			setRoute( parseRoute( window.location.search ) );
		window.addEventListener( 'popstate', onPopState );
		return () => window.removeEventListener( 'popstate', onPopState );
	}, [] );

	const url = useCallback(
		( next: Route ) => routeUrl( basePath, next ),
		[ basePath ]
	);

	const navigate = useCallback(
		( next: Route, options: { replace?: boolean } = {} ) => {
			const address = routeUrl( basePath, next );
			const before = screenKey( parseRoute( window.location.search ) );
			if ( options.replace ) {
				window.history.replaceState( null, '', address );
			} else {
				window.history.pushState( null, '', address );
				if ( screenKey( next ) !== before ) {
					screenChanges.count++;
				}
			}
			setRoute( parseRoute( window.location.search ) );
		},
		[ basePath ]
	);

	const value = useMemo(
		() => ( { route, navigate, url } ),
		[ route, navigate, url ]
	);
	return (
		<RouterContext.Provider value={ value }>
			{ children }
		</RouterContext.Provider>
	);
}

export function useRouter(): RouterValue {
	return useContext( RouterContext );
}

/**
 * A real link to a route that navigates without a reload (and still opens in a new
 * tab with a modifier key).
 *
 * @param props           Link props.
 * @param props.to        Route.
 * @param props.children  Content.
 * @param props.className
 * @return Link.
 */
export function Link( {
	to,
	children,
	...props
}: {
	to: Route;
	children: ReactNode;
	className?: string;
	'aria-current'?: 'page' | undefined;
} ) {
	const { navigate, url } = useRouter();
	const onClick = ( event: MouseEvent< HTMLAnchorElement > ) => {
		if (
			event.button !== 0 ||
			event.metaKey ||
			event.ctrlKey ||
			event.shiftKey ||
			event.altKey
		) {
			return;
		}
		event.preventDefault();
		navigate( to );
	};
	return (
		<a href={ url( to ) } onClick={ onClick } { ...props }>
			{ children }
		</a>
	);
}
