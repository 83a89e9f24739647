<?php
/**
 * Nudges: templated reminders of a running cohort, on a schedule, capped, opt-out.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Nudges;

defined( 'ABSPATH' ) || exit;

use Mentorship_Program\Applications\Applications;
use Mentorship_Program\Cohorts\Assignments;
use Mentorship_Program\Cohorts\Cohorts;
use Mentorship_Program\Notifications\Mail_Templates;
use Mentorship_Program\Applications\Post_Types;
use Mentorship_Program\Settings\Settings;
use Mentorship_Program\Applications\Stages;
use Mentorship_Program\Support\Field_Errors;
use Mentorship_Program\Teams\Taxonomies;
use Mentorship_Program\Mentorship\Attention;
use Mentorship_Program\Notifications\Mailer;
use WP_Error;

/**
 * Every rule of nudges, with no HTTP in it (cron, REST, abilities and the demo call it):
 *
 * - what is due: a check-in reminder to a mentor once a pair has been quiet for the
 *   cohort's quiet days (the "No recent check-in" rule of Needs attention), and a
 *   reminder to the cohort's active mentees and mentors a set number of hours before
 *   each group session;
 * - who may get one: not someone who opted out, and nobody more than the weekly cap
 *   (a setting) in any seven days;
 * - each nudge once: its key (person + kind + occurrence) is claimed in a table with a
 *   UNIQUE index before the mail is queued.
 *
 * Mail goes only through the mail queue (stored first, sent and retried by cron).
 *
 * @since 0.3.0
 */
final class Nudges {

	/**
	 * The hourly run that decides what is due.
	 */
	public const CRON_HOOK = 'mentorship_program_nudges';

	/**
	 * Term meta with a cohort's nudge schedule.
	 */
	public const SCHEDULE_META = 'mp_nudge_schedule';

	/**
	 * Template keys.
	 */
	public const TEMPLATE_CHECKIN = 'nudge_checkin';
	public const TEMPLATE_SESSION = 'nudge_session';

	/**
	 * Hours before a group session when its reminder goes out, unless the cohort says otherwise.
	 */
	public const DEFAULT_SESSION_HOURS = 24;

	/**
	 * Most hours before a session its reminder may go out (a week).
	 */
	public const MAX_SESSION_HOURS = 168;

	/**
	 * The window of the weekly cap, in seconds.
	 */
	public const WEEK = 7 * DAY_IN_SECONDS;

	/**
	 * Days the nudge log is kept.
	 */
	public const KEEP_DAYS = 365;

	/**
	 * Placeholders of nudge e-mails (with braces).
	 */
	public const PLACEHOLDERS = array( '{mentee}', '{days}', '{session}', '{session_time}', '{opt_out_url}' );

	/**
	 * The default nudge e-mails.
	 *
	 * @since 0.3.0
	 *
	 * @return array<string, array{enabled: bool, subject: string, body: string}>
	 */
	public static function templates(): array {
		return array(
			self::TEMPLATE_CHECKIN => array(
				'enabled' => true,
				'subject' => __( 'A reminder to check in with {mentee}', 'mentorship-program' ),
				'body'    => __( "Hi {name},\n\nIt has been {days} days since your last check-in with {mentee} in {cohort}. A short message or a quick call helps them keep going.\n\nLog your next check-in on your mentorship page: {status_url}\n\n— {site}\n\nNo more reminders: {opt_out_url}", 'mentorship-program' ),
			),
			self::TEMPLATE_SESSION => array(
				'enabled' => true,
				'subject' => __( 'Reminder: {session} on {session_time}', 'mentorship-program' ),
				'body'    => __( "Hi {name},\n\nA reminder that the next group session of {cohort}, {session}, is on {session_time}.\n\nSee every session in your local time: {status_url}\n\n— {site}\n\nNo more reminders: {opt_out_url}", 'mentorship-program' ),
			),
		);
	}

	/**
	 * A cohort's nudge schedule, defaults filled in.
	 *
	 * @since 0.3.0
	 *
	 * @param int $cohort_id Cohort.
	 * @return array{cohort: int, session_reminder: bool, session_hours: int, checkin_reminder: bool, quiet_days: int}
	 */
	public static function schedule( int $cohort_id ): array {
		$stored = get_term_meta( $cohort_id, self::SCHEDULE_META, true );
		$stored = is_array( $stored ) ? $stored : array();
		$hours  = (int) ( $stored['session_hours'] ?? self::DEFAULT_SESSION_HOURS );
		return array(
			'cohort'           => $cohort_id,
			'session_reminder' => (bool) ( $stored['session_reminder'] ?? true ),
			'session_hours'    => $hours >= 1 && $hours <= self::MAX_SESSION_HOURS ? $hours : self::DEFAULT_SESSION_HOURS,
			'checkin_reminder' => (bool) ( $stored['checkin_reminder'] ?? true ),
			'quiet_days'       => Attention::stale_days( $cohort_id ),
		);
	}

	/**
	 * Changes a cohort's schedule (the quiet days are Needs attention's own setting).
	 *
	 * @since 0.3.0
	 *
	 * @param int                  $cohort_id Cohort.
	 * @param array<string, mixed> $changes   session_reminder, session_hours (1–168), checkin_reminder, quiet_days (0–365).
	 * @return array<string, mixed>|WP_Error The schedule.
	 */
	public static function set_schedule( int $cohort_id, array $changes ) {
		if ( ! Cohorts::get( $cohort_id ) ) {
			return new WP_Error( 'mentorship_not_found', __( 'Cohort not found.', 'mentorship-program' ), array( 'status' => 404 ) );
		}
		if ( isset( $changes['session_hours'] ) && ( (int) $changes['session_hours'] < 1 || (int) $changes['session_hours'] > self::MAX_SESSION_HOURS ) ) {
			/* translators: %d: most hours. */
			return Field_Errors::error( array( 'session_hours' => sprintf( __( 'Hours before a session must be from 1 to %d.', 'mentorship-program' ), self::MAX_SESSION_HOURS ) ) );
		}
		if ( isset( $changes['quiet_days'] ) && ! Attention::valid_stale_days( $changes['quiet_days'] ) ) {
			return Field_Errors::error( Attention::stale_days_error( 'quiet_days' ) );
		}
		$current = self::schedule( $cohort_id );
		$stored  = array(
			'session_reminder' => (bool) ( $changes['session_reminder'] ?? $current['session_reminder'] ),
			'session_hours'    => (int) ( $changes['session_hours'] ?? $current['session_hours'] ),
			'checkin_reminder' => (bool) ( $changes['checkin_reminder'] ?? $current['checkin_reminder'] ),
		);
		update_term_meta( $cohort_id, self::SCHEDULE_META, $stored );
		if ( isset( $changes['quiet_days'] ) ) {
			Attention::set_stale_days( $cohort_id, $changes['quiet_days'] );
		}
		return self::schedule( $cohort_id );
	}

	/**
	 * The most nudges one address gets in seven days.
	 *
	 * @since 0.3.0
	 *
	 * @return int
	 */
	public static function weekly_cap(): int {
		$cap = Settings::get( 'nudge_weekly_cap' );
		return null === $cap ? 2 : max( 0, (int) $cap );
	}

	/**
	 * Nudges an address got in the seven days before $now.
	 *
	 * @since 0.3.0
	 *
	 * @param string   $email Address.
	 * @param int|null $now   Timestamp.
	 * @return int
	 */
	public static function sent_this_week( string $email, ?int $now = null ): int {
		global $wpdb;
		$now   = $now ?? time();
		$table = Schema::table( 'nudges' );
		return (int) $wpdb->get_var( $wpdb->prepare( "SELECT COUNT(*) FROM {$table} WHERE recipient = %s AND created_at > %s AND created_at <= %s", strtolower( $email ), gmdate( 'Y-m-d H:i:s', $now - self::WEEK ), gmdate( 'Y-m-d H:i:s', $now ) ) ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared, WordPress.DB.DirectDatabaseQuery -- our own table, read fresh for the cap.
	}

	/**
	 * The cron handler: queues every nudge that is due and not sent yet.
	 *
	 * @since 0.3.0
	 *
	 * @param int|null $now Timestamp (tests).
	 * @return array<string, int> Counts by outcome: queued, already, opted_out, capped, disabled, no_email.
	 */
	public static function run( $now = null ): array {
		$now    = is_int( $now ) ? $now : time();
		$counts = array(
			'queued'    => 0,
			'already'   => 0,
			'opted_out' => 0,
			'capped'    => 0,
			'disabled'  => 0,
			'no_email'  => 0,
		);
		$due    = self::due( $now );
		$sent   = self::claimed( array_column( $due, 'key' ) );
		foreach ( $due as $nudge ) {
			// Most of what is due went out in an earlier run: one query finds those.
			if ( isset( $sent[ $nudge['key'] ] ) ) {
				++$counts['already'];
				continue;
			}
			$result = self::send( $nudge, 0, $now );
			$code   = is_wp_error( $result ) ? str_replace( 'mentorship_nudge_', '', (string) $result->get_error_code() ) : 'queued';
			if ( isset( $counts[ $code ] ) ) {
				++$counts[ $code ];
			}
		}
		return $counts;
	}

	/**
	 * Which of these keys were claimed already, in one query per thousand keys.
	 *
	 * @since 0.3.0
	 *
	 * @param string[] $keys Nudge keys.
	 * @return array<string, true>
	 */
	public static function claimed( array $keys ): array {
		global $wpdb;
		$table = Schema::table( 'nudges' );
		$found = array();
		foreach ( array_chunk( array_values( array_unique( $keys ) ), 1000 ) as $chunk ) {
			$in = implode( ',', array_fill( 0, count( $chunk ), '%s' ) );
			foreach ( (array) $wpdb->get_col( $wpdb->prepare( "SELECT nudge_key FROM {$table} WHERE nudge_key IN ({$in})", $chunk ) ) as $key ) { // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared, WordPress.DB.DirectDatabaseQuery, WordPress.DB.PreparedSQLPlaceholders -- placeholders only; our own table, read fresh.
				$found[ (string) $key ] = true;
			}
		}
		return $found;
	}

	/**
	 * The nudges due at $now, whether sent already or not (send() claims each once).
	 *
	 * @since 0.3.0
	 *
	 * @param int $now Timestamp.
	 * @return array<int, array<string, mixed>> Nudges: key, kind, template, person, about, cohort, values.
	 */
	public static function due( int $now ): array {
		$due = array();
		// Check-in reminders: the pairs Needs attention calls quiet.
		foreach ( Attention::rows( 0, $now ) as $row ) {
			if ( 'stale' !== $row['rule'] || empty( $row['mentor'] ) || empty( $row['mentee'] ) ) {
				continue;
			}
			$cohort_id = (int) $row['cohort']['id'];
			if ( ! self::schedule( $cohort_id )['checkin_reminder'] ) {
				continue;
			}
			$due[] = self::checkin_nudge( (int) $row['mentor']['id'], (int) $row['mentee']['id'], $cohort_id, 'checkin', (string) ( $row['date'] ?? '' ), $now, (string) $row['mentee']['name'] );
		}
		// Session reminders: every group session starting within the cohort's lead time.
		foreach ( Cohorts::all() as $cohort ) {
			$schedule = self::schedule( (int) $cohort['id'] );
			if ( ! $schedule['session_reminder'] ) {
				continue;
			}
			$lead     = $schedule['session_hours'] * HOUR_IN_SECONDS;
			$sessions = array_filter(
				Cohorts::sessions( $cohort, 20, $now ),
				static fn( array $session ): bool => strtotime( $session['start'] ) - $lead <= $now && strtotime( $session['start'] ) > $now
			);
			if ( ! $sessions ) {
				continue;
			}
			$people = self::active_people( (int) $cohort['id'] );
			foreach ( $sessions as $session ) {
				foreach ( $people as $person ) {
					$due[] = array(
						'key'      => 'session|' . $person['id'] . '|' . $session['start'],
						'kind'     => 'session',
						'template' => self::TEMPLATE_SESSION,
						'person'   => $person['id'],
						'about'    => 0,
						'cohort'   => (int) $cohort['id'],
						'values'   => array(
							'session'      => (string) $session['title'],
							'session_time' => self::when( (string) $session['start'], $person['timezone'] ),
						),
					);
				}
			}
		}
		return $due;
	}

	/**
	 * A check-in reminder to a mentor about one mentee.
	 *
	 * @param int    $mentor_id Mentor application.
	 * @param int    $mentee_id Mentee application.
	 * @param int    $cohort_id Cohort.
	 * @param string $kind      checkin (scheduled) or manual.
	 * @param string $since     Y-m-d of the last check-in, or '' when they never met.
	 * @param int    $now       Timestamp.
	 * @param string $name      The mentee's name, when known already.
	 * @return array<string, mixed>
	 */
	private static function checkin_nudge( int $mentor_id, int $mentee_id, int $cohort_id, string $kind, string $since, int $now, string $name = '' ): array {
		$cohort = Cohorts::get( $cohort_id );
		$from   = '' !== $since ? $since : (string) ( $cohort['starts_on'] ?? '' );
		$days   = '' === $from ? 0 : max( 0, (int) floor( ( $now - (int) strtotime( $from . ' 00:00:00 UTC' ) ) / DAY_IN_SECONDS ) );
		$mentee = '' === $name ? Applications::get( $mentee_id ) : null;
		$name   = '' === $name && $mentee ? (string) $mentee['fields']['name'] : $name;
		// Scheduled: once per quiet period (it starts again at the next check-in).
		// By hand: once per pair and day, so a double click sends one mail.
		$occurrence = 'checkin' === $kind ? ( '' !== $since ? $since : 'start' ) : gmdate( 'Y-m-d', $now );
		return array(
			'key'      => $kind . '|' . $mentor_id . '|' . $mentee_id . '|' . $occurrence,
			'kind'     => $kind,
			'template' => self::TEMPLATE_CHECKIN,
			'person'   => $mentor_id,
			'about'    => $mentee_id,
			'cohort'   => $cohort_id,
			'values'   => array(
				'mentee' => $name,
				'days'   => (string) $days,
			),
		);
	}

	/**
	 * Active mentees and mentors of a cohort, with address, name and time zone, in two queries.
	 *
	 * @param int $cohort_id Cohort.
	 * @return array<int, array{id: int, timezone: string}>
	 */
	private static function active_people( int $cohort_id ): array {
		$ids = get_posts(
			array(
				'post_type'      => array( Post_Types::MENTEE, Post_Types::MENTOR ),
				'post_status'    => Stages::to_status( 'active' ),
				'fields'         => 'ids',
				'posts_per_page' => -1, // A cohort's active people, IDs only, hourly.
				'no_found_rows'  => true,
				'orderby'        => 'ID',
				'order'          => 'ASC',
				'tax_query'      => array( // phpcs:ignore WordPress.DB.SlowDBQuery.slow_db_query_tax_query -- the cohort is the filter.
					array(
						'taxonomy' => Taxonomies::COHORT,
						'field'    => 'term_id',
						'terms'    => $cohort_id,
					),
				),
			)
		);
		update_meta_cache( 'post', array_map( 'intval', $ids ) );
		$out = array();
		foreach ( $ids as $id ) {
			$out[] = array(
				'id'       => (int) $id,
				'timezone' => (string) get_post_meta( (int) $id, Applications::META_PREFIX . 'timezone', true ),
			);
		}
		return $out;
	}

	/**
	 * A session's start in words: in the person's own time zone, with UTC beside it.
	 *
	 * @since 0.3.0
	 *
	 * @param string $start ISO 8601 UTC instant.
	 * @param string $zone  The person's IANA time zone, or ''.
	 * @return string
	 */
	public static function when( string $start, string $zone ): string {
		$time   = (int) strtotime( $start );
		$format = __( 'l, F j, Y \a\t H:i', 'mentorship-program' );
		$utc    = new \DateTimeZone( 'UTC' );
		try {
			$local = '' !== $zone ? new \DateTimeZone( $zone ) : null;
		} catch ( \Exception $e ) {
			$local = null;
		}
		if ( ! $local || 'UTC' === $local->getName() ) {
			return wp_date( $format, $time, $utc ) . ' UTC';
		}
		/* translators: 1: date and time in the person's time zone, 2: time zone, 3: the same in UTC. */
		return sprintf( __( '%1$s (%2$s; %3$s UTC)', 'mentorship-program' ), wp_date( $format, $time, $local ), $local->getName(), wp_date( 'H:i', $time, $utc ) );
	}

	/**
	 * Nudges a mentor about a mentee now, by hand (the "Nudge" action of Needs attention).
	 *
	 * @since 0.3.0
	 *
	 * @param int      $mentor_id Mentor application.
	 * @param int      $mentee_id Mentee application.
	 * @param int      $user_id   Who asks.
	 * @param int|null $now       Timestamp (tests).
	 * @return array<string, mixed>|WP_Error The nudge as logged.
	 */
	public static function nudge_pair( int $mentor_id, int $mentee_id, int $user_id, ?int $now = null ) {
		$now = $now ?? time();
		if ( Assignments::mentor_of( $mentee_id ) !== $mentor_id || ! $mentor_id ) {
			return Field_Errors::error( array( 'mentee' => __( 'This mentee is not assigned to this mentor.', 'mentorship-program' ) ) );
		}
		$mentee = Applications::get( $mentee_id );
		$result = self::send( self::checkin_nudge( $mentor_id, $mentee_id, (int) ( $mentee['cohort'] ?? 0 ), 'manual', self::last_met( $mentee_id ), $now ), $user_id, $now );
		if ( is_wp_error( $result ) ) {
			return $result;
		}
		return self::get( $result );
	}

	/**
	 * The day of a mentee's last attended check-in, or ''.
	 *
	 * @param int $mentee_id Mentee.
	 * @return string
	 */
	private static function last_met( int $mentee_id ): string {
		global $wpdb;
		$table = \Mentorship_Program\Mentorship\Schema::table( 'checkin_mentees' );
		return (string) $wpdb->get_var( $wpdb->prepare( "SELECT MAX(held_on) FROM {$table} WHERE mentee_id = %d AND attended = 1", $mentee_id ) ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared, WordPress.DB.DirectDatabaseQuery -- our own table.
	}

	/**
	 * Sends one nudge if it may go: claims its key, checks opt-out and the weekly cap,
	 * and queues the mail.
	 *
	 * @since 0.3.0
	 *
	 * @param array<string, mixed> $nudge   From due() or nudge_pair().
	 * @param int                  $user_id Who asked (0: the schedule).
	 * @param int                  $now     Timestamp.
	 * @return int|WP_Error Nudge ID, or why it did not go (mentorship_nudge_* codes).
	 */
	public static function send( array $nudge, int $user_id, int $now ) {
		global $wpdb;
		$person = Applications::get( (int) $nudge['person'] );
		$email  = $person ? strtolower( (string) $person['fields']['email'] ) : '';
		if ( '' === $email ) {
			return new WP_Error( 'mentorship_nudge_no_email', __( 'This person has no e-mail address.', 'mentorship-program' ), array( 'status' => 409 ) );
		}
		$name = (string) $person['fields']['name'];
		if ( Opt_Out::is_opted_out( $email ) ) {
			/* translators: %s: person's name. */
			return new WP_Error( 'mentorship_nudge_opted_out', sprintf( __( '%s turned reminder e-mails off, so no nudge was sent.', 'mentorship-program' ), $name ), array( 'status' => 409 ) );
		}
		$template = Settings::get( 'mail_templates' )[ $nudge['template'] ] ?? null;
		if ( ! is_array( $template ) || empty( $template['enabled'] ) ) {
			return new WP_Error( 'mentorship_nudge_disabled', __( 'This reminder e-mail is turned off in Settings, so no nudge was sent.', 'mentorship-program' ), array( 'status' => 409 ) );
		}
		$cap = self::weekly_cap();
		if ( self::sent_this_week( $email, $now ) >= $cap ) {
			return self::capped( $name, $cap );
		}
		$table = Schema::table( 'nudges' );
		// The claim: the UNIQUE key lets exactly one run (or click) through.
		$claimed = $wpdb->query( // phpcs:ignore WordPress.DB.DirectDatabaseQuery -- our own table; the claim must reach the database.
			$wpdb->prepare(
				"INSERT IGNORE INTO {$table} (nudge_key, kind, person_id, about_id, cohort_id, recipient, mail_id, user_id, created_at) VALUES (%s, %s, %d, %d, %d, %s, 0, %d, %s)", // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- our own table name.
				mb_substr( (string) $nudge['key'], 0, 191 ),
				(string) $nudge['kind'],
				(int) $nudge['person'],
				(int) $nudge['about'],
				(int) $nudge['cohort'],
				$email,
				$user_id,
				gmdate( 'Y-m-d H:i:s', $now )
			)
		);
		if ( 1 !== (int) $claimed ) {
			return 'manual' === $nudge['kind']
				/* translators: %s: person's name. */
				? new WP_Error( 'mentorship_nudge_already', sprintf( __( '%s was already nudged about this mentee today.', 'mentorship-program' ), $name ), array( 'status' => 409 ) )
				: new WP_Error( 'mentorship_nudge_already', __( 'This nudge was sent already.', 'mentorship-program' ), array( 'status' => 409 ) );
		}
		$id = (int) $wpdb->insert_id;
		// Two runs claiming different nudges for one person at once: the cap counts both claims.
		if ( self::sent_this_week( $email, $now ) > $cap ) {
			$wpdb->delete( $table, array( 'id' => $id ), array( '%d' ) ); // phpcs:ignore WordPress.DB.DirectDatabaseQuery -- our own table.
			return self::capped( $name, $cap );
		}
		$cohort = Cohorts::get( (int) $nudge['cohort'] );
		$values = array_merge(
			array(
				'name'        => $name,
				'site'        => wp_specialchars_decode( get_bloginfo( 'name' ), ENT_QUOTES ),
				'cohort'      => $cohort ? (string) $cohort['name'] : __( 'the mentorship program', 'mentorship-program' ),
				'status_url'  => Mailer::status_url(),
				'opt_out_url' => Opt_Out::url( (int) $nudge['person'], $email ),
			),
			(array) $nudge['values']
		);
		$body   = (string) $template['body'];
		// A site's own text must still carry the way out.
		if ( false === strpos( $body, '{opt_out_url}' ) ) {
			$body .= "\n\n" . __( 'No more reminders:', 'mentorship-program' ) . ' {opt_out_url}';
		}
		$mail_id = Mailer::queue( (int) $nudge['person'], $email, Mail_Templates::render( (string) $template['subject'], $values ), Mail_Templates::render( $body, $values ) );
		$wpdb->update( $table, array( 'mail_id' => $mail_id ), array( 'id' => $id ), array( '%d' ), array( '%d' ) ); // phpcs:ignore WordPress.DB.DirectDatabaseQuery -- our own table.
		/**
		 * Fires after a nudge was queued.
		 *
		 * @since 0.3.0
		 *
		 * @param int                  $id    Nudge ID.
		 * @param array<string, mixed> $nudge The nudge.
		 */
		do_action( 'mentorship_program_nudged', $id, $nudge );
		return $id;
	}

	/**
	 * The weekly cap's refusal.
	 *
	 * @param string $name Person's name.
	 * @param int    $cap  Cap.
	 * @return WP_Error
	 */
	private static function capped( string $name, int $cap ): WP_Error {
		return new WP_Error(
			'mentorship_nudge_capped',
			/* translators: 1: person's name, 2: number of reminders. */
			sprintf( _n( '%1$s already got %2$d reminder in the last seven days, the most allowed; no nudge was sent.', '%1$s already got %2$d reminders in the last seven days, the most allowed; no nudge was sent.', $cap, 'mentorship-program' ), $name, $cap ),
			array( 'status' => 409 )
		);
	}

	/**
	 * One logged nudge.
	 *
	 * @since 0.3.0
	 *
	 * @param int $id Nudge ID.
	 * @return array<string, mixed>|WP_Error
	 */
	public static function get( int $id ) {
		global $wpdb;
		$table = Schema::table( 'nudges' );
		$row   = $wpdb->get_row( $wpdb->prepare( "SELECT * FROM {$table} WHERE id = %d", $id ), ARRAY_A ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared, WordPress.DB.DirectDatabaseQuery -- our own table.
		if ( ! $row ) {
			return new WP_Error( 'mentorship_not_found', __( 'Nudge not found.', 'mentorship-program' ), array( 'status' => 404 ) );
		}
		return self::shape( $row );
	}

	/**
	 * A log row for output.
	 *
	 * @param array<string, mixed> $row Row.
	 * @return array<string, mixed>
	 */
	private static function shape( array $row ): array {
		return array(
			'id'        => (int) $row['id'],
			'kind'      => (string) $row['kind'],
			'person'    => (int) $row['person_id'],
			'about'     => (int) $row['about_id'],
			'cohort'    => (int) $row['cohort_id'],
			'mail_id'   => (int) $row['mail_id'],
			'user_id'   => (int) $row['user_id'],
			'nudged_at' => mysql_to_rfc3339( (string) $row['created_at'] ) . 'Z',
		);
	}

	/**
	 * When each mentor was last nudged about each mentee, for many pairs in one query.
	 *
	 * @since 0.3.0
	 *
	 * @param int[] $mentor_ids Mentors.
	 * @return array<string, string> "mentor-mentee" => ISO 8601 UTC.
	 */
	public static function last_nudged( array $mentor_ids ): array {
		global $wpdb;
		$ids = array_values( array_unique( array_filter( array_map( 'intval', $mentor_ids ) ) ) );
		if ( ! $ids ) {
			return array();
		}
		$table = Schema::table( 'nudges' );
		$in    = implode( ',', $ids );
		$rows  = (array) $wpdb->get_results( "SELECT person_id, about_id, MAX(created_at) AS at FROM {$table} WHERE person_id IN ({$in}) AND about_id > 0 GROUP BY person_id, about_id", ARRAY_A ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared, WordPress.DB.DirectDatabaseQuery -- integers only; our own table.
		$out   = array();
		foreach ( $rows as $row ) {
			$out[ (int) $row['person_id'] . '-' . (int) $row['about_id'] ] = mysql_to_rfc3339( (string) $row['at'] ) . 'Z';
		}
		return $out;
	}

	/**
	 * Adds "nudged_at" to Needs attention rows (filter callback), in one query.
	 *
	 * @since 0.3.0
	 *
	 * @param array<int, array<string, mixed>> $rows Rows.
	 * @return array<int, array<string, mixed>>
	 */
	public static function add_nudged_at( $rows ): array {
		$rows = (array) $rows;
		$last = self::last_nudged( array_map( static fn( $row ) => (int) ( $row['mentor']['id'] ?? 0 ), $rows ) );
		foreach ( $rows as $i => $row ) {
			$key                     = (int) ( $row['mentor']['id'] ?? 0 ) . '-' . (int) ( $row['mentee']['id'] ?? 0 );
			$rows[ $i ]['nudged_at'] = $last[ $key ] ?? null;
		}
		return $rows;
	}

	/**
	 * Deletes log rows older than KEEP_DAYS (daily, with retention).
	 *
	 * @since 0.3.0
	 *
	 * @param int|null $now Timestamp.
	 * @return int Deleted rows.
	 */
	public static function apply_retention( $now = null ): int {
		global $wpdb;
		$now   = is_int( $now ) ? $now : time();
		$table = Schema::table( 'nudges' );
		return (int) $wpdb->query( $wpdb->prepare( "DELETE FROM {$table} WHERE created_at < %s", gmdate( 'Y-m-d H:i:s', $now - self::KEEP_DAYS * DAY_IN_SECONDS ) ) ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared, WordPress.DB.DirectDatabaseQuery -- our own table.
	}

	/**
	 * Deletes the log of one application (deleted for good).
	 *
	 * @since 0.3.0
	 *
	 * @param int $id Application.
	 * @return int Deleted rows.
	 */
	public static function delete_for( int $id ): int {
		global $wpdb;
		$table = Schema::table( 'nudges' );
		return (int) $wpdb->query( $wpdb->prepare( "DELETE FROM {$table} WHERE person_id = %d OR about_id = %d", $id, $id ) ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared, WordPress.DB.DirectDatabaseQuery -- our own table.
	}
}
