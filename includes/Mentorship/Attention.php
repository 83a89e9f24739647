<?php
/**
 * "Needs attention": who is stuck in a running cohort, and why, in words.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Mentorship;

defined( 'ABSPATH' ) || exit;

use Mentorship_Program\Applications\Applications;
use Mentorship_Program\Cohorts\Cohorts;
use Mentorship_Program\Applications\Post_Types;
use Mentorship_Program\Database\Schema as Plugin_Schema;
use Mentorship_Program\Applications\Stages;
use Mentorship_Program\Teams\Taxonomies;
use Mentorship_Program\Graduation\Criteria;
use Mentorship_Program\Graduation\Evaluator;

/**
 * A read model over check-ins, attendance, dates and capacity. It runs the same five
 * queries whatever the number of cohorts, people and check-ins, and applies every rule
 * in PHP:
 *
 * - help:      the latest check-in of a pair asks a coordinator for help;
 * - absent:    a mentee missed the last two sessions (one-to-one or group) in a row;
 * - ending:    the cohort ends within 7 days and the mentee is not graduated (where the
 *              cohort has graduation criteria: does not meet them all, saying what is missing);
 * - new_mentor: a mentor stepped back, or a mentee asked for a new mentor;
 * - no_mentor: an accepted mentee has no mentor;
 * - stale:     no check-in with the mentee for N days (14, or the cohort's own setting);
 * - capacity:  a mentor has more mentees than their capacity;
 * - mentor_quiet: a mentor with mentees who was last seen on the site (log-in or My
 *                 mentorship, see Last_Seen) and last logged a check-in N days ago or
 *                 more. A mentor never seen since tracking began is left to "stale".
 *
 * Cohort dates are calendar days in UTC (as everywhere in the plugin); check-in dates are
 * the day the mentor gave, which may be "tomorrow" in UTC for someone east of it, so a
 * day count never goes below zero.
 *
 * @since 0.2.0
 */
final class Attention {

	/**
	 * Days without a check-in before a pair needs attention, unless the cohort says otherwise.
	 */
	public const DEFAULT_STALE_DAYS = 14;

	/**
	 * Term meta that holds a cohort's own number of days.
	 */
	public const STALE_DAYS_META = 'mp_checkin_days';

	/**
	 * Most days a cohort may set.
	 */
	public const MAX_STALE_DAYS = 365;

	/**
	 * Days before a cohort's end when mentees not yet graduated need attention.
	 */
	public const ENDING_DAYS = 7;

	/**
	 * How urgent each rule is, before its own adjustments (higher first).
	 */
	private const URGENCY = array(
		'help'         => 100,
		'new_mentor'   => 90,
		'absent'       => 80,
		'ending'       => 70,
		'no_mentor'    => 60,
		'stale'        => 50,
		'capacity'     => 40,
		'mentor_quiet' => 45,
	);

	/**
	 * The rules, with their labels.
	 *
	 * @since 0.2.0
	 *
	 * @return array<string, string>
	 */
	public static function rules(): array {
		return array(
			'help'         => __( 'Asked for help', 'mentorship-program' ),
			'new_mentor'   => __( 'Needs a new mentor', 'mentorship-program' ),
			'absent'       => __( 'Missed two sessions', 'mentorship-program' ),
			'ending'       => __( 'Cohort ending', 'mentorship-program' ),
			'no_mentor'    => __( 'No mentor', 'mentorship-program' ),
			'stale'        => __( 'No recent check-in', 'mentorship-program' ),
			'capacity'     => __( 'Mentor over capacity', 'mentorship-program' ),
			'mentor_quiet' => __( 'Mentor not seen', 'mentorship-program' ),
		);
	}

	/**
	 * The days without a check-in after which a pair of this cohort needs attention.
	 *
	 * @since 0.2.0
	 *
	 * @param int $cohort_id Cohort.
	 * @return int
	 */
	public static function stale_days( int $cohort_id ): int {
		$days = (int) get_term_meta( $cohort_id, self::STALE_DAYS_META, true );
		return $days >= 1 && $days <= self::MAX_STALE_DAYS ? $days : self::DEFAULT_STALE_DAYS;
	}

	/**
	 * The days a cohort may set, as a REST argument: one schema for every route that takes
	 * them (the cohort, Needs attention's settings and the reminders).
	 *
	 * @since 0.4.0
	 *
	 * @return array<string, mixed>
	 */
	public static function stale_days_arg(): array {
		return array(
			'type'        => 'integer',
			'minimum'     => 0,
			'maximum'     => self::MAX_STALE_DAYS,
			/* translators: %d: default number of days. */
			'description' => sprintf( __( 'Days without a check-in before a pair needs attention; 0 goes back to the default (%d).', 'mentorship-program' ), self::DEFAULT_STALE_DAYS ),
		);
	}

	/**
	 * Whether a value is days a cohort may set: a whole number from 1 to MAX_STALE_DAYS, or
	 * 0 for the default.
	 *
	 * @since 0.4.0
	 *
	 * @param mixed $days Value.
	 * @return bool
	 */
	public static function valid_stale_days( $days ): bool {
		return is_int( $days ) && $days >= 0 && $days <= self::MAX_STALE_DAYS;
	}

	/**
	 * The refusal of days a cohort may not set, naming the field.
	 *
	 * @since 0.4.0
	 *
	 * @param string $field The field that carried them.
	 * @return array<string, string> Field => message.
	 */
	public static function stale_days_error( string $field ): array {
		/* translators: %d: most days. */
		return array( $field => sprintf( __( 'Give the days without a check-in as a whole number from 1 to %d, or 0 for the default.', 'mentorship-program' ), self::MAX_STALE_DAYS ) );
	}

	/**
	 * Sets a cohort's number of days (0 goes back to the default).
	 *
	 * @since 0.2.0
	 *
	 * @param int $cohort_id Cohort.
	 * @param int $days      Days, 1–365, or 0.
	 * @return bool
	 */
	public static function set_stale_days( int $cohort_id, int $days ): bool {
		if ( ! self::valid_stale_days( $days ) || ! Cohorts::get( $cohort_id ) ) {
			return false;
		}
		if ( 0 === $days ) {
			delete_term_meta( $cohort_id, self::STALE_DAYS_META );
			return true;
		}
		return false !== update_term_meta( $cohort_id, self::STALE_DAYS_META, $days );
	}

	/**
	 * The rows, most urgent first.
	 *
	 * @since 0.2.0
	 *
	 * @param int      $cohort_id One cohort, or 0 for every cohort that runs or is about to.
	 * @param int|null $now       Timestamp (tests).
	 * @return array<int, array<string, mixed>>
	 */
	public static function rows( int $cohort_id = 0, ?int $now = null ): array {
		$now     = $now ?? time();
		$today   = gmdate( 'Y-m-d', $now );
		$cohorts = array();
		foreach ( Cohorts::all() as $cohort ) {
			if ( $cohort_id && $cohort['id'] !== $cohort_id ) {
				continue;
			}
			$phase = self::phase( $cohort, $today );
			if ( $cohort_id || in_array( $phase, array( 'running', 'starting' ), true ) ) {
				$cohort['phase']          = $phase;
				$cohorts[ $cohort['id'] ] = $cohort;
			}
		}
		if ( ! $cohorts ) {
			return array();
		}
		$people      = self::people( array_keys( $cohorts ) );
		$assignments = self::assignments( array_keys( $cohorts ) );
		$history     = self::history( array_keys( $cohorts ) );

		$mentor_of = array();
		$load      = array();
		foreach ( $assignments as $row ) {
			$mentor_of[ (int) $row['mentee_id'] ] = (int) $row['mentor_id'];
			$load[ (int) $row['mentor_id'] ]      = ( $load[ (int) $row['mentor_id'] ] ?? 0 ) + 1;
		}

		$rows      = array();
		$ending    = array();
		$help_seen = array();
		$stale     = array();
		foreach ( $people as $id => $person ) {
			$cohort = $cohorts[ $person['cohort'] ] ?? null;
			if ( ! $cohort ) {
				continue;
			}
			if ( 'mentor' === $person['type'] ) {
				$count = $load[ $id ] ?? 0;
				if ( $count > $person['capacity'] ) {
					$rows[] = self::row(
						'capacity',
						0,
						$cohort,
						null,
						$person,
						/* translators: 1: mentor name, 2: number of mentees, 3: capacity. */
						sprintf( _n( '%1$s mentors %2$d mentee, above their capacity of %3$d.', '%1$s mentors %2$d mentees, above their capacity of %3$d.', $count, 'mentorship-program' ), $person['name'], $count, $person['capacity'] ),
						null
					);
				}
				continue;
			}
			if ( ! in_array( $person['stage'], Stages::RUNNING['mentee'], true ) ) {
				continue;
			}
			$mentor = isset( $mentor_of[ $id ] ) ? ( $people[ $mentor_of[ $id ] ] ?? array(
				'id'   => $mentor_of[ $id ],
				'name' => '',
			) ) : null;

			if ( 'running' === $cohort['phase'] ) {
				$left = self::days_between( $today, (string) $cohort['ends_on'] );
				if ( '' !== $cohort['ends_on'] && $left <= self::ENDING_DAYS ) {
					$ending[] = array( $cohort, $person, $mentor, $left );
				}
			}

			$request = is_array( $person['request'] ) && isset( $person['request']['by'] ) ? $person['request'] : null;
			if ( $request ) {
				$from   = $people[ (int) ( $request['mentor'] ?? 0 ) ]['name'] ?? '';
				$rows[] = self::row(
					'new_mentor',
					0,
					$cohort,
					$person,
					$mentor,
					'mentor' === $request['by']
						/* translators: 1: mentor name, 2: mentee name, 3: the mentor's reason. */
						? sprintf( __( '%1$s cannot continue as the mentor of %2$s: “%3$s”', 'mentorship-program' ), $from, $person['name'], (string) $request['reason'] )
						/* translators: 1: mentee name, 2: the mentee's reason. */
						: sprintf( __( '%1$s asked for a new mentor: “%2$s”', 'mentorship-program' ), $person['name'], (string) $request['reason'] ),
					substr( (string) ( $request['at'] ?? '' ), 0, 10 )
				);
				if ( ! $mentor ) {
					continue;
				}
			}

			if ( ! $mentor ) {
				$rows[] = self::row(
					'no_mentor',
					'running' === $cohort['phase'] ? 15 : 0,
					$cohort,
					$person,
					null,
					'running' === $cohort['phase']
						/* translators: 1: mentee name, 2: cohort name. */
						? sprintf( __( '%1$s is accepted but has no mentor, and %2$s is already running.', 'mentorship-program' ), $person['name'], $cohort['name'] )
						/* translators: 1: mentee name, 2: cohort name. */
						: sprintf( __( '%1$s is accepted but has no mentor yet; %2$s starts soon.', 'mentorship-program' ), $person['name'], $cohort['name'] ),
					null
				);
				continue;
			}
			if ( 'running' !== $cohort['phase'] ) {
				continue;
			}

			$mine     = $history[ $id ] ?? array();
			$latest   = $mine['latest'] ?? null;
			$sessions = $mine['sessions'] ?? array();
			$met      = isset( $mine['met'] ) ? array( $mine['met'] ) : array();

			if ( $latest && '1' === (string) $latest['needs_help'] && ! isset( $help_seen[ $latest['checkin_id'] ] ) ) {
				$help_seen[ $latest['checkin_id'] ] = true;
				$rows[]                             = self::row(
					'help',
					0,
					$cohort,
					$person,
					$mentor,
					/* translators: 1: mentor name, 2: date, 3: mentee name. */
					sprintf( __( '%1$s asked a coordinator for help in the check-in of %2$s with %3$s.', 'mentorship-program' ), $mentor['name'], self::date( (string) $latest['held_on'] ), $person['name'] ),
					(string) $latest['held_on']
				);
			}

			if ( count( $sessions ) >= 2 && '0' === (string) $sessions[0]['attended'] && '0' === (string) $sessions[1]['attended'] ) {
				$rows[] = self::row(
					'absent',
					0,
					$cohort,
					$person,
					$mentor,
					/* translators: 1: mentee name, 2: date, 3: date. */
					sprintf( __( '%1$s missed the last two sessions (%2$s and %3$s).', 'mentorship-program' ), $person['name'], self::date( (string) $sessions[1]['held_on'] ), self::date( (string) $sessions[0]['held_on'] ) ),
					(string) $sessions[0]['held_on']
				);
			}

			$limit = $stale[ $cohort['id'] ] ??= self::stale_days( (int) $cohort['id'] );
			// Days since the last check-in or, for a pair that never met, since the later of
			// the cohort's start and the assignment.
			$last  = $met ? (string) $met[0]['held_on'] : null;
			$since = $last ?? max( (string) $cohort['starts_on'], substr( (string) ( $person['assigned_at'] ?? '' ), 0, 10 ) );
			$days  = self::days_between( '' === $since ? $today : $since, $today );
			if ( $days >= $limit ) {
				$rows[] = self::row(
					'stale',
					min( 29, $days - $limit ),
					$cohort,
					$person,
					$mentor,
					null !== $last
						/* translators: 1: mentor name, 2: mentee name, 3: number of days, 4: date. */
						? sprintf( _n( 'No check-in between %1$s and %2$s for %3$d day (last on %4$s).', 'No check-in between %1$s and %2$s for %3$d days (last on %4$s).', $days, 'mentorship-program' ), $mentor['name'], $person['name'], $days, self::date( $last ) )
						/* translators: 1: mentor name, 2: mentee name, 3: number of days. */
						: sprintf( _n( 'No check-in yet between %1$s and %2$s, %3$d day into the mentorship.', 'No check-in yet between %1$s and %2$s, %3$d days into the mentorship.', $days, 'mentorship-program' ), $mentor['name'], $person['name'], $days ),
					$last
				);
			}
		}

		$rows = array_merge( $rows, self::ending_rows( $ending ) );

		foreach ( $people as $id => $person ) {
			$cohort = $cohorts[ $person['cohort'] ] ?? null;
			if ( 'mentor' !== $person['type'] || ! $cohort || 'running' !== $cohort['phase'] || empty( $load[ $id ] ) || null === $person['last_seen'] ) {
				continue;
			}
			$limit   = $stale[ $cohort['id'] ] ??= self::stale_days( (int) $cohort['id'] );
			$seen    = gmdate( 'Y-m-d', $person['last_seen'] );
			$wrote   = '';
			$waiting = null; // The mentee whose latest check-in is oldest: a nudge is about them.
			foreach ( $mentor_of as $mentee_id => $mentor_id ) {
				if ( $mentor_id !== $id || ! isset( $people[ $mentee_id ] ) ) {
					continue;
				}
				$held = (string) ( $history[ $mentee_id ]['latest']['held_on'] ?? '' );
				if ( strcmp( $held, $wrote ) > 0 ) {
					$wrote = $held;
				}
				if ( null === $waiting || strcmp( $held, $waiting[1] ) < 0 ) {
					$waiting = array( $mentee_id, $held );
				}
			}
			$since = max( $seen, $wrote );
			$days  = self::days_between( $since, $today );
			if ( $days >= $limit ) {
				$rows[] = self::row(
					'mentor_quiet',
					min( 29, $days - $limit ),
					$cohort,
					null === $waiting ? null : $people[ $waiting[0] ],
					$person,
					'' === $wrote
						/* translators: 1: mentor name, 2: number of days, 3: date, 4: number of mentees. */
						? sprintf( _n( '%1$s was last seen on the site %2$d day ago (%3$s) and has logged no check-in; %4$d mentee waits.', '%1$s was last seen on the site %2$d days ago (%3$s) and has logged no check-in; %4$d mentees wait.', $load[ $id ], 'mentorship-program' ), $person['name'], $days, self::date( $since ), $load[ $id ] )
						/* translators: 1: mentor name, 2: number of days, 3: date, 4: number of mentees. */
						: sprintf( _n( '%1$s has not been seen or logged a check-in for %2$d day (since %3$s); %4$d mentee waits.', '%1$s has not been seen or logged a check-in for %2$d days (since %3$s); %4$d mentees wait.', $load[ $id ], 'mentorship-program' ), $person['name'], $days, self::date( $since ), $load[ $id ] ),
					$since
				);
			}
		}

		usort(
			$rows,
			static fn( $a, $b ) => array( $b['urgency'], $a['id'] ) <=> array( $a['urgency'], $b['id'] )
		);
		return $rows;
	}

	/**
	 * Rows for mentees whose cohort ends within ENDING_DAYS and who are not graduated:
	 * where the cohort has graduation criteria, only those who do not meet them all,
	 * with what is missing in words (Graduation\Evaluator, one query for attendance and
	 * one for goals whatever the number of mentees).
	 *
	 * @param array<int, array{0: array<string, mixed>, 1: array<string, mixed>, 2: array<string, mixed>|null, 3: int}> $ending Cohort, mentee, mentor, days left.
	 * @return array<int, array<string, mixed>>
	 */
	private static function ending_rows( array $ending ): array {
		$asked = array();
		foreach ( $ending as $item ) {
			$cohort_id = (int) $item[0]['id'];
			if ( ! isset( $asked[ $cohort_id ] ) ) {
				$asked[ $cohort_id ] = Criteria::asks_anything( Criteria::get( $cohort_id ) );
			}
		}
		$checked = array_values( array_filter( $ending, static fn( $item ) => $asked[ (int) $item[0]['id'] ] ) );
		$results = array();
		if ( $checked ) {
			$ids = array_map( static fn( $item ) => (int) $item[1]['id'], $checked );
			update_meta_cache( 'post', $ids );
			$results = Evaluator::evaluate_many( array_map( static fn( $item ) => $item[1], $checked ) );
		}
		$rows = array();
		foreach ( $ending as list( $cohort, $person, $mentor, $left ) ) {
			$result = $results[ (int) $person['id'] ] ?? null;
			if ( $result && $result['met'] ) {
				continue;
			}
			if ( $result ) {
				$missing = implode( ' ', Evaluator::reasons( $result ) );
				$reason  = 0 === $left
					/* translators: 1: cohort name, 2: mentee name, 3: the unmet graduation criteria in words. */
					? sprintf( __( '%1$s ends today and %2$s does not meet the graduation criteria yet: %3$s', 'mentorship-program' ), $cohort['name'], $person['name'], $missing )
					/* translators: 1: cohort name, 2: number of days, 3: mentee name, 4: the unmet graduation criteria in words. */
					: sprintf( _n( '%1$s ends in %2$d day and %3$s does not meet the graduation criteria yet: %4$s', '%1$s ends in %2$d days and %3$s does not meet the graduation criteria yet: %4$s', $left, 'mentorship-program' ), $cohort['name'], $left, $person['name'], $missing );
			} else {
				$reason = 0 === $left
					/* translators: 1: cohort name, 2: mentee name. */
					? sprintf( __( '%1$s ends today and %2$s is not graduated yet.', 'mentorship-program' ), $cohort['name'], $person['name'] )
					/* translators: 1: cohort name, 2: number of days, 3: mentee name. */
					: sprintf( _n( '%1$s ends in %2$d day and %3$s is not graduated yet.', '%1$s ends in %2$d days and %3$s is not graduated yet.', $left, 'mentorship-program' ), $cohort['name'], $left, $person['name'] );
			}
			$rows[] = self::row( 'ending', self::ENDING_DAYS - $left, $cohort, $person, $mentor, $reason, (string) $cohort['ends_on'] );
		}
		return $rows;
	}

	/**
	 * How many rows need attention (the dashboard's count).
	 *
	 * @since 0.2.0
	 *
	 * @param int $cohort_id Cohort, or 0.
	 * @return int
	 */
	public static function count( int $cohort_id = 0 ): int {
		return count( self::rows( $cohort_id ) );
	}

	/**
	 * Where a cohort is, by UTC calendar day: running, starting (not started, has
	 * accepted mentees to match), finished or other.
	 *
	 * @param array<string, mixed> $cohort Cohort.
	 * @param string               $today  Y-m-d.
	 * @return string
	 */
	private static function phase( array $cohort, string $today ): string {
		$starts = (string) $cohort['starts_on'];
		$ends   = (string) $cohort['ends_on'];
		if ( '' === $starts ) {
			return 'other';
		}
		if ( strcmp( $today, $starts ) < 0 ) {
			return 'starting';
		}
		if ( '' !== $ends && strcmp( $today, $ends ) > 0 ) {
			return 'finished';
		}
		return 'running';
	}

	/**
	 * Whole days from one Y-m-d to another, never below zero.
	 *
	 * @param string $from Y-m-d.
	 * @param string $to   Y-m-d.
	 * @return int
	 */
	private static function days_between( string $from, string $to ): int {
		$a = strtotime( $from . ' 00:00:00 UTC' );
		$b = strtotime( $to . ' 00:00:00 UTC' );
		if ( false === $a || false === $b ) {
			return 0;
		}
		return max( 0, (int) round( ( $b - $a ) / DAY_IN_SECONDS ) );
	}

	/**
	 * A date in the site's format.
	 *
	 * @param string $ymd Y-m-d.
	 * @return string
	 */
	private static function date( string $ymd ): string {
		$time = strtotime( $ymd . ' 12:00:00 UTC' );
		return false === $time ? $ymd : wp_date( (string) get_option( 'date_format', 'Y-m-d' ), $time, new \DateTimeZone( 'UTC' ) );
	}

	/**
	 * One row.
	 *
	 * @param string                    $rule   Rule.
	 * @param int                       $extra  Added urgency.
	 * @param array<string, mixed>      $cohort Cohort.
	 * @param array<string, mixed>|null $mentee Mentee.
	 * @param array<string, mixed>|null $mentor Mentor.
	 * @param string                    $reason Reason in words.
	 * @param string|null               $date   The date the reason is about.
	 * @return array<string, mixed>
	 */
	private static function row( string $rule, int $extra, array $cohort, ?array $mentee, ?array $mentor, string $reason, ?string $date ): array {
		$person = static fn( ?array $p ) => $p ? array(
			'id'   => (int) $p['id'],
			'name' => (string) $p['name'],
		) : null;
		return array(
			'id'         => $rule . '-' . ( $mentee ? (int) $mentee['id'] : 0 ) . '-' . ( $mentor ? (int) $mentor['id'] : 0 ),
			'rule'       => $rule,
			'rule_label' => self::rules()[ $rule ],
			'urgency'    => self::URGENCY[ $rule ] + $extra,
			'reason'     => $reason,
			'cohort'     => array(
				'id'   => (int) $cohort['id'],
				'name' => (string) $cohort['name'],
			),
			'mentee'     => $person( $mentee ),
			'mentor'     => $person( $mentor ),
			'date'       => $date,
		);
	}

	/**
	 * Mentees (accepted, active) and mentors (approved, active) of the cohorts, with
	 * name (the post title, which always holds the applicant's name) and a mentor's
	 * capacity, in one query.
	 *
	 * @param int[] $cohort_ids Cohorts.
	 * @return array<int, array<string, mixed>> ID => person.
	 */
	private static function people( array $cohort_ids ): array {
		global $wpdb;
		$tt = array();
		foreach ( $cohort_ids as $id ) {
			$term = get_term( $id, Taxonomies::COHORT );
			if ( $term instanceof \WP_Term ) {
				$tt[ (int) $term->term_taxonomy_id ] = (int) $term->term_id;
			}
		}
		if ( ! $tt ) {
			return array();
		}
		$statuses = array_map( array( Stages::class, 'to_status' ), array_unique( array_merge( ...array_values( Stages::RUNNING ) ) ) );
		$in_tt    = implode( ',', array_keys( $tt ) );
		$in_st    = implode( ',', array_fill( 0, count( $statuses ), '%s' ) );
		$a        = Plugin_Schema::table( 'assignments' );
		// phpcs:disable WordPress.DB.PreparedSQL.InterpolatedNotPrepared, WordPress.DB.DirectDatabaseQuery, WordPress.DB.PreparedSQLPlaceholders -- a read model over core tables in one query; integers and placeholders only.
		$rows = (array) $wpdb->get_results(
			$wpdb->prepare(
				"SELECT p.ID, p.post_type, p.post_status, tr.term_taxonomy_id, p.post_title AS name, c.meta_value AS capacity, r.meta_value AS request, a.created_at AS assigned_at, ls.meta_value AS last_seen
				FROM {$wpdb->posts} p
				INNER JOIN {$wpdb->term_relationships} tr ON tr.object_id = p.ID AND tr.term_taxonomy_id IN ({$in_tt})
				LEFT JOIN {$wpdb->postmeta} c ON c.post_id = p.ID AND c.meta_key = %s AND p.post_type = %s
				LEFT JOIN {$wpdb->postmeta} r ON r.post_id = p.ID AND r.meta_key = %s AND p.post_type = %s
				LEFT JOIN {$wpdb->usermeta} ls ON ls.user_id = p.post_author AND p.post_author > 0 AND ls.meta_key = %s AND p.post_type = %s
				LEFT JOIN {$a} a ON a.mentee_id = p.ID
				WHERE p.post_type IN (%s, %s) AND p.post_status IN ({$in_st})
				ORDER BY p.ID",
				array_merge(
					array( Applications::META_PREFIX . 'capacity', Post_Types::MENTOR, \Mentorship_Program\Reassignment\Reassignment::REQUEST_META, Post_Types::MENTEE, Last_Seen::META, Post_Types::MENTOR, Post_Types::MENTEE, Post_Types::MENTOR ),
					$statuses
				)
			),
			ARRAY_A
		);
		// phpcs:enable
		$people = array();
		foreach ( $rows as $row ) {
			$type                       = Post_Types::MENTOR === $row['post_type'] ? 'mentor' : 'mentee';
			$people[ (int) $row['ID'] ] = array(
				'id'          => (int) $row['ID'],
				'type'        => $type,
				'stage'       => Stages::from_status( (string) $row['post_status'] ),
				'cohort'      => $tt[ (int) $row['term_taxonomy_id'] ],
				'name'        => (string) $row['name'],
				'capacity'    => max( 0, (int) $row['capacity'] ),
				'assigned_at' => (string) $row['assigned_at'],
				'request'     => null === $row['request'] ? null : maybe_unserialize( (string) $row['request'] ),
				'last_seen'   => is_numeric( $row['last_seen'] ) && (int) $row['last_seen'] > 0 ? (int) $row['last_seen'] : null,
			);
		}
		return $people;
	}

	/**
	 * Assignments of the cohorts.
	 *
	 * @param int[] $cohort_ids Cohorts.
	 * @return array<int, array<string, mixed>>
	 */
	private static function assignments( array $cohort_ids ): array {
		global $wpdb;
		$in = implode( ',', array_map( 'intval', $cohort_ids ) );
		return (array) $wpdb->get_results( 'SELECT mentee_id, mentor_id FROM ' . Plugin_Schema::table( 'assignments' ) . " WHERE cohort_id IN ({$in})", ARRAY_A ); // phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared, WordPress.DB.PreparedSQL.InterpolatedNotPrepared, WordPress.DB.DirectDatabaseQuery -- integers only; our own table.
	}

	/**
	 * What the rules read of each mentee's check-ins in the cohorts: the latest one, the
	 * latest two that were sessions (not async), and the latest one they attended. The
	 * rows come newest first in one query and only those are kept, so a long history
	 * costs no more memory than a short one.
	 *
	 * @param int[] $cohort_ids Cohorts.
	 * @return array<int, array{latest?: array<string, string>, sessions?: array<int, array<string, string>>, met?: array<string, string>}> Mentee ID => what the rules read.
	 */
	private static function history( array $cohort_ids ): array {
		global $wpdb;
		$in  = implode( ',', array_map( 'intval', $cohort_ids ) );
		$c   = Schema::table( 'checkins' );
		$m   = Schema::table( 'checkin_mentees' );
		$out = array();
		$met = array();
		// Objects, as wpdb holds them: no copy of every row into an array.
		$rows = (array) $wpdb->get_results( "SELECT m.mentee_id, m.checkin_id, m.held_on, m.attended, m.kind, c.needs_help FROM {$m} m INNER JOIN {$c} c ON c.id = m.checkin_id WHERE c.cohort_id IN ({$in}) ORDER BY m.mentee_id, m.held_on DESC, m.checkin_id DESC" ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared, WordPress.DB.DirectDatabaseQuery -- integers only; our own tables.
		foreach ( $rows as $row ) {
			$id = (int) $row->mentee_id;
			if ( ! isset( $out[ $id ] ) ) {
				$out[ $id ] = array(
					'latest'   => (array) $row,
					'sessions' => array(),
				);
			}
			$mine = &$out[ $id ];
			if ( 'async' !== $row->kind && count( $mine['sessions'] ) < 2 ) {
				$mine['sessions'][] = (array) $row;
			}
			if ( ! isset( $met[ $id ] ) && '1' === (string) $row->attended ) {
				$met[ $id ] = (array) $row;
			}
			unset( $mine );
		}
		foreach ( $met as $id => $row ) {
			$out[ $id ]['met'] = $row;
		}
		return $out;
	}
}
