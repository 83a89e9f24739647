<?php
/**
 * Bad input on every write route: 400 with a message naming the field, nothing stored.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Tests\REST;

use Mentorship_Program\Teams\Taxonomies;
use Mentorship_Program\Security\Form_Token;
use Mentorship_Program\Tests\Fixtures;
use Mentorship_Program\Tests\TestCase;

/**
 * Each case: a route, a body, and the field the error must name.
 */
final class Bad_Input_Test extends TestCase {

	use Fixtures;

	public function test_public_submit_rejects_each_bad_field(): void {
		$this->make_cohort();
		\Mentorship_Program\Settings\Settings::update( array( 'rate_limit_count' => 1000 ) );
		$long  = str_repeat( 'x', 2001 );
		$cases = array(
			'name'            => array( 'name' => '' ),
			'email'           => array( 'email' => 'not-an-email' ),
			'timezone'        => array( 'timezone' => 'Mars/Olympus_Mons' ),
			'languages'       => array( 'languages' => 'en' ),
			'teams'           => array( 'teams' => array( 'no-such-team' ) ),
			'goals'           => array( 'goals' => $long ),
			'hours_per_week'  => array( 'hours_per_week' => 'many' ),
			'format'          => array( 'format' => 'telepathy' ),
			'experience'      => array( 'experience' => array( 'new' ) ),
			'consent_coc'     => array( 'consent_coc' => false ),
			'consent_privacy' => array( 'consent_privacy' => null ),
			'availability'    => array( 'availability' => array( array( 'day' => 9, 'start' => '25:00', 'end' => '01:00' ) ) ),
			'contribution_links' => array( 'contribution_links' => array( 'javascript:alert(1)' ) ),
			'favourite_color' => array( 'favourite_color' => 'blue' ),
			'capacity'        => array( 'capacity' => 3 ),
			'type'            => array( 'type' => 'sponsor' ),
			'wporg_username'  => array( 'wporg_username' => '<script>' ),
		);
		$before = $this->snapshot();
		foreach ( $cases as $field => $change ) {
			$body     = array_merge( array( 'type' => 'mentee', 'token' => Form_Token::issue() ), $this->values(), $change );
			$response = $this->rest( 'POST', '/mentorship/v1/applications', $body );
			$this->assertSame( 400, $response->get_status(), $field . ': ' . wp_json_encode( $response->get_data() ) );
			$data = $response->get_data();
			$this->assertArrayHasKey( $field, $data['data']['params'], $field . ': ' . wp_json_encode( $data ) );
			$this->assertStringContainsString( $field, $data['message'] );
		}
		$missing = array_merge( array( 'type' => 'mentee', 'token' => Form_Token::issue() ), $this->values() );
		unset( $missing['goals'], $missing['timezone'] );
		$data = $this->rest( 'POST', '/mentorship/v1/applications', $missing )->get_data();
		$this->assertEqualsCanonicalizing( array( 'goals', 'timezone' ), array_keys( $data['data']['params'] ) );
		$this->assertSame( $before, $this->snapshot(), 'Nothing was stored.' );
	}

	public function test_reviewer_write_routes_reject_bad_input_and_store_nothing(): void {
		$cohort = $this->make_cohort();
		$app    = $this->make_application( 'mentee', $cohort['id'], array( 'in_review', 'accepted' ) );
		$mentor = $this->make_application( 'mentor', $cohort['id'], array( 'in_review', 'approved' ) );
		$team   = get_term_by( 'slug', 'core', Taxonomies::TEAM );
		$this->as_coordinator();
		$a     = '/mentorship/v1/applications/' . $app['id'];
		$c     = '/mentorship/v1/cohorts/' . $cohort['id'];
		$cases = array(
			array( 'PATCH', $a, array( 'timezone' => 'Nowhere/Land' ), 'timezone' ),
			array( 'PATCH', $a, array( 'goals' => str_repeat( 'g', 3000 ) ), 'goals' ),
			array( 'PATCH', $a, array( 'goals' => '' ), 'goals' ),
			array( 'PATCH', $a, array( 'stage' => 'placed' ), 'stage' ),
			array( 'PATCH', $a, array( 'capacity' => 3 ), 'capacity' ),
			array( 'POST', $a . '/transitions', array( 'to' => 'heaven' ), 'to' ),
			array( 'POST', $a . '/transitions', array( 'to' => 'active', 'extra' => 1 ), 'extra' ),
			array( 'POST', $a . '/notes', array( 'note' => array( 'x' ) ), 'note' ),
			array( 'POST', $a . '/notes', array( 'note' => 'ok', 'rating' => 9 ), 'rating' ),
			array( 'POST', '/mentorship/v1/applications/batch', array( 'ids' => 'all', 'to' => 'accepted' ), 'ids' ),
			array( 'POST', '/mentorship/v1/applications/batch', array( 'ids' => array( $app['id'] ) ), 'to' ),
			array( 'POST', '/mentorship/v1/cohorts', array( 'name' => '' ), 'name' ),
			array( 'POST', '/mentorship/v1/cohorts', array( 'name' => 'X', 'starts_on' => '2026-02-30' ), 'starts_on' ),
			array( 'POST', '/mentorship/v1/cohorts', array( 'name' => 'X', 'opens_at' => '2026-05-01T00:00:00Z', 'closes_at' => '2026-04-01T00:00:00Z' ), 'closes_at' ),
			array( 'POST', '/mentorship/v1/cohorts', array( 'name' => 'X', 'schedule' => array( 'rule' => 'monthly', 'weekday' => 4, 'times' => array( '12:00' ) ) ), 'schedule' ),
			array( 'POST', '/mentorship/v1/cohorts', array( 'name' => 'X', 'capacity' => -1 ), 'capacity' ),
			array( 'POST', '/mentorship/v1/cohorts', array( 'name' => 'X', 'channel_url' => 'javascript:alert(1)' ), 'channel_url' ),
			array( 'PATCH', $c, array( 'tracks' => array( 'solo' ) ), 'tracks' ),
			array( 'POST', $c . '/assignments', array( 'mentee' => $app['id'] ), 'mentor' ),
			array( 'POST', $c . '/assignments', array( 'mentee' => $app['id'], 'mentor' => $app['id'] ), 'mentor' ),
			array( 'POST', $c . '/assignments', array( 'mentee' => $app['id'], 'mentor' => $mentor['id'], 'track' => 'solo' ), 'track' ),
			array( 'POST', '/mentorship/v1/teams', array( 'name' => '' ), 'name' ),
			array( 'PATCH', '/mentorship/v1/teams/' . $team->term_id, array( 'handbook_url' => 'ftp://x' ), 'handbook_url' ),
			array( 'PATCH', '/mentorship/v1/settings', array( 'retention_days' => 'forever' ), 'retention_days' ),
			array( 'PATCH', '/mentorship/v1/settings', array( 'hidden_fields' => array( 'email' ) ), 'hidden_fields' ),
			array( 'PATCH', '/mentorship/v1/settings', array( 'mail_templates' => array( 'accepted' => array( 'subject' => str_repeat( 's', 300 ) ) ) ), 'mail_templates' ),
			array( 'PATCH', '/mentorship/v1/settings', array( 'unknown_setting' => true ), 'unknown_setting' ),
		);
		foreach ( $cases as list( $method, $route, $body, $field ) ) {
			$before   = $this->snapshot();
			$response = $this->rest( $method, $route, $body );
			$label    = "$method $route " . wp_json_encode( $body );
			$this->assertSame( 400, $response->get_status(), $label . ' → ' . wp_json_encode( $response->get_data() ) );
			$data = $response->get_data();
			$params = (array) ( $data['data']['params'] ?? array() );
			$this->assertTrue( array_key_exists( $field, $params ) || in_array( $field, $params, true ), $label . ' → ' . wp_json_encode( $data ) );
			$this->assertStringContainsString( $field, $data['message'] );
			$this->assertSame( $before, $this->snapshot(), $label . ' stored something.' );
		}
	}

	public function test_a_json_null_for_a_field_that_cannot_be_null_is_refused_on_every_write_route(): void {
		$cohort = $this->make_cohort();
		$app    = $this->make_application( 'mentee', $cohort['id'], array( 'in_review', 'accepted' ) );
		$team   = get_term_by( 'slug', 'core', Taxonomies::TEAM );
		$this->as_coordinator();
		$ids     = array(
			'applications' => $app['id'],
			'cohorts'      => $cohort['id'],
			'teams'        => $team->term_id,
		);
		$checked = 0;
		foreach ( rest_get_server()->get_routes( 'mentorship/v1' ) as $route => $handlers ) {
			$path = preg_replace_callback(
				'#/(\w+)/\(\?P<id>[^)]+\)#',
				static fn( $m ) => '/' . $m[1] . '/' . ( $ids[ $m[1] ] ?? 1 ),
				$route
			);
			foreach ( $handlers as $handler ) {
				$methods = array_keys( array_filter( (array) $handler['methods'] ) );
				$method  = array_values( array_diff( $methods, array( 'GET', 'HEAD', 'PUT' ) ) )[0] ?? '';
				if ( '' === $method || 'DELETE' === $method ) {
					continue;
				}
				foreach ( (array) ( $handler['args'] ?? array() ) as $name => $arg ) {
					if ( 'id' === $name || ! isset( $arg['type'] ) || in_array( 'null', (array) $arg['type'], true ) ) {
						continue;
					}
					$before   = $this->snapshot();
					$response = $this->rest( $method, $path, array( $name => null ) );
					$label    = "$method $path {\"$name\": null}";
					$this->assertSame( 400, $response->get_status(), $label . ' → ' . wp_json_encode( $response->get_data() ) );
					$params = (array) ( $response->get_data()['data']['params'] ?? array() );
					$others = array_diff( array_keys( array_filter( (array) $handler['args'], static fn( $a ) => ! empty( $a['required'] ) ) ), array( $name, 'id' ) );
					if ( ! $others ) {
						// A required parameter sent as null is "missing" to WordPress, which lists it.
						$this->assertTrue( array_key_exists( $name, $params ) || in_array( $name, $params, true ), $label . ' names the field: ' . wp_json_encode( $params ) );
					}
					$this->assertSame( $before, $this->snapshot(), $label . ' stored something.' );
					++$checked;
				}
			}
		}
		fwrite( STDERR, "\n  JSON null refused for $checked route parameters" ); // phpcs:ignore WordPress.WP.AlternativeFunctions.file_system_operations_fwrite
		$this->assertGreaterThan( 40, $checked );

		$cleared = $this->rest( 'PATCH', '/mentorship/v1/cohorts/' . $cohort['id'], array( 'opens_at' => null, 'closes_at' => null ) );
		$this->assertSame( 200, $cleared->get_status(), 'A nullable field may still be cleared with null.' );
		$this->assertNull( $cleared->get_data()['opens_at'] );
	}
}
