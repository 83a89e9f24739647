/**
 * A cohort's graduation criteria: the checklist the Graduate action shows.
 */

/**
 * WordPress dependencies
 */
import { Spinner } from '@wordpress/components';
import { useDispatch } from '@wordpress/data';
import { useState } from '@wordpress/element';
import { __ } from '@wordpress/i18n';
import { store as noticesStore } from '@wordpress/notices';

/**
 * Internal dependencies
 */
import { CheckboxField, NumberField } from '../components/Fields';
import { InlineNotice } from '../components/States';
import FormButtons from '../components/FormButtons';
import { useSubmit } from '../utils/forms';
import { useLoad } from '../utils/load';
import { errorMessage } from '../../shared/api';
import { fetchCriteria, saveCriteria } from './api';
import type { GraduationCriteria } from './types';

/**
 * Field errors of a failed request, by field.
 *
 * @param error What the request rejected with.
 * @return Field => message.
 */
function fieldErrors( error: unknown ): Record< string, string > {
	const params = ( error as { data?: { params?: Record< string, string > } } )
		?.data?.params;
	return params && typeof params === 'object' ? params : {};
}

/**
 * The form.
 *
 * @param props          Props.
 * @param props.cohortId Cohort.
 * @return Form.
 */
export default function CriteriaForm( { cohortId }: { cohortId: number } ) {
	const [ criteria, setCriteria ] = useState< GraduationCriteria | null >(
		null
	);
	const [ sessions, setSessions ] = useState( '0' );
	const [ error, setError ] = useState( '' );
	const [ errors, setErrors ] = useState< Record< string, string > >( {} );
	const { createSuccessNotice } = useDispatch( noticesStore );

	useLoad(
		() => fetchCriteria( cohortId ),
		( loaded ) => {
			setCriteria( loaded );
			setSessions( String( loaded.min_sessions ) );
		},
		( failed ) => setError( errorMessage( failed ) ),
		[ cohortId ]
	);

	const { busy, onSubmit } = useSubmit( async () => {
		if ( ! criteria ) {
			return;
		}
		setError( '' );
		setErrors( {} );
		try {
			const saved = await saveCriteria( cohortId, {
				goals_set: criteria.goals_set,
				contribution_link: criteria.contribution_link,
				mentor_confirmation: criteria.mentor_confirmation,
				// The server names a wrong number; send it as typed.
				min_sessions: ( /^\d+$/.test( sessions.trim() )
					? Number( sessions.trim() )
					: sessions ) as number,
			} );
			setCriteria( saved );
			setSessions( String( saved.min_sessions ) );
			createSuccessNotice(
				__( 'Graduation criteria saved.', 'mentorship-program' ),
				{ type: 'snackbar' }
			);
		} catch ( failed ) {
			setError( errorMessage( failed ) );
			setErrors( fieldErrors( failed ) );
		}
	} );

	if ( ! criteria ) {
		return error ? <InlineNotice>{ error }</InlineNotice> : <Spinner />;
	}
	const set = ( values: Partial< GraduationCriteria > ) =>
		setCriteria( { ...criteria, ...values } );

	return (
		<form
			className="mentorship-admin-form mentorship-criteria-form"
			aria-labelledby="mentorship-criteria-title"
			noValidate
			onSubmit={ onSubmit }
		>
			<h3 id="mentorship-criteria-title">
				{ __( 'Graduation criteria', 'mentorship-program' ) }
			</h3>
			<p className="mentorship-admin-form__help">
				{ __(
					'What a mentee needs before they graduate. “Graduate” shows each one, met or not, and “Graduate those who are ready” graduates only mentees who meet all of them.',
					'mentorship-program'
				) }
			</p>
			{ error && <InlineNotice>{ error }</InlineNotice> }
			<NumberField
				id={ `mentorship-criteria-sessions-${ cohortId }` }
				limit="min_sessions"
				label={ __(
					'Sessions attended, at least (0: not asked)',
					'mentorship-program'
				) }
				help={ errors.min_sessions }
				aria-invalid={ errors.min_sessions ? true : undefined }
				value={ sessions }
				onChange={ setSessions }
			/>
			{ (
				[
					{
						key: 'goals_set',
						id: 'goals',
						label: __(
							'Has set at least one goal',
							'mentorship-program'
						),
					},
					{
						key: 'contribution_link',
						id: 'contribution',
						label: __(
							'Has given a link to their first contribution',
							'mentorship-program'
						),
					},
					{
						key: 'mentor_confirmation',
						id: 'confirmation',
						label: __(
							'Their mentor has confirmed they are ready',
							'mentorship-program'
						),
					},
				] as const
			 ).map( ( { key, id, label } ) => (
				<CheckboxField
					key={ key }
					id={ `mentorship-criteria-${ id }-${ cohortId }` }
					label={ label }
					checked={ criteria[ key ] }
					onChange={ ( checked ) => set( { [ key ]: checked } ) }
				/>
			) ) }
			<FormButtons
				label={ __( 'Save criteria', 'mentorship-program' ) }
				busy={ busy }
			/>
		</form>
	);
}
