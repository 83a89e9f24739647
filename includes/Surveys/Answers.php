<?php
/**
 * Answers to surveys: one per person per survey, changeable until the survey closes.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Surveys;

defined( 'ABSPATH' ) || exit;

use Mentorship_Program\Applications\Applications;
use WP_Error;

/**
 * Stores and reads answers. Nothing here shows an answer to anyone: the link page and
 * the My mentorship block show a person their own answer, and only coordinators on a
 * site that allows it may list individual answers (see Results::individual_allowed()).
 *
 * @since 0.3.0
 */
final class Answers {

	/**
	 * Saves a person's answer to a survey, replacing their earlier one.
	 *
	 * @since 0.3.0
	 *
	 * @param int                  $survey_id      Survey.
	 * @param int                  $application_id The person's application.
	 * @param array<string, mixed> $raw            Question key => answer.
	 * @return array{created: bool, answers: array<string, mixed>}|WP_Error
	 */
	public static function save( int $survey_id, int $application_id, array $raw ) {
		global $wpdb;
		$survey      = Surveys::get( $survey_id );
		$application = Applications::get( $application_id );
		if ( ! $survey || ! $application ) {
			return new WP_Error( 'mentorship_not_found', __( 'Survey not found.', 'mentorship-program' ), array( 'status' => 404 ) );
		}
		if ( ! Surveys::asks( $survey, $application ) ) {
			return new WP_Error( 'mentorship_survey_not_yours', __( 'This survey is not for you.', 'mentorship-program' ), array( 'status' => 403 ) );
		}
		$state = self::closed_error( $survey );
		if ( $state ) {
			return $state;
		}
		$answers = self::sanitize( $survey['questions'], $raw );
		if ( is_wp_error( $answers ) ) {
			return $answers;
		}
		$table = Schema::table( 'answers' );
		$now   = gmdate( 'Y-m-d H:i:s' );
		$json  = (string) wp_json_encode( $answers );
		// One statement: the UNIQUE key turns a second answer into an update, even when
		// two submits arrive at once.
		$affected = $wpdb->query( $wpdb->prepare( "INSERT INTO {$table} (survey_id, application_id, answers, created_at, updated_at) VALUES (%d, %d, %s, %s, %s) ON DUPLICATE KEY UPDATE answers = VALUES(answers), updated_at = VALUES(updated_at)", $survey_id, $application_id, $json, $now, $now ) ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared, WordPress.DB.DirectDatabaseQuery -- our own table.
		/**
		 * Fires after a person answered a survey or changed their answer.
		 *
		 * @since 0.3.0
		 *
		 * @param int $survey_id      Survey.
		 * @param int $application_id The person's application.
		 */
		do_action( 'mentorship_program_survey_answered', $survey_id, $application_id );
		return array(
			'created' => 1 === (int) $affected,
			'answers' => $answers,
		);
	}

	/**
	 * The error of a survey that cannot be answered today, or null when it can.
	 *
	 * @since 0.3.0
	 *
	 * @param array<string, mixed> $survey Survey.
	 * @return WP_Error|null
	 */
	public static function closed_error( array $survey ): ?WP_Error {
		if ( 'closed' === $survey['status'] ) {
			return new WP_Error(
				'mentorship_survey_closed',
				sprintf(
					/* translators: %s: closing date. */
					__( 'This survey closed on %s. Answers can no longer be given or changed.', 'mentorship-program' ),
					wp_date( (string) get_option( 'date_format' ), (int) strtotime( $survey['closes_on'] . ' 12:00:00 UTC' ) )
				),
				array( 'status' => 409 )
			);
		}
		if ( 'scheduled' === $survey['status'] ) {
			return new WP_Error( 'mentorship_survey_not_open', __( 'This survey is not open yet.', 'mentorship-program' ), array( 'status' => 409 ) );
		}
		return null;
	}

	/**
	 * Checks answers against a survey's questions.
	 *
	 * @since 0.3.0
	 *
	 * @param array<int, array<string, mixed>> $questions Questions.
	 * @param array<string, mixed>             $raw       Key => answer.
	 * @return array<string, int|string>|WP_Error Only answered questions.
	 */
	public static function sanitize( array $questions, array $raw ) {
		$clean  = array();
		$errors = array();
		foreach ( $questions as $question ) {
			$key   = (string) $question['key'];
			$value = $raw[ $key ] ?? '';
			$value = is_scalar( $value ) ? trim( (string) $value ) : null;
			if ( null === $value ) {
				$errors[ $key ] = __( 'Not a valid answer.', 'mentorship-program' );
				continue;
			}
			if ( '' === $value ) {
				if ( ! empty( $question['required'] ) ) {
					$errors[ $key ] = __( 'Please answer this question.', 'mentorship-program' );
				}
				continue;
			}
			if ( isset( Questions::SCALES[ $question['kind'] ] ) ) {
				list( $low, $high ) = Questions::SCALES[ $question['kind'] ];
				if ( ! preg_match( '/^\d{1,2}$/', $value ) || (int) $value < $low || (int) $value > $high ) {
					/* translators: 1: lowest answer, 2: highest answer. */
					$errors[ $key ] = sprintf( __( 'Choose a number from %1$d to %2$d.', 'mentorship-program' ), $low, $high );
					continue;
				}
				$clean[ $key ] = (int) $value;
			} elseif ( 'choice' === $question['kind'] ) {
				if ( ! in_array( $value, (array) ( $question['options'] ?? array() ), true ) ) {
					$errors[ $key ] = __( 'Choose one of the options.', 'mentorship-program' );
					continue;
				}
				$clean[ $key ] = $value;
			} else {
				$text = sanitize_textarea_field( $value );
				if ( mb_strlen( $text ) > Questions::MAX_TEXT ) {
					/* translators: %d: maximum characters. */
					$errors[ $key ] = sprintf( __( 'Please keep this under %d characters.', 'mentorship-program' ), Questions::MAX_TEXT );
					continue;
				}
				$clean[ $key ] = $text;
			}
		}
		if ( $errors ) {
			return self::invalid( $errors );
		}
		return $clean;
	}

	/**
	 * The refusal of answers a person gave on a form: a 400 naming each answer that
	 * needs another look, with one message the form shows above them.
	 *
	 * @since 0.3.0
	 *
	 * @param array<string, string> $errors Question or field => message.
	 * @return WP_Error
	 */
	public static function invalid( array $errors ): WP_Error {
		return new WP_Error(
			'rest_invalid_param',
			__( 'Some answers need another look.', 'mentorship-program' ),
			array(
				'status' => 400,
				'params' => $errors,
			)
		);
	}

	/**
	 * A person's own answer to a survey, or null.
	 *
	 * @since 0.3.0
	 *
	 * @param int $survey_id      Survey.
	 * @param int $application_id Application.
	 * @return array<string, mixed>|null
	 */
	public static function of( int $survey_id, int $application_id ): ?array {
		global $wpdb;
		$table = Schema::table( 'answers' );
		$json  = $wpdb->get_var( $wpdb->prepare( "SELECT answers FROM {$table} WHERE survey_id = %d AND application_id = %d", $survey_id, $application_id ) ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared, WordPress.DB.DirectDatabaseQuery -- our own table.
		if ( null === $json ) {
			return null;
		}
		return self::decode( $json );
	}

	/**
	 * Every answer of a survey (for the aggregates), each with its application or null
	 * when the person was erased.
	 *
	 * @since 0.3.0
	 *
	 * @param int $survey_id Survey.
	 * @return array<int, array{application_id: int|null, answers: array<string, mixed>, updated_at: string}>
	 */
	public static function for_survey( int $survey_id ): array {
		$out = array();
		foreach ( self::rows( 'survey_id', $survey_id ) as $row ) {
			$out[] = array(
				'application_id' => null === $row['application_id'] ? null : (int) $row['application_id'],
				'answers'        => $row['answers'],
				'updated_at'     => (string) $row['updated_at'],
			);
		}
		return $out;
	}

	/**
	 * Every answer of one person, with its survey.
	 *
	 * @since 0.3.0
	 *
	 * @param int $application_id Application.
	 * @return array<int, array{survey: array<string, mixed>, answers: array<string, mixed>, updated_at: string}>
	 */
	public static function of_application( int $application_id ): array {
		$out = array();
		foreach ( self::rows( 'application_id', $application_id ) as $row ) {
			$survey = Surveys::get( (int) $row['survey_id'] );
			if ( $survey ) {
				$out[] = array(
					'survey'     => $survey,
					'answers'    => $row['answers'],
					'updated_at' => (string) $row['updated_at'],
				);
			}
		}
		return $out;
	}

	/**
	 * Forgets who gave a person's answers, keeping what the aggregates need: the row
	 * stays with its ratings and choices, without its person and without free text
	 * (which could name them).
	 *
	 * @since 0.3.0
	 *
	 * @param int $application_id Application.
	 * @return int Answers unlinked.
	 */
	public static function unlink_person( int $application_id ): int {
		global $wpdb;
		$table = Schema::table( 'answers' );
		$done  = 0;
		foreach ( self::rows( 'application_id', $application_id ) as $row ) {
			$survey  = Surveys::get( (int) $row['survey_id'] );
			$answers = $row['answers'];
			foreach ( $survey ? $survey['questions'] : array() as $question ) {
				if ( 'text' === $question['kind'] ) {
					unset( $answers[ $question['key'] ] );
				}
			}
			$done += (int) $wpdb->query( $wpdb->prepare( "UPDATE {$table} SET application_id = NULL, answers = %s WHERE id = %d", (string) wp_json_encode( (object) $answers ), (int) $row['id'] ) ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared, WordPress.DB.DirectDatabaseQuery -- our own table.
		}
		return $done;
	}

	/**
	 * The stored answers of one survey or one person, oldest first, each decoded.
	 *
	 * @param string $column survey_id or application_id.
	 * @param int    $id     Its value.
	 * @return array<int, array<string, mixed>> Rows; answers as an array.
	 */
	private static function rows( string $column, int $id ): array {
		global $wpdb;
		$table  = Schema::table( 'answers' );
		$column = 'survey_id' === $column ? 'survey_id' : 'application_id';
		$rows   = $wpdb->get_results( $wpdb->prepare( "SELECT id, survey_id, application_id, answers, updated_at FROM {$table} WHERE {$column} = %d ORDER BY id ASC", $id ), ARRAY_A ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared, WordPress.DB.DirectDatabaseQuery -- our own table; the column is one of two names.
		foreach ( (array) $rows as $i => $row ) {
			$rows[ $i ]['answers'] = self::decode( $row['answers'] );
		}
		return (array) $rows;
	}

	/**
	 * Stored answers as an array; a row that does not decode holds none.
	 *
	 * @param mixed $json Stored JSON.
	 * @return array<string, mixed>
	 */
	private static function decode( $json ): array {
		$answers = json_decode( (string) $json, true );
		return is_array( $answers ) ? $answers : array();
	}
}
