<?php
/**
 * Storing an application stays cheap: a fixed, small number of database queries,
 * whatever the number of languages, teams and availability rows, and everything
 * stored reads back the same.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Tests\Applications;

use Mentorship_Program\Applications\Applications;
use Mentorship_Program\Teams\Taxonomies;
use Mentorship_Program\Tests\Fixtures;
use Mentorship_Program\Tests\TestCase;

/**
 * Query cost of Applications::create().
 */
final class Create_Cost_Test extends TestCase {

	use Fixtures;

	/**
	 * Most queries one application may take to store, read back and queue its mail.
	 */
	private const BUDGET = 16;

	/**
	 * Most queries a public submission may take, from the route's start to its answer,
	 * once the process is warm but, like a new request, knows no term meta
	 * (docs/benchmarks.md counts a whole request): the cohort's meta is read; the
	 * teams' is not.
	 */
	private const SUBMIT_BUDGET = 18;

	/**
	 * Queries run by a callable.
	 *
	 * @param callable $callback Work.
	 * @return array{0: mixed, 1: int}
	 */
	private function count_queries( callable $callback ): array {
		$this->queries = array();
		$log           = function ( string $sql ): string {
			$this->queries[] = preg_replace( '/\s+/', ' ', $sql );
			return $sql;
		};
		add_filter( 'query', $log );
		$result = $callback();
		remove_filter( 'query', $log );
		// The rate limiter sweeps expired buckets on one hit in 51, at random: housekeeping
		// shared by many requests, not part of any one request's fixed cost.
		$sweep         = 'DELETE FROM ' . \Mentorship_Program\Database\Schema::table( 'rate' ) . ' WHERE expires_at <';
		$this->queries = array_values( array_filter( $this->queries, static fn( string $sql ): bool => ! str_starts_with( $sql, $sweep ) ) );
		return array( $result, count( $this->queries ) );
	}

	/**
	 * SQL of the last counted run.
	 *
	 * @var string[]
	 */
	private array $queries = array();

	public function test_one_application_takes_a_fixed_small_number_of_queries(): void {
		$cohort = $this->make_cohort();
		// Warm the per-request caches a real request warms before it stores anything.
		$this->make_application( 'mentee', $cohort['id'], array(), array( 'teams' => array( 'core', 'docs', 'design', 'polyglots', 'test', 'training' ) ) );

		$counts = array();
		foreach ( array( 1, 3, 6 ) as $size ) {
			$teams  = array_slice( array( 'core', 'docs', 'design', 'polyglots', 'test', 'training' ), 0, $size );
			$langs  = array_slice( array( 'en', 'pt', 'es', 'de', 'fr', 'ja' ), 0, $size );
			$values = $this->values(
				'mentee',
				array(
					'teams'     => $teams,
					'languages' => $langs,
				)
			);

			list( $application, $queries ) = $this->count_queries(
				static fn() => Applications::create( 'mentee', $values, $cohort['id'] )
			);
			$this->assertIsArray( $application, is_wp_error( $application ) ? $application->get_error_message() : '' );
			$counts[ $size ] = $queries;
			if ( getenv( 'MENTORSHIP_DUMP_QUERIES' ) ) {
				fwrite( STDERR, "\n" . implode( "\n", $this->queries ) . "\n" ); // phpcs:ignore WordPress.WP.AlternativeFunctions.file_system_operations_fwrite
			}
			fwrite( STDERR, sprintf( "\n  Applications::create with %d teams and %d languages: %d queries", $size, $size, $queries ) ); // phpcs:ignore WordPress.WP.AlternativeFunctions.file_system_operations_fwrite

			$this->assertLessThanOrEqual( self::BUDGET, $queries, "Storing an application with $size teams took $queries queries:\n" . implode( "\n", $this->queries ) );
			sort( $teams );
			$stored = $application['fields']['teams'];
			sort( $stored );
			$this->assertSame( $teams, $stored );
			$this->assertSame( $langs, $application['fields']['languages'] );
		}
		$this->assertSame( $counts[1], $counts[6], 'The query count does not grow with the number of teams and languages.' );
	}

	public function test_a_public_submission_takes_a_fixed_small_number_of_queries(): void {
		$this->make_cohort();
		$body = fn() => array_merge(
			array(
				'type'  => 'mentee',
				'token' => \Mentorship_Program\Security\Form_Token::issue(),
			),
			$this->values( 'mentee' )
		);
		// Warm-up: the first request of a process loads options and settings.
		$this->assertSame( 201, $this->rest( 'POST', '/mentorship/v1/applications', $body() )->get_status() );

		// A new request knows no term meta yet: the cohort's is read once; nobody needs
		// the teams' (mail reads the cohort's name only).
		$this->forget_term_meta();
		list( $response, $queries ) = $this->count_queries( fn() => $this->rest( 'POST', '/mentorship/v1/applications', $body() ) );
		$this->assertSame( 201, $response->get_status(), (string) wp_json_encode( $response->get_data() ) );
		fwrite( STDERR, sprintf( "\n  POST /mentorship/v1/applications: %d queries", $queries ) ); // phpcs:ignore WordPress.WP.AlternativeFunctions.file_system_operations_fwrite
		if ( getenv( 'MENTORSHIP_DUMP_QUERIES' ) ) {
			fwrite( STDERR, "\n" . implode( "\n", $this->queries ) . "\n" ); // phpcs:ignore WordPress.WP.AlternativeFunctions.file_system_operations_fwrite
		}
		$this->assertLessThanOrEqual( self::SUBMIT_BUDGET, $queries, "A public submission took $queries queries:\n" . implode( "\n", $this->queries ) );
	}

	public function test_the_form_s_own_endpoint_takes_no_more_queries_than_the_rest_route(): void {
		$this->make_cohort();
		$body = fn() => array_merge(
			array(
				'type'  => 'mentee',
				'token' => \Mentorship_Program\Security\Form_Token::issue(),
			),
			$this->values( 'mentee' )
		);
		$send = static fn( array $sent ) => \Mentorship_Program\Applications\Public_Endpoint::answer( 'POST', 'mentee', $sent, '' );
		$this->assertSame( 201, $send( $body() )->status );

		$this->forget_term_meta();
		list( $answer, $queries ) = $this->count_queries( fn() => $send( $body() ) );
		$this->assertSame( 201, $answer->status, (string) wp_json_encode( $answer->body ) );
		fwrite( STDERR, sprintf( "\n  POST /?mentorship-apply=mentee: %d queries", $queries ) ); // phpcs:ignore WordPress.WP.AlternativeFunctions.file_system_operations_fwrite
		$this->assertLessThanOrEqual( self::SUBMIT_BUDGET, $queries, "A submission through the form's endpoint took $queries queries:\n" . implode( "\n", $this->queries ) );
	}

	public function test_a_submission_translates_the_field_labels_once(): void {
		$this->make_cohort();
		\Mentorship_Program\Applications\Fields::definitions();
		$label   = 0;
		$counter = static function ( $translation, $text ) use ( &$label ) {
			if ( 'Hours per week' === $text ) {
				++$label;
			}
			return $translation;
		};
		add_filter( 'gettext_mentorship-program', $counter, 10, 2 );
		$answer = \Mentorship_Program\Applications\Public_Endpoint::answer(
			'POST',
			'mentee',
			array_merge(
				array(
					'type'  => 'mentee',
					'token' => \Mentorship_Program\Security\Form_Token::issue(),
				),
				$this->values( 'mentee' )
			),
			''
		);
		remove_filter( 'gettext_mentorship-program', $counter, 10 );
		$this->assertSame( 201, $answer->status );
		$this->assertSame( 0, $label, 'The field definitions, labels and all, are built once per request, not on each of a dozen reads.' );
	}

	/**
	 * Forgets every term's meta, as a new request starts without it.
	 */
	private function forget_term_meta(): void {
		$terms = get_terms(
			array(
				'taxonomy'               => array( Taxonomies::TEAM, Taxonomies::COHORT ),
				'hide_empty'             => false,
				'fields'                 => 'ids',
				'update_term_meta_cache' => false,
			)
		);
		foreach ( is_array( $terms ) ? $terms : array() as $id ) {
			wp_cache_delete( (int) $id, 'term_meta' );
		}
		// Nor anything queued for lazy loading by earlier work in this process.
		wp_metadata_lazyloader()->reset_queue( 'term' );
	}

	public function test_the_application_answered_is_what_a_cold_read_gives(): void {
		$cohort = $this->make_cohort();
		foreach ( array( 'mentee', 'mentor' ) as $type ) {
			$values = $this->values(
				$type,
				array(
					'teams'     => array( 'polyglots', 'core', 'docs' ),
					'languages' => array( 'pt', 'en' ),
					'name'      => 'Zoë \\ "Quoted" 100%',
				)
			);
			foreach ( array( true, false ) as $confirmed ) {
				$values['email'] = $type . ( $confirmed ? '-c-' : '-u-' ) . wp_generate_password( 6, false, false ) . '@example.org';
				$made            = Applications::create( $type, $values, $cohort['id'], 0, array( 'confirmed' => $confirmed ) );
				$this->assertIsArray( $made, is_wp_error( $made ) ? $made->get_error_message() : '' );
				wp_cache_flush();
				$this->assertSame( Applications::get( (int) $made['id'] ), $made, "A $type, " . ( $confirmed ? 'confirmed' : 'waiting' ) . ': the same as read from the database.' );
			}
		}
	}

	public function test_meta_or_terms_another_plugin_adds_while_the_post_is_inserted_are_read_back(): void {
		$cohort = $this->make_cohort();
		$add    = static function ( $post_id, $post ): void {
			if ( 'mp_mentee' === $post->post_type ) {
				add_post_meta( $post_id, '_mp_region', 'Added by another plugin' );
			}
		};
		add_action( 'save_post', $add, 10, 2 );
		$made = Applications::create( 'mentee', $this->values( 'mentee', array( 'region' => '' ) ), $cohort['id'] );
		remove_action( 'save_post', $add, 10 );
		$this->assertIsArray( $made );
		$this->assertSame( 'Added by another plugin', $made['fields']['region'] );
	}

	public function test_what_is_stored_reads_back_from_a_cold_cache(): void {
		$cohort = $this->make_cohort();
		$values = $this->values(
			'mentor',
			array(
				'teams'      => array( 'core', 'polyglots' ),
				'name'       => 'Ana \\ Lima "Quoted"',
				'motivation' => 'I keep notes in C:\\wp\\notes and write \\n by hand.',
			)
		);
		$made   = Applications::create( 'mentor', $values, $cohort['id'] );
		$this->assertIsArray( $made );

		wp_cache_flush();
		$read = Applications::get( (int) $made['id'] );
		$this->assertIsArray( $read );
		foreach ( array( 'name', 'email', 'timezone', 'languages', 'teams', 'capacity', 'formats', 'motivation', 'availability', 'wporg_username' ) as $field ) {
			$this->assertEquals( $made['fields'][ $field ], $read['fields'][ $field ], "$field reads back the same." );
		}
		$this->assertSame( $values['name'], get_post_field( 'post_title', (int) $made['id'] ), 'Backslashes in the name survive.' );
		$this->assertSame( $values['motivation'], $read['fields']['motivation'], 'Backslashes in free text survive.' );
		$this->assertSame( $values['name'], $read['fields']['name'] );
		$this->assertNotEmpty( get_post_meta( (int) $made['id'], '_mp_consent_coc_at', true ) );
		$this->assertNotEmpty( get_post_meta( (int) $made['id'], '_mp_consent_privacy_at', true ) );
		$this->assertSame( array( $cohort['id'] ), wp_get_object_terms( (int) $made['id'], Taxonomies::COHORT, array( 'fields' => 'ids' ) ) );
		$this->assertStringNotContainsString( sanitize_title( $values['name'] ), get_post_field( 'post_name', (int) $made['id'] ), 'The slug does not repeat the applicant name.' );
	}

	public function test_term_counts_still_count_only_published_stories(): void {
		$cohort = $this->make_cohort();
		$core   = get_term_by( 'slug', 'core', Taxonomies::TEAM );
		$this->assertInstanceOf( \WP_Term::class, $core );
		$before = (int) $core->count;
		$this->make_application( 'mentee', $cohort['id'], array(), array( 'teams' => array( 'core' ) ) );
		clean_term_cache( $core->term_id, Taxonomies::TEAM );
		$after = get_term( $core->term_id, Taxonomies::TEAM );
		$this->assertInstanceOf( \WP_Term::class, $after );
		$this->assertSame( $before, (int) $after->count, 'An application is never published, so it never counts.' );
	}

	public function test_when_the_one_statement_is_refused_the_fields_are_stored_row_by_row(): void {
		global $wpdb;
		$cohort = $this->make_cohort();
		// Stands in for a table that refuses the whole multi-row statement (an old
		// utf8mb3 table and an emoji): the statement fails, nothing of it is stored.
		$refuse = static function ( string $sql ) use ( $wpdb ): string {
			return 0 === strpos( $sql, "INSERT INTO {$wpdb->postmeta} (post_id, meta_key, meta_value) VALUES" ) ? 'INSERT INTO no_such_table_here VALUES (1)' : $sql;
		};
		add_filter( 'query', $refuse );
		$values = $this->values( 'mentee', array( 'teams' => array( 'core', 'docs' ) ) );
		$made   = Applications::create( 'mentee', $values, $cohort['id'] );
		remove_filter( 'query', $refuse );

		$this->assertIsArray( $made, is_wp_error( $made ) ? $made->get_error_message() : '' );
		wp_cache_flush();
		$read = Applications::get( (int) $made['id'] );
		$this->assertIsArray( $read );
		foreach ( array( 'name', 'timezone', 'languages', 'teams', 'goals', 'format', 'hours_per_week' ) as $field ) {
			$this->assertEquals( $values[ $field ], $read['fields'][ $field ], "$field is stored." );
		}
		$this->assertSame( strtolower( $values['email'] ), $read['fields']['email'] );
		$this->assertNotEmpty( $read['consent']['code_of_conduct'] );
		$this->assertSame( count( $values['languages'] ), count( get_post_meta( (int) $made['id'], '_mp_lang' ) ) );
	}
}
