/**
 * What the admin page tells the app at start (Admin_Page::boot_data()).
 */

/**
 * Internal dependencies
 */
import type { AdminBootData, ProgramRules } from '../../shared/types';

declare global {
	interface Window {
		mentorshipProgramAdmin?: Partial< AdminBootData >;
		wpApiSettings?: { root?: string; nonce?: string };
	}
}

/**
 * Boot data with safe defaults: without it the app shows nothing it cannot do.
 *
 * @return Boot data.
 */
export function getBootData(): AdminBootData {
	const data = window.mentorshipProgramAdmin ?? {};
	return {
		basePath: data.basePath ?? 'admin.php?page=mentorship-program',
		restNonce: data.restNonce ?? window.wpApiSettings?.nonce ?? '',
		restRoot: data.restRoot ?? window.wpApiSettings?.root ?? '/wp-json/',
		userId: data.userId ?? 0,
		languages: data.languages ?? {},
		setup: data.setup ?? { show: false, items: [] },
		capabilities: {
			review: !! data.capabilities?.review,
			manage: !! data.capabilities?.manage,
			settings: !! data.capabilities?.settings,
		},
		rules: data.rules ?? {
			stages: { mentee: [], mentor: [] },
			fields: {} as ProgramRules[ 'fields' ],
			placeholders: [],
			running: { mentee: [], mentor: [] },
			finished: { mentee: [], mentor: [] },
			limits: {} as ProgramRules[ 'limits' ],
			lengths: {} as ProgramRules[ 'lengths' ],
			counts: {} as ProgramRules[ 'counts' ],
		},
	};
}
