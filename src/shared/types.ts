/**
 * Shapes of the `mentorship/v1` REST API, shared by the admin app and the blocks.
 * Answers are generated from the server's schemas (./rest-types.ts, never edited by
 * hand: `npm run generate:types`); what is written here narrows them where the app
 * relies on more than the schema says, or describes requests. See docs/rest-api.md.
 */

/**
 * Internal dependencies
 */
import type * as Rest from './rest-types';
import type rules from './rest-schemas.json';

/**
 * An answer whose schema marks no field required, as the server sends it: every
 * field, at every depth.
 */
export type Complete< T > = T extends ( infer Item )[]
	? Complete< Item >[]
	: T extends object
	? { [ K in keyof T ]-?: Complete< T[ K ] > }
	: T;

export type ApplicationType = NonNullable< Rest.Application[ 'type' ] >;

export type MenteeStage =
	| 'submitted'
	| 'in_review'
	| 'accepted'
	| 'waitlisted'
	| 'declined'
	| 'active'
	| 'graduated'
	| 'placed'
	| 'withdrawn';

export type MentorStage =
	| 'submitted'
	| 'in_review'
	| 'approved'
	| 'declined'
	| 'active'
	| 'completed'
	| 'withdrawn';

/** Every stage the server knows (its schema's enum). */
export type Stage = NonNullable< Rest.Application[ 'stage' ] >;

export type Format = 'one-to-one' | 'project-group' | 'cohort-group';

export type Experience = 'new' | 'user' | 'some_contributions';

export type Track = Format;

/** One weekly availability slot, in the person's local time (Monday = 0). */
export interface AvailabilitySlot {
	day: number;
	start: string;
	end: string;
}

/** The form fields of an application; which ones are present depends on the type. */
export interface ApplicationFields {
	name: string;
	email: string;
	wporg_username?: string;
	slack_username?: string;
	timezone: string;
	languages: string[];
	region?: string;
	teams: string[];
	experience?: Experience | '';
	contribution_links?: string[];
	goals?: string;
	hours_per_week?: number | null;
	format?: Format | 'any' | '';
	formats?: Format[];
	years_contributing?: number | null;
	capacity?: number | null;
	project_title?: string;
	project_description?: string;
	motivation?: string;
	availability?: AvailabilitySlot[];
	heard_from?: string;
	public_recognition?: boolean;
	consent_coc?: boolean;
	consent_privacy?: boolean;
}

/** Every field the server knows: a new one fails the type check until it is labelled. */
export type FieldName = keyof NonNullable< Rest.Application[ 'fields' ] >;

/** Optional form fields a site admin may hide. */
export type HideableField = NonNullable<
	Rest.Settings[ 'hidden_fields' ]
>[ number ];

export interface MentorRef {
	id: number;
	name: string;
	track: Track | string;
}

/** An application as reviewers, its owner and its mentor see it. */
export interface Application {
	id: number;
	type: ApplicationType;
	stage: Stage;
	stage_label: string;
	cohort: number;
	fields: ApplicationFields;
	/**
	 * ISO 8601 times the person gave each consent ('' when not given). Absent for a
	 * mentor reading a mentee, who receives only the fields in `Mentor_View::FIELDS`.
	 */
	consent?: { code_of_conduct: string; privacy: string };
	/** Which text each consent was given to. Absent for a mentor reading a mentee. */
	consent_texts?: { code_of_conduct: ConsentText; privacy: ConsentText };
	/** Absent for a mentor reading a mentee. */
	placed_team?: string;
	allowed_transitions: Stage[];
	created: string;
	modified: string;
	/** Mentees only. */
	mentor?: MentorRef | null;
	/** Mentors only. */
	assigned?: number;
	remaining_capacity?: number;
	/** Average reviewer rating; reviewers only. */
	rating?: number | null;
	/** Audit trail; GET /applications/{id} for reviewers and mentors only. */
	history?: AuditEvent[];
}

export type AuditEventKind =
	| 'stage'
	| 'note'
	| 'assign'
	| 'unassign'
	| 'cohort'
	| 'edit'
	| string;

/** One entry of the audit trail (stage change, note, assignment, edit). */
export interface AuditEvent {
	id: number;
	event: AuditEventKind;
	from: string;
	to: string;
	note: string;
	rating: number | null;
	author: { id: number; name: string };
	date: string;
}

export type Note = AuditEvent;

/** What POST /applications answers: no personal data, the same shape for bots. */
export type ApplicationReceipt = Rest.ApplicationReceipt;

/** GET /me. */
export type MeResponse = Rest.Me;

/** One of the signed-in person's applications, as GET /me shows it. */
export type MyApplication = MeResponse[ 'applications' ][ number ];

export type PipelineStep = MyApplication[ 'pipeline' ][ number ];

/** Query arguments of GET /applications (and GET /export, without paging). */
export interface ApplicationQuery {
	page?: number;
	per_page?: number;
	search?: string;
	type?: ApplicationType;
	stage?: Stage[];
	cohort?: number;
	team?: string[];
	language?: string[];
	format?: Array< Format | 'any' >;
	tz_min?: number;
	tz_max?: number;
	orderby?: 'date' | 'modified' | 'name' | 'stage';
	order?: 'asc' | 'desc';
}

/** A page of a list, with the totals the server sends as headers. */
export interface Paged< T > {
	items: T[];
	total: number;
	totalPages: number;
}

export interface TransitionRequest {
	to: Stage;
	note?: string;
	notify?: boolean;
	team?: string;
	/** Graduate a mentee before the cohort's end date. */
	confirm_early?: boolean;
}

export interface BatchRequest {
	ids: number[];
	to?: Stage;
	cohort?: number;
	note?: string;
	notify?: boolean;
	/** Graduate mentees before the cohort's end date. */
	confirm_early?: boolean;
}

export type BatchResult = Rest.ApplicationBatch;

export type ScheduleRule = 'none' | 'weekly' | 'monthly';

export interface Schedule {
	rule: ScheduleRule;
	/** ISO weekday, 1 = Monday … 7 = Sunday. */
	weekday?: number;
	/** Weeks of the month (monthly rule), e.g. [2, 4]. */
	weeks?: number[];
	/** UTC start times, "HH:MM". */
	times?: string[];
	/** Minutes. */
	duration?: number;
	title?: string;
}

export type CohortStatus =
	| 'upcoming'
	| 'open'
	| 'closed'
	| 'running'
	| 'finished';

export interface Cohort {
	id: number;
	name: string;
	slug: string;
	description: string;
	opens_at: string | null;
	closes_at: string | null;
	starts_on: string;
	ends_on: string;
	capacity: number;
	tracks: Track[];
	schedule: Schedule;
	channel_url: string;
	/** Days without a check-in before a pair needs attention (default 14). */
	stale_days: number;
	status: CohortStatus;
	feed_url: string;
}

/** What POST /cohorts and PATCH /cohorts/{id} accept. */
export type CohortInput = Partial<
	Omit< Cohort, 'id' | 'status' | 'feed_url' >
>;

export type SessionsResponse = Rest.CohortSessions;

export type Session = SessionsResponse[ 'sessions' ][ number ];

export interface RosterPerson {
	id: number;
	name: string;
	stage: Stage;
	languages: string[];
	timezone: string;
	teams: string[];
}

export interface RosterMentee extends RosterPerson {
	format: string;
	track?: string;
}

export interface RosterMentor extends RosterPerson {
	capacity: number;
	formats: Format[];
	mentees: RosterMentee[];
	remaining: number;
}

export interface RosterWarning {
	code: 'mentor_full' | 'not_enough_capacity' | string;
	mentor?: number;
	message: string;
}

/** Where today stands against a cohort's dates (dates in the site's own format). */
export interface CohortTiming {
	/** Today in UTC, YYYY-MM-DD. */
	today: string;
	starts_on_text: string;
	ends_on_text: string;
	days_to_start: number;
	days_to_end: number;
	/** Today is before the start date. */
	early_start: boolean;
	/** Today is before the end date. */
	early_graduation: boolean;
	/** Who started the cohort, and when; null while it has not been started. */
	started: null | {
		at: string;
		at_text: string;
		user_id: number;
		user_name: string;
		early: boolean;
		days_early: number;
	};
}

export interface Roster {
	cohort: Cohort;
	mentors: RosterMentor[];
	unassigned: RosterMentee[];
	totals: {
		mentors: number;
		mentees: number;
		assigned: number;
		unassigned: number;
		capacity: number;
	};
	warnings: RosterWarning[];
	timing?: CohortTiming;
}

export type StartResult = Rest.CohortStart;

/** A reminder e-mail (nudge) as logged: POST /nudges answers one. */
export type Nudge = Rest.Nudge;

/** A cohort's reminder e-mails: GET/PATCH /nudges/cohorts/{id}. */
export type NudgeSchedule = Rest.NudgeSchedule;

export interface MatchPair {
	mentee_id: number;
	mentor_id: number;
	score: number;
	breakdown: Record< string, number >;
	/** Why the pair fits, in words. */
	reasons?: string[];
	reasons_text?: string[];
	/** The same as codes. */
	explanations?: string[];
	mentee_name?: string;
	mentor_name?: string;
	/** Whether the pair is an assignment that already exists. */
	existing?: boolean;
}

export interface MatchProposal {
	pairs: MatchPair[];
	unmatched: Array< {
		mentee_id: number;
		/** A code, with reason_text in words. */
		reason: string;
		reason_text?: string;
		mentee_name?: string;
	} >;
	total_score: number;
}

/** What POST /cohorts/{id}/match/apply answers. */
export interface MatchApplyResult {
	applied: number;
	unchanged: number;
	failed: Array< {
		mentee_id: number;
		mentor_id: number;
		code: string;
		message: string;
	} >;
	roster?: Roster;
}

export interface FunnelStep {
	stage: MenteeStage;
	label: string;
	count: number;
	/** Share of the previous step that reached this one; null for the first. */
	conversion: number | null;
}

export interface StageCounts {
	current: Record< string, number >;
	reached: Record< string, number >;
}

export interface BreakdownRow {
	key: string;
	/** What people read: the team's name, the language's name, the region. */
	label: string;
	count: number;
}

export interface FunnelStats {
	cohort: number;
	funnel: FunnelStep[];
	mentees: StageCounts;
	mentors: StageCounts & { capacity: number; assigned: number };
	waiting: { count: number; oldest: string | null; oldest_days: number };
	unassigned: number;
	breakdown: {
		team: BreakdownRow[];
		language: BreakdownRow[];
		region: BreakdownRow[];
	};
}

export interface Team {
	id: number;
	name: string;
	slug: string;
	summary: string;
	skills: string[];
	interests: string[];
	handbook_url: string;
	channel: string;
	meeting_time: string;
}

export type TeamInput = Partial< Omit< Team, 'id' > >;

export interface MailTemplate {
	enabled: boolean;
	subject: string;
	body: string;
}

export interface MatchWeights {
	language: number;
	overlap: number;
	teams: number;
	format: number;
}

/** The text a consent was given to: its address and version (ISO 8601 time). */
export interface ConsentText {
	url: string;
	version: string;
}

export interface Settings {
	hidden_fields: HideableField[];
	require_login: boolean;
	rate_limit_count: number;
	rate_limit_window: number;
	trusted_proxies: string[];
	retention_days: number;
	remove_data_on_uninstall: boolean;
	/** Address of the code of conduct applicants agree to ('' for none). */
	code_of_conduct_url: string;
	/** Address of the privacy notice applicants agree to ('' for none). */
	privacy_notice_url: string;
	mail_templates: Record< string, MailTemplate >;
	match_weights: MatchWeights;
	/** Most reminder e-mails (nudges) one person gets in seven days; 0 sends none. */
	nudge_weekly_cap?: number;
	/** Whether coordinators may read individual survey answers (mentors never can). */
	survey_show_answers?: boolean;
	/** Days after graduation of the "still contributing?" follow-ups. */
	followup_days?: number[];
	/** Read-only: the placeholders e-mail templates may use, e.g. "{name}". */
	placeholders?: string[];
}

export type SettingsInput = Partial< Omit< Settings, 'placeholders' > >;

/** A WP_Error as the REST API sends it. */
export interface RestError {
	code: string;
	message: string;
	data?: {
		status?: number;
		params?: Record< string, string >;
		allowed?: Stage[];
	};
}

/** One first-run step (Setup_Checklist::items()). */
export interface SetupStep {
	key: string;
	label: string;
	done: boolean;
	/** Where the step is done. */
	url: string;
	/** The link's words. */
	action: string;
}

/** What Admin_Page passes to the app in window.mentorshipProgramAdmin. */
export interface AdminBootData {
	basePath: string;
	restNonce?: string;
	restRoot?: string;
	userId?: number;
	/** Language names by lower-case code (pt-br: Portuguese (Brazil)). */
	languages?: Record< string, string >;
	/** First run: shown on the dashboard while the program has no applications. */
	setup?: { show: boolean; items: SetupStep[] };
	capabilities: {
		review: boolean;
		manage: boolean;
		settings: boolean;
	};
	/** The server's stages, labels, legal moves, fields and e-mail placeholders. */
	rules: ProgramRules;
}

/** Program_Rules::for_client(), as the boot data and rest-schemas.json carry it. */
export type ProgramRules = ( typeof rules )[ 'rules' ];

/** A person as the reassignment routes name them. */
export interface PersonRef {
	id: number;
	name: string;
}

/** One mentor who could take over a mentee (GET mentees/{id}/mentor-candidates). */
export interface MentorCandidate {
	mentor: PersonRef;
	backup: boolean;
	score: number;
	fits: boolean;
	free_seats: number;
	explanations: string[];
	reasons_text: string[];
}

export interface MentorCandidates {
	mentee: PersonRef;
	current: PersonRef | null;
	candidates: MentorCandidate[];
}

/** One span of a mentee with a mentor. */
export interface MentorSpan {
	mentor: PersonRef;
	started: string;
	ended: string | null;
	current: boolean;
	reason?: '' | 'reassigned' | 'stepped_back' | 'unassigned';
	reason_label?: string;
	note?: string;
}

/** A mentee's mentor and history (GET mentees/{id}/mentor-history, POST …/reassign). */
export interface MentorHistory {
	mentee: number;
	mentor?: PersonRef | null;
	request?: {
		by: 'mentor' | 'mentee';
		mentor: number;
		reason: string;
		at: string;
	} | null;
	history: MentorSpan[];
}

/** A mentor's backup offer (GET/POST mentors/{id}/backup). */
export interface BackupOffer {
	mentor: number;
	backup: boolean;
	since: string;
}

/** GET /reports/cohorts/{id}; the items of GET /reports/compare. */
export type CohortReport = Rest.CohortReport;
