<?php
/**
 * WP-CLI: demo data of outcomes.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Surveys;

defined( 'ABSPATH' ) || exit;

/**
 * Seeds the 2024 cohort's outcomes.
 *
 * @since 0.3.0
 */
final class Command {

	/**
	 * Seeds a finished cohort shaped like the 2024 one (52 mentees, 28 mentors, 44
	 * graduated) with survey answers that give its published figures, and follow-ups.
	 *
	 * ## OPTIONS
	 *
	 * [--suffix=<suffix>]
	 * : Seeds another copy, with this suffix on the cohort and the addresses.
	 *
	 * [--open-end-survey]
	 * : Keeps the end survey open from today for two weeks, to try its links.
	 *
	 * ## EXAMPLES
	 *
	 *     wp mentorship demo outcomes-2024
	 *
	 * @subcommand outcomes-2024
	 *
	 * @param string[]             $args       Positional arguments.
	 * @param array<string, mixed> $assoc_args Options.
	 */
	public function outcomes_2024( array $args, array $assoc_args ): void {
		unset( $args );
		$result = Demo_Seeder::outcomes_2024(
			array(
				'suffix'   => (string) ( $assoc_args['suffix'] ?? '' ),
				'open_end' => ! empty( $assoc_args['open-end-survey'] ),
			)
		);
		if ( is_wp_error( $result ) ) {
			\WP_CLI::error( $result->get_error_message() );
		}
		$section = Results::for_cohort( $result['cohort_id'] );
		foreach ( $section['questions'] as $question ) {
			if ( null !== $question['start'] || null !== $question['end'] ) {
				\WP_CLI::log( sprintf( '%s: %s → %s', $question['key'], null === $question['start'] ? '—' : number_format( $question['start'], 2 ) . '%', null === $question['end'] ? '—' : number_format( $question['end'], 2 ) . '%' ) );
			}
		}
		/* translators: %d: cohort ID. */
		\WP_CLI::success( sprintf( __( 'Seeded the 2024 cohort (ID %d).', 'mentorship-program' ), $result['cohort_id'] ) );
	}
}
