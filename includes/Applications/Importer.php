<?php
/**
 * Imports applications from a spreadsheet's CSV export.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Applications;

defined( 'ABSPATH' ) || exit;

use Mentorship_Program\Applications\Applications;
use Mentorship_Program\Cohorts\Cohorts;
use Mentorship_Program\Applications\Fields;
use Mentorship_Program\Applications\Stages;
use WP_Error;

/**
 * Maps a CSV's headings to application fields, checks every row the way the public
 * form does, and stores the valid rows. Needs no WP-CLI, so tests call it directly.
 *
 * Programs that ran on forms and spreadsheets have one row per person, headed by the
 * form's questions: a heading matches a field by its name ("email"), its label
 * ("E-mail", also translated), or a common wording ("Email address", "Slack").
 *
 * @since 0.1.0
 */
final class Importer {

	/**
	 * Headings other than a field's name or label that mean the field, normalised.
	 */
	private const ALIASES = array(
		'full_name'                 => 'name',
		'your_name'                 => 'name',
		'email_address'             => 'email',
		'e_mail_address'            => 'email',
		'mail'                      => 'email',
		'wordpress_org_username'    => 'wporg_username',
		'wporg'                     => 'wporg_username',
		'wp_org_username'           => 'wporg_username',
		'slack'                     => 'slack_username',
		'slack_handle'              => 'slack_username',
		'timezone'                  => 'timezone',
		'time_zone'                 => 'timezone',
		'language'                  => 'languages',
		'languages_spoken'          => 'languages',
		'team'                      => 'teams',
		'teams_of_interest'         => 'teams',
		'team_interests'            => 'teams',
		'expertise'                 => 'teams',
		'links'                     => 'contribution_links',
		'contributions'             => 'contribution_links',
		'hours'                     => 'hours_per_week',
		'preferred_format'          => 'format',
		'formats_offered'           => 'formats',
		'years'                     => 'years_contributing',
		'mentees'                   => 'capacity',
		'how_many_mentees'          => 'capacity',
		'how_did_you_hear'          => 'heard_from',
		'how_did_you_hear_about_us' => 'heard_from',
		'code_of_conduct'           => 'consent_coc',
		'coc'                       => 'consent_coc',
		'privacy'                   => 'consent_privacy',
		'privacy_notice'            => 'consent_privacy',
		'privacy_policy'            => 'consent_privacy',
		'role'                      => 'type',
		'applying_as'               => 'type',
	);

	/**
	 * Import options.
	 *
	 * @var array{type: string, cohort: int, stage: string, dry_run: bool, notify: bool, assume_consent: bool}
	 */
	private array $options;

	/**
	 * Sets the options.
	 *
	 * @since 0.1.0
	 *
	 * @param array<string, mixed> $options type (mentee|mentor, when the CSV has no type column; default mentee),
	 *                                      cohort (ID; default the open cohort), stage (move valid rows there),
	 *                                      dry_run, notify (send the confirmation mail), assume_consent.
	 */
	public function __construct( array $options = array() ) {
		$this->options = array(
			'type'           => (string) ( $options['type'] ?? 'mentee' ),
			'cohort'         => (int) ( $options['cohort'] ?? 0 ),
			'stage'          => (string) ( $options['stage'] ?? '' ),
			'dry_run'        => ! empty( $options['dry_run'] ),
			'notify'         => ! empty( $options['notify'] ),
			'assume_consent' => ! empty( $options['assume_consent'] ),
		);
	}

	/**
	 * Reads a CSV file: the first row holds the headings.
	 *
	 * @since 0.1.0
	 *
	 * @param string $file Path.
	 * @return array{headers: string[], rows: array<int, string[]>}|WP_Error Rows keyed by their line in the file.
	 */
	public static function read_csv( string $file ) {
		if ( ! is_readable( $file ) || is_dir( $file ) ) {
			/* translators: %s: file path. */
			return new WP_Error( 'mentorship_import_unreadable', sprintf( __( 'Cannot read %s.', 'mentorship-program' ), $file ) );
		}
		$csv = new \SplFileObject( $file, 'r' );
		$csv->setFlags( \SplFileObject::READ_CSV | \SplFileObject::SKIP_EMPTY | \SplFileObject::READ_AHEAD );
		$csv->setCsvControl( self::delimiter( $file ), '"', '\\' );
		$headers = null;
		$rows    = array();
		foreach ( $csv as $index => $row ) {
			if ( ! is_array( $row ) || array( null ) === $row ) {
				continue;
			}
			$row = array_map( static fn( $cell ) => (string) $cell, $row );
			if ( null === $headers ) {
				$row[0]  = (string) preg_replace( '/^\xEF\xBB\xBF/', '', $row[0] ); // A spreadsheet's byte order mark.
				$headers = array_map( 'trim', $row );
				continue;
			}
			if ( '' === trim( implode( '', $row ) ) ) {
				continue;
			}
			$rows[ (int) $index + 1 ] = $row;
		}
		if ( null === $headers ) {
			/* translators: %s: file path. */
			return new WP_Error( 'mentorship_import_empty', sprintf( __( '%s has no heading row.', 'mentorship-program' ), $file ) );
		}
		return array(
			'headers' => $headers,
			'rows'    => $rows,
		);
	}

	/**
	 * The delimiter of a CSV file: comma, semicolon (spreadsheets in many locales) or tab.
	 *
	 * @param string $file Path.
	 * @return string
	 */
	private static function delimiter( string $file ): string {
		$csv  = new \SplFileObject( $file, 'r' );
		$line = (string) $csv->fgets();
		$best = ',';
		$most = substr_count( $line, ',' );
		foreach ( array( ';', "\t" ) as $candidate ) {
			if ( substr_count( $line, $candidate ) > $most ) {
				$best = $candidate;
				$most = substr_count( $line, $candidate );
			}
		}
		return $best;
	}

	/**
	 * A heading in a comparable form: lower case, words joined by underscores.
	 *
	 * @param string $heading Heading.
	 * @return string
	 */
	public static function normalise( string $heading ): string {
		$heading = strtolower( remove_accents( trim( $heading ) ) );
		$heading = (string) preg_replace( '/\(.*?\)|[?:*]/', '', $heading );
		return trim( (string) preg_replace( '/[^a-z0-9]+/', '_', $heading ), '_' );
	}

	/**
	 * Maps each column to a field name, "type", or null when nothing matches.
	 *
	 * @since 0.1.0
	 *
	 * @param string[] $headers Headings.
	 * @return array<int, string|null> Column index => field.
	 */
	public static function map_headers( array $headers ): array {
		$known = array( 'type' => 'type' );
		foreach ( Fields::definitions() as $name => $field ) {
			$known[ self::normalise( $name ) ]           = $name;
			$known[ self::normalise( $field['label'] ) ] = $name;
		}
		$known = array_merge( $known, self::ALIASES );
		$map   = array();
		$taken = array();
		foreach ( array_values( $headers ) as $index => $heading ) {
			$key   = self::normalise( $heading );
			$field = $known[ $key ] ?? null;
			if ( null === $field ) {
				// Long form questions: "What are your goals for the program" → goals.
				foreach ( $known as $candidate => $name ) {
					if ( strlen( $candidate ) >= 4 && preg_match( '/(^|_)' . preg_quote( $candidate, '/' ) . '(_|$)/', $key ) ) {
						$field = $name;
						break;
					}
				}
			}
			if ( null !== $field && isset( $taken[ $field ] ) ) {
				$field = null; // The first column with a field wins.
			}
			if ( null !== $field ) {
				$taken[ $field ] = true;
			}
			$map[ $index ] = $field;
		}
		return $map;
	}

	/**
	 * Converts a row's cells to typed field values, as the form would send them.
	 *
	 * @since 0.1.0
	 *
	 * @param array<int, string>      $row Cells.
	 * @param array<int, string|null> $map Column index => field.
	 * @return array<string, mixed> Field => value ("type" included when the CSV has it).
	 */
	public static function row_values( array $row, array $map ): array {
		$definitions = Fields::definitions();
		$values      = array();
		foreach ( $map as $index => $field ) {
			if ( null === $field ) {
				continue;
			}
			$cell = trim( (string) ( $row[ $index ] ?? '' ) );
			if ( 'type' === $field ) {
				$values['type'] = strtolower( $cell );
				continue;
			}
			if ( '' === $cell ) {
				continue;
			}
			$definition = $definitions[ $field ];
			switch ( $definition['type'] ) {
				case 'integer':
					$values[ $field ] = is_numeric( $cell ) ? (int) $cell : $cell;
					break;
				case 'boolean':
					// Spreadsheet answers ("Yes", "I agree", a cross) are yes and "No" is no;
					// anything else is read by Fields::parse_boolean() like every other
					// answer, and refused when it is neither.
					$word             = strtolower( $cell );
					$values[ $field ] = in_array( $word, array( 'yes', 'y', 'x', 'agree', 'agreed', 'i agree', 'checked' ), true ) ? true : ( in_array( $word, array( 'no', 'n' ), true ) ? false : $cell );
					break;
				case 'array':
					$values[ $field ] = 'availability' === $field ? self::availability( $cell ) : self::list_cell( $field, $cell );
					break;
				default:
					$values[ $field ] = $cell;
			}
		}
		return $values;
	}

	/**
	 * A list cell ("en, pt-BR" or "Core; Docs") as a list.
	 *
	 * @param string $field Field.
	 * @param string $cell  Cell.
	 * @return string[]
	 */
	private static function list_cell( string $field, string $cell ): array {
		$split = 'contribution_links' === $field ? '/[\s,;]+/' : '/\s*[,;\n]\s*/';
		$items = array_values( array_filter( array_map( 'trim', (array) preg_split( $split, $cell ) ), static fn( string $item ): bool => '' !== $item ) );
		if ( in_array( $field, array( 'teams', 'formats' ), true ) ) {
			$items = array_map( 'sanitize_title', $items );
		}
		if ( 'languages' === $field ) {
			$items = array_map( static fn( $code ) => strtolower( substr( $code, 0, 2 ) ) . substr( $code, 2 ), $items );
		}
		return $items;
	}

	/**
	 * Weekly availability written as the export writes it: "0 12:00-15:00; 3 09:00-11:00"
	 * (day 0 = Monday). A slot that does not read that way is kept as given, so
	 * validation names the field.
	 *
	 * @param string $cell Cell.
	 * @return array<int, mixed>
	 */
	private static function availability( string $cell ): array {
		$slots = array();
		foreach ( array_filter( array_map( 'trim', explode( ';', $cell ) ), static fn( string $item ): bool => '' !== $item ) as $slot ) {
			if ( preg_match( '/^(\d)\s+(\d{2}:\d{2})\s*-\s*(\d{2}:\d{2})$/', $slot, $m ) ) {
				$slots[] = array(
					'day'   => (int) $m[1],
					'start' => $m[2],
					'end'   => $m[3],
				);
			} else {
				$slots[] = $slot;
			}
		}
		return $slots;
	}

	/**
	 * Checks and stores every row.
	 *
	 * @since 0.1.0
	 *
	 * @param string $file CSV file.
	 * @return array{rows: int, imported: array<int, int>, errors: array<int, array<string, string>>, columns: array<string, string>, ignored: string[], cohort: int}|WP_Error
	 *         imported: line => application ID (0 on a dry run); errors: line => field => message.
	 */
	public function import_file( string $file ) {
		$csv = self::read_csv( $file );
		if ( is_wp_error( $csv ) ) {
			return $csv;
		}
		return $this->import_rows( $csv['headers'], $csv['rows'] );
	}

	/**
	 * Checks and stores rows.
	 *
	 * @since 0.1.0
	 *
	 * @param string[]             $headers Headings.
	 * @param array<int, string[]> $rows    Rows keyed by line.
	 * @return array{rows: int, imported: array<int, int>, errors: array<int, array<string, string>>, columns: array<string, string>, ignored: string[], cohort: int}|WP_Error
	 */
	public function import_rows( array $headers, array $rows ) {
		$setup = $this->check_options();
		if ( is_wp_error( $setup ) ) {
			return $setup;
		}
		$cohort = $setup;
		$map    = self::map_headers( $headers );
		if ( ! in_array( 'email', $map, true ) || ! in_array( 'name', $map, true ) ) {
			return new WP_Error( 'mentorship_import_columns', __( 'The CSV needs a name column and an e-mail column.', 'mentorship-program' ) );
		}
		$columns = array();
		$ignored = array();
		foreach ( array_values( $headers ) as $index => $heading ) {
			if ( null === $map[ $index ] ) {
				$ignored[] = $heading;
			} else {
				$columns[ $heading ] = (string) $map[ $index ];
			}
		}

		$result = array(
			'rows'     => count( $rows ),
			'imported' => array(),
			'errors'   => array(),
			'columns'  => $columns,
			'ignored'  => $ignored,
			'cohort'   => $cohort,
		);
		$run    = Submission_Context::import( $cohort, $this->options['dry_run'] );
		$quiet  = ! $this->options['notify'];
		if ( $quiet ) {
			add_filter( 'mentorship_program_queue_mail', '__return_false' );
		}
		try {
			foreach ( $rows as $line => $row ) {
				$outcome = $this->import_row( $row, $map, $run );
				if ( is_array( $outcome ) ) {
					$result['errors'][ $line ] = $outcome;
				} else {
					$result['imported'][ $line ] = $outcome;
				}
			}
		} finally {
			if ( $quiet ) {
				remove_filter( 'mentorship_program_queue_mail', '__return_false' );
			}
		}
		return $result;
	}

	/**
	 * The cohort to import into, after checking the options.
	 *
	 * @return int|WP_Error Cohort ID.
	 */
	private function check_options() {
		if ( ! in_array( $this->options['type'], Stages::types(), true ) ) {
			return new WP_Error( 'mentorship_import_type', __( 'Type must be mentee or mentor.', 'mentorship-program' ) );
		}
		if ( '' !== $this->options['stage'] && ! in_array( $this->options['stage'], Stages::all_stages(), true ) ) {
			/* translators: %s: comma-separated stage names. */
			return new WP_Error( 'mentorship_import_stage', sprintf( __( 'Stage must be one of: %s.', 'mentorship-program' ), implode( ', ', Stages::all_stages() ) ) );
		}
		$cohort = $this->options['cohort'] ? Cohorts::get( $this->options['cohort'] ) : Cohorts::current_open();
		if ( ! $cohort ) {
			return new WP_Error(
				'mentorship_import_cohort',
				$this->options['cohort']
					? __( 'That cohort does not exist.', 'mentorship-program' )
					: __( 'No cohort is open: name one with --cohort=<id>.', 'mentorship-program' )
			);
		}
		return (int) $cohort['id'];
	}

	/**
	 * Checks and stores one row.
	 *
	 * @param array<int, string>      $row    Cells.
	 * @param array<int, string|null> $map    Column index => field.
	 * @param Submission_Context      $run    This import: its cohort, dry run, and the addresses of earlier rows.
	 * @return int|array<string, string> Application ID (0 on a dry run), or field => message.
	 */
	private function import_row( array $row, array $map, Submission_Context $run ) {
		$values = self::row_values( $row, $map );
		$type   = (string) ( $values['type'] ?? '' );
		unset( $values['type'] );
		if ( '' === $type ) {
			$type = $this->options['type'];
		}
		if ( $this->options['assume_consent'] ) {
			$values += array(
				'consent_coc'     => true,
				'consent_privacy' => true,
			);
		}
		// Columns for the other type (a mentor's capacity on a mentee's row), or for
		// fields the site hides, are not errors: this row does not use them.
		$submission = Submission::submit( $type, Submission::applicable( $type, $values ), $run );
		if ( $submission instanceof WP_Error ) {
			$data = (array) $submission->get_error_data();
			return isset( $data['params'] ) && is_array( $data['params'] ) ? array_map( 'strval', $data['params'] ) : array( 'row' => $submission->get_error_message() );
		}
		if ( ! $submission->application ) {
			return 0;
		}
		$id = (int) $submission->application['id'];
		if ( '' !== $this->options['stage'] && 'submitted' !== $this->options['stage'] ) {
			$path = self::path( $type, 'submitted', $this->options['stage'] );
			if ( null === $path ) {
				Applications::delete( $id );
				return array(
					/* translators: %s: stage name. */
					'stage' => sprintf( __( 'An application cannot reach "%s" from "submitted".', 'mentorship-program' ), $this->options['stage'] ),
				);
			}
			foreach ( $path as $stage ) {
				$moved = Applications::transition(
					$id,
					$stage,
					array(
						'allow_unassigned' => true,
						'note'             => __( 'Imported from a spreadsheet.', 'mentorship-program' ),
					)
				);
				if ( is_wp_error( $moved ) ) {
					Applications::delete( $id );
					return array( 'stage' => $moved->get_error_message() );
				}
			}
		}
		return $id;
	}

	/**
	 * The shortest chain of legal moves from one stage to another, or null.
	 *
	 * @since 0.1.0
	 *
	 * @param string $type Type.
	 * @param string $from From.
	 * @param string $to   To.
	 * @return string[]|null Stages after $from, ending with $to.
	 */
	public static function path( string $type, string $from, string $to ): ?array {
		$queue   = array( array( $from, array() ) );
		$visited = array( $from => true );
		while ( $queue ) {
			list( $stage, $steps ) = array_shift( $queue );
			if ( $stage === $to ) {
				return $steps;
			}
			foreach ( Stages::next( $type, $stage ) as $next ) {
				if ( 'withdrawn' === $next && 'withdrawn' !== $to ) {
					continue;
				}
				if ( ! isset( $visited[ $next ] ) ) {
					$visited[ $next ] = true;
					$queue[]          = array( $next, array_merge( $steps, array( $next ) ) );
				}
			}
		}
		return null;
	}
}
