<?php
/**
 * Wires the running-cohort feature: storage, REST routes, the block's form, privacy, CLI.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Mentorship;

defined( 'ABSPATH' ) || exit;

/**
 * Adds the hooks of check-ins, goals and "needs attention". No business logic here.
 *
 * @since 0.2.0
 */
final class Registration {

	/**
	 * Adds hooks.
	 *
	 * @since 0.2.0
	 */
	public function register(): void {
		( new Schema() )->register();
		( new Personal_Data() )->register();
		( new Form_Handler() )->register();
		( new Last_Seen() )->register();
		add_filter( 'mentorship_program_rest_controllers', array( $this, 'add_controllers' ) );
		add_action( 'before_delete_post', array( $this, 'forget_application' ) );
		if ( defined( 'WP_CLI' ) && WP_CLI && class_exists( '\WP_CLI' ) ) {
			\WP_CLI::add_command( 'mentorship attention', Attention_Command::class );
		}
	}

	/**
	 * Adds this feature's mentorship/v1 controllers.
	 *
	 * @since 0.2.0
	 *
	 * @param array<int, object> $controllers Controllers.
	 * @return array<int, object>
	 */
	public function add_controllers( array $controllers ): array {
		$controllers[] = new REST\Checkins_Controller();
		$controllers[] = new REST\Goals_Controller();
		$controllers[] = new REST\Attention_Controller();
		return $controllers;
	}

	/**
	 * Deletes check-ins and goals of an application that is deleted for good.
	 *
	 * @since 0.2.0
	 *
	 * @param int $post_id Post.
	 */
	public function forget_application( $post_id ): void {
		$type = \Mentorship_Program\Applications\Post_Types::type_of( (string) get_post_type( (int) $post_id ) );
		if ( '' === $type ) {
			return;
		}
		Checkins::delete_for( (int) $post_id );
		Goals::delete_for( (int) $post_id );
	}
}
