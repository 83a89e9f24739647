<?php
/**
 * Retention follow-ups: "are you still contributing?" some days after graduation.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Surveys;

defined( 'ABSPATH' ) || exit;

use Mentorship_Program\Applications\Applications;
use Mentorship_Program\Settings\Settings;
use Mentorship_Program\Applications\Status_Links;
use Mentorship_Program\Notifications\Mailer;
use Mentorship_Program\Reports\Small_Groups;
use Mentorship_Program\Privacy\Private_Link_Page;
use WP_Error;

/**
 * When a mentee graduates, one follow-up per configured day (30, 60 and 90 by
 * default) is scheduled. Each is sent once, when due, through the mail queue, with a
 * private link to a two-question form and a link to stop these e-mails. Sending is a
 * compare-and-set on the row (`sent_at IS NULL`), so two cron runs never send twice.
 *
 * @since 0.3.0
 */
final class Followups {

	/**
	 * Query argument that carries a follow-up link's token.
	 */
	public const QUERY_ARG = 'mentorship_followup';

	/**
	 * Mail template key.
	 */
	public const TEMPLATE = 'followup';

	/**
	 * Meta key on the application: the person asked for no more follow-ups.
	 */
	public const OPT_OUT_META = '_mp_followups_opt_out';

	/**
	 * A follow-up more than this many days overdue is not sent any more (a site that
	 * turned the feature on late does not mail every graduate of the past at once).
	 */
	public const STALE_DAYS = 14;

	/**
	 * The days after graduation, from the settings.
	 *
	 * @since 0.3.0
	 *
	 * @return int[]
	 */
	public static function days(): array {
		$days = array_values( array_unique( array_filter( array_map( 'intval', (array) Settings::get( 'followup_days' ) ) ) ) );
		sort( $days );
		return $days;
	}

	/**
	 * The keyed hash of a follow-up link's secret.
	 *
	 * @param int    $id     Follow-up.
	 * @param string $secret Secret.
	 * @return string
	 */
	public static function hash( int $id, string $secret ): string {
		return hash_hmac( 'sha256', 'mentorship-followup|' . get_current_blog_id() . '|' . $id . '|' . $secret, wp_salt( 'auth' ) );
	}

	/**
	 * Schedules a graduate's follow-ups (once: the UNIQUE key keeps the first).
	 *
	 * @since 0.3.0
	 *
	 * @param int      $application_id Application.
	 * @param int|null $graduated_at   Timestamp of graduation; now when null.
	 * @return int Follow-ups scheduled.
	 */
	public static function schedule_for( int $application_id, ?int $graduated_at = null ): int {
		global $wpdb;
		$application = Applications::get( $application_id );
		if ( ! $application || 'mentee' !== $application['type'] ) {
			return 0;
		}
		$graduated_at = $graduated_at ?? time();
		$table        = Schema::table( 'followups' );
		$made         = 0;
		foreach ( self::days() as $days ) {
			$made += (int) $wpdb->query( $wpdb->prepare( "INSERT IGNORE INTO {$table} (cohort_id, application_id, days, due_on) VALUES (%d, %d, %d, %s)", (int) $application['cohort'], $application_id, $days, gmdate( 'Y-m-d', $graduated_at + $days * DAY_IN_SECONDS ) ) ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared, WordPress.DB.DirectDatabaseQuery -- our own table.
		}
		return $made;
	}

	/**
	 * Schedules follow-ups when a mentee graduates.
	 *
	 * @since 0.3.0
	 *
	 * @param mixed $application_id Application.
	 * @param mixed $from           Previous stage.
	 * @param mixed $to             New stage.
	 */
	public static function on_stage_changed( $application_id, $from, $to ): void {
		unset( $from );
		if ( 'graduated' === $to ) {
			self::schedule_for( (int) $application_id );
		}
	}

	/**
	 * A person's follow-ups, by days.
	 *
	 * @since 0.3.0
	 *
	 * @param int $application_id Application.
	 * @return array<int, array<string, mixed>>
	 */
	public static function of( int $application_id ): array {
		global $wpdb;
		$table = Schema::table( 'followups' );
		return (array) $wpdb->get_results( $wpdb->prepare( "SELECT * FROM {$table} WHERE application_id = %d ORDER BY days ASC", $application_id ), ARRAY_A ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared, WordPress.DB.DirectDatabaseQuery -- our own table.
	}

	/**
	 * Sends the follow-ups that are due.
	 *
	 * @since 0.3.0
	 *
	 * @param string|null $today Y-m-d (UTC); today when null.
	 * @param int[]|null  $only  Only these applications' follow-ups (seeding); all when null.
	 * @return int Follow-ups sent.
	 */
	public static function send_due( ?string $today = null, ?array $only = null ): int {
		global $wpdb;
		$today = $today ?? gmdate( 'Y-m-d' );
		$stale = gmdate( 'Y-m-d', (int) strtotime( $today . ' 00:00:00 UTC' ) - self::STALE_DAYS * DAY_IN_SECONDS );
		$table = Schema::table( 'followups' );
		$rows  = $wpdb->get_results( $wpdb->prepare( "SELECT id, application_id, days, due_on FROM {$table} WHERE sent_at IS NULL AND due_on <= %s AND application_id IS NOT NULL ORDER BY due_on ASC LIMIT 500", $today ), ARRAY_A ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared, WordPress.DB.DirectDatabaseQuery -- our own table.
		$sent  = 0;
		$now   = gmdate( 'Y-m-d H:i:s' );
		foreach ( (array) $rows as $row ) {
			if ( null !== $only && ! in_array( (int) $row['application_id'], $only, true ) ) {
				continue;
			}
			$id          = (int) $row['id'];
			$application = Applications::get( (int) $row['application_id'] );
			$skip        = ! $application || get_post_meta( (int) $row['application_id'], self::OPT_OUT_META, true ) || (string) $row['due_on'] < $stale;
			$secret      = Status_Links::new_secret();
			// Compare-and-set: only the run that marks the row sends it.
			$marked = $wpdb->query( $wpdb->prepare( "UPDATE {$table} SET sent_at = %s, skipped = %d, token_hash = %s WHERE id = %d AND sent_at IS NULL", $now, $skip ? 1 : 0, $skip ? '' : self::hash( $id, $secret ), $id ) ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared, WordPress.DB.DirectDatabaseQuery -- our own table.
			if ( 1 !== (int) $marked || $skip ) {
				continue;
			}
			$link = $id . '.' . $secret;
			Mailer::queue_for_application(
				$application,
				self::TEMPLATE,
				array(
					'days'         => (string) (int) $row['days'],
					'followup_url' => add_query_arg( self::QUERY_ARG, $link, Mailer::status_url() ),
					'opt_out_url'  => add_query_arg(
						array(
							self::QUERY_ARG => $link,
							'mentorship_do' => 'stop',
						),
						Mailer::status_url()
					),
				)
			);
			++$sent;
		}
		return $sent;
	}

	/**
	 * Checks a follow-up link's token.
	 *
	 * @since 0.3.0
	 *
	 * @param string $token `{id}.{secret}`.
	 * @return array<string, mixed>|null The follow-up row, with its application.
	 */
	public static function verify( string $token ): ?array {
		$row = Private_Link_Page::row( $token, Schema::table( 'followups' ), static fn( array $row, string $secret ): string => self::hash( (int) $row['id'], $secret ) );
		// An erased person's follow-up keeps no application: its link opens nothing.
		if ( ! $row || null === $row['application_id'] ) {
			return null;
		}
		$application = Applications::get( (int) $row['application_id'] );
		if ( ! $application ) {
			return null;
		}
		$row['application'] = $application;
		return $row;
	}

	/**
	 * Records a follow-up's answer (it may be changed later).
	 *
	 * @since 0.3.0
	 *
	 * @param int                  $id  Follow-up.
	 * @param array<string, mixed> $raw contributing (yes|no), where (text), where_url (http(s) link).
	 * @return true|WP_Error
	 */
	public static function answer( int $id, array $raw ) {
		global $wpdb;
		$contributing = is_string( $raw['contributing'] ?? null ) ? $raw['contributing'] : '';
		$errors       = array();
		if ( ! in_array( $contributing, array( 'yes', 'no' ), true ) ) {
			$errors['contributing'] = __( 'Please answer yes or no.', 'mentorship-program' );
		}
		$where = is_string( $raw['where'] ?? null ) ? sanitize_text_field( $raw['where'] ) : '';
		$url   = is_string( $raw['where_url'] ?? null ) ? trim( $raw['where_url'] ) : '';
		if ( mb_strlen( $where ) > 200 ) {
			$errors['where'] = __( 'Please keep this under 200 characters.', 'mentorship-program' );
		}
		if ( '' !== $url && ( ! preg_match( '#^https?://[^\s<>"]+$#', $url ) || strlen( $url ) > 300 ) ) {
			$errors['where_url'] = __( 'Enter a link that starts with https://', 'mentorship-program' );
		}
		if ( $errors ) {
			return Answers::invalid( $errors );
		}
		$wpdb->update( // phpcs:ignore WordPress.DB.DirectDatabaseQuery -- our own table.
			Schema::table( 'followups' ),
			array(
				'answered_at'  => gmdate( 'Y-m-d H:i:s' ),
				'contributing' => 'yes' === $contributing ? 1 : 0,
				'where_text'   => 'yes' === $contributing ? $where : '',
				'where_url'    => 'yes' === $contributing ? esc_url_raw( $url ) : '',
			),
			array( 'id' => $id )
		);
		return true;
	}

	/**
	 * Stops a person's follow-ups: nothing more is sent to them.
	 *
	 * @since 0.3.0
	 *
	 * @param int $application_id Application.
	 */
	public static function opt_out( int $application_id ): void {
		global $wpdb;
		update_post_meta( $application_id, self::OPT_OUT_META, gmdate( 'Y-m-d\TH:i:s\Z' ) );
		$table = Schema::table( 'followups' );
		$wpdb->query( $wpdb->prepare( "UPDATE {$table} SET sent_at = %s, skipped = 1 WHERE application_id = %d AND sent_at IS NULL", gmdate( 'Y-m-d H:i:s' ), $application_id ) ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared, WordPress.DB.DirectDatabaseQuery -- our own table.
	}

	/**
	 * The report's retention rows of a cohort: per follow-up day, how many were asked,
	 * answered and still contribute (hidden below the small-group size).
	 *
	 * @since 0.3.0
	 *
	 * @param int $cohort_id Cohort.
	 * @return array<int, array{days: int, asked: int, answered: int, contributing: int|null, share: float|null, suppressed: bool}>
	 */
	public static function report( int $cohort_id ): array {
		global $wpdb;
		$table  = Schema::table( 'followups' );
		$rows   = $wpdb->get_results( $wpdb->prepare( "SELECT days, SUM(sent_at IS NOT NULL AND skipped = 0) AS asked, SUM(answered_at IS NOT NULL) AS answered, SUM(contributing = 1) AS contributing FROM {$table} WHERE cohort_id = %d GROUP BY days", $cohort_id ), ARRAY_A ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared, WordPress.DB.DirectDatabaseQuery -- our own table.
		$counts = array();
		foreach ( (array) $rows as $row ) {
			$counts[ (int) $row['days'] ] = $row;
		}
		if ( 0 === array_sum( array_map( 'intval', array_column( $counts, 'asked' ) ) ) ) {
			// Nobody of this cohort was asked yet: nothing to report.
			return array();
		}
		$days = array_unique( array_merge( self::days(), array_keys( $counts ) ) );
		sort( $days );
		$rows = array();
		foreach ( $days as $day ) {
			$count    = $counts[ $day ] ?? null;
			$answered = $count ? (int) $count['answered'] : 0;
			$yes      = $count ? (int) $count['contributing'] : 0;
			$hidden   = Small_Groups::hides( $answered );
			$rows[]   = array(
				'days'         => (int) $day,
				'asked'        => $count ? (int) $count['asked'] : 0,
				'answered'     => $answered,
				'contributing' => $hidden ? null : $yes,
				'share'        => $hidden ? null : round( $yes / $answered * 100, 2 ),
				'suppressed'   => $hidden,
			);
		}
		return $rows;
	}

	/**
	 * The report's retention rows (filter callback).
	 *
	 * @since 0.3.0
	 *
	 * @param mixed $rows      Rows so far.
	 * @param mixed $cohort_id Cohort.
	 * @return array<int, array<string, mixed>>
	 */
	public static function report_rows( $rows, $cohort_id ): array {
		$mine = self::report( (int) $cohort_id );
		// Nobody was asked here yet: leave what another source handed in.
		if ( array() === $mine && is_array( $rows ) ) {
			return $rows;
		}
		return $mine;
	}

	/**
	 * Forgets who a person's follow-ups were about: the rows stay for the counts,
	 * without the person, their link or where they contribute.
	 *
	 * @since 0.3.0
	 *
	 * @param int $application_id Application.
	 * @return int Rows unlinked.
	 */
	public static function unlink_person( int $application_id ): int {
		global $wpdb;
		$table = Schema::table( 'followups' );
		return (int) $wpdb->query( $wpdb->prepare( "UPDATE {$table} SET application_id = NULL, token_hash = '', where_text = '', where_url = '', skipped = IF(sent_at IS NULL, 1, skipped), sent_at = IFNULL(sent_at, %s) WHERE application_id = %d", gmdate( 'Y-m-d H:i:s' ), $application_id ) ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared, WordPress.DB.DirectDatabaseQuery -- our own table.
	}
}
