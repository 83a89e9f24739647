<?php
/**
 * What a mentor sees of a mentee: the one list the privacy text and the REST answer
 * both read.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Mentorship;

defined( 'ABSPATH' ) || exit;

use Mentorship_Program\Applications\Fields;

/**
 * A mentor needs to reach their mentee and plan sessions with them: who they are, how
 * to reach them in chat, which languages they share, when they can meet and what they
 * want to learn. Nothing else of the application, no consent records and never the
 * coordinators' notes or ratings; and only while the mentorship runs.
 *
 * @since 0.1.0
 */
final class Mentor_View {

	/**
	 * The mentee's answers a mentor sees, in this order.
	 */
	public const FIELDS = array( 'name', 'slack_username', 'timezone', 'languages', 'goals', 'availability' );

	/**
	 * The keys of a mentee's record as a mentor receives it: what the record is (its
	 * stage, cohort, when it was sent and changed, the mentor themself), the fields
	 * above, and no moves (a mentor makes none).
	 */
	public const KEYS = array( 'id', 'type', 'stage', 'stage_label', 'cohort', 'fields', 'allowed_transitions', 'created', 'modified', 'mentor' );

	/**
	 * Reduces a mentee's record, shaped for reviewers, to what a mentor sees.
	 *
	 * @since 0.1.0
	 *
	 * @param array<string, mixed> $data The full record.
	 * @return array<string, mixed>
	 */
	public static function shape( array $data ): array {
		$fields = array();
		foreach ( self::FIELDS as $name ) {
			$fields[ $name ] = $data['fields'][ $name ] ?? null;
		}
		$data['fields']              = $fields;
		$data['allowed_transitions'] = array();
		$shaped                      = array();
		foreach ( self::KEYS as $key ) {
			$shaped[ $key ] = $data[ $key ] ?? null;
		}
		return $shaped;
	}

	/**
	 * The labels of the fields a mentor sees, as the form shows them.
	 *
	 * @since 0.1.0
	 *
	 * @return string[]
	 */
	public static function labels(): array {
		$definitions = Fields::definitions();
		return array_map( static fn( string $name ): string => (string) $definitions[ $name ]['label'], self::FIELDS );
	}

	/**
	 * The privacy notice's sentence about mentors, made from the same list.
	 *
	 * @since 0.1.0
	 *
	 * @return string Plain text.
	 */
	public static function policy_sentence(): string {
		return sprintf(
			/* translators: %s: list of form fields, such as "Name, Slack username and Goals". */
			__( 'While your mentorship runs, your mentor sees these answers of your application: %s. Your mentor never sees your e-mail address, your other answers, your consent records, or the coordinators\' notes and ratings, and no longer sees your application once the mentorship has ended.', 'mentorship-program' ),
			wp_sprintf_l( '%l', self::labels() )
		);
	}
}
