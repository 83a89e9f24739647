<?php
/**
 * Shared frame of the plugin's personal data exporters and erasers.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Privacy;

defined( 'ABSPATH' ) || exit;

use Mentorship_Program\Applications\Applications;
use Mentorship_Program\Applications\Post_Types;

/**
 * One exporter and one eraser in WordPress's privacy tools, under one key and name, with
 * an optional suggested privacy policy text; and the lookup they share: the applications
 * of an e-mail address, one page at a time.
 *
 * Each feature's own data (check-ins, surveys, certificates, ...) has its own exporter
 * and eraser; their erasers run before the applications' eraser (which deletes the
 * records they look up), so they still find them.
 *
 * @since 0.3.0
 */
abstract class Personal_Data {

	/**
	 * Applications handled per page of a request.
	 */
	public const PER_PAGE = 20;

	/**
	 * Priority of the eraser: before the applications' eraser (10).
	 */
	protected const ERASER_PRIORITY = 5;

	/**
	 * The exporter's and eraser's key.
	 *
	 * @since 0.3.0
	 *
	 * @return string
	 */
	abstract protected function key(): string;

	/**
	 * The exporter's and eraser's name in the privacy tools.
	 *
	 * @since 0.3.0
	 *
	 * @return string
	 */
	abstract protected function name(): string;

	/**
	 * Exports one page of a person's data.
	 *
	 * @since 0.3.0
	 *
	 * @param string $email E-mail.
	 * @param int    $page  Page.
	 * @return array{data: array<int, array<string, mixed>>, done: bool}
	 */
	abstract public static function export( $email, $page = 1 ): array;

	/**
	 * Erases one page of a person's data.
	 *
	 * @since 0.3.0
	 *
	 * @param string $email E-mail.
	 * @param int    $page  Page.
	 * @return array{items_removed: int, items_retained: int, messages: string[], done: bool}
	 */
	abstract public static function erase( $email, $page = 1 ): array;

	/**
	 * The title of the suggested privacy policy text; none when empty.
	 *
	 * @since 0.3.0
	 *
	 * @return string
	 */
	protected function policy_title(): string {
		return '';
	}

	/**
	 * The suggested privacy policy text, as HTML.
	 *
	 * @since 0.3.0
	 *
	 * @return string
	 */
	public static function policy_text(): string {
		return '';
	}

	/**
	 * Adds hooks.
	 *
	 * @since 0.3.0
	 */
	public function register(): void {
		add_filter( 'wp_privacy_personal_data_exporters', array( $this, 'register_exporter' ) );
		add_filter( 'wp_privacy_personal_data_erasers', array( $this, 'register_eraser' ), static::ERASER_PRIORITY );
		// The title is translated, so it is read at admin_init, never while plugins load.
		add_action( 'admin_init', array( $this, 'add_policy_text' ) );
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
		$exporters[ $this->key() ] = array(
			'exporter_friendly_name' => $this->name(),
			'callback'               => array( static::class, 'export' ),
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
		$erasers[ $this->key() ] = array(
			'eraser_friendly_name' => $this->name(),
			'callback'             => array( static::class, 'erase' ),
		);
		return $erasers;
	}

	/**
	 * Suggests the privacy policy text.
	 *
	 * @since 0.3.0
	 */
	public function add_policy_text(): void {
		$title = $this->policy_title();
		if ( '' !== $title && function_exists( 'wp_add_privacy_policy_content' ) ) {
			wp_add_privacy_policy_content( $title, wp_kses_post( static::policy_text() ) );
		}
	}

	/**
	 * Applications of a person, one page: by the e-mail they gave, or the account with that e-mail.
	 *
	 * @since 0.3.0
	 *
	 * @param string   $email    E-mail.
	 * @param int      $page     Page, from 1.
	 * @param string[] $statuses Further post statuses to look in, beside the pipeline's.
	 * @return int[]
	 */
	public static function applications( string $email, int $page, array $statuses = array() ): array {
		$args = array(
			'post_type'      => array( Post_Types::MENTEE, Post_Types::MENTOR ),
			'post_status'    => array_merge( Applications::statuses(), $statuses ),
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
	 * One item of an export: a group, the item's ID and its name/value pairs.
	 *
	 * @since 0.3.0
	 *
	 * @param string                                         $group_id    Group ID.
	 * @param string                                         $label       Group label.
	 * @param string                                         $description Group description; none when empty.
	 * @param string                                         $item_id     Item ID.
	 * @param array<int, array{name: string, value: string}> $data    Name/value pairs.
	 * @return array<string, mixed>
	 */
	protected static function item( string $group_id, string $label, string $description, string $item_id, array $data ): array {
		return array_filter(
			array(
				'group_id'          => $group_id,
				'group_label'       => $label,
				'group_description' => $description,
				'item_id'           => $item_id,
				'data'              => $data,
			),
			static fn( $value ): bool => '' !== $value
		);
	}

	/**
	 * One name/value pair of an exported item.
	 *
	 * @since 0.3.0
	 *
	 * @param string $name  Name.
	 * @param mixed  $value Value.
	 * @return array{name: string, value: mixed}
	 */
	protected static function field( string $name, $value ): array {
		return array(
			'name'  => $name,
			'value' => $value,
		);
	}

	/**
	 * An exporter's answer for one page.
	 *
	 * @since 0.3.0
	 *
	 * @param array<int, array<string, mixed>> $data  Items.
	 * @param int                              $found Records the page found; fewer than a page means it was the last.
	 * @return array{data: array<int, array<string, mixed>>, done: bool}
	 */
	protected static function exported( array $data, int $found ): array {
		return array(
			'data' => $data,
			'done' => $found < static::PER_PAGE,
		);
	}

	/**
	 * An eraser's answer for one page.
	 *
	 * @since 0.3.0
	 *
	 * @param int      $removed  Items removed.
	 * @param int      $found    Records the page found; fewer than a page means it was the last.
	 * @param string[] $messages Messages for the request.
	 * @param int      $retained Items kept.
	 * @return array{items_removed: int, items_retained: int, messages: string[], done: bool}
	 */
	protected static function erased( int $removed, int $found, array $messages = array(), int $retained = 0 ): array {
		return array(
			'items_removed'  => $removed,
			'items_retained' => $retained,
			'messages'       => $messages,
			'done'           => $found < static::PER_PAGE,
		);
	}
}
