<?php
/**
 * Every registered mentorship/v1 route × every kind of user: allowed or refused, and a
 * refused call leaves the database as it was.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Tests\REST;

use Mentorship_Program\Cohorts\Assignments;
use Mentorship_Program\Applications\Audit_Trail;
use Mentorship_Program\Teams\Taxonomies;
use Mentorship_Program\Mentorship\Checkins;
use Mentorship_Program\Mentorship\Goals;
use Mentorship_Program\Security\Form_Token;
use Mentorship_Program\Tests\Fixtures;
use Mentorship_Program\Tests\TestCase;

/**
 * The route list comes from the REST server, so a new route is covered automatically
 * and starts as coordinator-only until the policy below says otherwise.
 */
final class Permission_Matrix_Test extends TestCase {

	use Fixtures;

	/**
	 * Who is allowed what beyond coordinators and administrators: "METHOD route" => roles.
	 */
	private const POLICY = array(
		'POST /mentorship/v1/applications'                 => array( 'anonymous', 'subscriber', 'applicant_own', 'applicant_other', 'mentor', 'editor' ),
		'GET /mentorship/v1/me'                            => array( 'subscriber', 'applicant_own', 'applicant_other', 'mentor', 'editor' ),
		'GET /mentorship/v1/applications'                  => array( 'mentor' ),
		'GET /mentorship/v1/applications/(?P<id>[\d]+)'    => array( 'applicant_own', 'mentor' ),
		'POST /mentorship/v1/applications/(?P<id>[\d]+)/transitions' => array( 'applicant_own' ),
		'GET /mentorship/v1/applications/(?P<id>[\d]+)/notes' => array( 'mentor' ),
		'POST /mentorship/v1/applications/(?P<id>[\d]+)/notes' => array( 'mentor' ),
		'GET /mentorship/v1/cohorts'                       => array( 'mentor' ),
		'GET /mentorship/v1/cohorts/(?P<id>[\d]+)'         => array( 'mentor' ),
		'GET /mentorship/v1/cohorts/(?P<id>[\d]+)/sessions' => array( 'mentor' ),
		'GET /mentorship/v1/teams'                         => array( 'mentor' ),
		'GET /mentorship/v1/stories'                       => array( 'editor' ),
		'GET /mentorship/v1/checkins'                      => array( 'applicant_own', 'mentor' ),
		'POST /mentorship/v1/checkins'                     => array( 'mentor' ),
		'GET /mentorship/v1/checkins/(?P<id>[\d]+)'        => array( 'applicant_own', 'mentor' ),
		'POST /mentorship/v1/checkins/(?P<id>[\d]+)'       => array( 'mentor' ),
		'PATCH /mentorship/v1/checkins/(?P<id>[\d]+)'      => array( 'mentor' ),
		'GET /mentorship/v1/mentees/(?P<id>[\d]+)/goals'   => array( 'applicant_own', 'mentor' ),
		'POST /mentorship/v1/mentees/(?P<id>[\d]+)/goals'  => array( 'applicant_own' ),
		'POST /mentorship/v1/goals/(?P<id>[\d]+)'          => array( 'applicant_own' ),
		'PATCH /mentorship/v1/goals/(?P<id>[\d]+)'         => array( 'applicant_own' ),
		'GET /mentorship/v1/mentees/(?P<id>[\d]+)/mentor-history' => array( 'applicant_own' ),
		'POST /mentorship/v1/mentees/(?P<id>[\d]+)/step-back' => array( 'mentor' ),
		'POST /mentorship/v1/mentees/(?P<id>[\d]+)/mentor-request' => array( 'applicant_own' ),
		'GET /mentorship/v1/mentors/(?P<id>[\d]+)/backup'  => array( 'mentor' ),
		'POST /mentorship/v1/mentors/(?P<id>[\d]+)/backup' => array( 'mentor' ),
		'PATCH /mentorship/v1/mentors/(?P<id>[\d]+)/backup' => array( 'mentor' ),
		'GET /mentorship/v1/graduation/(?P<id>[\d]+)'      => array( 'applicant_own', 'mentor' ),
		'POST /mentorship/v1/graduation/(?P<id>[\d]+)'     => array( 'applicant_own', 'mentor' ),
		'PATCH /mentorship/v1/graduation/(?P<id>[\d]+)'    => array( 'applicant_own', 'mentor' ),
		'GET /mentorship/v1/graduation/(?P<id>[\d]+)/certificate' => array( 'applicant_own' ),
	);

	/**
	 * Routes only the owner of a qualifying record may use (a graduate sharing a story):
	 * nobody in this matrix qualifies, coordinators included. Their owners are tested
	 * with the feature.
	 */
	private const OWNER_ONLY = array(
		'POST /mentorship/v1/stories',
	);

	/**
	 * The cohort report's routes (reading them needs the review capability, the CSV also
	 * the export one): nobody but coordinators and administrators.
	 */
	private const REPORT_ROUTES = array(
		'/mentorship/v1/reports/cohorts/(?P<id>[\d]+)',
		'/mentorship/v1/reports/cohorts/(?P<id>[\d]+)/csv',
		'/mentorship/v1/reports/compare',
		'/mentorship/v1/reports/compare/csv',
	);

	/**
	 * Routes nobody may use while a site setting is off (its default): individual survey
	 * answers. Tested with the setting on with the feature.
	 */
	private const SETTING_GATED = array(
		'GET /mentorship/v1/surveys/(?P<id>[\d]+)/answers',
	);

	private const PRIVATE_NOTE = 'Private reviewer note: weak references';

	private const ROLES = array( 'anonymous', 'subscriber', 'editor', 'applicant_other', 'applicant_own', 'mentor', 'coordinator', 'administrator' );

	public function test_every_route_and_role(): void {
		$cohort = $this->make_cohort();
		$second = $this->make_cohort();
		$users  = array(
			'anonymous'       => 0,
			'subscriber'      => $this->create_user( 'subscriber' ),
			'editor'          => $this->create_user( 'editor' ),
			'applicant_own'   => $this->create_user( 'subscriber' ),
			'applicant_other' => $this->create_user( 'subscriber' ),
			'mentor'          => $this->create_user( 'subscriber' ),
			'coordinator'     => $this->create_user( 'mentorship_coordinator' ),
			'administrator'   => $this->create_user( 'administrator' ),
		);
		if ( is_multisite() ) {
			grant_super_admin( $users['administrator'] );
		}
		$target = $this->make_application( 'mentee', $cohort['id'], array( 'in_review', 'accepted' ), array(), $users['applicant_own'] );
		$this->make_application( 'mentee', $cohort['id'], array(), array(), $users['applicant_other'] );
		$mentor = $this->make_application( 'mentor', $cohort['id'], array( 'in_review', 'approved' ), array( 'capacity' => 3 ), $users['mentor'] );
		$spare  = $this->make_application( 'mentee', $cohort['id'], array( 'in_review', 'accepted' ) );
		$this->assertTrue( Assignments::assign( $target['id'], $mentor['id'] ) );
		$team = get_term_by( 'slug', 'docs', Taxonomies::TEAM );
		// Reviewers' private words about the mentee and about the mentor: no answer to
		// the mentor may carry them.
		Audit_Trail::record( $target['id'], 'note', '', '', self::PRIVATE_NOTE, 2, $users['coordinator'] );
		Audit_Trail::record( $mentor['id'], 'note', '', '', self::PRIVATE_NOTE, 1, $users['coordinator'] );
		// A check-in and a goal of the target mentee, for the routes that address one.
		$checkin = Checkins::create(
			array(
				'held_on'      => gmdate( 'Y-m-d' ),
				'kind'         => 'one-to-one',
				'mentees'      => array( $target['id'] ),
				'covered'      => 'Setup.',
				'private_note' => 'Private.',
			),
			$users['mentor']
		);
		$goal    = Goals::create( $target['id'], array( 'title' => 'First patch' ), $users['applicant_own'] );
		$this->assertIsArray( $checkin );
		$this->assertIsArray( $goal );
		// A survey of the cohort that has not opened yet, for the survey routes.
		$survey = \Mentorship_Program\Surveys\Surveys::find( $cohort['id'], 'mentee', 'end' );
		$this->assertIsArray( $survey );

		$routes = rest_get_server()->get_routes( 'mentorship/v1' );
		unset( $routes['/mentorship/v1'] );
		// The cohort report's routes are here, and so coordinator-only (none is in POLICY).
		foreach ( self::REPORT_ROUTES as $report_route ) {
			$this->assertArrayHasKey( $report_route, $routes );
			$this->assertArrayNotHasKey( 'GET ' . $report_route, self::POLICY );
		}
		$this->assertGreaterThanOrEqual( 12, count( $routes ), 'Routes found: ' . implode( ', ', array_keys( $routes ) ) );

		$checked = 0;
		foreach ( $routes as $pattern => $handlers ) {
			$id   = str_contains( $pattern, '/cohorts/' ) ? $cohort['id'] : ( str_contains( $pattern, '/teams/' ) ? (int) $team->term_id : $target['id'] );
			$id   = str_contains( $pattern, '/checkins/' ) ? (int) $checkin['id'] : ( str_contains( $pattern, 'v1/goals/' ) ? (int) $goal['id'] : $id );
			$id   = str_contains( $pattern, 'v1/mentors/' ) ? (int) $mentor['id'] : $id;
			$id   = str_contains( $pattern, 'v1/surveys/' ) ? (int) $survey['id'] : $id;
			$path = str_replace( array( '(?P<id>[\d]+)', '(?P<code>[A-Za-z0-9-]{1,40})' ), array( (string) $id, 'MATRIX-CODE' ), $pattern );
			// The comparison needs its cohorts, or WordPress would answer 400 before asking who calls.
			$path   .= str_starts_with( $pattern, '/mentorship/v1/reports/compare' ) ? '?cohorts=' . $cohort['id'] . ',' . $second['id'] : '';
			$methods = array();
			foreach ( $handlers as $handler ) {
				$methods = array_merge( $methods, array_keys( array_filter( $handler['methods'] ) ) );
			}
			foreach ( array_unique( $methods ) as $method ) {
				if ( 'PUT' === $method || 'PATCH' === $method && in_array( 'PUT', $methods, true ) && 'PATCH' !== $method ) {
					continue;
				}
				$key     = $method . ' ' . $pattern;
				$allowed = in_array( $key, self::OWNER_ONLY, true ) || in_array( $key, self::SETTING_GATED, true ) ? array() : array_merge( array( 'coordinator', 'administrator' ), self::POLICY[ $key ] ?? array() );
				foreach ( self::ROLES as $role ) {
					wp_set_current_user( $users[ $role ] );
					$body   = $this->body_for( $method, $pattern, $spare['id'], $mentor['id'], $target['id'] );
					$before = $this->snapshot();
					// Each call starts from the same data: allowed calls are undone afterwards.
					$GLOBALS['wpdb']->query( 'SAVEPOINT mentorship_matrix' );
					$response = $this->rest( $method, $path, $body );
					$status   = $response->get_status();
					$after    = $this->snapshot();
					$GLOBALS['wpdb']->query( 'ROLLBACK TO SAVEPOINT mentorship_matrix' );
					wp_cache_flush();
					if ( in_array( $role, $allowed, true ) ) {
						$this->assertNotContains( $status, array( 401, 403 ), "$role should reach $key: " . wp_json_encode( $response->get_data() ) );
						if ( ! in_array( $role, array( 'coordinator', 'administrator' ), true ) ) {
							$this->assertStringNotContainsString( self::PRIVATE_NOTE, (string) wp_json_encode( $response->get_data() ), "$role must not read reviewers' notes through $key." );
						}
					} else {
						$expected = 'anonymous' === $role ? 401 : 403;
						$this->assertSame( $expected, $status, "$role must be refused $key: " . wp_json_encode( $response->get_data() ) );
						$this->assertSame( $before, $after, "A refused $key as $role changed the database." );
					}
					++$checked;
				}
			}
		}
		$this->assertGreaterThan( 150, $checked );
	}

	public function test_a_finished_mentorships_mentor_is_refused_the_mentees_record_on_every_route(): void {
		$cohort = $this->make_cohort();
		$user   = $this->create_user( 'subscriber' );
		$mentor = $this->make_application( 'mentor', $cohort['id'], array( 'in_review', 'approved' ), array( 'capacity' => 5 ), $user );
		$ended  = array();
		foreach ( array( array( 'active', 'graduated' ), array( 'active', 'graduated', 'placed' ), array( 'withdrawn' ) ) as $path ) {
			$mentee = $this->make_application( 'mentee', $cohort['id'], array( 'in_review', 'accepted' ) );
			$this->assertTrue( Assignments::assign( $mentee['id'], $mentor['id'] ) );
			foreach ( $path as $stage ) {
				$this->assertIsArray( \Mentorship_Program\Applications\Applications::transition( $mentee['id'], $stage, array( 'team' => 'docs' ) ) );
			}
			$ended[] = $mentee['id'];
		}
		wp_cache_flush();
		wp_set_current_user( $user );
		$checked = 0;
		foreach ( rest_get_server()->get_routes( 'mentorship/v1' ) as $pattern => $handlers ) {
			if ( ! str_starts_with( $pattern, '/mentorship/v1/applications/(?P<id>' ) ) {
				continue;
			}
			$methods = array();
			foreach ( $handlers as $handler ) {
				$methods = array_merge( $methods, array_keys( array_filter( $handler['methods'] ) ) );
			}
			foreach ( array_diff( array_unique( $methods ), array( 'PUT' ) ) as $method ) {
				foreach ( $ended as $id ) {
					$before   = $this->snapshot();
					$response = $this->rest( $method, str_replace( '(?P<id>[\d]+)', (string) $id, $pattern ), $this->body_for( $method, $pattern, $id, $mentor['id'] ) );
					$this->assertSame( 403, $response->get_status(), "$method $pattern for a finished mentorship: " . wp_json_encode( $response->get_data() ) );
					$this->assertSame( $before, $this->snapshot() );
					++$checked;
				}
			}
		}
		$this->assertGreaterThanOrEqual( 12, $checked );
	}

	/**
	 * A body that would write something if the call were allowed.
	 *
	 * @param string $method    Method.
	 * @param string $pattern   Route.
	 * @param int    $mentee_id An accepted mentee without a mentor.
	 * @param int    $mentor_id An approved mentor.
	 * @param int    $paired_id A mentee assigned to that mentor.
	 * @return array<string, mixed>
	 */
	private function body_for( string $method, string $pattern, int $mentee_id, int $mentor_id, int $paired_id = 0 ): array {
		if ( 'GET' === $method ) {
			return array();
		}
		$suffix = substr( $pattern, strlen( '/mentorship/v1' ) );
		switch ( $method . ' ' . $suffix ) {
			case 'POST /applications':
				return array_merge(
					array(
						'type'  => 'mentee',
						'token' => Form_Token::issue(),
					),
					$this->values()
				);
			case 'POST /event-codes':
				return array(
					'code'      => 'MATRIX-CODE',
					'starts_on' => '2030-01-01',
					'ends_on'   => '2030-01-02',
					'uses'      => 10,
				);
			case 'POST /stories':
				return array(
					'application_id' => $mentee_id,
					'title'          => 'My story',
					'story'          => 'It began with a meetup.',
					'consent'        => true,
				);
			case 'POST /stories/invite':
				return array( 'application_id' => $mentee_id );
			case 'POST /applications/batch':
				return array(
					'ids' => array( $mentee_id ),
					'to'  => 'withdrawn',
				);
			case 'POST /applications/(?P<id>[\d]+)/transitions':
				return array( 'to' => 'withdrawn' );
			case 'POST /applications/(?P<id>[\d]+)/notes':
				// A note anyone allowed may add; ratings are reviewers' (Mentor_View_Test).
				return array( 'note' => 'A note.' );
			case 'POST /applications/(?P<id>[\d]+)':
			case 'PATCH /applications/(?P<id>[\d]+)':
				return array( 'region' => 'Changed' );
			case 'POST /cohorts':
				return array( 'name' => 'New cohort ' . wp_generate_password( 4, false ) );
			case 'POST /cohorts/(?P<id>[\d]+)':
			case 'PATCH /cohorts/(?P<id>[\d]+)':
				return array( 'capacity' => 7 );
			case 'POST /cohorts/(?P<id>[\d]+)/assignments':
				return array(
					'mentee' => $mentee_id,
					'mentor' => $mentor_id,
				);
			case 'POST /cohorts/(?P<id>[\d]+)/match/apply':
				return array(
					'pairs' => array(
						array(
							'mentee_id' => $mentee_id,
							'mentor_id' => $mentor_id,
						),
					),
				);
			case 'DELETE /cohorts/(?P<id>[\d]+)/assignments':
				return array( 'mentee' => $mentee_id );
			case 'POST /teams':
				return array( 'name' => 'Team ' . wp_generate_password( 4, false ) );
			case 'POST /teams/(?P<id>[\d]+)':
			case 'PATCH /teams/(?P<id>[\d]+)':
				return array( 'summary' => 'Changed' );
			case 'POST /checkins':
				return array(
					'held_on' => gmdate( 'Y-m-d' ),
					'kind'    => 'one-to-one',
					'mentees' => array( $paired_id ),
					'covered' => 'Reviewed a patch.',
				);
			case 'POST /checkins/(?P<id>[\d]+)':
			case 'PATCH /checkins/(?P<id>[\d]+)':
				return array(
					'covered'  => 'Changed',
					'revision' => 1,
				);
			case 'POST /attention/cohorts/(?P<id>[\d]+)':
			case 'PATCH /attention/cohorts/(?P<id>[\d]+)':
				return array( 'stale_days' => 5 );
			case 'POST /nudges':
				return array(
					'mentor' => $mentor_id,
					'mentee' => $paired_id,
				);
			case 'POST /nudges/cohorts/(?P<id>[\d]+)':
			case 'PATCH /nudges/cohorts/(?P<id>[\d]+)':
				return array( 'session_hours' => 5 );
			case 'POST /mentees/(?P<id>[\d]+)/goals':
				return array( 'title' => 'A new goal' );
			case 'POST /goals/(?P<id>[\d]+)':
			case 'PATCH /goals/(?P<id>[\d]+)':
				return array( 'status' => 'done' );
			case 'POST /mentees/(?P<id>[\d]+)/reassign':
				return array(
					'mentor'          => $mentor_id,
					'expected_mentor' => 0,
				);
			case 'POST /mentees/(?P<id>[\d]+)/step-back':
				return array( 'reason' => 'I cannot continue.' );
			case 'POST /mentees/(?P<id>[\d]+)/mentor-request':
				return array( 'reason' => 'We never find a time.' );
			case 'POST /mentors/(?P<id>[\d]+)/backup':
			case 'PATCH /mentors/(?P<id>[\d]+)/backup':
				return array( 'backup' => true );
			case 'POST /cohorts/(?P<id>[\d]+)/graduation-criteria':
			case 'PATCH /cohorts/(?P<id>[\d]+)/graduation-criteria':
				return array( 'min_sessions' => 2 );
			case 'POST /cohorts/(?P<id>[\d]+)/graduate':
				return array( 'confirm_early' => true );
			case 'POST /graduation/(?P<id>[\d]+)':
			case 'PATCH /graduation/(?P<id>[\d]+)':
				return array( 'contribution_link' => 'https://example.org/patch' );
			case 'POST /graduation/(?P<id>[\d]+)/certificate/revoke':
				return array( 'reason' => 'Matrix.' );
			case 'POST /surveys/(?P<id>[\d]+)':
			case 'PATCH /surveys/(?P<id>[\d]+)':
				return array( 'closes_on' => '2031-01-01' );
			case 'POST /settings':
			case 'PATCH /settings':
				return array( 'retention_days' => 5 );
		}
		return array();
	}
}
