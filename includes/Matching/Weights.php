<?php
/**
 * Scoring weights for the matching engine.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Matching;

defined( 'ABSPATH' ) || exit;

/**
 * An immutable set of scoring weights and thresholds, with sensible defaults.
 *
 * A pair's score is the sum of four parts, each worth at most its weight in points:
 * a shared language, hours of weekly overlap (full points at `overlap_target_hours`),
 * the share of the mentee's teams of interest the mentor has expertise in, and whether
 * the mentor offers the mentee's preferred format. Scores are computed in whole
 * hundredths of a point so that the optimisation works on integers and is exact.
 *
 * @since 0.1.0
 */
final class Weights {

	/**
	 * Default values, as stored in settings.
	 *
	 * @since 0.1.0
	 *
	 * @var array<string, float>
	 */
	public const DEFAULTS = array(
		'language'             => 30.0,
		'overlap'              => 30.0,
		'overlap_target_hours' => 4.0,
		'min_overlap_hours'    => 1.0,
		'teams'                => 25.0,
		'format'               => 15.0,
	);

	/**
	 * Points for sharing at least one language.
	 *
	 * @since 0.1.0
	 *
	 * @var float
	 */
	public readonly float $language;

	/**
	 * Points for a weekly overlap of at least `overlap_target_hours`; less overlap earns a linear share.
	 *
	 * @since 0.1.0
	 *
	 * @var float
	 */
	public readonly float $overlap;

	/**
	 * Weekly overlap, in hours, that earns the full overlap points.
	 *
	 * @since 0.1.0
	 *
	 * @var float
	 */
	public readonly float $overlap_target_hours;

	/**
	 * Hard rule: a pair whose known availabilities overlap less than this many hours a week is not made. 0 turns the rule off.
	 *
	 * @since 0.1.0
	 *
	 * @var float
	 */
	public readonly float $min_overlap_hours;

	/**
	 * Points when the mentor has expertise in every team the mentee is interested in.
	 *
	 * @since 0.1.0
	 *
	 * @var float
	 */
	public readonly float $teams;

	/**
	 * Points when the mentor offers the mentee's preferred format.
	 *
	 * @since 0.1.0
	 *
	 * @var float
	 */
	public readonly float $format;

	/**
	 * Largest value any weight or number of hours may take; keeps integer scores far
	 * from overflow in the flow.
	 *
	 * @since 0.1.0
	 *
	 * @var float
	 */
	public const MAX = 1000.0;

	/**
	 * Creates a set of weights; values are kept between 0 and MAX.
	 *
	 * @since 0.1.0
	 *
	 * @param float $language             Points for a shared language.
	 * @param float $overlap              Points for full overlap.
	 * @param float $overlap_target_hours Hours of weekly overlap that earn full points.
	 * @param float $min_overlap_hours    Minimum weekly overlap for a pair to be allowed.
	 * @param float $teams                Points for full team fit.
	 * @param float $format               Points for format fit.
	 */
	public function __construct(
		float $language = self::DEFAULTS['language'],
		float $overlap = self::DEFAULTS['overlap'],
		float $overlap_target_hours = self::DEFAULTS['overlap_target_hours'],
		float $min_overlap_hours = self::DEFAULTS['min_overlap_hours'],
		float $teams = self::DEFAULTS['teams'],
		float $format = self::DEFAULTS['format']
	) {
		$this->language             = self::clamp( $language );
		$this->overlap              = self::clamp( $overlap );
		$this->overlap_target_hours = self::clamp( $overlap_target_hours );
		$this->min_overlap_hours    = self::clamp( $min_overlap_hours );
		$this->teams                = self::clamp( $teams );
		$this->format               = self::clamp( $format );
	}

	/**
	 * Creates weights from a settings array; missing or non-numeric keys take their defaults.
	 *
	 * @since 0.1.0
	 *
	 * @param array<string, mixed> $values Values keyed like DEFAULTS.
	 * @return Weights
	 */
	public static function from_array( array $values ): Weights {
		$merged = array();
		foreach ( self::DEFAULTS as $key => $default ) {
			$merged[ $key ] = ( isset( $values[ $key ] ) && is_numeric( $values[ $key ] ) ) ? (float) $values[ $key ] : $default;
		}
		return new self(
			$merged['language'],
			$merged['overlap'],
			$merged['overlap_target_hours'],
			$merged['min_overlap_hours'],
			$merged['teams'],
			$merged['format']
		);
	}

	/**
	 * The weights as a settings array.
	 *
	 * @since 0.1.0
	 *
	 * @return array<string, float>
	 */
	public function to_array(): array {
		return array(
			'language'             => $this->language,
			'overlap'              => $this->overlap,
			'overlap_target_hours' => $this->overlap_target_hours,
			'min_overlap_hours'    => $this->min_overlap_hours,
			'teams'                => $this->teams,
			'format'               => $this->format,
		);
	}

	/**
	 * Keeps a value between 0 and MAX.
	 *
	 * @param float $value Value.
	 * @return float
	 */
	private static function clamp( float $value ): float {
		return min( self::MAX, max( 0.0, $value ) );
	}

	/**
	 * The highest score a pair can reach, in points.
	 *
	 * @since 0.1.0
	 *
	 * @return float
	 */
	public function max_score(): float {
		return $this->language + $this->overlap + $this->teams + $this->format;
	}
}
