<?php
/**
 * The Mentorship Coordinator role and the plugin's capabilities.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program;

defined( 'ABSPATH' ) || exit;

/**
 * Capabilities, who holds them, and the coordinator role.
 *
 * @since 0.1.0
 */
final class Roles {

	public const ROLE = 'mentorship_coordinator';

	/**
	 * Every capability the plugin checks, with what it allows.
	 */
	public const CAPABILITIES = array(
		'mentorship_view_app',        // Open the Mentorship admin app.
		'mentorship_review',          // Read and review every application, add notes and ratings, move stages.
		'mentorship_manage_cohorts',  // Create and edit cohorts, assign, match, start and graduate.
		'mentorship_export',          // Export applications as CSV.
		'mentorship_manage_settings', // Edit teams and settings.
	);

	/**
	 * Adds hooks.
	 *
	 * @since 0.1.0
	 */
	public function register(): void {
		add_action( 'mentorship_program_install_site', array( self::class, 'install' ) );

		add_filter( 'user_has_cap', array( $this, 'grant_mentor_view' ), 10, 4 );
	}

	/**
	 * Creates the coordinator role and gives administrators every capability.
	 *
	 * @since 0.1.0
	 */
	public static function install(): void {
		$caps = array( 'read' => true );
		foreach ( self::CAPABILITIES as $cap ) {
			$caps[ $cap ] = true;
		}
		remove_role( self::ROLE );
		add_role( self::ROLE, __( 'Mentorship Coordinator', 'mentorship-program' ), $caps );
		$admin = get_role( 'administrator' );
		if ( $admin ) {
			foreach ( self::CAPABILITIES as $cap ) {
				$admin->add_cap( $cap );
			}
		}
	}

	/**
	 * Removes the role and the administrators' capabilities.
	 *
	 * @since 0.1.0
	 */
	public static function uninstall(): void {
		remove_role( self::ROLE );
		$admin = get_role( 'administrator' );
		if ( $admin ) {
			foreach ( self::CAPABILITIES as $cap ) {
				$admin->remove_cap( $cap );
			}
		}
	}

	/**
	 * Lets a user with an active or approved mentor record open the app (their own mentees only).
	 *
	 * @since 0.1.0
	 *
	 * @param array<string, bool> $allcaps All capabilities of the user.
	 * @param string[]            $caps    Required primitive capabilities.
	 * @param array<int, mixed>   $args    Arguments: [0] requested cap, [1] user ID.
	 * @param \WP_User            $user    The user.
	 * @return array<string, bool>
	 */
	public function grant_mentor_view( array $allcaps, array $caps, array $args, \WP_User $user ): array {
		if ( ! in_array( 'mentorship_view_app', $caps, true ) || ! empty( $allcaps['mentorship_view_app'] ) || ! $user->ID ) {
			return $allcaps;
		}
		if ( class_exists( Mentorship\Mentor_Directory::class ) && Mentorship\Mentor_Directory::user_is_mentor( (int) $user->ID ) ) {
			$allcaps['mentorship_view_app'] = true;
		}
		return $allcaps;
	}
}
