<?php
/**
 * The mentee and mentor post types and the pipeline statuses.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Applications;

defined( 'ABSPATH' ) || exit;

use Mentorship_Program\Teams\Taxonomies;

/**
 * Registers the private application post types and one post status per stage.
 *
 * Applications hold personal data: they are not public, not queryable, not in search,
 * feeds, sitemaps, oEmbed or wp/v2. Only the mentorship/v1 routes read them.
 *
 * @since 0.1.0
 */
final class Post_Types {

	public const MENTEE = 'mp_mentee';
	public const MENTOR = 'mp_mentor';

	/**
	 * Adds hooks.
	 *
	 * @since 0.1.0
	 */
	public function register(): void {
		add_action( 'init', array( self::class, 'register_types' ) );
		add_filter( 'wp_sitemaps_post_types', array( $this, 'remove_from_sitemaps' ) );
		add_filter( 'oembed_request_post_id', array( $this, 'block_oembed' ) );
		add_filter( 'pre_wp_unique_post_slug', array( $this, 'keep_slug' ), 10, 5 );
		add_filter( 'add_trashed_suffix_to_trashed_posts', array( $this, 'skip_trashed_suffix' ), 10, 2 );
	}

	/**
	 * The post type of an application type.
	 *
	 * @param string $type mentee or mentor.
	 * @return string
	 */
	public static function post_type( string $type ): string {
		return 'mentor' === $type ? self::MENTOR : self::MENTEE;
	}

	/**
	 * The application type of a post type, or ''.
	 *
	 * @param string $post_type Post type.
	 * @return string
	 */
	public static function type_of( string $post_type ): string {
		if ( self::MENTEE === $post_type ) {
			return 'mentee';
		}
		return self::MENTOR === $post_type ? 'mentor' : '';
	}

	/**
	 * Registers the post types and statuses.
	 *
	 * @since 0.1.0
	 */
	public static function register_types(): void {
		$common = array(
			'public'              => false,
			'publicly_queryable'  => false,
			'exclude_from_search' => true,
			'show_ui'             => false,
			'show_in_menu'        => false,
			'show_in_nav_menus'   => false,
			'show_in_admin_bar'   => false,
			'show_in_rest'        => false,
			'has_archive'         => false,
			'rewrite'             => false,
			'query_var'           => false,
			'can_export'          => false,
			'delete_with_user'    => false,
			'supports'            => array( 'title', 'author', 'custom-fields' ),
			'taxonomies'          => array( Taxonomies::COHORT, Taxonomies::TEAM ),
			// Nobody edits applications through core screens; every capability maps to reviewing.
			'capabilities'        => array(
				'edit_post'              => 'mentorship_review',
				'read_post'              => 'mentorship_review',
				'delete_post'            => 'mentorship_review',
				'edit_posts'             => 'mentorship_review',
				'edit_others_posts'      => 'mentorship_review',
				'delete_posts'           => 'mentorship_review',
				'publish_posts'          => 'mentorship_review',
				'read_private_posts'     => 'mentorship_review',
				'create_posts'           => 'mentorship_review',
				'delete_others_posts'    => 'mentorship_review',
				'delete_private_posts'   => 'mentorship_review',
				'delete_published_posts' => 'mentorship_review',
				'edit_private_posts'     => 'mentorship_review',
				'edit_published_posts'   => 'mentorship_review',
			),
			'map_meta_cap'        => false,
		);
		register_post_type(
			self::MENTEE,
			array_merge(
				$common,
				array(
					'labels' => array(
						'name'          => __( 'Mentee applications', 'mentorship-program' ),
						'singular_name' => __( 'Mentee application', 'mentorship-program' ),
					),
				)
			)
		);
		register_post_type(
			self::MENTOR,
			array_merge(
				$common,
				array(
					'labels' => array(
						'name'          => __( 'Mentor applications', 'mentorship-program' ),
						'singular_name' => __( 'Mentor application', 'mentorship-program' ),
					),
				)
			)
		);
		self::register_meta();
		foreach ( Stages::all_stages() as $stage ) {
			self::register_hidden_status( Stages::to_status( $stage ), Stages::label( $stage ) );
		}
	}

	/**
	 * Registers a post status of applications that no list, search or visitor sees
	 * (applications are read through the plugin's own screens and routes).
	 *
	 * @since 0.3.0
	 *
	 * @param string $status Post status.
	 * @param string $label  Its label.
	 */
	public static function register_hidden_status( string $status, string $label ): void {
		register_post_status(
			$status,
			array(
				'label'                     => $label,
				'public'                    => false,
				'internal'                  => true,
				'protected'                 => true,
				'private'                   => false,
				'exclude_from_search'       => true,
				'show_in_admin_all_list'    => false,
				'show_in_admin_status_list' => false,
			)
		);
	}

	/**
	 * Registers every application field as protected post meta with its type and
	 * sanitising; only reviewers may edit it through WordPress's meta APIs.
	 *
	 * @since 0.1.0
	 */
	public static function register_meta(): void {
		$can_review = static fn(): bool => current_user_can( 'mentorship_review' );
		foreach ( Fields::definitions() as $name => $field ) {
			if ( 'teams' === $name ) {
				continue; // Stored as team terms.
			}
			$sanitize = static function ( $value ) use ( $name ) {
				$clean = Fields::sanitize( array( $name => $value ) );
				return $clean[ $name ] ?? null;
			};
			foreach ( $field['for'] as $type ) {
				register_post_meta(
					self::post_type( $type ),
					Applications::META_PREFIX . $name,
					array(
						'type'              => $field['type'],
						'description'       => $field['label'],
						'single'            => true,
						'sanitize_callback' => $sanitize,
						'auth_callback'     => $can_review,
						'show_in_rest'      => false,
					)
				);
			}
		}
		foreach ( array( self::MENTEE, self::MENTOR ) as $post_type ) {
			register_post_meta(
				$post_type,
				Applications::META_PREFIX . 'lang',
				array(
					'type'              => 'string',
					'description'       => __( 'One language code, for filtering.', 'mentorship-program' ),
					'single'            => false,
					'sanitize_callback' => static fn( $v ) => strtolower( substr( preg_replace( '/[^A-Za-z0-9-]/', '', (string) $v ), 0, 20 ) ),
					'auth_callback'     => $can_review,
					'show_in_rest'      => false,
				)
			);
			register_post_meta(
				$post_type,
				Applications::META_PREFIX . 'utc_offset',
				array(
					'type'          => 'integer',
					'description'   => __( 'UTC offset in minutes when stored, for filtering.', 'mentorship-program' ),
					'single'        => true,
					'auth_callback' => $can_review,
					'show_in_rest'  => false,
				)
			);
		}
	}

	/**
	 * Keeps the application types out of sitemaps even if another plugin makes them public.
	 *
	 * @param array<string, \WP_Post_Type> $post_types Post types in sitemaps.
	 * @return array<string, \WP_Post_Type>
	 */
	public function remove_from_sitemaps( array $post_types ): array {
		unset( $post_types[ self::MENTEE ], $post_types[ self::MENTOR ] );
		return $post_types;
	}

	/**
	 * Refuses oEmbed for applications.
	 *
	 * @param int $post_id Post ID.
	 * @return int
	 */
	public function block_oembed( $post_id ) {
		$type = get_post_type( (int) $post_id );
		return ( self::MENTEE === $type || self::MENTOR === $type ) ? 0 : $post_id;
	}

	/**
	 * Keeps an application's slug as given, without the look-up for duplicates:
	 * applications have no address, and their slugs are unique identifiers.
	 *
	 * @param string|null $override  Slug from an earlier filter, or null.
	 * @param string      $slug      Desired slug.
	 * @param int         $post_id   Post ID.
	 * @param string      $status    Post status.
	 * @param string      $post_type Post type.
	 * @return string|null
	 */
	public function keep_slug( $override, $slug, $post_id, $status, $post_type ) {
		if ( null === $override && ( self::MENTEE === $post_type || self::MENTOR === $post_type ) && '' !== (string) $slug ) {
			return (string) $slug;
		}
		return $override;
	}

	/**
	 * Skips core's look-up for a trashed post with the same slug when the slug is an
	 * application's identifier, which no other post can have.
	 *
	 * @param bool   $add_suffix Whether to look.
	 * @param string $post_name  Slug.
	 * @return bool
	 */
	public function skip_trashed_suffix( $add_suffix, $post_name ) {
		return preg_match( '/^(mentee|mentor)-[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/', (string) $post_name ) ? false : $add_suffix;
	}
}
