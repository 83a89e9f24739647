<?php
/**
 * Applicants' personal data never reaches anonymous visitors.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Tests\Privacy;

use Mentorship_Program\Tests\Fixtures;
use Mentorship_Program\Tests\TestCase;

/**
 * wp/v2, search, feeds, sitemaps, oEmbed and the REST index stay clean.
 */
final class No_Leak_Test extends TestCase {

	use Fixtures;

	public function test_anonymous_visitors_see_no_applicant_anywhere(): void {
		$cohort = $this->make_cohort();
		$app    = $this->make_application( 'mentee', $cohort['id'], array(), array( 'name' => 'Zelda Secretname', 'email' => 'zelda.secret@example.com', 'timezone' => 'Pacific/Chatham' ) );
		$this->make_application( 'mentor', $cohort['id'], array(), array( 'name' => 'Zelda Secretname' ) );
		wp_set_current_user( 0 );
		$needles = array( 'Secretname', 'zelda.secret', 'Chatham' );

		$outputs = array();
		$types   = $this->rest( 'GET', '/wp/v2/types' )->get_data();
		$this->assertArrayNotHasKey( 'mp_mentee', $types );
		$this->assertArrayNotHasKey( 'mp_mentor', $types );
		$outputs['types']  = wp_json_encode( $types );
		$outputs['search'] = wp_json_encode( $this->rest( 'GET', '/wp/v2/search', array( 'search' => 'Secretname' ) )->get_data() );
		$outputs['index']  = wp_json_encode( rest_get_server()->get_index( new \WP_REST_Request( 'GET', '/' ) )->get_data() );
		$outputs['ns']     = wp_json_encode( $this->rest( 'GET', '/mentorship/v1' )->get_data() );
		$this->assertSame( 404, $this->rest( 'GET', '/wp/v2/mp_mentee' )->get_status() );
		$this->assertSame( 401, $this->rest( 'GET', '/mentorship/v1/applications/' . $app['id'] )->get_status() );

		// The front-end search and the feed query, as WordPress runs them for visitors.
		$search            = new \WP_Query( array( 's' => 'Secretname' ) );
		$outputs['wpq']    = wp_json_encode( wp_list_pluck( $search->posts, 'post_title' ) );
		$feed              = new \WP_Query( array( 'feed' => 'rss2', 'post_type' => 'any' ) );
		$outputs['feed']   = wp_json_encode( wp_list_pluck( $feed->posts, 'post_title' ) );
		$by_id             = new \WP_Query( array( 'p' => $app['id'], 'post_type' => 'any' ) );
		$outputs['by_id']  = wp_json_encode( wp_list_pluck( $by_id->posts, 'post_title' ) );

		$sitemaps = wp_sitemaps_get_server();
		$provider = $sitemaps->registry->get_provider( 'posts' );
		$this->assertArrayNotHasKey( 'mp_mentee', $provider->get_object_subtypes() );
		$this->assertArrayNotHasKey( 'mp_mentor', $provider->get_object_subtypes() );
		$this->assertSame( 0, apply_filters( 'oembed_request_post_id', $app['id'], '' ) );
		$this->assertFalse( is_post_type_viewable( 'mp_mentee' ) );

		foreach ( $outputs as $where => $text ) {
			foreach ( $needles as $needle ) {
				$this->assertStringNotContainsString( $needle, (string) $text, "Found $needle in $where" );
			}
		}
	}
}
