<?php
/**
 * Weekly availability in a common time base.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Matching;

defined( 'ABSPATH' ) || exit;

use DateTimeImmutable;
use DateTimeZone;
use Exception;

/**
 * Converts weekly slots given in a person's local time into minutes of a UTC week, and
 * measures the overlap of two such weeks.
 *
 * The week is the seven days that start at the reference date (the cohort's start) at
 * 00:00 UTC. Each slot is placed on the real calendar date of that week with its
 * weekday and converted with PHP's time zone database, so the offset in force on that
 * date applies: daylight saving time is right for the cohort's dates, including a week
 * in which a clock change happens. The week is cyclic: a slot that crosses the end of
 * the week continues at its start.
 *
 * Slots: `day` 0–6 (0 = Monday), `start` and `end` as "HH:MM" (24:00 allowed as an end).
 * An end at or before the start means the slot runs past midnight into the next day.
 * A local time that does not exist (skipped by a clock change) moves forward, as PHP does.
 *
 * @since 0.1.0
 */
final class Availability {

	/**
	 * Minutes in a week.
	 *
	 * @since 0.1.0
	 *
	 * @var int
	 */
	public const WEEK_MINUTES = 10080;

	/**
	 * Time zone objects by name.
	 *
	 * @var array<string, DateTimeZone|null>
	 */
	private array $zones = array();

	/**
	 * Local wall-clock times already converted, keyed by zone, date and time.
	 *
	 * @var array<string, int>
	 */
	private array $timestamps = array();

	/**
	 * Unix time of the reference date at 00:00 UTC.
	 *
	 * @var int
	 */
	private int $week_start;

	/**
	 * Dates of the reference week by weekday (0 = Monday).
	 *
	 * @var array<int, string>
	 */
	private array $dates = array();

	/**
	 * Creates a converter for the week that starts on the reference date.
	 *
	 * @since 0.1.0
	 *
	 * @param string $reference_date Cohort start date, Y-m-d. Invalid or empty means today (UTC).
	 */
	public function __construct( string $reference_date = '' ) {
		$utc   = new DateTimeZone( 'UTC' );
		$start = DateTimeImmutable::createFromFormat( '!Y-m-d', $reference_date, $utc );
		if ( false === $start || $start->format( 'Y-m-d' ) !== $reference_date ) {
			$start = new DateTimeImmutable( 'today', $utc );
		}
		$this->week_start = $start->getTimestamp();
		for ( $i = 0; $i < 7; $i++ ) {
			$day                     = $start->modify( '+' . $i . ' days' );
			$weekday                 = (int) $day->format( 'N' ) - 1;
			$this->dates[ $weekday ] = $day->format( 'Y-m-d' );
		}
	}

	/**
	 * The reference date, Y-m-d.
	 *
	 * @since 0.1.0
	 *
	 * @return string
	 */
	public function reference_date(): string {
		return gmdate( 'Y-m-d', $this->week_start );
	}

	/**
	 * Whether a time zone name is known to PHP.
	 *
	 * @since 0.1.0
	 *
	 * @param string $timezone IANA name, e.g. Europe/Madrid.
	 * @return bool
	 */
	public function is_valid_timezone( string $timezone ): bool {
		return null !== $this->zone( $timezone );
	}

	/**
	 * Converts local weekly slots to sorted, merged intervals of the UTC week.
	 *
	 * @since 0.1.0
	 *
	 * @param array<int, array<string, mixed>> $slots    Slots with day, start and end.
	 * @param string                           $timezone IANA time zone; unknown zones are read as UTC.
	 * @return array<int, array{0: int, 1: int}> Half-open [start, end) minutes from the week start.
	 */
	public function to_utc( array $slots, string $timezone ): array {
		$zone  = $this->zone( $timezone ) ?? $this->zone( 'UTC' );
		$parts = array();
		foreach ( $slots as $slot ) {
			if ( ! is_array( $slot ) ) {
				continue;
			}
			$day   = isset( $slot['day'] ) && is_numeric( $slot['day'] ) ? (int) $slot['day'] : -1;
			$start = self::parse_time( (string) ( $slot['start'] ?? '' ) );
			$end   = self::parse_time( (string) ( $slot['end'] ?? '' ) );
			if ( $day < 0 || $day > 6 || null === $start || null === $end || 1440 === $start ) {
				continue;
			}
			if ( $end <= $start ) {
				$end += 1440;
			}
			$from = $this->utc_minute( $zone, $day, $start );
			$to   = $this->utc_minute( $zone, $day, $end );
			if ( $to <= $from ) {
				continue;
			}
			$length = min( $to - $from, self::WEEK_MINUTES );
			$from   = ( ( $from % self::WEEK_MINUTES ) + self::WEEK_MINUTES ) % self::WEEK_MINUTES;
			$to     = $from + $length;
			if ( $to > self::WEEK_MINUTES ) {
				$parts[] = array( $from, self::WEEK_MINUTES );
				$parts[] = array( 0, $to - self::WEEK_MINUTES );
			} else {
				$parts[] = array( $from, $to );
			}
		}
		return self::merge( $parts );
	}

	/**
	 * Minutes two lists of sorted, merged intervals have in common.
	 *
	 * @since 0.1.0
	 *
	 * @param array<int, array{0: int, 1: int}> $a Intervals.
	 * @param array<int, array{0: int, 1: int}> $b Intervals.
	 * @return int
	 */
	public static function overlap_minutes( array $a, array $b ): int {
		$i     = 0;
		$j     = 0;
		$na    = count( $a );
		$nb    = count( $b );
		$total = 0;
		while ( $i < $na && $j < $nb ) {
			$lo = max( $a[ $i ][0], $b[ $j ][0] );
			$hi = min( $a[ $i ][1], $b[ $j ][1] );
			if ( $hi > $lo ) {
				$total += $hi - $lo;
			}
			if ( $a[ $i ][1] < $b[ $j ][1] ) {
				++$i;
			} else {
				++$j;
			}
		}
		return $total;
	}

	/**
	 * Total minutes covered by a list of sorted, merged intervals.
	 *
	 * @since 0.1.0
	 *
	 * @param array<int, array{0: int, 1: int}> $intervals Intervals.
	 * @return int
	 */
	public static function length( array $intervals ): int {
		$total = 0;
		foreach ( $intervals as $interval ) {
			$total += $interval[1] - $interval[0];
		}
		return $total;
	}

	/**
	 * Sorts intervals and merges those that touch or overlap.
	 *
	 * @since 0.1.0
	 *
	 * @param array<int, array{0: int, 1: int}> $parts Intervals.
	 * @return array<int, array{0: int, 1: int}>
	 */
	public static function merge( array $parts ): array {
		if ( ! $parts ) {
			return array();
		}
		sort( $parts );
		$merged = array( $parts[0] );
		$last   = 0;
		$count  = count( $parts );
		for ( $i = 1; $i < $count; $i++ ) {
			if ( $parts[ $i ][0] <= $merged[ $last ][1] ) {
				$merged[ $last ][1] = max( $merged[ $last ][1], $parts[ $i ][1] );
			} else {
				$merged[] = $parts[ $i ];
				++$last;
			}
		}
		return $merged;
	}

	/**
	 * Parses "HH:MM" (or "H:MM") into minutes after midnight, 0–1440.
	 *
	 * @since 0.1.0
	 *
	 * @param string $time Time of day.
	 * @return int|null Null when the text is not a time.
	 */
	public static function parse_time( string $time ): ?int {
		if ( ! preg_match( '/^(\d{1,2}):(\d{2})$/', trim( $time ), $m ) ) {
			return null;
		}
		$hours   = (int) $m[1];
		$minutes = (int) $m[2];
		if ( $minutes > 59 || $hours > 24 || ( 24 === $hours && 0 !== $minutes ) ) {
			return null;
		}
		return $hours * 60 + $minutes;
	}

	/**
	 * Minutes from the week start (may be negative or past the week) of a local time.
	 *
	 * @param DateTimeZone $zone    Person's zone.
	 * @param int          $day     Weekday, 0 = Monday.
	 * @param int          $minutes Minutes after that day's local midnight; may exceed a day.
	 * @return int
	 */
	private function utc_minute( DateTimeZone $zone, int $day, int $minutes ): int {
		$extra_days = intdiv( $minutes, 1440 );
		$minutes    = $minutes % 1440;
		$date       = $this->dates[ $day ];
		if ( $extra_days > 0 ) {
			$date = gmdate( 'Y-m-d', (int) strtotime( $date . ' 00:00:00 UTC' ) + 86400 * $extra_days );
		}
		$key = $zone->getName() . '|' . $date . '|' . $minutes;
		if ( ! isset( $this->timestamps[ $key ] ) ) {
			$local                    = new DateTimeImmutable( sprintf( '%s %02d:%02d:00', $date, intdiv( $minutes, 60 ), $minutes % 60 ), $zone );
			$this->timestamps[ $key ] = $local->getTimestamp();
		}
		return intdiv( $this->timestamps[ $key ] - $this->week_start, 60 );
	}

	/**
	 * A time zone object by name, or null when PHP does not know it.
	 *
	 * @param string $timezone Zone name.
	 * @return DateTimeZone|null
	 */
	private function zone( string $timezone ): ?DateTimeZone {
		if ( ! array_key_exists( $timezone, $this->zones ) ) {
			try {
				$this->zones[ $timezone ] = '' === $timezone ? null : new DateTimeZone( $timezone );
			} catch ( Exception $e ) {
				$this->zones[ $timezone ] = null;
			}
		}
		return $this->zones[ $timezone ];
	}
}
