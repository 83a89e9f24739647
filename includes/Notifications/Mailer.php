<?php
/**
 * The mail queue: applications are stored first, mail is queued and sent afterwards,
 * and failed mail is retried by cron.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Notifications;

defined( 'ABSPATH' ) || exit;

use Mentorship_Program\Cohorts\Cohorts;
use Mentorship_Program\Notifications\Mail_Templates;
use Mentorship_Program\Database\Schema;
use Mentorship_Program\Settings\Settings;
use Mentorship_Program\Applications\Stages;

/**
 * Queues, sends and retries mail.
 *
 * @since 0.1.0
 */
final class Mailer {

	public const CRON_HOOK = 'mentorship_program_process_mail';

	public const MAX_ATTEMPTS = 8;

	/**
	 * Whether a queue run was asked for in this request.
	 *
	 * @var bool
	 */
	private static bool $flush_requested = false;

	/**
	 * Adds hooks.
	 *
	 * @since 0.1.0
	 */
	public function register(): void {
		add_action( self::CRON_HOOK, array( self::class, 'process' ) );
		add_action( 'init', array( $this, 'schedule' ) );
		add_action( 'shutdown', array( self::class, 'flush_after_response' ), 20 );
		add_action( 'save_post', array( self::class, 'forget_status_page' ), 10, 2 );
		add_action( 'deleted_post', array( self::class, 'forget_status_page' ), 10, 2 );
	}

	/**
	 * Keeps a recurring retry run scheduled.
	 *
	 * @since 0.1.0
	 */
	public function schedule(): void {
		if ( ! wp_next_scheduled( self::CRON_HOOK ) ) {
			wp_schedule_event( time() + 300, 'hourly', self::CRON_HOOK );
		}
	}

	/**
	 * Queues the mail of an event for an application, from the site's templates.
	 *
	 * @param array<string, mixed>|null $application Application.
	 * @param string                    $template    Template key (submitted, a stage, cohort_start).
	 * @param array<string, string>     $extra       Extra placeholder values.
	 * @return int Queue ID, or 0 when nothing was queued.
	 */
	public static function queue_for_application( ?array $application, string $template, array $extra = array() ): int {
		if ( ! $application || empty( $application['fields']['email'] ) ) {
			return 0;
		}
		$templates = Settings::get( 'mail_templates' );
		$chosen    = $templates[ $template ] ?? null;
		if ( ! is_array( $chosen ) || empty( $chosen['enabled'] ) ) {
			return 0;
		}
		$cohort = $application['cohort'] ? Cohorts::name( (int) $application['cohort'] ) : null;
		$values = array_merge(
			array(
				'name'              => (string) $application['fields']['name'],
				'site'              => wp_specialchars_decode( get_bloginfo( 'name' ), ENT_QUOTES ),
				'cohort'            => null !== $cohort ? $cohort : __( 'the mentorship program', 'mentorship-program' ),
				'stage'             => Stages::label( (string) $application['stage'] ),
				'stage_explanation' => Stages::explanation( (string) $application['type'], (string) $application['stage'] ),
				'status_url'        => self::status_url(),
			),
			$extra
		);
		$body   = (string) $chosen['body'];
		// A site's own text may predate the confirmation request: it must still be there.
		if ( '' !== (string) ( $values['confirm'] ?? '' ) && false === strpos( $body, '{confirm}' ) ) {
			$body = "{confirm}\n\n{status_url}\n\n" . $body;
		}
		return self::queue(
			(int) $application['id'],
			(string) $application['fields']['email'],
			Mail_Templates::render( (string) $chosen['subject'], $values ),
			Mail_Templates::render( $body, $values )
		);
	}

	/**
	 * Where applicants follow their application.
	 *
	 * @return string
	 */
	public static function status_url(): string {
		/**
		 * Filters the URL of the page where applicants follow their application.
		 *
		 * @since 0.1.0
		 *
		 * @param string $url URL.
		 */
		return (string) apply_filters( 'mentorship_program_status_url', self::status_page_url() );
	}

	/**
	 * The first published page with the "My application" block, else the home page.
	 *
	 * @return string
	 */
	private static function status_page_url(): string {
		$id = get_transient( 'mentorship_program_status_page' );
		if ( false === $id ) {
			global $wpdb;
			$id = (int) $wpdb->get_var( $wpdb->prepare( "SELECT ID FROM {$wpdb->posts} WHERE post_type = 'page' AND post_status = 'publish' AND post_content LIKE %s ORDER BY ID ASC LIMIT 1", '%' . $wpdb->esc_like( '<!-- wp:mentorship-program/my-application' ) . '%' ) ); // phpcs:ignore WordPress.DB.DirectDatabaseQuery -- cached below.
			// Without an expiry, so it loads with the site's options: every submission's
			// mail needs it. Saving or deleting a page forgets it.
			set_transient( 'mentorship_program_status_page', $id );
		}
		return $id ? (string) get_permalink( (int) $id ) : home_url( '/' );
	}

	/**
	 * Forgets the status page when pages change.
	 *
	 * @param int      $post_id Post.
	 * @param \WP_Post $post    Post.
	 */
	public static function forget_status_page( $post_id, $post ): void {
		unset( $post_id );
		if ( $post instanceof \WP_Post && 'page' === $post->post_type ) {
			delete_transient( 'mentorship_program_status_page' );
		}
	}

	/**
	 * Adds one mail to the queue and asks for a run after the response.
	 *
	 * @param int    $object_id Application.
	 * @param string $to        Recipient.
	 * @param string $subject   Subject.
	 * @param string $body      Plain-text body.
	 * @return int Queue ID.
	 */
	public static function queue( int $object_id, string $to, string $subject, string $body ): int {
		global $wpdb;
		/**
		 * Filters whether a mail is queued at all (demo and import tools turn it off).
		 *
		 * @since 0.1.0
		 *
		 * @param bool   $queue     Whether to queue.
		 * @param string $to        Recipient.
		 * @param int    $object_id Application.
		 */
		if ( ! apply_filters( 'mentorship_program_queue_mail', true, $to, $object_id ) ) {
			return 0;
		}
		$now = gmdate( 'Y-m-d H:i:s' );
		$wpdb->insert( // phpcs:ignore WordPress.DB.DirectDatabaseQuery -- our own table.
			Schema::table( 'mail' ),
			array(
				'object_id'       => $object_id,
				'recipient'       => $to,
				'subject'         => mb_substr( $subject, 0, 255 ),
				'body'            => $body,
				'status'          => 'queued',
				'attempts'        => 0,
				'next_attempt_at' => $now,
				'created_at'      => $now,
			),
			array( '%d', '%s', '%s', '%s', '%s', '%d', '%s', '%s' )
		);
		self::$flush_requested = true;
		return (int) $wpdb->insert_id;
	}

	/**
	 * Sends queued mail at the end of the request, after the response is out where the
	 * server allows that; otherwise leaves it to cron.
	 *
	 * @since 0.1.0
	 */
	public static function flush_after_response(): void {
		if ( ! self::$flush_requested ) {
			return;
		}
		self::$flush_requested = false;
		if ( function_exists( 'fastcgi_finish_request' ) ) {
			fastcgi_finish_request();
			self::process( 20 );
			return;
		}
		// Distinct arguments keep this one-off run apart from the hourly retry event.
		if ( ! wp_next_scheduled( self::CRON_HOOK, array( 20 ) ) ) {
			wp_schedule_single_event( time(), self::CRON_HOOK, array( 20 ) );
		}
	}

	/**
	 * Sends due mail; failures are retried later with growing delays.
	 *
	 * @param int $limit At most this many.
	 * @return array{sent: int, failed: int}
	 */
	public static function process( $limit = 50 ): array {
		global $wpdb;
		$table  = Schema::table( 'mail' );
		$limit  = max( 1, (int) $limit );
		$rows   = $wpdb->get_results( $wpdb->prepare( "SELECT * FROM {$table} WHERE status = 'queued' AND next_attempt_at <= %s ORDER BY id ASC LIMIT %d", gmdate( 'Y-m-d H:i:s' ), $limit ), ARRAY_A ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared, WordPress.DB.DirectDatabaseQuery -- our own table.
		$result = array(
			'sent'   => 0,
			'failed' => 0,
		);
		foreach ( (array) $rows as $row ) {
			// Claim the row first so two runners never send the same mail twice.
			$claimed = $wpdb->update( // phpcs:ignore WordPress.DB.DirectDatabaseQuery.DirectQuery, WordPress.DB.DirectDatabaseQuery.NoCaching -- our own queue table; a claim must reach the database, never a cache.
				$table,
				array( 'status' => 'sending' ),
				array(
					'id'     => (int) $row['id'],
					'status' => 'queued',
				)
			);
			if ( ! $claimed ) {
				continue;
			}
			$error    = '';
			$listener = static function ( \WP_Error $e ) use ( &$error ): void {
				$error = $e->get_error_message();
			};
			add_action( 'wp_mail_failed', $listener );
			$sent = wp_mail( (string) $row['recipient'], (string) $row['subject'], (string) $row['body'] );
			remove_action( 'wp_mail_failed', $listener );
			$attempts = (int) $row['attempts'] + 1;
			if ( $sent ) {
				$wpdb->update( // phpcs:ignore WordPress.DB.DirectDatabaseQuery.DirectQuery, WordPress.DB.DirectDatabaseQuery.NoCaching -- our own queue table, read fresh on every run.
					$table,
					array(
						'status'   => 'sent',
						'attempts' => $attempts,
						'sent_at'  => gmdate( 'Y-m-d H:i:s' ),
					),
					array( 'id' => (int) $row['id'] )
				);
				++$result['sent'];
				continue;
			}
			++$result['failed'];
			$delay = min( DAY_IN_SECONDS, 60 * ( 2 ** min( 10, $attempts ) ) );
			$wpdb->update( // phpcs:ignore WordPress.DB.DirectDatabaseQuery -- our own table.
				$table,
				array(
					'status'          => $attempts >= self::MAX_ATTEMPTS ? 'failed' : 'queued',
					'attempts'        => $attempts,
					'last_error'      => mb_substr( '' !== $error ? $error : __( 'The mail could not be sent.', 'mentorship-program' ), 0, 255 ),
					'next_attempt_at' => gmdate( 'Y-m-d H:i:s', time() + $delay ),
				),
				array( 'id' => (int) $row['id'] )
			);
		}
		return $result;
	}

	/**
	 * Counts of queued, sent and failed mail.
	 *
	 * @return array<string, int>
	 */
	public static function counts(): array {
		global $wpdb;
		$table = Schema::table( 'mail' );
		$rows  = $wpdb->get_results( "SELECT status, COUNT(*) AS n FROM {$table} GROUP BY status", ARRAY_A ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared, WordPress.DB.DirectDatabaseQuery -- our own table.
		$out   = array(
			'queued'  => 0,
			'sending' => 0,
			'sent'    => 0,
			'failed'  => 0,
		);
		foreach ( (array) $rows as $row ) {
			$out[ (string) $row['status'] ] = (int) $row['n'];
		}
		return $out;
	}
}
