<?php
/**
 * Privacy: survey answers and follow-ups in WordPress's exporter and eraser.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Surveys;

defined( 'ABSPATH' ) || exit;

use Mentorship_Program\Privacy\Personal_Data as Privacy_Personal_Data;

/**
 * A person's export holds their own answers (with the questions) and follow-ups.
 *
 * Erasing keeps the aggregates right without keeping the person: each answer row stays
 * with its ratings and choices but without its application (NULL) and without free
 * text; each follow-up keeps its day and yes/no without the person, the link or where
 * they contribute; invitations (links) are deleted. So a cohort's figures do not move
 * when someone is erased, and nothing left can be traced back to them. Runs before the
 * applications' eraser, which deletes the records this one looks up; deleting an
 * application any other way does the same (Registration::forget_application()).
 *
 * @since 0.3.0
 */
final class Personal_Data extends Privacy_Personal_Data {

	/**
	 * The exporter's and eraser's key.
	 *
	 * @since 0.3.0
	 *
	 * @return string
	 */
	protected function key(): string {
		return 'mentorship-program-surveys';
	}

	/**
	 * The exporter's and eraser's name.
	 *
	 * @since 0.3.0
	 *
	 * @return string
	 */
	protected function name(): string {
		return __( 'Mentorship surveys and follow-ups', 'mentorship-program' );
	}

	/**
	 * Exports a person's answers and follow-ups.
	 *
	 * @since 0.3.0
	 *
	 * @param string $email E-mail.
	 * @param int    $page  Page.
	 * @return array{data: array<int, array<string, mixed>>, done: bool}
	 */
	public static function export( $email, $page = 1 ): array {
		$ids  = self::applications( (string) $email, (int) $page );
		$data = array();
		foreach ( $ids as $id ) {
			foreach ( Answers::of_application( $id ) as $answer ) {
				$items = array(
					self::field( __( 'Survey', 'mentorship-program' ), (string) $answer['survey']['title'] ),
					self::field( __( 'Last changed', 'mentorship-program' ), $answer['updated_at'] ),
				);
				foreach ( $answer['survey']['questions'] as $question ) {
					if ( isset( $answer['answers'][ $question['key'] ] ) ) {
						$items[] = self::field( (string) $question['label'], (string) $answer['answers'][ $question['key'] ] );
					}
				}
				$data[] = self::item( 'mentorship-surveys', __( 'Mentorship surveys', 'mentorship-program' ), __( 'Your answers to the program\'s surveys.', 'mentorship-program' ), 'mentorship-survey-' . $answer['survey']['id'] . '-' . $id, $items );
			}
			foreach ( Followups::of( $id ) as $row ) {
				if ( null === $row['answered_at'] && null === $row['sent_at'] ) {
					continue;
				}
				$data[] = self::item(
					'mentorship-followups',
					__( 'Mentorship follow-ups', 'mentorship-program' ),
					__( 'Whether you still contribute, some days after graduating.', 'mentorship-program' ),
					'mentorship-followup-' . $row['id'],
					array(
						self::field( __( 'Days after graduation', 'mentorship-program' ), (string) $row['days'] ),
						self::field( __( 'Still contributing', 'mentorship-program' ), null === $row['contributing'] ? '' : ( (int) $row['contributing'] ? __( 'Yes', 'mentorship-program' ) : __( 'No', 'mentorship-program' ) ) ),
						self::field( __( 'Where', 'mentorship-program' ), trim( $row['where_text'] . ' ' . $row['where_url'] ) ),
					)
				);
			}
		}
		return self::exported( $data, count( $ids ) );
	}

	/**
	 * Erases a person's answers and follow-ups, keeping the aggregates (see the class).
	 *
	 * @since 0.3.0
	 *
	 * @param string $email E-mail.
	 * @param int    $page  Page.
	 * @return array{items_removed: int, items_retained: int, messages: string[], done: bool}
	 */
	public static function erase( $email, $page = 1 ): array {
		$ids     = self::applications( (string) $email, (int) $page );
		$removed = 0;
		foreach ( $ids as $id ) {
			$removed += self::forget( $id );
		}
		return self::erased( $removed, count( $ids ), $removed ? array( __( 'Survey answers were kept in the totals without the person or their own words.', 'mentorship-program' ) ) : array() );
	}

	/**
	 * Unlinks a person's answers and follow-ups and deletes their survey links.
	 *
	 * @since 0.3.0
	 *
	 * @param int $application_id Application.
	 * @return int Items changed.
	 */
	public static function forget( int $application_id ): int {
		return Answers::unlink_person( $application_id ) + Followups::unlink_person( $application_id ) + Invitations::delete_for( $application_id );
	}
}
