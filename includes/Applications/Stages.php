<?php
/**
 * Pipeline stages and the legal moves between them.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Applications;

defined( 'ABSPATH' ) || exit;

/**
 * The one place that says which stage may follow which, for mentees and mentors.
 *
 * Stages are stored as post statuses (prefix + stage) so counts and filters use the
 * indexed post_status column.
 *
 * @since 0.1.0
 */
final class Stages {

	public const STATUS_PREFIX = 'mp_';

	/**
	 * Legal moves, per application type: from => allowed targets.
	 */
	private const MOVES = array(
		'mentee' => array(
			'submitted'  => array( 'in_review', 'withdrawn' ),
			'in_review'  => array( 'accepted', 'waitlisted', 'declined', 'withdrawn' ),
			'waitlisted' => array( 'accepted', 'withdrawn' ),
			'accepted'   => array( 'active', 'withdrawn' ),
			'active'     => array( 'graduated', 'withdrawn' ),
			'graduated'  => array( 'placed' ),
			'placed'     => array(),
			'declined'   => array(),
			'withdrawn'  => array(),
		),
		'mentor' => array(
			'submitted' => array( 'in_review', 'withdrawn' ),
			'in_review' => array( 'approved', 'declined', 'withdrawn' ),
			'approved'  => array( 'active', 'withdrawn' ),
			'active'    => array( 'completed', 'withdrawn' ),
			'completed' => array(),
			'declined'  => array(),
			'withdrawn' => array(),
		),
	);

	/**
	 * Stages in which a person's mentorship runs, per type: a mentee from acceptance to
	 * graduation (a mentor can be assigned or changed, the pair meets and logs check-ins),
	 * a mentor from approval until they complete. Matching takes its people from these.
	 *
	 * @var array<string, string[]>
	 */
	public const RUNNING = array(
		'mentee' => array( 'accepted', 'active' ),
		'mentor' => array( 'approved', 'active' ),
	);

	/**
	 * Stages after a mentorship that ended as planned, per type.
	 *
	 * @var array<string, string[]>
	 */
	public const FINISHED = array(
		'mentee' => array( 'graduated', 'placed' ),
		'mentor' => array( 'completed' ),
	);

	/**
	 * Application types.
	 *
	 * @return string[]
	 */
	public static function types(): array {
		return array_keys( self::MOVES );
	}

	/**
	 * Every stage of a type, in pipeline order.
	 *
	 * @param string $type mentee or mentor.
	 * @return string[]
	 */
	public static function stages( string $type ): array {
		return array_keys( self::MOVES[ $type ] ?? array() );
	}

	/**
	 * Every stage of any type.
	 *
	 * @return string[]
	 */
	public static function all_stages(): array {
		$all = array();
		foreach ( self::MOVES as $moves ) {
			$all = array_merge( $all, array_keys( $moves ) );
		}
		return array_values( array_unique( $all ) );
	}

	/**
	 * The stages a type may move to from a stage.
	 *
	 * @param string $type Type.
	 * @param string $from Current stage.
	 * @return string[]
	 */
	public static function next( string $type, string $from ): array {
		return self::MOVES[ $type ][ $from ] ?? array();
	}

	/**
	 * Whether a move is legal.
	 *
	 * @param string $type Type.
	 * @param string $from Current stage.
	 * @param string $to   Target stage.
	 * @return bool
	 */
	public static function can_move( string $type, string $from, string $to ): bool {
		return in_array( $to, self::next( $type, $from ), true );
	}

	/**
	 * The way through the pipeline as planned, in order: no waiting list, no way out.
	 *
	 * @since 0.4.0
	 *
	 * @param string $type Type.
	 * @return string[]
	 */
	public static function path( string $type ): array {
		return array_merge( array( 'submitted', 'in_review' ), self::admitted( $type ) );
	}

	/**
	 * Stages from acceptance (or a mentor's approval) on, as planned: the mentorship runs
	 * or ran, so its records stay the person's to read.
	 *
	 * @since 0.4.0
	 *
	 * @param string $type Type.
	 * @return string[]
	 */
	public static function admitted( string $type ): array {
		return array_merge( self::RUNNING[ $type ] ?? array(), self::FINISHED[ $type ] ?? array() );
	}

	/**
	 * Stages where the person can still withdraw (open stages).
	 *
	 * @param string $type Type.
	 * @return string[]
	 */
	public static function open_stages( string $type ): array {
		$open = array();
		foreach ( self::MOVES[ $type ] ?? array() as $stage => $targets ) {
			if ( in_array( 'withdrawn', $targets, true ) ) {
				$open[] = $stage;
			}
		}
		return $open;
	}

	/**
	 * Stages with no way out.
	 *
	 * @param string $type Type.
	 * @return string[]
	 */
	public static function final_stages( string $type ): array {
		return array_keys( array_filter( self::MOVES[ $type ] ?? array(), static fn( $t ) => array() === $t ) );
	}

	/**
	 * The post status that stores a stage.
	 *
	 * @param string $stage Stage.
	 * @return string
	 */
	public static function to_status( string $stage ): string {
		return self::STATUS_PREFIX . $stage;
	}

	/**
	 * The stage a post status stores, or '' when it is not one of ours.
	 *
	 * @param string $status Post status.
	 * @return string
	 */
	public static function from_status( string $status ): string {
		if ( 0 !== strpos( $status, self::STATUS_PREFIX ) ) {
			return '';
		}
		$stage = substr( $status, strlen( self::STATUS_PREFIX ) );
		return in_array( $stage, self::all_stages(), true ) ? $stage : '';
	}

	/**
	 * Human label of a stage.
	 *
	 * @param string $stage Stage.
	 * @return string
	 */
	public static function label( string $stage ): string {
		$labels = array(
			'submitted'  => __( 'Submitted', 'mentorship-program' ),
			'in_review'  => __( 'In review', 'mentorship-program' ),
			'accepted'   => __( 'Accepted', 'mentorship-program' ),
			'waitlisted' => __( 'Waitlisted', 'mentorship-program' ),
			'declined'   => __( 'Declined', 'mentorship-program' ),
			'active'     => __( 'Active', 'mentorship-program' ),
			'graduated'  => __( 'Graduated', 'mentorship-program' ),
			'placed'     => __( 'Placed with a team', 'mentorship-program' ),
			'withdrawn'  => __( 'Withdrawn', 'mentorship-program' ),
			'approved'   => __( 'Approved', 'mentorship-program' ),
			'completed'  => __( 'Completed', 'mentorship-program' ),
		);
		return $labels[ $stage ] ?? $stage;
	}

	/**
	 * What a stage means for the applicant and what comes next.
	 *
	 * @param string $type  Type.
	 * @param string $stage Stage.
	 * @return string
	 */
	public static function explanation( string $type, string $stage ): string {
		$texts = array(
			'submitted'  => __( 'We have your application. A coordinator will start reviewing it soon.', 'mentorship-program' ),
			'in_review'  => __( 'A coordinator is reviewing your application. You will hear from us when a decision is made.', 'mentorship-program' ),
			'accepted'   => __( 'You are in! Next, you will be matched with a mentor before the cohort starts.', 'mentorship-program' ),
			'waitlisted' => __( 'The cohort is full for now. You keep your place on the waiting list and may be offered a seat or a later cohort.', 'mentorship-program' ),
			'declined'   => __( 'We could not offer you a place this time. You are welcome to apply to a later cohort.', 'mentorship-program' ),
			'active'     => ( 'mentor' === $type )
				? __( 'You are mentoring in a running cohort. Thank you!', 'mentorship-program' )
				: __( 'Your cohort is running. Meet your mentor and join the sessions.', 'mentorship-program' ),
			'graduated'  => __( 'Congratulations, you graduated! Next, you will be introduced to a contributor team.', 'mentorship-program' ),
			'placed'     => __( 'You have joined a contributor team. Welcome aboard!', 'mentorship-program' ),
			'withdrawn'  => __( 'This application was withdrawn.', 'mentorship-program' ),
			'approved'   => __( 'You are approved as a mentor. You will be matched with mentees before the cohort starts.', 'mentorship-program' ),
			'completed'  => __( 'You completed mentoring this cohort. Thank you!', 'mentorship-program' ),
		);
		return $texts[ $stage ] ?? '';
	}
}
