<?php
/**
 * The calendar feed folds long lines without breaking a character in two.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Tests\Cohorts;

use Mentorship_Program\Cohorts\Calendar_Feed;
use Mentorship_Program\Cohorts\Cohorts;
use Mentorship_Program\Tests\Fixtures;
use Mentorship_Program\Tests\TestCase;

/**
 * RFC 5545, section 3.1: lines of at most 75 octets, folded with CRLF and a space,
 * and a fold never splits a multi-octet UTF-8 sequence.
 */
final class Calendar_Folding_Test extends TestCase {

	use Fixtures;

	public function test_cjk_and_emoji_cohort_names_fold_on_character_boundaries(): void {
		$names = array(
			'cjk'   => 'ワードプレス・コントリビューター・メンターシッププログラム第三期生のためのセッション',
			'emoji' => str_repeat( '🌱🚀👩🏽‍💻', 12 ) . ' Cohort',
			'mixed' => 'a' . str_repeat( '貢献者', 30 ),
		);
		foreach ( $names as $kind => $name ) {
			$cohort = $this->make_cohort( array( 'name' => $name ) );
			$ics    = Calendar_Feed::document( $cohort );
			$this->assertTrue( mb_check_encoding( $ics, 'UTF-8' ), "$kind: the whole feed is UTF-8" );
			$lines = explode( "\r\n", rtrim( $ics, "\r\n" ) );
			foreach ( $lines as $line ) {
				$this->assertLessThanOrEqual( 75, strlen( $line ), "$kind: $line" );
				$this->assertTrue( mb_check_encoding( $line, 'UTF-8' ), "$kind: a fold split a character: " . bin2hex( $line ) );
			}
			// Unfolding gives the name back whole.
			$unfolded = str_replace( "\r\n ", '', $ics );
			$this->assertStringContainsString( 'X-WR-CALNAME:' . $name . "\r\n", $unfolded, $kind );
			$this->assertStringContainsString( 'SUMMARY:', $unfolded );
		}
	}

	public function test_folding_rules(): void {
		$this->assertSame( str_repeat( 'a', 75 ), Cohorts::fold_icalendar_line( str_repeat( 'a', 75 ) ) );
		$this->assertSame( str_repeat( 'a', 75 ) . "\r\n " . str_repeat( 'a', 74 ) . "\r\n a", Cohorts::fold_icalendar_line( str_repeat( 'a', 150 ) ) );
		// 74 octets, then a three-octet character that would cross the limit: it moves whole.
		$folded = Cohorts::fold_icalendar_line( str_repeat( 'a', 74 ) . '語b' );
		$this->assertSame( str_repeat( 'a', 74 ) . "\r\n 語b", $folded );
	}
}
