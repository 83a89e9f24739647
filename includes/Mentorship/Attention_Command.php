<?php
/**
 * WP-CLI: wp mentorship attention — who needs a coordinator's attention.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Mentorship;

defined( 'ABSPATH' ) || exit;

use Mentorship_Program\Cohorts\Cohorts;

/**
 * Lists the "needs attention" rows, most urgent first.
 *
 * @since 0.2.0
 */
final class Attention_Command {

	/**
	 * Lists pairs and people who need attention, most urgent first, with the reason.
	 *
	 * ## OPTIONS
	 *
	 * [--cohort=<id>]
	 * : One cohort; by default every cohort that runs or is about to start.
	 *
	 * [--format=<format>]
	 * : table, csv, json or yaml.
	 * ---
	 * default: table
	 * ---
	 *
	 * ## EXAMPLES
	 *
	 *     wp mentorship attention
	 *     wp mentorship attention --cohort=12 --format=json
	 *
	 * @since 0.2.0
	 *
	 * @param array<int, string>    $args       Positional arguments.
	 * @param array<string, string> $assoc_args Options.
	 */
	public function __invoke( array $args, array $assoc_args ): void {
		unset( $args );
		$cohort = (int) ( $assoc_args['cohort'] ?? 0 );
		if ( $cohort && ! Cohorts::get( $cohort ) ) {
			\WP_CLI::error( __( 'That cohort does not exist.', 'mentorship-program' ) );
		}
		$rows = self::table( $cohort );
		if ( ! $rows ) {
			\WP_CLI::success( __( 'Nobody needs attention right now.', 'mentorship-program' ) );
			return;
		}
		\WP_CLI\Utils\format_items( (string) ( $assoc_args['format'] ?? 'table' ), $rows, array( 'rule', 'cohort', 'mentee', 'mentor', 'reason' ) );
	}

	/**
	 * The rows as flat records for the command's output.
	 *
	 * @since 0.2.0
	 *
	 * @param int      $cohort Cohort, or 0.
	 * @param int|null $now    Timestamp (tests).
	 * @return array<int, array<string, string>>
	 */
	public static function table( int $cohort, ?int $now = null ): array {
		return array_map(
			static fn( $row ) => array(
				'rule'   => (string) $row['rule'],
				'cohort' => (string) $row['cohort']['name'],
				'mentee' => $row['mentee'] ? $row['mentee']['name'] . ' (#' . $row['mentee']['id'] . ')' : '',
				'mentor' => $row['mentor'] ? $row['mentor']['name'] . ' (#' . $row['mentor']['id'] . ')' : '',
				'reason' => (string) $row['reason'],
			),
			Attention::rows( $cohort, $now )
		);
	}
}
