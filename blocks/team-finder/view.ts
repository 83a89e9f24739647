/**
 * The team finder in the browser: ranks the teams printed with the block from the
 * answers given, says why each fits, and ticks the suggested teams in the "Apply with
 * these teams" form (a plain GET form to the application form, which works without it).
 */

/**
 * WordPress dependencies
 */
import { store, getContext, withSyncEvent } from '@wordpress/interactivity';

/**
 * Internal dependencies
 */
import {
	rankTeams,
	suggestionCount,
	type Experience,
	type RankedTeam,
	type Team,
} from '../../src/shared/team-scoring';
import { fillTemplate } from '../../src/shared/validation';
import { localeFrom } from '../../src/shared/time';

type FinderContext = {
	teams: Team[];
	interests: string[];
	hours: number;
	experience: Experience;
	formUrl: string;
	/** Teams ticked by hand; null until the person ticks or unticks one. */
	chosen: string[] | null;
	js: boolean;
};

type Item = {
	slug: string;
	name: string;
	summary: string;
	why: string;
	handbook: string;
	handbookText: string;
	channel: string;
	meeting: string;
	skills: string;
	chooseText: string;
	chosen: boolean;
};

type Texts = {
	allTitle: string;
	fitTitle: string;
	because: string;
	newcomer: string;
	handbookText: string;
	chooseText: string;
	pick: string;
	none: string;
	found: string;
	foundOne: string;
};

type FinderState = {
	texts: Texts;
	labels: Record< string, string >;
	readonly ranked: Item[];
	readonly resultsTitle: string;
	readonly summary: string;
};

function joinList( items: string[] ): string {
	try {
		return new Intl.ListFormat(
			localeFrom( document.documentElement.lang ),
			{ type: 'conjunction' }
		).format( items );
	} catch {
		return items.join( ', ' );
	}
}

function rank( context: FinderContext ): RankedTeam[] {
	return rankTeams( context.teams, {
		interests: context.interests,
		hours: context.hours,
		experience: context.experience,
	} );
}

/**
 * The teams ticked for the application: those ticked by hand, else the suggestions.
 *
 * @param context Finder context.
 * @return Team slugs.
 */
function chosenTeams( context: FinderContext ): string[] {
	if ( context.chosen ) {
		return context.chosen;
	}
	if ( ! context.interests.length ) {
		return [];
	}
	return rank( context )
		.slice( 0, suggestionCount( context.hours ) )
		.map( ( ranked ) => ranked.team.slug );
}

const { state } = store( 'mentorship-program/team-finder', {
	state: {
		get ranked(): Item[] {
			const context = getContext< FinderContext >();
			const chosen = chosenTeams( context );
			const item = ( team: Team, why: string ): Item => ( {
				slug: team.slug,
				name: team.name,
				summary: team.summary,
				why,
				handbook: team.handbook,
				handbookText: fillTemplate(
					state.texts.handbookText,
					team.name
				),
				channel: team.channel,
				meeting: team.meeting,
				skills: team.skills.join( ', ' ),
				chooseText: fillTemplate( state.texts.chooseText, team.name ),
				chosen: chosen.includes( team.slug ),
			} );
			if ( ! context.interests.length ) {
				return context.teams.map( ( team ) => item( team, '' ) );
			}
			const starting =
				context.experience === 'new' || context.experience === 'user';
			return rank( context ).map( ( ranked ) => {
				let why = fillTemplate(
					state.texts.because,
					joinList(
						ranked.matched.map(
							( key ) => state.labels[ key ] || key
						)
					)
				);
				if ( starting && ranked.newcomerFriendly ) {
					why += ` ${ state.texts.newcomer }`;
				}
				return item( ranked.team, why );
			} );
		},
		get resultsTitle(): string {
			return getContext< FinderContext >().interests.length
				? state.texts.fitTitle
				: state.texts.allTitle;
		},
		get summary(): string {
			const context = getContext< FinderContext >();
			if ( ! context.js ) {
				return '';
			}
			if ( ! context.interests.length ) {
				return state.texts.pick;
			}
			const count = rank( context ).length;
			if ( ! count ) {
				return state.texts.none;
			}
			if ( count === 1 ) {
				return state.texts.foundOne;
			}
			return fillTemplate(
				state.texts.found,
				count,
				Math.min( count, suggestionCount( context.hours ) )
			);
		},
	} as FinderState,
	actions: {
		toggleInterest( event: Event ) {
			const context = getContext< FinderContext >();
			const box = event.target as HTMLInputElement;
			const others = context.interests.filter(
				( key ) => key !== box.value
			);
			context.interests = box.checked ? [ ...others, box.value ] : others;
		},
		setHours( event: Event ) {
			const value = Number( ( event.target as HTMLInputElement ).value );
			getContext< FinderContext >().hours =
				Number.isInteger( value ) && value > 0 ? value : 0;
		},
		setExperience( event: Event ) {
			getContext< FinderContext >().experience = (
				event.target as HTMLInputElement
			 ).value as Experience;
		},
		toggleTeam( event: Event ) {
			const context = getContext< FinderContext >();
			const box = event.target as HTMLInputElement;
			const others = chosenTeams( context ).filter(
				( slug ) => slug !== box.value
			);
			context.chosen = box.checked ? [ ...others, box.value ] : others;
		},
		stay: withSyncEvent( ( event: Event ) => {
			event.preventDefault();
		} ),
	},
	callbacks: {
		start() {
			getContext< FinderContext >().js = true;
		},
	},
} );
