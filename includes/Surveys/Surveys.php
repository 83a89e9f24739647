<?php
/**
 * The surveys of a cohort: which exist, when each is open, who is asked, editing.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Surveys;

defined( 'ABSPATH' ) || exit;

use Mentorship_Program\Cohorts\Cohorts;
use Mentorship_Program\Applications\Post_Types;
use Mentorship_Program\Applications\Stages;
use Mentorship_Program\Teams\Taxonomies;
use WP_Error;
use Mentorship_Program\Support\Field_Errors;

/**
 * Every cohort has eight surveys: start, midpoint, end and exit, for mentees and for
 * mentors. Their dates follow the cohort's unless a coordinator set them:
 *
 * - start: from the cohort's first day, for two weeks;
 * - midpoint: from the middle day of the cohort, for two weeks;
 * - end: from the cohort's last day, for three weeks;
 * - exit: from the first day until 30 days after the last (it is sent when someone
 *   withdraws, whenever that is).
 *
 * Questions can change only before a survey opens, so every answer of a survey
 * answers the same questions.
 *
 * @since 0.3.0
 */
final class Surveys {

	public const KINDS     = array( 'start', 'midpoint', 'end', 'exit' );
	public const AUDIENCES = array( 'mentee', 'mentor' );

	/**
	 * Days each survey stays open by default.
	 */
	private const OPEN_DAYS = array(
		'start'    => 14,
		'midpoint' => 14,
		'end'      => 21,
	);

	/**
	 * Days after the cohort's end that the exit survey stays open.
	 */
	private const EXIT_GRACE_DAYS = 30;

	/**
	 * Stages of the people each survey asks, by audience and kind.
	 *
	 * @param string $audience mentee or mentor.
	 * @param string $kind     Survey kind.
	 * @return string[]
	 */
	public static function stages_asked( string $audience, string $kind ): array {
		if ( 'exit' === $kind ) {
			return array( 'withdrawn' );
		}
		return 'end' === $kind ? array_merge( array( 'active' ), Stages::FINISHED[ $audience ] ?? array() ) : Stages::admitted( $audience );
	}

	/**
	 * Creates the cohort's surveys that do not exist yet and returns them all. For
	 * writing contexts only (cron, commands); reading a cohort's surveys never writes —
	 * they are made when the cohort is created, and for older cohorts on upgrade.
	 *
	 * @since 0.3.0
	 *
	 * @param int $cohort_id Cohort.
	 * @return array<int, array<string, mixed>> The cohort's surveys.
	 */
	public static function ensure_for_cohort( int $cohort_id ): array {
		if ( ! Cohorts::get( $cohort_id ) ) {
			return array();
		}
		self::create_for_cohort( $cohort_id );
		return self::for_cohort( $cohort_id );
	}

	/**
	 * Creates every cohort's missing surveys (on install and upgrade).
	 *
	 * @since 0.4.0
	 */
	public static function create_for_every_cohort(): void {
		foreach ( Cohorts::all() as $cohort ) {
			self::create_for_cohort( (int) $cohort['id'] );
		}
	}

	/**
	 * Creates the cohort's surveys that do not exist yet, with the default questions (the
	 * UNIQUE key makes this safe to run at once from two places). Runs when a cohort term
	 * is created, however it is created.
	 *
	 * @since 0.4.0
	 *
	 * @param int $cohort_id Cohort term.
	 */
	public static function create_for_cohort( int $cohort_id ): void {
		global $wpdb;
		if ( $cohort_id <= 0 ) {
			return;
		}
		$table = Schema::table( 'surveys' );
		$count = (int) $wpdb->get_var( $wpdb->prepare( "SELECT COUNT(*) FROM {$table} WHERE cohort_id = %d", $cohort_id ) ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared, WordPress.DB.DirectDatabaseQuery -- our own table.
		if ( $count < count( self::KINDS ) * count( self::AUDIENCES ) ) {
			$now       = gmdate( 'Y-m-d H:i:s' );
			$questions = (string) wp_json_encode( Questions::defaults() );
			foreach ( self::AUDIENCES as $audience ) {
				foreach ( self::KINDS as $kind ) {
					$wpdb->query( $wpdb->prepare( "INSERT IGNORE INTO {$table} (cohort_id, audience, kind, questions, created_at, updated_at) VALUES (%d, %s, %s, %s, %s, %s)", $cohort_id, $audience, $kind, $questions, $now, $now ) ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared, WordPress.DB.DirectDatabaseQuery -- our own table; the UNIQUE key settles races.
				}
			}
		}
	}

	/**
	 * The cohort's surveys, shaped.
	 *
	 * @since 0.3.0
	 *
	 * @param int $cohort_id Cohort.
	 * @return array<int, array<string, mixed>>
	 */
	public static function for_cohort( int $cohort_id ): array {
		global $wpdb;
		$table  = Schema::table( 'surveys' );
		$rows   = $wpdb->get_results( $wpdb->prepare( "SELECT * FROM {$table} WHERE cohort_id = %d ORDER BY audience DESC, FIELD(kind, 'start', 'midpoint', 'end', 'exit')", $cohort_id ), ARRAY_A ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared, WordPress.DB.DirectDatabaseQuery -- our own table.
		$cohort = Cohorts::get( $cohort_id );
		return array_map( static fn( array $row ): array => self::shape( $row, $cohort ), (array) $rows );
	}

	/**
	 * One survey, shaped, or null.
	 *
	 * @since 0.3.0
	 *
	 * @param int $id Survey.
	 * @return array<string, mixed>|null
	 */
	public static function get( int $id ): ?array {
		global $wpdb;
		$table = Schema::table( 'surveys' );
		$row   = $wpdb->get_row( $wpdb->prepare( "SELECT * FROM {$table} WHERE id = %d", $id ), ARRAY_A ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared, WordPress.DB.DirectDatabaseQuery -- our own table.
		return $row ? self::shape( $row, Cohorts::get( (int) $row['cohort_id'] ) ) : null;
	}

	/**
	 * One survey of a cohort by audience and kind, or null.
	 *
	 * @since 0.3.0
	 *
	 * @param int    $cohort_id Cohort.
	 * @param string $audience  mentee or mentor.
	 * @param string $kind      Kind.
	 * @return array<string, mixed>|null
	 */
	public static function find( int $cohort_id, string $audience, string $kind ): ?array {
		foreach ( self::for_cohort( $cohort_id ) as $survey ) {
			if ( $survey['audience'] === $audience && $survey['kind'] === $kind ) {
				return $survey;
			}
		}
		return null;
	}

	/**
	 * Shapes a row.
	 *
	 * @param array<string, mixed>      $row    Row.
	 * @param array<string, mixed>|null $cohort Cohort.
	 * @return array<string, mixed>
	 */
	private static function shape( array $row, ?array $cohort ): array {
		$derived          = self::derived_window( (string) $row['kind'], $cohort );
		$opens            = $row['opens_on'] ? substr( (string) $row['opens_on'], 0, 10 ) : $derived[0];
		$closes           = $row['closes_on'] ? substr( (string) $row['closes_on'], 0, 10 ) : $derived[1];
		$questions        = json_decode( (string) $row['questions'], true );
		$survey           = array(
			'id'           => (int) $row['id'],
			'cohort_id'    => (int) $row['cohort_id'],
			'audience'     => (string) $row['audience'],
			'kind'         => (string) $row['kind'],
			'title'        => self::title( (string) $row['audience'], (string) $row['kind'] ),
			'questions'    => is_array( $questions ) ? $questions : array(),
			'opens_on'     => $opens,
			'closes_on'    => $closes,
			'dates_custom' => (bool) ( $row['opens_on'] || $row['closes_on'] ),
		);
		$survey['status'] = self::status( $survey );
		return $survey;
	}

	/**
	 * A survey's title for people.
	 *
	 * @since 0.3.0
	 *
	 * @param string $audience mentee or mentor.
	 * @param string $kind     Kind.
	 * @return string
	 */
	public static function title( string $audience, string $kind ): string {
		$titles = 'mentor' === $audience
			? array(
				'start'    => __( 'Mentor survey: start of the cohort', 'mentorship-program' ),
				'midpoint' => __( 'Mentor survey: halfway through', 'mentorship-program' ),
				'end'      => __( 'Mentor survey: end of the cohort', 'mentorship-program' ),
				'exit'     => __( 'Mentor survey: leaving the program', 'mentorship-program' ),
			)
			: array(
				'start'    => __( 'Mentee survey: start of the cohort', 'mentorship-program' ),
				'midpoint' => __( 'Mentee survey: halfway through', 'mentorship-program' ),
				'end'      => __( 'Mentee survey: end of the cohort', 'mentorship-program' ),
				'exit'     => __( 'Mentee survey: leaving the program', 'mentorship-program' ),
			);
		return $titles[ $kind ] ?? $kind;
	}

	/**
	 * The default open and close dates of a kind of survey in a cohort.
	 *
	 * @since 0.3.0
	 *
	 * @param string                    $kind   Kind.
	 * @param array<string, mixed>|null $cohort Cohort.
	 * @return array{0: string|null, 1: string|null} Y-m-d dates (UTC), or nulls without cohort dates.
	 */
	public static function derived_window( string $kind, ?array $cohort ): array {
		$starts = $cohort && $cohort['starts_on'] ? strtotime( $cohort['starts_on'] . ' 00:00:00 UTC' ) : false;
		$ends   = $cohort && $cohort['ends_on'] ? strtotime( $cohort['ends_on'] . ' 00:00:00 UTC' ) : false;
		$day    = static fn( int $time ): string => gmdate( 'Y-m-d', $time );
		switch ( $kind ) {
			case 'start':
				return false === $starts ? array( null, null ) : array( $day( $starts ), $day( $starts + ( self::OPEN_DAYS['start'] - 1 ) * DAY_IN_SECONDS ) );
			case 'midpoint':
				if ( false === $starts || false === $ends ) {
					return array( null, null );
				}
				$middle = $starts + (int) floor( ( $ends - $starts ) / DAY_IN_SECONDS / 2 ) * DAY_IN_SECONDS;
				return array( $day( $middle ), $day( $middle + ( self::OPEN_DAYS['midpoint'] - 1 ) * DAY_IN_SECONDS ) );
			case 'end':
				return false === $ends ? array( null, null ) : array( $day( $ends ), $day( $ends + ( self::OPEN_DAYS['end'] - 1 ) * DAY_IN_SECONDS ) );
			case 'exit':
				return false === $starts || false === $ends ? array( null, null ) : array( $day( $starts ), $day( $ends + self::EXIT_GRACE_DAYS * DAY_IN_SECONDS ) );
		}
		return array( null, null );
	}

	/**
	 * Where a survey is in its life on a day.
	 *
	 * @since 0.3.0
	 *
	 * @param array<string, mixed> $survey Survey.
	 * @param string|null          $today  Y-m-d (UTC); today when null.
	 * @return string scheduled|open|closed
	 */
	public static function status( array $survey, ?string $today = null ): string {
		$today = $today ?? gmdate( 'Y-m-d' );
		if ( empty( $survey['opens_on'] ) || $today < $survey['opens_on'] ) {
			return 'scheduled';
		}
		if ( ! empty( $survey['closes_on'] ) && $today > $survey['closes_on'] ) {
			return 'closed';
		}
		return 'open';
	}

	/**
	 * Changes a survey's questions (only before it opens) and dates.
	 *
	 * @since 0.3.0
	 *
	 * @param int                  $id      Survey.
	 * @param array<string, mixed> $changes questions, opens_on, closes_on (a date, or '' for the cohort's default).
	 * @return array<string, mixed>|WP_Error The survey.
	 */
	public static function update( int $id, array $changes ) {
		global $wpdb;
		$survey = self::get( $id );
		if ( ! $survey ) {
			return new WP_Error( 'mentorship_not_found', __( 'Survey not found.', 'mentorship-program' ), array( 'status' => 404 ) );
		}
		$data = array();
		if ( array_key_exists( 'questions', $changes ) ) {
			if ( 'scheduled' !== $survey['status'] ) {
				return self::refusal(
					'questions',
					__( 'The survey has opened.', 'mentorship-program' ),
					__( 'This survey has opened: its questions can no longer change, so that every answer answers the same questions.', 'mentorship-program' ),
					409,
					'mentorship_survey_started'
				);
			}
			$questions = Questions::sanitize( $changes['questions'] );
			if ( is_wp_error( $questions ) ) {
				return $questions;
			}
			$data['questions'] = (string) wp_json_encode( $questions );
		}
		$stored = $wpdb->get_row( $wpdb->prepare( 'SELECT opens_on, closes_on FROM ' . Schema::table( 'surveys' ) . ' WHERE id = %d', $id ), ARRAY_A ); // phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared, WordPress.DB.DirectDatabaseQuery -- our own table.
		foreach ( array( 'opens_on', 'closes_on' ) as $field ) {
			if ( ! array_key_exists( $field, $changes ) ) {
				continue;
			}
			$value = is_string( $changes[ $field ] ) ? trim( $changes[ $field ] ) : null;
			if ( null === $value || ( '' !== $value && ! self::is_date( $value ) ) ) {
				return self::refusal(
					$field,
					__( 'Not a date.', 'mentorship-program' ),
					__( 'Enter a date as YYYY-MM-DD, or leave it empty for the date that follows from the cohort.', 'mentorship-program' )
				);
			}
			$data[ $field ]   = '' === $value ? null : $value;
			$stored[ $field ] = $data[ $field ];
		}
		$derived = self::derived_window( $survey['kind'], Cohorts::get( $survey['cohort_id'] ) );
		$opens   = $stored['opens_on'] ? substr( (string) $stored['opens_on'], 0, 10 ) : $derived[0];
		$closes  = $stored['closes_on'] ? substr( (string) $stored['closes_on'], 0, 10 ) : $derived[1];
		if ( $opens && $closes && $closes < $opens ) {
			return self::refusal(
				'closes_on',
				__( 'Before the opening day.', 'mentorship-program' ),
				__( 'The survey must close on or after the day it opens.', 'mentorship-program' )
			);
		}
		if ( $data ) {
			$data['updated_at'] = gmdate( 'Y-m-d H:i:s' );
			$wpdb->update( Schema::table( 'surveys' ), $data, array( 'id' => $id ) ); // phpcs:ignore WordPress.DB.DirectDatabaseQuery -- our own table.
		}
		return self::get( $id );
	}

	/**
	 * Whether a string is a real calendar date.
	 *
	 * @param string $value Value.
	 * @return bool
	 */
	public static function is_date( string $value ): bool {
		return (bool) preg_match( '/^(\d{4})-(\d{2})-(\d{2})$/', $value, $m ) && checkdate( (int) $m[2], (int) $m[3], (int) $m[1] );
	}

	/**
	 * Whether an application is one of the people a survey asks.
	 *
	 * @since 0.3.0
	 *
	 * @param array<string, mixed> $survey      Survey.
	 * @param array<string, mixed> $application Application.
	 * @return bool
	 */
	public static function asks( array $survey, array $application ): bool {
		return $application['type'] === $survey['audience']
			&& (int) $application['cohort'] === (int) $survey['cohort_id']
			&& in_array( $application['stage'], self::stages_asked( $survey['audience'], $survey['kind'] ), true );
	}

	/**
	 * The applications a survey asks.
	 *
	 * @since 0.3.0
	 *
	 * @param array<string, mixed> $survey Survey.
	 * @return int[]
	 */
	public static function recipients( array $survey ): array {
		$ids = get_posts(
			array(
				'post_type'      => 'mentor' === $survey['audience'] ? Post_Types::MENTOR : Post_Types::MENTEE,
				'post_status'    => array_map( array( Stages::class, 'to_status' ), self::stages_asked( $survey['audience'], $survey['kind'] ) ),
				'fields'         => 'ids',
				'posts_per_page' => -1, // One cohort's people, IDs only.
				'orderby'        => 'ID',
				'order'          => 'ASC',
				'no_found_rows'  => true,
				'tax_query'      => array( // phpcs:ignore WordPress.DB.SlowDBQuery.slow_db_query_tax_query -- indexed term relationship.
					array(
						'taxonomy' => Taxonomies::COHORT,
						'field'    => 'term_id',
						'terms'    => (int) $survey['cohort_id'],
					),
				),
			)
		);
		return array_map( 'intval', $ids );
	}

	/**
	 * The surveys open now that ask an application.
	 *
	 * @since 0.3.0
	 *
	 * @param array<string, mixed> $application Application.
	 * @return array<int, array<string, mixed>>
	 */
	public static function open_for( array $application ): array {
		if ( empty( $application['cohort'] ) ) {
			return array();
		}
		return array_values(
			array_filter(
				self::for_cohort( (int) $application['cohort'] ),
				static fn( array $survey ): bool => 'open' === $survey['status'] && self::asks( $survey, $application )
			)
		);
	}

	/**
	 * Deletes a cohort's surveys and everything hanging on them.
	 *
	 * @since 0.3.0
	 *
	 * @param int $cohort_id Cohort.
	 */
	public static function delete_for_cohort( int $cohort_id ): void {
		global $wpdb;
		$t = Schema::tables();
		// phpcs:disable WordPress.DB.PreparedSQL.InterpolatedNotPrepared, WordPress.DB.DirectDatabaseQuery -- our own tables.
		$wpdb->query( $wpdb->prepare( "DELETE a FROM {$t['answers']} a JOIN {$t['surveys']} s ON s.id = a.survey_id WHERE s.cohort_id = %d", $cohort_id ) );
		$wpdb->query( $wpdb->prepare( "DELETE i FROM {$t['invitations']} i JOIN {$t['surveys']} s ON s.id = i.survey_id WHERE s.cohort_id = %d", $cohort_id ) );
		$wpdb->query( $wpdb->prepare( "DELETE FROM {$t['surveys']} WHERE cohort_id = %d", $cohort_id ) );
		$wpdb->query( $wpdb->prepare( "DELETE FROM {$t['followups']} WHERE cohort_id = %d", $cohort_id ) );
		// phpcs:enable
	}

	/**
	 * A refusal naming one field: the field's short reason in `params`, and a message
	 * that says what to do.
	 *
	 * @since 0.3.0
	 *
	 * @param string $field   The field.
	 * @param string $reason  Its short reason.
	 * @param string $message What to do.
	 * @param int    $status  HTTP status (400 for bad input, 409 for a conflict).
	 * @param string $code    Error code.
	 * @return WP_Error
	 */
	public static function refusal( string $field, string $reason, string $message, int $status = 400, string $code = 'rest_invalid_param' ): WP_Error {
		return Field_Errors::on_field( $code, $message, $status, $field, $reason );
	}
}
