<?php
/**
 * Survey results: per cohort and question, the start and end figures and the change.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Surveys;

defined( 'ABSPATH' ) || exit;

use Mentorship_Program\Settings\Settings;
use Mentorship_Program\Reports\Small_Groups;

/**
 * The figure of a scored question (rating 1–5, recommend 0–10) in one survey kind is a
 * percentage, computed in two steps (docs/outcomes.md explains why):
 *
 * 1. for each side of the program — mentees, mentors — that has at least
 *    Small_Groups::MINIMUM answers to the question: the mean answer as a percentage of
 *    the scale's top (a mean of 4 on 1–5 is 80%);
 * 2. the figure is the mean of those sides' percentages, so 28 mentors count as much
 *    as 52 mentees. A side with fewer answers is left out; with none left the figure is
 *    null and marked suppressed.
 *
 * Values are rounded to 2 decimals; the change is end minus start of the rounded
 * figures, in percentage points.
 *
 * @since 0.3.0
 */
final class Results {

	/**
	 * Whether coordinators may read individual answers on this site (off by default).
	 *
	 * @since 0.3.0
	 *
	 * @return bool
	 */
	public static function individual_allowed(): bool {
		return (bool) Settings::get( 'survey_show_answers' );
	}

	/**
	 * The percentage of one side's answers to a scored question, before the small-group
	 * rule.
	 *
	 * @since 0.3.0
	 *
	 * @param int[]  $values Answers.
	 * @param string $kind   rating or nps.
	 * @return float|null
	 */
	public static function percent( array $values, string $kind ): ?float {
		if ( ! $values || ! isset( Questions::SCALES[ $kind ] ) ) {
			return null;
		}
		return array_sum( $values ) / count( $values ) / Questions::SCALES[ $kind ][1] * 100;
	}

	/**
	 * The scored answers to one question in a cohort's survey of a kind, by side.
	 *
	 * @param int    $cohort_id Cohort.
	 * @param string $kind      Survey kind.
	 * @param string $key       Question key.
	 * @return array<string, array{kind: string, values: int[]}> Audience => answers.
	 */
	private static function values( int $cohort_id, string $kind, string $key ): array {
		$out = array();
		foreach ( Surveys::AUDIENCES as $audience ) {
			$survey = Surveys::find( $cohort_id, $audience, $kind );
			if ( ! $survey ) {
				continue;
			}
			$question = self::question( $survey, $key );
			if ( ! $question ) {
				continue;
			}
			$values = array();
			foreach ( Answers::for_survey( (int) $survey['id'] ) as $row ) {
				if ( isset( $row['answers'][ $key ] ) && is_int( $row['answers'][ $key ] ) ) {
					$values[] = $row['answers'][ $key ];
				}
			}
			$out[ $audience ] = array(
				'kind'   => (string) $question['kind'],
				'values' => $values,
			);
		}
		return $out;
	}

	/**
	 * A question of a survey by key, or null.
	 *
	 * @param array<string, mixed> $survey Survey.
	 * @param string               $key    Key.
	 * @return array<string, mixed>|null
	 */
	private static function question( array $survey, string $key ): ?array {
		foreach ( $survey['questions'] as $question ) {
			if ( $question['key'] === $key ) {
				return $question;
			}
		}
		return null;
	}

	/**
	 * A scored question's figure in a cohort's surveys of one kind.
	 *
	 * @since 0.3.0
	 *
	 * @param int    $cohort_id Cohort.
	 * @param string $kind      Survey kind.
	 * @param string $key       Question key.
	 * @return array{figure: float|null, respondents: int, hidden: bool, asked: bool}
	 */
	public static function figure( int $cohort_id, string $kind, string $key ): array {
		$sides       = array();
		$respondents = 0;
		$hidden      = false;
		$asked       = false;
		foreach ( self::values( $cohort_id, $kind, $key ) as $side ) {
			$asked = true;
			$count = count( $side['values'] );
			if ( 0 === $count ) {
				continue;
			}
			if ( Small_Groups::hides( $count ) ) {
				$hidden = true;
				continue;
			}
			$percent = self::percent( $side['values'], $side['kind'] );
			if ( null !== $percent ) {
				$sides[]      = $percent;
				$respondents += $count;
			}
		}
		return array(
			'figure'      => $sides ? round( array_sum( $sides ) / count( $sides ), 2 ) : null,
			'respondents' => $respondents,
			'hidden'      => $hidden || ( $asked && ! $sides ),
			'asked'       => $asked,
		);
	}

	/**
	 * The survey section of a cohort's report.
	 *
	 * @since 0.3.0
	 *
	 * @param int $cohort_id Cohort.
	 * @return array{respondents: array{start: int, end: int}, questions: array<int, array<string, mixed>>}
	 */
	public static function for_cohort( int $cohort_id ): array {
		$surveys     = Surveys::for_cohort( $cohort_id );
		$respondents = array(
			'start' => 0,
			'end'   => 0,
		);
		$questions   = array();
		foreach ( array( 'start', 'end' ) as $kind ) {
			foreach ( $surveys as $survey ) {
				if ( $survey['kind'] !== $kind ) {
					continue;
				}
				$respondents[ $kind ] += count( Answers::for_survey( (int) $survey['id'] ) );
				foreach ( $survey['questions'] as $question ) {
					if ( ! isset( $questions[ $question['key'] ] ) ) {
						$questions[ $question['key'] ] = array(
							'key'   => (string) $question['key'],
							'label' => (string) $question['label'],
							'kind'  => (string) $question['kind'],
						);
					}
				}
			}
		}
		$out = array();
		if ( 0 === $respondents['start'] + $respondents['end'] ) {
			// Nobody answered yet: no rows of empty figures in the report.
			$questions = array();
		}
		foreach ( $questions as $key => $question ) {
			if ( ! isset( Questions::SCALES[ $question['kind'] ] ) ) {
				$count = self::answered( $cohort_id, 'end', $key );
				$out[] = array_merge(
					$question,
					array(
						'start'       => null,
						'end'         => null,
						'change'      => null,
						'respondents' => $count,
						'suppressed'  => Small_Groups::hides( $count ),
					)
				);
				continue;
			}
			$start = self::figure( $cohort_id, 'start', $key );
			$end   = self::figure( $cohort_id, 'end', $key );
			$out[] = array_merge(
				$question,
				array(
					'start'       => $start['figure'],
					'end'         => $end['figure'],
					'change'      => null !== $start['figure'] && null !== $end['figure'] ? round( $end['figure'] - $start['figure'], 2 ) : null,
					'respondents' => $end['asked'] ? $end['respondents'] : $start['respondents'],
					'suppressed'  => ( $start['asked'] && $start['hidden'] ) || ( $end['asked'] && $end['hidden'] ),
				)
			);
		}
		return array(
			'respondents' => $respondents,
			'questions'   => $out,
		);
	}

	/**
	 * How many people answered a question in a cohort's surveys of a kind.
	 *
	 * @param int    $cohort_id Cohort.
	 * @param string $kind      Survey kind.
	 * @param string $key       Question key.
	 * @return int
	 */
	private static function answered( int $cohort_id, string $kind, string $key ): int {
		$count = 0;
		foreach ( Surveys::AUDIENCES as $audience ) {
			$survey = Surveys::find( $cohort_id, $audience, $kind );
			foreach ( $survey ? Answers::for_survey( (int) $survey['id'] ) : array() as $row ) {
				$count += isset( $row['answers'][ $key ] ) && '' !== $row['answers'][ $key ] ? 1 : 0;
			}
		}
		return $count;
	}

	/**
	 * One survey's aggregates for coordinators: per question, respondents and, for
	 * groups large enough, the figure and how many gave each answer.
	 *
	 * @since 0.3.0
	 *
	 * @param array<string, mixed> $survey Survey.
	 * @return array{respondents: int, invited: int, questions: array<int, array<string, mixed>>}
	 */
	public static function for_survey( array $survey ): array {
		$rows      = Answers::for_survey( (int) $survey['id'] );
		$questions = array();
		foreach ( $survey['questions'] as $question ) {
			$key    = (string) $question['key'];
			$values = array();
			foreach ( $rows as $row ) {
				if ( isset( $row['answers'][ $key ] ) && '' !== $row['answers'][ $key ] ) {
					$values[] = $row['answers'][ $key ];
				}
			}
			$hidden       = Small_Groups::hides( count( $values ) );
			$distribution = null;
			if ( ! $hidden && 'text' !== $question['kind'] ) {
				$distribution = array();
				foreach ( $values as $value ) {
					$distribution[ (string) $value ] = ( $distribution[ (string) $value ] ?? 0 ) + 1;
				}
				ksort( $distribution );
			}
			$questions[] = array(
				'key'          => $key,
				'label'        => (string) $question['label'],
				'kind'         => (string) $question['kind'],
				'respondents'  => count( $values ),
				'suppressed'   => $hidden,
				'figure'       => $hidden || ! isset( Questions::SCALES[ $question['kind'] ] ) ? null : round( (float) self::percent( array_map( 'intval', $values ), (string) $question['kind'] ), 2 ),
				'distribution' => $distribution,
			);
		}
		return array(
			'respondents' => count( $rows ),
			'invited'     => Invitations::count_for( (int) $survey['id'] ),
			'questions'   => $questions,
		);
	}

	/**
	 * The report's survey section (filter callback).
	 *
	 * @since 0.3.0
	 *
	 * @param mixed $section   Section so far.
	 * @param mixed $cohort_id Cohort.
	 * @return array<string, mixed>
	 */
	public static function report_section( $section, $cohort_id ): array {
		$mine = self::for_cohort( (int) $cohort_id );
		// Nobody answered here yet: leave what another source handed in.
		if ( array() === $mine['questions'] && is_array( $section ) && array() !== $section ) {
			return $section;
		}
		return $mine;
	}
}
