<?php
/**
 * The program's operations as abilities: run through the wp-abilities/v1 REST endpoint,
 * by every kind of user of the REST permission matrix, with the route's rules.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Tests\Abilities;

use Mentorship_Program\Abilities\Abilities;
use Mentorship_Program\Applications\Applications;
use Mentorship_Program\Cohorts\Assignments;
use Mentorship_Program\Tests\Fixtures;
use Mentorship_Program\Tests\REST\Permission_Matrix_Test;
use Mentorship_Program\Tests\TestCase;
use WP_REST_Response;

require_once dirname( __DIR__ ) . '/REST/Permission_Matrix_Test.php';

/**
 * Abilities on WordPress 6.9 and later; nothing at all on older WordPress.
 */
final class Abilities_Test extends TestCase {

	use Fixtures;

	/**
	 * The abilities the program offers, at least.
	 */
	private const EXPECTED = array( 'list-applications', 'get-application', 'move-application', 'add-note', 'list-cohorts', 'suggest-matches', 'apply-matches', 'get-funnel', 'list-attention', 'nudge-mentor' );

	/**
	 * Skips a test that needs the Abilities API on WordPress without it.
	 */
	private function require_api(): void {
		if ( ! Abilities::available() ) {
			$this->markTestSkipped( sprintf( 'The Abilities API arrived in WordPress 6.9; this site runs WordPress %s, where the plugin registers no abilities.', get_bloginfo( 'version' ) ) );
		}
	}

	/**
	 * The REST method that runs an ability, as its annotations decide.
	 *
	 * @param string $name Ability name.
	 * @return string
	 */
	private function method_of( string $name ): string {
		$annotations = wp_get_ability( $name )->get_meta_item( 'annotations' );
		if ( ! empty( $annotations['readonly'] ) ) {
			return 'GET';
		}
		return ! empty( $annotations['destructive'] ) && ! empty( $annotations['idempotent'] ) ? 'DELETE' : 'POST';
	}

	/**
	 * Runs an ability through the REST endpoint; GET and DELETE send the input in the query
	 * string, as an HTTP client would, so every value arrives as a string.
	 *
	 * @param string     $name  Ability name.
	 * @param mixed|null $input Input.
	 * @return WP_REST_Response
	 */
	private function run_ability( string $name, $input = null ): WP_REST_Response {
		$method = $this->method_of( $name );
		$route  = '/wp-abilities/v1/abilities/' . $name . '/run';
		if ( 'POST' === $method ) {
			return $this->rest( $method, $route, null === $input ? array() : array( 'input' => $input ) );
		}
		return $this->rest( $method, $route . ( null === $input ? '' : '?' . http_build_query( array( 'input' => $input ) ) ) );
	}

	public function test_every_operation_is_an_ability_with_its_routes_schemas_and_annotations(): void {
		$this->require_api();
		$this->assertNotNull( wp_get_ability_category( Abilities::CATEGORY ) );
		$routes = rest_get_server()->get_routes( 'mentorship/v1' );
		foreach ( Abilities::definitions() as $slug => $definition ) {
			$ability = wp_get_ability( Abilities::CATEGORY . '/' . $slug );
			$this->assertNotNull( $ability, $slug );
			$this->assertSame( Abilities::CATEGORY, $ability->get_category() );
			$this->assertTrue( $ability->get_meta_item( 'show_in_rest' ) );
			$this->assertSame( $definition['annotations'], $ability->get_meta_item( 'annotations' ) );

			// The input is the route's arguments, the output the route's schema.
			$handler = current( array_filter( $routes[ $definition['route'] ], static fn( $h ) => ! empty( $h['methods'][ $definition['method'] ] ) ) );
			$this->assertIsArray( $handler, $definition['route'] );
			$input = $ability->get_input_schema();
			$this->assertEqualsCanonicalizing( array_keys( $handler['args'] ), array_keys( $input['properties'] ), $slug );
			$this->assertFalse( $input['additionalProperties'] );
			foreach ( $handler['args'] as $arg => $options ) {
				foreach ( array( 'type', 'enum', 'minimum', 'maximum', 'maxLength', 'items', 'default' ) as $keyword ) {
					if ( isset( $options[ $keyword ] ) && 'items' !== $keyword ) {
						$this->assertSame( $options[ $keyword ], $input['properties'][ $arg ][ $keyword ], "$slug $arg $keyword" );
					}
				}
				if ( ! empty( $options['required'] ) ) {
					$this->assertContains( $arg, $input['required'], "$slug $arg" );
				}
			}
			$route_schema = call_user_func( rest_get_server()->get_route_options( $definition['route'] )['schema'] );
			unset( $route_schema['$schema'] );
			$output = $ability->get_output_schema();
			$this->assertSame( $route_schema, $definition['collection'] ? $output['properties']['items']['items'] : $output, $slug );
		}
		foreach ( self::EXPECTED as $slug ) {
			$this->assertArrayHasKey( $slug, Abilities::definitions() );
		}
	}

	public function test_agents_find_the_abilities_and_must_use_the_method_of_their_annotations(): void {
		$this->require_api();
		$this->as_coordinator();
		$listed = $this->rest(
			'GET',
			'/wp-abilities/v1/abilities',
			array(
				'category' => Abilities::CATEGORY,
				'per_page' => 100,
			)
		);
		$this->assertSame( 200, $listed->get_status(), (string) wp_json_encode( $listed->get_data() ) );
		$names = array_column( $listed->get_data(), 'name' );
		foreach ( array_keys( Abilities::definitions() ) as $slug ) {
			$this->assertContains( Abilities::CATEGORY . '/' . $slug, $names );
		}

		// A read-only ability over POST, a stage move over POST: refused before anything runs.
		$this->assertErrorResponse( 405, $this->rest( 'POST', '/wp-abilities/v1/abilities/' . Abilities::CATEGORY . '/get-funnel/run' ), 'rest_ability_invalid_method' );
		$cohort      = $this->make_cohort();
		$application = $this->make_application( 'mentee', $cohort['id'] );
		$response    = $this->rest(
			'POST',
			'/wp-abilities/v1/abilities/' . Abilities::CATEGORY . '/move-application/run',
			array(
				'input' => array(
					'id' => $application['id'],
					'to' => 'in_review',
				),
			)
		);
		$this->assertErrorResponse( 405, $response, 'rest_ability_invalid_method' );
		$this->assertSame( 'submitted', Applications::get( $application['id'] )['stage'] );
	}

	public function test_every_ability_and_role_through_the_rest_endpoint(): void {
		$this->require_api();
		$cohort = $this->make_cohort();
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
		// A second mentor to take the target over, and an active mentee to graduate.
		$other = $this->make_application( 'mentor', $cohort['id'], array( 'in_review', 'approved' ), array( 'capacity' => 2 ) );
		$this->make_application( 'mentee', $cohort['id'], array( 'in_review', 'accepted', 'active' ) );

		// Inputs that would write something if the call were allowed (the matrix's bodies).
		$inputs = array(
			'list-applications' => array( 'stage' => array( 'accepted' ) ),
			'get-application'   => array( 'id' => $target['id'] ),
			'move-application'  => array(
				'id' => $target['id'],
				'to' => 'withdrawn',
			),
			'add-note'          => array(
				'id'   => $target['id'],
				'note' => 'A note.',
			),
			'list-cohorts'      => null,
			'suggest-matches'   => array( 'id' => $cohort['id'] ),
			'apply-matches'     => array(
				'id'    => $cohort['id'],
				'pairs' => array(
					array(
						'mentee_id' => $spare['id'],
						'mentor_id' => $mentor['id'],
					),
				),
			),
			'get-funnel'        => array( 'cohort' => $cohort['id'] ),
			'list-attention'    => array( 'cohort' => $cohort['id'] ),
			'nudge-mentor'      => array(
				'mentor' => $mentor['id'],
				'mentee' => $target['id'],
			),
			'reassign-mentee'   => array(
				'id'              => $target['id'],
				'mentor'          => $other['id'],
				'expected_mentor' => $mentor['id'],
				'reason'          => 'A better time-zone overlap.',
			),
			'graduate-cohort'   => array(
				'id'            => $cohort['id'],
				'confirm_early' => true,
				'notify'        => false,
			),
		);
		// Who may call each route beyond coordinators and administrators, from the REST matrix.
		$policy = ( new \ReflectionClassConstant( Permission_Matrix_Test::class, 'POLICY' ) )->getValue();
		$roles  = ( new \ReflectionClassConstant( Permission_Matrix_Test::class, 'ROLES' ) )->getValue();
		$this->assertEqualsCanonicalizing( array_keys( $users ), $roles );

		$checked = 0;
		foreach ( Abilities::definitions() as $slug => $definition ) {
			$name    = Abilities::CATEGORY . '/' . $slug;
			$allowed = array_merge( array( 'coordinator', 'administrator' ), $policy[ $definition['method'] . ' ' . $definition['route'] ] ?? array() );
			$schema  = wp_get_ability( $name )->get_output_schema();
			foreach ( $roles as $role ) {
				wp_set_current_user( $users[ $role ] );
				$before = $this->snapshot();
				$GLOBALS['wpdb']->query( 'SAVEPOINT mentorship_abilities' );
				$response = $this->run_ability( $name, $inputs[ $slug ] );
				$after    = $this->snapshot();
				$GLOBALS['wpdb']->query( 'ROLLBACK TO SAVEPOINT mentorship_abilities' );
				wp_cache_flush();
				$data = $response->get_data();
				if ( in_array( $role, $allowed, true ) ) {
					$this->assertSame( 200, $response->get_status(), "$role should run $name: " . wp_json_encode( $data ) );
					$this->assertTrue( rest_validate_value_from_schema( $data, $schema, 'output' ), "$name output for $role" );
					if ( ! $definition['annotations']['readonly'] ) {
						$this->assertNotSame( $before, $after, "$name as $role changed nothing." );
					}
				} else {
					$this->assertSame( 'anonymous' === $role ? 401 : 403, $response->get_status(), "$role must be refused $name: " . wp_json_encode( $data ) );
					$this->assertSame( $before, $after, "A refused $name as $role changed the database." );
				}
				if ( $definition['annotations']['readonly'] ) {
					$this->assertSame( $before, $after, "The read-only $name as $role changed the database." );
				}
				++$checked;
			}
		}
		$this->assertSame( count( Abilities::definitions() ) * count( $roles ), $checked );
	}

	public function test_an_ability_answers_what_its_route_answers(): void {
		$this->require_api();
		$this->as_coordinator();
		$cohort = $this->make_cohort();
		$one    = $this->make_application( 'mentee', $cohort['id'], array( 'in_review' ) );
		$this->make_application( 'mentee', $cohort['id'] );
		$this->make_application( 'mentor', $cohort['id'] );

		$rest    = $this->rest(
			'GET',
			'/mentorship/v1/applications',
			array(
				'cohort'   => $cohort['id'],
				'per_page' => 2,
			)
		);
		$ability = $this->run_ability(
			Abilities::CATEGORY . '/list-applications',
			array(
				'cohort'   => $cohort['id'],
				'per_page' => 2,
			)
		);
		$this->assertSame( 200, $ability->get_status(), (string) wp_json_encode( $ability->get_data() ) );
		$this->assertSame( $rest->get_data(), $ability->get_data()['items'] );
		$this->assertSame( 3, $ability->get_data()['total'] );
		$this->assertSame( 2, $ability->get_data()['pages'] );

		$rest    = $this->rest( 'GET', '/mentorship/v1/applications/' . $one['id'] );
		$ability = $this->run_ability( Abilities::CATEGORY . '/get-application', array( 'id' => $one['id'] ) );
		$this->assertSame( $rest->get_data(), $ability->get_data() );

		$rest    = $this->rest( 'GET', '/mentorship/v1/stats/funnel', array( 'cohort' => $cohort['id'] ) );
		$ability = $this->run_ability( Abilities::CATEGORY . '/get-funnel', array( 'cohort' => $cohort['id'] ) );
		$this->assertSame( $rest->get_data(), $ability->get_data() );

		// A write goes through the domain's rules: an illegal move is refused, a legal one recorded.
		$refused = $this->run_ability(
			Abilities::CATEGORY . '/move-application',
			array(
				'id' => $one['id'],
				'to' => 'graduated',
			)
		);
		$this->assertGreaterThanOrEqual( 400, $refused->get_status() );
		$this->assertSame( 'in_review', Applications::get( $one['id'] )['stage'] );
		$moved = $this->run_ability(
			Abilities::CATEGORY . '/move-application',
			array(
				'id'   => $one['id'],
				'to'   => 'accepted',
				'note' => 'Strong goals.',
			)
		);
		$this->assertSame( 200, $moved->get_status(), (string) wp_json_encode( $moved->get_data() ) );
		$this->assertSame( 'accepted', $moved->get_data()['stage'] );
		$this->assertSame( 'accepted', Applications::get( $one['id'] )['stage'] );
		$again = $this->run_ability(
			Abilities::CATEGORY . '/move-application',
			array(
				'id' => $one['id'],
				'to' => 'accepted',
			)
		);
		$this->assertNotSame( 200, $again->get_status(), 'Repeating a move changes nothing.' );

		// Suggesting changes nothing; applying the suggestion assigns, and again is unchanged.
		$mentee = $this->make_application( 'mentee', $cohort['id'], array( 'in_review', 'accepted' ) );
		$mentor = $this->make_application( 'mentor', $cohort['id'], array( 'in_review', 'approved' ) );
		$before = $this->snapshot();
		$plan   = $this->run_ability( Abilities::CATEGORY . '/suggest-matches', array( 'id' => $cohort['id'] ) );
		$this->assertSame( 200, $plan->get_status(), (string) wp_json_encode( $plan->get_data() ) );
		$this->assertSame( $before, $this->snapshot() );
		$pairs = array_map(
			static fn( $p ) => array(
				'mentee_id' => $p['mentee_id'],
				'mentor_id' => $p['mentor_id'],
			),
			$plan->get_data()['pairs']
		);
		$this->assertContains(
			array(
				'mentee_id' => $mentee['id'],
				'mentor_id' => $mentor['id'],
			),
			$pairs
		);
		$applied = $this->run_ability(
			Abilities::CATEGORY . '/apply-matches',
			array(
				'id'    => $cohort['id'],
				'pairs' => $pairs,
			)
		);
		$this->assertSame( 200, $applied->get_status(), (string) wp_json_encode( $applied->get_data() ) );
		$this->assertSame( count( $pairs ), $applied->get_data()['applied'] );
		$this->assertSame( $mentor['id'], Assignments::mentor_of( $mentee['id'] ) );
		$again = $this->run_ability(
			Abilities::CATEGORY . '/apply-matches',
			array(
				'id'    => $cohort['id'],
				'pairs' => $pairs,
			)
		);
		$this->assertSame( 0, $again->get_data()['applied'] );
		$this->assertSame( count( $pairs ), $again->get_data()['unchanged'] );
	}

	/**
	 * @return array<string, array{0: string, 1: array<string, mixed>, 2: string}>
	 */
	public function bad_inputs(): array {
		return array(
			'unknown stage'            => array( 'move-application', array( 'to' => 'nowhere' ), 'to' ),
			'missing stage'            => array( 'move-application', array( 'note' => 'Hi' ), 'to' ),
			'unknown field'            => array(
				'add-note',
				array(
					'note'   => 'Hi',
					'colour' => 'red',
				),
				'colour',
			),
			'rating out of range'      => array(
				'add-note',
				array(
					'note'   => 'Hi',
					'rating' => 9,
				),
				'rating',
			),
			'blank note'               => array( 'add-note', array( 'note' => '   ' ), 'note' ),
			'note too long'            => array( 'add-note', array( 'note' => str_repeat( 'a', 5001 ) ), 'note' ),
			'page size'                => array( 'list-applications', array( 'per_page' => 1000 ), 'per_page' ),
			'stage filter'             => array( 'list-applications', array( 'stage' => array( 'limbo' ) ), 'stage' ),
			'pair without a mentor'    => array( 'apply-matches', array( 'pairs' => array( array( 'mentee_id' => 5 ) ) ), 'mentor_id' ),
			'negative funnel cohort'   => array( 'get-funnel', array( 'cohort' => -1 ), 'cohort' ),
			'missing id'               => array( 'get-application', array(), 'id' ),
			'nudge without a mentee'   => array( 'nudge-mentor', array( 'mentor' => 5 ), 'mentee' ),
			'unknown attention rule'   => array( 'list-attention', array( 'rule' => 'bored' ), 'rule' ),
			'reassign with no mentor'  => array( 'reassign-mentee', array( 'expected_mentor' => 0 ), 'mentor' ),
			'graduate with a bad flag' => array( 'graduate-cohort', array( 'dry_run' => 'maybe' ), 'dry_run' ),
		);
	}

	/**
	 * @dataProvider bad_inputs
	 *
	 * @param string               $slug  Ability.
	 * @param array<string, mixed> $input Input, without the ID.
	 * @param string               $field The field the answer must name.
	 */
	public function test_bad_input_is_a_400_naming_the_field( string $slug, array $input, string $field ): void {
		$this->require_api();
		$this->as_coordinator();
		$cohort      = $this->make_cohort();
		$application = $this->make_application( 'mentee', $cohort['id'] );
		if ( 'missing id' !== $this->dataName() && in_array( 'id', wp_get_ability( Abilities::CATEGORY . '/' . $slug )->get_input_schema()['required'] ?? array(), true ) ) {
			$input['id'] = str_contains( $slug, 'matches' ) ? $cohort['id'] : $application['id'];
		}
		$before   = $this->snapshot();
		$response = $this->run_ability( Abilities::CATEGORY . '/' . $slug, $input );
		$this->assertSame( 400, $response->get_status(), (string) wp_json_encode( $response->get_data() ) );
		$data = $response->get_data();
		if ( isset( $data['data']['params'] ) ) {
			// The route's own checks answer as the REST route does: the field in params.
			$this->assertArrayHasKey( $field, $data['data']['params'], (string) wp_json_encode( $data ) );
		} else {
			// The input schema's checks name a field as input[field] or "field is …".
			$this->assertMatchesRegularExpression( '/\\[' . $field . '\\]|\\b' . $field . ' is /', $data['message'] );
		}
		$this->assertSame( $before, $this->snapshot() );
	}

	public function test_without_the_abilities_api_nothing_is_registered_and_nothing_breaks(): void {
		if ( Abilities::available() ) {
			$this->markTestSkipped( sprintf( 'WordPress %s has the Abilities API; this test is for WordPress before 6.9.', get_bloginfo( 'version' ) ) );
		}
		$this->assertFalse( function_exists( 'wp_register_ability' ) );
		$this->assertFalse( has_action( 'wp_abilities_api_init' ) );
		$this->assertFalse( has_action( 'wp_abilities_api_categories_init' ) );
		// Registering again (notices would fail the test) still hooks nothing.
		( new Abilities() )->register();
		$this->assertFalse( has_action( 'wp_abilities_api_init' ) );
		$this->assertArrayNotHasKey( '/wp-abilities/v1', rest_get_server()->get_routes() );
		// The REST routes the abilities would wrap work as before.
		$this->as_coordinator();
		$this->assertSame( 200, $this->rest( 'GET', '/mentorship/v1/stats/funnel' )->get_status() );
		$this->assertSame( 200, $this->rest( 'GET', '/mentorship/v1/applications' )->get_status() );
	}
}
