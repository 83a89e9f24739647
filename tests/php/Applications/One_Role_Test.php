<?php
/**
 * One person, one role per cohort: the same e-mail address cannot be a mentee and a
 * mentor in the same cohort.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Tests\Applications;

use Mentorship_Program\Applications\Applications;
use Mentorship_Program\Database\Schema;
use Mentorship_Program\Settings\Settings;
use Mentorship_Program\Applications\Status_Links;
use Mentorship_Program\Privacy\Privacy;
use Mentorship_Program\Security\Form_Token;
use Mentorship_Program\Tests\Fixtures;
use Mentorship_Program\Tests\TestCase;

/**
 * Applications::create() and ::move_to_cohort() refuse the second role with 409
 * mentorship_duplicate_role naming the e-mail field.
 */
final class One_Role_Test extends TestCase {

	use Fixtures;

	/**
	 * Submits through the public route.
	 *
	 * @param string               $type      Type.
	 * @param array<string, mixed> $overrides Values.
	 * @return \WP_REST_Response
	 */
	private function submit( string $type, array $overrides ): \WP_REST_Response {
		return $this->rest( 'POST', '/mentorship/v1/applications', array_merge( array( 'type' => $type, 'token' => Form_Token::issue() ), $this->values( $type, $overrides ) ) );
	}

	public function test_the_same_address_cannot_take_both_roles_in_a_cohort(): void {
		$first = $this->make_cohort();
		$this->assertIsArray( Applications::create( 'mentee', $this->values( 'mentee', array( 'email' => 'both.roles@example.com' ) ), $first['id'] ) );

		$before  = $this->snapshot();
		$refused = Applications::create( 'mentor', $this->values( 'mentor', array( 'email' => 'Both.Roles@Example.com' ) ), $first['id'] );
		$this->assertWPErrorCode( 'mentorship_duplicate_role', $refused );
		$this->assertStringContainsString( 'as a mentee', $refused->get_error_message() );
		$this->assertSame( $before, $this->snapshot(), 'Nothing was stored.' );

		// The other way round, in a later cohort; and another cohort is fine.
		$second = $this->make_cohort();
		$this->assertIsArray( Applications::create( 'mentor', $this->values( 'mentor', array( 'email' => 'other.way@example.com' ) ), $second['id'] ) );
		$this->assertWPErrorCode( 'mentorship_duplicate_role', Applications::create( 'mentee', $this->values( 'mentee', array( 'email' => 'other.way@example.com' ) ), $second['id'] ) );
		$this->assertIsArray( Applications::create( 'mentor', $this->values( 'mentor', array( 'email' => 'both.roles@example.com' ) ), $second['id'] ), 'A mentee of one cohort may mentor in another.' );
	}

	public function test_a_visitor_confirming_the_second_role_keeps_the_first(): void {
		Settings::update( array( 'rate_limit_count' => 1000 ) );
		$this->make_cohort();
		// A visitor's application waits for its address to be confirmed and claims
		// nothing, so the route answers both alike: nobody learns that the address applied.
		$mentee = $this->submit( 'mentee', array( 'email' => 'visitor.roles@example.com' ) );
		$mentor = $this->submit( 'mentor', array( 'email' => 'visitor.roles@example.com' ) );
		$this->assertSame( 201, $mentee->get_status() );
		$this->assertSame( 201, $mentor->get_status() );
		$mentee_id = $this->application_by_email( 'visitor.roles@example.com', 'mentee' )['id'];
		$mentor_id = $this->application_by_email( 'visitor.roles@example.com', 'mentor' )['id'];
		$this->assertSame( $mentee_id, Status_Links::confirm( $mentee_id ) );
		$this->assertSame( $mentee_id, Status_Links::confirm( $mentor_id ), 'The mentee application stands.' );
		$this->assertNull( Applications::get( $mentor_id ) );
	}

	public function test_applications_stored_before_the_rule_count_too(): void {
		global $wpdb;
		$cohort = $this->make_cohort();
		$this->make_application( 'mentee', $cohort['id'], array(), array( 'email' => 'legacy@example.com' ) );
		// An application stored before the rule has no role claim, only its type's claim.
		$wpdb->delete( Schema::table( 'claims' ), array( 'claim_key' => sha1( 'role|' . $cohort['id'] . '|legacy@example.com' ) ) );
		$this->assertSame( 1, (int) $wpdb->get_var( $wpdb->prepare( 'SELECT COUNT(*) FROM ' . Schema::table( 'claims' ) . ' WHERE claim_key = %s', sha1( 'mentee|' . $cohort['id'] . '|legacy@example.com' ) ) ) );
		// The upgrade gives it one, and running it again changes nothing.
		$this->assertNotFalse( has_action( 'mentorship_program_install_site', array( Applications::class, 'backfill_role_claims' ) ) );
		Applications::backfill_role_claims();
		$claims = (int) $wpdb->get_var( 'SELECT COUNT(*) FROM ' . Schema::table( 'claims' ) );
		Applications::backfill_role_claims();
		$this->assertSame( $claims, (int) $wpdb->get_var( 'SELECT COUNT(*) FROM ' . Schema::table( 'claims' ) ) );
		$refused = Applications::create( 'mentor', $this->values( 'mentor', array( 'email' => 'legacy@example.com' ) ), $cohort['id'] );
		$this->assertWPErrorCode( 'mentorship_duplicate_role', $refused );
	}

	public function test_moving_into_a_cohort_where_the_person_has_the_other_role_is_refused(): void {
		$here  = $this->make_cohort();
		$there = $this->make_cohort();
		$this->make_application( 'mentor', $there['id'], array(), array( 'email' => 'mover@example.com' ) );
		$mentee = $this->make_application( 'mentee', $here['id'], array( 'in_review', 'waitlisted' ), array( 'email' => 'mover@example.com' ) );
		$this->assertWPErrorCode( 'mentorship_duplicate_role', Applications::move_to_cohort( $mentee['id'], $there['id'] ) );
		$this->assertSame( $here['id'], Applications::get( $mentee['id'] )['cohort'] );
		// It can still move elsewhere, and its old role is freed.
		$third = $this->make_cohort();
		$this->assertIsArray( Applications::move_to_cohort( $mentee['id'], $third['id'] ) );
		$this->assertIsArray( Applications::create( 'mentor', $this->values( 'mentor', array( 'email' => 'mover@example.com' ) ), $here['id'] ) );
	}

	public function test_erasure_frees_the_role(): void {
		$cohort = $this->make_cohort();
		$this->make_application( 'mentee', $cohort['id'], array(), array( 'email' => 'erased.role@example.com' ) );
		Privacy::erase( 'erased.role@example.com' );
		$this->assertIsArray( Applications::create( 'mentor', $this->values( 'mentor', array( 'email' => 'erased.role@example.com' ) ), $cohort['id'] ) );
	}

	/**
	 * Asserts a WP_Error with a code.
	 *
	 * @param string $code  Code.
	 * @param mixed  $error Value.
	 */
	private function assertWPErrorCode( string $code, $error ): void {
		$this->assertInstanceOf( \WP_Error::class, $error, (string) wp_json_encode( $error ) );
		$this->assertSame( $code, $error->get_error_code() );
		$this->assertSame( 409, $error->get_error_data()['status'] ?? null );
		$this->assertArrayHasKey( 'email', $error->get_error_data()['params'] ?? array() );
	}
}
