/**
 * WordPress dependencies
 */
import { SnackbarList } from '@wordpress/components';
import { useDispatch, useSelect } from '@wordpress/data';
import { store as noticesStore } from '@wordpress/notices';

/**
 * Every snackbar of the core/notices store, at the bottom of the screen.
 */
export default function Snackbars() {
	const notices = useSelect(
		( select ) => select( noticesStore ).getNotices(),
		[]
	) as Array< { type: string; id: string } >;
	const { removeNotice } = useDispatch( noticesStore );
	const snackbars = notices.filter(
		( notice ) => notice.type === 'snackbar'
	);
	return (
		<SnackbarList
			// The list's own types want every WPNotice field; these are them.
			notices={ snackbars as any }
			className="mentorship-admin__snackbars"
			onRemove={ ( id: string ) => removeNotice( id ) }
		/>
	);
}
