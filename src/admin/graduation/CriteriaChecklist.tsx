/**
 * A mentee's graduation criteria, each met or not, in words.
 */

/**
 * WordPress dependencies
 */
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import type { CriterionResult } from './types';
import './graduation.scss';

/**
 * The checklist.
 *
 * @param props          Props.
 * @param props.criteria The criteria and whether each is met.
 * @return List.
 */
export default function CriteriaChecklist( {
	criteria,
}: {
	criteria: CriterionResult[];
} ) {
	if ( criteria.length === 0 ) {
		return (
			<p className="mentorship-criteria__none">
				{ __(
					'This cohort sets no graduation criteria, so every criterion is met.',
					'mentorship-program'
				) }
			</p>
		);
	}
	return (
		<ul className="mentorship-criteria">
			{ criteria.map( ( criterion ) => (
				<li
					key={ criterion.key }
					className={
						'mentorship-criteria__item ' +
						( criterion.met ? 'is-met' : 'is-unmet' )
					}
					data-criterion={ criterion.key }
				>
					<span
						className="mentorship-criteria__mark"
						aria-hidden="true"
					>
						{ criterion.met ? '✓' : '✗' }
					</span>
					<span>
						<strong>
							{ criterion.met
								? __( 'Met:', 'mentorship-program' )
								: __( 'Not met:', 'mentorship-program' ) }
						</strong>{ ' ' }
						{ criterion.label }
						<span className="mentorship-criteria__detail">
							{ ' — ' }
							{ criterion.text }
						</span>
					</span>
				</li>
			) ) }
		</ul>
	);
}
