<?php
/**
 * The number ranges the admin forms offer are the ones their routes accept.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Tests\Applications;

use Mentorship_Program\Applications\Program_Rules;
use Mentorship_Program\Tests\Fixtures;
use Mentorship_Program\Tests\TestCase;

/**
 * Each limit sent to the admin app, tried on its real route at both ends and one past.
 */
final class Program_Rules_Test extends TestCase {

	use Fixtures;

	public function test_every_form_limit_is_what_its_route_accepts_and_one_more_is_refused(): void {
		$this->as_coordinator();
		$cohort = (int) $this->rest( 'POST', '/mentorship/v1/cohorts', array( 'name' => 'Limits' ) )->get_data()['id'];
		$routes = array(
			'stale_days'        => array( 'PATCH', '/mentorship/v1/cohorts/' . $cohort, static fn( int $n ): array => array( 'stale_days' => $n ) ),
			'session_duration'  => array(
				'PATCH',
				'/mentorship/v1/cohorts/' . $cohort,
				static fn( int $n ): array => array(
					'schedule' => array(
						'rule'     => 'weekly',
						'weekday'  => 4,
						'times'    => array( '12:00' ),
						'duration' => $n,
					),
				),
			),
			'session_hours'     => array( 'PATCH', '/mentorship/v1/nudges/cohorts/' . $cohort, static fn( int $n ): array => array( 'session_hours' => $n ) ),
			'min_sessions'      => array( 'PATCH', '/mentorship/v1/cohorts/' . $cohort . '/graduation-criteria', static fn( int $n ): array => array( 'min_sessions' => $n ) ),
			'rate_limit_count'  => array( 'POST', '/mentorship/v1/settings', static fn( int $n ): array => array( 'rate_limit_count' => $n ) ),
			'rate_limit_window' => array( 'POST', '/mentorship/v1/settings', static fn( int $n ): array => array( 'rate_limit_window' => $n ) ),
			'retention_days'    => array( 'POST', '/mentorship/v1/settings', static fn( int $n ): array => array( 'retention_days' => $n ) ),
			'nudge_weekly_cap'  => array( 'POST', '/mentorship/v1/settings', static fn( int $n ): array => array( 'nudge_weekly_cap' => $n ) ),
		);
		$limits = Program_Rules::for_client()['limits'];
		$this->assertSame( array_keys( $routes ), array_keys( $limits ), 'every limit is tried' );
		foreach ( $routes as $name => list( $method, $route, $body ) ) {
			$range = $limits[ $name ];
			$this->assertLessThan( $range['max'], $range['min'], $name );
			foreach ( array( $range['min'], $range['max'] ) as $fits ) {
				$this->assertSame( 200, $this->rest( $method, $route, $body( $fits ) )->get_status(), "{$name} = {$fits} is accepted" );
			}
			foreach ( array( $range['min'] - 1, $range['max'] + 1 ) as $past ) {
				$this->assertErrorResponse( 400, $this->rest( $method, $route, $body( $past ) ), null );
			}
		}
	}
}
