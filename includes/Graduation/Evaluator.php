<?php
/**
 * Checks mentees against their cohort's graduation criteria.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Graduation;

defined( 'ABSPATH' ) || exit;

use Mentorship_Program\Applications\Applications;
use Mentorship_Program\Mentorship\Goals;
use Mentorship_Program\Mentorship\Schema;

/**
 * The one place that decides whether a mentee meets the criteria, and says so in
 * words: sessions attended (from check-ins), goals set, the first-contribution link,
 * the mentor's confirmation.
 *
 * @since 0.3.0
 */
final class Evaluator {

	/**
	 * Sessions each mentee attended, in one query.
	 *
	 * @since 0.3.0
	 *
	 * @param int[] $mentee_ids Mentees.
	 * @return array<int, int> Mentee => sessions attended.
	 */
	public static function sessions_attended( array $mentee_ids ): array {
		global $wpdb;
		$ids = array_values( array_filter( array_map( 'intval', $mentee_ids ) ) );
		if ( ! $ids ) {
			return array();
		}
		$in   = implode( ',', $ids );
		$rows = (array) $wpdb->get_results( 'SELECT mentee_id, COUNT(*) AS n FROM ' . Schema::table( 'checkin_mentees' ) . " WHERE attended = 1 AND mentee_id IN ({$in}) GROUP BY mentee_id", ARRAY_A ); // phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared, WordPress.DB.PreparedSQL.InterpolatedNotPrepared, WordPress.DB.DirectDatabaseQuery -- integers only; the check-ins' own table.
		$out  = array_fill_keys( $ids, 0 );
		foreach ( $rows as $row ) {
			$out[ (int) $row['mentee_id'] ] = (int) $row['n'];
		}
		return $out;
	}

	/**
	 * One mentee against their cohort's criteria.
	 *
	 * @since 0.3.0
	 *
	 * @param array<string, mixed> $mentee Mentee application.
	 * @return array{met: bool, criteria: array<int, array{key: string, label: string, met: bool, text: string}>}
	 */
	public static function evaluate( array $mentee ): array {
		return self::evaluate_many( array( $mentee ) )[ (int) $mentee['id'] ];
	}

	/**
	 * Many mentees of any cohorts, with a constant number of queries for attendance and goals.
	 *
	 * @since 0.3.0
	 *
	 * @param array<int, array<string, mixed>> $mentees Mentee applications.
	 * @return array<int, array{met: bool, criteria: array<int, array{key: string, label: string, met: bool, text: string}>}> Mentee ID => result.
	 */
	public static function evaluate_many( array $mentees ): array {
		$ids      = array_map( static fn( $m ) => (int) $m['id'], $mentees );
		$sessions = self::sessions_attended( $ids );
		$goals    = Goals::of_mentees( $ids );
		$out      = array();
		foreach ( $mentees as $mentee ) {
			$id       = (int) $mentee['id'];
			$criteria = Criteria::get( (int) $mentee['cohort'] );
			$progress = Progress::get( $id );
			$checks   = array();
			if ( $criteria['min_sessions'] > 0 ) {
				$attended = $sessions[ $id ] ?? 0;
				$checks[] = array(
					'key'   => 'sessions',
					/* translators: %d: number of sessions. */
					'label' => sprintf( _n( 'Attended at least %d session', 'Attended at least %d sessions', $criteria['min_sessions'], 'mentorship-program' ), $criteria['min_sessions'] ),
					'met'   => $attended >= $criteria['min_sessions'],
					/* translators: 1: sessions attended, 2: sessions asked for. */
					'text'  => sprintf( _n( 'Attended %1$d of %2$d session.', 'Attended %1$d of %2$d sessions.', $criteria['min_sessions'], 'mentorship-program' ), $attended, $criteria['min_sessions'] ),
				);
			}
			if ( $criteria['goals_set'] ) {
				$count    = count( $goals[ $id ] ?? array() );
				$checks[] = array(
					'key'   => 'goals',
					'label' => __( 'Set at least one goal', 'mentorship-program' ),
					'met'   => $count > 0,
					'text'  => $count > 0
						/* translators: %d: number of goals. */
						? sprintf( _n( '%d goal set.', '%d goals set.', $count, 'mentorship-program' ), $count )
						: __( 'No goal set yet.', 'mentorship-program' ),
				);
			}
			if ( $criteria['contribution_link'] ) {
				$given    = '' !== $progress['contribution_link'];
				$checks[] = array(
					'key'   => 'contribution_link',
					'label' => __( 'Gave a link to their first contribution', 'mentorship-program' ),
					'met'   => $given,
					'text'  => $given ? __( 'Contribution link given.', 'mentorship-program' ) : __( 'No contribution link yet.', 'mentorship-program' ),
				);
			}
			if ( $criteria['mentor_confirmation'] ) {
				$checks[] = array(
					'key'   => 'mentor_confirmation',
					'label' => __( 'Mentor confirmed they are ready', 'mentorship-program' ),
					'met'   => $progress['mentor_confirmed'],
					'text'  => $progress['mentor_confirmed'] ? __( 'The mentor confirmed.', 'mentorship-program' ) : __( 'The mentor has not confirmed yet.', 'mentorship-program' ),
				);
			}
			$out[ $id ] = array(
				'met'      => ! in_array( false, array_column( $checks, 'met' ), true ),
				'criteria' => $checks,
			);
		}
		return $out;
	}

	/**
	 * The unmet criteria of a result, in words.
	 *
	 * @since 0.3.0
	 *
	 * @param array{met: bool, criteria: array<int, array<string, mixed>>} $result Result of evaluate().
	 * @return string[]
	 */
	public static function reasons( array $result ): array {
		$reasons = array();
		foreach ( $result['criteria'] as $check ) {
			if ( ! $check['met'] ) {
				$reasons[] = (string) $check['text'];
			}
		}
		return $reasons;
	}

	/**
	 * A mentee application by ID, or null.
	 *
	 * @since 0.3.0
	 *
	 * @param int $id Application.
	 * @return array<string, mixed>|null
	 */
	public static function mentee( int $id ): ?array {
		$application = Applications::get( $id );
		return $application && 'mentee' === $application['type'] ? $application : null;
	}
}
