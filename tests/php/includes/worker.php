<?php
/**
 * A separate PHP process acting on the test database at a given instant, so tests can
 * make real concurrent requests race each other.
 *
 * Usage: php worker.php <start-microtime> assign <mentee> <mentor>
 *        php worker.php <start-microtime> apply <cohort> <email>
 *        php worker.php <start-microtime> reassign <mentee> <to-mentor> <expected-mentor> <user>
 *        php worker.php <start-microtime> shuffle <seed> <mentee,…> <mentor,…>
 *        php worker.php <start-microtime> apply-many <cohort> <email-prefix> <count>
 *
 * @package Mentorship_Program
 */

require __DIR__ . '/config.php';
require __DIR__ . '/load-wordpress.php';

$mentorship_start = (float) $argv[1];
while ( microtime( true ) < $mentorship_start ) {
	usleep( 500 );
}
switch ( $argv[2] ) {
	case 'assign':
		$mentorship_result = \Mentorship_Program\Cohorts\Assignments::assign( (int) $argv[3], (int) $argv[4], 'one-to-one', false );
		break;
	case 'reassign':
		// Coordinator $argv[6] moves mentee $argv[3] from mentor $argv[5] to mentor $argv[4].
		wp_set_current_user( (int) $argv[6] );
		$mentorship_result = \Mentorship_Program\Reassignment\Reassignment::reassign(
			(int) $argv[3],
			array(
				'mentor'          => (int) $argv[4],
				'expected_mentor' => (int) $argv[5],
			),
			(int) $argv[6]
		);
		$mentorship_result = is_wp_error( $mentorship_result ) ? $mentorship_result : true;
		break;
	case 'apply':
		$mentorship_result = \Mentorship_Program\Applications\Applications::create(
			'mentee',
			array(
				'name'            => 'Racer',
				'email'           => $argv[4],
				'timezone'        => 'UTC',
				'languages'       => array( 'en' ),
				'experience'      => 'new',
				'goals'           => 'Race.',
				'hours_per_week'  => 2,
				'format'          => 'any',
				'consent_coc'     => true,
				'consent_privacy' => true,
			),
			(int) $argv[3]
		);
		break;
	case 'apply-many':
		// Several new applications one after the other, while other workers move people:
		// the kept counts of new applications race the counts of moves.
		$mentorship_teams = array( 'core', 'docs', 'polyglots', 'design', 'test' );
		$mentorship_langs = array( 'en', 'pt', 'es', 'de' );
		for ( $mentorship_i = 0; $mentorship_i < (int) $argv[5]; $mentorship_i++ ) {
			$mentorship_type = 0 === $mentorship_i % 3 ? 'mentor' : 'mentee';
			$mentorship_made = \Mentorship_Program\Applications\Applications::create(
				$mentorship_type,
				array(
					'name'            => 'Newcomer ' . $mentorship_i,
					'email'           => $argv[4] . '-' . $mentorship_i . '@example.com',
					'timezone'        => 'UTC',
					'languages'       => array( $mentorship_langs[ $mentorship_i % 4 ], 'en' ),
					'teams'           => array( $mentorship_teams[ $mentorship_i % 5 ] ),
					'region'          => 'Region ' . ( $mentorship_i % 2 ),
					'consent_coc'     => true,
					'consent_privacy' => true,
				) + ( 'mentor' === $mentorship_type
					? array(
						'motivation' => 'Race.',
						'capacity'   => 2,
						'formats'    => array( 'one-to-one' ),
					)
					: array(
						'experience'     => 'new',
						'goals'          => 'Race.',
						'hours_per_week' => 2,
						'format'         => 'any',
					) ),
				(int) $argv[3]
			);
			if ( is_wp_error( $mentorship_made ) ) {
				break;
			}
			wp_cache_flush_runtime();
		}
		$mentorship_result = is_wp_error( $mentorship_made ) ? $mentorship_made : true;
		break;
	case 'shuffle':
		// Random legal moves, assignments and unassignments on shared applications, so
		// several workers change the same people at the same time.
		mt_srand( (int) $argv[3] );
		$mentorship_mentees = array_map( 'intval', explode( ',', $argv[4] ) );
		$mentorship_mentors = array_map( 'intval', explode( ',', $argv[5] ) );
		$mentorship_all     = array_merge( $mentorship_mentees, $mentorship_mentors );
		for ( $mentorship_i = 0; $mentorship_i < 25; $mentorship_i++ ) {
			$mentorship_roll = mt_rand( 0, 9 );
			if ( $mentorship_roll < 6 ) {
				$mentorship_app = \Mentorship_Program\Applications\Applications::get( $mentorship_all[ mt_rand( 0, count( $mentorship_all ) - 1 ) ] );
				$mentorship_to  = $mentorship_app ? \Mentorship_Program\Applications\Stages::next( $mentorship_app['type'], $mentorship_app['stage'] ) : array();
				$mentorship_to  = array_values( array_diff( $mentorship_to, array( 'placed' ) ) );
				if ( $mentorship_to ) {
					\Mentorship_Program\Applications\Applications::transition( (int) $mentorship_app['id'], $mentorship_to[ mt_rand( 0, count( $mentorship_to ) - 1 ) ], array( 'allow_unassigned' => true ) );
				}
			} elseif ( $mentorship_roll < 9 ) {
				\Mentorship_Program\Cohorts\Assignments::assign( $mentorship_mentees[ mt_rand( 0, count( $mentorship_mentees ) - 1 ) ], $mentorship_mentors[ mt_rand( 0, count( $mentorship_mentors ) - 1 ) ], 'one-to-one', false );
			} else {
				\Mentorship_Program\Cohorts\Assignments::unassign( $mentorship_mentees[ mt_rand( 0, count( $mentorship_mentees ) - 1 ) ] );
			}
			wp_cache_flush_runtime();
		}
		$mentorship_result = true;
		break;
	default:
		$mentorship_result = new WP_Error( 'unknown_action' );
}
echo is_wp_error( $mentorship_result ) ? $mentorship_result->get_error_code() : 'ok';
