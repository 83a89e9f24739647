/**
 * Moves through the pages of a long server-paginated list: previous, next, and a page
 * number to type. DataViews' own pagination lists every page in a select, one option
 * per page: 4,500 options for 90,000 applications, built on every render of the table.
 */

/**
 * WordPress dependencies
 */
import { Button } from '@wordpress/components';
import { useEffect, useState } from '@wordpress/element';
import { __, isRTL, sprintf } from '@wordpress/i18n';
import { next, previous } from '@wordpress/icons';

interface Props {
	/** Current page, from 1. */
	page: number;
	/** Number of pages. */
	totalPages: number;
	/** Called with the page to show. */
	onChange: ( page: number ) => void;
}

export default function PageSwitcher( { page, totalPages, onChange }: Props ) {
	const [ draft, setDraft ] = useState( String( page ) );
	useEffect( () => setDraft( String( page ) ), [ page ] );
	if ( totalPages <= 1 ) {
		return null;
	}
	const go = ( target: number ) => {
		const clamped = Math.min( totalPages, Math.max( 1, target ) );
		setDraft( String( clamped ) );
		if ( clamped !== page ) {
			onChange( clamped );
		}
	};
	const commit = () => {
		const typed = Math.round( Number( draft ) );
		if ( Number.isFinite( typed ) && draft.trim() !== '' ) {
			go( typed );
		} else {
			setDraft( String( page ) );
		}
	};
	return (
		<nav
			className="mentorship-page-switcher"
			aria-label={ __( 'Pages', 'mentorship-program' ) }
		>
			<form
				onSubmit={ ( event ) => {
					event.preventDefault();
					commit();
				} }
			>
				<span aria-hidden="true">
					{ __( 'Page', 'mentorship-program' ) }
				</span>
				<input
					type="number"
					className="mentorship-page-switcher__input"
					min={ 1 }
					max={ totalPages }
					value={ draft }
					onChange={ ( event ) => setDraft( event.target.value ) }
					onBlur={ commit }
					aria-label={ sprintf(
						/* translators: %s: number of pages. */
						__( 'Current page, of %s', 'mentorship-program' ),
						totalPages.toLocaleString()
					) }
				/>
				<span aria-hidden="true">
					{ sprintf(
						/* translators: %s: number of pages. */
						__( 'of %s', 'mentorship-program' ),
						totalPages.toLocaleString()
					) }
				</span>
			</form>
			<Button
				size="compact"
				icon={ isRTL() ? next : previous }
				label={ __( 'Previous page', 'mentorship-program' ) }
				showTooltip
				disabled={ page <= 1 }
				accessibleWhenDisabled
				onClick={ () => go( page - 1 ) }
			/>
			<Button
				size="compact"
				icon={ isRTL() ? previous : next }
				label={ __( 'Next page', 'mentorship-program' ) }
				showTooltip
				disabled={ page >= totalPages }
				accessibleWhenDisabled
				onClick={ () => go( page + 1 ) }
			/>
		</nav>
	);
}
