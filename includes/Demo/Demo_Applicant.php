<?php
/**
 * Demo applicants: an accepted mentee or an approved mentor, made the way real ones are.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Demo;

defined( 'ABSPATH' ) || exit;

use Mentorship_Program\Applications\Applications;
use Mentorship_Program\Applications\Submission;
use Mentorship_Program\Applications\Submission_Context;
use Mentorship_Program\Applications\Submitted;

/**
 * One home for how demo people are made: submitted through the real submission path
 * (so every rule and hook applies) and moved through their stages. The running-cohort
 * and survey demos seed the same docs contributor who speaks English, accepted or
 * approved.
 *
 * @since 0.3.0
 */
final class Demo_Applicant {

	/**
	 * Submits an accepted mentee or an approved mentor of a cohort.
	 *
	 * @since 0.3.0
	 *
	 * @param string $type     mentee or mentor.
	 * @param string $name     Name.
	 * @param string $chat     Chat and WordPress.org handle.
	 * @param string $email    E-mail address.
	 * @param string $timezone Time zone.
	 * @param int    $cohort   Cohort.
	 * @param int    $user     Linked user, or 0.
	 * @param int    $capacity Mentor capacity.
	 * @return int Application ID, or 0.
	 */
	public static function admitted( string $type, string $name, string $chat, string $email, string $timezone, int $cohort, int $user = 0, int $capacity = 2 ): int {
		$values  = array(
			'name'            => $name,
			'email'           => $email,
			'slack_username'  => $chat,
			'wporg_username'  => $chat,
			'timezone'        => $timezone,
			'languages'       => array( 'en' ),
			'teams'           => array( 'docs' ),
			'consent_coc'     => true,
			'consent_privacy' => true,
		);
		$values += 'mentor' === $type
			? array(
				'formats'            => array( 'one-to-one', 'cohort-group' ),
				'capacity'           => $capacity,
				'years_contributing' => 4,
				'motivation'         => __( 'I want to give back the help I got when I started.', 'mentorship-program' ),
			)
			: array(
				'experience'     => 'user',
				'goals'          => __( 'Make my first contribution.', 'mentorship-program' ),
				'hours_per_week' => 4,
				'format'         => 'any',
			);
		return self::submit(
			$type,
			$values,
			Submission_Context::seed( $cohort, $user ),
			'mentor' === $type ? array( 'in_review', 'approved' ) : array( 'in_review', 'accepted' ),
			array( 'allow_unassigned' => true )
		);
	}

	/**
	 * Submits a demo application through the real submission path (every check and
	 * hook applies) and walks it through the given stages.
	 *
	 * @since 0.3.0
	 *
	 * @param string               $type    mentee or mentor.
	 * @param array<string, mixed> $values  Field values.
	 * @param Submission_Context   $context The seed context of the cohort.
	 * @param string[]             $path    Stages after "submitted".
	 * @param array<string, mixed> $args    Arguments of each move (see Applications::transition()).
	 * @return int Application ID, or 0 when the submission was refused.
	 */
	public static function submit( string $type, array $values, Submission_Context $context, array $path, array $args = array() ): int {
		$created = Submission::submit( $type, Submission::applicable( $type, $values ), $context );
		if ( ! $created instanceof Submitted || ! $created->application ) {
			return 0;
		}
		$id = (int) $created->application['id'];
		foreach ( $path as $stage ) {
			Applications::transition( $id, $stage, $args );
		}
		return $id;
	}
}
