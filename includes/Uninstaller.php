<?php
/**
 * Removes the plugin's data on uninstall, when the site admin asked for that.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program;

defined( 'ABSPATH' ) || exit;

/**
 * Deletes data only where the "remove data on uninstall" setting is on.
 *
 * @since 0.1.0
 */
final class Uninstaller {

	/**
	 * Runs on every site of a network, or on this site.
	 *
	 * @since 0.1.0
	 */
	public static function run(): void {
		if ( is_multisite() ) {
			$site_ids = get_sites(
				array(
					'fields' => 'ids',
					'number' => 0,
				)
			);
			foreach ( $site_ids as $site_id ) {
				switch_to_blog( (int) $site_id );
				self::uninstall_site();
				restore_current_blog();
			}
			return;
		}
		self::uninstall_site();
	}

	/**
	 * Removes this site's data when its settings say so.
	 *
	 * @since 0.1.0
	 */
	public static function uninstall_site(): void {
		$settings = get_option( 'mentorship_program_settings', array() );
		if ( ! is_array( $settings ) || empty( $settings['remove_data_on_uninstall'] ) ) {
			return;
		}
		Applications\Post_Types::register_types();
		Teams\Taxonomies::register_taxonomies();
		$ids = get_posts(
			array(
				'post_type'      => array( Applications\Post_Types::MENTEE, Applications\Post_Types::MENTOR ),
				'post_status'    => Applications\Applications::statuses(),
				'fields'         => 'ids',
				'posts_per_page' => -1,
				'no_found_rows'  => true,
			)
		);
		foreach ( $ids as $id ) {
			wp_delete_post( (int) $id, true );
		}
		foreach ( array( Teams\Taxonomies::COHORT, Teams\Taxonomies::TEAM ) as $taxonomy ) {
			$terms = get_terms(
				array(
					'taxonomy'   => $taxonomy,
					'hide_empty' => false,
					'fields'     => 'ids',
				)
			);
			foreach ( is_array( $terms ) ? $terms : array() as $term_id ) {
				wp_delete_term( (int) $term_id, $taxonomy );
			}
		}
		// WordPress runs uninstall.php without loading the plugin: no hook of a feature
		// listens now, so every feature's tables and events are named here.
		Database\Schema::uninstall();
		Mentorship\Schema::uninstall();
		Nudges\Schema::uninstall();
		Reassignment\Schema::uninstall();
		Surveys\Schema::uninstall();
		Roles::uninstall();
		$hooks = array(
			Notifications\Mailer::CRON_HOOK,
			Nudges\Nudges::CRON_HOOK,
			Privacy\Privacy::RETENTION_HOOK,
			Surveys\Registration::CRON_HOOK,
			Stats\Counts::REBUILD_HOOK,
			Stats\Counts::REBUILD_HOOK . '_start',
		);
		foreach ( $hooks as $hook ) {
			// Every event of the hook, whatever its arguments (the mail queue's carry a batch size).
			wp_unschedule_hook( $hook );
		}
		/**
		 * Fires after the plugin's data is removed from the current site.
		 *
		 * @since 0.1.0
		 */
		do_action( 'mentorship_program_uninstall_site' );
		delete_option( Installer::DB_VERSION_OPTION );
		delete_option( Database\Custom_Tables::CHARSETS_OPTION );
		delete_option( Teams\Taxonomies::SEEDED_OPTION );
		delete_option( 'mentorship_program_demo_seeded' );
		delete_option( Graduation\Certificate_Page::REWRITE_OPTION );
		delete_option( Settings\Settings::OPTION );
		delete_option( Settings\Settings::SITE_PAGES_OPTION );
		delete_transient( 'mentorship_program_status_page' );
		delete_option( Stats\Counts::STATE_OPTION );
	}
}
