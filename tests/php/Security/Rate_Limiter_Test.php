<?php
/**
 * The rate limiter's count.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Tests\Security;

use Mentorship_Program\Security\Rate_Limiter;
use Mentorship_Program\Tests\TestCase;

/**
 * Each hit counted once, in one statement, per scope and address.
 */
final class Rate_Limiter_Test extends TestCase {

	public function test_each_hit_is_counted_and_answered_in_one_statement(): void {
		global $wpdb;
		$address = '198.51.100.' . wp_rand( 1, 250 );
		for ( $i = 1; $i <= 3; $i++ ) {
			$before  = $wpdb->num_queries;
			$allowed = Rate_Limiter::hit( 'test-scope', $address, 3, 600 );
			$this->assertTrue( $allowed, "Hit $i of 3 is allowed." );
			// The occasional clean-up of old buckets is a second statement.
			$cleaned = 0 === strpos( (string) $wpdb->last_query, 'DELETE' );
			$this->assertSame( $cleaned ? 2 : 1, $wpdb->num_queries - $before, "Statements for hit $i" );
		}
		$this->assertFalse( Rate_Limiter::hit( 'test-scope', $address, 3, 600 ), 'The fourth hit is over the limit.' );
		$this->assertTrue( Rate_Limiter::hit( 'other-scope', $address, 1, 600 ), 'Another scope counts on its own.' );
		$this->assertTrue( Rate_Limiter::hit( 'test-scope', '198.51.100.251', 1, 600 ), 'Another address counts on its own.' );
	}

	public function test_the_count_answered_is_the_stored_count_after_an_insert_elsewhere(): void {
		global $wpdb;
		$address = '198.51.100.' . wp_rand( 1, 250 );
		Rate_Limiter::hit( 'test-ids', $address, 5, 600 );
		// Another table's auto-increment ID in between must not be taken for the count.
		$post = wp_insert_post(
			array(
				'post_title'  => 'An insert with an auto-increment ID',
				'post_status' => 'draft',
			)
		);
		$this->assertGreaterThan( 2, (int) $post );
		$this->assertGreaterThan( 2, (int) $wpdb->get_var( 'SELECT LAST_INSERT_ID()' ) );
		$this->assertTrue( Rate_Limiter::hit( 'test-ids', $address, 2, 600 ), 'The second hit is the second, whatever ID came before.' );
		$this->assertFalse( Rate_Limiter::hit( 'test-ids', $address, 2, 600 ), 'The third is over.' );
	}
}
