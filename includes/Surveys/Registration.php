<?php
/**
 * Wires the surveys feature: storage, cron, the report's sections, links, privacy, REST, CLI.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Surveys;

defined( 'ABSPATH' ) || exit;

use Mentorship_Program\Feature;
use Mentorship_Program\Notifications\Mail_Templates;
use Mentorship_Program\Teams\Taxonomies;

/**
 * Adds the hooks of surveys and retention follow-ups. No business logic here.
 *
 * @since 0.3.0
 */
final class Registration extends Feature {

	/**
	 * The daily run that sends invitations and follow-ups that are due.
	 */
	public const CRON_HOOK = 'mentorship_program_surveys_daily';

	/**
	 * The feature's parts that add their own hooks.
	 *
	 * @since 0.3.0
	 *
	 * @return object[]
	 */
	protected function parts(): array {
		return array( new Schema(), new Personal_Data(), new Link_Handler() );
	}

	/**
	 * This feature's mentorship/v1 controllers.
	 *
	 * @since 0.3.0
	 *
	 * @return object[]
	 */
	protected function controllers(): array {
		return array( new REST\Surveys_Controller() );
	}

	/**
	 * Adds the feature's own hooks.
	 *
	 * @since 0.3.0
	 */
	protected function add_hooks(): void {
		Mail_Templates::add_feature_mail( array( Mail_Texts::class, 'templates' ), Mail_Texts::PLACEHOLDERS );
		add_action( 'init', array( $this, 'schedule' ) );
		add_action( self::CRON_HOOK, array( self::class, 'run_daily' ) );
		add_action( 'mentorship_program_stage_changed', array( Invitations::class, 'on_stage_changed' ), 10, 3 );
		add_action( 'mentorship_program_stage_changed', array( Followups::class, 'on_stage_changed' ), 10, 3 );
		add_filter( 'mentorship_program_report_surveys', array( Results::class, 'report_section' ), 10, 2 );
		add_filter( 'mentorship_program_report_retention', array( Followups::class, 'report_rows' ), 10, 2 );
		add_action( 'before_delete_post', array( $this, 'forget_application' ) );
		add_action( 'delete_' . Taxonomies::COHORT, array( $this, 'forget_cohort' ) );
		// A cohort's surveys are made with it (and for older cohorts on upgrade), so
		// reading them never writes.
		add_action( 'created_' . Taxonomies::COHORT, array( Surveys::class, 'create_for_cohort' ) );
		add_action( 'mentorship_program_install_site', array( Surveys::class, 'create_for_every_cohort' ), 20 );
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
	 * Unlinks the survey answers of an application (see Personal_Data::forget()).
	 *
	 * @since 0.3.0
	 *
	 * @param int $application_id Application.
	 */
	protected function forget( int $application_id ): void {
		Personal_Data::forget( $application_id );
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
