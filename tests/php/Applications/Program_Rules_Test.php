<?php
/**
 * The number ranges and text lengths the admin forms offer are the ones their routes accept.
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
			'capacity'          => array( 'PATCH', '/mentorship/v1/cohorts/' . $cohort, static fn( int $n ): array => array( 'capacity' => $n ) ),
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

	public function test_every_text_length_is_what_its_route_takes_and_one_more_is_refused_by_name(): void {
		$editor      = $this->create_user( 'editor' );
		$coordinator = $this->as_coordinator();
		$cohort      = (int) $this->rest( 'POST', '/mentorship/v1/cohorts', array( 'name' => 'Lengths' ) )->get_data()['id'];
		$team        = (int) $this->rest( 'POST', '/mentorship/v1/teams', array( 'name' => 'Lengths team' ) )->get_data()['id'];
		$mentee      = (int) $this->make_application( 'mentee', $cohort )['id'];
		$template    = (string) array_key_first( \Mentorship_Program\Notifications\Mail_Templates::defaults() );
		$text        = static fn( int $n ): string => str_repeat( 'a', $n );
		$session     = static fn( int $n ): array => array(
			'schedule' => array(
				'rule'     => 'weekly',
				'weekday'  => 4,
				'times'    => array( '12:00' ),
				'duration' => 60,
				'title'    => str_repeat( 'a', $n ),
			),
		);
		// A draft story with the given meta.
		$story     = static fn( callable $meta ): callable => static fn( int $n ): array => array(
			'title'  => 'Limits story',
			'status' => 'draft',
			'meta'   => $meta( $n ),
		);
		$milestone = static fn( string $label ): array => array(
			'date'  => '2024-01-01',
			'label' => $label,
			'kind'  => 'other',
		);
		// Name => method, route, body for a text of n characters, the parameter an error names,
		// and whether the route takes the longest text (some need a state this test does not build).
		$routes  = array(
			'cohort_name'        => array( 'PATCH', '/mentorship/v1/cohorts/' . $cohort, static fn( int $n ): array => array( 'name' => $text( $n ) ), 'name', true ),
			'cohort_description' => array( 'PATCH', '/mentorship/v1/cohorts/' . $cohort, static fn( int $n ): array => array( 'description' => $text( $n ) ), 'description', true ),
			'session_title'      => array( 'PATCH', '/mentorship/v1/cohorts/' . $cohort, $session, 'schedule', true ),
			'channel_url'        => array( 'PATCH', '/mentorship/v1/cohorts/' . $cohort, static fn( int $n ): array => array( 'channel_url' => 'https://' . $text( $n - 8 ) ), 'channel_url', true ),
			'team_name'          => array( 'PATCH', '/mentorship/v1/teams/' . $team, static fn( int $n ): array => array( 'name' => $text( $n ) ), 'name', true ),
			'team_summary'       => array( 'PATCH', '/mentorship/v1/teams/' . $team, static fn( int $n ): array => array( 'summary' => $text( $n ) ), 'summary', true ),
			'mail_subject'       => array( 'POST', '/mentorship/v1/settings', static fn( int $n ): array => array( 'mail_templates' => array( $template => array( 'subject' => $text( $n ) ) ) ), 'mail_templates', true ),
			'mail_body'          => array( 'POST', '/mentorship/v1/settings', static fn( int $n ): array => array( 'mail_templates' => array( $template => array( 'body' => $text( $n ) ) ) ), 'mail_templates', true ),
			'move_note'          => array(
				'POST',
				'/mentorship/v1/applications/' . $mentee . '/transitions',
				static fn( int $n ): array => array(
					'to'   => 'in_review',
					'note' => $text( $n ),
				),
				'note',
				true,
			),
			'review_note'        => array( 'POST', '/mentorship/v1/applications/' . $mentee . '/notes', static fn( int $n ): array => array( 'note' => $text( $n ) ), 'note', true ),
			'reassign_reason'    => array(
				'POST',
				'/mentorship/v1/mentees/' . $mentee . '/reassign',
				static fn( int $n ): array => array(
					'mentor'          => 1,
					'expected_mentor' => 0,
					'reason'          => $text( $n ),
				),
				'reason',
				false,
			),
			'revoke_reason'      => array( 'POST', '/mentorship/v1/graduation/' . $mentee . '/certificate/revoke', static fn( int $n ): array => array( 'reason' => $text( $n ) ), 'reason', false ),
			'story_name'         => array( 'POST', '/wp/v2/' . \Mentorship_Program\Stories\Story_Post_Type::REST_BASE, $story( static fn( int $n ): array => array( 'contributor_name' => $text( $n ) ) ), 'meta.contributor_name', true ),
			'story_username'     => array( 'POST', '/wp/v2/' . \Mentorship_Program\Stories\Story_Post_Type::REST_BASE, $story( static fn( int $n ): array => array( 'wporg_username' => $text( $n ) ) ), 'meta.wporg_username', true ),
			'story_location'     => array( 'POST', '/wp/v2/' . \Mentorship_Program\Stories\Story_Post_Type::REST_BASE, $story( static fn( int $n ): array => array( 'location' => $text( $n ) ) ), 'meta.location', true ),
			'story_milestone'    => array( 'POST', '/wp/v2/' . \Mentorship_Program\Stories\Story_Post_Type::REST_BASE, $story( static fn( int $n ): array => array( 'milestones' => array( $milestone( $text( $n ) ) ) ) ), 'meta.milestones', true ),
		);
		$lengths = Program_Rules::for_client()['lengths'];
		$this->assertSame( array_keys( $routes ), array_keys( $lengths ), 'every length is tried' );
		$named = static fn( \WP_REST_Response $response ): array => array_keys( (array) ( $response->get_data()['data']['params'] ?? array() ) );
		foreach ( $routes as $name => list( $method, $route, $body, $param, $takes ) ) {
			// Editors write stories; coordinators run the program.
			wp_set_current_user( str_contains( $route, \Mentorship_Program\Stories\Story_Post_Type::REST_BASE ) ? $editor : $coordinator );
			$length = $lengths[ $name ];
			$this->assertGreaterThan( 8, $length, $name );
			$fits = $this->rest( $method, $route, $body( $length ) );
			if ( $takes ) {
				$this->assertLessThan( 300, $fits->get_status(), "{$name}: {$length} characters are taken " . wp_json_encode( $fits->get_data() ) );
			} else {
				$this->assertNotContains( $param, $named( $fits ), "{$name}: {$length} characters are not refused" );
			}
			$past = $this->rest( $method, $route, $body( $length + 1 ) );
			$this->assertErrorResponse( 400, $past, null );
			$this->assertContains( $param, $named( $past ), "{$name}: one character more is refused by name " . wp_json_encode( $past->get_data() ) );
		}
	}

	public function test_every_list_count_is_what_its_route_takes_and_one_more_is_refused(): void {
		wp_set_current_user( $this->create_user( 'editor' ) );
		$story  = static fn( array $meta ): array => array(
			'title'  => 'Counts story',
			'status' => 'draft',
			'meta'   => $meta,
		);
		$routes = array(
			'story_languages'  => static fn( int $n ): array => $story( array( 'languages' => array_fill( 0, $n, 'en' ) ) ),
			'story_milestones' => static fn( int $n ): array => $story(
				array(
					'milestones' => array_fill(
						0,
						$n,
						array(
							'date'  => '2024-01-01',
							'label' => 'A step',
							'kind'  => 'other',
						)
					),
				)
			),
		);
		$counts = Program_Rules::for_client()['counts'];
		$this->assertSame( array_keys( $routes ), array_keys( $counts ), 'every count is tried' );
		foreach ( $routes as $name => $body ) {
			$count = $counts[ $name ];
			$this->assertGreaterThan( 1, $count, $name );
			$fits = $this->rest( 'POST', '/wp/v2/' . \Mentorship_Program\Stories\Story_Post_Type::REST_BASE, $body( $count ) );
			$this->assertSame( 201, $fits->get_status(), "{$name}: {$count} items are taken " . wp_json_encode( $fits->get_data() ) );
			$this->assertErrorResponse( 400, $this->rest( 'POST', '/wp/v2/' . \Mentorship_Program\Stories\Story_Post_Type::REST_BASE, $body( $count + 1 ) ), 'rest_invalid_param' );
		}
	}

}
