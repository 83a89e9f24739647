<?php
/**
 * The "My mentorship" forms without JavaScript: a check-in, a new goal, a goal done.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Mentorship;

defined( 'ABSPATH' ) || exit;

use Mentorship_Program\Blocks\Member_Form_Handler;

/**
 * Reads a plain POST of the block's forms, checks the nonce, and calls the services.
 * A success redirects back (so a reload does not post twice) with a flag the block
 * turns into a message; a refusal keeps the values and errors for the block to show
 * by their fields.
 *
 * @since 0.2.0
 */
final class Form_Handler extends Member_Form_Handler {

	/**
	 * Nonce action of the block's forms.
	 */
	public const NONCE_ACTION = 'mentorship_my_mentorship';

	/**
	 * The actions the forms post.
	 */
	public const ACTIONS = array( 'log_checkin', 'add_goal', 'goal_done' );

	/**
	 * Logs a check-in, adds a goal or marks one done.
	 *
	 * @since 0.2.0
	 *
	 * @param string               $action  Action.
	 * @param int                  $target  Mentee the form is about.
	 * @param array<string, mixed> $post    Posted values (unslashed).
	 * @param int                  $user_id Current user.
	 * @return array{0: array<string, mixed>, 1: mixed}
	 */
	protected static function save( string $action, int $target, array $post, int $user_id ): array {
		$text = static fn( string $key ): string => isset( $post[ $key ] ) && is_string( $post[ $key ] ) ? $post[ $key ] : '';
		if ( 'log_checkin' === $action ) {
			$mentees   = isset( $post['mentees'] ) && is_array( $post['mentees'] ) ? array_values( array_map( 'absint', $post['mentees'] ) ) : array( $target );
			$attendees = isset( $post['attendees'] ) && is_array( $post['attendees'] ) ? array_values( array_map( 'absint', $post['attendees'] ) ) : array();
			$values    = array(
				'held_on'      => $text( 'held_on' ),
				'kind'         => $text( 'kind' ),
				'mentees'      => $mentees,
				'attendees'    => $attendees,
				'covered'      => $text( 'covered' ),
				'next_steps'   => $text( 'next_steps' ),
				'needs_help'   => ! empty( $post['needs_help'] ),
				'private_note' => $text( 'private_note' ),
			);
			$stored    = Checkins::create( $values, $user_id );
		} elseif ( 'add_goal' === $action ) {
			$values = array(
				'title'    => $text( 'title' ),
				'due_week' => $text( 'due_week' ),
			);
			$stored = Goals::create( $target, $values, $user_id );
		} else {
			$values = array( 'status' => 'done' );
			$goal   = isset( $post['goal'] ) && is_scalar( $post['goal'] ) ? absint( $post['goal'] ) : 0;
			$stored = Goals::update( $goal, $values, $user_id );
		}
		return array( $values, $stored );
	}

}
