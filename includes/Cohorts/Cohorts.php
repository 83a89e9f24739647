<?php
/**
 * Cohorts: application windows, dates, capacity, tracks and session schedules.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Cohorts;

defined( 'ABSPATH' ) || exit;

use Mentorship_Program\Applications\Applications;
use Mentorship_Program\Applications\Post_Types;
use Mentorship_Program\Mentorship\Attention;
use Mentorship_Program\Support\Field_Errors;
use Mentorship_Program\Support\Plain_Text;
use Mentorship_Program\Teams\Taxonomies;
use DateInterval;
use DateTimeImmutable;
use DateTimeZone;
use WP_Error;
use WP_Term;
use Mentorship_Program\Applications\Fields;

/**
 * Reads and writes cohort terms and computes their sessions.
 *
 * @since 0.1.0
 */
final class Cohorts {

	/**
	 * JSON Schema properties of a cohort (shared by REST and validation).
	 *
	 * @return array<string, array<string, mixed>>
	 */
	public static function properties(): array {
		$date     = array(
			'type'    => 'string',
			'pattern' => '^$|^\d{4}-\d{2}-\d{2}$',
		);
		$instant  = array(
			'type'   => array( 'string', 'null' ),
			'format' => 'date-time',
		);
		$schedule = array(
			'type'                 => 'object',
			'properties'           => array(
				'rule'     => array(
					'type' => 'string',
					'enum' => array( 'none', 'weekly', 'monthly' ),
				),
				'weekday'  => array(
					'type'    => 'integer',
					'minimum' => 1,
					'maximum' => 7,
				),
				'weeks'    => array(
					'type'        => 'array',
					'items'       => array(
						'type'    => 'integer',
						'minimum' => 1,
						'maximum' => 5,
					),
					'uniqueItems' => true,
					'maxItems'    => 5,
				),
				'times'    => array(
					'type'     => 'array',
					'items'    => array(
						'type'    => 'string',
						'pattern' => '^([01][0-9]|2[0-3]):[0-5][0-9]$',
					),
					'maxItems' => 6,
				),
				'duration' => array(
					'type'    => 'integer',
					'minimum' => 15,
					'maximum' => 480,
				),
				'title'    => array(
					'type'      => 'string',
					'maxLength' => 120,
				),
			),
			'additionalProperties' => false,
		);
		return array(
			'id'          => array(
				'type'     => 'integer',
				'readonly' => true,
			),
			'name'        => array(
				'type'      => 'string',
				'minLength' => 1,
				'maxLength' => 120,
			),
			'slug'        => array(
				'type'      => 'string',
				'maxLength' => 120,
				'pattern'   => '^[a-z0-9-]*$',
			),
			'description' => array(
				'type'      => 'string',
				'maxLength' => 2000,
			),
			'opens_at'    => $instant,
			'closes_at'   => $instant,
			'starts_on'   => $date,
			'ends_on'     => $date,
			'capacity'    => array(
				'type'    => 'integer',
				'minimum' => 0,
				'maximum' => 100000,
			),
			'tracks'      => array(
				'type'        => 'array',
				'items'       => array(
					'type' => 'string',
					'enum' => Fields::FORMATS,
				),
				'uniqueItems' => true,
			),
			'schedule'    => $schedule,
			'channel_url' => array(
				'type'      => 'string',
				'maxLength' => 300,
				'pattern'   => '^$|^https?://',
			),
			'stale_days'  => Attention::stale_days_arg(),
			'status'      => array(
				'type'     => 'string',
				'enum'     => array( 'upcoming', 'open', 'closed', 'running', 'finished' ),
				'readonly' => true,
			),
		);
	}

	/**
	 * A cohort as an array, or null.
	 *
	 * @param int $id Term ID.
	 * @return array<string, mixed>|null
	 */
	public static function get( int $id ): ?array {
		$term = get_term( $id, Taxonomies::COHORT );
		if ( ! $term instanceof WP_Term ) {
			return null;
		}
		return self::shape( $term );
	}

	/**
	 * A cohort's name as people read it, or null: for a mail that names the cohort and
	 * needs nothing else of it (reading no term meta, which would also load the meta
	 * of every term WordPress queued for lazy loading, such as an application's teams).
	 *
	 * @since 0.4.0
	 *
	 * @param int $id Term ID.
	 * @return string|null
	 */
	public static function name( int $id ): ?string {
		$term = get_term( $id, Taxonomies::COHORT );
		return $term instanceof WP_Term ? Plain_Text::from_html( $term->name ) : null;
	}

	/**
	 * Shapes a cohort term.
	 *
	 * @param WP_Term $term Term.
	 * @return array<string, mixed>
	 */
	public static function shape( WP_Term $term ): array {
		$m                = static fn( string $key ) => get_term_meta( $term->term_id, $key, true );
		$schedule         = $m( 'mp_schedule' );
		$cohort           = array(
			'id'          => (int) $term->term_id,
			'name'        => Plain_Text::from_html( $term->name ),
			'slug'        => $term->slug,
			'description' => Plain_Text::from_html( $term->description ),
			'opens_at'    => self::instant( (string) $m( 'mp_opens_at' ) ),
			'closes_at'   => self::instant( (string) $m( 'mp_closes_at' ) ),
			'starts_on'   => (string) $m( 'mp_starts_on' ),
			'ends_on'     => (string) $m( 'mp_ends_on' ),
			'capacity'    => (int) $m( 'mp_capacity' ),
			'tracks'      => array_values( (array) ( $m( 'mp_tracks' ) ? $m( 'mp_tracks' ) : array() ) ),
			'schedule'    => is_array( $schedule ) && $schedule ? $schedule : array( 'rule' => 'none' ),
			'channel_url' => (string) $m( 'mp_channel_url' ),
			'stale_days'  => Attention::stale_days( (int) $term->term_id ),
		);
		$cohort['status'] = self::status( $cohort );
		return $cohort;
	}

	/**
	 * A stored instant as ISO 8601 UTC, or null. Some database layers hand dates back
	 * in their own format, so the stored text is parsed, not passed through.
	 *
	 * @param string $stored Stored value.
	 * @return string|null
	 */
	private static function instant( string $stored ): ?string {
		if ( '' === $stored ) {
			return null;
		}
		$time = strtotime( preg_match( '/(Z|[+-]\d{2}:?\d{2})$/', $stored ) ? $stored : $stored . ' UTC' );
		return false === $time ? null : gmdate( 'Y-m-d\TH:i:s\Z', $time );
	}

	/**
	 * Where a cohort is in its life, now.
	 *
	 * @param array<string, mixed> $cohort Cohort.
	 * @param int|null             $now    Timestamp.
	 * @return string upcoming|open|closed|running|finished
	 */
	public static function status( array $cohort, ?int $now = null ): string {
		$now    = $now ?? time();
		$opens  = $cohort['opens_at'] ? strtotime( (string) $cohort['opens_at'] ) : false;
		$closes = $cohort['closes_at'] ? strtotime( (string) $cohort['closes_at'] ) : false;
		$starts = $cohort['starts_on'] ? strtotime( $cohort['starts_on'] . ' 00:00:00 UTC' ) : false;
		$ends   = $cohort['ends_on'] ? strtotime( $cohort['ends_on'] . ' 23:59:59 UTC' ) : false;
		if ( $ends && $now > $ends ) {
			return 'finished';
		}
		if ( $starts && $now >= $starts ) {
			return 'running';
		}
		if ( $opens && $now < $opens ) {
			return 'upcoming';
		}
		if ( $opens && ( ! $closes || $now <= $closes ) ) {
			return 'open';
		}
		return $opens ? 'closed' : 'upcoming';
	}

	/**
	 * Where today stands against a cohort's dates, with the dates written the site's way.
	 *
	 * Dates are whole days in UTC, as in status(): a cohort starts at 00:00 UTC on its
	 * start date. Starting before that day, or graduating before the end date, is early.
	 *
	 * @param array<string, mixed> $cohort Cohort.
	 * @param int|null             $now    Timestamp.
	 * @return array{today: string, starts_on_text: string, ends_on_text: string, days_to_start: int, days_to_end: int, early_start: bool, early_graduation: bool, started: array<string, mixed>|null}
	 */
	public static function timing( array $cohort, ?int $now = null ): array {
		$now     = $now ?? time();
		$utc     = new DateTimeZone( 'UTC' );
		$today   = (int) strtotime( gmdate( 'Y-m-d', $now ) . ' 00:00:00 UTC' );
		$day     = static fn( $date ): int => is_string( $date ) && '' !== $date ? (int) strtotime( $date . ' 00:00:00 UTC' ) : 0;
		$format  = static fn( int $time ): string => $time ? (string) wp_date( (string) get_option( 'date_format' ), $time, $utc ) : '';
		$starts  = $day( $cohort['starts_on'] ?? '' );
		$ends    = $day( $cohort['ends_on'] ?? '' );
		$started = get_term_meta( (int) $cohort['id'], 'mp_started', true );
		if ( is_array( $started ) && $started ) {
			$user    = get_userdata( (int) ( $started['user_id'] ?? 0 ) );
			$started = array(
				'at'         => (string) ( $started['at'] ?? '' ),
				'at_text'    => $format( (int) strtotime( (string) ( $started['at'] ?? '' ) ) ),
				'user_id'    => (int) ( $started['user_id'] ?? 0 ),
				'user_name'  => $user ? $user->display_name : '',
				'early'      => ! empty( $started['early'] ),
				'days_early' => (int) ( $started['days_early'] ?? 0 ),
			);
		} else {
			$started = null;
		}
		return array(
			'today'            => gmdate( 'Y-m-d', $now ),
			'starts_on_text'   => $format( $starts ),
			'ends_on_text'     => $format( $ends ),
			'days_to_start'    => $starts ? (int) round( ( $starts - $today ) / DAY_IN_SECONDS ) : 0,
			'days_to_end'      => $ends ? (int) round( ( $ends - $today ) / DAY_IN_SECONDS ) : 0,
			'early_start'      => $starts > $today,
			'early_graduation' => $ends > $today,
			'started'          => $started,
		);
	}

	/**
	 * Why a cohort may not start now without the coordinator's confirmation, or null.
	 *
	 * @param array<string, mixed> $cohort  Cohort.
	 * @param bool                 $confirm Whether the coordinator confirmed an early start.
	 * @param int|null             $now     Timestamp.
	 * @return WP_Error|null 409 naming the start date and today.
	 */
	public static function check_start( array $cohort, bool $confirm, ?int $now = null ): ?WP_Error {
		$timing = self::timing( $cohort, $now );
		if ( ! $timing['early_start'] || $confirm ) {
			return null;
		}
		$today = (string) wp_date( (string) get_option( 'date_format' ), (int) strtotime( $timing['today'] . ' 00:00:00 UTC' ), new DateTimeZone( 'UTC' ) );
		return new WP_Error(
			'mentorship_cohort_starts_later',
			sprintf(
				/* translators: 1: the cohort's start date, 2: number of days, 3: today's date. */
				_n(
					'This cohort starts on %1$s, %2$d day from today (%3$s). To start it early, confirm the early start.',
					'This cohort starts on %1$s, %2$d days from today (%3$s). To start it early, confirm the early start.',
					$timing['days_to_start'],
					'mentorship-program'
				),
				$timing['starts_on_text'],
				$timing['days_to_start'],
				$today
			),
			array(
				'status'    => 409,
				'starts_on' => (string) $cohort['starts_on'],
				'today'     => $timing['today'],
				'params'    => array( 'confirm_early' => __( 'Confirm the early start.', 'mentorship-program' ) ),
			)
		);
	}

	/**
	 * Records that a cohort was started, by whom, and whether it was before its start date.
	 *
	 * @param array<string, mixed> $cohort  Cohort.
	 * @param int                  $user_id Who started it.
	 * @param int|null             $now     Timestamp.
	 */
	public static function record_start( array $cohort, int $user_id, ?int $now = null ): void {
		$now    = $now ?? time();
		$timing = self::timing( $cohort, $now );
		$record = array(
			'at'         => gmdate( 'Y-m-d\TH:i:s\Z', $now ),
			'user_id'    => $user_id,
			'early'      => $timing['early_start'],
			'days_early' => $timing['early_start'] ? $timing['days_to_start'] : 0,
		);
		update_term_meta( (int) $cohort['id'], 'mp_started', $record );

		/**
		 * Fires when a coordinator starts a cohort.
		 *
		 * @since 0.1.0
		 *
		 * @param array<string, mixed> $cohort Cohort.
		 * @param array<string, mixed> $record When, who, and whether (and by how many days) it was early.
		 */
		do_action( 'mentorship_program_cohort_started', $cohort, $record );
	}

	/**
	 * Whether the cohort takes applications now.
	 *
	 * @param array<string, mixed> $cohort Cohort.
	 * @return bool
	 */
	public static function is_open( array $cohort ): bool {
		$now    = time();
		$opens  = $cohort['opens_at'] ? strtotime( (string) $cohort['opens_at'] ) : false;
		$closes = $cohort['closes_at'] ? strtotime( (string) $cohort['closes_at'] ) : false;
		return $opens && $now >= $opens && ( ! $closes || $now <= $closes );
	}

	/**
	 * Every cohort, newest start first.
	 *
	 * @return array<int, array<string, mixed>>
	 */
	public static function all(): array {
		$terms = get_terms(
			array(
				'taxonomy'   => Taxonomies::COHORT,
				'hide_empty' => false,
				'orderby'    => 'term_id',
				'order'      => 'DESC',
			)
		);
		if ( ! is_array( $terms ) ) {
			return array();
		}
		update_termmeta_cache( wp_list_pluck( $terms, 'term_id' ) );
		return array_map( array( self::class, 'shape' ), $terms );
	}

	/**
	 * The cohort whose application window is open now (the one closing first), or null.
	 *
	 * @return array<string, mixed>|null
	 */
	public static function current_open(): ?array {
		$open = array_values( array_filter( self::all(), array( self::class, 'is_open' ) ) );
		if ( ! $open ) {
			return null;
		}
		usort(
			$open,
			static function ( $a, $b ) {
				$by_close = strcmp( (string) ( $a['closes_at'] ?? '9999' ), (string) ( $b['closes_at'] ?? '9999' ) );
				return 0 !== $by_close ? $by_close : $a['id'] <=> $b['id'];
			}
		);
		return $open[0];
	}

	/**
	 * The next cohort that will open, or null.
	 *
	 * @return array<string, mixed>|null
	 */
	public static function next_upcoming(): ?array {
		$upcoming = array_values(
			array_filter(
				self::all(),
				static fn( $c ) => $c['opens_at'] && strtotime( (string) $c['opens_at'] ) > time()
			)
		);
		usort( $upcoming, static fn( $a, $b ) => strcmp( (string) $a['opens_at'], (string) $b['opens_at'] ) );
		return $upcoming[0] ?? null;
	}

	/**
	 * Creates or updates a cohort from schema-validated values.
	 *
	 * @param array<string, mixed> $values Values.
	 * @param int                  $id     Term ID to update, or 0 to create.
	 * @return array<string, mixed>|WP_Error The cohort.
	 */
	public static function save( array $values, int $id = 0 ) {
		$errors = self::validate( $values, $id );
		if ( $errors ) {
			return Field_Errors::names_only( $errors );
		}
		// Core keeps term names and descriptions as HTML and unslashes them; see Plain_Text.
		$term_text = static fn( string $text ): string => wp_slash( Plain_Text::to_html( $text ) );
		$args      = array();
		if ( isset( $values['description'] ) ) {
			$args['description'] = $term_text( Plain_Text::paragraphs( $values['description'] ) );
		}
		if ( isset( $values['slug'] ) && '' !== $values['slug'] ) {
			$args['slug'] = sanitize_title( (string) $values['slug'] );
		}
		if ( $id ) {
			if ( isset( $values['name'] ) ) {
				$args['name'] = $term_text( Plain_Text::line( $values['name'] ) );
			}
			$result = wp_update_term( $id, Taxonomies::COHORT, $args );
		} else {
			$result = wp_insert_term( $term_text( Plain_Text::line( $values['name'] ) ), Taxonomies::COHORT, $args );
		}
		if ( is_wp_error( $result ) ) {
			$status = 'term_exists' === $result->get_error_code() || 'duplicate_term_slug' === $result->get_error_code() ? 409 : 400;
			return Field_Errors::on_field( 'mentorship_cohort_' . $result->get_error_code(), $result->get_error_message(), $status, 'name' );
		}
		$term_id = (int) $result['term_id'];
		$map     = array(
			'opens_at'    => 'mp_opens_at',
			'closes_at'   => 'mp_closes_at',
			'starts_on'   => 'mp_starts_on',
			'ends_on'     => 'mp_ends_on',
			'capacity'    => 'mp_capacity',
			'tracks'      => 'mp_tracks',
			'schedule'    => 'mp_schedule',
			'channel_url' => 'mp_channel_url',
		);
		foreach ( $map as $field => $key ) {
			if ( ! array_key_exists( $field, $values ) ) {
				continue;
			}
			$value = $values[ $field ];
			if ( in_array( $field, array( 'opens_at', 'closes_at' ), true ) ) {
				$value = $value ? gmdate( 'Y-m-d\TH:i:s\Z', (int) strtotime( (string) $value ) ) : '';
			} elseif ( 'channel_url' === $field ) {
				$value = esc_url_raw( (string) $value );
			} elseif ( 'capacity' === $field ) {
				$value = (int) $value;
			} elseif ( 'schedule' === $field ) {
				$value = self::normalise_schedule( (array) $value );
			}
			// Core unslashes meta; slashing keeps backslashes.
			update_term_meta( $term_id, $key, wp_slash( $value ) );
		}
		if ( array_key_exists( 'stale_days', $values ) ) {
			Attention::set_stale_days( $term_id, (int) $values['stale_days'] );
		}
		return self::get( $term_id );
	}

	/**
	 * Checks what the schema cannot: the order of dates and windows.
	 *
	 * @param array<string, mixed> $values Values.
	 * @param int                  $id     Existing term or 0.
	 * @return array<string, string>
	 */
	private static function validate( array $values, int $id ): array {
		$errors = array();
		$merged = array_merge( $id ? (array) self::get( $id ) : array(), $values );
		if ( ( ! $id || array_key_exists( 'name', $values ) ) && '' === Plain_Text::line( $values['name'] ?? '' ) ) {
			$errors['name'] = __( 'Name is required.', 'mentorship-program' );
		} elseif ( isset( $values['name'] ) && mb_strlen( Plain_Text::to_html( Plain_Text::line( $values['name'] ) ) ) > 200 ) {
			// The name column holds 200 characters of the stored (HTML) form.
			$errors['name'] = __( 'The name is too long.', 'mentorship-program' );
		}
		if ( array_key_exists( 'stale_days', $values ) && ! Attention::valid_stale_days( $values['stale_days'] ) ) {
			$errors += Attention::stale_days_error( 'stale_days' );
		}
		if ( ! empty( $merged['opens_at'] ) && ! empty( $merged['closes_at'] ) && strtotime( (string) $merged['closes_at'] ) <= strtotime( (string) $merged['opens_at'] ) ) {
			$errors['closes_at'] = __( 'The application window must close after it opens.', 'mentorship-program' );
		}
		if ( ! empty( $merged['starts_on'] ) && ! empty( $merged['ends_on'] ) && strcmp( (string) $merged['ends_on'], (string) $merged['starts_on'] ) < 0 ) {
			$errors['ends_on'] = __( 'The cohort must end on or after its start date.', 'mentorship-program' );
		}
		foreach ( array( 'starts_on', 'ends_on' ) as $field ) {
			if ( ! empty( $values[ $field ] ) ) {
				$d = DateTimeImmutable::createFromFormat( '!Y-m-d', (string) $values[ $field ], new DateTimeZone( 'UTC' ) );
				if ( ! $d || $d->format( 'Y-m-d' ) !== $values[ $field ] ) {
					$errors[ $field ] = __( 'Use a real date in the form YYYY-MM-DD.', 'mentorship-program' );
				}
			}
		}
		$schedule = $values['schedule'] ?? null;
		if ( is_array( $schedule ) && in_array( $schedule['rule'] ?? 'none', array( 'weekly', 'monthly' ), true ) ) {
			if ( empty( $schedule['weekday'] ) || empty( $schedule['times'] ) ) {
				$errors['schedule'] = __( 'A schedule needs a weekday and at least one time.', 'mentorship-program' );
			} elseif ( 'monthly' === $schedule['rule'] && empty( $schedule['weeks'] ) ) {
				$errors['schedule'] = __( 'A monthly schedule needs the weeks of the month (for example 2 and 4).', 'mentorship-program' );
			}
		}
		return $errors;
	}

	/**
	 * A schedule with defaults and sorted times.
	 *
	 * @param array<string, mixed> $schedule Schedule.
	 * @return array<string, mixed>
	 */
	private static function normalise_schedule( array $schedule ): array {
		$times = array_values( array_unique( array_map( 'strval', (array) ( $schedule['times'] ?? array() ) ) ) );
		sort( $times );
		$weeks = array_values( array_unique( array_map( 'intval', (array) ( $schedule['weeks'] ?? array() ) ) ) );
		sort( $weeks );
		return array(
			'rule'     => (string) ( $schedule['rule'] ?? 'none' ),
			'weekday'  => (int) ( $schedule['weekday'] ?? 4 ),
			'weeks'    => $weeks,
			'times'    => $times,
			'duration' => (int) ( $schedule['duration'] ?? 60 ),
			'title'    => Plain_Text::line( $schedule['title'] ?? '', 120 ),
		);
	}

	/**
	 * The next sessions of a cohort as UTC instants.
	 *
	 * Sessions run from the cohort's start date (or $from, when later) to its end date.
	 *
	 * @param array<string, mixed> $cohort Cohort.
	 * @param int                  $limit  At most this many.
	 * @param int|null             $from   Timestamp to start from; defaults to now.
	 * @return array<int, array{start: string, end: string, title: string}>
	 */
	public static function sessions( array $cohort, int $limit = 10, ?int $from = null ): array {
		$schedule = $cohort['schedule'] ?? array();
		$rule     = $schedule['rule'] ?? 'none';
		if ( ! in_array( $rule, array( 'weekly', 'monthly' ), true ) || empty( $schedule['times'] ) ) {
			return array();
		}
		$utc   = new DateTimeZone( 'UTC' );
		$from  = $from ?? time();
		$start = $cohort['starts_on'] ? new DateTimeImmutable( $cohort['starts_on'] . ' 00:00:00', $utc ) : new DateTimeImmutable( '@' . $from );
		$end   = $cohort['ends_on'] ? new DateTimeImmutable( $cohort['ends_on'] . ' 23:59:59', $utc ) : $start->add( new DateInterval( 'P1Y' ) );
		$floor = max( $start->getTimestamp(), $from );
		$day   = ( new DateTimeImmutable( '@' . $floor ) )->setTimezone( $utc )->setTime( 0, 0 );
		$title = '' !== ( $schedule['title'] ?? '' ) ? $schedule['title'] : ( $cohort['name'] ?? '' );
		$out   = array();
		$guard = 0;
		$found = 0;
		while ( $day <= $end && $found < $limit && $guard++ < 800 ) {
			if ( (int) $day->format( 'N' ) === (int) $schedule['weekday'] ) {
				$nth = (int) ceil( (int) $day->format( 'j' ) / 7 );
				if ( 'weekly' === $rule || in_array( $nth, array_map( 'intval', (array) $schedule['weeks'] ), true ) ) {
					foreach ( $schedule['times'] as $time ) {
						list( $h, $i ) = array_map( 'intval', explode( ':', (string) $time ) );
						$at            = $day->setTime( $h, $i );
						if ( $at->getTimestamp() < $floor || $at > $end ) {
							continue;
						}
						$out[] = array(
							'start' => $at->format( 'Y-m-d\TH:i:s\Z' ),
							'end'   => $at->add( new DateInterval( 'PT' . (int) ( $schedule['duration'] ?? 60 ) . 'M' ) )->format( 'Y-m-d\TH:i:s\Z' ),
							'title' => (string) $title,
						);
						++$found;
						if ( $found >= $limit ) {
							break;
						}
					}
				}
			}
			$day = $day->add( new DateInterval( 'P1D' ) );
		}
		return $out;
	}

	/**
	 * An iCalendar document of sessions.
	 *
	 * @param array<string, mixed>              $cohort   Cohort.
	 * @param array<int, array<string, string>> $sessions Sessions.
	 * @return string
	 */
	public static function icalendar( array $cohort, array $sessions ): string {
		$escape = static fn( string $text ) => str_replace( array( '\\', ';', ',', "\r\n", "\n" ), array( '\\\\', '\;', '\,', '\n', '\n' ), $text );
		$host   = (string) wp_parse_url( home_url(), PHP_URL_HOST );
		$lines  = array(
			'BEGIN:VCALENDAR',
			'VERSION:2.0',
			'PRODID:-//Mentorship Program//' . $escape( $host ) . '//EN',
			'CALSCALE:GREGORIAN',
			'METHOD:PUBLISH',
			'X-WR-CALNAME:' . $escape( (string) $cohort['name'] ),
		);
		$stamp  = gmdate( 'Ymd\THis\Z' );
		foreach ( $sessions as $session ) {
			$start   = gmdate( 'Ymd\THis\Z', (int) strtotime( $session['start'] ) );
			$lines[] = 'BEGIN:VEVENT';
			$lines[] = 'UID:' . $start . '-' . (int) $cohort['id'] . '@' . $host;
			$lines[] = 'DTSTAMP:' . $stamp;
			$lines[] = 'DTSTART:' . $start;
			$lines[] = 'DTEND:' . gmdate( 'Ymd\THis\Z', (int) strtotime( $session['end'] ) );
			$lines[] = 'SUMMARY:' . $escape( $session['title'] );
			if ( ! empty( $cohort['channel_url'] ) ) {
				$lines[] = 'URL:' . $cohort['channel_url'];
			}
			$lines[] = 'END:VEVENT';
		}
		$lines[] = 'END:VCALENDAR';
		return implode( "\r\n", array_map( array( self::class, 'fold_icalendar_line' ), $lines ) ) . "\r\n";
	}

	/**
	 * Folds an iCalendar content line as RFC 5545 asks: no physical line longer than 75
	 * octets, the leading space of a continuation line included, and never a break
	 * inside a UTF-8 character (a name in Japanese or an emoji stays whole).
	 *
	 * @since 0.1.0
	 *
	 * @param string $line Unfolded line, UTF-8.
	 * @return string Folded line, without the final line break.
	 */
	public static function fold_icalendar_line( string $line ): string {
		if ( strlen( $line ) <= 75 ) {
			return $line;
		}
		$characters = preg_match_all( '/./us', $line, $found ) ? $found[0] : str_split( $line );
		$folded     = '';
		$current    = '';
		$limit      = 75;
		foreach ( $characters as $character ) {
			if ( strlen( $current ) + strlen( $character ) > $limit ) {
				$folded .= $current . "\r\n ";
				$current = '';
				$limit   = 74;
			}
			$current .= $character;
		}
		return $folded . $current;
	}

	/**
	 * Deletes a cohort; refuses while applications use it.
	 *
	 * @param int $id Term ID.
	 * @return true|WP_Error
	 */
	public static function delete( int $id ) {
		$used = get_posts(
			array(
				'post_type'      => array( Post_Types::MENTEE, Post_Types::MENTOR ),
				'post_status'    => Applications::statuses(),
				'posts_per_page' => 1,
				'fields'         => 'ids',
				'no_found_rows'  => true,
				'tax_query'      => array( // phpcs:ignore WordPress.DB.SlowDBQuery.slow_db_query_tax_query -- one row, indexed.
					array(
						'taxonomy' => Taxonomies::COHORT,
						'terms'    => $id,
					),
				),
			)
		);
		if ( $used ) {
			return new WP_Error( 'mentorship_cohort_in_use', __( 'This cohort has applications. Move or delete them first.', 'mentorship-program' ), array( 'status' => 409 ) );
		}
		$result = wp_delete_term( $id, Taxonomies::COHORT );
		return ( true === $result ) ? true : self::not_found();
	}

	/**
	 * The 404 of a cohort that does not exist, the one answer every route and service gives.
	 *
	 * @since 0.3.0
	 *
	 * @return WP_Error
	 */
	public static function not_found(): WP_Error {
		return new WP_Error( 'mentorship_not_found', __( 'Cohort not found.', 'mentorship-program' ), array( 'status' => 404 ) );
	}
}
