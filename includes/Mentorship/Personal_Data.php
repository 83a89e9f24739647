<?php
/**
 * Privacy: check-ins and goals in WordPress's personal data exporter and eraser.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Mentorship;

defined( 'ABSPATH' ) || exit;

use Mentorship_Program\Applications\Applications;
use Mentorship_Program\Applications\Post_Types;

/**
 * Its own exporter and eraser, registered beside the applications' ones.
 *
 * A mentee's export holds their goals and the check-ins about them as they see them
 * (what was covered, next steps, whether they attended); a mentor's export holds the
 * check-ins they logged in full, private notes included, since they wrote them. The
 * eraser runs before the applications' eraser (which deletes the application records),
 * so it still finds them; deleting an application removes its check-ins and goals too.
 *
 * @since 0.2.0
 */
final class Personal_Data {

	/**
	 * Applications handled per page of a request.
	 */
	public const PER_PAGE = 20;

	/**
	 * Adds hooks.
	 *
	 * @since 0.2.0
	 */
	public function register(): void {
		add_filter( 'wp_privacy_personal_data_exporters', array( $this, 'register_exporter' ) );
		// Earlier than the applications' eraser, which deletes the records this one looks up.
		add_filter( 'wp_privacy_personal_data_erasers', array( $this, 'register_eraser' ), 5 );
	}

	/**
	 * Registers the exporter.
	 *
	 * @since 0.2.0
	 *
	 * @param array<string, array<string, mixed>> $exporters Exporters.
	 * @return array<string, array<string, mixed>>
	 */
	public function register_exporter( array $exporters ): array {
		$exporters['mentorship-program-checkins'] = array(
			'exporter_friendly_name' => __( 'Mentorship check-ins and goals', 'mentorship-program' ),
			'callback'               => array( self::class, 'export' ),
		);
		return $exporters;
	}

	/**
	 * Registers the eraser.
	 *
	 * @since 0.2.0
	 *
	 * @param array<string, array<string, mixed>> $erasers Erasers.
	 * @return array<string, array<string, mixed>>
	 */
	public function register_eraser( array $erasers ): array {
		$erasers['mentorship-program-checkins'] = array(
			'eraser_friendly_name' => __( 'Mentorship check-ins and goals', 'mentorship-program' ),
			'callback'             => array( self::class, 'erase' ),
		);
		return $erasers;
	}

	/**
	 * Applications of a person: by the e-mail they gave, or the account with that e-mail.
	 *
	 * @since 0.2.0
	 *
	 * @param string $email E-mail.
	 * @param int    $page  Page.
	 * @return int[]
	 */
	public static function applications( string $email, int $page ): array {
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
	 * Exports check-ins and goals.
	 *
	 * @since 0.2.0
	 *
	 * @param string $email E-mail.
	 * @param int    $page  Page.
	 * @return array{data: array<int, array<string, mixed>>, done: bool}
	 */
	public static function export( $email, $page = 1 ): array {
		$ids   = self::applications( (string) $email, (int) $page );
		$data  = array();
		$kinds = Checkins::kind_labels();
		foreach ( $ids as $id ) {
			$is_mentor = Post_Types::MENTOR === get_post_type( $id );
			foreach ( Checkins::rows_for( $id ) as $row ) {
				$wrote = $is_mentor && (int) $row['mentor_id'] === $id;
				$items = array(
					array(
						'name'  => __( 'Date', 'mentorship-program' ),
						'value' => (string) $row['held_on'],
					),
					array(
						'name'  => __( 'Kind', 'mentorship-program' ),
						'value' => $kinds[ $row['kind'] ] ?? (string) $row['kind'],
					),
					array(
						'name'  => __( 'What was covered', 'mentorship-program' ),
						'value' => (string) $row['covered'],
					),
					array(
						'name'  => __( 'Next steps', 'mentorship-program' ),
						'value' => (string) $row['next_steps'],
					),
				);
				if ( $wrote ) {
					$items[] = array(
						'name'  => __( 'Asked a coordinator for help', 'mentorship-program' ),
						'value' => $row['needs_help'] ? __( 'Yes', 'mentorship-program' ) : __( 'No', 'mentorship-program' ),
					);
					$items[] = array(
						'name'  => __( 'Private note', 'mentorship-program' ),
						'value' => (string) $row['private_note'],
					);
				} else {
					$items[] = array(
						'name'  => __( 'Attended', 'mentorship-program' ),
						'value' => in_array( $id, $row['attendee_ids'], true ) ? __( 'Yes', 'mentorship-program' ) : __( 'No', 'mentorship-program' ),
					);
				}
				$data[] = array(
					'group_id'          => 'mentorship-checkins',
					'group_label'       => __( 'Mentorship check-ins', 'mentorship-program' ),
					'group_description' => __( 'Meetings and exchanges between mentors and mentees.', 'mentorship-program' ),
					'item_id'           => 'mentorship-checkin-' . $row['id'] . '-' . $id,
					'data'              => $items,
				);
			}
			foreach ( Goals::of_mentee( $id ) as $goal ) {
				$data[] = array(
					'group_id'          => 'mentorship-goals',
					'group_label'       => __( 'Mentorship goals', 'mentorship-program' ),
					'group_description' => __( 'Goals a mentee set during the mentorship.', 'mentorship-program' ),
					'item_id'           => 'mentorship-goal-' . $goal['id'],
					'data'              => array(
						array(
							'name'  => __( 'Goal', 'mentorship-program' ),
							'value' => $goal['title'],
						),
						array(
							'name'  => __( 'Status', 'mentorship-program' ),
							'value' => 'done' === $goal['status'] ? __( 'Done', 'mentorship-program' ) : __( 'Open', 'mentorship-program' ),
						),
						array(
							'name'  => __( 'Due in week', 'mentorship-program' ),
							'value' => null === $goal['due_week'] ? '' : (string) $goal['due_week'],
						),
						array(
							'name'  => __( 'Set on', 'mentorship-program' ),
							'value' => $goal['created'],
						),
					),
				);
			}
		}
		$user = 1 === (int) $page ? get_user_by( 'email', (string) $email ) : false;
		$seen = $user ? Last_Seen::get( (int) $user->ID ) : null;
		if ( null !== $seen ) {
			$data[] = array(
				'group_id'          => 'mentorship-last-seen',
				'group_label'       => __( 'Mentorship activity', 'mentorship-program' ),
				'group_description' => __( 'When you were last seen on the site, which coordinators use to find mentors who may need a reminder.', 'mentorship-program' ),
				'item_id'           => 'mentorship-last-seen-' . (int) $user->ID,
				'data'              => array(
					array(
						'name'  => __( 'Last seen (UTC)', 'mentorship-program' ),
						'value' => gmdate( 'Y-m-d H:i', $seen ),
					),
				),
			);
		}
		return array(
			'data' => $data,
			'done' => count( $ids ) < self::PER_PAGE,
		);
	}

	/**
	 * Erases check-ins and goals of the person's applications.
	 *
	 * @since 0.2.0
	 *
	 * @param string $email E-mail.
	 * @param int    $page  Page.
	 * @return array{items_removed: int, items_retained: int, messages: string[], done: bool}
	 */
	public static function erase( $email, $page = 1 ): array {
		$ids     = self::applications( (string) $email, (int) $page );
		$removed = 0;
		foreach ( $ids as $id ) {
			$removed += Checkins::delete_for( $id ) + Goals::delete_for( $id );
		}
		$user = 1 === (int) $page ? get_user_by( 'email', (string) $email ) : false;
		if ( $user && Last_Seen::forget( (int) $user->ID ) ) {
			++$removed;
		}
		return array(
			'items_removed'  => $removed,
			'items_retained' => 0,
			'messages'       => array(),
			'done'           => count( $ids ) < self::PER_PAGE,
		);
	}
}
