<?php
/**
 * Tests for matching weights.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Tests\Matching;

use Mentorship_Program\Matching\Weights;
use Mentorship_Program\Tests\TestCase;

/**
 * Weights have defaults, read settings safely and never go negative.
 */
final class Weights_Test extends TestCase {

	public function test_defaults_round_trip_through_an_array(): void {
		$weights = new Weights();
		$this->assertSame( Weights::DEFAULTS, $weights->to_array() );
		$this->assertEquals( $weights, Weights::from_array( $weights->to_array() ) );
		$this->assertSame( 100.0, $weights->max_score() );
	}

	public function test_settings_override_defaults_and_bad_values_are_ignored_or_raised_to_zero(): void {
		$weights = Weights::from_array(
			array(
				'language' => '50',
				'overlap'  => 'lots',
				'teams'    => -3,
				'format'   => 1e12,
				'unknown'  => 9,
			)
		);
		$this->assertSame( 50.0, $weights->language );
		$this->assertSame( Weights::DEFAULTS['overlap'], $weights->overlap );
		$this->assertSame( 0.0, $weights->teams );
		$this->assertSame( Weights::MAX, $weights->format );
		$this->assertArrayNotHasKey( 'unknown', $weights->to_array() );
	}
}
