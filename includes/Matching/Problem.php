<?php
/**
 * One cohort's matching problem, normalised and scored.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Matching;

defined( 'ABSPATH' ) || exit;

use Mentorship_Program\Applications\Stages;

/**
 * Turns the caller's arrays into a clean problem that every matcher shares: people
 * sorted by ID (so the input order never changes the answer), ineligible people left
 * out, pins and forbidden pairs checked, availability converted to UTC for the
 * reference week, and every allowed pair scored.
 *
 * Mentees and mentors are referred to by index (their position after sorting by ID).
 *
 * @since 0.1.0
 */
final class Problem {

	/**
	 * Stages in which people take part in matching by default (post status without prefix).
	 *
	 * @since 0.1.0
	 *
	 * @var array<string, array<int, string>>
	 */
	public const ELIGIBLE_STAGES = Stages::RUNNING;

	/**
	 * Eligible mentees, sorted by ID, normalised.
	 *
	 * @since 0.1.0
	 *
	 * @var array<int, array<string, mixed>>
	 */
	public array $mentees = array();

	/**
	 * Eligible mentors, sorted by ID, normalised.
	 *
	 * @since 0.1.0
	 *
	 * @var array<int, array<string, mixed>>
	 */
	public array $mentors = array();

	/**
	 * Scorer for this cohort.
	 *
	 * @since 0.1.0
	 *
	 * @var Pair_Scorer
	 */
	public Pair_Scorer $scorer;

	/**
	 * Weights in use.
	 *
	 * @since 0.1.0
	 *
	 * @var Weights
	 */
	public Weights $weights;

	/**
	 * Kept pins: mentee index => mentor index.
	 *
	 * @since 0.1.0
	 *
	 * @var array<int, int>
	 */
	public array $pins = array();

	/**
	 * Forbidden pairs: mentee index => [ mentor index => true ].
	 *
	 * @since 0.1.0
	 *
	 * @var array<int, array<int, bool>>
	 */
	public array $forbidden = array();

	/**
	 * Capacity left after pins, by mentor index.
	 *
	 * @since 0.1.0
	 *
	 * @var array<int, int>
	 */
	public array $capacity = array();

	/**
	 * Mentees to be matched (not pinned), as indices in ascending order.
	 *
	 * @since 0.1.0
	 *
	 * @var array<int, int>
	 */
	public array $free = array();

	/**
	 * Allowed pairs of each free mentee: mentee index => [ mentor index => score ], in
	 * mentor order (see ranked() for best first). Scores in hundredths of a point.
	 *
	 * @since 0.1.0
	 *
	 * @var array<int, array<int, int>>
	 */
	public array $candidates = array();

	/**
	 * Per free mentee, how many mentors with capacity passed each rule in turn.
	 *
	 * @since 0.1.0
	 *
	 * @var array<int, array{language: int, overlap: int, open: int}>
	 */
	public array $counts = array();

	/**
	 * Seats left per team slug, for teams with a seat limit (after pins).
	 *
	 * @since 0.1.0
	 *
	 * @var array<string, int>
	 */
	public array $seats = array();

	/**
	 * The seat-limited team each mentee counts toward (their first team), by mentee index.
	 *
	 * @since 0.1.0
	 *
	 * @var array<int, string>
	 */
	public array $seat_team = array();

	/**
	 * People left out of matching: each with type (mentee|mentor), id and reason.
	 *
	 * @since 0.1.0
	 *
	 * @var array<int, array<string, mixed>>
	 */
	public array $excluded = array();

	/**
	 * Warnings about the input: each with a code and the IDs concerned.
	 *
	 * @since 0.1.0
	 *
	 * @var array<int, array<string, mixed>>
	 */
	public array $warnings = array();

	/**
	 * Normalised options.
	 *
	 * @since 0.1.0
	 *
	 * @var array<string, mixed>
	 */
	public array $options = array();

	/**
	 * Builds a problem from the caller's arrays.
	 *
	 * @since 0.1.0
	 *
	 * @param array<int, array<string, mixed>> $mentees Mentees: id, languages, timezone, availability, teams, format, and optionally stage or eligible.
	 * @param array<int, array<string, mixed>> $mentors Mentors: id, languages, timezone, availability, teams, formats, capacity, and optionally stage or eligible.
	 * @param array<string, mixed>             $options See Solver::match().
	 */
	public function __construct( array $mentees, array $mentors, array $options = array() ) {
		$this->options = self::normalise_options( $options );
		$this->weights = $this->options['weights'];
		$availability  = new Availability( $this->options['reference_date'] );

		$this->mentees = $this->people( 'mentee', $mentees, $availability );
		$this->mentors = $this->people( 'mentor', $mentors, $availability );
		$this->scorer  = new Pair_Scorer( $this->mentees, $this->mentors, $this->weights, $this->options['allow_no_shared_language'] );

		$mentee_index = array_flip( array_column( $this->mentees, 'id' ) );
		$mentor_index = array_flip( array_column( $this->mentors, 'id' ) );
		foreach ( $this->mentors as $r => $mentor ) {
			$this->capacity[ $r ] = $mentor['capacity'];
		}
		foreach ( self::id_pairs( $this->options['forbidden'] ) as $pair ) {
			if ( isset( $mentee_index[ $pair[0] ], $mentor_index[ $pair[1] ] ) ) {
				$this->forbidden[ $mentee_index[ $pair[0] ] ][ $mentor_index[ $pair[1] ] ] = true;
			}
		}
		$this->apply_pins( $mentee_index, $mentor_index );
		$this->apply_seats();
		$this->score_candidates();
	}

	/**
	 * Options with defaults filled in and types fixed.
	 *
	 * @since 0.1.0
	 *
	 * @param array<string, mixed> $options Caller's options.
	 * @return array<string, mixed>
	 */
	public static function normalise_options( array $options ): array {
		$weights = $options['weights'] ?? array();
		if ( ! $weights instanceof Weights ) {
			$weights = Weights::from_array( is_array( $weights ) ? $weights : array() );
		}
		$seats = array();
		foreach ( (array) ( $options['team_seats'] ?? array() ) as $team => $count ) {
			if ( is_numeric( $count ) ) {
				$seats[ strtolower( trim( (string) $team ) ) ] = max( 0, (int) $count );
			}
		}
		$stages = self::ELIGIBLE_STAGES;
		foreach ( array( 'mentee', 'mentor' ) as $type ) {
			if ( isset( $options['eligible_stages'][ $type ] ) && is_array( $options['eligible_stages'][ $type ] ) ) {
				$stages[ $type ] = array_map( 'strval', $options['eligible_stages'][ $type ] );
			}
		}
		return array(
			'pins'                     => (array) ( $options['pins'] ?? array() ),
			'forbidden'                => (array) ( $options['forbidden'] ?? array() ),
			'allow_no_shared_language' => ! empty( $options['allow_no_shared_language'] ),
			'reference_date'           => (string) ( $options['reference_date'] ?? '' ),
			'weights'                  => $weights,
			'team_seats'               => $seats,
			'top_k'                    => isset( $options['top_k'] ) ? max( 0, (int) $options['top_k'] ) : Matcher::DEFAULT_TOP_K,
			'prefer_coverage'          => ! empty( $options['prefer_coverage'] ),
			'eligible_stages'          => $stages,
		);
	}

	/**
	 * A free mentee's allowed pairs, best score first, ties by mentor ID.
	 *
	 * @since 0.1.0
	 *
	 * @param int $mentee Mentee index.
	 * @param int $limit  Most pairs to return; 0 for all.
	 * @return array<int, int> Mentor index => score.
	 */
	public function ranked( int $mentee, int $limit = 0 ): array {
		$row = $this->candidates[ $mentee ] ?? array();
		if ( ! $row ) {
			return array();
		}
		// One integer per pair (score, then lower index first) sorts in C without a callback.
		$span = count( $this->mentors );
		$keys = array();
		foreach ( $row as $r => $score ) {
			$keys[] = $score * $span + ( $span - 1 - $r );
		}
		rsort( $keys );
		if ( $limit > 0 && count( $keys ) > $limit ) {
			$keys = array_slice( $keys, 0, $limit );
		}
		$ranked = array();
		foreach ( $keys as $key ) {
			$r            = $span - 1 - $key % $span;
			$ranked[ $r ] = $row[ $r ];
		}
		return $ranked;
	}

	/**
	 * The mentee's or mentor's ID by index.
	 *
	 * @since 0.1.0
	 *
	 * @param string $type  mentee or mentor.
	 * @param int    $index Index.
	 * @return int
	 */
	public function id( string $type, int $index ): int {
		return 'mentee' === $type ? $this->mentees[ $index ]['id'] : $this->mentors[ $index ]['id'];
	}

	/**
	 * Normalises, filters and sorts one side's people.
	 *
	 * @param string                           $type         mentee or mentor.
	 * @param array<int, array<string, mixed>> $people       Caller's arrays.
	 * @param Availability                     $availability Converter for the reference week.
	 * @return array<int, array<string, mixed>>
	 */
	private function people( string $type, array $people, Availability $availability ): array {
		$by_id = array();
		foreach ( $people as $person ) {
			if ( ! is_array( $person ) || ! isset( $person['id'] ) || ! is_numeric( $person['id'] ) ) {
				continue;
			}
			$id = (int) $person['id'];
			if ( isset( $by_id[ $id ] ) ) {
				$this->excluded[] = array(
					'type'   => $type,
					'id'     => $id,
					'reason' => Reasons::DUPLICATE_ID,
				);
				continue;
			}
			$by_id[ $id ] = $person;
		}
		ksort( $by_id );
		$out = array();
		foreach ( $by_id as $id => $person ) {
			if ( ! $this->is_eligible( $type, $person ) ) {
				$this->excluded[] = array(
					'type'   => $type,
					'id'     => $id,
					'reason' => Reasons::NOT_ELIGIBLE,
				);
				continue;
			}
			$out[] = $this->normalise_person( $type, $id, $person, $availability );
		}
		return $out;
	}

	/**
	 * Whether a person takes part: an explicit `eligible` flag wins, else the `stage`
	 * (with or without the post status prefix) must be an eligible stage, else yes.
	 *
	 * @param string               $type   mentee or mentor.
	 * @param array<string, mixed> $person Caller's array.
	 * @return bool
	 */
	private function is_eligible( string $type, array $person ): bool {
		if ( array_key_exists( 'eligible', $person ) ) {
			return (bool) $person['eligible'];
		}
		if ( isset( $person['stage'] ) && '' !== (string) $person['stage'] ) {
			$stage = (string) $person['stage'];
			if ( 0 === strpos( $stage, 'mp_' ) ) {
				$stage = substr( $stage, 3 );
			}
			return in_array( $stage, $this->options['eligible_stages'][ $type ], true );
		}
		return true;
	}

	/**
	 * One person in the shape the scorer reads.
	 *
	 * @param string               $type         mentee or mentor.
	 * @param int                  $id           ID.
	 * @param array<string, mixed> $person       Caller's array.
	 * @param Availability         $availability Converter.
	 * @return array<string, mixed>
	 */
	private function normalise_person( string $type, int $id, array $person, Availability $availability ): array {
		$languages = array();
		$keys      = array();
		foreach ( self::strings( $person['languages'] ?? array() ) as $code ) {
			$code = str_replace( '_', '-', $code );
			if ( in_array( $code, $languages, true ) ) {
				continue;
			}
			$languages[] = $code;
			$keys[]      = strtolower( explode( '-', $code )[0] );
		}
		$timezone = trim( (string) ( $person['timezone'] ?? '' ) );
		if ( ! $availability->is_valid_timezone( $timezone ) ) {
			$this->warnings[] = array(
				'code'        => Reasons::INVALID_TIMEZONE,
				$type . '_id' => $id,
				'timezone'    => $timezone,
			);
			$timezone         = 'UTC';
		}
		$slots = isset( $person['availability'] ) && is_array( $person['availability'] ) ? $person['availability'] : array();
		$teams = array_values( array_unique( array_map( 'strtolower', self::strings( $person['teams'] ?? array() ) ) ) );

		$normal = array(
			'id'            => $id,
			'languages'     => $languages,
			'language_keys' => $keys,
			'timezone'      => $timezone,
			'intervals'     => $availability->to_utc( $slots, $timezone ),
			'teams'         => $teams,
		);
		if ( 'mentee' === $type ) {
			$format           = strtolower( trim( (string) ( $person['format'] ?? 'any' ) ) );
			$normal['format'] = isset( Pair_Scorer::FORMATS[ $format ] ) ? $format : 'any';
		} else {
			$formats = array();
			foreach ( self::strings( $person['formats'] ?? array() ) as $format ) {
				$format = strtolower( $format );
				if ( isset( Pair_Scorer::FORMATS[ $format ] ) && ! in_array( $format, $formats, true ) ) {
					$formats[] = $format;
				}
			}
			$normal['formats']  = $formats;
			$normal['capacity'] = isset( $person['capacity'] ) && is_numeric( $person['capacity'] ) ? max( 0, (int) $person['capacity'] ) : 1;
		}
		return $normal;
	}

	/**
	 * Keeps the valid pins, in order of mentee ID then mentor ID.
	 *
	 * @param array<int, int> $mentee_index Mentee ID => index.
	 * @param array<int, int> $mentor_index Mentor ID => index.
	 */
	private function apply_pins( array $mentee_index, array $mentor_index ): void {
		$pairs = self::id_pairs( $this->options['pins'] );
		sort( $pairs );
		foreach ( $pairs as $pair ) {
			$warning = array(
				'mentee_id' => $pair[0],
				'mentor_id' => $pair[1],
			);
			if ( ! isset( $mentee_index[ $pair[0] ], $mentor_index[ $pair[1] ] ) ) {
				$this->warnings[] = array( 'code' => Reasons::PIN_UNKNOWN_PERSON ) + $warning;
				continue;
			}
			$u = $mentee_index[ $pair[0] ];
			$r = $mentor_index[ $pair[1] ];
			if ( isset( $this->pins[ $u ] ) ) {
				if ( $this->pins[ $u ] !== $r ) {
					$this->warnings[] = array( 'code' => Reasons::PIN_DUPLICATE_MENTEE ) + $warning;
				}
				continue;
			}
			if ( isset( $this->forbidden[ $u ][ $r ] ) ) {
				$this->warnings[] = array( 'code' => Reasons::PIN_FORBIDDEN ) + $warning;
				continue;
			}
			if ( $this->capacity[ $r ] <= 0 ) {
				$this->warnings[] = array( 'code' => Reasons::PIN_OVER_CAPACITY ) + $warning;
				continue;
			}
			--$this->capacity[ $r ];
			$this->pins[ $u ] = $r;
			$explained        = $this->scorer->explain( $u, $r );
			if ( in_array( Reasons::NO_SHARED_LANGUAGE, $explained['explanations'], true ) ) {
				$this->warnings[] = array( 'code' => Reasons::PIN_NO_SHARED_LANGUAGE ) + $warning;
			}
		}
		foreach ( $this->mentees as $u => $mentee ) {
			if ( ! isset( $this->pins[ $u ] ) ) {
				$this->free[] = $u;
			}
		}
	}

	/**
	 * Works out seat limits: each mentee counts toward their first team of interest.
	 */
	private function apply_seats(): void {
		$this->seats = $this->options['team_seats'];
		if ( ! $this->seats ) {
			return;
		}
		foreach ( $this->mentees as $u => $mentee ) {
			$team = $mentee['teams'][0] ?? null;
			if ( null !== $team && isset( $this->seats[ $team ] ) ) {
				$this->seat_team[ $u ] = $team;
			}
		}
		$over = array();
		foreach ( $this->pins as $u => $r ) {
			if ( isset( $this->seat_team[ $u ] ) ) {
				$team = $this->seat_team[ $u ];
				if ( $this->seats[ $team ] > 0 ) {
					--$this->seats[ $team ];
				} else {
					$over[ $team ] = true;
				}
			}
		}
		foreach ( array_keys( $over ) as $team ) {
			$this->warnings[] = array(
				'code' => Reasons::PINS_OVER_TEAM_SEATS,
				'team' => $team,
			);
		}
	}

	/**
	 * Scores every free mentee against every mentor with capacity left.
	 */
	private function score_candidates(): void {
		$open = array();
		foreach ( $this->capacity as $r => $capacity ) {
			if ( $capacity > 0 ) {
				$open[] = $r;
			}
		}
		foreach ( $this->free as $u ) {
			$row = $this->scorer->score_row( $u, $open, $this->forbidden[ $u ] ?? array() );
			if ( isset( $this->seat_team[ $u ] ) && 0 === $this->seats[ $this->seat_team[ $u ] ] ) {
				$row['scores'] = array();
			}
			$this->candidates[ $u ] = $row['scores'];
			$this->counts[ $u ]     = array(
				'mentors'  => count( $open ),
				'language' => $row['language'],
				'overlap'  => $row['overlap'],
				'open'     => $row['open'],
			);
		}
	}

	/**
	 * Reads a list of [mentee ID, mentor ID] pairs, also accepting
	 * { mentee_id, mentor_id } objects.
	 *
	 * @param array<int, mixed> $pairs Pairs.
	 * @return array<int, array{0: int, 1: int}>
	 */
	private static function id_pairs( array $pairs ): array {
		$out = array();
		foreach ( $pairs as $pair ) {
			if ( ! is_array( $pair ) ) {
				continue;
			}
			$mentee = $pair['mentee_id'] ?? ( $pair[0] ?? null );
			$mentor = $pair['mentor_id'] ?? ( $pair[1] ?? null );
			if ( is_numeric( $mentee ) && is_numeric( $mentor ) ) {
				$out[] = array( (int) $mentee, (int) $mentor );
			}
		}
		return $out;
	}

	/**
	 * Trimmed, non-empty strings from a list (or a comma-separated string).
	 *
	 * @param mixed $values Values.
	 * @return array<int, string>
	 */
	private static function strings( $values ): array {
		if ( is_string( $values ) ) {
			$values = explode( ',', $values );
		}
		$out = array();
		foreach ( (array) $values as $value ) {
			if ( is_scalar( $value ) ) {
				$value = trim( (string) $value );
				if ( '' !== $value ) {
					$out[] = $value;
				}
			}
		}
		return $out;
	}
}
