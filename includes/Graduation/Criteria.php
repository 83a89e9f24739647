<?php
/**
 * A cohort's graduation criteria: the checklist a coordinator sets on the cohort.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Graduation;

defined( 'ABSPATH' ) || exit;

use Mentorship_Program\Applications\Fields;
use Mentorship_Program\Cohorts\Cohorts;
use Mentorship_Program\Support\Field_Errors;
use WP_Error;

/**
 * Reads, validates and stores the checklist (cohort term meta). A checklist with
 * nothing switched on asks nothing: everyone meets it.
 *
 * @since 0.3.0
 */
final class Criteria {

	/**
	 * Term meta key of the checklist.
	 */
	public const META = 'mp_graduation_criteria';

	/**
	 * The most sessions a checklist may ask for.
	 */
	public const MAX_SESSIONS = 100;

	/**
	 * JSON Schema properties of a checklist (shared by REST and validation).
	 *
	 * @since 0.3.0
	 *
	 * @return array<string, array<string, mixed>>
	 */
	public static function properties(): array {
		return array(
			'min_sessions'        => array(
				'type'        => 'integer',
				'minimum'     => 0,
				'maximum'     => self::MAX_SESSIONS,
				'description' => __( 'Sessions the mentee must have attended (0: not asked).', 'mentorship-program' ),
			),
			'goals_set'           => array(
				'type'        => 'boolean',
				'description' => __( 'Whether the mentee must have set at least one goal.', 'mentorship-program' ),
			),
			'contribution_link'   => array(
				'type'        => 'boolean',
				'description' => __( 'Whether a link to the mentee\'s first contribution must be given.', 'mentorship-program' ),
			),
			'mentor_confirmation' => array(
				'type'        => 'boolean',
				'description' => __( 'Whether the mentor must confirm the mentee is ready.', 'mentorship-program' ),
			),
		);
	}

	/**
	 * The checklist that asks nothing.
	 *
	 * @since 0.3.0
	 *
	 * @return array{min_sessions: int, goals_set: bool, contribution_link: bool, mentor_confirmation: bool}
	 */
	public static function defaults(): array {
		return array(
			'min_sessions'        => 0,
			'goals_set'           => false,
			'contribution_link'   => false,
			'mentor_confirmation' => false,
		);
	}

	/**
	 * A cohort's checklist.
	 *
	 * @since 0.3.0
	 *
	 * @param int $cohort_id Cohort.
	 * @return array{min_sessions: int, goals_set: bool, contribution_link: bool, mentor_confirmation: bool}
	 */
	public static function get( int $cohort_id ): array {
		$stored                     = $cohort_id ? get_term_meta( $cohort_id, self::META, true ) : array();
		$stored                     = is_array( $stored ) ? $stored : array();
		$out                        = self::defaults();
		$out['min_sessions']        = max( 0, min( self::MAX_SESSIONS, (int) ( $stored['min_sessions'] ?? 0 ) ) );
		$out['goals_set']           = ! empty( $stored['goals_set'] );
		$out['contribution_link']   = ! empty( $stored['contribution_link'] );
		$out['mentor_confirmation'] = ! empty( $stored['mentor_confirmation'] );
		return $out;
	}

	/**
	 * Whether the checklist asks anything.
	 *
	 * @since 0.3.0
	 *
	 * @param array<string, mixed> $criteria Checklist.
	 * @return bool
	 */
	public static function asks_anything( array $criteria ): bool {
		return $criteria['min_sessions'] > 0 || $criteria['goals_set'] || $criteria['contribution_link'] || $criteria['mentor_confirmation'];
	}

	/**
	 * Changes a cohort's checklist: all given values are checked first, and nothing is
	 * stored when one is wrong.
	 *
	 * @since 0.3.0
	 *
	 * @param int                  $cohort_id Cohort.
	 * @param array<string, mixed> $values    Some of min_sessions, goals_set, contribution_link, mentor_confirmation.
	 * @return array<string, mixed>|WP_Error The checklist, or 400 naming each wrong field.
	 */
	public static function save( int $cohort_id, array $values ) {
		if ( ! Cohorts::get( $cohort_id ) ) {
			return Cohorts::not_found();
		}
		$errors = array();
		$clean  = self::get( $cohort_id );
		foreach ( $values as $key => $value ) {
			if ( ! array_key_exists( $key, $clean ) ) {
				$errors[ $key ] = __( 'This field is not accepted here.', 'mentorship-program' );
				continue;
			}
			if ( 'min_sessions' === $key ) {
				if ( is_bool( $value ) || ! is_numeric( $value ) || (string) (int) $value !== (string) $value || (int) $value < 0 || (int) $value > self::MAX_SESSIONS ) {
					/* translators: %d: the largest number allowed. */
					$errors[ $key ] = sprintf( __( 'Sessions attended must be a whole number from 0 to %d.', 'mentorship-program' ), self::MAX_SESSIONS );
					continue;
				}
				$clean[ $key ] = (int) $value;
				continue;
			}
			$flag = Fields::parse_boolean( $value );
			if ( null === $flag ) {
				$errors[ $key ] = Fields::boolean_error( (string) $key );
				continue;
			}
			$clean[ $key ] = $flag;
		}
		if ( $errors ) {
			return Field_Errors::error( $errors );
		}
		update_term_meta( $cohort_id, self::META, $clean );

		/**
		 * Fires after a cohort's graduation criteria changed.
		 *
		 * @since 0.3.0
		 *
		 * @param int                  $cohort_id Cohort.
		 * @param array<string, mixed> $criteria  The checklist.
		 */
		do_action( 'mentorship_program_graduation_criteria_saved', $cohort_id, $clean );
		return $clean;
	}
}
