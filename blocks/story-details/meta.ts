/**
 * The story meta the details and timeline blocks edit (registered in
 * includes/Stories/Story_Post_Type.php).
 */

export const STORY_POST_TYPE = 'mentorship_story';

export type ProgramRole = 'mentee' | 'mentor' | 'other';

export type MilestoneKind =
	| 'first_contribution'
	| 'joined_cohort'
	| 'graduated'
	| 'joined_team'
	| 'first_release'
	| 'other';

export type Milestone = {
	/** YYYY-MM-DD. */
	date: string;
	/** At most Program_Rules lengths.story_milestone characters. */
	label: string;
	kind: MilestoneKind;
};

export type StoryMeta = {
	contributor_name?: string;
	wporg_username?: string;
	program_role?: ProgramRole;
	languages?: string[];
	location?: string;
	consent_confirmed?: boolean;
	milestones?: Milestone[];
	[ key: string ]: unknown;
};

export type StoryContext = {
	postId?: number;
	postType?: string;
};
