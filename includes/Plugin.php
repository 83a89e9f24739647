<?php
/**
 * Wires the plugin's modules together.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program;

defined( 'ABSPATH' ) || exit;

use Mentorship_Program\Cohorts\Calendar_Feed;

/**
 * The one entry point: creates each module and lets it add its hooks.
 *
 * @since 0.1.0
 */
final class Plugin {

	/**
	 * The single instance.
	 *
	 * @var Plugin|null
	 */
	private static ?Plugin $instance = null;

	/**
	 * Whether hooks were added already.
	 *
	 * @var bool
	 */
	private bool $registered = false;

	/**
	 * Returns the single instance.
	 *
	 * @since 0.1.0
	 *
	 * @return Plugin
	 */
	public static function instance(): Plugin {
		if ( null === self::$instance ) {
			self::$instance = new self();
		}
		return self::$instance;
	}

	/**
	 * The modules, in the order their hooks are added.
	 *
	 * @since 0.1.0
	 *
	 * @return array<int, object> Objects with a register() method.
	 */
	private function modules(): array {
		return array(
			new Installer(),
			new Roles(),
			new Database\Schema(),
			new Stats\Counts(),
			new Applications\Post_Types(),
			new Teams\Taxonomies(),
			new Stories\Story_Post_Type(),
			new Applications\Applications(),
			new Applications\Consent_Texts(),
			new Applications\Status_Links(),
			new Notifications\Mailer(),
			new Privacy\Privacy(),
			new Calendar_Feed(),
			new Mentorship\Registration(),
			new Nudges\Registration(),
			new Reassignment\Registration(),
			new Reports\Registration(),
			new Graduation\Registration(),
			new Surveys\Registration(),
			new REST\Routes(),
			new Abilities\Abilities(),
			new Blocks\Blocks(),
			new Blocks\Form_Handler(),
			new Applications\Public_Endpoint(),
			new Blocks\Form_Page(),
			new Blocks\Status_Link_Handler(),
			new Stories\Story_Form_Handler(),
			new Admin\Admin_Page(),
			new CLI\Loader(),
		);
	}

	/**
	 * Adds every module's hooks, once.
	 *
	 * @since 0.1.0
	 */
	public function register(): void {
		if ( $this->registered ) {
			return;
		}
		$this->registered = true;
		add_action( 'init', array( $this, 'load_textdomain' ), 0 );
		foreach ( $this->modules() as $module ) {
			$module->register();
		}
	}

	/**
	 * Loads translations shipped with the plugin, when a site has no newer ones.
	 *
	 * @since 0.1.0
	 */
	public function load_textdomain(): void {
		load_plugin_textdomain( 'mentorship-program', false, dirname( plugin_basename( MENTORSHIP_PROGRAM_FILE ) ) . '/languages' );
	}
}
