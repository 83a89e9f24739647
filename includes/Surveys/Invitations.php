<?php
/**
 * Survey invitations: one private link per person per survey, sent once.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Surveys;

defined( 'ABSPATH' ) || exit;

use Mentorship_Program\Applications\Applications;
use Mentorship_Program\Cohorts\Cohorts;
use Mentorship_Program\Applications\Status_Links;
use Mentorship_Program\Notifications\Mailer;
use Mentorship_Program\Privacy\Private_Link_Page;

/**
 * Invites everyone an open survey asks, through the mail queue.
 *
 * The invitation row is written before its mail is queued, in one INSERT IGNORE on a
 * UNIQUE (survey, person) key: only the run whose insert made the row queues the mail,
 * so a daily catch-up, a second cron process or a withdrawal hook running at the same
 * time never sends twice. Only a keyed hash of the link's secret is stored.
 *
 * A link is `{status page}?mentorship_survey={invitation id}.{secret}`; the page moves
 * it into a cookie and redirects, as status links do (Link_Handler).
 *
 * @since 0.3.0
 */
final class Invitations {

	/**
	 * Query argument that carries a survey link's token.
	 */
	public const QUERY_ARG = 'mentorship_survey';

	/**
	 * Mail template key.
	 */
	public const TEMPLATE = 'survey';

	/**
	 * The keyed hash stored for a secret, bound to the survey and the person.
	 *
	 * @param int    $survey_id      Survey.
	 * @param int    $application_id Application.
	 * @param string $secret         Secret.
	 * @return string
	 */
	public static function hash( int $survey_id, int $application_id, string $secret ): string {
		return hash_hmac( 'sha256', 'mentorship-survey|' . get_current_blog_id() . '|' . $survey_id . '|' . $application_id . '|' . $secret, wp_salt( 'auth' ) );
	}

	/**
	 * A survey link.
	 *
	 * @param int    $invitation_id Invitation.
	 * @param string $secret        Secret.
	 * @return string
	 */
	public static function url( int $invitation_id, string $secret ): string {
		return add_query_arg( self::QUERY_ARG, $invitation_id . '.' . $secret, Mailer::status_url() );
	}

	/**
	 * Invites everyone every open survey asks and who was not invited yet. Safe to run
	 * any number of times, at once too.
	 *
	 * @since 0.3.0
	 *
	 * @return int Invitations sent in this run.
	 */
	public static function catch_up(): int {
		$sent = 0;
		foreach ( Cohorts::all() as $cohort ) {
			foreach ( Surveys::ensure_for_cohort( (int) $cohort['id'] ) as $survey ) {
				if ( 'open' !== $survey['status'] ) {
					continue;
				}
				// Those invited already are skipped before anything is loaded for them; the
				// UNIQUE key still decides when two runs race.
				$invited = array_flip( self::invited( (int) $survey['id'] ) );
				foreach ( Surveys::recipients( $survey ) as $application_id ) {
					if ( ! isset( $invited[ $application_id ] ) ) {
						$sent += self::invite( $survey, $application_id ) ? 1 : 0;
					}
				}
			}
		}
		return $sent;
	}

	/**
	 * Invites one person to one survey, unless they were invited already.
	 *
	 * @since 0.3.0
	 *
	 * @param array<string, mixed> $survey         Survey (open).
	 * @param int                  $application_id Application.
	 * @return bool Whether this call sent the invitation.
	 */
	public static function invite( array $survey, int $application_id ): bool {
		global $wpdb;
		$application = Applications::get( $application_id );
		if ( ! $application || 'open' !== $survey['status'] || ! Surveys::asks( $survey, $application ) ) {
			return false;
		}
		$secret = Status_Links::new_secret();
		$table  = Schema::table( 'invitations' );
		$made   = $wpdb->query( $wpdb->prepare( "INSERT IGNORE INTO {$table} (survey_id, application_id, token_hash, created_at) VALUES (%d, %d, %s, %s)", (int) $survey['id'], $application_id, self::hash( (int) $survey['id'], $application_id, $secret ), gmdate( 'Y-m-d H:i:s' ) ) ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared, WordPress.DB.DirectDatabaseQuery -- our own table; the UNIQUE key decides who sends.
		if ( 1 !== (int) $made ) {
			return false;
		}
		$id      = (int) $wpdb->insert_id;
		$mail_id = Mailer::queue_for_application(
			$application,
			self::TEMPLATE,
			array(
				'survey'     => (string) $survey['title'],
				'survey_url' => self::url( $id, $secret ),
				'closes_on'  => $survey['closes_on'] ? wp_date( (string) get_option( 'date_format' ), (int) strtotime( $survey['closes_on'] . ' 12:00:00 UTC' ) ) : '',
			)
		);
		$wpdb->update( $table, array( 'mail_id' => $mail_id ), array( 'id' => $id ), array( '%d' ), array( '%d' ) ); // phpcs:ignore WordPress.DB.DirectDatabaseQuery -- our own table.
		return true;
	}

	/**
	 * Invites someone who just withdrew to the exit survey.
	 *
	 * @since 0.3.0
	 *
	 * @param mixed $application_id Application.
	 * @param mixed $from           Previous stage.
	 * @param mixed $to             New stage.
	 */
	public static function on_stage_changed( $application_id, $from, $to ): void {
		unset( $from );
		if ( 'withdrawn' !== $to ) {
			return;
		}
		$application = Applications::get( (int) $application_id );
		if ( ! $application || empty( $application['cohort'] ) ) {
			return;
		}
		$survey = Surveys::find( (int) $application['cohort'], (string) $application['type'], 'exit' );
		if ( $survey ) {
			self::invite( $survey, (int) $application['id'] );
		}
	}

	/**
	 * Checks a survey link's token.
	 *
	 * @since 0.3.0
	 *
	 * @param string $token `{invitation id}.{secret}`.
	 * @return array{invitation_id: int, survey: array<string, mixed>, application: array<string, mixed>, hash: string}|null
	 */
	public static function verify( string $token ): ?array {
		$row = Private_Link_Page::row( $token, Schema::table( 'invitations' ), static fn( array $row, string $secret ): string => self::hash( (int) $row['survey_id'], (int) $row['application_id'], $secret ) );
		if ( ! $row ) {
			return null;
		}
		$survey      = Surveys::get( (int) $row['survey_id'] );
		$application = Applications::get( (int) $row['application_id'] );
		if ( ! $survey || ! $application ) {
			return null;
		}
		return array(
			'invitation_id' => (int) $row['id'],
			'survey'        => $survey,
			'application'   => $application,
			'hash'          => (string) $row['token_hash'],
		);
	}

	/**
	 * The applications a survey invited.
	 *
	 * @since 0.3.0
	 *
	 * @param int $survey_id Survey.
	 * @return int[]
	 */
	public static function invited( int $survey_id ): array {
		global $wpdb;
		$table = Schema::table( 'invitations' );
		return array_map( 'intval', (array) $wpdb->get_col( $wpdb->prepare( "SELECT application_id FROM {$table} WHERE survey_id = %d", $survey_id ) ) ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared, WordPress.DB.DirectDatabaseQuery -- our own table.
	}

	/**
	 * How many people a survey invited.
	 *
	 * @since 0.3.0
	 *
	 * @param int $survey_id Survey.
	 * @return int
	 */
	public static function count_for( int $survey_id ): int {
		global $wpdb;
		$table = Schema::table( 'invitations' );
		return (int) $wpdb->get_var( $wpdb->prepare( "SELECT COUNT(*) FROM {$table} WHERE survey_id = %d", $survey_id ) ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared, WordPress.DB.DirectDatabaseQuery -- our own table.
	}

	/**
	 * Deletes a person's invitations (their links stop working).
	 *
	 * @since 0.3.0
	 *
	 * @param int $application_id Application.
	 * @return int Rows deleted.
	 */
	public static function delete_for( int $application_id ): int {
		global $wpdb;
		return (int) $wpdb->delete( Schema::table( 'invitations' ), array( 'application_id' => $application_id ), array( '%d' ) ); // phpcs:ignore WordPress.DB.DirectDatabaseQuery -- our own table.
	}
}
