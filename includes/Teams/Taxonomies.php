<?php
/**
 * The cohort and team taxonomies, their term meta, and the seeded contributor teams.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Teams;

defined( 'ABSPATH' ) || exit;

use Mentorship_Program\Applications\Post_Types;
use Mentorship_Program\Support\Plain_Text;

/**
 * Registers cohort and team, shared by mentees, mentors and stories.
 *
 * @since 0.1.0
 */
final class Taxonomies {

	public const COHORT = 'mentorship_cohort';
	public const TEAM   = 'mentorship_team';

	public const SEEDED_OPTION = 'mentorship_program_teams_seeded';

	/**
	 * Adds hooks.
	 *
	 * @since 0.1.0
	 */
	public function register(): void {
		add_action( 'init', array( self::class, 'register_taxonomies' ) );
		add_action( 'mentorship_program_install_site', array( self::class, 'seed_teams' ), 20 );
	}

	/**
	 * Object types the taxonomies attach to (stories join through a filter).
	 *
	 * @return string[]
	 */
	private static function object_types(): array {
		/**
		 * Filters the post types that carry the cohort and team taxonomies.
		 *
		 * @since 0.1.0
		 *
		 * @param string[] $post_types Post types.
		 */
		return (array) apply_filters( 'mentorship_program_taxonomy_object_types', array( Post_Types::MENTEE, Post_Types::MENTOR ) );
	}

	/**
	 * Registers both taxonomies and their term meta.
	 *
	 * @since 0.1.0
	 */
	public static function register_taxonomies(): void {
		register_taxonomy(
			self::COHORT,
			self::object_types(),
			array(
				'labels'            => array(
					'name'          => __( 'Cohorts', 'mentorship-program' ),
					'singular_name' => __( 'Cohort', 'mentorship-program' ),
					'all_items'     => __( 'All cohorts', 'mentorship-program' ),
					'edit_item'     => __( 'Edit cohort', 'mentorship-program' ),
					'add_new_item'  => __( 'Add cohort', 'mentorship-program' ),
				),
				'public'            => true,
				'hierarchical'      => false,
				'show_ui'           => false,
				'show_in_rest'      => true,
				'show_admin_column' => false,
				'rewrite'           => array( 'slug' => 'cohort' ),
				'capabilities'      => array(
					'manage_terms' => 'mentorship_manage_cohorts',
					'edit_terms'   => 'mentorship_manage_cohorts',
					'delete_terms' => 'mentorship_manage_cohorts',
					'assign_terms' => 'edit_posts',
				),
			) + self::read_only_rest()
		);
		register_taxonomy(
			self::TEAM,
			self::object_types(),
			array(
				'labels'            => array(
					'name'          => __( 'Contributor teams', 'mentorship-program' ),
					'singular_name' => __( 'Contributor team', 'mentorship-program' ),
					'all_items'     => __( 'All teams', 'mentorship-program' ),
					'edit_item'     => __( 'Edit team', 'mentorship-program' ),
					'add_new_item'  => __( 'Add team', 'mentorship-program' ),
				),
				'public'            => true,
				'hierarchical'      => false,
				'show_ui'           => false,
				'show_in_rest'      => true,
				'show_admin_column' => false,
				'rewrite'           => array( 'slug' => 'team' ),
				'capabilities'      => array(
					'manage_terms' => 'mentorship_manage_settings',
					'edit_terms'   => 'mentorship_manage_settings',
					'delete_terms' => 'mentorship_manage_settings',
					'assign_terms' => 'edit_posts',
				),
			) + self::read_only_rest()
		);
		foreach ( self::team_meta() as $key => $args ) {
			register_term_meta( self::TEAM, $key, $args );
		}
		foreach ( self::cohort_meta() as $key => $args ) {
			register_term_meta( self::COHORT, $key, $args );
		}
	}

	/**
	 * Core's term routes for these taxonomies read but never write: teams and cohorts
	 * are written through mentorship/v1, which validates them.
	 *
	 * @return array<string, string>
	 */
	private static function read_only_rest(): array {
		return array( 'rest_controller_class' => \Mentorship_Program\Teams\REST\Read_Only_Terms_Controller::class );
	}

	/**
	 * Team term meta.
	 *
	 * @return array<string, array<string, mixed>>
	 */
	public static function team_meta(): array {
		$string = static fn( int $max ) => array(
			'type'              => 'string',
			'single'            => true,
			'default'           => '',
			'sanitize_callback' => static fn( $v ) => Plain_Text::line( $v, $max ),
			'show_in_rest'      => array( 'schema' => array( 'maxLength' => $max ) ),
		);
		$list   = array(
			'type'              => 'array',
			'single'            => true,
			'default'           => array(),
			'sanitize_callback' => static fn( $v ) => array_values( array_filter( array_map( static fn( $item ) => Plain_Text::line( $item, 60 ), (array) $v ) ) ),
			'show_in_rest'      => array(
				'schema' => array(
					'type'  => 'array',
					'items' => array( 'type' => 'string' ),
				),
			),
		);
		return array(
			'mp_summary'      => $string( 300 ),
			'mp_skills'       => $list,
			'mp_interests'    => $list,
			'mp_handbook_url' => array_merge( $string( 300 ), array( 'sanitize_callback' => 'esc_url_raw' ) ),
			'mp_channel'      => $string( 80 ),
			'mp_meeting_time' => $string( 120 ),
		);
	}

	/**
	 * Cohort term meta (values are validated by the cohorts service).
	 *
	 * @return array<string, array<string, mixed>>
	 */
	public static function cohort_meta(): array {
		$plain = static fn( string $type, $default_value ) => array(
			'type'         => $type,
			'single'       => true,
			'default'      => $default_value,
			'show_in_rest' => false,
		);
		return array(
			'mp_opens_at'    => $plain( 'string', '' ),
			'mp_closes_at'   => $plain( 'string', '' ),
			'mp_starts_on'   => $plain( 'string', '' ),
			'mp_ends_on'     => $plain( 'string', '' ),
			'mp_capacity'    => $plain( 'integer', 0 ),
			'mp_tracks'      => $plain( 'array', array() ),
			'mp_schedule'    => $plain( 'object', array() ),
			'mp_channel_url' => $plain( 'string', '' ),
			// When the cohort was started, by whom, and whether before its start date.
			'mp_started'     => $plain( 'object', array() ),
		);
	}

	/**
	 * Slugs of all team terms (cached per request).
	 *
	 * @return string[]
	 */
	public static function team_slugs(): array {
		$terms = get_terms(
			array(
				'taxonomy'               => self::TEAM,
				'hide_empty'             => false,
				'fields'                 => 'id=>slug',
				// Slugs only: the teams' meta is not needed (a query fewer per submission).
				'update_term_meta_cache' => false,
			)
		);
		return is_array( $terms ) ? array_values( $terms ) : array();
	}

	/**
	 * Every team, used or not, by name: the teams the blocks offer and list.
	 *
	 * @since 0.4.0
	 *
	 * @return \WP_Term[]
	 */
	public static function teams(): array {
		$terms = get_terms(
			array(
				'taxonomy'   => self::TEAM,
				'hide_empty' => false,
				'orderby'    => 'name',
			)
		);
		return is_array( $terms ) ? $terms : array();
	}

	/**
	 * Seeds the WordPress contributor teams once; edits are never overwritten.
	 *
	 * @since 0.1.0
	 */
	public static function seed_teams(): void {
		if ( get_option( self::SEEDED_OPTION ) ) {
			return;
		}
		if ( ! taxonomy_exists( self::TEAM ) ) {
			self::register_taxonomies();
		}
		foreach ( self::default_teams() as $slug => $team ) {
			if ( term_exists( $slug, self::TEAM ) ) {
				continue;
			}
			$term = wp_insert_term( $team['name'], self::TEAM, array( 'slug' => $slug ) );
			if ( is_wp_error( $term ) ) {
				continue;
			}
			update_term_meta( $term['term_id'], 'mp_summary', $team['summary'] );
			update_term_meta( $term['term_id'], 'mp_skills', $team['skills'] );
			update_term_meta( $term['term_id'], 'mp_interests', $team['interests'] );
			update_term_meta( $term['term_id'], 'mp_handbook_url', 'https://make.wordpress.org/' . $team['make'] . '/handbook/' );
			update_term_meta( $term['term_id'], 'mp_channel', '#' . $team['channel'] );
			update_term_meta( $term['term_id'], 'mp_meeting_time', $team['meeting'] );
		}
		update_option( self::SEEDED_OPTION, time(), false );
	}

	/**
	 * The contributor teams a make site starts with.
	 *
	 * @return array<string, array<string, mixed>>
	 */
	public static function default_teams(): array {
		$t = static fn( string $name, string $summary, array $skills, array $interests, string $make, string $channel, string $meeting ) => compact( 'name', 'summary', 'skills', 'interests', 'make', 'channel', 'meeting' );
		return array(
			'core'           => $t( __( 'Core', 'mentorship-program' ), __( 'Builds WordPress itself: PHP, JavaScript, tests and code review.', 'mentorship-program' ), array( 'PHP', 'JavaScript', 'Testing' ), array( 'code', 'testing' ), 'core', 'core', __( 'Wednesdays 20:00 UTC', 'mentorship-program' ) ),
			'polyglots'      => $t( __( 'Polyglots', 'mentorship-program' ), __( 'Translates WordPress, themes and plugins into every language.', 'mentorship-program' ), array( 'Translation', 'Languages' ), array( 'translating', 'writing' ), 'polyglots', 'polyglots', __( 'Wednesdays 13:00 UTC', 'mentorship-program' ) ),
			'training'       => $t( __( 'Training', 'mentorship-program' ), __( 'Creates courses, lesson plans and tutorials on Learn WordPress.', 'mentorship-program' ), array( 'Teaching', 'Writing', 'Video' ), array( 'teaching', 'writing' ), 'training', 'training', __( 'Tuesdays 15:00 UTC', 'mentorship-program' ) ),
			'community'      => $t( __( 'Community', 'mentorship-program' ), __( 'Supports meetups, WordCamps and community programs such as this one.', 'mentorship-program' ), array( 'Organising', 'Events', 'Mentoring' ), array( 'events', 'teaching' ), 'community', 'community-team', __( 'First and third Thursday 12:00 UTC', 'mentorship-program' ) ),
			'design'         => $t( __( 'Design', 'mentorship-program' ), __( 'Designs the interfaces and experience of WordPress and its sites.', 'mentorship-program' ), array( 'UI design', 'UX research', 'Figma' ), array( 'design' ), 'design', 'design', __( 'Wednesdays 19:00 UTC', 'mentorship-program' ) ),
			'docs'           => $t( __( 'Documentation', 'mentorship-program' ), __( 'Writes and maintains the user and developer documentation.', 'mentorship-program' ), array( 'Technical writing', 'Editing' ), array( 'writing' ), 'docs', 'docs', __( 'Tuesdays 14:00 UTC', 'mentorship-program' ) ),
			'support'        => $t( __( 'Support', 'mentorship-program' ), __( 'Helps people in the support forums and improves support resources.', 'mentorship-program' ), array( 'Troubleshooting', 'Patience', 'Writing' ), array( 'support' ), 'support', 'forums', __( 'Thursdays 14:00 UTC', 'mentorship-program' ) ),
			'test'           => $t( __( 'Test', 'mentorship-program' ), __( 'Tests releases and features, and reports what breaks.', 'mentorship-program' ), array( 'Testing', 'Bug reports' ), array( 'testing' ), 'test', 'core-test', __( 'Fridays 15:00 UTC', 'mentorship-program' ) ),
			'accessibility'  => $t( __( 'Accessibility', 'mentorship-program' ), __( 'Makes WordPress usable by everyone, with any ability or device.', 'mentorship-program' ), array( 'WCAG', 'Assistive technology', 'Testing' ), array( 'accessibility', 'testing', 'code' ), 'accessibility', 'accessibility', __( 'Fridays 15:00 UTC', 'mentorship-program' ) ),
			'marketing'      => $t( __( 'Marketing', 'mentorship-program' ), __( 'Tells the world about WordPress: campaigns, social media and case studies.', 'mentorship-program' ), array( 'Writing', 'Social media', 'Campaigns' ), array( 'marketing', 'writing' ), 'marketing', 'marketing', __( 'Tuesdays 14:00 UTC', 'mentorship-program' ) ),
			'meta'           => $t( __( 'Meta', 'mentorship-program' ), __( 'Runs WordPress.org and the tools contributors use.', 'mentorship-program' ), array( 'PHP', 'JavaScript', 'Systems' ), array( 'code' ), 'meta', 'meta', __( 'Second Thursday 20:00 UTC', 'mentorship-program' ) ),
			'mobile'         => $t( __( 'Mobile', 'mentorship-program' ), __( 'Builds the WordPress apps for iOS and Android.', 'mentorship-program' ), array( 'Swift', 'Kotlin', 'React Native' ), array( 'code', 'testing' ), 'mobile', 'mobile', __( 'Mondays 15:00 UTC', 'mentorship-program' ) ),
			'openverse'      => $t( __( 'Openverse', 'mentorship-program' ), __( 'Builds a search engine for openly licensed media.', 'mentorship-program' ), array( 'Python', 'JavaScript', 'Data' ), array( 'code', 'photography' ), 'openverse', 'openverse', __( 'Tuesdays 15:00 UTC', 'mentorship-program' ) ),
			'performance'    => $t( __( 'Performance', 'mentorship-program' ), __( 'Makes WordPress faster, measured in the lab and the field.', 'mentorship-program' ), array( 'PHP', 'JavaScript', 'Profiling' ), array( 'code', 'performance' ), 'performance', 'core-performance', __( 'Tuesdays 16:00 UTC', 'mentorship-program' ) ),
			'photos'         => $t( __( 'Photos', 'mentorship-program' ), __( 'Curates the WordPress Photo Directory and moderates submissions.', 'mentorship-program' ), array( 'Photography', 'Moderation' ), array( 'photography' ), 'photos', 'photos', __( 'First Friday 18:00 UTC', 'mentorship-program' ) ),
			'plugins'        => $t( __( 'Plugins', 'mentorship-program' ), __( 'Reviews plugins for the directory and helps plugin authors.', 'mentorship-program' ), array( 'PHP', 'Security review' ), array( 'code', 'support' ), 'plugins', 'pluginreview', __( 'Every other Tuesday 17:00 UTC', 'mentorship-program' ) ),
			'themes'         => $t( __( 'Themes', 'mentorship-program' ), __( 'Reviews themes and builds the default themes.', 'mentorship-program' ), array( 'CSS', 'Block themes', 'Design' ), array( 'design', 'code' ), 'themes', 'themereview', __( 'Tuesdays 16:00 UTC', 'mentorship-program' ) ),
			'hosting'        => $t( __( 'Hosting', 'mentorship-program' ), __( 'Helps hosts run WordPress well and tests it across environments.', 'mentorship-program' ), array( 'Servers', 'PHP', 'Testing' ), array( 'code', 'testing', 'performance' ), 'hosting', 'hosting', __( 'Wednesdays 17:00 UTC', 'mentorship-program' ) ),
			'cli'            => $t( __( 'WP-CLI', 'mentorship-program' ), __( 'Maintains the command line interface for WordPress.', 'mentorship-program' ), array( 'PHP', 'Shell' ), array( 'code' ), 'cli', 'cli', __( 'Second and fourth Tuesday 16:00 UTC', 'mentorship-program' ) ),
			'sustainability' => $t( __( 'Sustainability', 'mentorship-program' ), __( 'Reduces the environmental impact of WordPress and its events.', 'mentorship-program' ), array( 'Research', 'Writing' ), array( 'writing', 'performance', 'events' ), 'sustainability', 'sustainability', __( 'First Friday 14:00 UTC', 'mentorship-program' ) ),
			'tv'             => $t( __( 'WordPress.tv', 'mentorship-program' ), __( 'Publishes talks and workshops, with captions and subtitles.', 'mentorship-program' ), array( 'Video', 'Captioning' ), array( 'teaching', 'translating' ), 'tv', 'wptv', __( 'Second Thursday 15:00 UTC', 'mentorship-program' ) ),
		);
	}
}
