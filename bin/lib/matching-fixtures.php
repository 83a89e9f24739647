<?php
/**
 * Deterministic generator of realistic cohorts for matching tests and benchmarks.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Bin;

defined( 'ABSPATH' ) || in_array( PHP_SAPI, array( 'cli' ), true ) || exit;

/**
 * Builds cohorts whose mix resembles the contributor mentorship program, scaled up:
 * people spread over the Americas, Europe, Africa, Asia and Oceania with their local
 * languages, about 60% speaking English, evening-heavy weekly availability on a
 * 30-minute grid, one to three teams each, the three formats, and mentor capacities of
 * one to six. The same seed always gives the same cohort (own generator, no global
 * random state).
 *
 * @since 0.1.0
 */
final class Matching_Fixtures {

	/**
	 * Time zones by region, with their local languages and a weight (people per zone).
	 *
	 * @var array<string, array<int, array{0: string, 1: array<int, string>, 2: int}>>
	 */
	private const ZONES = array(
		'americas' => array(
			array( 'America/New_York', array( 'en' ), 6 ),
			array( 'America/Chicago', array( 'en' ), 3 ),
			array( 'America/Los_Angeles', array( 'en' ), 4 ),
			array( 'America/Toronto', array( 'en', 'fr' ), 2 ),
			array( 'America/Mexico_City', array( 'es' ), 3 ),
			array( 'America/Bogota', array( 'es' ), 2 ),
			array( 'America/Argentina/Buenos_Aires', array( 'es' ), 2 ),
			array( 'America/Sao_Paulo', array( 'pt-BR' ), 4 ),
		),
		'europe'   => array(
			array( 'Europe/London', array( 'en' ), 4 ),
			array( 'Europe/Berlin', array( 'de' ), 3 ),
			array( 'Europe/Paris', array( 'fr' ), 3 ),
			array( 'Europe/Madrid', array( 'es' ), 3 ),
			array( 'Europe/Rome', array( 'it' ), 2 ),
			array( 'Europe/Amsterdam', array( 'nl' ), 2 ),
			array( 'Europe/Warsaw', array( 'pl' ), 1 ),
			array( 'Europe/Lisbon', array( 'pt-PT' ), 1 ),
			array( 'Europe/Kyiv', array( 'uk' ), 1 ),
		),
		'africa'   => array(
			array( 'Africa/Lagos', array( 'en', 'yo' ), 3 ),
			array( 'Africa/Nairobi', array( 'en', 'sw' ), 2 ),
			array( 'Africa/Cairo', array( 'ar' ), 1 ),
			array( 'Africa/Johannesburg', array( 'en' ), 1 ),
			array( 'Africa/Casablanca', array( 'ar', 'fr' ), 1 ),
			array( 'Africa/Accra', array( 'en' ), 1 ),
		),
		'asia'     => array(
			array( 'Asia/Kolkata', array( 'hi' ), 6 ),
			array( 'Asia/Tokyo', array( 'ja' ), 3 ),
			array( 'Asia/Dhaka', array( 'bn' ), 2 ),
			array( 'Asia/Jakarta', array( 'id' ), 2 ),
			array( 'Asia/Manila', array( 'en', 'fil' ), 1 ),
			array( 'Asia/Shanghai', array( 'zh' ), 1 ),
			array( 'Asia/Kathmandu', array( 'ne' ), 1 ),
			array( 'Asia/Karachi', array( 'ur' ), 1 ),
		),
		'oceania'  => array(
			array( 'Australia/Sydney', array( 'en' ), 3 ),
			array( 'Pacific/Auckland', array( 'en' ), 1 ),
			array( 'Australia/Perth', array( 'en' ), 1 ),
		),
	);

	/**
	 * Region weights.
	 *
	 * @var array<string, int>
	 */
	private const REGIONS = array(
		'americas' => 30,
		'europe'   => 28,
		'africa'   => 10,
		'asia'     => 26,
		'oceania'  => 6,
	);

	/**
	 * Contributor teams with a popularity weight.
	 *
	 * @var array<string, int>
	 */
	private const TEAMS = array(
		'core'           => 14,
		'polyglots'      => 10,
		'training'       => 7,
		'community'      => 8,
		'design'         => 6,
		'docs'           => 7,
		'support'        => 6,
		'test'           => 5,
		'accessibility'  => 4,
		'marketing'      => 4,
		'meta'           => 3,
		'mobile'         => 2,
		'openverse'      => 2,
		'performance'    => 3,
		'photos'         => 2,
		'plugins'        => 5,
		'themes'         => 5,
		'hosting'        => 2,
		'cli'            => 2,
		'sustainability' => 1,
		'tv'             => 1,
	);

	/**
	 * Generator state (Park–Miller).
	 *
	 * @var int
	 */
	private int $state;

	/**
	 * Starts a generator.
	 *
	 * @since 0.1.0
	 *
	 * @param int $seed Any integer.
	 */
	public function __construct( int $seed ) {
		$this->state = ( abs( $seed ) % 2147483646 ) + 1;
		for ( $i = 0; $i < 5; $i++ ) {
			$this->next();
		}
	}

	/**
	 * A whole cohort: mentees, mentors and options.
	 *
	 * @since 0.1.0
	 *
	 * @param int                  $mentees Number of mentees.
	 * @param int                  $mentors Number of mentors.
	 * @param array<string, mixed> $args    min_capacity, max_capacity (1 and 6), pins and
	 *                                      forbidden (counts, 0), reference_date ('2025-03-10'),
	 *                                      ineligible (share of people with a stage that is
	 *                                      not eligible, 0), team_seats (how many teams get a
	 *                                      seat limit, 0), mix ('realistic'; 'dense': the same
	 *                                      people, but everyone also speaks English and keeps
	 *                                      long office-hours blocks, so most pairs are allowed;
	 *                                      'compact': few languages and nearby zones, for small
	 *                                      test cohorts).
	 * @return array{mentees: array<int, array<string, mixed>>, mentors: array<int, array<string, mixed>>, options: array<string, mixed>}
	 */
	public function cohort( int $mentees, int $mentors, array $args = array() ): array {
		$args = $args + array(
			'min_capacity'   => 1,
			'max_capacity'   => 6,
			'pins'           => 0,
			'forbidden'      => 0,
			'reference_date' => '2025-03-10',
			'ineligible'     => 0.0,
			'team_seats'     => 0,
			'mix'            => 'realistic',
		);
		$list_mentees = array();
		for ( $i = 0; $i < $mentees; $i++ ) {
			$list_mentees[] = $this->person( 'mentee', 1000 + $i, $args );
		}
		$list_mentors = array();
		for ( $i = 0; $i < $mentors; $i++ ) {
			$list_mentors[] = $this->person( 'mentor', 100000 + $i, $args );
		}
		$pins      = array();
		$used      = array();
		$load      = array();
		$attempts  = 0;
		$pin_count = min( (int) $args['pins'], $mentees );
		while ( count( $pins ) < $pin_count && $attempts++ < 50 * ( $pin_count + 1 ) && $mentors > 0 ) {
			$mentee = $list_mentees[ $this->below( $mentees ) ];
			$mentor = $list_mentors[ $this->below( $mentors ) ];
			if ( isset( $used[ $mentee['id'] ] ) || ( $load[ $mentor['id'] ] ?? 0 ) >= $mentor['capacity'] ) {
				continue;
			}
			$used[ $mentee['id'] ] = true;
			$load[ $mentor['id'] ] = ( $load[ $mentor['id'] ] ?? 0 ) + 1;
			$pins[]                = array( $mentee['id'], $mentor['id'] );
		}
		$forbidden = array();
		for ( $i = 0; $i < (int) $args['forbidden'] && $mentors > 0 && $mentees > 0; $i++ ) {
			$pair = array( $list_mentees[ $this->below( $mentees ) ]['id'], $list_mentors[ $this->below( $mentors ) ]['id'] );
			if ( ! in_array( $pair, $pins, true ) ) {
				$forbidden[] = $pair;
			}
		}
		$seats = array();
		$teams = array_keys( self::TEAMS );
		for ( $i = 0; $i < (int) $args['team_seats']; $i++ ) {
			$seats[ $teams[ $this->below( 6 ) ] ] = $this->below( 1 + max( 1, intdiv( $mentees, 4 ) ) );
		}
		$options = array(
			'reference_date' => $args['reference_date'],
			'pins'           => $pins,
			'forbidden'      => $forbidden,
		);
		if ( $seats ) {
			$options['team_seats'] = $seats;
		}
		return array(
			'mentees' => $list_mentees,
			'mentors' => $list_mentors,
			'options' => $options,
		);
	}

	/**
	 * A random integer in [0, $n).
	 *
	 * @since 0.1.0
	 *
	 * @param int $n Upper bound, at least 1.
	 * @return int
	 */
	public function below( int $n ): int {
		return $this->next() % max( 1, $n );
	}

	/**
	 * A random float in [0, 1).
	 *
	 * @since 0.1.0
	 *
	 * @return float
	 */
	public function fraction(): float {
		return ( $this->next() - 1 ) / 2147483646;
	}

	/**
	 * Shuffles a list deterministically.
	 *
	 * @since 0.1.0
	 *
	 * @param array<int, mixed> $items Items.
	 * @return array<int, mixed>
	 */
	public function shuffle( array $items ): array {
		$items = array_values( $items );
		for ( $i = count( $items ) - 1; $i > 0; $i-- ) {
			$j           = $this->below( $i + 1 );
			$tmp         = $items[ $i ];
			$items[ $i ] = $items[ $j ];
			$items[ $j ] = $tmp;
		}
		return $items;
	}

	/**
	 * One applicant.
	 *
	 * @param string               $type mentee or mentor.
	 * @param int                  $id   ID.
	 * @param array<string, mixed> $args Cohort arguments.
	 * @return array<string, mixed>
	 */
	private function person( string $type, int $id, array $args ): array {
		if ( 'compact' === $args['mix'] ) {
			return $this->compact_person( $type, $id, $args );
		}
		$region    = $this->weighted( self::REGIONS );
		$zones     = array();
		$zone_info = array();
		foreach ( self::ZONES[ $region ] as $i => $zone ) {
			$zones[ $i ]     = $zone[2];
			$zone_info[ $i ] = $zone;
		}
		$zone      = $zone_info[ $this->weighted( $zones ) ];
		$languages = array( $zone[1][0] );
		if ( isset( $zone[1][1] ) && $this->fraction() < 0.6 ) {
			$languages[] = $zone[1][1];
		}
		$english = 'mentor' === $type ? 0.75 : 0.45;
		if ( 'dense' === $args['mix'] ) {
			$english = 1.0;
		}
		if ( ! in_array( 'en', $languages, true ) && $this->fraction() < $english ) {
			$languages[] = 'en';
		}
		if ( $this->fraction() < 0.08 ) {
			$extra = array( 'es', 'fr', 'de', 'pt-BR', 'ja', 'hi' )[ $this->below( 6 ) ];
			if ( ! in_array( $extra, $languages, true ) ) {
				$languages[] = $extra;
			}
		}

		$teams = array();
		$want  = 1 + $this->below( 3 );
		while ( count( $teams ) < $want ) {
			$team = $this->weighted( self::TEAMS );
			if ( ! in_array( $team, $teams, true ) ) {
				$teams[] = $team;
			}
		}

		$person = array(
			'id'           => $id,
			'languages'    => $languages,
			'timezone'     => $zone[0],
			'availability' => 'dense' === $args['mix'] ? $this->office_hours() : $this->availability( $type ),
			'teams'        => $teams,
		);
		if ( 'mentee' === $type ) {
			$person['format'] = $this->weighted(
				array(
					'one-to-one'    => 45,
					'cohort-group'  => 25,
					'project-group' => 15,
					'any'           => 15,
				)
			);
			$person['stage']  = $this->fraction() < (float) $args['ineligible'] ? 'waitlisted' : 'accepted';
		} else {
			$formats = array( $this->weighted( array( 'one-to-one' => 55, 'cohort-group' => 25, 'project-group' => 20 ) ) );
			if ( $this->fraction() < 0.4 ) {
				$other = $this->weighted( array( 'one-to-one' => 40, 'cohort-group' => 35, 'project-group' => 25 ) );
				if ( ! in_array( $other, $formats, true ) ) {
					$formats[] = $other;
				}
			}
			$person['formats']  = $formats;
			$span               = max( 0, (int) $args['max_capacity'] - (int) $args['min_capacity'] );
			$person['capacity'] = (int) $args['min_capacity'] + $this->below( $span + 1 );
			$person['stage']    = $this->fraction() < (float) $args['ineligible'] ? 'in_review' : 'approved';
		}
		return $person;
	}

	/**
	 * A person for small, dense test cohorts: two or three languages, European and
	 * African zones an hour or two apart, a few teams, wide availability.
	 *
	 * @param string               $type mentee or mentor.
	 * @param int                  $id   ID.
	 * @param array<string, mixed> $args Cohort arguments.
	 * @return array<string, mixed>
	 */
	private function compact_person( string $type, int $id, array $args ): array {
		$languages = array( array( 'en' ), array( 'es' ), array( 'en', 'es' ), array( 'en', 'fr' ), array( 'fr' ) )[ $this->below( 5 ) ];
		$teams     = array();
		$want      = 1 + $this->below( 2 );
		$pool      = array( 'core', 'polyglots', 'docs', 'design' );
		while ( count( $teams ) < $want ) {
			$team = $pool[ $this->below( 4 ) ];
			if ( ! in_array( $team, $teams, true ) ) {
				$teams[] = $team;
			}
		}
		$slots = array();
		$count = 1 + $this->below( 3 );
		for ( $i = 0; $i < $count; $i++ ) {
			$start   = 16 + 2 * $this->below( 8 );
			$slots[] = self::slot( $this->below( 2 ), $start, $start + 4 + 2 * $this->below( 4 ) );
		}
		$person = array(
			'id'           => $id,
			'languages'    => $languages,
			'timezone'     => array( 'Europe/London', 'Europe/Paris', 'Africa/Lagos', 'Europe/Athens' )[ $this->below( 4 ) ],
			'availability' => $slots,
			'teams'        => $teams,
		);
		if ( 'mentee' === $type ) {
			$person['format'] = array( 'one-to-one', 'cohort-group', 'project-group', 'any' )[ $this->below( 4 ) ];
			$person['stage']  = $this->fraction() < (float) $args['ineligible'] ? 'waitlisted' : 'accepted';
		} else {
			$person['formats']  = array( array( 'one-to-one' ), array( 'cohort-group' ), array( 'one-to-one', 'project-group' ) )[ $this->below( 3 ) ];
			$span               = max( 0, (int) $args['max_capacity'] - (int) $args['min_capacity'] );
			$person['capacity'] = (int) $args['min_capacity'] + $this->below( $span + 1 );
			$person['stage']    = $this->fraction() < (float) $args['ineligible'] ? 'in_review' : 'approved';
		}
		return $person;
	}

	/**
	 * Weekly availability in local time: evenings for most, some mornings, office
	 * hours for some mentors, weekend blocks, on a 30-minute grid.
	 *
	 * @param string $type mentee or mentor.
	 * @return array<int, array<string, mixed>>
	 */
	private function availability( string $type ): array {
		$slots = array();
		$style = $this->weighted(
			'mentor' === $type
				? array( 'evenings' => 45, 'office' => 25, 'mornings' => 10, 'weekends' => 20 )
				: array( 'evenings' => 50, 'office' => 10, 'mornings' => 15, 'weekends' => 25 )
		);
		$days  = $this->shuffle( array( 0, 1, 2, 3, 4 ) );
		$count = 2 + $this->below( 3 );
		for ( $i = 0; $i < $count; $i++ ) {
			switch ( $style ) {
				case 'office':
					$start  = 18 + 2 * $this->below( 8 );
					$length = 2 + $this->below( 5 );
					break;
				case 'mornings':
					$start  = 12 + $this->below( 6 );
					$length = 2 + $this->below( 4 );
					break;
				default:
					$start  = 34 + $this->below( 9 );
					$length = 2 + $this->below( 5 );
			}
			$slots[] = self::slot( $days[ $i ], $start, min( 48, $start + $length ) );
		}
		if ( 'weekends' === $style || $this->fraction() < 0.3 ) {
			$start   = 18 + $this->below( 12 );
			$slots[] = self::slot( 5 + $this->below( 2 ), $start, $start + 4 + $this->below( 5 ) );
		}
		return $slots;
	}

	/**
	 * Long weekday blocks for dense cohorts: four or five days, six to ten hours, starting
	 * between 06:00 and 14:00 local time.
	 *
	 * @return array<int, array<string, mixed>>
	 */
	private function office_hours(): array {
		$slots = array();
		$start = 12 + 2 * $this->below( 9 );
		$days  = 4 + $this->below( 2 );
		for ( $day = 0; $day < $days; $day++ ) {
			$slots[] = self::slot( $day, $start, $start + 12 + 2 * $this->below( 5 ) );
		}
		return $slots;
	}

	/**
	 * A slot from half-hour steps.
	 *
	 * @param int $day   Weekday.
	 * @param int $start Start, in half hours after midnight.
	 * @param int $end   End, in half hours (48 = 24:00).
	 * @return array<string, mixed>
	 */
	private static function slot( int $day, int $start, int $end ): array {
		return array(
			'day'   => $day,
			'start' => sprintf( '%02d:%02d', intdiv( $start, 2 ), ( $start % 2 ) * 30 ),
			'end'   => sprintf( '%02d:%02d', intdiv( $end, 2 ), ( $end % 2 ) * 30 ),
		);
	}

	/**
	 * A key picked with probability proportional to its weight.
	 *
	 * @param array<int|string, int> $weights Weights.
	 * @return int|string
	 */
	private function weighted( array $weights ) {
		$total = array_sum( $weights );
		$pick  = $this->below( $total );
		foreach ( $weights as $key => $weight ) {
			if ( $pick < $weight ) {
				return $key;
			}
			$pick -= $weight;
		}
		return array_key_first( $weights );
	}

	/**
	 * Next raw value in [1, 2^31 - 2].
	 *
	 * @return int
	 */
	private function next(): int {
		$this->state = ( $this->state * 48271 ) % 2147483647;
		return $this->state;
	}
}
