<?php
/**
 * Shared frame of a feature's registration.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program;

defined( 'ABSPATH' ) || exit;

use Mentorship_Program\Applications\Post_Types;

/**
 * Wires one feature: its parts that add their own hooks (tables, privacy, forms), its
 * mentorship/v1 controllers, and the hooks of its own. No business logic here.
 *
 * @since 0.3.0
 */
abstract class Feature {

	/**
	 * Adds hooks.
	 *
	 * @since 0.3.0
	 */
	public function register(): void {
		foreach ( $this->parts() as $part ) {
			$part->register();
		}
		add_filter( 'mentorship_program_rest_controllers', array( $this, 'add_controllers' ) );
		$this->add_hooks();
	}

	/**
	 * The feature's parts that add their own hooks.
	 *
	 * @since 0.3.0
	 *
	 * @return object[] Objects with a register() method.
	 */
	protected function parts(): array {
		return array();
	}

	/**
	 * The feature's mentorship/v1 controllers.
	 *
	 * @since 0.3.0
	 *
	 * @return object[]
	 */
	protected function controllers(): array {
		return array();
	}

	/**
	 * Adds the feature's own hooks.
	 *
	 * @since 0.3.0
	 */
	protected function add_hooks(): void {
	}

	/**
	 * Adds this feature's mentorship/v1 controllers.
	 *
	 * @since 0.3.0
	 *
	 * @param array<int, object> $controllers Controllers.
	 * @return array<int, object>
	 */
	public function add_controllers( array $controllers ): array {
		return array_merge( $controllers, $this->controllers() );
	}

	/**
	 * When an application is deleted for good, deletes what the feature keeps about it
	 * (hooked by the features that keep something).
	 *
	 * @since 0.3.0
	 *
	 * @param int $post_id Post.
	 */
	public function forget_application( $post_id ): void {
		if ( '' !== Post_Types::type_of( (string) get_post_type( (int) $post_id ) ) ) {
			$this->forget( (int) $post_id );
		}
	}

	/**
	 * Deletes what the feature keeps about an application.
	 *
	 * @since 0.3.0
	 *
	 * @param int $application_id Application.
	 */
	protected function forget( int $application_id ): void {
		unset( $application_id );
	}
}
