<?php
/**
 * The cohort report: what a cohort came to, in figures.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Reports;

defined( 'ABSPATH' ) || exit;

use Mentorship_Program\Cohorts\Cohorts;
use Mentorship_Program\Support\Plain_Text;
use Mentorship_Program\Applications\Post_Types;
use Mentorship_Program\Database\Schema;
use Mentorship_Program\Applications\Stages;
use Mentorship_Program\Stats\Stats;
use Mentorship_Program\Teams\Taxonomies;

/**
 * Computes a cohort's report: the funnel (from the kept counts, so it costs the same
 * whatever the history), withdrawals and their recorded reasons, the graduation rate,
 * the days from application to decision, mentor load, placements by team, and the
 * survey and retention figures other features hand in through two filters:
 *
 * - `mentorship_program_report_surveys` ( array(), int $cohort_id ) returns
 *   `array( 'respondents' => array( 'start' => int, 'end' => int ), 'questions' => array(
 *   array( 'key', 'label', 'kind', 'start' => float|null, 'end' => float|null,
 *   'change' => float|null, 'respondents' => int, 'suppressed' => bool ) ) )`.
 *   A question of kind "percent" holds figures in percent (0–100), and so do "rating"
 *   and "nps" (the surveys feature's percentage of the top of the scale); the report
 *   names all three "percent". Any other kind holds averages on its own scale.
 * - `mentorship_program_report_retention` ( array(), int $cohort_id ) returns a list of
 *   `array( 'days' => int, 'asked' => int, 'answered' => int, 'contributing' => int|null,
 *   'share' => float|null, 'suppressed' => bool )`, share being 0–1.
 *
 * Whatever the filters return is checked and reshaped here, and the small-group rule
 * (Small_Groups) applied again, so a figure from fewer than five people is never shown
 * even if a filter forgot to hide it.
 *
 * Every query is scoped to one cohort and grouped, so a report costs a fixed number of
 * queries (about eight) whatever the cohort's size.
 *
 * @since 0.3.0
 */
final class Cohort_Report {

	/**
	 * The mentee stages of the report's funnel, in order.
	 */
	public const FUNNEL = array( 'submitted', 'accepted', 'active', 'graduated', 'placed' );

	/**
	 * The most withdrawal reasons listed; the rest are counted together.
	 */
	private const MAX_REASONS = 20;

	/**
	 * Survey question kinds whose figures are percentages.
	 */
	private const PERCENT_KINDS = array( 'percent', 'rating', 'nps' );

	/**
	 * A cohort's report, or null when there is no such cohort.
	 *
	 * @since 0.3.0
	 *
	 * @param int $cohort_id Cohort term ID.
	 * @return array<string, mixed>|null
	 */
	public static function build( int $cohort_id ): ?array {
		$cohort = $cohort_id > 0 ? Cohorts::get( $cohort_id ) : null;
		if ( ! $cohort ) {
			return null;
		}
		$term  = get_term( $cohort_id, Taxonomies::COHORT );
		$tt_id = $term instanceof \WP_Term ? (int) $term->term_taxonomy_id : 0;
		$stats = Stats::funnel( $cohort_id );

		$reached = (array) $stats['mentees']['reached'];
		$current = (array) $stats['mentees']['current'];
		$funnel  = array();
		$prev    = null;
		foreach ( self::FUNNEL as $stage ) {
			$n        = (int) ( $reached[ $stage ] ?? 0 );
			$funnel[] = array(
				'stage'      => $stage,
				'label'      => 'submitted' === $stage ? __( 'Applied', 'mentorship-program' ) : Stages::label( $stage ),
				'count'      => $n,
				'conversion' => null === $prev ? null : ( $prev > 0 ? round( $n / $prev, 4 ) : 0.0 ),
			);
			$prev     = $n;
		}

		$started   = (int) ( $reached['active'] ?? 0 );
		$graduated = (int) ( $reached['graduated'] ?? 0 );
		$mentors   = 0;
		foreach ( Stages::admitted( 'mentor' ) as $stage ) {
			$mentors += (int) ( $stats['mentors']['current'][ $stage ] ?? 0 );
		}

		return array(
			'cohort'        => array(
				'id'        => (int) $cohort['id'],
				'name'      => (string) $cohort['name'],
				'status'    => (string) $cohort['status'],
				'starts_on' => (string) $cohort['starts_on'],
				'ends_on'   => (string) $cohort['ends_on'],
			),
			'generated_at'  => gmdate( 'Y-m-d\TH:i:s\Z' ),
			'funnel'        => $funnel,
			'declined'      => (int) ( $current['declined'] ?? 0 ),
			'waitlisted'    => (int) ( $current['waitlisted'] ?? 0 ),
			'withdrawn'     => self::withdrawn( $tt_id, (int) ( $current['withdrawn'] ?? 0 ) ),
			'graduation'    => array(
				'started'   => $started,
				'graduated' => $graduated,
				'rate'      => $started > 0 ? round( $graduated / $started, 4 ) : null,
			),
			'decision_days' => self::decision_days( $tt_id ),
			'mentor_load'   => self::mentor_load( $cohort_id, $mentors ),
			'placements'    => self::placements( $tt_id ),
			'surveys'       => self::surveys( $cohort_id ),
			'retention'     => self::retention( $cohort_id ),
		);
	}

	/**
	 * Reports of several cohorts side by side, in the order asked.
	 *
	 * @since 0.3.0
	 *
	 * @param int[] $cohort_ids Cohort term IDs.
	 * @return array<int, array<string, mixed>> Reports (cohorts that do not exist are left out).
	 */
	public static function compare( array $cohort_ids ): array {
		$out = array();
		foreach ( array_values( array_unique( array_map( 'intval', $cohort_ids ) ) ) as $id ) {
			$report = self::build( $id );
			if ( $report ) {
				$out[] = $report;
			}
		}
		return $out;
	}

	/**
	 * Withdrawn mentees: how many, the stage they left from, and the reasons recorded
	 * with the move (the note of the stage change), most frequent first.
	 *
	 * @param int $tt_id Cohort term-taxonomy ID.
	 * @param int $count Mentees withdrawn now (kept counts).
	 * @return array<string, mixed>
	 */
	private static function withdrawn( int $tt_id, int $count ): array {
		global $wpdb;
		$events = Schema::table( 'events' );
		$status = Stages::to_status( 'withdrawn' );
		// phpcs:disable WordPress.DB.PreparedSQL.InterpolatedNotPrepared, WordPress.DB.PreparedSQLPlaceholders.UnfinishedPrepare, WordPress.DB.DirectDatabaseQuery.DirectQuery, WordPress.DB.DirectDatabaseQuery.NoCaching -- our own table and core's; aggregates with no API; the placeholders are in $base.
		$base      = "FROM {$events} e INNER JOIN {$wpdb->term_relationships} tr ON tr.object_id = e.object_id AND tr.term_taxonomy_id = %d INNER JOIN {$wpdb->posts} p ON p.ID = e.object_id AND p.post_type = %s AND p.post_status = %s WHERE e.event = 'stage' AND e.to_value = 'withdrawn'";
		$from_rows = (array) $wpdb->get_results( $wpdb->prepare( "SELECT e.from_value AS k, COUNT(*) AS n {$base} GROUP BY e.from_value", $tt_id, Post_Types::MENTEE, $status ), ARRAY_A );
		$note_rows = (array) $wpdb->get_results( $wpdb->prepare( "SELECT TRIM(COALESCE(e.note, '')) AS k, COUNT(*) AS n {$base} GROUP BY TRIM(COALESCE(e.note, ''))", $tt_id, Post_Types::MENTEE, $status ), ARRAY_A );
		// phpcs:enable
		$by_stage = array();
		foreach ( $from_rows as $row ) {
			$by_stage[] = array(
				'stage' => (string) $row['k'],
				'label' => Stages::label( (string) $row['k'] ),
				'count' => (int) $row['n'],
			);
		}
		$order = array_flip( Stages::stages( 'mentee' ) );
		usort( $by_stage, static fn( $a, $b ) => ( $order[ $a['stage'] ] ?? 99 ) <=> ( $order[ $b['stage'] ] ?? 99 ) );

		$reasons = array();
		foreach ( $note_rows as $row ) {
			$text      = Plain_Text::line( (string) $row['k'], 300 );
			$reasons[] = array(
				'reason' => '' === $text ? __( 'No reason given', 'mentorship-program' ) : $text,
				'given'  => '' !== $text,
				'count'  => (int) $row['n'],
			);
		}
		usort(
			$reasons,
			static function ( $a, $b ): int {
				$by_count = $b['count'] <=> $a['count'];
				return 0 !== $by_count ? $by_count : strcmp( $a['reason'], $b['reason'] );
			}
		);
		if ( count( $reasons ) > self::MAX_REASONS ) {
			$rest      = array_slice( $reasons, self::MAX_REASONS - 1 );
			$reasons   = array_slice( $reasons, 0, self::MAX_REASONS - 1 );
			$others    = array_sum( wp_list_pluck( $rest, 'count' ) );
			$reasons[] = array(
				/* translators: %d: number of different reasons. */
				'reason' => sprintf( _n( '%d other reason', '%d other reasons', count( $rest ), 'mentorship-program' ), count( $rest ) ),
				'given'  => true,
				'count'  => (int) $others,
			);
		}
		return array(
			'count'    => $count,
			'by_stage' => $by_stage,
			'reasons'  => $reasons,
		);
	}

	/**
	 * Days from application to the first decision (accepted, waitlisted or declined):
	 * how many were decided, the median and the 90th percentile (nearest rank), in days
	 * with one decimal.
	 *
	 * @param int $tt_id Cohort term-taxonomy ID.
	 * @return array<string, mixed>
	 */
	private static function decision_days( int $tt_id ): array {
		global $wpdb;
		$events = Schema::table( 'events' );
		// phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared, WordPress.DB.DirectDatabaseQuery.DirectQuery, WordPress.DB.DirectDatabaseQuery.NoCaching -- our own table and core's; one grouped read per cohort.
		$rows = (array) $wpdb->get_results( $wpdb->prepare( "SELECT p.post_date_gmt AS applied, MIN(e.created_at) AS decided FROM {$wpdb->posts} p INNER JOIN {$wpdb->term_relationships} tr ON tr.object_id = p.ID AND tr.term_taxonomy_id = %d INNER JOIN {$events} e ON e.object_id = p.ID AND e.event = 'stage' AND e.to_value IN ('accepted', 'waitlisted', 'declined') WHERE p.post_type = %s GROUP BY p.ID, p.post_date_gmt", $tt_id, Post_Types::MENTEE ), ARRAY_A );
		$days = array();
		foreach ( $rows as $row ) {
			$applied = strtotime( $row['applied'] . ' UTC' );
			$decided = strtotime( $row['decided'] . ' UTC' );
			if ( false !== $applied && false !== $decided ) {
				$days[] = max( 0, $decided - $applied ) / DAY_IN_SECONDS;
			}
		}
		sort( $days );
		$n = count( $days );
		return array(
			'decided' => $n,
			'median'  => $n ? round( self::median( $days ), 1 ) : null,
			'p90'     => $n ? round( $days[ (int) ceil( 0.9 * $n ) - 1 ], 1 ) : null,
		);
	}

	/**
	 * The median of sorted numbers.
	 *
	 * @param float[] $sorted Numbers, smallest first (at least one).
	 * @return float
	 */
	private static function median( array $sorted ): float {
		$n   = count( $sorted );
		$mid = intdiv( $n, 2 );
		return 1 === $n % 2 ? (float) $sorted[ $mid ] : ( $sorted[ $mid - 1 ] + $sorted[ $mid ] ) / 2;
	}

	/**
	 * Mentees per mentor: how many mentors (approved, active or completed) have 0, 1, 2…
	 * mentees of this cohort assigned.
	 *
	 * @param int $cohort_id Cohort term ID.
	 * @param int $mentors   Mentors approved, active or completed in the cohort (kept counts).
	 * @return array<string, mixed>
	 */
	private static function mentor_load( int $cohort_id, int $mentors ): array {
		global $wpdb;
		$table    = Schema::table( 'assignments' );
		$statuses = array_map( array( Stages::class, 'to_status' ), Stages::admitted( 'mentor' ) );
		// phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared, WordPress.DB.DirectDatabaseQuery.DirectQuery, WordPress.DB.DirectDatabaseQuery.NoCaching -- our own table; one grouped read per cohort.
		$rows     = (array) $wpdb->get_col( $wpdb->prepare( "SELECT COUNT(*) FROM {$table} a INNER JOIN {$wpdb->posts} p ON p.ID = a.mentor_id AND p.post_type = %s AND p.post_status IN (%s, %s, %s) WHERE a.cohort_id = %d GROUP BY a.mentor_id", Post_Types::MENTOR, $statuses[0], $statuses[1], $statuses[2], $cohort_id ) );
		$load     = array();
		$assigned = 0;
		foreach ( $rows as $n ) {
			$load[ (int) $n ] = ( $load[ (int) $n ] ?? 0 ) + 1;
			$assigned        += (int) $n;
		}
		$without = max( 0, $mentors - count( $rows ) );
		if ( $without > 0 ) {
			$load[0] = $without;
		}
		$mentors = max( $mentors, count( $rows ) );
		ksort( $load );
		$distribution = array();
		foreach ( $load as $mentees => $count ) {
			$distribution[] = array(
				'mentees' => (int) $mentees,
				'mentors' => (int) $count,
			);
		}
		return array(
			'mentors'      => $mentors,
			'assigned'     => $assigned,
			'average'      => $mentors > 0 ? round( $assigned / $mentors, 2 ) : null,
			'max'          => $load ? (int) max( array_keys( $load ) ) : 0,
			'distribution' => $distribution,
		);
	}

	/**
	 * Graduates placed with a contributor team, per team, most first.
	 *
	 * @param int $tt_id Cohort term-taxonomy ID.
	 * @return array<int, array<string, mixed>>
	 */
	private static function placements( int $tt_id ): array {
		global $wpdb;
		// phpcs:ignore WordPress.DB.DirectDatabaseQuery.DirectQuery, WordPress.DB.DirectDatabaseQuery.NoCaching -- one grouped read per cohort.
		$rows  = (array) $wpdb->get_results( $wpdb->prepare( "SELECT m.meta_value AS k, COUNT(*) AS n FROM {$wpdb->posts} p INNER JOIN {$wpdb->term_relationships} tr ON tr.object_id = p.ID AND tr.term_taxonomy_id = %d INNER JOIN {$wpdb->postmeta} m ON m.post_id = p.ID AND m.meta_key = %s WHERE p.post_type = %s AND p.post_status = %s AND m.meta_value <> '' GROUP BY m.meta_value", $tt_id, '_mp_placed_team', Post_Types::MENTEE, Stages::to_status( 'placed' ) ), ARRAY_A );
		$names = array();
		$terms = get_terms(
			array(
				'taxonomy'   => Taxonomies::TEAM,
				'hide_empty' => false,
				'slug'       => array_map( 'strval', wp_list_pluck( $rows, 'k' ) ),
			)
		);
		foreach ( is_array( $terms ) ? $terms : array() as $term ) {
			$names[ $term->slug ] = Plain_Text::from_html( $term->name );
		}
		$out = array();
		foreach ( $rows as $row ) {
			$out[] = array(
				'team'  => (string) $row['k'],
				'label' => (string) ( $names[ (string) $row['k'] ] ?? $row['k'] ),
				'count' => (int) $row['n'],
			);
		}
		usort(
			$out,
			static function ( $a, $b ): int {
				$by_count = $b['count'] <=> $a['count'];
				return 0 !== $by_count ? $by_count : strcmp( $a['label'], $b['label'] );
			}
		);
		return $out;
	}

	/**
	 * Survey results handed in by the surveys feature, checked and with small groups hidden.
	 *
	 * @param int $cohort_id Cohort term ID.
	 * @return array<string, mixed>
	 */
	private static function surveys( int $cohort_id ): array {
		/**
		 * Filters a cohort's survey results for the cohort report and the public results block.
		 *
		 * Return `array( 'respondents' => array( 'start' => int, 'end' => int ),
		 * 'questions' => array( array( 'key' => string, 'label' => string, 'kind' => string,
		 * 'start' => float|null, 'end' => float|null, 'change' => float|null,
		 * 'respondents' => int, 'suppressed' => bool ) ) )`. Kinds "percent", "rating" and
		 * "nps" mean values in percent (0–100); any other kind, averages on its own scale.
		 * Figures from fewer than five respondents are hidden whatever is returned.
		 *
		 * @since 0.3.0
		 *
		 * @param array $results   Results; empty when no survey has answers.
		 * @param int   $cohort_id Cohort term ID.
		 */
		$given       = apply_filters( 'mentorship_program_report_surveys', array(), $cohort_id );
		$given       = is_array( $given ) ? $given : array();
		$respondents = is_array( $given['respondents'] ?? null ) ? $given['respondents'] : array();
		$number      = static fn( $value ): ?float => is_numeric( $value ) ? round( (float) $value, 2 ) : null;
		$questions   = array();
		foreach ( is_array( $given['questions'] ?? null ) ? $given['questions'] : array() as $question ) {
			if ( ! is_array( $question ) ) {
				continue;
			}
			$people     = max( 0, (int) ( $question['respondents'] ?? 0 ) );
			$suppressed = ! empty( $question['suppressed'] ) || Small_Groups::hides( $people );
			$start      = $suppressed ? null : $number( $question['start'] ?? null );
			$end        = $suppressed ? null : $number( $question['end'] ?? null );
			$change     = $suppressed ? null : $number( $question['change'] ?? null );
			if ( null === $change && null !== $start && null !== $end ) {
				$change = round( $end - $start, 2 );
			}
			$kind = sanitize_key( (string) ( $question['kind'] ?? '' ) );
			// The surveys feature gives rating and recommend questions as a percentage of the
			// top of their scale (docs/outcomes.md).
			if ( in_array( $kind, self::PERCENT_KINDS, true ) ) {
				$kind = 'percent';
			}
			$questions[] = array(
				'key'         => sanitize_key( (string) ( $question['key'] ?? '' ) ),
				'label'       => Plain_Text::line( wp_strip_all_tags( (string) ( $question['label'] ?? '' ) ), 200 ),
				'kind'        => $kind,
				'start'       => $start,
				'end'         => $end,
				'change'      => $change,
				'respondents' => $people,
				'suppressed'  => $suppressed,
			);
		}
		return array(
			'respondents' => array(
				'start' => max( 0, (int) ( $respondents['start'] ?? 0 ) ),
				'end'   => max( 0, (int) ( $respondents['end'] ?? 0 ) ),
			),
			'questions'   => $questions,
		);
	}

	/**
	 * Retention (still contributing N days after the cohort) handed in by the surveys
	 * feature, checked and with small groups hidden.
	 *
	 * @param int $cohort_id Cohort term ID.
	 * @return array<int, array<string, mixed>>
	 */
	private static function retention( int $cohort_id ): array {
		/**
		 * Filters a cohort's retention figures for the cohort report.
		 *
		 * Return a list of `array( 'days' => int, 'asked' => int, 'answered' => int,
		 * 'contributing' => int|null, 'share' => float|null, 'suppressed' => bool )`,
		 * share being 0–1 of those who answered. Figures from fewer than five answers
		 * are hidden whatever is returned.
		 *
		 * @since 0.3.0
		 *
		 * @param array $rows      Rows; empty when nobody has been asked yet.
		 * @param int   $cohort_id Cohort term ID.
		 */
		$given = apply_filters( 'mentorship_program_report_retention', array(), $cohort_id );
		$out   = array();
		foreach ( is_array( $given ) ? $given : array() as $row ) {
			if ( ! is_array( $row ) ) {
				continue;
			}
			$answered     = max( 0, (int) ( $row['answered'] ?? 0 ) );
			$suppressed   = ! empty( $row['suppressed'] ) || Small_Groups::hides( $answered );
			$contributing = $suppressed || ! is_numeric( $row['contributing'] ?? null ) ? null : max( 0, (int) $row['contributing'] );
			$share        = $suppressed ? null : ( is_numeric( $row['share'] ?? null ) ? round( (float) $row['share'], 4 ) : ( null !== $contributing ? Small_Groups::share( $contributing, $answered ) : null ) );
			$out[]        = array(
				'days'         => max( 0, (int) ( $row['days'] ?? 0 ) ),
				'asked'        => max( 0, (int) ( $row['asked'] ?? 0 ) ),
				'answered'     => $answered,
				'contributing' => $contributing,
				'share'        => $share,
				'suppressed'   => $suppressed,
			);
		}
		usort( $out, static fn( $a, $b ) => $a['days'] <=> $b['days'] );
		return $out;
	}

	/**
	 * The aggregates a public page may show (the cohort results block): no names, no
	 * free text, and every figure from fewer than five people hidden.
	 *
	 * @since 0.3.0
	 *
	 * @param array<string, mixed> $report A report from build().
	 * @return array<string, mixed> cohort name; mentees, mentors (null when hidden);
	 *                              graduated and started (null when hidden); teams placed with;
	 *                              questions (label, kind, start, end) that may be shown.
	 */
	public static function public_figures( array $report ): array {
		$graduation = $report['graduation'];
		$show_grad  = ! Small_Groups::hides( (int) $graduation['started'] );
		$questions  = array();
		foreach ( $report['surveys']['questions'] as $question ) {
			if ( ! $question['suppressed'] && ( null !== $question['start'] || null !== $question['end'] ) ) {
				$questions[] = array(
					'label' => $question['label'],
					'kind'  => $question['kind'],
					'start' => $question['start'],
					'end'   => $question['end'],
				);
			}
		}
		$placed = array_sum( wp_list_pluck( $report['placements'], 'count' ) );
		return array(
			'cohort'    => (string) $report['cohort']['name'],
			'mentees'   => Small_Groups::value( $graduation['started'], (int) $graduation['started'] ),
			'mentors'   => Small_Groups::value( $report['mentor_load']['mentors'], (int) $report['mentor_load']['mentors'] ),
			'graduated' => $show_grad ? (int) $graduation['graduated'] : null,
			'started'   => $show_grad ? (int) $graduation['started'] : null,
			'teams'     => Small_Groups::hides( (int) $placed ) ? null : count( $report['placements'] ),
			'questions' => $questions,
		);
	}

	/**
	 * The JSON schema of one report.
	 *
	 * @since 0.3.0
	 *
	 * @return array<string, mixed>
	 */
	public static function schema(): array {
		$int      = array( 'type' => 'integer' );
		$nullable = array( 'type' => array( 'number', 'null' ) );
		$object   = static fn( array $properties ): array => array(
			'type'                 => 'object',
			'properties'           => $properties,
			'required'             => array_keys( $properties ),
			'additionalProperties' => false,
		);
		$list     = static fn( array $properties ): array => array(
			'type'  => 'array',
			'items' => $object( $properties ),
		);
		$string   = array( 'type' => 'string' );
		return array(
			'$schema'              => 'http://json-schema.org/draft-04/schema#',
			'title'                => 'mentorship-cohort-report',
			'type'                 => 'object',
			'properties'           => array(
				'cohort'        => $object(
					array(
						'id'        => $int,
						'name'      => $string,
						'status'    => array(
							'type' => 'string',
							'enum' => array( 'upcoming', 'open', 'closed', 'running', 'finished' ),
						),
						'starts_on' => $string,
						'ends_on'   => $string,
					)
				),
				'generated_at'  => array(
					'type'   => 'string',
					'format' => 'date-time',
				),
				'funnel'        => $list(
					array(
						'stage'      => array(
							'type' => 'string',
							'enum' => self::FUNNEL,
						),
						'label'      => $string,
						'count'      => $int,
						'conversion' => array(
							'type'        => array( 'number', 'null' ),
							'description' => __( 'Share of the step before that reached this one; null for the first step.', 'mentorship-program' ),
						),
					)
				),
				'declined'      => $int,
				'waitlisted'    => $int,
				'withdrawn'     => $object(
					array(
						'count'    => $int,
						'by_stage' => $list(
							array(
								'stage' => $string,
								'label' => $string,
								'count' => $int,
							)
						),
						'reasons'  => $list(
							array(
								'reason' => array(
									'type'        => 'string',
									'description' => __( 'The reason as recorded with the move, or "No reason given".', 'mentorship-program' ),
								),
								'given'  => array( 'type' => 'boolean' ),
								'count'  => $int,
							)
						),
					)
				),
				'graduation'    => $object(
					array(
						'started'   => array(
							'type'        => 'integer',
							'description' => __( 'Mentees who started (reached active).', 'mentorship-program' ),
						),
						'graduated' => $int,
						'rate'      => array(
							'type'        => array( 'number', 'null' ),
							'description' => __( 'Graduated of those who started, 0–1; null when nobody started.', 'mentorship-program' ),
						),
					)
				),
				'decision_days' => $object(
					array(
						'decided' => $int,
						'median'  => $nullable,
						'p90'     => $nullable,
					)
				),
				'mentor_load'   => $object(
					array(
						'mentors'      => $int,
						'assigned'     => $int,
						'average'      => $nullable,
						'max'          => $int,
						'distribution' => $list(
							array(
								'mentees' => $int,
								'mentors' => $int,
							)
						),
					)
				),
				'placements'    => $list(
					array(
						'team'  => $string,
						'label' => $string,
						'count' => $int,
					)
				),
				'surveys'       => $object(
					array(
						'respondents' => $object(
							array(
								'start' => $int,
								'end'   => $int,
							)
						),
						'questions'   => $list(
							array(
								'key'         => $string,
								'label'       => $string,
								'kind'        => $string,
								'start'       => $nullable,
								'end'         => $nullable,
								'change'      => $nullable,
								'respondents' => $int,
								'suppressed'  => array( 'type' => 'boolean' ),
							)
						),
					)
				),
				'retention'     => $list(
					array(
						'days'         => $int,
						'asked'        => $int,
						'answered'     => $int,
						'contributing' => array( 'type' => array( 'integer', 'null' ) ),
						'share'        => $nullable,
						'suppressed'   => array( 'type' => 'boolean' ),
					)
				),
			),
			'required'             => array( 'cohort', 'generated_at', 'funnel', 'declined', 'waitlisted', 'withdrawn', 'graduation', 'decision_days', 'mentor_load', 'placements', 'surveys', 'retention' ),
			'additionalProperties' => false,
		);
	}
}
