/**
 * The Applications table's view (columns, sort, filters, page size) saved per user and
 * per application type in the browser's local storage.
 */

/**
 * WordPress dependencies
 */
import type { View } from '@wordpress/dataviews/wp';

const PREFIX = 'mentorship-program:applications-view';

function key( userId: number, type: string ): string {
	return `${ PREFIX }:${ userId }:${ type }`;
}

/**
 * The saved view, merged over the default so new defaults reach old saves.
 *
 * @param userId   User ID.
 * @param type     Application type.
 * @param fallback Default view.
 * @return View.
 */
export function loadView( userId: number, type: string, fallback: View ): View {
	try {
		const raw = window.localStorage.getItem( key( userId, type ) );
		if ( ! raw ) {
			return fallback;
		}
		const saved = JSON.parse( raw ) as Partial< View >;
		return { ...fallback, ...saved, page: 1 } as View;
	} catch {
		return fallback;
	}
}

/**
 * Saves a view. The page and search are not kept: they belong to the moment.
 *
 * @param userId User ID.
 * @param type   Application type.
 * @param view   View.
 */
export function saveView( userId: number, type: string, view: View ): void {
	try {
		const { page, search, ...rest } = view;
		void page;
		void search;
		window.localStorage.setItem(
			key( userId, type ),
			JSON.stringify( rest )
		);
	} catch {
		// Private mode or a full quota: the view just is not remembered.
	}
}
