<?php
/**
 * Wires backup mentors, reassignment and the mentor history.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Reassignment;

defined( 'ABSPATH' ) || exit;

use Mentorship_Program\Feature;

/**
 * Adds the hooks of this feature. No business logic here.
 *
 * @since 0.3.0
 */
final class Registration extends Feature {

	/**
	 * The feature's parts that add their own hooks.
	 *
	 * @since 0.3.0
	 *
	 * @return object[]
	 */
	protected function parts(): array {
		return array( new Schema(), new Personal_Data(), new Form_Handler() );
	}

	/**
	 * This feature's mentorship/v1 controllers.
	 *
	 * @since 0.3.0
	 *
	 * @return object[]
	 */
	protected function controllers(): array {
		return array( new REST\Reassignment_Controller() );
	}

	/**
	 * Adds the feature's own hooks.
	 *
	 * @since 0.3.0
	 */
	protected function add_hooks(): void {
		add_action( 'mentorship_program_assigned', array( $this, 'open_span' ), 10, 2 );
		add_action( 'mentorship_program_unassigned', array( $this, 'close_span' ), 10, 2 );
		add_action( 'before_delete_post', array( $this, 'forget_application' ) );
	}

	/**
	 * Opens a history span for any new assignment (matching, roster, reassignment).
	 *
	 * @since 0.3.0
	 *
	 * @param int $mentee_id Mentee application.
	 * @param int $mentor_id Mentor application.
	 */
	public function open_span( $mentee_id, $mentor_id ): void {
		History::start( (int) $mentee_id, (int) $mentor_id );
	}

	/**
	 * Closes the span of an assignment removed outside a reassignment.
	 *
	 * @since 0.3.0
	 *
	 * @param int $mentee_id Mentee application.
	 * @param int $mentor_id Mentor application.
	 */
	public function close_span( $mentee_id, $mentor_id ): void {
		History::end( (int) $mentee_id, (int) $mentor_id, 'unassigned', '', get_current_user_id() );
	}

	/**
	 * Deletes the mentor history of an application.
	 *
	 * @since 0.3.0
	 *
	 * @param int $application_id Application.
	 */
	protected function forget( int $application_id ): void {
		History::delete_for( $application_id );
	}
}
