<?php
/**
 * The glue between stored applications and the matching engine.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Tests;

use Mentorship_Program\Matching\Cohort_Matching;
use Mentorship_Program\Matching\Reasons;

/**
 * The sentences shown for a pair's explanation keys.
 */
final class Cohort_Matching_Test extends TestCase {

	/**
	 * Each key becomes its sentence, in the keys' order; a key with no sentence is left out.
	 */
	public function test_reasons_text_keeps_the_order_and_leaves_out_unknown_keys(): void {
		$texts = Cohort_Matching::texts();

		$this->assertSame(
			array( $texts[ Reasons::OVERLAP_NONE ], $texts[ Reasons::SHARED_LANGUAGE ] ),
			Cohort_Matching::reasons_text( array( Reasons::OVERLAP_NONE, 'not_a_reason', Reasons::SHARED_LANGUAGE ) )
		);
		$this->assertSame( array(), Cohort_Matching::reasons_text( array() ) );
	}

	/**
	 * Sentences a caller already has are used as given.
	 */
	public function test_reasons_text_uses_the_sentences_it_is_given(): void {
		$this->assertSame(
			array( 'Shared.' ),
			Cohort_Matching::reasons_text( array( Reasons::SHARED_LANGUAGE, Reasons::PINNED ), array( Reasons::SHARED_LANGUAGE => 'Shared.' ) )
		);
	}

	/**
	 * Proposals and reassignment candidates describe explanations alike.
	 */
	public function test_explanations_schema_is_two_lists_of_strings(): void {
		$strings = array(
			'type'  => 'array',
			'items' => array( 'type' => 'string' ),
		);
		$this->assertSame(
			array(
				'explanations' => $strings,
				'reasons_text' => $strings,
			),
			Cohort_Matching::explanations_schema()
		);
		$pair = Cohort_Matching::proposal_schema()['properties']['pairs']['items']['properties'];
		$this->assertSame( $strings, $pair['reasons_text'] );
	}
}
