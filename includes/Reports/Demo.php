<?php
/**
 * Demo content of the reports feature: a finished cohort with outcomes, and a results page.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Reports;

defined( 'ABSPATH' ) || exit;

use Mentorship_Program\Applications\Submission;
use Mentorship_Program\Applications\Submission_Context;
use Mentorship_Program\Applications\Submitted;
use Mentorship_Program\Applications\Applications;
use Mentorship_Program\Cohorts\Assignments;
use Mentorship_Program\Cohorts\Cohorts;
use Mentorship_Program\Database\Schema;
use Mentorship_Program\Teams\Taxonomies;

/**
 * Fills the demo's finished "Spring 2024" cohort with people who went all the way
 * (applied in January 2024, decided within days, graduated, placed with teams, a few
 * withdrawn with their reasons), so the report and the results block show real figures.
 *
 * @since 0.3.0
 */
final class Demo {

	/**
	 * Seeds the cohort and the results page once.
	 *
	 * @since 0.3.0
	 *
	 * @param callable $ensure_page Creates a page once: ( slug, title, content ) => ID.
	 */
	public static function seed( callable $ensure_page ): void {
		$cohort = self::cohort();
		if ( ! $cohort ) {
			return;
		}
		add_filter( 'mentorship_program_queue_mail', '__return_false' );
		$mentors = array();
		foreach ( array( 'Grace Hopper', 'Tim Berners', 'Ada Byron', 'Linus Kernel' ) as $i => $name ) {
			$mentor = self::person( 'mentor', $name, $i, (int) $cohort['id'], array( 'in_review', 'approved' ) );
			if ( $mentor ) {
				$mentors[] = $mentor;
			}
		}
		// Applied, then where each went: 14 accepted and started, 12 graduated, 8 placed;
		// two declined, one waitlisted, three withdrew.
		$teams   = array( 'polyglots', 'docs', 'core', 'training', 'polyglots', 'community', 'docs', 'polyglots' );
		$reasons = array(
			__( 'Withdrawn by the applicant.', 'mentorship-program' ),
			__( 'No time this term; will apply again.', 'mentorship-program' ),
			__( 'Withdrawn by the applicant.', 'mentorship-program' ),
		);
		$first   = array( 'Ana', 'Bo', 'Chidi', 'Dana', 'Eli', 'Femi', 'Gia', 'Hana', 'Ines', 'Jon', 'Kai', 'Lea', 'Mo', 'Nia', 'Omar', 'Pia', 'Quinn', 'Rui', 'Sara', 'Teo' );
		foreach ( $first as $i => $name ) {
			$i         = (int) $i;
			$starts    = $i < 14;
			$withdraws = $i >= 17;
			if ( $starts ) {
				$path = array( 'in_review', 'accepted' );
			} elseif ( $i < 16 ) {
				$path = array( 'in_review', 'declined' );
			} elseif ( 16 === $i ) {
				$path = array( 'in_review', 'waitlisted' );
			} else {
				$path = 17 === $i ? array() : array( 'in_review' );
			}
			$id = self::person( 'mentee', $name . ' Demo', $i, (int) $cohort['id'], $path );
			if ( ! $id ) {
				continue;
			}
			if ( $starts ) {
				self::run( $id, $i, $mentors ? (int) $mentors[ $i % count( $mentors ) ] : 0, $teams[ $i ] ?? '' );
			} elseif ( $withdraws ) {
				Applications::transition( $id, 'withdrawn', array( 'note' => $reasons[ $i - 17 ] ?? '' ) );
			}
			self::backdate( $id, $i );
		}
		foreach ( $mentors as $mentor ) {
			Applications::transition( (int) $mentor, 'active' );
		}
		remove_filter( 'mentorship_program_queue_mail', '__return_false' );

		$ensure_page(
			'cohort-results',
			__( 'Spring 2024 results', 'mentorship-program' ),
			'<!-- wp:paragraph --><p>' . esc_html__( 'What the Spring 2024 cohort came to, in totals.', 'mentorship-program' ) . '</p><!-- /wp:paragraph -->'
				. "\n\n" . '<!-- wp:mentorship-program/cohort-results {"cohort":' . (int) $cohort['id'] . '} /-->'
		);
	}

	/**
	 * Takes a started mentee through the cohort: the first 13 have a mentor, the first
	 * 12 graduate, the first 8 join a team.
	 *
	 * @param int    $id     Mentee.
	 * @param int    $n      Position in the demo list.
	 * @param int    $mentor Mentor, or 0.
	 * @param string $team   Team slug to join, or ''.
	 */
	private static function run( int $id, int $n, int $mentor, string $team ): void {
		if ( $mentor && $n < 13 ) {
			Assignments::assign( $id, $mentor );
		}
		Applications::transition( $id, 'active', array( 'allow_unassigned' => true ) );
		if ( $n < 12 ) {
			Applications::transition( $id, 'graduated' );
		}
		if ( $n < 8 && '' !== $team ) {
			Applications::transition( $id, 'placed', array( 'team' => $team ) );
		}
	}

	/**
	 * The demo's finished cohort (the one the stories belong to), made if missing.
	 *
	 * @return array<string, mixed>|null
	 */
	private static function cohort(): ?array {
		$term = get_term_by( 'slug', 'spring-2024', Taxonomies::COHORT );
		if ( $term instanceof \WP_Term ) {
			return Cohorts::get( (int) $term->term_id );
		}
		$saved = Cohorts::save(
			array(
				'name'      => __( 'Spring 2024 cohort', 'mentorship-program' ),
				'slug'      => 'spring-2024',
				'opens_at'  => '2024-01-01T00:00:00Z',
				'closes_at' => '2024-01-14T00:00:00Z',
				'starts_on' => '2024-01-18',
				'ends_on'   => '2024-02-29',
				'capacity'  => 20,
				'tracks'    => array( 'one-to-one', 'cohort-group' ),
			)
		);
		return is_array( $saved ) ? $saved : null;
	}

	/**
	 * One demo application, moved along a path.
	 *
	 * @param string   $type   mentee or mentor.
	 * @param string   $name   Name.
	 * @param int      $i      Index (for unique addresses).
	 * @param int      $cohort Cohort ID.
	 * @param string[] $path   Stages after "submitted".
	 * @return int Application ID, or 0.
	 */
	private static function person( string $type, string $name, int $i, int $cohort, array $path ): int {
		$values  = array(
			'name'            => $name,
			'email'           => 'spring2024-' . $type . ( $i + 1 ) . '@example.org',
			'timezone'        => 'Europe/Lisbon',
			'languages'       => array( 'en' ),
			'teams'           => array( 'polyglots', 'docs' ),
			'consent_coc'     => true,
			'consent_privacy' => true,
		);
		$values += 'mentor' === $type
			? array(
				'formats'            => array( 'one-to-one' ),
				'capacity'           => 4,
				'years_contributing' => 5,
				'motivation'         => __( 'I want to give back the help I got when I started.', 'mentorship-program' ),
			)
			: array(
				'experience'     => 'new',
				'goals'          => __( 'Make my first contribution and find a team to stay with.', 'mentorship-program' ),
				'hours_per_week' => 3,
				'format'         => 'any',
			);
		$created = Submission::submit( $type, Submission::applicable( $type, $values ), Submission_Context::seed( $cohort ) );
		if ( ! $created instanceof Submitted || ! $created->application ) {
			return 0;
		}
		$id = (int) $created->application['id'];
		foreach ( $path as $stage ) {
			Applications::transition( $id, $stage, array( 'allow_unassigned' => true ) );
		}
		return $id;
	}

	/**
	 * Puts an application and its history in early 2024: applied in the first days of
	 * January, decided one to twelve days later.
	 *
	 * @param int $id Application.
	 * @param int $i  Index.
	 */
	private static function backdate( int $id, int $i ): void {
		global $wpdb;
		$applied = strtotime( '2024-01-02 09:00:00 UTC' ) + ( $i % 10 ) * DAY_IN_SECONDS;
		$decided = $applied + ( 1 + ( $i * 7 ) % 12 ) * DAY_IN_SECONDS;
		$wpdb->update( // phpcs:ignore WordPress.DB.DirectDatabaseQuery -- demo dates; core has no API to backdate a post's GMT date without its local one.
			$wpdb->posts,
			array(
				'post_date'     => gmdate( 'Y-m-d H:i:s', $applied ),
				'post_date_gmt' => gmdate( 'Y-m-d H:i:s', $applied ),
			),
			array( 'ID' => $id )
		);
		$table = Schema::table( 'events' );
		// phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared, WordPress.DB.DirectDatabaseQuery.DirectQuery -- our own table; demo history.
		$wpdb->query( $wpdb->prepare( "UPDATE {$table} SET created_at = %s WHERE object_id = %d", gmdate( 'Y-m-d H:i:s', $decided ), $id ) );
		clean_post_cache( $id );
	}
}
