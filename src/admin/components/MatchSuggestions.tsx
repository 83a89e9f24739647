/**
 * The matching engine's proposal for a cohort: each pair with its score and reasons,
 * to pin or reject, suggest again, and apply.
 */

/**
 * WordPress dependencies
 */
import { Button } from '@wordpress/components';
import { useDispatch } from '@wordpress/data';
import { useState } from '@wordpress/element';
import { __, _n, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { InlineNotice } from './States';
import DataTable from './DataTable';
import Section from './Section';
import type { MatchProposal, Roster } from '../../shared/types';
import { store } from '../store';

type Choice = 'pinned' | 'rejected';

const pairKey = ( mentee: number, mentor: number ) => `${ mentee }:${ mentor }`;

/**
 * The pairs to send when applying: every pair not rejected.
 *
 * @param proposal Proposal.
 * @param choices  Pair key => choice.
 * @return Pairs.
 */
export function pairsToApply(
	proposal: MatchProposal,
	choices: Record< string, Choice >
): Array< { mentee_id: number; mentor_id: number } > {
	return proposal.pairs
		.filter(
			( pair ) =>
				choices[ pairKey( pair.mentee_id, pair.mentor_id ) ] !==
				'rejected'
		)
		.map( ( pair ) => ( {
			mentee_id: pair.mentee_id,
			mentor_id: pair.mentor_id,
		} ) );
}

export default function MatchSuggestions( {
	cohortId,
	proposal,
	roster,
}: {
	cohortId: number;
	proposal: MatchProposal;
	roster: Roster;
} ) {
	const [ choices, setChoices ] = useState< Record< string, Choice > >( {} );
	const [ busy, setBusy ] = useState( false );
	const { applyMatches, suggestMatches, receiveMatches } =
		useDispatch( store );
	const menteeName = ( id: number ) =>
		[
			...roster.unassigned,
			...roster.mentors.flatMap( ( mentor ) => mentor.mentees ),
		].find( ( mentee ) => mentee.id === id )?.name ?? `#${ id }`;
	const mentorName = ( id: number ) =>
		roster.mentors.find( ( mentor ) => mentor.id === id )?.name ??
		`#${ id }`;

	const toggle = ( key: string, choice: Choice ) =>
		setChoices( ( current ) => {
			const next = { ...current };
			if ( next[ key ] === choice ) {
				delete next[ key ];
			} else {
				next[ key ] = choice;
			}
			return next;
		} );

	const keyed = ( choice: Choice ) =>
		Object.entries( choices )
			.filter( ( [ , value ] ) => value === choice )
			.map(
				( [ key ] ) =>
					key.split( ':' ).map( Number ) as [ number, number ]
			);

	const toApply = pairsToApply( proposal, choices );

	return (
		<Section
			id="mentorship-matches-title"
			title={ __( 'Suggested matches', 'mentorship-program' ) }
			className="mentorship-matches"
		>
			<p>
				{ sprintf(
					/* translators: 1: number of pairs, 2: total score. */
					_n(
						'%1$d pair, total score %2$s.',
						'%1$d pairs, total score %2$s.',
						proposal.pairs.length,
						'mentorship-program'
					),
					proposal.pairs.length,
					String( Math.round( proposal.total_score * 100 ) / 100 )
				) }
			</p>
			{ proposal.pairs.length === 0 && (
				<InlineNotice status="info">
					{ __(
						'The engine found no pairs to suggest.',
						'mentorship-program'
					) }
				</InlineNotice>
			) }
			{ proposal.pairs.length > 0 && (
				<DataTable
					columns={ [
						__( 'Mentee', 'mentorship-program' ),
						__( 'Mentor', 'mentorship-program' ),
						__( 'Score', 'mentorship-program' ),
						__( 'Why', 'mentorship-program' ),
						__( 'Decision', 'mentorship-program' ),
					] }
				>
					{ proposal.pairs.map( ( pair ) => {
						const key = pairKey( pair.mentee_id, pair.mentor_id );
						const choice = choices[ key ];
						return (
							<tr
								key={ key }
								className={
									choice ? `is-${ choice }` : undefined
								}
							>
								<td>
									{ pair.mentee_name ||
										menteeName( pair.mentee_id ) }
									{ pair.existing && (
										<span className="mentorship-roster__meta">
											{ ' ' }
											{ __(
												'(already assigned)',
												'mentorship-program'
											) }
										</span>
									) }
								</td>
								<td>
									{ pair.mentor_name ||
										mentorName( pair.mentor_id ) }
								</td>
								<td>
									{ Math.round( pair.score * 100 ) / 100 }
								</td>
								<td>
									<ul className="mentorship-matches__reasons">
										{ (
											pair.reasons_text ??
											pair.reasons ??
											pair.explanations ??
											[]
										).map( ( reason ) => (
											<li key={ reason }>{ reason }</li>
										) ) }
									</ul>
								</td>
								<td className="mentorship-matches__decision">
									<Button
										size="small"
										variant={
											choice === 'pinned'
												? 'primary'
												: 'secondary'
										}
										aria-pressed={ choice === 'pinned' }
										onClick={ () =>
											toggle( key, 'pinned' )
										}
									>
										{ __( 'Pin', 'mentorship-program' ) }
									</Button>
									<Button
										size="small"
										variant="secondary"
										isDestructive
										aria-pressed={ choice === 'rejected' }
										onClick={ () =>
											toggle( key, 'rejected' )
										}
									>
										{ choice === 'rejected'
											? __(
													'Rejected',
													'mentorship-program'
											  )
											: __(
													'Reject',
													'mentorship-program'
											  ) }
									</Button>
								</td>
							</tr>
						);
					} ) }
				</DataTable>
			) }
			{ proposal.unmatched.length > 0 && (
				<>
					<h4>{ __( 'Not matched', 'mentorship-program' ) }</h4>
					<ul>
						{ proposal.unmatched.map( ( item ) => (
							<li
								key={ item.mentee_id }
								data-reason={ item.reason }
							>
								{ item.mentee_name ||
									menteeName( item.mentee_id ) }
								: { item.reason_text || item.reason }
							</li>
						) ) }
					</ul>
				</>
			) }
			<div className="mentorship-admin-form__buttons">
				<Button
					variant="tertiary"
					onClick={ () => receiveMatches( cohortId, null ) }
					disabled={ busy }
				>
					{ __( 'Discard', 'mentorship-program' ) }
				</Button>
				<Button
					variant="secondary"
					disabled={ busy }
					onClick={ async () => {
						setBusy( true );
						await suggestMatches( cohortId, {
							pins: keyed( 'pinned' ),
							forbidden: keyed( 'rejected' ),
						} );
						setChoices( {} );
						setBusy( false );
					} }
				>
					{ __( 'Suggest again', 'mentorship-program' ) }
				</Button>
				<Button
					variant="primary"
					isBusy={ busy }
					disabled={ busy || toApply.length === 0 }
					accessibleWhenDisabled
					onClick={ async () => {
						setBusy( true );
						await applyMatches( cohortId, toApply );
						setBusy( false );
					} }
				>
					{ sprintf(
						/* translators: %d: number of pairs. */
						_n(
							'Apply %d pair',
							'Apply %d pairs',
							toApply.length,
							'mentorship-program'
						),
						toApply.length
					) }
				</Button>
			</div>
		</Section>
	);
}
