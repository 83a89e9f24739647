<?php
/**
 * CSV import of applications: heading mapping, per-row checks, dry runs, stages.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Tests\Applications;

use Mentorship_Program\CLI\Command;
use Mentorship_Program\Applications\Importer;
use Mentorship_Program\Applications\Applications;
use Mentorship_Program\Applications\Audit_Trail;
use Mentorship_Program\Applications\Exporter;
use Mentorship_Program\Notifications\Mailer;
use Mentorship_Program\Tests\TestCase;

/**
 * A coordinator moves a program off its spreadsheet with `wp mentorship import`.
 */
final class Importer_Test extends TestCase {
	use \Mentorship_Program\Tests\Fixtures;

	/**
	 * Files to remove after the test.
	 *
	 * @var string[]
	 */
	private array $files = array();

	protected function tearDown(): void {
		foreach ( $this->files as $file ) {
			if ( file_exists( $file ) ) {
				unlink( $file );
			}
		}
		parent::tearDown();
	}

	/**
	 * Writes rows to a temporary CSV file.
	 *
	 * @param array<int, array<int, string>> $rows      Rows, headings first.
	 * @param string                         $delimiter Delimiter.
	 * @param string                         $prefix    Text before the first row (a byte order mark).
	 * @return string Path.
	 */
	private function csv( array $rows, string $delimiter = ',', string $prefix = '' ): string {
		$file          = (string) tempnam( sys_get_temp_dir(), 'mentorship-import-' );
		$this->files[] = $file;
		$handle        = fopen( $file, 'w' );
		fwrite( $handle, $prefix );
		foreach ( $rows as $row ) {
			fputcsv( $handle, $row, $delimiter );
		}
		fclose( $handle );
		return $file;
	}

	/**
	 * A sheet as a Google Form would export it.
	 *
	 * @param array<int, array<int, string>> $people Rows after the headings.
	 * @return array<int, array<int, string>>
	 */
	private function form_sheet( array $people ): array {
		return array_merge(
			array(
				array( 'Timestamp', 'Full name', 'Email address', 'WordPress.org username', 'Time zone', 'Languages', 'Teams of interest', 'Experience', 'What are your goals?', 'How many hours per week can you give?', 'Preferred format', 'Code of conduct', 'Privacy notice' ),
			),
			$people
		);
	}

	/**
	 * One person's row in the form sheet.
	 *
	 * @param array<int, string> $overrides Column index => value.
	 * @return array<int, string>
	 */
	private function person( array $overrides = array() ): array {
		static $n = 0;
		++$n;
		$row = array( '2024/01/15 10:00', 'Sheet Person ' . $n, 'sheet' . $n . '-' . wp_generate_password( 4, false, false ) . '@example.com', 'sheet' . $n, 'Europe/Lisbon', 'en, pt-BR', 'core; docs', 'user', 'Learn how to review patches.', '4', 'any', 'Yes', 'Yes' );
		return array_replace( $row, $overrides );
	}

	public function test_maps_form_questions_to_fields(): void {
		$map = Importer::map_headers( $this->form_sheet( array() )[0] );
		$this->assertSame(
			array( null, 'name', 'email', 'wporg_username', 'timezone', 'languages', 'teams', 'experience', 'goals', 'hours_per_week', 'format', 'consent_coc', 'consent_privacy' ),
			$map
		);
		$this->assertSame( array( 'type', 'capacity', 'slack_username' ), Importer::map_headers( array( 'Role', 'How many mentees', 'Slack' ) ) );
		$this->assertSame( array( 'email', null ), Importer::map_headers( array( 'E-mail', 'Email' ) ), 'The first column for a field wins.' );
	}

	public function test_imports_valid_rows_into_the_cohort_without_mail(): void {
		$cohort = $this->make_cohort();
		$file   = $this->csv( $this->form_sheet( array( $this->person(), $this->person() ) ) );
		$result = ( new Importer( array( 'cohort' => $cohort['id'] ) ) )->import_file( $file );

		$this->assertIsArray( $result );
		$this->assertSame( array(), $result['errors'] );
		$this->assertSame( array( 2, 3 ), array_keys( $result['imported'] ) );
		$this->assertSame( array( 'Timestamp' ), $result['ignored'] );
		$application = Applications::get( $result['imported'][2] );
		$this->assertSame( 'mentee', $application['type'] );
		$this->assertSame( 'submitted', $application['stage'] );
		$this->assertSame( $cohort['id'], $application['cohort'] );
		$this->assertSame( array( 'en', 'pt-BR' ), $application['fields']['languages'] );
		$this->assertSame( array( 'core', 'docs' ), $application['fields']['teams'] );
		$this->assertSame( 4, $application['fields']['hours_per_week'] );
		$this->assertNotSame( '', $application['consent']['code_of_conduct'] );
		$this->assertSame( 0, Mailer::counts()['queued'], 'An import sends no confirmation by default.' );
	}

	public function test_notify_queues_the_confirmation(): void {
		$cohort = $this->make_cohort();
		$file   = $this->csv( $this->form_sheet( array( $this->person() ) ) );
		( new Importer(
			array(
				'cohort' => $cohort['id'],
				'notify' => true,
			)
		) )->import_file( $file );
		$this->assertSame( 1, Mailer::counts()['queued'] );
	}

	public function test_reports_each_bad_row_by_line_and_field_and_keeps_the_good_ones(): void {
		$cohort = $this->make_cohort();
		$taken  = $this->make_application( 'mentee', $cohort['id'] );
		$twice  = $this->person();
		$file   = $this->csv(
			$this->form_sheet(
				array(
					$this->person( array( 4 => 'Mars/Olympus' ) ),
					$this->person( array( 8 => '' ) ),
					$twice,
					$twice,
					$this->person( array( 2 => $taken['fields']['email'] ) ),
					$this->person( array( 9 => 'lots' ) ),
					$this->person( array( 11 => 'No' ) ),
					$this->person(),
				)
			)
		);
		$result = ( new Importer( array( 'cohort' => $cohort['id'] ) ) )->import_file( $file );

		$this->assertSame( array( 4, 9 ), array_keys( $result['imported'] ) );
		$this->assertSame( array( 2, 3, 5, 6, 7, 8 ), array_keys( $result['errors'] ) );
		$this->assertArrayHasKey( 'timezone', $result['errors'][2] );
		$this->assertSame( 'Goals is required.', $result['errors'][3]['goals'] );
		$this->assertArrayHasKey( 'email', $result['errors'][5], 'The same e-mail twice in one file.' );
		$this->assertStringContainsString( 'already exists', $result['errors'][6]['email'] );
		$this->assertArrayHasKey( 'hours_per_week', $result['errors'][7] );
		$this->assertArrayHasKey( 'consent_coc', $result['errors'][8] );
	}

	public function test_yes_and_no_cells_are_read_strictly(): void {
		$cohort = $this->make_cohort();
		$sheet  = $this->form_sheet( array() );
		$sheet[0][] = 'public_recognition';
		$cells  = array( 'Yes', 'No', 'false', 'true', 'maybe', '2' );
		foreach ( $cells as $cell ) {
			$sheet[] = array_merge( $this->person(), array( $cell ) );
		}
		$result = ( new Importer( array( 'cohort' => $cohort['id'] ) ) )->import_file( $this->csv( $sheet ) );
		$this->assertSame( array( 2, 3, 4, 5 ), array_keys( $result['imported'] ) );
		$wall = array_map( static fn( $id ) => Applications::get( $id )['fields']['public_recognition'], $result['imported'] );
		$this->assertSame( array( 2 => true, 3 => false, 4 => false, 5 => true ), $wall );
		$this->assertSame( array( 6, 7 ), array_keys( $result['errors'] ) );
		$this->assertSame( array( 'public_recognition' ), array_keys( $result['errors'][6] ) );
		$this->assertSame( array( 'public_recognition' ), array_keys( $result['errors'][7] ) );
	}

	public function test_dry_run_checks_every_row_and_stores_nothing(): void {
		$cohort = $this->make_cohort();
		$file   = $this->csv( $this->form_sheet( array( $this->person(), $this->person( array( 4 => 'Nowhere' ) ) ) ) );
		$before = $this->snapshot();
		$result = ( new Importer(
			array(
				'cohort'  => $cohort['id'],
				'dry_run' => true,
			)
		) )->import_file( $file );

		$this->assertSame( array( 2 => 0 ), $result['imported'] );
		$this->assertSame( array( 3 ), array_keys( $result['errors'] ) );
		$this->assertSame( $before, $this->snapshot() );
	}

	public function test_stage_option_walks_the_legal_moves_and_records_them(): void {
		$cohort = $this->make_cohort();
		$file   = $this->csv( $this->form_sheet( array( $this->person() ) ) );
		$result = ( new Importer(
			array(
				'cohort' => $cohort['id'],
				'stage'  => 'accepted',
			)
		) )->import_file( $file );

		$id = $result['imported'][2];
		$this->assertSame( 'accepted', Applications::get( $id )['stage'] );
		$stages = array_column( Audit_Trail::for_object( $id, array( 'stage' ) ), 'to' );
		$this->assertSame( array( 'submitted', 'in_review', 'accepted' ), $stages );
		$this->assertSame( array( 'in_review', 'accepted' ), Importer::path( 'mentee', 'submitted', 'accepted' ) );
		$this->assertNull( Importer::path( 'mentee', 'declined', 'accepted' ) );
	}

	public function test_mentor_rows_and_a_type_column(): void {
		$cohort = $this->make_cohort();
		$file   = $this->csv(
			array(
				array( 'Role', 'Name', 'E-mail', 'Time zone', 'Languages', 'Teams', 'Formats offered', 'How many mentees', 'Motivation', 'Goals', 'Experience', 'Hours per week', 'Preferred format' ),
				array( 'mentor', 'Mentor One', 'mentor.one@example.com', 'UTC', 'en', 'core', 'one-to-one, project-group', '3', 'Giving back.', '', '', '', '' ),
				array( 'mentee', 'Mentee One', 'mentee.one@example.com', 'UTC', 'en', '', '', '', '', 'Learn.', 'new', '2', 'one-to-one' ),
				array( 'sponsor', 'Nobody', 'nobody@example.com', 'UTC', 'en', '', '', '', '', '', '', '', '' ),
			)
		);
		$result = ( new Importer(
			array(
				'cohort'         => $cohort['id'],
				'assume_consent' => true,
			)
		) )->import_file( $file );

		$this->assertSame( array( 2, 3 ), array_keys( $result['imported'] ) );
		$mentor = Applications::get( $result['imported'][2] );
		$this->assertSame( 'mentor', $mentor['type'] );
		$this->assertSame( 3, $mentor['fields']['capacity'] );
		$this->assertSame( array( 'one-to-one', 'project-group' ), $mentor['fields']['formats'] );
		$this->assertSame( 'mentee', Applications::get( $result['imported'][3] )['type'] );
		$this->assertArrayHasKey( 'type', $result['errors'][4] );
	}

	public function test_reads_semicolons_and_a_byte_order_mark(): void {
		$cohort = $this->make_cohort();
		$file   = $this->csv( $this->form_sheet( array( $this->person() ) ), ';', "\xEF\xBB\xBF" );
		$result = ( new Importer( array( 'cohort' => $cohort['id'] ) ) )->import_file( $file );
		$this->assertCount( 1, $result['imported'] );
		$this->assertSame( array( 'Timestamp' ), $result['ignored'] );
	}

	public function test_what_the_export_writes_imports_again(): void {
		$from = $this->make_cohort();
		$to   = $this->make_cohort();
		$this->make_application( 'mentee', $from['id'] );
		$this->make_application( 'mentor', $from['id'] );
		$file   = (string) tempnam( sys_get_temp_dir(), 'mentorship-export-' );
		$handle = fopen( $file, 'w' );
		$this->files[] = $file;
		$this->assertSame( 2, Exporter::write( array( 'cohort' => $from['id'] ), $handle ) );
		fclose( $handle );

		$result = ( new Importer( array( 'cohort' => $to['id'] ) ) )->import_file( $file );
		$this->assertSame( array(), $result['errors'] );
		$this->assertCount( 2, $result['imported'] );
		$copies = Applications::list( array( 'cohort' => $to['id'] ) )['items'];
		$this->assertEqualsCanonicalizing( array( 'mentee', 'mentor' ), array_column( $copies, 'type' ) );
		foreach ( $copies as $copy ) {
			$this->assertNotEmpty( $copy['fields']['availability'], 'Availability survives the round trip.' );
		}
	}

	public function test_refuses_unusable_input_as_a_whole(): void {
		$cohort = $this->make_cohort();
		$this->assertWPError( Importer::read_csv( '/nonexistent/file.csv' ) );
		$no_email = $this->csv( array( array( 'Name' ), array( 'Someone' ) ) );
		$this->assertSame( 'mentorship_import_columns', ( new Importer( array( 'cohort' => $cohort['id'] ) ) )->import_file( $no_email )->get_error_code() );
		$file = $this->csv( $this->form_sheet( array( $this->person() ) ) );
		$this->assertSame( 'mentorship_import_stage', ( new Importer( array( 'stage' => 'famous' ) ) )->import_file( $file )->get_error_code() );
		$this->assertSame( 'mentorship_import_cohort', ( new Importer( array( 'cohort' => 999999 ) ) )->import_file( $file )->get_error_code() );
	}

	public function test_export_options_become_the_rest_filters(): void {
		$this->assertSame(
			array(
				'type'     => 'mentee',
				'cohort'   => 12,
				'search'   => 'ana',
				'stage'    => array( 'accepted', 'active' ),
				'team'     => array( 'core' ),
				'language' => array( 'en', 'pt' ),
			),
			Command::export_filters(
				array(
					'type'     => 'mentee',
					'cohort'   => '12',
					'stage'    => 'accepted, active',
					'team'     => 'core',
					'language' => 'en,pt',
					'search'   => 'ana',
				)
			)
		);
	}

	/**
	 * Asserts a value is a WP_Error.
	 *
	 * @param mixed $actual Value.
	 */
	private function assertWPError( $actual ): void {
		$this->assertInstanceOf( \WP_Error::class, $actual );
	}
}
