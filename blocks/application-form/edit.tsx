/**
 * WordPress dependencies
 */
import { __ } from '@wordpress/i18n';
import { PanelBody } from '@wordpress/components';

/**
 * Internal dependencies
 */
import {
	CheckboxField,
	SelectField,
	TextAreaField,
} from '../../src/shared/controls';
import CohortControl from '../shared/cohort-control';
import SettingsPreview, { type EditProps } from '../shared/settings-preview';

type Role = 'mentee' | 'mentor';

type Attributes = {
	role: Role;
	cohort: number;
	intro: string;
	fields?: string[];
};

/**
 * Optional fields a form may leave out, per role.
 *
 * @param role mentee or mentor.
 * @return Field name => label.
 */
function optionalFields( role: Role ): Record< string, string > {
	const shared = {
		wporg_username: __( 'WordPress.org username', 'mentorship-program' ),
		slack_username: __( 'Slack username', 'mentorship-program' ),
		region: __( 'Region', 'mentorship-program' ),
		contribution_links: __(
			'Links to contributions',
			'mentorship-program'
		),
		availability: __( 'Weekly availability', 'mentorship-program' ),
		heard_from: __(
			'How they heard about the program',
			'mentorship-program'
		),
		public_recognition: __(
			'Opt-in to the mentors and graduates wall',
			'mentorship-program'
		),
	};
	if ( role === 'mentor' ) {
		return {
			...shared,
			years_contributing: __(
				'Years contributing',
				'mentorship-program'
			),
			project_title: __( 'Project title', 'mentorship-program' ),
			project_description: __(
				'Project description',
				'mentorship-program'
			),
		};
	}
	return {
		...shared,
		teams: __( 'Teams of interest', 'mentorship-program' ),
	};
}

export default function Edit( {
	name,
	attributes,
	setAttributes,
}: EditProps< Attributes > ) {
	const optional = optionalFields( attributes.role );
	const shown = attributes.fields ?? Object.keys( optional );
	const toggle = ( field: string, on: boolean ) =>
		setAttributes( {
			fields: Object.keys( optional ).filter( ( candidate ) =>
				candidate === field ? on : shown.includes( candidate )
			),
		} );
	return (
		<SettingsPreview
			name={ name }
			attributes={ attributes }
			title={ __( 'Application', 'mentorship-program' ) }
			more={
				<PanelBody
					title={ __( 'Optional fields', 'mentorship-program' ) }
					initialOpen={ false }
				>
					{ Object.entries( optional ).map( ( [ field, label ] ) => (
						<CheckboxField
							key={ field }
							label={ label }
							checked={ shown.includes( field ) }
							onChange={ ( on: boolean ) => toggle( field, on ) }
						/>
					) ) }
				</PanelBody>
			}
		>
			<SelectField
				label={ __( 'Who applies', 'mentorship-program' ) }
				value={ attributes.role }
				options={ [
					{
						label: __( 'Mentees', 'mentorship-program' ),
						value: 'mentee',
					},
					{
						label: __( 'Mentors', 'mentorship-program' ),
						value: 'mentor',
					},
				] }
				onChange={ ( role: string ) =>
					setAttributes( {
						role: role as Role,
						fields: undefined,
					} )
				}
			/>
			<CohortControl
				attributes={ attributes }
				setAttributes={ setAttributes }
				automatic={ __(
					'The cohort open for applications',
					'mentorship-program'
				) }
			/>
			<TextAreaField
				label={ __( 'Introduction', 'mentorship-program' ) }
				help={ __( 'Shown above the form.', 'mentorship-program' ) }
				value={ attributes.intro }
				onChange={ ( intro: string ) => setAttributes( { intro } ) }
			/>
		</SettingsPreview>
	);
}
