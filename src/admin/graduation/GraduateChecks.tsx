/**
 * What the Graduate action shows for one mentee: their cohort's criteria, met or not,
 * and, before the cohort's end date, the explicit confirmation the server asks for.
 */

/**
 * WordPress dependencies
 */
import { Spinner } from '@wordpress/components';
import { useState } from '@wordpress/element';
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { useLoad } from '../utils/load';
import { InlineNotice } from '../components/States';
import { errorMessage } from '../../shared/api';
import { fetchRecord } from './api';
import CriteriaChecklist from './CriteriaChecklist';
import EarlyGraduation from './EarlyGraduation';
import type { GraduationRecord } from './types';

/**
 * The checks.
 *
 * @param props                Props.
 * @param props.id             Mentee application.
 * @param props.confirmEarly   Whether early graduation is confirmed.
 * @param props.onConfirmEarly Changes the confirmation.
 * @param props.onLoaded       Receives the record once loaded.
 * @return Section.
 */
export default function GraduateChecks( {
	id,
	confirmEarly,
	onConfirmEarly,
	onLoaded,
}: {
	id: number;
	confirmEarly: boolean;
	onConfirmEarly: ( value: boolean ) => void;
	onLoaded?: ( record: GraduationRecord ) => void;
} ) {
	const [ record, setRecord ] = useState< GraduationRecord | null >( null );
	const [ error, setError ] = useState( '' );

	// Once per mentee.
	useLoad(
		() => fetchRecord( id ),
		( loaded ) => {
			setRecord( loaded );
			onLoaded?.( loaded );
		},
		( failed ) => setError( errorMessage( failed ) ),
		[ id ]
	);

	if ( error ) {
		return <InlineNotice>{ error }</InlineNotice>;
	}
	if ( ! record ) {
		return (
			<p>
				<Spinner />
				{ __(
					'Checking the graduation criteria…',
					'mentorship-program'
				) }
			</p>
		);
	}
	return (
		<div className="mentorship-graduate-checks">
			<h4 id={ `mentorship-graduate-criteria-${ id }` }>
				{ __( 'Graduation criteria', 'mentorship-program' ) }
			</h4>
			<CriteriaChecklist criteria={ record.criteria } />
			{ record.criteria.length > 0 && (
				<p className="mentorship-graduate-checks__summary">
					{ record.met
						? __( 'Every criterion is met.', 'mentorship-program' )
						: __(
								'Not every criterion is met. You can still graduate this mentee.',
								'mentorship-program'
						  ) }
				</p>
			) }
			{ record.early && (
				<EarlyGraduation
					id={ `mentorship-graduate-early-${ id }` }
					endsOn={ record.ends_on_text }
					confirmed={ confirmEarly }
					onConfirm={ onConfirmEarly }
				/>
			) }
		</div>
	);
}
