<?php
/**
 * A separate PHP process acting on the test database at a given instant, so tests can
 * make real concurrent requests race each other.
 *
 * Usage: php worker.php <start-microtime> assign <mentee> <mentor>
 *        php worker.php <start-microtime> apply <cohort> <email>
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
		$mentorship_result = \Mentorship_Program\Domain\Assignments::assign( (int) $argv[3], (int) $argv[4], 'one-to-one', false );
		break;
	case 'apply':
		$mentorship_result = \Mentorship_Program\Domain\Applications::create(
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
	default:
		$mentorship_result = new WP_Error( 'unknown_action' );
}
echo is_wp_error( $mentorship_result ) ? $mentorship_result->get_error_code() : 'ok';
