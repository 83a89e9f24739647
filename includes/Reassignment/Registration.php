<?php
/**
 * Wires backup mentors, reassignment and the mentor history.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Reassignment;

defined( 'ABSPATH' ) || exit;

use Mentorship_Program\Applications\Post_Types;

/**
 * Adds the hooks of this feature. No business logic here.
 *
 * @since 0.3.0
 */
final class Registration {

	/**
	 * Adds hooks.
	 *
	 * @since 0.3.0
	 */
	public function register(): void {
		( new Schema() )->register();
		( new Personal_Data() )->register();
		( new Form_Handler() )->register();
		add_filter( 'mentorship_program_rest_controllers', array( $this, 'add_controllers' ) );
		add_action( 'mentorship_program_assigned', array( $this, 'open_span' ), 10, 2 );
		add_action( 'mentorship_program_unassigned', array( $this, 'close_span' ), 10, 2 );
		add_action( 'before_delete_post', array( $this, 'forget_application' ) );
	}

	/**
	 * Adds this feature's mentorship/v1 controller.
	 *
	 * @since 0.3.0
	 *
	 * @param array<int, object> $controllers Controllers.
	 * @return array<int, object>
	 */
	public function add_controllers( array $controllers ): array {
		$controllers[] = new REST\Reassignment_Controller();
		return $controllers;
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
	 * Deletes the history of an application that is deleted for good.
	 *
	 * @since 0.3.0
	 *
	 * @param int $post_id Post.
	 */
	public function forget_application( $post_id ): void {
		if ( '' === Post_Types::type_of( (string) get_post_type( (int) $post_id ) ) ) {
			return;
		}
		History::delete_for( (int) $post_id );
	}
}
