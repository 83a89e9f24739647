<?php
/**
 * Wires the running-cohort feature: storage, REST routes, the block's form, privacy, CLI.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Mentorship;

defined( 'ABSPATH' ) || exit;

use Mentorship_Program\Feature;

/**
 * Adds the hooks of check-ins, goals and "needs attention". No business logic here.
 *
 * @since 0.2.0
 */
final class Registration extends Feature {

	/**
	 * The feature's parts that add their own hooks.
	 *
	 * @since 0.2.0
	 *
	 * @return object[]
	 */
	protected function parts(): array {
		return array( new Schema(), new Personal_Data(), new Form_Handler(), new Last_Seen() );
	}

	/**
	 * This feature's mentorship/v1 controllers.
	 *
	 * @since 0.2.0
	 *
	 * @return object[]
	 */
	protected function controllers(): array {
		return array( new REST\Checkins_Controller(), new REST\Goals_Controller(), new REST\Attention_Controller() );
	}

	/**
	 * Adds the feature's own hooks.
	 *
	 * @since 0.2.0
	 */
	protected function add_hooks(): void {
		add_action( 'before_delete_post', array( $this, 'forget_application' ) );
		if ( defined( 'WP_CLI' ) && WP_CLI && class_exists( '\WP_CLI' ) ) {
			\WP_CLI::add_command( 'mentorship attention', Attention_Command::class );
		}
	}

	/**
	 * Deletes the check-ins and goals of an application.
	 *
	 * @since 0.2.0
	 *
	 * @param int $application_id Application.
	 */
	protected function forget( int $application_id ): void {
		Checkins::delete_for( $application_id );
		Goals::delete_for( $application_id );
	}
}
