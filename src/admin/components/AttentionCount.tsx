/**
 * The dashboard's line about who needs attention, linking to the full list.
 */

/**
 * WordPress dependencies
 */
import { Notice } from '@wordpress/components';
import { useEffect, useState } from '@wordpress/element';
import { __, _n, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { fetchPage, NAMESPACE } from '../../shared/api';
import { Link } from '../router';
import { getBootData } from '../utils/boot';

export default function AttentionCount() {
	const canManage = getBootData().capabilities.manage;
	const [ total, setTotal ] = useState< number | null >( null );
	useEffect( () => {
		if ( ! canManage ) {
			return;
		}
		let live = true;
		fetchPage( `${ NAMESPACE }/attention` )
			.then( ( page ) => live && setTotal( page.total ) )
			.catch( () => live && setTotal( null ) );
		return () => {
			live = false;
		};
	}, [ canManage ] );
	if ( ! canManage || total === null ) {
		return null;
	}
	return (
		<Notice
			status={ total > 0 ? 'warning' : 'success' }
			isDismissible={ false }
			className="mentorship-attention-count"
		>
			{ total > 0
				? sprintf(
						/* translators: %d: number of rows. */
						_n(
							'%d pair or person needs attention.',
							'%d pairs or people need attention.',
							total,
							'mentorship-program'
						),
						total
				  )
				: __(
						'Nobody needs attention right now.',
						'mentorship-program'
				  ) }{ ' ' }
			<Link to={ { view: 'attention' } }>
				{ __( 'See who and why', 'mentorship-program' ) }
			</Link>
		</Notice>
	);
}
