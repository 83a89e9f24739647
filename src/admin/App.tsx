/**
 * The coordinators' app: navigation, the current screen and the snackbars.
 */

/**
 * WordPress dependencies
 */
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import Snackbars from './components/Snackbars';
import { getBootData } from './utils/boot';
import { Link, RouterProvider, useRouter, type ViewName } from './router';
import Applications from './routes/Applications';
import Dashboard from './routes/Dashboard';
import Cohorts from './routes/Cohorts';
import Settings from './routes/Settings';

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
				{ current.view === 'dashboard' && <Dashboard /> }
				{ current.view === 'applications' && <Applications /> }
				{ current.view === 'cohorts' && <Cohorts /> }
				{ current.view === 'settings' && <Settings /> }
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
