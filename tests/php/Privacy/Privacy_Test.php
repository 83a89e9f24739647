<?php
/**
 * Personal data exporter, eraser and retention.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Tests\Privacy;

use Mentorship_Program\Applications\Applications;
use Mentorship_Program\Cohorts\Assignments;
use Mentorship_Program\Applications\Audit_Trail;
use Mentorship_Program\Privacy\Privacy;
use Mentorship_Program\Tests\Fixtures;
use Mentorship_Program\Tests\TestCase;

/**
 * WordPress's privacy tools see and remove applications.
 */
final class Privacy_Test extends TestCase {

	use Fixtures;

	public function test_exporter_and_eraser_are_registered_and_page_correctly(): void {
		$this->assertArrayHasKey( 'mentorship-program', apply_filters( 'wp_privacy_personal_data_exporters', array() ) );
		$this->assertArrayHasKey( 'mentorship-program', apply_filters( 'wp_privacy_personal_data_erasers', array() ) );

		$email = 'privacy-person@example.com';
		$ids   = array();
		for ( $i = 0; $i < Privacy::PER_PAGE + 3; $i++ ) {
			$cohort = $this->make_cohort();
			$ids[]  = $this->make_application( 'mentee', $cohort['id'], array(), array( 'email' => $email ) )['id'];
		}
		$other = $this->make_application( 'mentee', $cohort['id'] );

		$page1 = Privacy::export( $email, 1 );
		$this->assertCount( Privacy::PER_PAGE, $page1['data'] );
		$this->assertFalse( $page1['done'] );
		$page2 = Privacy::export( $email, 2 );
		$this->assertCount( 3, $page2['data'] );
		$this->assertTrue( $page2['done'] );
		$first = $page1['data'][0];
		$this->assertSame( 'mentorship-applications', $first['group_id'] );
		$this->assertContains( $email, array_column( $first['data'], 'value' ) );
		foreach ( $first['data'] as $pair ) {
			$this->assertSame( array( 'name', 'value' ), array_keys( $pair ) );
		}

		$erased = Privacy::erase( $email, 1 );
		$this->assertSame( Privacy::PER_PAGE, $erased['items_removed'] );
		$this->assertFalse( $erased['done'] );
		$erased = Privacy::erase( $email, 2 );
		$this->assertSame( 3, $erased['items_removed'] );
		$this->assertTrue( $erased['done'] );
		foreach ( $ids as $id ) {
			$this->assertNull( Applications::get( $id ) );
			$this->assertSame( array(), Audit_Trail::for_object( $id ) );
		}
		$this->assertNotNull( Applications::get( $other['id'] ), 'Someone else is untouched.' );
	}

	public function test_erasure_removes_draft_stories_and_unlinks_published_ones(): void {
		$cohort  = $this->make_cohort();
		$mentor  = $this->make_application( 'mentor', $cohort['id'], array( 'in_review', 'approved' ) );
		$user    = $this->create_user( 'subscriber', array( 'user_email' => 'graduate@example.com' ) );
		$stories = array();
		foreach ( array( 'draft', 'publish' ) as $i => $status ) {
			$app = $this->make_application( 'mentee', $this->make_cohort()['id'], array( 'in_review', 'accepted', 'active', 'graduated' ), array( 'email' => 'graduate@example.com' ), $user );
			$story = wp_insert_post(
				array(
					'post_type'   => 'mentorship_story',
					'post_status' => $status,
					'post_title'  => 'Story ' . $i,
					'meta_input'  => array( 'consent_confirmed' => true ),
				)
			);
			update_post_meta( $story, 'participant_id', $app['id'] );
			$stories[ $status ] = $story;
		}
		unset( $mentor );
		$result = Privacy::erase( 'graduate@example.com' );
		$this->assertSame( 2, $result['items_removed'] );
		$this->assertSame( 1, $result['items_retained'] );
		$this->assertStringContainsString( 'Story 1', $result['messages'][0] );
		$this->assertNull( get_post( $stories['draft'] ) );
		$this->assertSame( 'publish', get_post_status( $stories['publish'] ) );
		$this->assertSame( 0, (int) get_post_meta( $stories['publish'], 'participant_id', true ) );
	}

	public function test_retention_deletes_old_declined_and_withdrawn_only(): void {
		global $wpdb;
		$cohort   = $this->make_cohort();
		$mentor   = $this->make_application( 'mentor', $cohort['id'], array( 'in_review', 'approved' ) );
		$declined = $this->make_application( 'mentee', $cohort['id'], array( 'in_review', 'declined' ) );
		$withdraw = $this->make_application( 'mentee', $cohort['id'], array( 'in_review', 'accepted' ) );
		Assignments::assign( $withdraw['id'], $mentor['id'] );
		Applications::transition( $withdraw['id'], 'withdrawn' );
		$recent   = $this->make_application( 'mentee', $cohort['id'], array( 'in_review', 'declined' ) );
		$accepted = $this->make_application( 'mentee', $cohort['id'], array( 'in_review', 'accepted' ) );
		$old      = gmdate( 'Y-m-d H:i:s', time() - 200 * DAY_IN_SECONDS );
		foreach ( array( $declined['id'], $withdraw['id'], $accepted['id'] ) as $id ) {
			$wpdb->update( $wpdb->posts, array( 'post_modified_gmt' => $old ), array( 'ID' => $id ) );
		}
		$this->assertSame( 2, Privacy::apply_retention() );
		$this->assertNull( Applications::get( $declined['id'] ) );
		$this->assertNull( Applications::get( $withdraw['id'] ) );
		$this->assertNotNull( Applications::get( $recent['id'] ) );
		$this->assertNotNull( Applications::get( $accepted['id'] ) );
	}

	public function test_policy_text_is_suggested(): void {
		require_once ABSPATH . 'wp-admin/includes/misc.php';
		require_once ABSPATH . 'wp-admin/includes/class-wp-privacy-policy-content.php';
		// WordPress accepts policy text only in wp-admin.
		set_current_screen( 'dashboard' );
		$GLOBALS['wp_current_filter'][] = 'admin_init';
		( new Privacy() )->add_policy_text();
		array_pop( $GLOBALS['wp_current_filter'] );
		$GLOBALS['current_screen'] = null;
		$this->assertStringContainsString( 'mentorship program', strtolower( wp_json_encode( \WP_Privacy_Policy_Content::get_suggested_policy_text() ) ) );
	}
}
