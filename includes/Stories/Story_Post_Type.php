<?php
/**
 * The public contributor story post type, its meta and its editorial rules.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Stories;

defined( 'ABSPATH' ) || exit;

use Mentorship_Program\Applications\Program_Rules;
use Mentorship_Program\Applications\Post_Types;
use Mentorship_Program\Support\Field_Errors;
use Mentorship_Program\Support\Plain_Text;
use Mentorship_Program\Teams\Taxonomies;
use WP_Error;
use WP_Post;
use WP_REST_Request;
use WP_REST_Response;

/**
 * Registers `mentorship_story`: public, edited in the block editor, tagged with cohort
 * and team. Contributors (and graduates, through the share form) submit for review;
 * only editors publish, and a story about a contributor only once their consent is
 * confirmed.
 *
 * @since 0.1.0
 */
final class Story_Post_Type {

	public const POST_TYPE = 'mentorship_story';

	public const REST_BASE = 'mentorship-stories';

	public const ROLES = array( 'mentee', 'mentor', 'other' );

	public const MILESTONE_KINDS = array( 'first_contribution', 'joined_cohort', 'graduated', 'joined_team', 'first_release', 'other' );

	/**
	 * Bumped when the rewrite rules of the post type change, so they are flushed once.
	 */
	private const REWRITE_VERSION = '1';

	private const REWRITE_OPTION = 'mentorship_program_story_rewrite';

	/**
	 * Most milestones kept on one story.
	 */
	public const MAX_MILESTONES = 30;

	/**
	 * Adds hooks.
	 *
	 * @since 0.1.0
	 */
	public function register(): void {
		add_filter( 'mentorship_program_taxonomy_object_types', array( $this, 'add_taxonomy_object_type' ) );
		add_action( 'init', array( self::class, 'register_type' ) );
		add_action( 'init', array( Story_Templates::class, 'register' ), 20 );
		add_action( 'init', array( $this, 'maybe_flush_rewrite_rules' ), 99 );
		add_action( 'save_post', array( Stories::class, 'forget_share_page' ), 10, 2 );
		add_action( 'mentorship_program_install_site', array( $this, 'forget_rewrite_version' ) );
		add_filter( 'wp_insert_post_data', array( $this, 'guard_publishing' ), 20, 2 );
		add_filter( 'wp_insert_post_data', array( Story_Content::class, 'on_publish' ), 30 );
		add_filter( 'get_the_excerpt', array( Story_Content::class, 'excerpt' ), 9, 2 );
		add_filter( 'rest_pre_insert_' . self::POST_TYPE, array( $this, 'check_rest_insert' ), 10, 2 );
		add_filter( 'rest_prepare_' . self::POST_TYPE, array( $this, 'hide_participant' ), 10, 3 );
		add_filter( 'is_protected_meta', array( $this, 'protect_participant_meta' ), 10, 3 );
		add_filter( 'request', array( $this, 'add_to_main_feed' ) );
		add_action( 'admin_notices', array( $this, 'consent_notice' ) );
		add_action( 'enqueue_block_editor_assets', array( self::class, 'print_editor_limits' ) );
	}

	/**
	 * Lets the cohort and team taxonomies tag stories.
	 *
	 * @param string[] $post_types Post types.
	 * @return string[]
	 */
	public function add_taxonomy_object_type( $post_types ): array {
		$post_types   = (array) $post_types;
		$post_types[] = self::POST_TYPE;
		return array_values( array_unique( $post_types ) );
	}

	/**
	 * Registers the post type and its meta.
	 *
	 * @since 0.1.0
	 */
	public static function register_type(): void {
		register_post_type(
			self::POST_TYPE,
			array(
				'labels'           => array(
					'name'                   => __( 'Stories', 'mentorship-program' ),
					'singular_name'          => __( 'Story', 'mentorship-program' ),
					'menu_name'              => __( 'Stories', 'mentorship-program' ),
					'add_new'                => __( 'Add story', 'mentorship-program' ),
					'add_new_item'           => __( 'Add story', 'mentorship-program' ),
					'edit_item'              => __( 'Edit story', 'mentorship-program' ),
					'new_item'               => __( 'New story', 'mentorship-program' ),
					'view_item'              => __( 'View story', 'mentorship-program' ),
					'view_items'             => __( 'View stories', 'mentorship-program' ),
					'search_items'           => __( 'Search stories', 'mentorship-program' ),
					'not_found'              => __( 'No stories found.', 'mentorship-program' ),
					'not_found_in_trash'     => __( 'No stories found in the trash.', 'mentorship-program' ),
					'all_items'              => __( 'All stories', 'mentorship-program' ),
					'archives'               => __( 'Contributor stories', 'mentorship-program' ),
					'item_published'         => __( 'Story published.', 'mentorship-program' ),
					'item_updated'           => __( 'Story updated.', 'mentorship-program' ),
					'item_scheduled'         => __( 'Story scheduled.', 'mentorship-program' ),
					'item_reverted_to_draft' => __( 'Story reverted to draft.', 'mentorship-program' ),
				),
				'description'      => __( 'Contributor journeys: how people found their way into the WordPress project.', 'mentorship-program' ),
				'public'           => true,
				'show_in_rest'     => true,
				'rest_base'        => self::REST_BASE,
				'menu_icon'        => 'dashicons-format-quote',
				'menu_position'    => 26,
				'has_archive'      => 'stories',
				'rewrite'          => array(
					'slug'       => 'stories',
					'with_front' => false,
					'feeds'      => true,
				),
				'supports'         => array( 'title', 'editor', 'excerpt', 'thumbnail', 'author', 'revisions', 'custom-fields' ),
				'taxonomies'       => array( Taxonomies::COHORT, Taxonomies::TEAM ),
				'capability_type'  => 'post',
				// Contributors and authors submit for review; publishing is for editors.
				'capabilities'     => array( 'publish_posts' => 'edit_others_posts' ),
				'map_meta_cap'     => true,
				'delete_with_user' => false,
				'template'         => self::block_template(),
			)
		);
		foreach ( self::meta() as $key => $args ) {
			register_post_meta( self::POST_TYPE, $key, $args );
		}
	}

	/**
	 * The blocks a new story starts with.
	 *
	 * @return array<int, array<int, mixed>>
	 */
	public static function block_template(): array {
		$heading   = static fn( string $text ): array => array(
			'core/heading',
			array(
				'level'   => 2,
				'content' => $text,
			),
		);
		$paragraph = static fn( string $placeholder ): array => array( 'core/paragraph', array( 'placeholder' => $placeholder ) );
		return array(
			array( 'mentorship-program/story-details', array() ),
			$paragraph( __( 'Introduce yourself in two or three sentences: who you are and what you do in WordPress today.', 'mentorship-program' ) ),
			array( 'mentorship-program/journey-timeline', array() ),
			$heading( __( 'How I started', 'mentorship-program' ) ),
			$paragraph( __( 'What brought you to the project, and what was your first contribution?', 'mentorship-program' ) ),
			$heading( __( 'What helped me', 'mentorship-program' ) ),
			$paragraph( __( 'Mentors, people, docs or moments that made a difference.', 'mentorship-program' ) ),
			$heading( __( 'What I would tell a newcomer', 'mentorship-program' ) ),
			$paragraph( __( 'One piece of advice for someone starting out today.', 'mentorship-program' ) ),
		);
	}

	/**
	 * Gives the blocks that edit a story's details the most their fields and lists take,
	 * as the program's rules say (window.mentorshipProgramLimits, before their scripts).
	 *
	 * @since 0.4.0
	 */
	public static function print_editor_limits(): void {
		$limits = 'window.mentorshipProgramLimits = ' . wp_json_encode(
			array(
				'lengths' => Program_Rules::lengths(),
				'counts'  => Program_Rules::counts(),
			)
		) . ';';
		foreach ( array( 'mentorship-program/story-details', 'mentorship-program/journey-timeline' ) as $name ) {
			$block = \WP_Block_Type_Registry::get_instance()->get_registered( $name );
			foreach ( $block ? $block->editor_script_handles : array() as $handle ) {
				wp_add_inline_script( $handle, $limits, 'before' );
			}
		}
	}

	/**
	 * The REST schema of each story meta field: what the editor's fields may hold.
	 *
	 * @since 0.4.0
	 *
	 * @return array<string, array<string, mixed>>
	 */
	public static function rest_schemas(): array {
		return array_map( static fn( array $meta ): array => $meta['show_in_rest']['schema'], self::meta() );
	}

	/**
	 * Story meta: types, defaults, sanitising, who may write it, and REST schemas.
	 *
	 * @return array<string, array<string, mixed>>
	 */
	public static function meta(): array {
		$can_edit   = static fn( $allowed, $meta_key, $post_id, $user_id ): bool => user_can( (int) $user_id, 'edit_post', (int) $post_id );
		$can_review = static fn( $allowed, $meta_key, $post_id, $user_id ): bool => user_can( (int) $user_id, 'mentorship_review' ) && user_can( (int) $user_id, 'edit_post', (int) $post_id );
		$string     = static fn( int $max, string $description, callable $sanitize ) => array(
			'type'              => 'string',
			'description'       => $description,
			'single'            => true,
			'default'           => '',
			'sanitize_callback' => $sanitize,
			'auth_callback'     => $can_edit,
			'show_in_rest'      => array(
				'schema' => array(
					'type'      => 'string',
					'maxLength' => $max,
				),
			),
		);
		return array(
			'contributor_name'  => $string( 100, __( 'The contributor the story is about.', 'mentorship-program' ), array( self::class, 'sanitize_name' ) ),
			'wporg_username'    => $string( 60, __( 'WordPress.org username, for the profile link.', 'mentorship-program' ), array( self::class, 'sanitize_username' ) ),
			'program_role'      => array(
				'type'              => 'string',
				'description'       => __( 'Role in the program: mentee, mentor or other.', 'mentorship-program' ),
				'single'            => true,
				'default'           => 'mentee',
				'sanitize_callback' => array( self::class, 'sanitize_role' ),
				'auth_callback'     => $can_edit,
				'show_in_rest'      => array(
					'schema' => array(
						'type' => 'string',
						'enum' => self::ROLES,
					),
				),
			),
			'languages'         => array(
				'type'              => 'array',
				'description'       => __( 'Languages the contributor works in (language codes).', 'mentorship-program' ),
				'single'            => true,
				'default'           => array(),
				'sanitize_callback' => array( self::class, 'sanitize_languages' ),
				'auth_callback'     => $can_edit,
				'show_in_rest'      => array(
					'schema' => array(
						'type'     => 'array',
						'maxItems' => 10,
						'items'    => array(
							'type'      => 'string',
							'maxLength' => 20,
						),
					),
				),
			),
			'location'          => $string( 100, __( 'Where the contributor lives (optional, as they wish to be known).', 'mentorship-program' ), array( self::class, 'sanitize_name' ) ),
			'consent_confirmed' => array(
				'type'              => 'boolean',
				'description'       => __( 'The contributor agreed to the story being published.', 'mentorship-program' ),
				'single'            => true,
				'default'           => false,
				'sanitize_callback' => 'rest_sanitize_boolean',
				'auth_callback'     => $can_edit,
				'show_in_rest'      => array( 'schema' => array( 'type' => 'boolean' ) ),
			),
			'participant_id'    => array(
				'type'              => 'integer',
				'description'       => __( 'The mentee or mentor application the story belongs to (reviewers only).', 'mentorship-program' ),
				'single'            => true,
				'default'           => 0,
				'sanitize_callback' => array( self::class, 'sanitize_participant' ),
				'auth_callback'     => $can_review,
				'show_in_rest'      => array(
					'schema' => array(
						'type'    => 'integer',
						'minimum' => 0,
					),
				),
			),
			'milestones'        => array(
				'type'              => 'array',
				'description'       => __( 'Steps of the contributor journey.', 'mentorship-program' ),
				'single'            => true,
				'default'           => array(),
				'sanitize_callback' => array( self::class, 'sanitize_milestones' ),
				'auth_callback'     => $can_edit,
				'show_in_rest'      => array(
					'schema' => array(
						'type'     => 'array',
						'maxItems' => self::MAX_MILESTONES,
						'items'    => array(
							'type'                 => 'object',
							'additionalProperties' => false,
							// Rows the editor has just added may still be blank: they are dropped when saved.
							'properties'           => array(
								'date'  => array(
									'type'    => 'string',
									'pattern' => '^(\d{4}-\d{2}-\d{2})?$',
								),
								'label' => array(
									'type'      => 'string',
									'maxLength' => 120,
								),
								'kind'  => array(
									'type' => 'string',
									'enum' => self::MILESTONE_KINDS,
								),
							),
						),
					),
				),
			),
		);
	}

	/**
	 * One line of plain text, at most 100 characters.
	 *
	 * @param mixed $value Value.
	 * @return string
	 */
	public static function sanitize_name( $value ): string {
		return Plain_Text::line( $value, 100 );
	}

	/**
	 * A WordPress.org username; a pasted profile URL or a leading @ is reduced to the name.
	 *
	 * @param mixed $value Value.
	 * @return string
	 */
	public static function sanitize_username( $value ): string {
		if ( ! is_scalar( $value ) ) {
			return '';
		}
		$value = trim( (string) $value );
		if ( preg_match( '#profiles\.wordpress\.org/([^/?\#]+)#i', $value, $match ) ) { // phpcs:ignore WordPress.WP.CapitalPDangit.Misspelled -- a host name.
			$value = $match[1];
		}
		$value = ltrim( $value, '@' );
		return substr( (string) preg_replace( '/[^A-Za-z0-9_.\-]/', '', $value ), 0, 60 );
	}

	/**
	 * A program role, "other" when unknown.
	 *
	 * @param mixed $value Value.
	 * @return string
	 */
	public static function sanitize_role( $value ): string {
		return is_string( $value ) && in_array( $value, self::ROLES, true ) ? $value : 'other';
	}

	/**
	 * Language codes, unique, at most ten.
	 *
	 * @param mixed $value Value.
	 * @return string[]
	 */
	public static function sanitize_languages( $value ): array {
		$codes = array();
		foreach ( (array) $value as $code ) {
			if ( ! is_scalar( $code ) ) {
				continue;
			}
			$code = substr( (string) preg_replace( '/[^A-Za-z0-9-]/', '', (string) $code ), 0, 20 );
			if ( '' !== $code ) {
				$codes[] = $code;
			}
		}
		return array_slice( array_values( array_unique( $codes ) ), 0, 10 );
	}

	/**
	 * An application ID, or 0 when the ID is not a mentee or mentor application.
	 *
	 * @param mixed $value Value.
	 * @return int
	 */
	public static function sanitize_participant( $value ): int {
		$id = is_scalar( $value ) ? absint( $value ) : 0;
		if ( ! $id ) {
			return 0;
		}
		return '' !== Post_Types::type_of( (string) get_post_type( $id ) ) ? $id : 0;
	}

	/**
	 * Milestones with a real date, a short label and a known kind, oldest first.
	 *
	 * @param mixed $value Value.
	 * @return array<int, array{date: string, label: string, kind: string}>
	 */
	public static function sanitize_milestones( $value ): array {
		$clean = array();
		foreach ( (array) $value as $item ) {
			if ( is_object( $item ) ) {
				$item = get_object_vars( $item );
			}
			if ( ! is_array( $item ) ) {
				continue;
			}
			$date  = isset( $item['date'] ) && is_string( $item['date'] ) ? trim( $item['date'] ) : '';
			$label = isset( $item['label'] ) ? Plain_Text::line( $item['label'], 120 ) : '';
			$kind  = isset( $item['kind'] ) && is_string( $item['kind'] ) && in_array( $item['kind'], self::MILESTONE_KINDS, true ) ? $item['kind'] : 'other';
			if ( ! self::is_date( $date ) || '' === $label ) {
				continue;
			}
			$clean[] = compact( 'date', 'label', 'kind' );
		}
		usort( $clean, static fn( array $a, array $b ): int => strcmp( $a['date'], $b['date'] ) );
		return array_slice( $clean, 0, self::MAX_MILESTONES );
	}

	/**
	 * Whether a string is a real calendar date written YYYY-MM-DD.
	 *
	 * @param string $date Date.
	 * @return bool
	 */
	public static function is_date( string $date ): bool {
		if ( ! preg_match( '/^(\d{4})-(\d{2})-(\d{2})$/', $date, $m ) ) {
			return false;
		}
		return checkdate( (int) $m[2], (int) $m[3], (int) $m[1] );
	}

	/**
	 * Whether a story may be published: the contributor's consent is confirmed.
	 *
	 * @param int $post_id Story.
	 * @return bool
	 */
	public static function has_consent( int $post_id ): bool {
		return $post_id > 0 && (bool) get_post_meta( $post_id, 'consent_confirmed', true );
	}

	/**
	 * Whether a story is about a person, whose consent its publication needs: it names a
	 * contributor (name or WordPress.org username) or is linked to an application (a
	 * graduate's share form links one). A story that names nobody, such as a program
	 * announcement or a demo post another tool creates, has no one to ask.
	 *
	 * @since 0.1.0
	 *
	 * @param int                  $post_id Story (0 while it is being created).
	 * @param array<string, mixed> $meta    Values about to be saved, over the stored ones.
	 * @return bool
	 */
	public static function needs_consent( int $post_id, array $meta = array() ): bool {
		foreach ( array( 'contributor_name', 'wporg_username', 'participant_id' ) as $key ) {
			$value = array_key_exists( $key, $meta ) ? $meta[ $key ] : ( $post_id > 0 ? get_post_meta( $post_id, $key, true ) : '' );
			if ( is_scalar( $value ) && '' !== trim( (string) $value ) && '0' !== trim( (string) $value ) ) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The message shown when a story cannot be published without consent.
	 *
	 * @return string
	 */
	public static function consent_message(): string {
		return __( 'This story cannot be published yet: confirm that the contributor agreed to its publication (Story details → "The contributor agreed to publish this story").', 'mentorship-program' );
	}

	/**
	 * Keeps stories about a contributor out of "publish" without their consent, and
	 * every story out of "publish", "future" and "private" for users who may only submit
	 * for review, whatever screen or API saves them. REST requests get a clear error
	 * earlier (check_rest_insert()).
	 *
	 * Consent belongs to the person the story is about, not to whoever saves it: an
	 * editor, an importer or code running with no user (cron, WP-CLI, another plugin's
	 * set-up) publishes a story that names nobody as it asked, and a story that names
	 * someone stays pending until their consent is recorded, whoever saves it.
	 *
	 * @param array<string, mixed> $data    Post data about to be saved (slashed).
	 * @param array<string, mixed> $postarr Data given to wp_insert_post().
	 * @return array<string, mixed>
	 */
	public function guard_publishing( $data, $postarr ) {
		if ( ! is_array( $data ) || self::POST_TYPE !== ( $data['post_type'] ?? '' ) ) {
			return $data;
		}
		$status   = (string) ( $data['post_status'] ?? '' );
		$post_id  = (int) ( $postarr['ID'] ?? 0 );
		$previous = $post_id ? (string) get_post_status( $post_id ) : '';
		$public   = array( 'publish', 'future', 'private' );
		if ( ! in_array( $status, $public, true ) ) {
			return $data;
		}

		// Users who may not publish submit for review (code paths that skip core's screens).
		$type = get_post_type_object( self::POST_TYPE );
		if ( get_current_user_id() && $type && ! current_user_can( $type->cap->publish_posts ) && $status !== $previous ) {
			$data['post_status'] = 'pending';
			return $data;
		}

		if ( 'private' === $status ) {
			return $data;
		}
		$meta_input = isset( $postarr['meta_input'] ) && is_array( $postarr['meta_input'] ) ? $postarr['meta_input'] : array();
		if ( ! self::needs_consent( $post_id, $meta_input ) ) {
			return $data;
		}
		$consent = array_key_exists( 'consent_confirmed', $meta_input ) ? rest_sanitize_boolean( $meta_input['consent_confirmed'] ) : self::has_consent( $post_id );
		if ( ! $consent ) {
			$data['post_status'] = in_array( $previous, array( '', 'new', 'auto-draft', 'publish', 'future' ), true ) ? 'pending' : $previous;
			if ( get_current_user_id() ) {
				set_transient( 'mentorship_story_consent_' . get_current_user_id(), 1, MINUTE_IN_SECONDS * 10 );
			}
		}
		return $data;
	}

	/**
	 * Refuses, with a clear message, to publish a story about a contributor through REST
	 * (the block editor) without their consent; passes consent given in the same request
	 * on to the insert.
	 *
	 * @param \stdClass|WP_Error $prepared_post Post about to be inserted.
	 * @param WP_REST_Request    $request       Request.
	 * @return \stdClass|WP_Error
	 */
	public function check_rest_insert( $prepared_post, $request ) {
		if ( is_wp_error( $prepared_post ) ) {
			return $prepared_post;
		}
		$post_id = (int) ( $prepared_post->ID ?? 0 );
		$status  = isset( $prepared_post->post_status ) ? (string) $prepared_post->post_status : ( $post_id ? (string) get_post_status( $post_id ) : 'draft' );
		$meta    = $request->get_param( 'meta' );
		$invalid = is_array( $meta ) ? self::meta_errors( $meta ) : array();
		if ( $invalid ) {
			// Core checks meta only after the post is written; refuse before anything is stored.
			return Field_Errors::names_only( $invalid );
		}
		$given   = is_array( $meta ) && array_key_exists( 'consent_confirmed', $meta );
		$consent = $given ? rest_sanitize_boolean( $meta['consent_confirmed'] ) : self::has_consent( $post_id );
		if ( in_array( $status, array( 'publish', 'future' ), true ) && ! $consent && self::needs_consent( $post_id, is_array( $meta ) ? $meta : array() ) ) {
			return new WP_Error(
				'mentorship_story_consent_required',
				self::consent_message(),
				array(
					'status' => 400,
					'params' => array( 'meta.consent_confirmed' => __( 'The contributor must agree before the story is published.', 'mentorship-program' ) ),
				)
			);
		}
		if ( $given ) {
			// Core writes request meta after the insert: let the insert see the new consent.
			$prepared_post->meta_input = array_merge(
				isset( $prepared_post->meta_input ) && is_array( $prepared_post->meta_input ) ? $prepared_post->meta_input : array(),
				array( 'consent_confirmed' => $consent )
			);
		}
		return $prepared_post;
	}

	/**
	 * Checks story meta sent through REST against each key's schema.
	 *
	 * @param array<string, mixed> $meta Key => value (null deletes, and is always fine).
	 * @return array<string, string> "meta.key" => message.
	 */
	public static function meta_errors( array $meta ): array {
		$errors = array();
		$keys   = get_registered_meta_keys( 'post', self::POST_TYPE );
		foreach ( $meta as $key => $value ) {
			if ( null === $value || ! isset( $keys[ $key ] ) || ! is_array( $keys[ $key ]['show_in_rest'] ) ) {
				continue;
			}
			$schema = array_merge( array( 'type' => $keys[ $key ]['type'] ), (array) ( $keys[ $key ]['show_in_rest']['schema'] ?? array() ) );
			$valid  = rest_validate_value_from_schema( $value, $schema, 'meta.' . $key );
			if ( is_wp_error( $valid ) ) {
				$errors[ 'meta.' . $key ] = $valid->get_error_message();
			}
		}
		return $errors;
	}

	/**
	 * Leaves the linked application out of REST answers for people who may not review.
	 *
	 * @param WP_REST_Response $response Response.
	 * @param WP_Post          $post     Story.
	 * @param WP_REST_Request  $request  Request.
	 * @return WP_REST_Response
	 */
	public function hide_participant( $response, $post, $request ) {
		unset( $post, $request );
		if ( ! $response instanceof WP_REST_Response || current_user_can( 'mentorship_review' ) ) {
			return $response;
		}
		$data = $response->get_data();
		if ( is_array( $data ) && isset( $data['meta'] ) && is_array( $data['meta'] ) ) {
			unset( $data['meta']['participant_id'] );
			$response->set_data( $data );
		}
		return $response;
	}

	/**
	 * Hides the linked application from the Custom Fields panel of a story.
	 *
	 * @param bool   $protected Whether the key is protected.
	 * @param string $meta_key  Key.
	 * @param string $meta_type Object type.
	 * @return bool
	 */
	public function protect_participant_meta( $protected, $meta_key, $meta_type ) {
		if ( 'participant_id' === $meta_key && 'post' === $meta_type && self::POST_TYPE === get_post_type() ) {
			return true;
		}
		return $protected;
	}

	/**
	 * Puts published stories in the site's main feed, beside posts.
	 *
	 * @param array<string, mixed> $query_vars Query variables of the request.
	 * @return array<string, mixed>
	 */
	public function add_to_main_feed( $query_vars ) {
		if ( ! is_array( $query_vars ) || empty( $query_vars['feed'] ) ) {
			return $query_vars;
		}
		// Only the plain site feed; category, tag, search and comment feeds stay as they are.
		$others = array_diff( array_keys( $query_vars ), array( 'feed' ) );
		if ( $others ) {
			return $query_vars;
		}
		/**
		 * Filters whether contributor stories appear in the site's main feed.
		 *
		 * @since 0.1.0
		 *
		 * @param bool $include Whether to include them.
		 */
		if ( ! apply_filters( 'mentorship_program_stories_in_main_feed', true ) ) {
			return $query_vars;
		}
		$query_vars['post_type'] = array( 'post', self::POST_TYPE );
		return $query_vars;
	}

	/**
	 * Says why a story saved outside the block editor stayed unpublished.
	 *
	 * @since 0.1.0
	 */
	public function consent_notice(): void {
		$key = 'mentorship_story_consent_' . get_current_user_id();
		if ( ! get_current_user_id() || ! get_transient( $key ) ) {
			return;
		}
		delete_transient( $key );
		printf( '<div class="notice notice-warning is-dismissible"><p>%s</p></div>', esc_html( self::consent_message() ) );
	}

	/**
	 * Flushes rewrite rules once after the story rules are new or changed.
	 *
	 * @since 0.1.0
	 */
	public function maybe_flush_rewrite_rules(): void {
		if ( self::REWRITE_VERSION === get_option( self::REWRITE_OPTION ) ) {
			return;
		}
		flush_rewrite_rules( false );
		update_option( self::REWRITE_OPTION, self::REWRITE_VERSION, true );
	}

	/**
	 * Asks for a flush on the next request after an install or upgrade.
	 *
	 * @since 0.1.0
	 */
	public function forget_rewrite_version(): void {
		delete_option( self::REWRITE_OPTION );
	}
}
