<?php
/**
 * The public iCalendar feed of a cohort's sessions, for calendar apps to subscribe to.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Cohorts;

defined( 'ABSPATH' ) || exit;

use Mentorship_Program\Cohorts\Cohorts;

/**
 * Serves ?mentorship_calendar=<cohort ID> as text/calendar. It holds only the public
 * schedule (titles and times), never people.
 *
 * @since 0.1.0
 */
final class Calendar_Feed {

	public const QUERY_VAR = 'mentorship_calendar';

	/**
	 * Adds hooks.
	 *
	 * @since 0.1.0
	 */
	public function register(): void {
		add_filter( 'query_vars', array( $this, 'query_vars' ) );
		add_action( 'template_redirect', array( $this, 'serve' ) );
	}

	/**
	 * The feed address of a cohort.
	 *
	 * @param int $cohort_id Cohort.
	 * @return string
	 */
	public static function url( int $cohort_id ): string {
		return add_query_arg( self::QUERY_VAR, $cohort_id, home_url( '/' ) );
	}

	/**
	 * Registers the query variable.
	 *
	 * @param string[] $vars Vars.
	 * @return string[]
	 */
	public function query_vars( array $vars ): array {
		$vars[] = self::QUERY_VAR;
		return $vars;
	}

	/**
	 * Prints the feed and stops.
	 *
	 * @since 0.1.0
	 */
	public function serve(): void {
		$id = absint( get_query_var( self::QUERY_VAR ) );
		if ( ! $id ) {
			return;
		}
		$cohort = Cohorts::get( $id );
		if ( ! $cohort ) {
			status_header( 404 );
			header( 'Content-Type: text/plain; charset=utf-8' );
			echo esc_html__( 'No such cohort.', 'mentorship-program' );
			exit;
		}
		$body = self::document( $cohort );
		status_header( 200 );
		header( 'Content-Type: text/calendar; charset=utf-8' );
		header( 'Content-Disposition: inline; filename="' . sanitize_file_name( $cohort['slug'] ) . '.ics"' );
		header( 'Cache-Control: public, max-age=3600' );
		echo $body; // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- text/calendar; every text value is escaped for iCalendar.
		exit;
	}

	/**
	 * The iCalendar text of a cohort's upcoming sessions.
	 *
	 * @param array<string, mixed> $cohort Cohort.
	 * @return string
	 */
	public static function document( array $cohort ): string {
		return Cohorts::icalendar( $cohort, Cohorts::sessions( $cohort, 60 ) );
	}
}
