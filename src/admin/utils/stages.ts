/**
 * Stage names and labels, as the server names them (Domain/Stages.php).
 */

/**
 * WordPress dependencies
 */
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import type { ApplicationType, Stage } from '../../shared/types';

export const STAGES: Record< ApplicationType, Stage[] > = {
	mentee: [
		'submitted',
		'in_review',
		'accepted',
		'waitlisted',
		'declined',
		'active',
		'graduated',
		'placed',
		'withdrawn',
	],
	mentor: [
		'submitted',
		'in_review',
		'approved',
		'declined',
		'active',
		'completed',
		'withdrawn',
	],
};

/**
 * The human label of a stage.
 *
 * @param stage Stage.
 * @return Label.
 */
export function stageLabel( stage: Stage | string ): string {
	const labels: Record< string, string > = {
		submitted: __( 'Submitted', 'mentorship-program' ),
		in_review: __( 'In review', 'mentorship-program' ),
		accepted: __( 'Accepted', 'mentorship-program' ),
		waitlisted: __( 'Waitlisted', 'mentorship-program' ),
		declined: __( 'Declined', 'mentorship-program' ),
		active: __( 'Active', 'mentorship-program' ),
		graduated: __( 'Graduated', 'mentorship-program' ),
		placed: __( 'Placed with a team', 'mentorship-program' ),
		withdrawn: __( 'Withdrawn', 'mentorship-program' ),
		approved: __( 'Approved', 'mentorship-program' ),
		completed: __( 'Completed', 'mentorship-program' ),
	};
	return labels[ stage ] ?? stage;
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
