<?php
/**
 * Wires nudges: storage, templates, the hourly run, REST, opt-out, privacy.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Nudges;

defined( 'ABSPATH' ) || exit;

use Mentorship_Program\Feature;
use Mentorship_Program\Notifications\Mail_Templates;
use Mentorship_Program\Privacy\Privacy;

/**
 * Adds the hooks of nudges. No business logic here.
 *
 * @since 0.3.0
 */
final class Registration extends Feature {

	/**
	 * The feature's parts that add their own hooks.
	 *
	 * @since 0.3.0
	 *
	 * @return object[]
	 */
	protected function parts(): array {
		return array( new Schema(), new Opt_Out(), new Personal_Data() );
	}

	/**
	 * This feature's mentorship/v1 controllers.
	 *
	 * @since 0.3.0
	 *
	 * @return object[]
	 */
	protected function controllers(): array {
		return array( new REST\Nudges_Controller() );
	}

	/**
	 * Adds the feature's own hooks.
	 *
	 * @since 0.3.0
	 */
	protected function add_hooks(): void {
		Mail_Templates::add_feature_mail( array( Nudges::class, 'templates' ), Nudges::PLACEHOLDERS );
		add_filter( 'mentorship_program_attention_rows', array( Nudges::class, 'add_nudged_at' ) );
		add_action( 'rest_api_init', array( $this, 'register_fields' ) );
		add_action( 'init', array( $this, 'schedule' ) );
		add_action( Nudges::CRON_HOOK, array( Nudges::class, 'run' ) );
		add_action( Privacy::RETENTION_HOOK, array( Nudges::class, 'apply_retention' ) );
		add_action( 'before_delete_post', array( $this, 'forget_application' ) );
	}

	/**
	 * Keeps the hourly run scheduled.
	 *
	 * @since 0.3.0
	 */
	public function schedule(): void {
		if ( ! wp_next_scheduled( Nudges::CRON_HOOK ) ) {
			wp_schedule_event( time() + 600, 'hourly', Nudges::CRON_HOOK );
		}
	}

	/**
	 * Adds "nudged_at" to the Needs attention rows' schema.
	 *
	 * @since 0.3.0
	 */
	public function register_fields(): void {
		register_rest_field(
			'mentorship-attention',
			'nudged_at',
			array(
				'get_callback' => static fn( array $row ) => $row['nudged_at'] ?? null,
				'schema'       => array(
					'type'        => array( 'string', 'null' ),
					'format'      => 'date-time',
					'description' => __( 'When the row\'s mentor was last reminded about the row\'s mentee (UTC), or null.', 'mentorship-program' ),
					'readonly'    => true,
					'context'     => array( 'view' ),
				),
			)
		);
	}

	/**
	 * Deletes the reminders about an application.
	 *
	 * @since 0.3.0
	 *
	 * @param int $application_id Application.
	 */
	protected function forget( int $application_id ): void {
		Nudges::delete_for( $application_id );
	}
}
