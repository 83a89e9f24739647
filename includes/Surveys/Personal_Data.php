<?php
/**
 * Privacy: survey answers and follow-ups in WordPress's exporter and eraser.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Surveys;

defined( 'ABSPATH' ) || exit;

use Mentorship_Program\Applications\Applications;
use Mentorship_Program\Applications\Post_Types;

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
final class Personal_Data {

	/**
	 * Applications handled per page of a request.
	 */
	public const PER_PAGE = 20;

	/**
	 * Adds hooks.
	 *
	 * @since 0.3.0
	 */
	public function register(): void {
		add_filter( 'wp_privacy_personal_data_exporters', array( $this, 'register_exporter' ) );
		add_filter( 'wp_privacy_personal_data_erasers', array( $this, 'register_eraser' ), 5 );
	}

	/**
	 * Registers the exporter.
	 *
	 * @since 0.3.0
	 *
	 * @param array<string, array<string, mixed>> $exporters Exporters.
	 * @return array<string, array<string, mixed>>
	 */
	public function register_exporter( array $exporters ): array {
		$exporters['mentorship-program-surveys'] = array(
			'exporter_friendly_name' => __( 'Mentorship surveys and follow-ups', 'mentorship-program' ),
			'callback'               => array( self::class, 'export' ),
		);
		return $exporters;
	}

	/**
	 * Registers the eraser.
	 *
	 * @since 0.3.0
	 *
	 * @param array<string, array<string, mixed>> $erasers Erasers.
	 * @return array<string, array<string, mixed>>
	 */
	public function register_eraser( array $erasers ): array {
		$erasers['mentorship-program-surveys'] = array(
			'eraser_friendly_name' => __( 'Mentorship surveys and follow-ups', 'mentorship-program' ),
			'callback'             => array( self::class, 'erase' ),
		);
		return $erasers;
	}

	/**
	 * Applications of a person: by the e-mail they gave, or the account with that e-mail.
	 *
	 * @param string $email E-mail.
	 * @param int    $page  Page.
	 * @return int[]
	 */
	private static function applications( string $email, int $page ): array {
		$args = array(
			'post_type'      => array( Post_Types::MENTEE, Post_Types::MENTOR ),
			'post_status'    => Applications::statuses(),
			'fields'         => 'ids',
			'posts_per_page' => self::PER_PAGE, // phpcs:ignore WordPress.WP.PostsPerPage.posts_per_page_posts_per_page -- 20 per privacy page.
			'paged'          => max( 1, $page ),
			'orderby'        => 'ID',
			'order'          => 'ASC',
			'no_found_rows'  => true,
			'meta_query'     => array( // phpcs:ignore WordPress.DB.SlowDBQuery.slow_db_query_meta_query -- privacy requests are rare.
				array(
					'key'   => Applications::META_PREFIX . 'email',
					'value' => strtolower( $email ),
				),
			),
		);
		$ids  = get_posts( $args );
		$user = get_user_by( 'email', $email );
		if ( $user ) {
			unset( $args['meta_query'] );
			$args['author'] = $user->ID;
			$ids            = array_merge( $ids, get_posts( $args ) );
		}
		return array_values( array_unique( array_map( 'intval', $ids ) ) );
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
					array(
						'name'  => __( 'Survey', 'mentorship-program' ),
						'value' => (string) $answer['survey']['title'],
					),
					array(
						'name'  => __( 'Last changed', 'mentorship-program' ),
						'value' => $answer['updated_at'],
					),
				);
				foreach ( $answer['survey']['questions'] as $question ) {
					if ( isset( $answer['answers'][ $question['key'] ] ) ) {
						$items[] = array(
							'name'  => (string) $question['label'],
							'value' => (string) $answer['answers'][ $question['key'] ],
						);
					}
				}
				$data[] = array(
					'group_id'          => 'mentorship-surveys',
					'group_label'       => __( 'Mentorship surveys', 'mentorship-program' ),
					'group_description' => __( 'Your answers to the program\'s surveys.', 'mentorship-program' ),
					'item_id'           => 'mentorship-survey-' . $answer['survey']['id'] . '-' . $id,
					'data'              => $items,
				);
			}
			foreach ( Followups::of( $id ) as $row ) {
				if ( null === $row['answered_at'] && null === $row['sent_at'] ) {
					continue;
				}
				$data[] = array(
					'group_id'          => 'mentorship-followups',
					'group_label'       => __( 'Mentorship follow-ups', 'mentorship-program' ),
					'group_description' => __( 'Whether you still contribute, some days after graduating.', 'mentorship-program' ),
					'item_id'           => 'mentorship-followup-' . $row['id'],
					'data'              => array(
						array(
							'name'  => __( 'Days after graduation', 'mentorship-program' ),
							'value' => (string) $row['days'],
						),
						array(
							'name'  => __( 'Still contributing', 'mentorship-program' ),
							'value' => null === $row['contributing'] ? '' : ( (int) $row['contributing'] ? __( 'Yes', 'mentorship-program' ) : __( 'No', 'mentorship-program' ) ),
						),
						array(
							'name'  => __( 'Where', 'mentorship-program' ),
							'value' => trim( $row['where_text'] . ' ' . $row['where_url'] ),
						),
					),
				);
			}
		}
		return array(
			'data' => $data,
			'done' => count( $ids ) < self::PER_PAGE,
		);
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
		return array(
			'items_removed'  => $removed,
			'items_retained' => 0,
			'messages'       => $removed ? array( __( 'Survey answers were kept in the totals without the person or their own words.', 'mentorship-program' ) ) : array(),
			'done'           => count( $ids ) < self::PER_PAGE,
		);
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
