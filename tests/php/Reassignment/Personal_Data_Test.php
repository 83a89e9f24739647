<?php
/**
 * Mentor history, backup offers and requests in the personal data exporter and eraser.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Tests\Reassignment;

require_once dirname( __DIR__ ) . '/Mentorship/Mentorship_Fixtures.php';

use Mentorship_Program\Applications\Applications;
use Mentorship_Program\Reassignment\Backups;
use Mentorship_Program\Reassignment\History;
use Mentorship_Program\Reassignment\Personal_Data;
use Mentorship_Program\Reassignment\Reassignment;
use Mentorship_Program\Tests\Fixtures;
use Mentorship_Program\Tests\Mentorship\Mentorship_Fixtures;
use Mentorship_Program\Tests\TestCase;

/**
 * Real requests through WordPress's privacy callbacks.
 */
final class Personal_Data_Test extends TestCase {

	use Fixtures;
	use Mentorship_Fixtures;

	public function test_export_and_erase_cover_history_backup_and_request(): void {
		$cohort = $this->running_cohort();
		$first  = $this->mentor_in( $cohort['id'] );
		$second = $this->mentor_in( $cohort['id'] );
		$mentee = $this->mentee_in( $cohort['id'], $first['id'], array( 'email' => 'mia@example.com' ) );
		$other  = $this->mentee_in( $cohort['id'], $second['id'] );
		$this->assertIsArray( Backups::set( $second['id'], true, $second['user'] ) );
		$this->assertIsArray( Reassignment::reassign( $mentee['id'], array( 'mentor' => $second['id'], 'expected_mentor' => $first['id'] ), $this->as_coordinator() ) );
		$this->assertIsArray( Reassignment::request_new_mentor( $mentee['id'], array( 'reason' => 'Mia would like someone in her time zone.' ), $mentee['user'] ) );

		$this->assertArrayHasKey( 'mentorship-program-mentor-history', apply_filters( 'wp_privacy_personal_data_exporters', array() ) );
		$erasers = array_keys( apply_filters( 'wp_privacy_personal_data_erasers', array() ) );
		$this->assertLessThan( array_search( 'mentorship-program', $erasers, true ), array_search( 'mentorship-program-mentor-history', $erasers, true ) );

		$export = Personal_Data::export( 'mia@example.com' );
		$groups = array_count_values( array_column( $export['data'], 'group_id' ) );
		$this->assertSame( 2, $groups['mentorship-mentor-history'] );
		$this->assertSame( 1, $groups['mentorship-mentor-request'] );
		$json = (string) wp_json_encode( $export );
		$this->assertStringContainsString( Applications::get( $first['id'] )['fields']['name'], $json );
		$this->assertStringContainsString( 'Mia would like someone in her time zone.', $json );

		$mentor_email = Applications::get( $second['id'] )['fields']['email'];
		$mentor_json  = (string) wp_json_encode( Personal_Data::export( $mentor_email ) );
		$this->assertStringContainsString( 'Volunteered as a backup mentor', $mentor_json );

		$erased = Personal_Data::erase( 'mia@example.com' );
		$this->assertSame( 3, $erased['items_removed'], 'Two spans and the request.' );
		$this->assertSame( array(), History::rows_for( $mentee['id'] ) );
		$this->assertNull( Reassignment::request_of( $mentee['id'] ) );
		$this->assertNotEmpty( History::rows_for( $other['id'] ), 'Someone else\'s history stays.' );

		$erased = Personal_Data::erase( $mentor_email );
		$this->assertFalse( Backups::is_backup( $second['id'] ) );
		$this->assertSame( array(), History::rows_for( $other['id'] ) );
		$this->assertGreaterThanOrEqual( 2, $erased['items_removed'] );
	}
}
