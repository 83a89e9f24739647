/**
 * Ranks contributor teams for a newcomer from what they enjoy, how much time they
 * have and how much they have contributed, and says why each team fits.
 */

export type Team = {
	slug: string;
	name: string;
	summary: string;
	skills: string[];
	interests: string[];
	handbook: string;
	channel: string;
	meeting: string;
};

export type Experience = '' | 'new' | 'user' | 'some_contributions';

export type Answers = {
	/** Interest keys the person enjoys: code, design, writing, … */
	interests: string[];
	/** Hours a week they can give, or 0 when not said. */
	hours: number;
	experience: Experience;
};

export type RankedTeam = {
	team: Team;
	score: number;
	/** The person's interests this team works on, in the person's order. */
	matched: string[];
	/** Whether the team is an easy first step for someone without contributions. */
	newcomerFriendly: boolean;
};

/** Points for each interest a team shares with the person. */
export const INTEREST_POINTS = 10;

/** Up to this many points for a team that does mostly what the person enjoys. */
export const FOCUS_POINTS = 5;

/** Points for a team that welcomes people with no contributions yet. */
export const NEWCOMER_POINTS = 3;

/**
 * Kinds of work someone can start on without prior contributions.
 */
export const NEWCOMER_INTERESTS = [
	'translating',
	'testing',
	'support',
	'writing',
	'photography',
	'events',
];

/**
 * Scores every team that shares at least one interest with the person, best first.
 * Ties go to the team with the fewer other interests (more focused), then by name.
 *
 * @param teams   Teams.
 * @param answers The person's answers.
 * @return Ranked teams that fit at all.
 */
export function rankTeams( teams: Team[], answers: Answers ): RankedTeam[] {
	const wanted = answers.interests.filter(
		( interest, index, all ) => all.indexOf( interest ) === index
	);
	if ( ! wanted.length ) {
		return [];
	}
	const starting =
		answers.experience === 'new' || answers.experience === 'user';
	const ranked: RankedTeam[] = [];
	for ( const team of teams ) {
		const matched = wanted.filter( ( interest ) =>
			team.interests.includes( interest )
		);
		if ( ! matched.length ) {
			continue;
		}
		const focus = matched.length / Math.max( team.interests.length, 1 );
		const newcomerFriendly = team.interests.some( ( interest ) =>
			NEWCOMER_INTERESTS.includes( interest )
		);
		const score =
			matched.length * INTEREST_POINTS +
			Math.round( focus * FOCUS_POINTS ) +
			( starting && newcomerFriendly ? NEWCOMER_POINTS : 0 );
		ranked.push( { team, score, matched, newcomerFriendly } );
	}
	return ranked.sort(
		( a, b ) =>
			b.score - a.score ||
			a.team.interests.length - b.team.interests.length ||
			a.team.name.localeCompare( b.team.name )
	);
}

/**
 * How many teams to suggest applying with, for the time someone has: one team for a
 * couple of hours a week, two up to five hours, three beyond.
 *
 * @param hours Hours a week, 0 when not said.
 * @return Number of teams.
 */
export function suggestionCount( hours: number ): number {
	if ( hours > 0 && hours <= 2 ) {
		return 1;
	}
	if ( hours > 0 && hours <= 5 ) {
		return 2;
	}
	return 3;
}
