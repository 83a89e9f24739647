<?php
/**
 * The cohort report as a spreadsheet: one row per figure, one column per cohort.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Reports;

defined( 'ABSPATH' ) || exit;

use Mentorship_Program\Applications\Exporter;

/**
 * Turns reports from Cohort_Report into CSV rows. Every cell goes through
 * Exporter::cell(), so a recorded reason or a team name that starts like a formula
 * stays text in a spreadsheet.
 *
 * @since 0.3.0
 */
final class Report_Csv {

	/**
	 * The rows: a heading row (section, figure, then one column per cohort) and one row
	 * per figure; a figure one cohort lacks is left empty in that cohort's column.
	 *
	 * @since 0.3.0
	 *
	 * @param array<int, array<string, mixed>> $reports Reports, in column order.
	 * @return array<int, array<int, string>>
	 */
	public static function rows( array $reports ): array {
		$table = array();
		$order = array();
		foreach ( array_values( $reports ) as $column => $report ) {
			foreach ( self::figures( $report ) as $figure ) {
				list( $section, $name, $value ) = $figure;
				$key                            = $section . "\0" . $name;
				if ( ! isset( $order[ $key ] ) ) {
					$order[ $key ] = array( $section, $name );
				}
				$table[ $key ][ $column ] = $value;
			}
		}
		$heading = array( __( 'Section', 'mentorship-program' ), __( 'Figure', 'mentorship-program' ) );
		foreach ( $reports as $report ) {
			$heading[] = (string) $report['cohort']['name'];
		}
		$rows = array( array_map( array( Exporter::class, 'cell' ), $heading ) );
		foreach ( $order as $key => $labels ) {
			$row = $labels;
			foreach ( array_keys( array_values( $reports ) ) as $column ) {
				$row[] = (string) ( $table[ $key ][ $column ] ?? '' );
			}
			$rows[] = array_map( array( Exporter::class, 'cell' ), $row );
		}
		return $rows;
	}

	/**
	 * Writes the rows to a stream, with a byte order mark so spreadsheets read UTF-8.
	 *
	 * @since 0.3.0
	 *
	 * @param array<int, array<string, mixed>> $reports Reports.
	 * @param resource                         $handle  Stream.
	 */
	public static function write( array $reports, $handle ): void {
		fwrite( $handle, "\xEF\xBB\xBF" ); // phpcs:ignore WordPress.WP.AlternativeFunctions -- the response stream, not a file.
		foreach ( self::rows( $reports ) as $row ) {
			fputcsv( $handle, $row, ',', '"', '\\' );
		}
	}

	/**
	 * A file name that is safe in a header and on every file system.
	 *
	 * @since 0.3.0
	 *
	 * @param array<int, array<string, mixed>> $reports Reports.
	 * @return string
	 */
	public static function filename( array $reports ): string {
		if ( 1 === count( $reports ) ) {
			$report = reset( $reports );
			$slug   = sanitize_title( (string) $report['cohort']['name'] );
			$slug   = preg_replace( '/[^a-z0-9-]/', '', '' !== $slug ? $slug : 'cohort-' . (int) $report['cohort']['id'] );
			$name   = 'cohort-report-' . substr( (string) $slug, 0, 60 );
		} else {
			$name = 'cohort-comparison-' . implode( '-', array_map( static fn( $r ) => (int) $r['cohort']['id'], array_slice( $reports, 0, 10 ) ) );
		}
		return trim( $name, '-' ) . '-' . gmdate( 'Y-m-d' ) . '.csv';
	}

	/**
	 * One report as (section, figure, value) triples.
	 *
	 * @param array<string, mixed> $report Report.
	 * @return array<int, array{0: string, 1: string, 2: string}>
	 */
	private static function figures( array $report ): array {
		$hidden  = __( 'hidden (fewer than 5 people)', 'mentorship-program' );
		$percent = static fn( $share ): string => null === $share ? '' : (string) round( (float) $share * 100, 1 ) . '%';
		$number  = static fn( $value ): string => null === $value ? '' : (string) $value;
		$out     = array();
		$add     = static function ( string $section, string $figure, string $value ) use ( &$out ): void {
			$out[] = array( $section, $figure, $value );
		};

		$funnel = __( 'Funnel', 'mentorship-program' );
		foreach ( $report['funnel'] as $step ) {
			$add( $funnel, (string) $step['label'], (string) $step['count'] );
		}
		$add( $funnel, __( 'Declined', 'mentorship-program' ), (string) $report['declined'] );
		$add( $funnel, __( 'Waitlisted', 'mentorship-program' ), (string) $report['waitlisted'] );

		$withdrawn = __( 'Withdrawn', 'mentorship-program' );
		$add( $withdrawn, __( 'Withdrawn', 'mentorship-program' ), (string) $report['withdrawn']['count'] );
		foreach ( $report['withdrawn']['by_stage'] as $row ) {
			/* translators: %s: stage name. */
			$add( $withdrawn, sprintf( __( 'From: %s', 'mentorship-program' ), $row['label'] ), (string) $row['count'] );
		}
		foreach ( $report['withdrawn']['reasons'] as $row ) {
			/* translators: %s: reason as recorded. */
			$add( $withdrawn, sprintf( __( 'Reason: %s', 'mentorship-program' ), $row['reason'] ), (string) $row['count'] );
		}

		$graduation = __( 'Graduation', 'mentorship-program' );
		$add( $graduation, __( 'Started', 'mentorship-program' ), (string) $report['graduation']['started'] );
		$add( $graduation, __( 'Graduated', 'mentorship-program' ), (string) $report['graduation']['graduated'] );
		$add( $graduation, __( 'Graduation rate', 'mentorship-program' ), $percent( $report['graduation']['rate'] ) );

		$decision = __( 'Days from application to decision', 'mentorship-program' );
		$add( $decision, __( 'Decided', 'mentorship-program' ), (string) $report['decision_days']['decided'] );
		$add( $decision, __( 'Median', 'mentorship-program' ), $number( $report['decision_days']['median'] ) );
		$add( $decision, __( '90th percentile', 'mentorship-program' ), $number( $report['decision_days']['p90'] ) );

		$load = __( 'Mentor load', 'mentorship-program' );
		$add( $load, __( 'Mentors', 'mentorship-program' ), (string) $report['mentor_load']['mentors'] );
		$add( $load, __( 'Mentees assigned', 'mentorship-program' ), (string) $report['mentor_load']['assigned'] );
		$add( $load, __( 'Mentees per mentor, average', 'mentorship-program' ), $number( $report['mentor_load']['average'] ) );
		foreach ( $report['mentor_load']['distribution'] as $row ) {
			/* translators: %d: number of mentees. */
			$add( $load, sprintf( _n( 'Mentors with %d mentee', 'Mentors with %d mentees', (int) $row['mentees'], 'mentorship-program' ), (int) $row['mentees'] ), (string) $row['mentors'] );
		}

		$placements = __( 'Placements by team', 'mentorship-program' );
		foreach ( $report['placements'] as $row ) {
			$add( $placements, (string) $row['label'], (string) $row['count'] );
		}

		$surveys = __( 'Surveys', 'mentorship-program' );
		if ( $report['surveys']['questions'] ) {
			$add( $surveys, __( 'Respondents at the start', 'mentorship-program' ), (string) $report['surveys']['respondents']['start'] );
			$add( $surveys, __( 'Respondents at the end', 'mentorship-program' ), (string) $report['surveys']['respondents']['end'] );
		}
		foreach ( $report['surveys']['questions'] as $question ) {
			$unit = 'percent' === $question['kind'] ? '%' : '';
			foreach ( array(
				/* translators: %s: survey question. */
				'start'  => __( '%s — start', 'mentorship-program' ),
				/* translators: %s: survey question. */
				'end'    => __( '%s — end', 'mentorship-program' ),
				/* translators: %s: survey question. */
				'change' => __( '%s — change', 'mentorship-program' ),
			) as $part => $format ) {
				$value = $question['suppressed'] ? $hidden : ( null === $question[ $part ] ? '' : $question[ $part ] . $unit );
				$add( $surveys, sprintf( $format, $question['label'] ), $value );
			}
		}

		$retention = __( 'Retention', 'mentorship-program' );
		foreach ( $report['retention'] as $row ) {
			/* translators: %d: days after the cohort ended. */
			$add( $retention, sprintf( __( 'Still contributing after %d days', 'mentorship-program' ), (int) $row['days'] ), $row['suppressed'] ? $hidden : $percent( $row['share'] ) );
		}
		return $out;
	}
}
