<?php
/**
 * Activation, deactivation and schema upgrades, per site and per network.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program;

defined( 'ABSPATH' ) || exit;

/**
 * Creates the plugin's tables, roles and seed data on every site that needs them.
 *
 * @since 0.1.0
 */
final class Installer {

	/**
	 * Schema version; bump when a table changes.
	 */
	public const DB_VERSION = '9';

	/**
	 * Option that records the installed schema version on each site.
	 */
	public const DB_VERSION_OPTION = 'mentorship_program_db_version';

	/**
	 * Adds hooks.
	 *
	 * @since 0.1.0
	 */
	public function register(): void {
		add_action( 'init', array( $this, 'maybe_upgrade' ), 5 );
		add_action( 'wp_initialize_site', array( $this, 'initialize_site' ), 200 );
		add_action( 'mentorship_program_install_site', array( Settings\Settings::class, 'autoload' ) );
	}

	/**
	 * Activation hook: installs on this site, or on every site when network-activated.
	 *
	 * @since 0.1.0
	 *
	 * @param bool $network_wide Whether the plugin is being network-activated.
	 */
	public static function activate( $network_wide = false ): void {
		if ( is_multisite() && $network_wide ) {
			$site_ids = get_sites(
				array(
					'fields'   => 'ids',
					'number'   => 0,
					'archived' => 0,
					'deleted'  => 0,
				)
			);
			foreach ( $site_ids as $site_id ) {
				switch_to_blog( (int) $site_id );
				self::install_site();
				restore_current_blog();
			}
			return;
		}
		self::install_site();
	}

	/**
	 * Deactivation hook: stops scheduled work, keeps all data.
	 *
	 * @since 0.1.0
	 */
	public static function deactivate(): void {
		wp_clear_scheduled_hook( 'mentorship_program_process_mail' );
		wp_clear_scheduled_hook( 'mentorship_program_retention' );
		wp_clear_scheduled_hook( 'mentorship_program_surveys_daily' );
		wp_clear_scheduled_hook( Stats\Counts::REBUILD_HOOK );
		wp_clear_scheduled_hook( Nudges\Nudges::CRON_HOOK );
	}

	/**
	 * Installs on a site created after network activation.
	 *
	 * @since 0.1.0
	 *
	 * @param \WP_Site $site The new site.
	 */
	public function initialize_site( \WP_Site $site ): void {
		if ( ! self::network_active() ) {
			return;
		}
		switch_to_blog( (int) $site->blog_id );
		self::install_site();
		restore_current_blog();
	}

	/**
	 * Whether the plugin is network-activated, whatever folder name it was installed under.
	 *
	 * @return bool
	 */
	public static function network_active(): bool {
		$active = (array) get_site_option( 'active_sitewide_plugins', array() );
		foreach ( array_keys( $active ) as $basename ) {
			if ( plugin_basename( MENTORSHIP_PROGRAM_FILE ) === $basename || 'mentorship-program.php' === basename( (string) $basename ) ) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Runs the installer when the stored schema version is behind (covers updates and
	 * sites that never saw the activation hook).
	 *
	 * @since 0.1.0
	 */
	public function maybe_upgrade(): void {
		if ( self::DB_VERSION !== get_option( self::DB_VERSION_OPTION ) ) {
			self::install_site();
		}
	}

	/**
	 * Installs everything the current site needs. Safe to run again.
	 *
	 * @since 0.1.0
	 */
	public static function install_site(): void {
		/**
		 * Fires when the plugin installs or upgrades itself on the current site.
		 *
		 * Modules hook here to create tables, roles and seed data.
		 *
		 * @since 0.1.0
		 */
		do_action( 'mentorship_program_install_site' );
		update_option( self::DB_VERSION_OPTION, self::DB_VERSION, true );
	}
}
