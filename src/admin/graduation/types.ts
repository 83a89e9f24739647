/**
 * Shapes of the graduation routes of `mentorship/v1` (see
 * includes/Graduation/REST): a cohort's criteria, a person's graduation record,
 * a certificate and a bulk graduation's answer. Where the generated types (from the
 * server's schemas) carry every key, they are used as they are; the record and the
 * bulk answer are narrowed here to the keys the server always sends.
 */

/**
 * Internal dependencies
 */
import type { Certificate, GraduationCriteria } from '../../shared/rest-types';

export type { Certificate, GraduationCriteria };

export interface CriterionResult {
	key: 'sessions' | 'goals' | 'contribution_link' | 'mentor_confirmation';
	label: string;
	met: boolean;
	text: string;
}

export type ProgressField =
	| 'contribution_link'
	| 'mentor_confirmed'
	| 'name_on_certificate';

export interface GraduationRecord {
	id: number;
	type: 'mentee' | 'mentor';
	name: string;
	stage: string;
	cohort: number;
	can_graduate: boolean;
	met: boolean;
	criteria: CriterionResult[];
	early: boolean;
	ends_on_text: string;
	progress: {
		contribution_link: string;
		mentor_confirmed: boolean;
		mentor_confirmed_at: string | null;
		mentor_confirmed_by: string;
		name_on_certificate: boolean;
	};
	writable: ProgressField[];
	certificate: Certificate | null;
}

export interface GraduationPerson {
	id: number;
	name: string;
	reasons?: string[];
}

export interface CohortGraduationResult {
	cohort: number;
	dry_run: boolean;
	early: boolean;
	ends_on_text: string;
	criteria: GraduationCriteria;
	graduated: GraduationPerson[];
	skipped: GraduationPerson[];
}
