<?php
/**
 * Privacy: certificates and graduation fields in WordPress's personal data exporter
 * and eraser.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Graduation;

defined( 'ABSPATH' ) || exit;

use Mentorship_Program\Applications\Applications;
use Mentorship_Program\Applications\Post_Types;

/**
 * Its own exporter and eraser. The eraser runs before the applications' eraser (which
 * deletes the records this one looks up) and deletes the certificate, so its address
 * answers "not found" from then on.
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
		add_action( 'admin_init', array( $this, 'add_policy_text' ) );
	}

	/**
	 * Suggests privacy policy text about certificates.
	 *
	 * @since 0.3.0
	 */
	public function add_policy_text(): void {
		if ( function_exists( 'wp_add_privacy_policy_content' ) ) {
			wp_add_privacy_policy_content( __( 'Mentorship Program: certificates', 'mentorship-program' ), wp_kses_post( self::policy_text() ) );
		}
	}

	/**
	 * The suggested privacy policy text about graduation and certificates, as HTML.
	 *
	 * @since 0.3.0
	 *
	 * @return string
	 */
	public static function policy_text(): string {
		return '<p>' . esc_html__( 'When you graduate from the mentorship program, or mentor in one of its cohorts, we issue a certificate with your name, the cohort and its dates, and for graduates the contributor team you joined. Your mentor\'s name appears on a graduate\'s certificate only when both of you agreed. The certificate is a web page at a private, unguessable address: anyone you give the address to can open it to check that it is genuine, and search engines are asked not to list it. Coordinators can revoke a certificate; its page then says so.', 'mentorship-program' ) . '</p>'
			. '<p>' . esc_html__( 'Toward graduation we also keep the link to your first contribution, whether your mentor confirmed you are ready, and your answer about showing your mentor\'s name. An export of your data includes these and your certificate\'s address; an erasure deletes them, and the certificate\'s address then finds nothing.', 'mentorship-program' ) . '</p>';
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
		$exporters['mentorship-program-graduation'] = array(
			'exporter_friendly_name' => __( 'Mentorship graduation and certificates', 'mentorship-program' ),
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
		$erasers['mentorship-program-graduation'] = array(
			'eraser_friendly_name' => __( 'Mentorship graduation and certificates', 'mentorship-program' ),
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
	 * Exports the graduation fields and the certificate of each application.
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
		$yes  = static fn( bool $value ): string => $value ? __( 'Yes', 'mentorship-program' ) : __( 'No', 'mentorship-program' );
		foreach ( $ids as $id ) {
			$progress  = Progress::get( $id );
			$is_mentee = Post_Types::MENTEE === get_post_type( $id );
			$items     = array(
				array(
					'name'  => $is_mentee ? __( 'Show my mentor\'s name on my certificate', 'mentorship-program' ) : __( 'Show my name on my mentees\' certificates', 'mentorship-program' ),
					'value' => $yes( $progress['name_on_certificate'] ),
				),
			);
			if ( $is_mentee ) {
				$items[] = array(
					'name'  => __( 'First contribution', 'mentorship-program' ),
					'value' => $progress['contribution_link'],
				);
				$items[] = array(
					'name'  => __( 'Mentor confirmed you are ready to graduate', 'mentorship-program' ),
					'value' => $progress['mentor_confirmed'] ? (string) $progress['mentor_confirmed_at'] : __( 'No', 'mentorship-program' ),
				);
			}
			$data[]      = array(
				'group_id'          => 'mentorship-graduation',
				'group_label'       => __( 'Mentorship graduation', 'mentorship-program' ),
				'group_description' => __( 'What was recorded toward graduating from the mentorship.', 'mentorship-program' ),
				'item_id'           => 'mentorship-graduation-' . $id,
				'data'              => $items,
			);
			$certificate = Certificates::describe( $id );
			if ( $certificate ) {
				$data[] = array(
					'group_id'          => 'mentorship-certificates',
					'group_label'       => __( 'Mentorship certificates', 'mentorship-program' ),
					'group_description' => __( 'Certificates issued for the mentorship, each at its own address.', 'mentorship-program' ),
					'item_id'           => 'mentorship-certificate-' . $id,
					'data'              => array(
						array(
							'name'  => __( 'Address', 'mentorship-program' ),
							'value' => $certificate['url'],
						),
						array(
							'name'  => __( 'Issued', 'mentorship-program' ),
							'value' => $certificate['issued_at'],
						),
						array(
							'name'  => __( 'Revoked', 'mentorship-program' ),
							'value' => $certificate['revoked'] ? (string) $certificate['revoked_at'] : __( 'No', 'mentorship-program' ),
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
	 * Deletes the graduation fields and the certificates of the person's applications.
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
			$removed += Certificates::delete_for( $id ) + Progress::delete_for( $id );
		}
		return array(
			'items_removed'  => $removed,
			'items_retained' => 0,
			'messages'       => array(),
			'done'           => count( $ids ) < self::PER_PAGE,
		);
	}
}
