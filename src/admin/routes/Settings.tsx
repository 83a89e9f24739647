/**
 * Settings: teams, which optional form fields show, e-mail texts, anti-spam numbers
 * and data retention.
 */

/**
 * WordPress dependencies
 */
import { useDispatch, useSelect } from '@wordpress/data';
import { useState } from '@wordpress/element';
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import {
	CheckboxField,
	NumberField,
	TextField,
	ToggleField,
} from '../components/Fields';
import { useDraft, useSubmit } from '../utils/forms';
import { toggled } from '../components/CheckboxGroup';
import FormButtons from '../components/FormButtons';
import type {
	HideableField,
	Settings as SettingsShape,
} from '../../shared/types';
import MailTemplateEditor from '../components/MailTemplateEditor';
import ReminderSettings from '../components/ReminderSettings';
import ScreenHeading from '../components/ScreenHeading';
import { LoadStatus } from '../components/States';
import TeamsEditor from '../components/TeamsEditor';
import { Link, useRouter } from '../router';
import { resolution, store } from '../store';
import { fieldLabels, hideableFields } from '../utils/fields';

const TABS = [ 'teams', 'form', 'emails', 'privacy' ] as const;
type Tab = ( typeof TABS )[ number ];

function tabLabel( tab: Tab ): string {
	return {
		teams: __( 'Teams', 'mentorship-program' ),
		form: __( 'Application form', 'mentorship-program' ),
		emails: __( 'E-mails', 'mentorship-program' ),
		privacy: __( 'Spam and privacy', 'mentorship-program' ),
	}[ tab ];
}

function FormSettings( { settings }: { settings: SettingsShape } ) {
	const [ hidden, setHidden ] = useState< HideableField[] >(
		settings.hidden_fields
	);
	const [ requireLogin, setRequireLogin ] = useState(
		settings.require_login
	);
	const [ codeOfConductUrl, setCodeOfConductUrl ] = useState(
		settings.code_of_conduct_url
	);
	const [ privacyNoticeUrl, setPrivacyNoticeUrl ] = useState(
		settings.privacy_notice_url
	);
	const { saveSettings } = useDispatch( store );
	const { busy, onSubmit } = useSubmit( async () => {
		await saveSettings( {
			hidden_fields: hidden,
			require_login: requireLogin,
			// A site default that was not touched keeps following the site's page.
			...( codeOfConductUrl !== settings.code_of_conduct_url && {
				code_of_conduct_url: codeOfConductUrl.trim(),
			} ),
			...( privacyNoticeUrl !== settings.privacy_notice_url && {
				privacy_notice_url: privacyNoticeUrl.trim(),
			} ),
		} );
	} );
	const labels = fieldLabels();
	return (
		<form className="mentorship-admin-form" onSubmit={ onSubmit }>
			<fieldset>
				<legend>
					{ __(
						'Optional fields shown on the form',
						'mentorship-program'
					) }
				</legend>
				<p className="description">
					{ __(
						'Required fields always show. Uncheck an optional field to hide it from applicants.',
						'mentorship-program'
					) }
				</p>
				{ hideableFields().map( ( field ) => (
					<CheckboxField
						key={ field }
						label={ labels[ field ] }
						checked={ ! hidden.includes( field ) }
						onChange={ ( shown ) =>
							setHidden( ( current ) =>
								toggled( current, field, ! shown )
							)
						}
					/>
				) ) }
			</fieldset>
			<fieldset>
				<legend>
					{ __( 'What applicants agree to', 'mentorship-program' ) }
				</legend>
				<p className="description">
					{ __(
						'The consent checkboxes link these pages, and each application records which version was agreed to. Leave empty to show no link.',
						'mentorship-program'
					) }
				</p>
				<TextField
					type="url"
					label={ __(
						'Code of conduct address',
						'mentorship-program'
					) }
					help={ __(
						'Defaults to a page of this site whose slug is code-of-conduct.',
						'mentorship-program'
					) }
					value={ codeOfConductUrl }
					onChange={ setCodeOfConductUrl }
				/>
				<TextField
					type="url"
					label={ __(
						'Privacy notice address',
						'mentorship-program'
					) }
					help={ __(
						"Defaults to the site's privacy policy page.",
						'mentorship-program'
					) }
					value={ privacyNoticeUrl }
					onChange={ setPrivacyNoticeUrl }
				/>
			</fieldset>
			<ToggleField
				label={ __( 'Applicants must log in', 'mentorship-program' ) }
				checked={ requireLogin }
				onChange={ setRequireLogin }
			/>
			<FormButtons
				label={ __( 'Save form settings', 'mentorship-program' ) }
				busy={ busy }
			/>
		</form>
	);
}

function PrivacySettings( { settings }: { settings: SettingsShape } ) {
	const [ draft, set ] = useDraft( {
		rateLimitCount: String( settings.rate_limit_count ),
		rateLimitWindow: String( settings.rate_limit_window ),
		retentionDays: String( settings.retention_days ),
		removeData: settings.remove_data_on_uninstall,
	} );
	const { saveSettings } = useDispatch( store );
	const { busy, onSubmit } = useSubmit( async () => {
		await saveSettings( {
			rate_limit_count: Number( draft.rateLimitCount ),
			rate_limit_window: Number( draft.rateLimitWindow ),
			retention_days: Number( draft.retentionDays ),
			remove_data_on_uninstall: draft.removeData,
		} );
	} );
	return (
		<form className="mentorship-admin-form" onSubmit={ onSubmit }>
			<fieldset>
				<legend>{ __( 'Anti-spam', 'mentorship-program' ) }</legend>
				<div className="mentorship-admin-form__row">
					<NumberField
						limit="rate_limit_count"
						label={ __(
							'Applications allowed per address',
							'mentorship-program'
						) }
						value={ draft.rateLimitCount }
						onChange={ ( rateLimitCount ) =>
							set( { rateLimitCount } )
						}
					/>
					<NumberField
						limit="rate_limit_window"
						label={ __( 'Within (seconds)', 'mentorship-program' ) }
						value={ draft.rateLimitWindow }
						onChange={ ( rateLimitWindow ) =>
							set( { rateLimitWindow } )
						}
					/>
				</div>
			</fieldset>
			<fieldset>
				<legend>{ __( 'Personal data', 'mentorship-program' ) }</legend>
				<NumberField
					limit="retention_days"
					label={ __(
						'Delete declined and withdrawn applications after (days)',
						'mentorship-program'
					) }
					help={ __( '0 keeps them.', 'mentorship-program' ) }
					value={ draft.retentionDays }
					onChange={ ( retentionDays ) => set( { retentionDays } ) }
				/>
				<ToggleField
					label={ __(
						'Remove all mentorship data when the plugin is uninstalled',
						'mentorship-program'
					) }
					checked={ draft.removeData }
					onChange={ ( removeData ) => set( { removeData } ) }
				/>
			</fieldset>
			<FormButtons
				label={ __( 'Save', 'mentorship-program' ) }
				busy={ busy }
			/>
		</form>
	);
}

export default function Settings() {
	const { route } = useRouter();
	const tab: Tab = TABS.includes( route.tab as Tab )
		? ( route.tab as Tab )
		: 'teams';
	const { settings, error } = useSelect(
		( select ) => ( {
			settings: select( store ).getSettings(),
			error: resolution( select ).getResolutionError( 'getSettings', [] ),
		} ),
		[]
	);
	return (
		<div className="mentorship-settings">
			<ScreenHeading>
				{ __( 'Settings', 'mentorship-program' ) }
			</ScreenHeading>
			<nav
				className="mentorship-cohort__tabs"
				aria-label={ __( 'Settings sections', 'mentorship-program' ) }
			>
				{ TABS.map( ( item ) => (
					<Link
						key={ item }
						to={ { view: 'settings', tab: item } }
						aria-current={ item === tab ? 'page' : undefined }
					>
						{ tabLabel( item ) }
					</Link>
				) ) }
			</nav>
			<h3>{ tabLabel( tab ) }</h3>
			{ tab === 'teams' && <TeamsEditor /> }
			{ tab !== 'teams' && (
				<LoadStatus loaded={ !! settings } error={ error } />
			) }
			{ settings && tab === 'form' && (
				<FormSettings settings={ settings } />
			) }
			{ settings && tab === 'emails' && (
				<>
					<MailTemplateEditor settings={ settings } />
					<ReminderSettings settings={ settings } />
				</>
			) }
			{ settings && tab === 'privacy' && (
				<PrivacySettings settings={ settings } />
			) }
		</div>
	);
}
