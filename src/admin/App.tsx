/**
 * The coordinators' app: navigation, the current screen and the snackbars.
 */

/**
 * WordPress dependencies
 */
import { Component, Suspense, lazy } from '@wordpress/element';
import {} from '@wordpress/components';
import { __ } from '@wordpress/i18n';
import type { ReactNode } from 'react';

/**
 * Internal dependencies
 */
import Snackbars from './components/Snackbars';
import { InlineNotice, Loading } from './components/States';
import { getBootData } from './utils/boot';
import { Link, RouterProvider, useRouter, type ViewName } from './router';

/*
 * Each screen is its own chunk (build/admin/<name>.js), loaded when first opened: the
 * dashboard does not carry the applications table's DataViews. The names are stable
 * so the server can load each chunk's translations (Admin_Page) and the zip names them.
 */
const screens = {
	dashboard: lazy(
		() => import( /* webpackChunkName: "dashboard" */ './routes/Dashboard' )
	),
	applications: lazy(
		() =>
			import(
				/* webpackChunkName: "applications" */ './routes/Applications'
			)
	),
	cohorts: lazy(
		() => import( /* webpackChunkName: "cohorts" */ './routes/Cohorts' )
	),
	settings: lazy(
		() => import( /* webpackChunkName: "settings" */ './routes/Settings' )
	),
	attention: lazy(
		() => import( /* webpackChunkName: "attention" */ './routes/Attention' )
	),
	report: lazy(
		() => import( /* webpackChunkName: "report" */ './routes/Report' )
	),
	surveys: lazy(
		() => import( /* webpackChunkName: "surveys" */ './routes/Surveys' )
	),
};

/**
 * Shows a notice instead of a blank screen when a screen's chunk cannot be loaded
 * (a network error, or files replaced by an update while the page was open).
 */
class ScreenLoadError extends Component<
	{ children: ReactNode },
	{ failed: boolean }
> {
	state = { failed: false };

	static getDerivedStateFromError() {
		return { failed: true };
	}

	render() {
		if ( this.state.failed ) {
			return (
				<InlineNotice>
					{ __(
						'This screen could not be loaded. Please reload the page.',
						'mentorship-program'
					) }
				</InlineNotice>
			);
		}
		return this.props.children;
	}
}

interface Section {
	view: ViewName;
	label: string;
}

/**
 * The sections a user may open, from their capabilities.
 *
 * @param capabilities
 * @return Sections in menu order.
 */
export function sectionsFor(
	capabilities: ReturnType< typeof getBootData >[ 'capabilities' ]
): Section[] {
	const sections: Section[] = [];
	if ( capabilities.review ) {
		sections.push( {
			view: 'dashboard',
			label: __( 'Dashboard', 'mentorship-program' ),
		} );
	}
	sections.push( {
		view: 'applications',
		label: capabilities.review
			? __( 'Applications', 'mentorship-program' )
			: __( 'My mentees', 'mentorship-program' ),
	} );
	if ( capabilities.manage ) {
		sections.push( {
			view: 'cohorts',
			label: __( 'Cohorts', 'mentorship-program' ),
		} );
		sections.push( {
			view: 'attention',
			label: __( 'Needs attention', 'mentorship-program' ),
		} );
	}
	if ( capabilities.review ) {
		sections.push( {
			view: 'report',
			label: __( 'Report', 'mentorship-program' ),
		} );
	}
	if ( capabilities.manage ) {
		sections.push( {
			view: 'surveys',
			label: __( 'Surveys', 'mentorship-program' ),
		} );
	}
	if ( capabilities.settings ) {
		sections.push( {
			view: 'settings',
			label: __( 'Settings', 'mentorship-program' ),
		} );
	}
	return sections;
}

function Screens() {
	const { capabilities } = getBootData();
	const { route } = useRouter();
	const sections = sectionsFor( capabilities );
	const current =
		sections.find( ( section ) => section.view === route.view ) ??
		sections[ 0 ];
	const Screen = screens[ current.view ];

	return (
		<>
			<nav
				className="mentorship-admin__nav"
				aria-label={ __( 'Mentorship sections', 'mentorship-program' ) }
			>
				<ul>
					{ sections.map( ( section ) => (
						<li key={ section.view }>
							<Link
								to={ { view: section.view } }
								className={
									section.view === current.view
										? 'is-current'
										: undefined
								}
								aria-current={
									section.view === current.view
										? 'page'
										: undefined
								}
							>
								{ section.label }
							</Link>
						</li>
					) ) }
				</ul>
			</nav>
			<div className="mentorship-admin__screen">
				<ScreenLoadError key={ current.view }>
					<Suspense
						fallback={
							<Loading
								label={ __(
									'Loading the screen…',
									'mentorship-program'
								) }
							/>
						}
					>
						<Screen />
					</Suspense>
				</ScreenLoadError>
			</div>
		</>
	);
}

export default function App() {
	const { basePath } = getBootData();
	return (
		<div className="mentorship-admin" data-testid="mentorship-admin-app">
			<h1>{ __( 'Mentorship', 'mentorship-program' ) }</h1>
			<RouterProvider basePath={ basePath }>
				<Screens />
			</RouterProvider>
			<Snackbars />
		</div>
	);
}
