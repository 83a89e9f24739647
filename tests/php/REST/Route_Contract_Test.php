<?php
/**
 * Every mentorship/v1 route has a complete schema, and what it really answers matches
 * it: a real request per route and method, validated strictly (an unknown property
 * fails).
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Tests\REST;

use Mentorship_Program\Cohorts\Assignments;
use Mentorship_Program\Applications\Audit_Trail;
use Mentorship_Program\Applications\Event_Codes;
use Mentorship_Program\Teams\Taxonomies;
use Mentorship_Program\Mentorship\Checkins;
use Mentorship_Program\Mentorship\Goals;
use Mentorship_Program\REST\Contract;
use Mentorship_Program\Security\Form_Token;
use Mentorship_Program\Tests\Fixtures;
use Mentorship_Program\Tests\TestCase;

/**
 * The route list comes from the REST server, so a new route without a schema fails.
 */
final class Route_Contract_Test extends TestCase {

	use Fixtures;

	/**
	 * How to add a schema, said once for every failure.
	 */
	private const HOW = "Give the route a schema: register_rest_route( 'mentorship/v1', <route>, array( <endpoints>, 'schema' => array( \$this, 'get_public_item_schema' ) ) ),\n"
		. "where get_item_schema() lists every property the answer carries, each with a type, and \"additionalProperties\" => false on every object.\n"
		. "If this method answers something else than the route's resource or a list of it (a batch result, a deletion, a summary), add\n"
		. "'" . Contract::RESPONSE_SCHEMA . "' => array( \$this, 'get_<what>_schema' ) to that endpoint's options.\n"
		. "If it answers no JSON at all (a file), list it in Contract::NOT_JSON with the reason.\n"
		. 'Then run `npm run generate:types` to refresh src/shared/rest-schemas.json and src/shared/rest-types.ts.';

	public function test_every_route_has_a_complete_schema(): void {
		$endpoints = Contract::endpoints();
		$this->assertGreaterThanOrEqual( 40, count( $endpoints ), 'Endpoints found: ' . implode( ', ', array_keys( $endpoints ) ) );
		$problems = array();
		foreach ( $endpoints as $key => $endpoint ) {
			if ( isset( Contract::NOT_JSON[ $key ] ) ) {
				continue;
			}
			if ( null === $endpoint['response'] ) {
				$problems[] = "$key has no schema.";
				continue;
			}
			if ( empty( $endpoint['response']['title'] ) ) {
				$problems[] = "$key: its schema has no \"title\" (the name of its generated TypeScript type).";
			}
			foreach ( Contract::incomplete( $endpoint['response'] ) as $problem ) {
				$problems[] = "$key: $problem.";
			}
		}
		$this->assertSame( array(), array_values( array_unique( $problems ) ), "Incomplete REST contract:\n" . implode( "\n", array_unique( $problems ) ) . "\n\n" . self::HOW );
	}

	public function test_a_new_route_without_a_schema_or_with_an_open_one_is_named(): void {
		rest_get_server();
		register_rest_route(
			'mentorship/v1',
			'/contract-probe',
			array(
				array(
					'methods'             => \WP_REST_Server::READABLE,
					'callback'            => '__return_empty_array',
					'permission_callback' => '__return_true',
				),
				array(
					'methods'             => \WP_REST_Server::CREATABLE,
					'callback'            => '__return_empty_array',
					'permission_callback' => '__return_true',
					Contract::RESPONSE_SCHEMA => static fn() => array(
						'title'      => 'probe',
						'type'       => 'object',
						'properties' => array( 'a' => array( 'type' => 'string' ) ),
					),
				),
			)
		);
		$endpoints = Contract::endpoints();
		$this->assertArrayHasKey( 'GET /mentorship/v1/contract-probe', $endpoints );
		$this->assertNull( $endpoints['GET /mentorship/v1/contract-probe']['response'], 'A route without a schema has none to check against.' );
		$this->assertSame( array( '(root) is an object without "additionalProperties": false' ), Contract::incomplete( $endpoints['POST /mentorship/v1/contract-probe']['response'] ) );
	}

	public function test_the_self_check_finds_an_incomplete_schema(): void {
		$this->assertSame( array(), Contract::incomplete( array( 'type' => 'object', 'additionalProperties' => false, 'properties' => array( 'a' => array( 'type' => 'string' ) ) ) ) );
		$this->assertSame(
			array(
				'(root) is an object without "additionalProperties": false',
				'a has no type',
				'b[] is an object without "additionalProperties": false',
				'c is an array without "items"',
			),
			Contract::incomplete(
				array(
					'type'       => 'object',
					'properties' => array(
						'a' => array( 'description' => 'untyped' ),
						'b' => array(
							'type'  => 'array',
							'items' => array(
								'type'       => 'object',
								'properties' => array( 'x' => array( 'type' => 'integer' ) ),
							),
						),
						'c' => array( 'type' => 'array' ),
					),
				)
			)
		);
	}

	public function test_every_route_answers_what_its_schema_says(): void {
		$fixture  = $this->seed();
		$checked  = 0;
		$failures = array();
		foreach ( Contract::endpoints() as $key => $endpoint ) {
			++$checked;
			list( $user, $path, $body ) = $this->request_for( $endpoint['method'], $endpoint['route'], $fixture );
			wp_set_current_user( $user );
			$GLOBALS['wpdb']->query( 'SAVEPOINT mentorship_contract' );
			// Through the real server (a file route is not served, only answered).
			$response = $this->rest( $endpoint['method'], $path, $body );
			$status   = $response->get_status();
			$data     = json_decode( (string) wp_json_encode( $response->get_data() ), true );
			$GLOBALS['wpdb']->query( 'ROLLBACK TO SAVEPOINT mentorship_contract' );
			wp_cache_flush();
			wp_set_current_user( 0 );
			if ( $status >= 300 ) {
				$failures[] = "$key answered $status; the contract test needs a request that works (see request_for()): " . wp_json_encode( $data );
				continue;
			}
			if ( isset( Contract::NOT_JSON[ $key ] ) ) {
				continue;
			}
			if ( null === $endpoint['response'] ) {
				$failures[] = "$key has no schema. It answered: " . substr( (string) wp_json_encode( $data ), 0, 1500 );
				continue;
			}
			$schema = $endpoint['response'];
			if ( is_array( $data ) && array_is_list( $data ) && 'array' !== ( $schema['type'] ?? '' ) ) {
				// A collection: a list of the route's resource.
				$schema = array(
					'type'  => 'array',
					'items' => $schema,
				);
				if ( array() === $data ) {
					$failures[] = "$key answered an empty list: seed something so its items are checked.";
				}
			}
			$valid = rest_validate_value_from_schema( $data, $schema, $key );
			if ( true !== $valid ) {
				$failures[] = "$key answered outside its schema: " . ( is_wp_error( $valid ) ? $valid->get_error_message() : '' ) . "\n    Answer: " . substr( (string) wp_json_encode( $data ), 0, 1500 );
			}
		}
		// The same routes as other readers see them: each answer varies by who asks.
		$variants = array(
			array( 'GET /mentorship/v1/applications/(?P<id>[\d]+)', $fixture['mentor_user'], '/mentorship/v1/applications/' . $fixture['target']['id'] ),
			array( 'GET /mentorship/v1/applications/(?P<id>[\d]+)', $fixture['mentee_user'], '/mentorship/v1/applications/' . $fixture['target']['id'] ),
			array( 'GET /mentorship/v1/applications/(?P<id>[\d]+)', $fixture['coordinator'], '/mentorship/v1/applications/' . $fixture['mentor']['id'] ),
			array( 'GET /mentorship/v1/applications', $fixture['mentor_user'], '/mentorship/v1/applications' ),
			array( 'GET /mentorship/v1/checkins', $fixture['mentee_user'], '/mentorship/v1/checkins' ),
			array( 'GET /mentorship/v1/checkins', $fixture['mentor_user'], '/mentorship/v1/checkins' ),
			array( 'GET /mentorship/v1/me', $fixture['mentor_user'], '/mentorship/v1/me' ),
			array( 'GET /mentorship/v1/stats/funnel', $fixture['coordinator'], '/mentorship/v1/stats/funnel?cohort=' . $fixture['cohort']['id'] ),
			array( 'GET /mentorship/v1/cohorts/(?P<id>[\d]+)/roster', $fixture['coordinator'], '/mentorship/v1/cohorts/' . $fixture['empty']['id'] . '/roster' ),
		);
		$endpoints = Contract::endpoints();
		foreach ( $variants as $variant ) {
			list( $key, $user, $path ) = $variant;
			wp_set_current_user( $user );
			$response = $this->rest( 'GET', $path );
			$data     = json_decode( (string) wp_json_encode( $response->get_data() ), true );
			wp_set_current_user( 0 );
			if ( 200 !== $response->get_status() ) {
				$failures[] = "$key as user $user answered {$response->get_status()}: " . wp_json_encode( $data );
				continue;
			}
			$schema = $endpoints[ $key ]['response'] ?? array();
			if ( is_array( $data ) && array_is_list( $data ) ) {
				$schema = array(
					'type'  => 'array',
					'items' => $schema,
				);
			}
			$valid = rest_validate_value_from_schema( $data, $schema, $key );
			if ( true !== $valid ) {
				$failures[] = "$key as user $user answered outside its schema: " . ( is_wp_error( $valid ) ? $valid->get_error_message() : '' ) . "\n    Answer: " . substr( (string) wp_json_encode( $data ), 0, 1500 );
			}
		}
		$this->assertSame( array(), $failures, "Answers that break the REST contract:\n" . implode( "\n", $failures ) . "\n\n" . self::HOW );
		$this->assertGreaterThanOrEqual( 40, $checked );
	}

	/**
	 * The data every route needs to answer with something in each list.
	 *
	 * @return array<string, mixed>
	 */
	private function seed(): array {
		$cohort      = $this->make_cohort();
		$coordinator = $this->create_user( 'mentorship_coordinator' );
		$mentee_user = $this->create_user( 'subscriber' );
		$mentor_user = $this->create_user( 'subscriber' );
		$graduate    = $this->create_user( 'subscriber' );
		wp_set_current_user( $coordinator );
		$target = $this->make_application( 'mentee', $cohort['id'], array( 'in_review', 'accepted' ), array(), $mentee_user );
		$mentor = $this->make_application( 'mentor', $cohort['id'], array( 'in_review', 'approved' ), array( 'capacity' => 3 ), $mentor_user );
		$spare  = $this->make_application( 'mentee', $cohort['id'], array( 'in_review', 'accepted' ) );
		$this->make_application( 'mentor', $cohort['id'], array( 'in_review', 'approved' ), array( 'capacity' => 2 ) );
		$this->assertTrue( Assignments::assign( $target['id'], $mentor['id'] ) );
		$done = $this->make_application( 'mentee', $cohort['id'], array( 'in_review', 'accepted' ), array(), $graduate );
		$this->assertTrue( Assignments::assign( $done['id'], $mentor['id'] ) );
		foreach ( array( 'active', 'graduated' ) as $stage ) {
			$this->assertIsArray( \Mentorship_Program\Applications\Applications::transition( $done['id'], $stage ) );
		}
		Audit_Trail::record( $target['id'], 'note', '', '', 'A reviewer note.', 4, $coordinator );
		$checkin = Checkins::create(
			array(
				'held_on'      => gmdate( 'Y-m-d' ),
				'kind'         => 'one-to-one',
				'mentees'      => array( $target['id'] ),
				'covered'      => 'Setup.',
				'private_note' => 'Private.',
			),
			$mentor_user
		);
		$goal    = Goals::create( $target['id'], array( 'title' => 'First patch' ), $mentee_user );
		$this->assertIsArray( $checkin );
		$this->assertIsArray( $goal );
		$code = Event_Codes::save(
			array(
				'code'      => 'CONTRACT-DAY',
				'label'     => 'Contributor day',
				'starts_on' => gmdate( 'Y-m-d' ),
				'ends_on'   => gmdate( 'Y-m-d', time() + DAY_IN_SECONDS ),
				'uses'      => 10,
			)
		);
		$this->assertNotWPError( $code );
		$story_post = wp_insert_post(
			array(
				'post_type'   => \Mentorship_Program\Stories\Story_Post_Type::POST_TYPE,
				'post_status' => 'publish',
				'post_title'  => 'A journey',
			)
		);
		$this->assertIsInt( $story_post );
		// An open survey with an answer, for the survey routes' lists.
		$survey = \Mentorship_Program\Surveys\Surveys::find( $cohort['id'], 'mentee', 'start' );
		$this->assertIsArray( \Mentorship_Program\Surveys\Surveys::update( $survey['id'], array( 'opens_on' => gmdate( 'Y-m-d' ) ) ) );
		$this->assertIsArray( \Mentorship_Program\Surveys\Answers::save( $survey['id'], $target['id'], array( 'familiarity' => 3, 'confidence' => 2, 'satisfaction' => 4, 'helped' => 'The chat.' ) ) );
		wp_set_current_user( 0 );
		return array(
			'cohort'      => $cohort,
			'empty'       => $this->make_cohort(),
			'coordinator' => $coordinator,
			'mentee_user' => $mentee_user,
			'mentor_user' => $mentor_user,
			'graduate'    => $graduate,
			'target'      => $target,
			'mentor'      => $mentor,
			'spare'       => $spare,
			'done'        => $done,
			'checkin'     => $checkin,
			'goal'        => $goal,
			'team'        => (int) get_term_by( 'slug', 'docs', Taxonomies::TEAM )->term_id,
			'survey'      => (int) $survey['id'],
		);
	}

	/**
	 * Who asks, the path, and a body that works, for one endpoint.
	 *
	 * @param string               $method  Method.
	 * @param string               $route   Route pattern.
	 * @param array<string, mixed> $fixture Seeded data.
	 * @return array{0: int, 1: string, 2: array<string, mixed>}
	 */
	private function request_for( string $method, string $route, array $fixture ): array {
		$suffix = substr( $route, strlen( '/mentorship/v1' ) );
		$user   = $fixture['coordinator'];
		$id     = (int) $fixture['target']['id'];
		if ( str_starts_with( $suffix, '/cohorts/' ) || str_starts_with( $suffix, '/attention/cohorts/' ) || str_starts_with( $suffix, '/nudges/cohorts/' ) || str_starts_with( $suffix, '/reports/cohorts/' ) ) {
			$id = (int) $fixture['cohort']['id'];
		} elseif ( str_starts_with( $suffix, '/teams/' ) ) {
			$id = $fixture['team'];
		} elseif ( str_starts_with( $suffix, '/checkins/' ) ) {
			$id = (int) $fixture['checkin']['id'];
		} elseif ( str_starts_with( $suffix, '/goals/' ) ) {
			$id = (int) $fixture['goal']['id'];
		} elseif ( str_starts_with( $suffix, '/graduation/' ) && str_contains( $suffix, '/certificate' ) ) {
			// The graduate's record holds the certificate issued at graduation.
			$id = (int) $fixture['done']['id'];
		} elseif ( str_starts_with( $suffix, '/surveys/' ) ) {
			$id = (int) $fixture['survey'];
		}
		$body = array();
		switch ( $method . ' ' . $suffix ) {
			case 'POST /applications':
				$body = array_merge( array( 'type' => 'mentee', 'token' => Form_Token::issue() ), $this->values() );
				$user = 0;
				break;
			case 'GET /me':
				$user = $fixture['mentee_user'];
				break;
			case 'GET /reports/compare':
			case 'GET /reports/compare/csv':
				$body = array( 'cohorts' => $fixture['cohort']['id'] . ',' . $fixture['empty']['id'] );
				break;
			case 'POST /event-codes':
				$body = array( 'code' => 'CONTRACT-NEW', 'label' => 'Another day', 'starts_on' => '2030-01-01', 'ends_on' => '2030-01-02', 'uses' => 10 );
				break;
			case 'POST /stories':
				$body = array( 'application_id' => (int) $fixture['done']['id'], 'title' => 'My story', 'story' => 'It began with a meetup.', 'consent' => true );
				$user = $fixture['graduate'];
				break;
			case 'POST /stories/invite':
				$body = array( 'application_id' => (int) $fixture['done']['id'] );
				break;
			case 'POST /applications/batch':
				$body = array( 'ids' => array( (int) $fixture['spare']['id'] ), 'to' => 'withdrawn' );
				break;
			case 'POST /applications/(?P<id>[\d]+)/transitions':
				$body = array( 'to' => 'withdrawn' );
				break;
			case 'POST /nudges':
				$body = array( 'mentor' => (int) $fixture['mentor']['id'], 'mentee' => $id );
				break;
			case 'POST /nudges/cohorts/(?P<id>[\d]+)':
			case 'PATCH /nudges/cohorts/(?P<id>[\d]+)':
				$body = array( 'session_hours' => 6 );
				break;
			case 'POST /applications/(?P<id>[\d]+)/notes':
				$body = array( 'note' => 'A note.', 'rating' => 3 );
				break;
			case 'POST /applications/(?P<id>[\d]+)':
			case 'PATCH /applications/(?P<id>[\d]+)':
				$body = array( 'region' => 'Changed' );
				break;
			case 'POST /cohorts':
				$body = array( 'name' => 'New cohort ' . wp_generate_password( 4, false ) );
				break;
			case 'POST /cohorts/(?P<id>[\d]+)':
			case 'PATCH /cohorts/(?P<id>[\d]+)':
				$body = array( 'capacity' => 70 );
				break;
			case 'DELETE /cohorts/(?P<id>[\d]+)':
				$id = (int) $fixture['empty']['id'];
				break;
			case 'POST /cohorts/(?P<id>[\d]+)/assignments':
				$body = array( 'mentee' => (int) $fixture['spare']['id'], 'mentor' => (int) $fixture['mentor']['id'] );
				break;
			case 'DELETE /cohorts/(?P<id>[\d]+)/assignments':
				$body = array( 'mentee' => (int) $fixture['target']['id'] );
				break;
			case 'POST /cohorts/(?P<id>[\d]+)/match/apply':
				$body = array( 'pairs' => array( array( 'mentee_id' => (int) $fixture['spare']['id'], 'mentor_id' => (int) $fixture['mentor']['id'] ) ) );
				break;
			case 'POST /cohorts/(?P<id>[\d]+)/start':
				$body = array( 'confirm_early' => true );
				break;
			case 'POST /teams':
				$body = array( 'name' => 'Team ' . wp_generate_password( 4, false ) );
				break;
			case 'POST /teams/(?P<id>[\d]+)':
			case 'PATCH /teams/(?P<id>[\d]+)':
				$body = array( 'summary' => 'Changed' );
				break;
			case 'POST /checkins':
				$body = array( 'held_on' => gmdate( 'Y-m-d' ), 'kind' => 'one-to-one', 'mentees' => array( (int) $fixture['target']['id'] ), 'covered' => 'Reviewed a patch.' );
				break;
			case 'POST /checkins/(?P<id>[\d]+)':
			case 'PATCH /checkins/(?P<id>[\d]+)':
				$body = array( 'covered' => 'Changed', 'revision' => 1 );
				break;
			case 'POST /attention/cohorts/(?P<id>[\d]+)':
			case 'PATCH /attention/cohorts/(?P<id>[\d]+)':
				$body = array( 'stale_days' => 5 );
				break;
			case 'POST /mentees/(?P<id>[\d]+)/goals':
				$body = array( 'title' => 'A new goal' );
				$user = $fixture['mentee_user'];
				break;
			case 'POST /goals/(?P<id>[\d]+)':
			case 'PATCH /goals/(?P<id>[\d]+)':
				$body = array( 'status' => 'done' );
				$user = $fixture['mentee_user'];
				break;
			case 'POST /cohorts/(?P<id>[\d]+)/graduation-criteria':
			case 'PATCH /cohorts/(?P<id>[\d]+)/graduation-criteria':
				$body = array( 'min_sessions' => 2, 'goals_set' => true );
				break;
			case 'POST /cohorts/(?P<id>[\d]+)/graduate':
				$body = array( 'confirm_early' => true, 'notify' => false );
				break;
			case 'POST /graduation/(?P<id>[\d]+)':
			case 'PATCH /graduation/(?P<id>[\d]+)':
				$body = array( 'contribution_link' => 'https://example.org/pull/1', 'mentor_confirmed' => true );
				break;
			case 'POST /graduation/(?P<id>[\d]+)/certificate/revoke':
				$body = array( 'reason' => 'Issued by mistake.' );
				break;
			case 'POST /surveys/(?P<id>[\d]+)':
			case 'PATCH /surveys/(?P<id>[\d]+)':
				$body = array( 'closes_on' => '2031-01-31' );
				break;
			case 'GET /surveys/(?P<id>[\d]+)/answers':
				// Individual answers are listed only where the site allows it.
				\Mentorship_Program\Settings\Settings::update( array( 'survey_show_answers' => true ) );
				break;
			case 'POST /settings':
			case 'PATCH /settings':
				$body = array( 'retention_days' => 400 );
				break;
			case 'GET /mentees/(?P<id>[\d]+)/mentor-candidates':
			case 'GET /mentees/(?P<id>[\d]+)/mentor-history':
				$id = (int) $fixture['spare']['id'];
				break;
			case 'POST /mentees/(?P<id>[\d]+)/reassign':
				$id   = (int) $fixture['spare']['id'];
				$body = array( 'mentor' => (int) $fixture['mentor']['id'], 'expected_mentor' => 0, 'reason' => 'A free seat.' );
				break;
			case 'POST /mentees/(?P<id>[\d]+)/step-back':
				$body = array( 'reason' => 'I cannot continue.' );
				$user = $fixture['mentor_user'];
				break;
			case 'POST /mentees/(?P<id>[\d]+)/mentor-request':
				$body = array( 'reason' => 'Our times never match.' );
				$user = $fixture['mentee_user'];
				break;
			case 'GET /mentors/(?P<id>[\d]+)/backup':
				$id = (int) $fixture['mentor']['id'];
				break;
			case 'POST /mentors/(?P<id>[\d]+)/backup':
			case 'PATCH /mentors/(?P<id>[\d]+)/backup':
				$id   = (int) $fixture['mentor']['id'];
				$body = array( 'backup' => true );
				$user = $fixture['mentor_user'];
				break;
		}
		$path = str_replace( array( '(?P<id>[\d]+)', '(?P<code>[A-Za-z0-9-]{1,40})' ), array( (string) $id, 'CONTRACT-DAY' ), $route );
		return array( $user, $path, $body );
	}

	/**
	 * Asserts a value is not a WP_Error.
	 *
	 * @param mixed $value Value.
	 */
	private function assertNotWPError( $value ): void {
		$this->assertFalse( is_wp_error( $value ), is_wp_error( $value ) ? $value->get_error_message() : '' );
	}
}
