<?php
/**
 * Graduating mentees: the end-date guard and the bulk graduation of those who meet
 * their cohort's criteria.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Graduation;

defined( 'ABSPATH' ) || exit;

use DateTimeZone;
use Mentorship_Program\Applications\Applications;
use Mentorship_Program\Cohorts\Cohorts;
use Mentorship_Program\Applications\Post_Types;
use Mentorship_Program\Applications\Stages;
use WP_Error;

/**
 * The graduation rules every entry point calls (REST, abilities, the command line).
 *
 * @since 0.3.0
 */
final class Graduation {

	/**
	 * The most mentees one bulk graduation handles.
	 */
	public const MAX_BULK = 1000;

	/**
	 * Why a mentee of this cohort may not graduate today without the coordinator's
	 * explicit confirmation, or null: before the cohort's end date, graduating is early.
	 *
	 * @since 0.3.0
	 *
	 * @param int      $cohort_id Cohort.
	 * @param bool     $confirm   Whether the coordinator confirmed an early graduation.
	 * @param int|null $now       Timestamp.
	 * @return WP_Error|null 409 naming the end date and the confirm_early flag.
	 */
	public static function check_early( int $cohort_id, bool $confirm, ?int $now = null ): ?WP_Error {
		$cohort = $cohort_id ? Cohorts::get( $cohort_id ) : null;
		if ( ! $cohort || $confirm ) {
			return null;
		}
		$timing = Cohorts::timing( $cohort, $now );
		if ( ! $timing['early_graduation'] ) {
			return null;
		}
		$today = (string) wp_date( (string) get_option( 'date_format' ), (int) strtotime( $timing['today'] . ' 00:00:00 UTC' ), new DateTimeZone( 'UTC' ) );
		return new WP_Error(
			'mentorship_cohort_ends_later',
			sprintf(
				/* translators: 1: the cohort's end date, 2: number of days, 3: today's date. */
				_n(
					'This cohort ends on %1$s, %2$d day from today (%3$s). To graduate before then, confirm the early graduation.',
					'This cohort ends on %1$s, %2$d days from today (%3$s). To graduate before then, confirm the early graduation.',
					$timing['days_to_end'],
					'mentorship-program'
				),
				$timing['ends_on_text'],
				$timing['days_to_end'],
				$today
			),
			array(
				'status'  => 409,
				'ends_on' => (string) $cohort['ends_on'],
				'today'   => $timing['today'],
				'params'  => array( 'confirm_early' => __( 'Confirm the early graduation.', 'mentorship-program' ) ),
			)
		);
	}

	/**
	 * The end-date guard for a stage move: only a mentee's move to "graduated" is checked.
	 *
	 * @since 0.3.0
	 *
	 * @param int    $application_id Application.
	 * @param string $to             Target stage.
	 * @param bool   $confirm        Whether the coordinator confirmed an early graduation.
	 * @return WP_Error|null
	 */
	public static function check_move( int $application_id, string $to, bool $confirm ): ?WP_Error {
		if ( 'graduated' !== $to || Post_Types::MENTEE !== get_post_type( $application_id ) ) {
			return null;
		}
		$application = Applications::get( $application_id );
		// An illegal move is refused by the pipeline itself, with its own words.
		if ( ! $application || ! Stages::can_move( 'mentee', (string) $application['stage'], 'graduated' ) ) {
			return null;
		}
		return self::check_early( (int) $application['cohort'], $confirm );
	}

	/**
	 * What graduating a mentee means for them now: the criteria, met or not, and
	 * whether it would be early.
	 *
	 * @since 0.3.0
	 *
	 * @param array<string, mixed> $mentee Mentee application.
	 * @return array<string, mixed>
	 */
	public static function report( array $mentee ): array {
		$result = Evaluator::evaluate( $mentee );
		$cohort = Cohorts::get( (int) $mentee['cohort'] );
		$timing = $cohort ? Cohorts::timing( $cohort ) : null;
		return array(
			'id'           => (int) $mentee['id'],
			'type'         => 'mentee',
			'name'         => (string) $mentee['fields']['name'],
			'stage'        => (string) $mentee['stage'],
			'cohort'       => (int) $mentee['cohort'],
			'can_graduate' => Stages::can_move( 'mentee', (string) $mentee['stage'], 'graduated' ),
			'met'          => $result['met'],
			'criteria'     => $result['criteria'],
			'early'        => $timing ? $timing['early_graduation'] : false,
			'ends_on_text' => $timing ? $timing['ends_on_text'] : '',
			'progress'     => Progress::get( (int) $mentee['id'] ),
		);
	}

	/**
	 * Graduates exactly the active mentees of a cohort who meet all its criteria; the
	 * others are listed as skipped, with why. A dry run only says who would graduate.
	 *
	 * @since 0.3.0
	 *
	 * @param int                  $cohort_id Cohort.
	 * @param array<string, mixed> $args      dry_run (bool), confirm_early (bool), notify (bool), note (string), actor (user ID).
	 * @return array<string, mixed>|WP_Error
	 */
	public static function graduate_cohort( int $cohort_id, array $args = array() ) {
		$cohort = Cohorts::get( $cohort_id );
		if ( ! $cohort ) {
			return Cohorts::not_found();
		}
		$dry_run = ! empty( $args['dry_run'] );
		$timing  = Cohorts::timing( $cohort );
		if ( ! $dry_run ) {
			$early = self::check_early( $cohort_id, ! empty( $args['confirm_early'] ) );
			if ( $early ) {
				return $early;
			}
		}
		$result    = Applications::list(
			array(
				'type'     => 'mentee',
				'stage'    => array( 'active' ),
				'cohort'   => $cohort_id,
				'per_page' => self::MAX_BULK,
				'page'     => 1,
				'orderby'  => 'name',
				'order'    => 'asc',
			)
		);
		$mentees   = (array) $result['items'];
		$results   = Evaluator::evaluate_many( $mentees );
		$graduated = array();
		$skipped   = array();
		foreach ( $mentees as $mentee ) {
			$id      = (int) $mentee['id'];
			$name    = (string) $mentee['fields']['name'];
			$reasons = Evaluator::reasons( $results[ $id ] );
			if ( $reasons ) {
				$skipped[] = array(
					'id'      => $id,
					'name'    => $name,
					'reasons' => $reasons,
				);
				continue;
			}
			if ( $dry_run ) {
				$graduated[] = array(
					'id'   => $id,
					'name' => $name,
				);
				continue;
			}
			$moved = Applications::transition(
				$id,
				'graduated',
				array(
					'note'   => (string) ( $args['note'] ?? '' ),
					'notify' => ! empty( $args['notify'] ),
					'actor'  => isset( $args['actor'] ) ? (int) $args['actor'] : get_current_user_id(),
				)
			);
			if ( is_wp_error( $moved ) ) {
				$skipped[] = array(
					'id'      => $id,
					'name'    => $name,
					'reasons' => array( $moved->get_error_message() ),
				);
				continue;
			}
			$graduated[] = array(
				'id'   => $id,
				'name' => $name,
			);
		}
		return array(
			'cohort'       => $cohort_id,
			'dry_run'      => $dry_run,
			'early'        => $timing['early_graduation'],
			'ends_on_text' => $timing['ends_on_text'],
			'criteria'     => Criteria::get( $cohort_id ),
			'graduated'    => $graduated,
			'skipped'      => $skipped,
		);
	}
}
