<?php
/**
 * The cohort's "days without a check-in" field through the cohort REST resource.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Tests\Mentorship;

use Mentorship_Program\Mentorship\Attention;
use Mentorship_Program\Nudges\Nudges;
use Mentorship_Program\Tests\Fixtures;
use Mentorship_Program\Tests\TestCase;

/**
 * Real routes, real term meta, the real read model's setting.
 */
final class Stale_Days_Field_Test extends TestCase {

	use Fixtures;

	public function test_the_cohort_resource_reads_and_writes_the_quiet_days(): void {
		$this->as_coordinator();
		$created = $this->rest(
			'POST',
			'/mentorship/v1/cohorts',
			array(
				'name'       => 'Quiet days',
				'stale_days' => 10,
			)
		);
		$this->assertSame( 201, $created->get_status(), wp_json_encode( $created->get_data() ) );
		$id = (int) $created->get_data()['id'];
		$this->assertSame( 10, $created->get_data()['stale_days'] );
		$this->assertSame( 10, Attention::stale_days( $id ) );

		$this->assertSame( 21, $this->rest( 'PATCH', '/mentorship/v1/cohorts/' . $id, array( 'stale_days' => 21 ) )->get_data()['stale_days'] );
		$this->assertSame( 21, $this->rest( 'GET', '/mentorship/v1/cohorts/' . $id )->get_data()['stale_days'] );

		// Zero goes back to the default.
		$this->assertSame( Attention::DEFAULT_STALE_DAYS, $this->rest( 'PATCH', '/mentorship/v1/cohorts/' . $id, array( 'stale_days' => 0 ) )->get_data()['stale_days'] );
		$this->assertSame( '', get_term_meta( $id, Attention::STALE_DAYS_META, true ) );
	}

	public function test_bad_quiet_days_are_a_400_naming_the_field_and_nothing_is_stored(): void {
		$this->as_coordinator();
		$id = (int) $this->rest(
			'POST',
			'/mentorship/v1/cohorts',
			array(
				'name'       => 'Quiet days 2',
				'stale_days' => 9,
			)
		)->get_data()['id'];
		foreach ( array( 366, -1, 'ten', 2.5 ) as $bad ) {
			$before   = $this->snapshot();
			$response = $this->rest(
				'PATCH',
				'/mentorship/v1/cohorts/' . $id,
				array(
					'stale_days' => $bad,
					'capacity'   => 99,
				)
			);
			$this->assertErrorResponse( 400, $response );
			$this->assertArrayHasKey( 'stale_days', $response->get_data()['data']['params'], wp_json_encode( $bad ) );
			$this->assertSame( $before, $this->snapshot() );
			$this->assertSame( 9, Attention::stale_days( $id ) );
		}
		$created = $this->rest(
			'POST',
			'/mentorship/v1/cohorts',
			array(
				'name'       => 'Quiet days 3',
				'stale_days' => 1000,
			)
		);
		$this->assertErrorResponse( 400, $created );
		$this->assertArrayHasKey( 'stale_days', $created->get_data()['data']['params'] );
		$this->assertFalse( get_term_by( 'name', 'Quiet days 3', 'mentorship_cohort' ) );
	}

	public function test_every_route_that_takes_the_days_reads_one_rule(): void {
		$this->as_coordinator();
		$cohort = (int) $this->rest( 'POST', '/mentorship/v1/cohorts', array( 'name' => 'Quiet days 4' ) )->get_data()['id'];
		$rule   = Attention::stale_days_arg();
		ksort( $rule );
		$args = static function ( string $route, string $method, string $field ): array {
			foreach ( rest_get_server()->get_routes()[ $route ] as $endpoint ) {
				if ( ! empty( $endpoint['methods'][ $method ] ) && isset( $endpoint['args'][ $field ] ) ) {
					$arg = array_intersect_key( $endpoint['args'][ $field ], array_flip( array( 'type', 'minimum', 'maximum', 'description' ) ) );
					ksort( $arg );
					return $arg;
				}
			}
			return array();
		};
		$this->assertSame( $rule, $args( '/mentorship/v1/cohorts/(?P<id>[\\d]+)', 'PATCH', 'stale_days' ) );
		$this->assertSame( $rule, $args( '/mentorship/v1/attention/cohorts/(?P<id>[\\d]+)', 'PATCH', 'stale_days' ) );
		$this->assertSame( $rule, $args( '/mentorship/v1/nudges/cohorts/(?P<id>[\\d]+)', 'PATCH', 'quiet_days' ) );

		// The reminders' service refuses bad days itself, naming its field, and stores nothing.
		$before = Nudges::schedule( $cohort );
		$result = Nudges::set_schedule(
			$cohort,
			array(
				'quiet_days'       => Attention::MAX_STALE_DAYS + 1,
				'checkin_reminder' => ! $before['checkin_reminder'],
			)
		);
		$this->assertInstanceOf( \WP_Error::class, $result );
		$this->assertSame( array( 'quiet_days' ), array_keys( $result->get_error_data()['params'] ) );
		$this->assertSame( $before, Nudges::schedule( $cohort ) );
		$this->assertSame( 5, Nudges::set_schedule( $cohort, array( 'quiet_days' => 5 ) )['quiet_days'] );
	}
}
