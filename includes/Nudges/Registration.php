<?php
/**
 * Wires nudges: storage, templates, the hourly run, REST, opt-out, privacy.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Nudges;

defined( 'ABSPATH' ) || exit;

use Mentorship_Program\Applications\Post_Types;
use Mentorship_Program\Privacy\Privacy;

/**
 * Adds the hooks of nudges. No business logic here.
 *
 * @since 0.3.0
 */
final class Registration {

	/**
	 * Adds hooks.
	 *
	 * @since 0.3.0
	 */
	public function register(): void {
		( new Schema() )->register();
		( new Opt_Out() )->register();
		( new Personal_Data() )->register();
		add_filter( 'mentorship_program_mail_templates', array( Nudges::class, 'add_templates' ) );
		add_filter( 'mentorship_program_mail_placeholders', array( Nudges::class, 'add_placeholders' ) );
		add_filter( 'mentorship_program_rest_controllers', array( $this, 'add_controllers' ) );
		add_filter( 'mentorship_program_attention_rows', array( Nudges::class, 'add_nudged_at' ) );
		add_action( 'rest_api_init', array( $this, 'register_fields' ) );
		add_action( 'init', array( $this, 'schedule' ) );
		add_action( Nudges::CRON_HOOK, array( Nudges::class, 'run' ) );
		add_action( Privacy::RETENTION_HOOK, array( Nudges::class, 'apply_retention' ) );
		add_action( 'before_delete_post', array( $this, 'forget_application' ) );
		add_action( 'mentorship_program_uninstall_site', array( $this, 'uninstall' ) );
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
	 * Adds this feature's mentorship/v1 controllers.
	 *
	 * @since 0.3.0
	 *
	 * @param array<int, object> $controllers Controllers.
	 * @return array<int, object>
	 */
	public function add_controllers( array $controllers ): array {
		$controllers[] = new REST\Nudges_Controller();
		return $controllers;
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
	 * Deletes the nudge log of an application that is deleted for good.
	 *
	 * @since 0.3.0
	 *
	 * @param int $post_id Post.
	 */
	public function forget_application( $post_id ): void {
		if ( '' !== Post_Types::type_of( (string) get_post_type( (int) $post_id ) ) ) {
			Nudges::delete_for( (int) $post_id );
		}
	}

	/**
	 * Removes this feature's data from the current site.
	 *
	 * @since 0.3.0
	 */
	public function uninstall(): void {
		Schema::uninstall();
		wp_clear_scheduled_hook( Nudges::CRON_HOOK );
	}
}
