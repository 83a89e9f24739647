<?php
/**
 * Time zone names: the canonical ones the form offers, and the legacy aliases that
 * browsers and old systems still report.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Support;

defined( 'ABSPATH' ) || exit;

/**
 * Maps every backward-compatible zone name (Asia/Calcutta, Europe/Kiev, US/Eastern,
 * Etc/GMT+5, …) to a canonical zone of PHP's list, built from PHP's own data so it
 * follows the time zone database the site runs with.
 *
 * @since 0.2.0
 */
final class Time_Zones {

	/**
	 * The map, once built in this request.
	 *
	 * @var array<string, string>|null
	 */
	private static ?array $aliases = null;

	/**
	 * The canonical zone names the form offers.
	 *
	 * @return string[]
	 */
	public static function canonical(): array {
		return \DateTimeZone::listIdentifiers( \DateTimeZone::ALL );
	}

	/**
	 * The zone names the form offers: the canonical ones, and the few legacy names no
	 * canonical zone shares rules with (Etc/GMT+12: nobody lives there, yet it is a zone).
	 *
	 * @return string[]
	 */
	public static function offered(): array {
		$zones = self::canonical();
		foreach ( \DateTimeZone::listIdentifiers( \DateTimeZone::ALL_WITH_BC ) as $zone ) {
			if ( ! isset( self::aliases()[ $zone ] ) && ! in_array( $zone, $zones, true ) && 0 === strpos( $zone, 'Etc/' ) && self::exists( $zone ) ) {
				$zones[] = $zone;
			}
		}
		return $zones;
	}

	/**
	 * Legacy name => canonical name, for every name PHP knows only for backward
	 * compatibility.
	 *
	 * Kept in a transient per time zone database version: building it compares rules.
	 *
	 * @return array<string, string>
	 */
	public static function aliases(): array {
		if ( null !== self::$aliases ) {
			return self::$aliases;
		}
		$key    = 'mentorship_tz_aliases_' . md5( timezone_version_get() . '|' . ( defined( 'INTL_ICU_DATA_VERSION' ) ? INTL_ICU_DATA_VERSION : '' ) . '|' . PHP_VERSION );
		$cached = get_transient( $key );
		if ( is_array( $cached ) && $cached ) {
			self::$aliases = $cached;
			return $cached;
		}
		self::$aliases = self::build();
		set_transient( $key, self::$aliases, MONTH_IN_SECONDS );
		return self::$aliases;
	}

	/**
	 * A canonical zone name for a name, '' when it is no zone at all.
	 *
	 * @param string $zone Zone name as given.
	 * @return string
	 */
	public static function canonicalize( string $zone ): string {
		static $canonical = null;
		static $plain     = null;
		// Nearly every zone given is a canonical one: answered from PHP's own list,
		// without building the list of offered zones (which reads the legacy names
		// from a transient).
		if ( null === $plain ) {
			$plain = array_flip( self::canonical() );
		}
		if ( isset( $plain[ $zone ] ) ) {
			return $zone;
		}
		if ( null === $canonical ) {
			$canonical = array_flip( self::offered() );
		}
		if ( isset( $canonical[ $zone ] ) ) {
			return $zone;
		}
		return self::aliases()[ $zone ] ?? '';
	}

	/**
	 * Builds the map.
	 *
	 * First the zones ICU says are the same (links in the time zone database) that PHP
	 * lists as canonical; when there are several, the one whose history matches. Names
	 * with no such link (EST, Etc/GMT+5) take a canonical zone with the same rules from
	 * now on: the same offsets, changing at the same moments.
	 *
	 * @return array<string, string>
	 */
	public static function build(): array {
		$canonical = array_flip( self::canonical() );
		$legacy    = array_diff( \DateTimeZone::listIdentifiers( \DateTimeZone::ALL_WITH_BC ), array_keys( $canonical ) );
		$now       = time();
		$soon      = $now + 3 * YEAR_IN_SECONDS;
		$since     = gmmktime( 0, 0, 0, 1, 1, 1970 );

		$by_rules = null;
		$map      = array();
		foreach ( $legacy as $alias ) {
			if ( ! self::exists( $alias ) ) {
				continue; // Not a zone: some systems list their data files too.
			}
			$candidates = array();
			if ( class_exists( '\IntlTimeZone' ) ) {
				$count = (int) \IntlTimeZone::countEquivalentIDs( $alias );
				for ( $i = 0; $i < $count; $i++ ) {
					$id = (string) \IntlTimeZone::getEquivalentID( $alias, $i );
					if ( isset( $canonical[ $id ] ) ) {
						$candidates[] = $id;
					}
				}
			}
			// The site runs on PHP's data, which may be newer or older than ICU's: keep
			// only the zones PHP gives the same rules from now on.
			$rules      = self::offsets( $alias, $now, $soon, WEEK_IN_SECONDS );
			$candidates = array_values( array_filter( $candidates, static fn( string $zone ): bool => self::offsets( $zone, $now, $soon, WEEK_IN_SECONDS ) === $rules ) );
			if ( ! $candidates ) {
				if ( null === $by_rules ) {
					$by_rules = array();
					foreach ( array_keys( $canonical ) as $zone ) {
						$by_rules[ self::offsets( $zone, $now, $soon, WEEK_IN_SECONDS ) ][] = $zone;
					}
				}
				$candidates = $by_rules[ $rules ] ?? array();
				// A fixed offset of zero is UTC, the name people expect.
				if ( in_array( 'UTC', $candidates, true ) ) {
					$candidates = array( 'UTC' );
				}
			}
			if ( ! $candidates ) {
				continue;
			}
			$map[ $alias ] = count( $candidates ) > 1 ? self::closest( $alias, $candidates, $since, $soon ) : $candidates[0];
		}
		ksort( $map );
		return $map;
	}

	/**
	 * Whether PHP can open a zone by this name.
	 *
	 * @param string $zone Zone name.
	 * @return bool
	 */
	private static function exists( string $zone ): bool {
		try {
			new \DateTimeZone( $zone );
			return true;
		} catch ( \Exception $e ) {
			return false;
		}
	}

	/**
	 * The candidate whose offsets since 1970 agree with the alias most often (the first
	 * in alphabetical order among equals).
	 *
	 * @param string   $alias      Legacy name.
	 * @param string[] $candidates Canonical names with the same rules today.
	 * @param int      $since      Start (Unix time).
	 * @param int      $until      End (Unix time).
	 * @return string
	 */
	private static function closest( string $alias, array $candidates, int $since, int $until ): string {
		sort( $candidates );
		$want  = explode( ',', self::offsets( $alias, $since, $until, 30 * DAY_IN_SECONDS ) );
		$best  = $candidates[0];
		$score = -1;
		foreach ( $candidates as $candidate ) {
			$have  = explode( ',', self::offsets( $candidate, $since, $until, 30 * DAY_IN_SECONDS ) );
			$equal = count( array_intersect_assoc( $want, $have ) );
			if ( $equal > $score ) {
				$best  = $candidate;
				$score = $equal;
			}
		}
		return $best;
	}

	/**
	 * A zone's UTC offsets sampled between two times, as one string.
	 *
	 * PHP's data answers for the zones it knows by rules; names PHP reads as fixed
	 * abbreviations (CET, EST5EDT) take ICU's rules, which know their summer time.
	 *
	 * @param string $zone  Zone name.
	 * @param int    $from  Start (Unix time).
	 * @param int    $until End (Unix time).
	 * @param int    $step  Seconds between samples.
	 * @return string
	 */
	private static function offsets( string $zone, int $from, int $until, int $step ): string {
		$php = new \DateTimeZone( $zone );
		$icu = null;
		if ( false === $php->getTransitions( $from, $from + DAY_IN_SECONDS ) && class_exists( '\IntlTimeZone' ) ) {
			$icu = \IntlTimeZone::createTimeZone( $zone );
			if ( 'Etc/Unknown' === $icu->getID() ) {
				$icu = null;
			}
		}
		$samples = array();
		for ( $t = $from; $t <= $until; $t += $step ) {
			if ( $icu ) {
				$raw = 0;
				$dst = 0;
				$icu->getOffset( $t * 1000.0, false, $raw, $dst );
				$samples[] = (int) ( ( $raw + $dst ) / 1000 );
			} else {
				$samples[] = $php->getOffset( new \DateTimeImmutable( '@' . $t ) );
			}
		}
		return implode( ',', $samples );
	}
}
