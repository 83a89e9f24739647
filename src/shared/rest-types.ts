/**
 * Types of every mentorship/v1 answer, generated from the server's schemas
 * (src/shared/rest-schemas.json). Do not edit: run `npm run generate:types`.
 */

/* eslint-disable */

export interface Application {
	id?: number;
	type?: 'mentee' | 'mentor';
	stage?:
		| 'submitted'
		| 'in_review'
		| 'waitlisted'
		| 'accepted'
		| 'active'
		| 'graduated'
		| 'placed'
		| 'declined'
		| 'withdrawn'
		| 'approved'
		| 'completed';
	/**
	 * The stage, in words.
	 */
	stage_label?: string;
	cohort?: number;
	/**
	 * The answers, by field name; a mentor sees only some of them.
	 */
	fields?: {
		/**
		 * Name
		 */
		name?: string;
		/**
		 * E-mail
		 */
		email?: string;
		/**
		 * WordPress.org username
		 */
		wporg_username?: string;
		/**
		 * Slack username
		 */
		slack_username?: string;
		/**
		 * Time zone
		 */
		timezone?: string;
		/**
		 * Languages
		 */
		languages?: string[];
		/**
		 * Region
		 */
		region?: string;
		/**
		 * Teams
		 */
		teams?: string[];
		/**
		 * Experience
		 */
		experience?: string;
		/**
		 * Links to contributions
		 */
		contribution_links?: string[];
		/**
		 * Goals
		 */
		goals?: string;
		/**
		 * Hours per week
		 */
		hours_per_week?: number | null;
		/**
		 * Preferred format
		 */
		format?: string;
		/**
		 * Formats offered
		 */
		formats?: string[];
		/**
		 * Years contributing
		 */
		years_contributing?: number | null;
		/**
		 * How many mentees
		 */
		capacity?: number | null;
		/**
		 * Project title
		 */
		project_title?: string;
		/**
		 * Project description
		 */
		project_description?: string;
		/**
		 * Motivation
		 */
		motivation?: string;
		/**
		 * Weekly availability
		 */
		availability?: {
			day?: number | null;
			start?: string;
			end?: string;
		}[];
		/**
		 * How did you hear about the program?
		 */
		heard_from?: string;
		/**
		 * Show my name on the mentors and graduates wall
		 */
		public_recognition?: boolean;
		/**
		 * I agree to the code of conduct
		 */
		consent_coc?: boolean;
		/**
		 * I agree to the privacy notice
		 */
		consent_privacy?: boolean;
	};
	/**
	 * When each consent was given (empty when not recorded).
	 */
	consent?: {
		code_of_conduct?: string;
		privacy?: string;
	};
	/**
	 * The texts consented to: address and version.
	 */
	consent_texts?: {
		code_of_conduct?: ConsentText;
		privacy?: ConsentText;
	};
	/**
	 * Slug of the team a placed graduate joined, or empty.
	 */
	placed_team?: string;
	allowed_transitions?: (
		| 'submitted'
		| 'in_review'
		| 'waitlisted'
		| 'accepted'
		| 'active'
		| 'graduated'
		| 'placed'
		| 'declined'
		| 'withdrawn'
		| 'approved'
		| 'completed'
	)[];
	created?: string;
	modified?: string;
	/**
	 * A mentee's mentor, or null.
	 */
	mentor?: {
		id?: number;
		name?: string;
		track?: string;
	} | null;
	/**
	 * A mentor's number of mentees.
	 */
	assigned?: number;
	/**
	 * A mentor's free seats.
	 */
	remaining_capacity?: number;
	/**
	 * Reviewers' average rating, or null (reviewers only).
	 */
	rating?: number | null;
	/**
	 * Links to the application, as a list embeds them in each item.
	 */
	_links?: {
		[ k: string ]:
			| {
					href?: string;
					embeddable?: boolean;
					targetHints?: {
						allow?: string[];
					};
			  }[]
			| undefined;
	};
	/**
	 * The audit trail, in a single application read by a reviewer or the applicant.
	 */
	history?: Event[];
}

export interface ApplicationBatch {
	updated: number;
	failed: number;
	results: {
		id: number;
		ok: boolean;
		stage?:
			| 'submitted'
			| 'in_review'
			| 'waitlisted'
			| 'accepted'
			| 'active'
			| 'graduated'
			| 'placed'
			| 'declined'
			| 'withdrawn'
			| 'approved'
			| 'completed';
		error?: {
			code: string;
			message: string;
		};
	}[];
}

export interface ApplicationReceipt {
	type: 'mentee' | 'mentor';
	stage: 'submitted';
	stage_label: string;
	message: string;
	next_steps: string;
	status_url: string;
}

export interface Attention {
	id?: string;
	rule?:
		| 'help'
		| 'new_mentor'
		| 'absent'
		| 'ending'
		| 'no_mentor'
		| 'stale'
		| 'capacity'
		| 'mentor_quiet';
	rule_label?: string;
	/**
	 * Higher is more urgent; the list is sorted by it.
	 */
	urgency?: number;
	reason?: string;
	cohort?: NamedRef | null;
	mentee?: NamedRef | null;
	mentor?: NamedRef | null;
	date?: string | null;
	/**
	 * When the row's mentor was last reminded about the row's mentee (UTC), or null.
	 */
	nudged_at?: string | null;
}

export interface AttentionSettings {
	cohort?: number;
	stale_days?: number;
}

export interface Backup {
	mentor?: number;
	backup?: boolean;
	/**
	 * When the mentor volunteered (RFC 3339), or empty.
	 */
	since?: string;
}

export interface BreakdownRow {
	key: string;
	/**
	 * What people read: the team name, the language name, the region.
	 */
	label: string;
	count: number;
}

export interface Certificate {
	application: number;
	/**
	 * The certificate's private address; anyone with it can verify the certificate.
	 */
	url: string;
	issued_at: string;
	revoked: boolean;
	revoked_at: string | null;
	revoked_reason: string;
	revoked_by: string;
}

export interface Checkin {
	id?: number;
	/**
	 * The day it took place (YYYY-MM-DD), not in the future.
	 */
	held_on?: string;
	kind?: 'one-to-one' | 'group' | 'async';
	kind_label?: string;
	/**
	 * The mentees it concerns, and whether each attended (sent as their application IDs).
	 */
	mentees?: {
		id?: number;
		name?: string;
		attended?: boolean;
	}[];
	/**
	 * Which of the mentees attended; all of them when left out.
	 *
	 * @maxItems 50
	 */
	attendees?: number[];
	/**
	 * In a mentee's view: whether they attended.
	 */
	attended?: boolean;
	mentor?: {
		id?: number;
		name?: string;
	};
	cohort?: number;
	covered?: string;
	next_steps?: string;
	/**
	 * The mentor asks a coordinator for help (coordinator and mentor only).
	 */
	needs_help?: boolean;
	/**
	 * The mentor's own note; never shown to mentees (coordinator and mentor only).
	 */
	private_note?: string;
	revision?: number;
	created?: string;
	modified?: string;
}

export interface Cohort {
	id?: number;
	name?: string;
	slug?: string;
	description?: string;
	opens_at?: string | null;
	closes_at?: string | null;
	starts_on?: string;
	ends_on?: string;
	capacity?: number;
	tracks?: ( 'one-to-one' | 'project-group' | 'cohort-group' )[];
	schedule?: CohortSchedule;
	channel_url?: string;
	/**
	 * Days without a check-in before a pair needs attention; 0 goes back to the default (14).
	 */
	stale_days?: number;
	status?: 'upcoming' | 'open' | 'closed' | 'running' | 'finished';
	feed_url?: string;
}

export interface CohortComparison {
	/**
	 * The reports, in the order the cohorts were listed.
	 */
	cohorts: CohortReport[];
}

export interface CohortDeleted {
	deleted: boolean;
	previous: Cohort;
}

export interface CohortGraduation {
	cohort?: number;
	dry_run?: boolean;
	/**
	 * Whether today is before the cohort's end date.
	 */
	early?: boolean;
	ends_on_text?: string;
	criteria?: {
		/**
		 * Sessions the mentee must have attended (0: not asked).
		 */
		min_sessions?: number;
		/**
		 * Whether the mentee must have set at least one goal.
		 */
		goals_set?: boolean;
		/**
		 * Whether a link to the mentee's first contribution must be given.
		 */
		contribution_link?: boolean;
		/**
		 * Whether the mentor must confirm the mentee is ready.
		 */
		mentor_confirmation?: boolean;
	};
	/**
	 * Mentees who graduated (or, in a dry run, would).
	 */
	graduated?: GraduationEntry[];
	/**
	 * Active mentees who did not graduate, each with why.
	 */
	skipped?: GraduationEntry[];
}

export interface CohortOutcomes {
	surveys?: {
		respondents?: {
			start?: number;
			end?: number;
		};
		questions?: {
			key?: string;
			label?: string;
			kind?: 'rating' | 'nps' | 'choice' | 'text';
			start?: number | null;
			end?: number | null;
			change?: number | null;
			respondents?: number;
			suppressed?: boolean;
		}[];
	};
	retention?: {
		days?: number;
		asked?: number;
		answered?: number;
		contributing?: number | null;
		share?: number | null;
		suppressed?: boolean;
	}[];
}

export interface CohortReport {
	cohort: {
		id: number;
		name: string;
		status: 'upcoming' | 'open' | 'closed' | 'running' | 'finished';
		starts_on: string;
		ends_on: string;
	};
	generated_at: string;
	funnel: {
		stage: 'submitted' | 'accepted' | 'active' | 'graduated' | 'placed';
		label: string;
		count: number;
		/**
		 * Share of the step before that reached this one; null for the first step.
		 */
		conversion: number | null;
	}[];
	declined: number;
	waitlisted: number;
	withdrawn: {
		count: number;
		by_stage: {
			stage: string;
			label: string;
			count: number;
		}[];
		reasons: {
			/**
			 * The reason as recorded with the move, or "No reason given".
			 */
			reason: string;
			given: boolean;
			count: number;
		}[];
	};
	graduation: {
		/**
		 * Mentees who started (reached active).
		 */
		started: number;
		graduated: number;
		/**
		 * Graduated of those who started, 0–1; null when nobody started.
		 */
		rate: number | null;
	};
	decision_days: {
		decided: number;
		median: number | null;
		p90: number | null;
	};
	mentor_load: {
		mentors: number;
		assigned: number;
		average: number | null;
		max: number;
		distribution: {
			mentees: number;
			mentors: number;
		}[];
	};
	placements: {
		team: string;
		label: string;
		count: number;
	}[];
	surveys: {
		respondents: {
			start: number;
			end: number;
		};
		questions: {
			key: string;
			label: string;
			kind: string;
			start: number | null;
			end: number | null;
			change: number | null;
			respondents: number;
			suppressed: boolean;
		}[];
	};
	retention: {
		days: number;
		asked: number;
		answered: number;
		contributing: number | null;
		share: number | null;
		suppressed: boolean;
	}[];
}

export interface CohortSchedule {
	rule?: 'none' | 'weekly' | 'monthly';
	weekday?: number;
	/**
	 * @maxItems 5
	 */
	weeks?:
		| []
		| [ number ]
		| [ number, number ]
		| [ number, number, number ]
		| [ number, number, number, number ]
		| [ number, number, number, number, number ];
	/**
	 * @maxItems 6
	 */
	times?:
		| []
		| [ string ]
		| [ string, string ]
		| [ string, string, string ]
		| [ string, string, string, string ]
		| [ string, string, string, string, string ]
		| [ string, string, string, string, string, string ];
	duration?: number;
	title?: string;
}

export interface CohortSession {
	start: string;
	end: string;
	title: string;
}

export interface CohortSessions {
	cohort: number;
	sessions: CohortSession[];
	feed_url: string;
}

export interface CohortStart {
	/**
	 * People who became active.
	 */
	started: number;
	/**
	 * Accepted mentees left out (no mentor yet).
	 */
	skipped: number;
}

export interface ConsentText {
	url?: string;
	version?: string;
}

export interface Event {
	id: number;
	/**
	 * What happened: stage, assign, unassign, note, cohort, edit and so on.
	 */
	event: string;
	from: string;
	to: string;
	note: string;
	rating: number | null;
	author: {
		id: number;
		name: string;
	};
	date: string;
}

export interface EventCode {
	code?: string;
	label?: string;
	starts_on?: string;
	ends_on?: string;
	uses?: number;
	used?: number;
}

export interface EventCodeDeleted {
	deleted: boolean;
}

export interface Funnel {
	/**
	 * Cohort ID, or 0 for every cohort.
	 */
	cohort: number;
	funnel: {
		stage:
			| 'submitted'
			| 'in_review'
			| 'waitlisted'
			| 'accepted'
			| 'active'
			| 'graduated'
			| 'placed'
			| 'declined'
			| 'withdrawn';
		label: string;
		count: number;
		/**
		 * Share of the previous step that reached this one; null for the first step.
		 */
		conversion: number | null;
	}[];
	mentees: {
		current: MenteeStageCounts;
		reached: MenteeStageCounts;
	};
	mentors: {
		current: MentorStageCounts;
		reached: MentorStageCounts;
		capacity: number;
		assigned: number;
	};
	waiting: {
		count: number;
		oldest: string | null;
		oldest_days: number;
	};
	unassigned: number;
	breakdown: {
		team: BreakdownRow[];
		language: BreakdownRow[];
		region: BreakdownRow[];
	};
}

export interface Goal {
	id?: number;
	mentee?: number;
	title?: string;
	status?: 'open' | 'done';
	/**
	 * Week of the cohort the goal is due in.
	 */
	due_week?: number | null;
	revision?: number;
	done_at?: string | null;
	created?: string;
}

export interface Graduate {
	id: number;
	type: 'mentee' | 'mentor';
	name: string;
	stage:
		| 'submitted'
		| 'in_review'
		| 'waitlisted'
		| 'accepted'
		| 'active'
		| 'graduated'
		| 'placed'
		| 'declined'
		| 'withdrawn'
		| 'approved'
		| 'completed';
	stage_label: string;
	cohort: GraduateCohort | null;
	teams: string[];
	placed_team: string;
	has_account: boolean;
	/**
	 * When the graduate was last invited, or empty.
	 */
	invited_at: string;
}

export interface GraduateCohort {
	id: number;
	name: string;
}

export interface Graduation {
	id?: number;
	type?: 'mentee' | 'mentor';
	name?: string;
	stage?: string;
	cohort?: number;
	/**
	 * Whether the mentee's stage allows graduating now.
	 */
	can_graduate?: boolean;
	/**
	 * Whether every criterion of the cohort is met.
	 */
	met?: boolean;
	criteria?: {
		key?:
			| 'sessions'
			| 'goals'
			| 'contribution_link'
			| 'mentor_confirmation';
		label?: string;
		met?: boolean;
		text?: string;
	}[];
	/**
	 * Whether graduating today is before the cohort's end date.
	 */
	early?: boolean;
	ends_on_text?: string;
	progress?: {
		contribution_link?: string;
		mentor_confirmed?: boolean;
		mentor_confirmed_at?: string | null;
		mentor_confirmed_by?: string;
		name_on_certificate?: boolean;
	};
	writable?: (
		| 'contribution_link'
		| 'mentor_confirmed'
		| 'name_on_certificate'
	)[];
	certificate?: {
		application?: number;
		/**
		 * The certificate's private address; anyone with it can verify the certificate.
		 */
		url?: string;
		issued_at?: string;
		revoked?: boolean;
		revoked_at?: string | null;
		revoked_reason?: string;
		revoked_by?: string;
	} | null;
	/**
	 * Link to the mentee's first contribution (empty to remove).
	 */
	contribution_link?: string;
	/**
	 * The mentor confirms the mentee is ready to graduate.
	 */
	mentor_confirmed?: boolean;
	/**
	 * The person agrees to the mentor's name on the mentee's certificate.
	 */
	name_on_certificate?: boolean;
}

export interface GraduationCriteria {
	/**
	 * Sessions the mentee must have attended (0: not asked).
	 */
	min_sessions: number;
	/**
	 * Whether the mentee must have set at least one goal.
	 */
	goals_set: boolean;
	/**
	 * Whether a link to the mentee's first contribution must be given.
	 */
	contribution_link: boolean;
	/**
	 * Whether the mentor must confirm the mentee is ready.
	 */
	mentor_confirmation: boolean;
}

export interface GraduationEntry {
	id?: number;
	name?: string;
	reasons?: string[];
}

export interface MailTemplate {
	enabled?: boolean;
	subject?: string;
	body?: string;
}

export interface MatchApplied {
	/**
	 * Pairs assigned now.
	 */
	applied: number;
	/**
	 * Pairs that were already assigned.
	 */
	unchanged: number;
	failed: {
		mentee_id: number;
		mentor_id: number;
		code: string;
		message: string;
	}[];
	/**
	 * The cohort roster after the change.
	 */
	roster: Roster;
}

export interface MatchFactor {
	points?: number;
	shared?: string[];
}

export interface MatchProposal {
	pairs: {
		mentee_id: number;
		mentor_id: number;
		mentee_name?: string;
		mentor_name?: string;
		score: number;
		pinned: boolean;
		/**
		 * Whether the pair is already assigned.
		 */
		existing: boolean;
		/**
		 * Points per criterion, and what earned them.
		 */
		breakdown?: {
			language?: MatchFactor;
			overlap_hours?: {
				points?: number;
				hours?: number;
				known?: boolean;
			};
			teams?: MatchFactor;
			format?: {
				points?: number;
				wanted?: string;
				offered?: string[];
			};
		};
		explanations: string[];
		reasons_text: string[];
	}[];
	unmatched: {
		mentee_id: number;
		mentee_name?: string;
		reason: string;
		reason_text: string;
		candidates?: number;
	}[];
	excluded: {
		type?: 'mentee' | 'mentor';
		id?: number;
		reason?: string;
	}[];
	warnings: {
		code: string;
		mentee_id?: number;
		mentor_id?: number;
		timezone?: string;
		team?: string;
	}[];
	stats: {
		mentees?: number;
		mentors?: number;
		mentor_capacity?: number;
		matched?: number;
		pinned?: number;
		unmatched?: number;
		total_score?: number;
		mentors_used?: number;
		reference_date?: string;
		algorithm?: 'min_cost_flow' | 'greedy';
		optimal?: boolean;
		top_k?: number;
		allowed_pairs?: number;
		edges?: number;
		rounds?: number;
		settled_nodes?: number;
		seconds?: number;
	};
	total_score: number;
}

export interface Me {
	user: GraduateCohort;
	applications: {
		id: number;
		type: 'mentee' | 'mentor';
		stage:
			| 'submitted'
			| 'in_review'
			| 'waitlisted'
			| 'accepted'
			| 'active'
			| 'graduated'
			| 'placed'
			| 'declined'
			| 'withdrawn'
			| 'approved'
			| 'completed';
		stage_label: string;
		explanation: string;
		pipeline: {
			stage:
				| 'submitted'
				| 'in_review'
				| 'waitlisted'
				| 'accepted'
				| 'active'
				| 'graduated'
				| 'placed'
				| 'declined'
				| 'withdrawn'
				| 'approved'
				| 'completed';
			label: string;
			state: 'done' | 'current' | 'upcoming';
		}[];
		/**
		 * Whether the stage is off the usual path (declined, withdrawn, waitlisted).
		 */
		off_path: boolean;
		cohort: {
			id: number;
			name: string;
			starts_on: string;
			ends_on: string;
			channel_url: string;
		} | null;
		mentor: {
			name: string;
			slack_username: string;
			wporg_username: string;
		} | null;
		mentees: {
			id: number;
			name: string;
			slack_username: string;
		}[];
		next_sessions: CohortSession[];
		can_withdraw: boolean;
		placed_team: string;
		created: string;
	}[];
}

export interface MenteeStageCounts {
	submitted?: number;
	in_review?: number;
	waitlisted?: number;
	accepted?: number;
	active?: number;
	graduated?: number;
	placed?: number;
	declined?: number;
	withdrawn?: number;
}

export interface MentorCandidates {
	mentee?: NamedRef | null;
	current?: NamedRef | null;
	candidates?: {
		mentor?: NamedRef | null;
		/**
		 * Whether the mentor volunteered as a backup in this cohort.
		 */
		backup?: boolean;
		/**
		 * The matcher's score of the pair.
		 */
		score?: number;
		/**
		 * Whether the matcher would pair them (shared language, enough time in common).
		 */
		fits?: boolean;
		free_seats?: number;
		/**
		 * The score's parts (language, overlap_hours, teams, format), each with its points and details, as in the match suggestions.
		 */
		breakdown?: {
			[ k: string ]:
				| {
						points?: number;
						shared?: string[];
						hours?: number;
						known?: boolean;
						wanted?: string;
						offered?: string[];
				  }
				| undefined;
		};
		explanations?: string[];
		reasons_text?: string[];
	}[];
}

export interface MentorChangeRequest {
	by?: 'mentor' | 'mentee';
	mentor?: number;
	reason?: string;
	at?: string;
}

export interface MentorHistory {
	mentee?: number;
	mentor?: NamedRef | null;
	request?: MentorChangeRequest | null;
	history?: {
		mentor?: NamedRef | null;
		started?: string;
		ended?: string | null;
		current?: boolean;
		reason?: '' | 'reassigned' | 'stepped_back' | 'unassigned';
		reason_label?: string;
		/**
		 * The words given with the change; coordinators only.
		 */
		note?: string;
	}[];
}

export interface MentorRequest {
	mentee?: number;
	request?: MentorChangeRequest | null;
}

export interface MentorStageCounts {
	submitted?: number;
	in_review?: number;
	approved?: number;
	active?: number;
	completed?: number;
	declined?: number;
	withdrawn?: number;
}

export interface NamedRef {
	id?: number;
	name?: string;
}

export interface Nudge {
	id: number;
	kind: 'checkin' | 'session' | 'manual';
	/**
	 * Application the reminder went to.
	 */
	person: number;
	/**
	 * Mentee the reminder is about (0: none).
	 */
	about: number;
	cohort: number;
	/**
	 * The queued e-mail.
	 */
	mail_id: number;
	/**
	 * Who nudged (0: the schedule).
	 */
	user_id: number;
	nudged_at: string;
}

export interface NudgeSchedule {
	cohort: number;
	session_reminder: boolean;
	session_hours: number;
	checkin_reminder: boolean;
	quiet_days: number;
}

export interface Roster {
	cohort?: {
		id?: number;
		name?: string;
		slug?: string;
		description?: string;
		opens_at?: string | null;
		closes_at?: string | null;
		starts_on?: string;
		ends_on?: string;
		capacity?: number;
		tracks?: ( 'one-to-one' | 'project-group' | 'cohort-group' )[];
		schedule?: CohortSchedule;
		channel_url?: string;
		/**
		 * Days without a check-in before a pair needs attention; 0 goes back to the default (14).
		 */
		stale_days?: number;
		status?: 'upcoming' | 'open' | 'closed' | 'running' | 'finished';
	};
	mentors?: {
		id?: number;
		name?: string;
		stage?:
			| 'submitted'
			| 'in_review'
			| 'waitlisted'
			| 'accepted'
			| 'active'
			| 'graduated'
			| 'placed'
			| 'declined'
			| 'withdrawn'
			| 'approved'
			| 'completed';
		languages?: string[];
		timezone?: string;
		teams?: string[];
		capacity?: number;
		formats?: string[];
		mentees?: RosterMentee[];
		remaining?: number;
	}[];
	unassigned?: RosterMentee[];
	totals?: {
		mentors?: number;
		mentees?: number;
		assigned?: number;
		unassigned?: number;
		capacity?: number;
	};
	warnings?: {
		code?: 'mentor_full' | 'not_enough_capacity';
		mentor?: number;
		message?: string;
	}[];
	timing?: {
		today?: string;
		starts_on_text?: string;
		ends_on_text?: string;
		days_to_start?: number;
		days_to_end?: number;
		early_start?: boolean;
		early_graduation?: boolean;
		/**
		 * Who started the cohort and when, or null.
		 */
		started?: {
			at?: string;
			at_text?: string;
			user_id?: number;
			user_name?: string;
			early?: boolean;
			days_early?: number;
		} | null;
	};
}

export interface RosterMentee {
	id?: number;
	name?: string;
	stage?:
		| 'submitted'
		| 'in_review'
		| 'waitlisted'
		| 'accepted'
		| 'active'
		| 'graduated'
		| 'placed'
		| 'declined'
		| 'withdrawn'
		| 'approved'
		| 'completed';
	languages?: string[];
	timezone?: string;
	teams?: string[];
	format?: string;
	/**
	 * Track of an assigned mentee.
	 */
	track?: string;
}

export interface Settings {
	/**
	 * Optional form fields that are hidden.
	 */
	hidden_fields?: (
		| 'wporg_username'
		| 'slack_username'
		| 'region'
		| 'contribution_links'
		| 'project_title'
		| 'project_description'
		| 'availability'
		| 'heard_from'
		| 'public_recognition'
	)[];
	/**
	 * Whether applicants must log in.
	 */
	require_login?: boolean;
	/**
	 * Applications allowed per address in the window.
	 */
	rate_limit_count?: number;
	/**
	 * Rate limit window in seconds.
	 */
	rate_limit_window?: number;
	/**
	 * Proxy addresses whose X-Forwarded-For header is trusted.
	 *
	 * @maxItems 20
	 */
	trusted_proxies?:
		| []
		| [ string ]
		| [ string, string ]
		| [ string, string, string ]
		| [ string, string, string, string ]
		| [ string, string, string, string, string ]
		| [ string, string, string, string, string, string ]
		| [ string, string, string, string, string, string, string ]
		| [ string, string, string, string, string, string, string, string ]
		| [
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
		  ]
		| [
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
		  ]
		| [
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
		  ]
		| [
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
		  ]
		| [
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
		  ]
		| [
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
		  ]
		| [
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
		  ]
		| [
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
		  ]
		| [
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
		  ]
		| [
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
		  ]
		| [
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
		  ]
		| [
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
		  ];
	/**
	 * Days after which declined and withdrawn applications are deleted (0 keeps them).
	 */
	retention_days?: number;
	/**
	 * Delete all mentorship data when the plugin is uninstalled.
	 */
	remove_data_on_uninstall?: boolean;
	/**
	 * Address of the code of conduct applicants agree to (empty: none).
	 */
	code_of_conduct_url?: string;
	/**
	 * Address of the privacy notice applicants agree to (empty: none).
	 */
	privacy_notice_url?: string;
	mail_templates?: {
		submitted?: MailTemplate;
		in_review?: MailTemplate;
		accepted?: MailTemplate;
		waitlisted?: MailTemplate;
		declined?: MailTemplate;
		approved?: MailTemplate;
		active?: MailTemplate;
		graduated?: MailTemplate;
		placed?: MailTemplate;
		completed?: MailTemplate;
		withdrawn?: MailTemplate;
		cohort_start?: MailTemplate;
		reassigned_mentee?: MailTemplate;
		reassigned_new_mentor?: MailTemplate;
		mentor_stepped_back?: MailTemplate;
		reassigned_old_mentor?: MailTemplate;
		nudge_checkin?: MailTemplate;
		nudge_session?: MailTemplate;
		survey?: MailTemplate;
		followup?: MailTemplate;
	};
	/**
	 * Most reminder e-mails (nudges) one person gets in seven days; 0 sends none.
	 */
	nudge_weekly_cap?: number;
	/**
	 * Whether coordinators may read individual survey answers (mentors never can).
	 */
	survey_show_answers?: boolean;
	/**
	 * Days after graduation on which graduates are asked whether they still contribute.
	 *
	 * @maxItems 6
	 */
	followup_days?:
		| []
		| [ number ]
		| [ number, number ]
		| [ number, number, number ]
		| [ number, number, number, number ]
		| [ number, number, number, number, number ]
		| [ number, number, number, number, number, number ];
	match_weights?: {
		language?: number;
		overlap?: number;
		teams?: number;
		format?: number;
	};
	/**
	 * Placeholders the e-mail templates may use.
	 */
	placeholders?: (
		| '{name}'
		| '{site}'
		| '{cohort}'
		| '{stage}'
		| '{stage_explanation}'
		| '{status_url}'
		| '{mentor}'
		| '{note}'
		| '{confirm}'
		| '{mentee}'
		| '{previous_mentor}'
		| '{days}'
		| '{session}'
		| '{session_time}'
		| '{opt_out_url}'
		| '{survey}'
		| '{survey_url}'
		| '{closes_on}'
		| '{followup_url}'
	)[];
}

export interface Story {
	id?: number;
	title?: string;
	status?: 'pending' | 'publish' | 'draft' | 'future' | 'private';
	link?: string;
	edit_link?: string;
	author?: StoryAuthor;
	contributor_name?: string;
	wporg_username?: string;
	program_role?: 'mentee' | 'mentor' | 'other';
	consent_confirmed?: boolean;
	teams?: {
		id?: number;
		slug?: string;
		name?: string;
	}[];
	cohort?: StoryAuthor | null;
	/**
	 * Linked application; reviewers only.
	 */
	participant_id?: number;
	date?: string;
	modified?: string;
}

export interface StoryAuthor {
	id?: number;
	name?: string;
}

export interface StoryDraft {
	id: number;
	status: string;
	title: string;
	message: string;
}

export interface StoryInvitation {
	application_id: number;
	queued: boolean;
	invited_at: string;
	share_url: string;
}

export interface Survey {
	id?: number;
	cohort_id?: number;
	audience?: 'mentee' | 'mentor';
	kind?: 'start' | 'midpoint' | 'end' | 'exit';
	title?: string;
	/**
	 * The questions (1 to 20; a choice has 2 to 12 options). They can change only before the survey opens.
	 */
	questions?: {
		key: string;
		kind: 'rating' | 'nps' | 'choice' | 'text';
		label: string;
		required?: boolean;
		options?: string[];
	}[];
	/**
	 * A date (YYYY-MM-DD, UTC); empty for the date that follows from the cohort.
	 */
	opens_on?: string | null;
	/**
	 * A date (YYYY-MM-DD, UTC); empty for the date that follows from the cohort.
	 */
	closes_on?: string | null;
	dates_custom?: boolean;
	status?: 'scheduled' | 'open' | 'closed';
	editable?: boolean;
	/**
	 * How many people answered.
	 */
	answers?: number;
}

export type SurveyAnswers = {
	answers?: {
		[ k: string ]: number | string | undefined;
	};
	updated_at?: string;
}[];

export interface SurveyResults {
	respondents?: number;
	invited?: number;
	questions?: {
		key?: string;
		label?: string;
		kind?: 'rating' | 'nps' | 'choice' | 'text';
		respondents?: number;
		suppressed?: boolean;
		figure?: number | null;
		distribution?: {
			[ k: string ]: number | undefined;
		} | null;
	}[];
}

export interface Team {
	id?: number;
	name?: string;
	slug?: string;
	summary?: string;
	/**
	 * @maxItems 20
	 */
	skills?:
		| []
		| [ string ]
		| [ string, string ]
		| [ string, string, string ]
		| [ string, string, string, string ]
		| [ string, string, string, string, string ]
		| [ string, string, string, string, string, string ]
		| [ string, string, string, string, string, string, string ]
		| [ string, string, string, string, string, string, string, string ]
		| [
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
		  ]
		| [
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
		  ]
		| [
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
		  ]
		| [
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
		  ]
		| [
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
		  ]
		| [
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
		  ]
		| [
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
		  ]
		| [
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
		  ]
		| [
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
		  ]
		| [
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
		  ]
		| [
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
		  ]
		| [
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
		  ];
	/**
	 * @maxItems 20
	 */
	interests?:
		| []
		| [ string ]
		| [ string, string ]
		| [ string, string, string ]
		| [ string, string, string, string ]
		| [ string, string, string, string, string ]
		| [ string, string, string, string, string, string ]
		| [ string, string, string, string, string, string, string ]
		| [ string, string, string, string, string, string, string, string ]
		| [
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
		  ]
		| [
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
		  ]
		| [
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
		  ]
		| [
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
		  ]
		| [
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
		  ]
		| [
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
		  ]
		| [
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
		  ]
		| [
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
		  ]
		| [
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
		  ]
		| [
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
		  ]
		| [
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
		  ]
		| [
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
		  ];
	handbook_url?: string;
	channel?: string;
	meeting_time?: string;
}

export interface TeamDeleted {
	deleted: boolean;
	previous: Team;
}
