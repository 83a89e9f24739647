<?php
/**
 * Wires the surveys feature: storage, cron, the report's sections, links, privacy, REST, CLI.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Surveys;

defined( 'ABSPATH' ) || exit;

use Mentorship_Program\Applications\Post_Types;
use Mentorship_Program\Teams\Taxonomies;

/**
 * Adds the hooks of surveys and retention follow-ups. No business logic here.
 *
 * @since 0.3.0
 */
final class Registration {

	/**
	 * The daily run that sends invitations and follow-ups that are due.
	 */
	public const CRON_HOOK = 'mentorship_program_surveys_daily';

	/**
	 * Adds hooks.
	 *
	 * @since 0.3.0
	 */
	public function register(): void {
		( new Schema() )->register();
		( new Personal_Data() )->register();
		( new Link_Handler() )->register();
		add_filter( 'mentorship_program_rest_controllers', array( $this, 'add_controllers' ) );
		add_filter( 'mentorship_program_mail_templates', array( Mail_Texts::class, 'add_templates' ) );
		add_filter( 'mentorship_program_mail_placeholders', array( Mail_Texts::class, 'add_placeholders' ) );
		add_action( 'init', array( $this, 'schedule' ) );
		add_action( self::CRON_HOOK, array( self::class, 'run_daily' ) );
		add_action( 'mentorship_program_stage_changed', array( Invitations::class, 'on_stage_changed' ), 10, 3 );
		add_action( 'mentorship_program_stage_changed', array( Followups::class, 'on_stage_changed' ), 10, 3 );
		add_filter( 'mentorship_program_report_surveys', array( Results::class, 'report_section' ), 10, 2 );
		add_filter( 'mentorship_program_report_retention', array( Followups::class, 'report_rows' ), 10, 2 );
		add_action( 'before_delete_post', array( $this, 'forget_application' ) );
		add_action( 'delete_' . Taxonomies::COHORT, array( $this, 'forget_cohort' ) );
		if ( defined( 'WP_CLI' ) && WP_CLI && class_exists( '\WP_CLI' ) ) {
			\WP_CLI::add_command( 'mentorship demo', Command::class );
		}
	}

	/**
	 * Keeps the daily run scheduled.
	 *
	 * @since 0.3.0
	 */
	public function schedule(): void {
		if ( ! wp_next_scheduled( self::CRON_HOOK ) ) {
			wp_schedule_event( time() + 600, 'daily', self::CRON_HOOK );
		}
	}

	/**
	 * Sends what is due: survey invitations, then follow-ups.
	 *
	 * @since 0.3.0
	 */
	public static function run_daily(): void {
		Invitations::catch_up();
		Followups::send_due();
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
		$controllers[] = new REST\Surveys_Controller();
		return $controllers;
	}

	/**
	 * An application deleted for good: its links go, its answers stay in the
	 * aggregates without the person.
	 *
	 * @since 0.3.0
	 *
	 * @param int $post_id Post.
	 */
	public function forget_application( $post_id ): void {
		if ( '' === Post_Types::type_of( (string) get_post_type( (int) $post_id ) ) ) {
			return;
		}
		Personal_Data::forget( (int) $post_id );
	}

	/**
	 * A cohort deleted: its surveys and follow-ups go with it.
	 *
	 * @since 0.3.0
	 *
	 * @param int $term_id Term.
	 */
	public function forget_cohort( $term_id ): void {
		Surveys::delete_for_cohort( (int) $term_id );
	}
}
