<?php
/**
 * `wp mentorship`: export, import, match, move and demo content from the command line.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\CLI;

defined( 'ABSPATH' ) || exit;

use Mentorship_Program\Applications\Importer;
use Mentorship_Program\Demo\Demo_Content;
use Mentorship_Program\Applications\Applications;
use Mentorship_Program\Matching\Cohort_Matching;
use Mentorship_Program\Cohorts\Cohorts;
use Mentorship_Program\Stats\Counts;
use Mentorship_Program\Applications\Exporter;
use Mentorship_Program\Applications\Stages;
use Mentorship_Program\Stats\Stats;
use WP_CLI;

/**
 * Runs the mentorship program from the command line. Each subcommand calls the same
 * domain classes as the REST API; the parsing and checks of an import live in
 * Importer, which works without WP-CLI.
 *
 * @since 0.1.0
 */
final class Command {

	/**
	 * Exports applications as CSV, with the same filters as the REST API's export.
	 *
	 * ## OPTIONS
	 *
	 * [--file=<path>]
	 * : Write to this file instead of standard output.
	 *
	 * [--type=<type>]
	 * : mentee or mentor.
	 *
	 * [--stage=<stages>]
	 * : Comma-separated stages, e.g. accepted,active.
	 *
	 * [--cohort=<id>]
	 * : Cohort ID.
	 *
	 * [--team=<slugs>]
	 * : Comma-separated team slugs.
	 *
	 * [--language=<codes>]
	 * : Comma-separated language codes.
	 *
	 * [--format=<formats>]
	 * : Comma-separated preferred formats.
	 *
	 * [--search=<text>]
	 * : Name, e-mail or username contains this.
	 *
	 * ## EXAMPLES
	 *
	 *     wp mentorship export --cohort=12 --stage=accepted,active --file=accepted.csv
	 *
	 * @since 0.1.0
	 *
	 * @param array<int, string>    $args       Positional arguments.
	 * @param array<string, string> $assoc_args Options.
	 */
	public function export( array $args, array $assoc_args ): void {
		$filters = self::export_filters( $assoc_args );
		$file    = (string) ( $assoc_args['file'] ?? '' );
		if ( '' === $file ) {
			$handle = fopen( 'php://stdout', 'w' );
		} else {
			// The file the operator named on the command line, written a chunk at a time:
			// WP_Filesystem cannot stream, and its FTP methods would ask for credentials.
			// The sniff's codes differ between WPCS 2 and 3, so the whole sniff is named.
			$handle = fopen( $file, 'w' ); // phpcs:ignore WordPress.WP.AlternativeFunctions -- see above.
		}
		if ( false === $handle ) {
			/* translators: %s: file path. */
			WP_CLI::error( sprintf( __( 'Cannot write %s.', 'mentorship-program' ), '' === $file ? 'php://stdout' : $file ) );
		}
		$count = Exporter::write( $filters, $handle );
		if ( '' !== $file ) {
			fclose( $handle ); // phpcs:ignore WordPress.WP.AlternativeFunctions -- closes the file opened above.
			/* translators: 1: number of applications, 2: file path. */
			WP_CLI::success( sprintf( _n( 'Exported %1$d application to %2$s.', 'Exported %1$d applications to %2$s.', $count, 'mentorship-program' ), $count, $file ) );
		}
	}

	/**
	 * List filters from command-line options.
	 *
	 * @since 0.1.0
	 *
	 * @param array<string, string> $assoc_args Options.
	 * @return array<string, mixed>
	 */
	public static function export_filters( array $assoc_args ): array {
		$list    = static fn( string $key ) => array_values( array_filter( array_map( 'trim', explode( ',', (string) ( $assoc_args[ $key ] ?? '' ) ) ), static fn( string $item ): bool => '' !== $item ) );
		$filters = array();
		if ( ! empty( $assoc_args['type'] ) ) {
			$filters['type'] = (string) $assoc_args['type'];
		}
		if ( ! empty( $assoc_args['cohort'] ) ) {
			$filters['cohort'] = (int) $assoc_args['cohort'];
		}
		if ( ! empty( $assoc_args['search'] ) ) {
			$filters['search'] = (string) $assoc_args['search'];
		}
		foreach ( array( 'stage', 'team', 'language', 'format' ) as $key ) {
			if ( $list( $key ) ) {
				$filters[ $key ] = $list( $key );
			}
		}
		return $filters;
	}

	/**
	 * Imports applications from a CSV file (a spreadsheet's or a form's export).
	 *
	 * The first row holds headings; each is matched to a field by name, label or a
	 * common wording. Every row is checked like a form submission; rows with errors
	 * are listed and skipped. No confirmation mail is sent unless --notify is given.
	 *
	 * ## OPTIONS
	 *
	 * <file>
	 * : CSV file.
	 *
	 * [--type=<type>]
	 * : mentee or mentor, for rows without a type column.
	 * ---
	 * default: mentee
	 * ---
	 *
	 * [--cohort=<id>]
	 * : Cohort to import into. Defaults to the open cohort.
	 *
	 * [--stage=<stage>]
	 * : Move each imported application to this stage, e.g. accepted.
	 *
	 * [--assume-consent]
	 * : Record code-of-conduct and privacy consent for rows without those columns.
	 *
	 * [--notify]
	 * : Send each person the confirmation e-mail.
	 *
	 * [--dry-run]
	 * : Check every row and report, store nothing.
	 *
	 * ## EXAMPLES
	 *
	 *     wp mentorship import mentees.csv --cohort=12 --dry-run
	 *     wp mentorship import mentors.csv --type=mentor --cohort=12 --stage=approved
	 *
	 * @since 0.1.0
	 *
	 * @param array<int, string>    $args       Positional arguments.
	 * @param array<string, string> $assoc_args Options.
	 */
	public function import( array $args, array $assoc_args ): void {
		$importer = new Importer(
			array(
				'type'           => $assoc_args['type'] ?? 'mentee',
				'cohort'         => (int) ( $assoc_args['cohort'] ?? 0 ),
				'stage'          => $assoc_args['stage'] ?? '',
				'dry_run'        => ! empty( $assoc_args['dry-run'] ),
				'notify'         => ! empty( $assoc_args['notify'] ),
				'assume_consent' => ! empty( $assoc_args['assume-consent'] ),
			)
		);
		$result   = $importer->import_file( (string) $args[0] );
		if ( is_wp_error( $result ) ) {
			WP_CLI::error( $result->get_error_message() );
		}
		foreach ( $result['columns'] as $heading => $field ) {
			/* translators: 1: CSV heading, 2: field name. */
			WP_CLI::log( sprintf( __( 'Column "%1$s" → %2$s', 'mentorship-program' ), $heading, $field ) );
		}
		foreach ( $result['ignored'] as $heading ) {
			/* translators: %s: CSV heading. */
			WP_CLI::warning( sprintf( __( 'Column "%s" matches no field and is ignored.', 'mentorship-program' ), $heading ) );
		}
		foreach ( $result['errors'] as $line => $errors ) {
			foreach ( $errors as $field => $message ) {
				/* translators: 1: line number, 2: field name, 3: error message. */
				WP_CLI::warning( sprintf( __( 'Line %1$d, %2$s: %3$s', 'mentorship-program' ), $line, $field, $message ) );
			}
		}
		$valid = count( $result['imported'] );
		$bad   = count( $result['errors'] );
		if ( ! empty( $assoc_args['dry-run'] ) ) {
			/* translators: 1: valid rows, 2: rows with errors. */
			$summary = sprintf( __( 'Dry run: %1$d row(s) would be imported, %2$d have errors. Nothing was stored.', 'mentorship-program' ), $valid, $bad );
		} else {
			/* translators: 1: imported rows, 2: cohort ID, 3: rows with errors. */
			$summary = sprintf( __( 'Imported %1$d application(s) into cohort %2$d; %3$d row(s) skipped for errors.', 'mentorship-program' ), $valid, $result['cohort'], $bad );
		}
		if ( $bad && ! $valid ) {
			WP_CLI::error( $summary );
		}
		if ( $bad ) {
			WP_CLI::warning( $summary );
			return;
		}
		WP_CLI::success( $summary );
	}

	/**
	 * Proposes mentor–mentee pairs for a cohort, and applies them with --apply.
	 *
	 * ## OPTIONS
	 *
	 * <cohort>
	 * : Cohort ID.
	 *
	 * [--apply]
	 * : Assign the proposed pairs (within each mentor's capacity).
	 *
	 * [--format=<format>]
	 * : table, csv, json or yaml.
	 * ---
	 * default: table
	 * ---
	 *
	 * ## EXAMPLES
	 *
	 *     wp mentorship match 12
	 *     wp mentorship match 12 --apply
	 *
	 * @since 0.1.0
	 *
	 * @param array<int, string>    $args       Positional arguments.
	 * @param array<string, string> $assoc_args Options.
	 */
	public function match( array $args, array $assoc_args ): void {
		$cohort = Cohorts::get( (int) $args[0] );
		if ( ! $cohort ) {
			WP_CLI::error( __( 'That cohort does not exist.', 'mentorship-program' ) );
		}
		$proposal = Cohort_Matching::propose( $cohort );
		$rows     = array();
		foreach ( $proposal['pairs'] as $pair ) {
			$rows[] = array(
				'mentee'  => $pair['mentee_name'] . ' (#' . $pair['mentee_id'] . ')',
				'mentor'  => $pair['mentor_name'] . ' (#' . $pair['mentor_id'] . ')',
				'score'   => $pair['score'] ?? '',
				'reasons' => implode( ' ', $pair['reasons_text'] ),
			);
		}
		foreach ( $proposal['unmatched'] as $left ) {
			$rows[] = array(
				'mentee'  => $left['mentee_name'] . ' (#' . $left['mentee_id'] . ')',
				'mentor'  => '—',
				'score'   => '',
				'reasons' => $left['reason_text'],
			);
		}
		WP_CLI\Utils\format_items( (string) ( $assoc_args['format'] ?? 'table' ), $rows, array( 'mentee', 'mentor', 'score', 'reasons' ) );
		if ( empty( $assoc_args['apply'] ) ) {
			/* translators: 1: pairs, 2: unmatched mentees. */
			WP_CLI::log( sprintf( __( '%1$d pair(s) proposed, %2$d mentee(s) unmatched. Nothing changed: add --apply to assign.', 'mentorship-program' ), count( $proposal['pairs'] ), count( $proposal['unmatched'] ) ) );
			return;
		}
		$applied = Cohort_Matching::apply( $cohort, $proposal['pairs'] );
		foreach ( $applied['failed'] as $failed ) {
			/* translators: 1: mentee ID, 2: mentor ID, 3: reason. */
			WP_CLI::warning( sprintf( __( 'Pair %1$d → %2$d not applied: %3$s', 'mentorship-program' ), $failed['mentee_id'], $failed['mentor_id'], $failed['message'] ) );
		}
		/* translators: 1: pairs applied, 2: pairs unchanged. */
		WP_CLI::success( sprintf( __( '%1$d pair(s) applied, %2$d already in place.', 'mentorship-program' ), $applied['applied'], $applied['unchanged'] ) );
	}

	/**
	 * Moves an application to another stage, if the move is allowed.
	 *
	 * ## OPTIONS
	 *
	 * <id>
	 * : Application ID.
	 *
	 * <stage>
	 * : Target stage, e.g. in_review, accepted, graduated.
	 *
	 * [--note=<note>]
	 * : A note for the audit trail (and the e-mail, with --notify).
	 *
	 * [--team=<slug>]
	 * : The team a graduate joins (needed for "placed").
	 *
	 * [--notify]
	 * : E-mail the person about the move.
	 *
	 * [--early]
	 * : Graduate a mentee before their cohort's end date.
	 *
	 * ## EXAMPLES
	 *
	 *     wp mentorship move 345 accepted --note="Welcome!" --notify
	 *
	 * @since 0.1.0
	 *
	 * @param array<int, string>    $args       Positional arguments.
	 * @param array<string, string> $assoc_args Options.
	 */
	public function move( array $args, array $assoc_args ): void {
		$early = \Mentorship_Program\Graduation\Graduation::check_move( (int) $args[0], (string) $args[1], ! empty( $assoc_args['early'] ) );
		if ( $early ) {
			WP_CLI::error( $early->get_error_message() . ' ' . __( 'Add --early to graduate now.', 'mentorship-program' ) );
		}
		$moved = Applications::transition(
			(int) $args[0],
			(string) $args[1],
			array(
				'note'   => (string) ( $assoc_args['note'] ?? '' ),
				'team'   => (string) ( $assoc_args['team'] ?? '' ),
				'notify' => ! empty( $assoc_args['notify'] ),
				'actor'  => get_current_user_id(),
			)
		);
		if ( is_wp_error( $moved ) ) {
			$data    = (array) $moved->get_error_data();
			$allowed = isset( $data['allowed'] ) ? (array) $data['allowed'] : array();
			WP_CLI::error(
				$moved->get_error_message() . ( $allowed
					/* translators: %s: comma-separated stage names. */
					? ' ' . sprintf( __( 'Allowed: %s.', 'mentorship-program' ), implode( ', ', $allowed ) )
					: '' )
			);
		}
		/* translators: 1: application ID, 2: stage label. */
		WP_CLI::success( sprintf( __( 'Application %1$d is now: %2$s.', 'mentorship-program' ), $moved['id'], Stages::label( $moved['stage'] ) ) );
	}

	/**
	 * Creates the demo pages, cohort, people and stories (once per site).
	 *
	 * ## EXAMPLES
	 *
	 *     wp mentorship seed-demo
	 *
	 * @subcommand seed-demo
	 *
	 * @since 0.1.0
	 */
	public function seed_demo(): void {
		$already = (bool) get_option( Demo_Content::SEEDED_OPTION );
		Demo_Content::seed();
		WP_CLI::success(
			$already
				? __( 'The demo content was there already.', 'mentorship-program' )
				: __( 'Demo content created.', 'mentorship-program' )
		);
	}

	/**
	 * Rebuilds or checks the kept counts behind the funnel, the dashboard cards and the
	 * breakdowns.
	 *
	 * ## OPTIONS
	 *
	 * <action>
	 * : rebuild (count every application again) or verify (compare the kept counts with a
	 * count from scratch, for all cohorts and each cohort).
	 * ---
	 * options:
	 *   - rebuild
	 *   - verify
	 * ---
	 *
	 * ## EXAMPLES
	 *
	 *     wp mentorship counts verify
	 *     wp mentorship counts rebuild
	 *
	 * @since 0.2.0
	 *
	 * @param array<int, string>    $args       Positional arguments.
	 * @param array<string, string> $assoc_args Options.
	 */
	public function counts( array $args, array $assoc_args ): void {
		unset( $assoc_args );
		if ( 'rebuild' === ( $args[0] ?? '' ) ) {
			$done = Counts::rebuild();
			/* translators: %d: number of applications. */
			WP_CLI::success( sprintf( _n( 'Counted %d application.', 'Counted %d applications.', $done, 'mentorship-program' ), $done ) );
			return;
		}
		if ( ! Counts::ready() ) {
			WP_CLI::error( __( 'The kept counts are being built; run `wp mentorship counts rebuild` or wait for it to finish.', 'mentorship-program' ) );
		}
		$scopes = array_merge( array( 0 ), array_map( static fn( $cohort ) => (int) $cohort['id'], Cohorts::all() ) );
		$wrong  = array();
		foreach ( $scopes as $scope ) {
			if ( Counts::normalise( Counts::of_scope( $scope ) ) !== Counts::normalise( Stats::count_from_scratch( $scope ) ) ) {
				$wrong[] = $scope;
			}
		}
		if ( $wrong ) {
			/* translators: %s: comma-separated cohort IDs (0 = all cohorts). */
			WP_CLI::error( sprintf( __( 'The kept counts differ from a fresh count for cohort(s) %s. Run `wp mentorship counts rebuild`.', 'mentorship-program' ), implode( ', ', $wrong ) ) );
		}
		/* translators: %d: number of scopes checked. */
		WP_CLI::success( sprintf( _n( 'The kept counts equal a fresh count (%d scope checked).', 'The kept counts equal a fresh count (%d scopes checked).', count( $scopes ), 'mentorship-program' ), count( $scopes ) ) );
	}
}
