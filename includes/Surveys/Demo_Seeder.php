<?php
/**
 * The 2024 cohort's outcomes, as data: people, survey answers and follow-ups that give
 * the program's published figures.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Surveys;

defined( 'ABSPATH' ) || exit;

use Mentorship_Program\Applications\Applications;
use Mentorship_Program\Demo\Demo_Applicant;
use Mentorship_Program\Cohorts\Cohorts;
use Mentorship_Program\Teams\Taxonomies;
use WP_Error;

/**
 * Seeds a finished cohort shaped like the 2024 one — 52 mentees, 28 mentors, 44
 * graduated — whose start and end answers give exactly the published figures:
 * familiarity 53.65% → 80.24%, confidence 57.72% → 82.62%, satisfaction 88.62%.
 *
 * Used by the demo content, `wp mentorship demo outcomes-2024`, PHPUnit and the
 * browser tests, so they all look at the same cohort. Answers go through
 * Answers::save() while each survey is open, as people's answers do; afterwards the
 * surveys take the cohort's 2024 dates again and are closed.
 *
 * @since 0.3.0
 */
final class Demo_Seeder {

	public const MENTEES   = 52;
	public const MENTORS   = 28;
	public const GRADUATES = 44;

	/**
	 * Respondents and the sums of their answers, per survey kind and side, chosen so
	 * that Results gives the published figures (see docs/outcomes.md):
	 * kind => audience => [ respondents, [ question => sum of answers ] ].
	 */
	public const ANSWERS = array(
		'start' => array(
			'mentee' => array(
				48,
				array(
					'familiarity' => 84,
					'confidence'  => 98,
				),
			),
			'mentor' => array(
				26,
				array(
					'familiarity' => 94,
					'confidence'  => 97,
				),
			),
		),
		'end'   => array(
			'mentee' => array(
				40,
				array(
					'familiarity'  => 154,
					'confidence'   => 167,
					'satisfaction' => 191,
				),
			),
			'mentor' => array(
				23,
				array(
					'familiarity'  => 96,
					'confidence'   => 94,
					'satisfaction' => 94,
				),
			),
		),
	);

	/**
	 * Follow-ups answered and, of those, still contributing: days => [ answered, yes ].
	 */
	public const FOLLOWUPS = array(
		30 => array( 36, 30 ),
		60 => array( 29, 22 ),
		90 => array( 25, 17 ),
	);

	/**
	 * Seeds the cohort.
	 *
	 * @since 0.3.0
	 *
	 * @param array<string, mixed> $options suffix (string, for more than one copy), open_end (bool: the end
	 *                                      survey stays open from today, for trying the link).
	 * @return array{cohort_id: int, mentees: int[], mentors: int[], unanswered_end: int[]}|WP_Error
	 */
	public static function outcomes_2024( array $options = array() ) {
		$suffix = sanitize_title( (string) ( $options['suffix'] ?? '' ) );
		$slug   = 'outcomes-2024' . ( '' !== $suffix ? '-' . $suffix : '' );
		if ( get_term_by( 'slug', $slug, Taxonomies::COHORT ) ) {
			return new WP_Error( 'mentorship_demo_exists', __( 'The 2024 outcomes cohort is there already.', 'mentorship-program' ) );
		}
		$cohort = Cohorts::save(
			array(
				'name'        => __( '2024 cohort', 'mentorship-program' ) . ( '' !== $suffix ? ' ' . $suffix : '' ),
				'slug'        => $slug,
				'description' => __( 'Six weeks, 52 mentees, 28 mentors, 44 graduates: the survey figures and follow-ups of a finished cohort.', 'mentorship-program' ),
				'opens_at'    => '2023-12-01T00:00:00Z',
				'closes_at'   => '2023-12-31T00:00:00Z',
				'starts_on'   => '2024-01-18',
				'ends_on'     => '2024-02-29',
				'capacity'    => 60,
				'tracks'      => array( 'one-to-one', 'cohort-group' ),
			)
		);
		if ( ! is_array( $cohort ) ) {
			return $cohort;
		}
		$cohort_id = (int) $cohort['id'];
		add_filter( 'mentorship_program_queue_mail', '__return_false' );
		try {
			$mentors = array();
			for ( $i = 1; $i <= self::MENTORS; $i++ ) {
				$mentors[] = self::person( 'mentor', $i, $cohort_id, $suffix );
			}
			$mentees = array();
			for ( $i = 1; $i <= self::MENTEES; $i++ ) {
				$mentees[] = self::person( 'mentee', $i, $cohort_id, $suffix );
			}
			$mentors = array_values( array_filter( $mentors ) );
			$mentees = array_values( array_filter( $mentees ) );
			foreach ( array_merge( $mentors, $mentees ) as $id ) {
				Applications::transition( $id, 'active', array( 'allow_unassigned' => true ) );
			}
			$today = gmdate( 'Y-m-d' );
			self::answer( $cohort_id, 'start', $mentees, $mentors, $today );
			self::answer_midpoint( $cohort_id, $mentees, $mentors, $today );
			// The last eight mentees left during the cohort; five said why.
			$leaving = array_slice( $mentees, self::GRADUATES );
			foreach ( $leaving as $id ) {
				Applications::transition( $id, 'withdrawn' );
			}
			self::answer_exit( $cohort_id, array_slice( $leaving, 0, 5 ), $today );
			self::answer( $cohort_id, 'end', array_slice( $mentees, 0, self::GRADUATES ), $mentors, $today );
			$graduated_at = (int) strtotime( '2024-02-29 12:00:00 UTC' );
			foreach ( array_slice( $mentees, 0, self::GRADUATES ) as $id ) {
				Followups::schedule_for( $id, $graduated_at );
				Applications::transition( $id, 'graduated' );
			}
			foreach ( $mentors as $id ) {
				Applications::transition( $id, 'completed' );
			}
			self::follow_up( array_slice( $mentees, 0, self::GRADUATES ), $graduated_at );
			// Back to the dates that follow from the cohort: every survey closed in 2024.
			foreach ( Surveys::for_cohort( $cohort_id ) as $survey ) {
				$dates = array(
					'opens_on'  => '',
					'closes_on' => '',
				);
				if ( ! empty( $options['open_end'] ) && 'end' === $survey['kind'] ) {
					$dates = array(
						'opens_on'  => $today,
						'closes_on' => gmdate( 'Y-m-d', time() + 14 * DAY_IN_SECONDS ),
					);
				}
				Surveys::update( (int) $survey['id'], $dates );
			}
		} finally {
			remove_filter( 'mentorship_program_queue_mail', '__return_false' );
		}
		$answered_end = (int) self::ANSWERS['end']['mentee'][0];
		return array(
			'cohort_id'      => $cohort_id,
			'mentees'        => $mentees,
			'mentors'        => $mentors,
			'unanswered_end' => array_slice( $mentees, $answered_end, self::GRADUATES - $answered_end ),
		);
	}

	/**
	 * One person, accepted (mentee) or approved (mentor).
	 *
	 * @param string $type      mentee or mentor.
	 * @param int    $n         Number.
	 * @param int    $cohort_id Cohort.
	 * @param string $suffix    Suffix of the e-mail addresses.
	 * @return int Application, or 0.
	 */
	private static function person( string $type, int $n, int $cohort_id, string $suffix ): int {
		$chat = $type . sprintf( '%02d', $n ) . ( '' !== $suffix ? '-' . $suffix : '' );
		/* translators: 1: Mentee or Mentor, 2: number. */
		$name = sprintf( __( '%1$s %2$d (2024)', 'mentorship-program' ), 'mentor' === $type ? __( 'Mentor', 'mentorship-program' ) : __( 'Mentee', 'mentorship-program' ), $n );
		return Demo_Applicant::admitted( $type, $name, $chat, $chat . '.outcomes2024@example.org', 'UTC', $cohort_id );
	}

	/**
	 * N answers in 1..5 that add up to a sum, spread out rather than flat.
	 *
	 * @since 0.3.0
	 *
	 * @param int $count Answers.
	 * @param int $sum   Their sum.
	 * @return int[]
	 */
	public static function spread( int $count, int $sum ): array {
		$base   = intdiv( $sum, $count );
		$values = array_fill( 0, $count, $base );
		for ( $i = 0; $i < $sum - $base * $count; $i++ ) {
			++$values[ $i ];
		}
		// Move one point between pairs where both stay on the scale: same sum, more spread.
		for ( $i = 0; $i + 1 < $count; $i += 3 ) {
			if ( $values[ $i ] < 5 && $values[ $i + 1 ] > 1 ) {
				++$values[ $i ];
				--$values[ $i + 1 ];
			}
		}
		return $values;
	}

	/**
	 * Opens a survey for today, for seeding.
	 *
	 * @param int    $cohort_id Cohort.
	 * @param string $audience  Audience.
	 * @param string $kind      Kind.
	 * @param string $today     Today.
	 * @return int Survey.
	 */
	private static function open( int $cohort_id, string $audience, string $kind, string $today ): int {
		$survey = Surveys::find( $cohort_id, $audience, $kind );
		if ( ! $survey ) {
			return 0;
		}
		Surveys::update(
			(int) $survey['id'],
			array(
				'opens_on'  => $today,
				'closes_on' => $today,
			)
		);
		return (int) $survey['id'];
	}

	/**
	 * The start or end answers of both sides.
	 *
	 * @param int    $cohort_id Cohort.
	 * @param string $kind      start or end.
	 * @param int[]  $mentees   Mentees asked.
	 * @param int[]  $mentors   Mentors asked.
	 * @param string $today     Today.
	 */
	private static function answer( int $cohort_id, string $kind, array $mentees, array $mentors, string $today ): void {
		$helped  = array(
			__( 'Weekly calls with my mentor.', 'mentorship-program' ),
			__( 'Having someone review my first patch.', 'mentorship-program' ),
			__( 'The team onboarding days.', 'mentorship-program' ),
		);
		$changes = array(
			__( 'More time zones for the group calls.', 'mentorship-program' ),
			__( 'A longer program.', 'mentorship-program' ),
		);
		foreach ( array(
			'mentee' => $mentees,
			'mentor' => $mentors,
		) as $audience => $people ) {
			$survey_id            = self::open( $cohort_id, $audience, $kind, $today );
			list( $count, $sums ) = self::ANSWERS[ $kind ][ $audience ];
			$columns              = array();
			foreach ( $sums as $key => $sum ) {
				$columns[ $key ] = self::spread( $count, $sum );
			}
			$count = min( $count, count( $people ) );
			for ( $i = 0; $i < $count; $i++ ) {
				$answers = array( 'recommend' => 10 - ( $i % 4 ) );
				foreach ( $columns as $key => $values ) {
					$answers[ $key ] = $values[ $i ];
				}
				if ( 'end' === $kind && 0 === $i % 3 ) {
					$answers['helped'] = $helped[ $i % count( $helped ) ];
					$answers['change'] = $changes[ $i % count( $changes ) ];
				}
				if ( ! isset( $answers['satisfaction'] ) ) {
					// Asked at the start too; the report's satisfaction is the end figure.
					$answers['satisfaction'] = 4;
				}
				Answers::save( $survey_id, $people[ $i ], $answers );
			}
		}
	}

	/**
	 * Midpoint answers: enough on each side for the figures to show.
	 *
	 * @param int    $cohort_id Cohort.
	 * @param int[]  $mentees   Mentees.
	 * @param int[]  $mentors   Mentors.
	 * @param string $today     Today.
	 */
	private static function answer_midpoint( int $cohort_id, array $mentees, array $mentors, string $today ): void {
		foreach ( array(
			'mentee' => array_slice( $mentees, 0, 30 ),
			'mentor' => array_slice( $mentors, 0, 15 ),
		) as $audience => $people ) {
			$survey_id = self::open( $cohort_id, $audience, 'midpoint', $today );
			foreach ( $people as $i => $id ) {
				Answers::save(
					$survey_id,
					$id,
					array(
						'familiarity'  => 'mentee' === $audience ? 3 + ( $i % 2 ) : 4,
						'confidence'   => 3 + ( $i % 3 ) % 2,
						'satisfaction' => 4 + ( $i % 2 ),
					)
				);
			}
		}
	}

	/**
	 * Exit answers of people who left.
	 *
	 * @param int    $cohort_id Cohort.
	 * @param int[]  $people    Withdrawn mentees.
	 * @param string $today     Today.
	 */
	private static function answer_exit( int $cohort_id, array $people, string $today ): void {
		$survey_id = self::open( $cohort_id, 'mentee', 'exit', $today );
		foreach ( $people as $i => $id ) {
			Answers::save(
				$survey_id,
				$id,
				array(
					'familiarity'  => 2 + ( $i % 2 ),
					'confidence'   => 2,
					'satisfaction' => 3 + ( $i % 2 ),
					'change'       => __( 'I did not have the time I hoped for.', 'mentorship-program' ),
				)
			);
		}
	}

	/**
	 * The graduates' follow-ups at 30, 60 and 90 days: sent on their day, some answered.
	 *
	 * @param int[] $graduates    Graduates.
	 * @param int   $graduated_at Graduation time.
	 */
	private static function follow_up( array $graduates, int $graduated_at ): void {
		foreach ( self::FOLLOWUPS as $days => $counts ) {
			Followups::send_due( gmdate( 'Y-m-d', $graduated_at + $days * DAY_IN_SECONDS ), $graduates );
			list( $answered, $yes ) = $counts;
			foreach ( array_slice( $graduates, 0, $answered ) as $i => $id ) {
				foreach ( Followups::of( $id ) as $row ) {
					if ( (int) $row['days'] === $days ) {
						Followups::answer(
							(int) $row['id'],
							array(
								'contributing' => $i < $yes ? 'yes' : 'no',
								'where'        => $i < $yes ? __( 'Documentation team', 'mentorship-program' ) : '',
								'where_url'    => $i < $yes ? 'https://make.wordpress.org/docs/' : '',
							)
						);
					}
				}
			}
		}
	}
}
