<?php
/**
 * A stage move is visible to WordPress and other plugins: core's status transition
 * hooks and the plugin's own action fire exactly once per legal move, and never for
 * a refused one.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Tests\Applications;

use Mentorship_Program\Applications\Applications;
use Mentorship_Program\Applications\Stages;
use Mentorship_Program\Applications\Status_Links;
use Mentorship_Program\Tests\Fixtures;
use Mentorship_Program\Tests\TestCase;

/**
 * Hooks fired by Applications::transition() and by confirming an address (Status_Links::confirm()).
 */
final class Stage_Hooks_Test extends TestCase {

	use Fixtures;

	/**
	 * Every hook call heard: hook name => list of argument lists.
	 *
	 * @var array<string, array<int, array<int, mixed>>>
	 */
	private array $heard = array();

	/**
	 * Listeners added by listen(), removed in tearDown().
	 *
	 * @var array<int, array{0: string, 1: callable}>
	 */
	private array $listeners = array();

	protected function tearDown(): void {
		foreach ( $this->listeners as $listener ) {
			remove_action( $listener[0], $listener[1], 10 );
		}
		$this->listeners = array();
		parent::tearDown();
	}

	/**
	 * Records every call of the given hooks.
	 *
	 * @param string[] $hooks Hook names.
	 */
	private function listen( array $hooks ): void {
		foreach ( array_unique( $hooks ) as $hook ) {
			if ( in_array( $hook, array_column( $this->listeners, 0 ), true ) ) {
				continue;
			}
			$callback = function ( ...$args ) use ( $hook ) {
				$this->heard[ $hook ][] = $args;
				return $args[0] ?? null;
			};
			add_action( $hook, $callback, 10, 6 );
			$this->listeners[] = array( $hook, $callback );
		}
	}

	/**
	 * The hooks one move from one stage to another must fire.
	 *
	 * @param string $type mentee or mentor.
	 * @param string $from Stage.
	 * @param string $to   Stage.
	 * @return string[]
	 */
	private function hooks_of( string $type, string $from, string $to ): array {
		return array(
			'transition_post_status',
			Stages::to_status( $from ) . '_to_' . Stages::to_status( $to ),
			Stages::to_status( $to ) . '_mp_' . $type,
			'mentorship_program_stage_changed',
		);
	}

	/**
	 * Asserts that each expected hook fired exactly once for this move, with the right
	 * arguments, and nothing else was heard.
	 *
	 * @param array<string, mixed> $application Application before the move.
	 * @param string               $from        Stage.
	 * @param string               $to          Stage.
	 * @param int                  $user_id     Acting user.
	 */
	private function assert_heard_once( array $application, string $from, string $to, int $user_id ): void {
		$id    = (int) $application['id'];
		$hooks = $this->hooks_of( (string) $application['type'], $from, $to );
		foreach ( $hooks as $hook ) {
			$this->assertCount( 1, $this->heard[ $hook ] ?? array(), "$hook fires exactly once for $from → $to." );
		}
		list( $new_status, $old_status, $post ) = $this->heard['transition_post_status'][0];
		$this->assertSame( Stages::to_status( $to ), $new_status );
		$this->assertSame( Stages::to_status( $from ), $old_status );
		$this->assertInstanceOf( \WP_Post::class, $post );
		$this->assertSame( $id, $post->ID );
		$this->assertSame( Stages::to_status( $to ), $post->post_status, 'Listeners get the fresh post object.' );
		$this->assertSame( $id, $this->heard[ $hooks[1] ][0][0]->ID, '{old}_to_{new} gets the post.' );
		$this->assertSame( array( $id, $this->heard[ $hooks[2] ][0][1]->ID ), array( $this->heard[ $hooks[2] ][0][0], $id ), '{new}_{post_type} gets the ID and the post.' );
		$this->assertSame( array( $id, $from, $to, $user_id ), $this->heard['mentorship_program_stage_changed'][0] );
		$this->assertSame( Stages::to_status( $to ), get_post_status( $id ), 'Listeners after the move read the new status from the cache.' );
	}

	public function test_each_legal_move_fires_core_and_plugin_hooks_once(): void {
		$user   = $this->as_coordinator();
		$cohort = $this->make_cohort();
		$walks  = array(
			'mentee' => array( 'in_review', 'accepted', 'active', 'graduated' ),
			'mentor' => array( 'in_review', 'approved', 'active', 'completed' ),
		);
		foreach ( $walks as $type => $path ) {
			$application = $this->make_application( $type, $cohort['id'] );
			$from        = 'submitted';
			foreach ( $path as $to ) {
				$this->heard = array();
				$this->listen( $this->hooks_of( $type, $from, $to ) );
				$moved = Applications::transition( (int) $application['id'], $to, array( 'allow_unassigned' => true ) );
				$this->assertIsArray( $moved, is_wp_error( $moved ) ? $moved->get_error_message() : '' );
				$this->assertSame( $to, $moved['stage'] );
				$this->assert_heard_once( $application, $from, $to, $user );
				$from = $to;
			}
		}
	}

	public function test_a_move_through_the_rest_route_fires_each_hook_once_and_names_the_actor(): void {
		$user        = $this->as_coordinator();
		$application = $this->make_application( 'mentee', $this->make_cohort()['id'] );
		$this->listen( $this->hooks_of( 'mentee', 'submitted', 'in_review' ) );

		$response = $this->rest( 'POST', '/mentorship/v1/applications/' . $application['id'] . '/transitions', array( 'to' => 'in_review' ) );

		$this->assertSame( 200, $response->get_status(), (string) wp_json_encode( $response->get_data() ) );
		$this->assert_heard_once( $application, 'submitted', 'in_review', $user );
	}

	public function test_a_bulk_move_fires_each_hook_once_per_moved_application_and_never_for_refused_ones(): void {
		$user     = $this->as_coordinator();
		$cohort   = $this->make_cohort();
		$movable  = array(
			$this->make_application( 'mentee', $cohort['id'] ),
			$this->make_application( 'mentee', $cohort['id'] ),
			$this->make_application( 'mentor', $cohort['id'] ),
		);
		$refused  = $this->make_application( 'mentee', $cohort['id'], array( 'in_review', 'declined' ) );
		$ids      = array_map( static fn( $a ) => (int) $a['id'], $movable );
		$this->listen(
			array_merge(
				$this->hooks_of( 'mentee', 'submitted', 'in_review' ),
				$this->hooks_of( 'mentor', 'submitted', 'in_review' ),
				$this->hooks_of( 'mentee', 'declined', 'in_review' )
			)
		);

		$response = $this->rest(
			'POST',
			'/mentorship/v1/applications/batch',
			array(
				'ids' => array_merge( $ids, array( (int) $refused['id'] ) ),
				'to'  => 'in_review',
			)
		);

		$this->assertSame( 200, $response->get_status(), (string) wp_json_encode( $response->get_data() ) );
		$this->assertCount( 3, $this->heard['transition_post_status'] ?? array(), 'transition_post_status fires once per moved application.' );
		$this->assertSame( $ids, array_map( static fn( $args ) => $args[2]->ID, $this->heard['transition_post_status'] ) );
		$this->assertCount( 3, $this->heard['mp_submitted_to_mp_in_review'] ?? array() );
		$this->assertCount( 2, $this->heard['mp_in_review_mp_mentee'] ?? array() );
		$this->assertCount( 1, $this->heard['mp_in_review_mp_mentor'] ?? array() );
		$this->assertArrayNotHasKey( 'mp_declined_to_mp_in_review', $this->heard, 'The refused move fired nothing.' );
		$this->assertSame(
			array_map( static fn( $id ) => array( $id, 'submitted', 'in_review', $user ), $ids ),
			$this->heard['mentorship_program_stage_changed']
		);
	}

	public function test_an_illegal_move_fires_nothing(): void {
		$this->as_coordinator();
		$application = $this->make_application( 'mentee', $this->make_cohort()['id'] );
		$this->listen( array_merge( $this->hooks_of( 'mentee', 'submitted', 'graduated' ), array( 'clean_post_cache' ) ) );

		$result = Applications::transition( (int) $application['id'], 'graduated' );

		$this->assertWPError( $result, 'mentorship_illegal_transition' );
		$this->assertSame( array(), $this->heard, 'A refused move fires no hook at all.' );
	}

	public function test_a_move_that_lost_the_race_fires_nothing(): void {
		global $wpdb;
		$this->as_coordinator();
		$application = $this->make_application( 'mentee', $this->make_cohort()['id'] );
		$id          = (int) $application['id'];
		// Another reviewer moves it first, behind this request's cached copy.
		$this->assertSame( 'submitted', Applications::get( $id )['stage'] );
		$wpdb->update( $wpdb->posts, array( 'post_status' => Stages::to_status( 'withdrawn' ) ), array( 'ID' => $id ) ); // phpcs:ignore WordPress.DB.DirectDatabaseQuery
		$this->listen( array_merge( $this->hooks_of( 'mentee', 'submitted', 'in_review' ), $this->hooks_of( 'mentee', 'withdrawn', 'in_review' ) ) );

		$result = Applications::transition( $id, 'in_review' );

		$this->assertWPError( $result, 'mentorship_conflict' );
		$this->assertSame( array(), $this->heard, 'A move that lost the compare-and-set fires no hook.' );
		$this->assertSame( Stages::to_status( 'withdrawn' ), get_post_status( $id ), 'The winner stands, and the cache shows it.' );
	}

	public function test_confirming_an_address_fires_core_and_plugin_hooks_once_through_the_same_path(): void {
		$cohort = $this->make_cohort();
		foreach ( array( 'mentee', 'mentor' ) as $type ) {
			$application = Applications::create( $type, $this->values( $type ), (int) $cohort['id'], 0, array( 'confirmed' => false ) );
			$this->assertIsArray( $application );
			$id          = (int) $application['id'];
			$this->heard = array();
			$hooks       = array( 'transition_post_status', Status_Links::UNCONFIRMED_STATUS . '_to_' . Stages::to_status( 'submitted' ), Stages::to_status( 'submitted' ) . '_mp_' . $type, 'mentorship_program_stage_changed', 'mentorship_program_application_confirmed' );
			$this->listen( $hooks );

			$this->assertSame( $id, Status_Links::confirm( $id ) );
			$this->assertSame( $id, Status_Links::confirm( $id ), 'Confirming again changes nothing.' );

			foreach ( $hooks as $hook ) {
				$this->assertCount( 1, $this->heard[ $hook ] ?? array(), "$hook fires exactly once when a $type's address is confirmed, however often the link is opened." );
			}
			list( $new_status, $old_status, $post ) = $this->heard['transition_post_status'][0];
			$this->assertSame( array( Stages::to_status( 'submitted' ), Status_Links::UNCONFIRMED_STATUS, $id ), array( $new_status, $old_status, $post->ID ) );
			$this->assertSame( Stages::to_status( 'submitted' ), $post->post_status, 'Listeners get the fresh post object.' );
			$this->assertSame( $id, $this->heard[ $hooks[1] ][0][0]->ID, '{old}_to_{new} gets the post.' );
			$this->assertSame( $id, $this->heard[ $hooks[2] ][0][0], '{new}_{post_type} gets the ID.' );
			$this->assertSame( array( $id, '', 'submitted', 0 ), $this->heard['mentorship_program_stage_changed'][0], 'The application enters the pipeline, moved by its private link.' );
			$this->assertSame( 'submitted', Applications::get( $id )['stage'] );
		}
	}

	public function test_a_confirmation_that_lost_the_race_fires_nothing(): void {
		global $wpdb;
		$application = Applications::create( 'mentee', $this->values( 'mentee' ), (int) $this->make_cohort()['id'], 0, array( 'confirmed' => false ) );
		$id          = (int) $application['id'];
		// Another request confirms first, behind this request's check.
		$this->assertTrue( Status_Links::is_unconfirmed( $id ) );
		$lose = static function ( $query ) use ( $wpdb, $id ) {
			if ( is_string( $query ) && str_starts_with( $query, "UPDATE `{$wpdb->posts}` SET `post_status`" ) ) {
				$wpdb->query( $wpdb->prepare( "UPDATE {$wpdb->posts} SET post_status = %s WHERE ID = %d", Stages::to_status( 'submitted' ), $id ) ); // phpcs:ignore WordPress.DB.DirectDatabaseQuery
			}
			return $query;
		};
		add_filter( 'query', $lose );
		$this->listen( array( 'transition_post_status', 'mentorship_program_stage_changed', 'mentorship_program_application_confirmed' ) );
		try {
			$this->assertSame( $id, Status_Links::confirm( $id ) );
		} finally {
			remove_filter( 'query', $lose );
		}
		$this->assertSame( array(), $this->heard, 'Only the request that won the compare-and-set tells anyone.' );
	}

	/**
	 * Asserts a WP_Error with a code.
	 *
	 * @param mixed  $value Value.
	 * @param string $code  Code.
	 */
	private function assertWPError( $value, string $code ): void {
		$this->assertInstanceOf( \WP_Error::class, $value );
		$this->assertSame( $code, $value->get_error_code() );
	}
}
