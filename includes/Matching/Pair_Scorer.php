<?php
/**
 * Scores mentee–mentor pairs.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Matching;

defined( 'ABSPATH' ) || exit;

/**
 * Scores every pair of one cohort's normalised mentees and mentors (see Problem).
 *
 * Parts of a score, each in whole hundredths of a point:
 * - language: the language weight when the two share a language (compared on the
 *   primary subtag, so "pt-BR" and "pt-PT" share Portuguese), else 0;
 * - overlap_hours: the overlap weight times min( 1, weekly overlap / target hours ),
 *   0 when either person gave no availability;
 * - teams: the teams weight times the share of the mentee's teams of interest that are
 *   in the mentor's expertise, 0 when the mentee named none;
 * - format: the format weight when the mentor offers the mentee's format, or the
 *   mentee takes any format, or the mentor named no formats.
 *
 * A pair is allowed when they share a language (or the cohort allows no shared
 * language), their known availabilities overlap at least the minimum, it is not
 * forbidden and its score is above 0. `score_row()` is the fast path the solver uses
 * (all mentors for one mentee); `explain()` gives the same score with its reasons.
 *
 * @since 0.1.0
 */
final class Pair_Scorer {

	/**
	 * The three formats a mentor can offer, as bits.
	 *
	 * @since 0.1.0
	 *
	 * @var array<string, int>
	 */
	public const FORMATS = array(
		'one-to-one'    => 1,
		'project-group' => 2,
		'cohort-group'  => 4,
	);

	/**
	 * All formats.
	 *
	 * @var int
	 */
	private const ANY_FORMAT = 7;

	/**
	 * Weights in hundredths of a point: language, overlap, teams, format.
	 *
	 * @var array<string, int>
	 */
	private array $points;

	/**
	 * Overlap for full points, in minutes.
	 *
	 * @var int
	 */
	private int $target_minutes;

	/**
	 * Least overlap for an allowed pair, in minutes.
	 *
	 * @var int
	 */
	private int $min_minutes;

	/**
	 * Whether pairs without a shared language are allowed.
	 *
	 * @var bool
	 */
	private bool $allow_no_shared_language;

	/**
	 * Normalised mentees.
	 *
	 * @var array<int, array<string, mixed>>
	 */
	private array $mentees;

	/**
	 * Normalised mentors.
	 *
	 * @var array<int, array<string, mixed>>
	 */
	private array $mentors;

	/**
	 * Language sets per mentee and mentor: an int bit mask, or an array of keys when a
	 * cohort has more languages than an int holds.
	 *
	 * @var array<string, array<int, int|array<int, true>>>
	 */
	private array $languages = array();

	/**
	 * Team sets per mentee and mentor, as for languages.
	 *
	 * @var array<string, array<int, int|array<int, true>>>
	 */
	private array $teams = array();

	/**
	 * Format bits per mentee and mentor.
	 *
	 * @var array<string, array<int, int>>
	 */
	private array $formats = array();

	/**
	 * Mentee intervals as a flat list of indices into the boundary list: start, end, start, end...
	 *
	 * @var array<int, array<int, int>>
	 */
	private array $mentee_bounds = array();

	/**
	 * For each mentor, minutes of availability before each boundary.
	 *
	 * @var array<int, array<int, int>>
	 */
	private array $mentor_prefix = array();

	/**
	 * Prepares the scorer for one cohort.
	 *
	 * @since 0.1.0
	 *
	 * @param array<int, array<string, mixed>> $mentees                  Normalised mentees (Problem::normalise_person()).
	 * @param array<int, array<string, mixed>> $mentors                  Normalised mentors.
	 * @param Weights                          $weights                  Weights.
	 * @param bool                             $allow_no_shared_language Whether pairs without a shared language are allowed.
	 */
	public function __construct( array $mentees, array $mentors, Weights $weights, bool $allow_no_shared_language = false ) {
		$this->mentees                  = $mentees;
		$this->mentors                  = $mentors;
		$this->allow_no_shared_language = $allow_no_shared_language;
		$this->points                   = array(
			'language' => (int) round( $weights->language * 100 ),
			'overlap'  => (int) round( $weights->overlap * 100 ),
			'teams'    => (int) round( $weights->teams * 100 ),
			'format'   => (int) round( $weights->format * 100 ),
		);
		$this->target_minutes           = (int) round( $weights->overlap_target_hours * 60 );
		$this->min_minutes              = (int) ceil( $weights->min_overlap_hours * 60 );

		$this->languages = $this->index_sets( 'language_keys' );
		$this->teams     = $this->index_sets( 'teams' );
		$this->formats   = array(
			'mentee' => array(),
			'mentor' => array(),
		);
		foreach ( array(
			'mentee' => $mentees,
			'mentor' => $mentors,
		) as $side => $people ) {
			foreach ( $people as $i => $person ) {
				$this->formats[ $side ][ $i ] = self::format_bits( 'mentee' === $side ? array( $person['format'] ) : $person['formats'] );
			}
		}
		$this->index_availability();
	}

	/**
	 * Scores one mentee against many mentors and counts why pairs were left out.
	 *
	 * @since 0.1.0
	 *
	 * @param int              $mentee    Mentee index.
	 * @param array<int, int>  $mentors   Mentor indices to consider.
	 * @param array<int, bool> $forbidden Mentor indices forbidden for this mentee, as keys.
	 * @return array{scores: array<int, int>, language: int, overlap: int, open: int} Scores of
	 *         allowed pairs by mentor index (in the order given), and how many mentors passed
	 *         the language rule, then the overlap rule, then were not forbidden.
	 */
	public function score_row( int $mentee, array $mentors, array $forbidden = array() ): array {
		$scores     = array();
		$lang_ok    = 0;
		$overlap_ok = 0;
		$open       = 0;
		$allow      = $this->allow_no_shared_language;
		$w_lang     = $this->points['language'];
		$w_overlap  = $this->points['overlap'];
		$w_format   = $this->points['format'];
		$target     = $this->target_minutes;
		$min        = $this->min_minutes;
		$m_lang     = $this->languages['mentee'][ $mentee ];
		$r_lang     = $this->languages['mentor'];
		$m_team     = $this->teams['mentee'][ $mentee ];
		$r_team     = $this->teams['mentor'];
		$m_format   = $this->formats['mentee'][ $mentee ];
		$r_format   = $this->formats['mentor'];
		$bounds     = $this->mentee_bounds[ $mentee ];
		$bound_n    = count( $bounds );
		$prefixes   = $this->mentor_prefix;
		$team_count = is_int( $m_team ) ? self::bit_count( $m_team ) : count( $m_team );
		$team_pts   = array();
		for ( $k = 0; $k <= $team_count; $k++ ) {
			$team_pts[ $k ] = $this->teams_points( $k, $team_count );
		}
		$wide = ! is_int( $m_lang ) || ! is_int( $m_team );

		foreach ( $mentors as $r ) {
			if ( $wide ) {
				$shared = self::intersect_count( $m_lang, $r_lang[ $r ] ) > 0;
			} else {
				$shared = 0 !== ( $m_lang & $r_lang[ $r ] );
			}
			if ( ! $shared && ! $allow ) {
				continue;
			}
			++$lang_ok;
			$overlap = 0;
			if ( $bound_n > 0 && isset( $prefixes[ $r ] ) ) {
				$c       = $prefixes[ $r ];
				$minutes = 0;
				for ( $k = 0; $k < $bound_n; $k += 2 ) {
					$minutes += $c[ $bounds[ $k + 1 ] ] - $c[ $bounds[ $k ] ];
				}
				if ( $minutes < $min ) {
					continue;
				}
				if ( $minutes <= 0 ) {
					$overlap = 0;
				} elseif ( $minutes >= $target ) {
					$overlap = $w_overlap;
				} else {
					$overlap = intdiv( 2 * $w_overlap * $minutes + $target, 2 * $target );
				}
			}
			++$overlap_ok;
			if ( isset( $forbidden[ $r ] ) ) {
				continue;
			}
			++$open;
			if ( $wide ) {
				$k = self::intersect_count( $m_team, $r_team[ $r ] );
			} else {
				$x = $m_team & $r_team[ $r ];
				$k = 0;
				while ( 0 !== $x ) {
					$x &= $x - 1;
					++$k;
				}
			}
			$score = ( $shared ? $w_lang : 0 ) + $overlap + $team_pts[ $k ] + ( 0 !== ( $m_format & $r_format[ $r ] ) ? $w_format : 0 );
			if ( $score > 0 ) {
				$scores[ $r ] = $score;
			}
		}
		return array(
			'scores'   => $scores,
			'language' => $lang_ok,
			'overlap'  => $overlap_ok,
			'open'     => $open,
		);
	}

	/**
	 * A pair's score with its parts and the reasons behind them.
	 *
	 * @since 0.1.0
	 *
	 * @param int $mentee Mentee index.
	 * @param int $mentor Mentor index.
	 * @return array{score: int, allowed: bool, parts: array<string, array<string, mixed>>, explanations: array<int, string>}
	 *         Score in hundredths of a point; parts keyed language, overlap_hours, teams,
	 *         format, each with `points` (hundredths) and details; explanation keys (Reasons).
	 */
	public function explain( int $mentee, int $mentor ): array {
		$a            = $this->mentees[ $mentee ];
		$b            = $this->mentors[ $mentor ];
		$explanations = array();
		$allowed      = true;

		$shared_languages = array();
		foreach ( $a['languages'] as $i => $code ) {
			if ( in_array( $a['language_keys'][ $i ], $b['language_keys'], true ) ) {
				$shared_languages[] = $code;
			}
		}
		if ( $shared_languages ) {
			$explanations[] = Reasons::SHARED_LANGUAGE;
		} else {
			$explanations[] = Reasons::NO_SHARED_LANGUAGE;
			$allowed        = $allowed && $this->allow_no_shared_language;
		}
		$language_points = $shared_languages ? $this->points['language'] : 0;

		$known = $a['intervals'] && $b['intervals'];
		if ( $known ) {
			$minutes = Availability::overlap_minutes( $a['intervals'], $b['intervals'] );
			if ( $minutes < $this->min_minutes ) {
				$allowed = false;
			}
			$overlap_points = $this->overlap_points( $minutes );
			if ( $minutes >= $this->target_minutes && $minutes > 0 ) {
				$explanations[] = Reasons::OVERLAP_FULL;
			} elseif ( $minutes > 0 ) {
				$explanations[] = Reasons::OVERLAP_PARTIAL;
			} else {
				$explanations[] = Reasons::OVERLAP_NONE;
			}
		} else {
			$minutes        = 0;
			$overlap_points = 0;
			$explanations[] = Reasons::AVAILABILITY_UNKNOWN;
		}

		$shared_teams = array_values( array_intersect( $a['teams'], $b['teams'] ) );
		$team_points  = $this->teams_points( count( $shared_teams ), count( $a['teams'] ) );
		if ( ! $a['teams'] ) {
			$explanations[] = Reasons::NO_TEAM_PREFERENCE;
		} elseif ( count( $shared_teams ) === count( $a['teams'] ) ) {
			$explanations[] = Reasons::ALL_TEAMS_MATCH;
		} elseif ( $shared_teams ) {
			$explanations[] = Reasons::SOME_TEAMS_MATCH;
		} else {
			$explanations[] = Reasons::NO_TEAM_MATCH;
		}

		$format_fit = 0 !== ( $this->formats['mentee'][ $mentee ] & $this->formats['mentor'][ $mentor ] );
		if ( 'any' === $a['format'] ) {
			$explanations[] = Reasons::FORMAT_ANY;
		} elseif ( $format_fit ) {
			$explanations[] = Reasons::FORMAT_OFFERED;
		} else {
			$explanations[] = Reasons::FORMAT_NOT_OFFERED;
		}
		$format_points = $format_fit ? $this->points['format'] : 0;

		$score = $language_points + $overlap_points + $team_points + $format_points;
		return array(
			'score'        => $score,
			'allowed'      => $allowed && $score > 0,
			'parts'        => array(
				'language'      => array(
					'points' => $language_points,
					'shared' => $shared_languages,
				),
				'overlap_hours' => array(
					'points' => $overlap_points,
					'hours'  => round( $minutes / 60, 2 ),
					'known'  => (bool) $known,
				),
				'teams'         => array(
					'points' => $team_points,
					'shared' => $shared_teams,
				),
				'format'        => array(
					'points'  => $format_points,
					'wanted'  => $a['format'],
					'offered' => $b['formats'],
				),
			),
			'explanations' => $explanations,
		);
	}

	/**
	 * Format bits for a list of format names; none (or "any") means all formats.
	 *
	 * @since 0.1.0
	 *
	 * @param array<int, string> $formats Format names.
	 * @return int
	 */
	public static function format_bits( array $formats ): int {
		$bits = 0;
		foreach ( $formats as $format ) {
			$bits |= self::FORMATS[ $format ] ?? 0;
		}
		return 0 === $bits ? self::ANY_FORMAT : $bits;
	}

	/**
	 * Overlap points, in hundredths, for minutes of weekly overlap (rounded half up).
	 *
	 * @param int $minutes Overlap.
	 * @return int
	 */
	private function overlap_points( int $minutes ): int {
		if ( $minutes <= 0 ) {
			return 0;
		}
		if ( $minutes >= $this->target_minutes ) {
			return $this->points['overlap'];
		}
		return intdiv( 2 * $this->points['overlap'] * $minutes + $this->target_minutes, 2 * $this->target_minutes );
	}

	/**
	 * Team points, in hundredths, for shared teams out of the mentee's (rounded half up).
	 *
	 * @param int $shared Teams in common.
	 * @param int $wanted Mentee's teams of interest.
	 * @return int
	 */
	private function teams_points( int $shared, int $wanted ): int {
		if ( 0 === $wanted || 0 === $shared ) {
			return 0;
		}
		return intdiv( 2 * $this->points['teams'] * $shared + $wanted, 2 * $wanted );
	}

	/**
	 * Builds set representations for a list-valued field of both sides.
	 *
	 * @param string $field Field holding a list of strings.
	 * @return array<string, array<int, int|array<int, true>>>
	 */
	private function index_sets( string $field ): array {
		$ids = array();
		foreach ( array( $this->mentees, $this->mentors ) as $people ) {
			foreach ( $people as $person ) {
				foreach ( $person[ $field ] as $value ) {
					$ids[ $value ] ??= count( $ids );
				}
			}
		}
		$wide = count( $ids ) > 62;
		$sets = array(
			'mentee' => array(),
			'mentor' => array(),
		);
		foreach ( array(
			'mentee' => $this->mentees,
			'mentor' => $this->mentors,
		) as $side => $people ) {
			foreach ( $people as $i => $person ) {
				$set = $wide ? array() : 0;
				foreach ( $person[ $field ] as $value ) {
					if ( $wide ) {
						$set[ $ids[ $value ] ] = true;
					} else {
						$set |= 1 << $ids[ $value ];
					}
				}
				$sets[ $side ][ $i ] = $set;
			}
		}
		return $sets;
	}

	/**
	 * Indexes availability so that one pair's overlap costs a few array reads: every
	 * mentee interval end point becomes a boundary, and for each mentor the minutes of
	 * availability before each boundary are stored.
	 */
	private function index_availability(): void {
		$points = array();
		foreach ( $this->mentees as $mentee ) {
			foreach ( $mentee['intervals'] as $interval ) {
				$points[ $interval[0] ] = true;
				$points[ $interval[1] ] = true;
			}
		}
		$points = array_keys( $points );
		sort( $points );
		$position = array_flip( $points );
		foreach ( $this->mentees as $i => $mentee ) {
			$bounds = array();
			foreach ( $mentee['intervals'] as $interval ) {
				$bounds[] = $position[ $interval[0] ];
				$bounds[] = $position[ $interval[1] ];
			}
			$this->mentee_bounds[ $i ] = $bounds;
		}
		$count = count( $points );
		foreach ( $this->mentors as $r => $mentor ) {
			if ( ! $mentor['intervals'] ) {
				continue;
			}
			$prefix    = array();
			$intervals = $mentor['intervals'];
			$n         = count( $intervals );
			$k         = 0;
			$covered   = 0;
			for ( $j = 0; $j < $count; $j++ ) {
				$t = $points[ $j ];
				while ( $k < $n && $intervals[ $k ][1] <= $t ) {
					$covered += $intervals[ $k ][1] - $intervals[ $k ][0];
					++$k;
				}
				$prefix[] = $covered + ( ( $k < $n && $intervals[ $k ][0] < $t ) ? $t - $intervals[ $k ][0] : 0 );
			}
			$this->mentor_prefix[ $r ] = $prefix;
		}
	}

	/**
	 * Number of set bits.
	 *
	 * @param int $x Non-negative bits.
	 * @return int
	 */
	private static function bit_count( int $x ): int {
		$k = 0;
		while ( 0 !== $x ) {
			$x &= $x - 1;
			++$k;
		}
		return $k;
	}

	/**
	 * Size of the intersection of two sets held as bits or as key arrays.
	 *
	 * @param int|array<int, true> $a Set.
	 * @param int|array<int, true> $b Set.
	 * @return int
	 */
	private static function intersect_count( $a, $b ): int {
		if ( is_int( $a ) && is_int( $b ) ) {
			return self::bit_count( $a & $b );
		}
		return count( array_intersect_key( (array) $a, (array) $b ) );
	}
}
