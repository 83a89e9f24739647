/**
 * Stages and their labels, as the server names them (Applications/Stages.php, sent in the
 * boot data by Program_Rules): the app keeps no list of its own.
 */

/**
 * WordPress dependencies
 */
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import type { ApplicationType, Stage } from '../../shared/types';
import { getBootData } from './boot';

/**
 * The stages of one application type, in the server's order.
 *
 * @param type mentee or mentor.
 * @return Stages.
 */
export function stagesOf( type: ApplicationType ): Stage[] {
	return ( getBootData().rules.stages[ type ] ?? [] ).map(
		( rule ) => rule.stage as Stage
	);
}

/**
 * Whether a person's mentorship runs in a stage (Stages::RUNNING): a mentee from
 * acceptance to graduation, a mentor from approval until they complete.
 *
 * @param type  mentee or mentor.
 * @param stage Stage.
 * @return Whether it runs.
 */
export function isRunning( type: ApplicationType, stage: string ): boolean {
	return ( getBootData().rules.running?.[ type ] ?? [] ).includes( stage );
}

/**
 * Whether a stage comes after a mentorship that ended as planned (Stages::FINISHED).
 *
 * @param type  mentee or mentor.
 * @param stage Stage.
 * @return Whether it is finished.
 */
export function isFinished( type: ApplicationType, stage: string ): boolean {
	return ( getBootData().rules.finished?.[ type ] ?? [] ).includes( stage );
}

/**
 * The human label of a stage, in the site's language.
 *
 * @param stage Stage.
 * @return Label, or the stage itself when the server does not know it.
 */
export function stageLabel( stage: Stage | string ): string {
	const { stages } = getBootData().rules;
	for ( const type of Object.keys( stages ) as ApplicationType[] ) {
		const rule = stages[ type ].find( ( item ) => item.stage === stage );
		if ( rule ) {
			return rule.label;
		}
	}
	return stage;
}

/**
 * The label of the button that moves an application to a stage.
 *
 * @param stage Target stage.
 * @return Verb phrase.
 */
export function moveLabel( stage: Stage | string ): string {
	const labels: Record< string, string > = {
		in_review: __( 'Start review', 'mentorship-program' ),
		accepted: __( 'Accept', 'mentorship-program' ),
		waitlisted: __( 'Waitlist', 'mentorship-program' ),
		declined: __( 'Decline', 'mentorship-program' ),
		active: __( 'Make active', 'mentorship-program' ),
		graduated: __( 'Graduate', 'mentorship-program' ),
		placed: __( 'Place with a team', 'mentorship-program' ),
		withdrawn: __( 'Withdraw', 'mentorship-program' ),
		approved: __( 'Approve', 'mentorship-program' ),
		completed: __( 'Complete', 'mentorship-program' ),
	};
	return labels[ stage ] ?? stageLabel( stage );
}
