<?php
/**
 * Contributor stories: from a graduate's record to a story waiting for review.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Stories;

defined( 'ABSPATH' ) || exit;

use Mentorship_Program\Applications\Applications;
use Mentorship_Program\Applications\Audit_Trail;
use Mentorship_Program\Applications\My_Applications;
use Mentorship_Program\Applications\Post_Types;
use Mentorship_Program\Applications\Stages;
use Mentorship_Program\Cohorts\Cohorts;
use Mentorship_Program\Database\Schema;
use Mentorship_Program\Support\Field_Errors;
use Mentorship_Program\Support\Plain_Text;
use Mentorship_Program\Teams\Taxonomies;
use Mentorship_Program\Notifications\Mailer;
use WP_Error;
use WP_Post;
use WP_Query;

/**
 * The story service: who may share a story, the prefilled draft, invitations and the
 * lists editors and coordinators work from. REST, blocks and the demo all call this.
 *
 * @since 0.1.0
 */
final class Stories {

	/**
	 * Longest story text a graduate may send.
	 */
	public const MAX_STORY = 5000;

	/**
	 * Longest story title.
	 */
	public const MAX_TITLE = 200;

	/**
	 * Application meta: when the graduate was invited to share their story.
	 */
	public const INVITED_META = '_mp_story_invited_at';

	/**
	 * Stages, per application type, from which a person may share their story.
	 */
	private const ELIGIBLE = Stages::FINISHED;

	/**
	 * Post statuses in which a story counts as existing for its application.
	 */
	private const LIVE_STATUSES = array( 'publish', 'pending', 'draft', 'future', 'private' );

	/**
	 * Post statuses that store an eligible stage.
	 *
	 * @return string[]
	 */
	public static function eligible_statuses(): array {
		$statuses = array();
		foreach ( self::ELIGIBLE as $stages ) {
			foreach ( $stages as $stage ) {
				$statuses[] = Stages::to_status( $stage );
			}
		}
		return array_values( array_unique( $statuses ) );
	}

	/**
	 * Whether an application has reached a stage from which its person may share a story.
	 *
	 * @param array<string, mixed> $application Application.
	 * @return bool
	 */
	public static function is_eligible( array $application ): bool {
		return in_array( (string) $application['stage'], self::ELIGIBLE[ (string) $application['type'] ] ?? array(), true );
	}

	/**
	 * Whether a person may share a story for an application: they own it — through the
	 * account it is linked to, or by holding its private link from the e-mail — and it is
	 * graduated, placed (mentees) or completed (mentors).
	 *
	 * @param int $application_id   Application.
	 * @param int $user_id          User, or 0.
	 * @param int $link_application The application whose e-mailed private link this
	 *                              browser holds, or 0.
	 * @return true|WP_Error 401 without a user or a link, 403 otherwise.
	 */
	public static function can_share( int $application_id, int $user_id, int $link_application = 0 ) {
		if ( ! $user_id && ! $link_application ) {
			return new WP_Error( 'rest_not_logged_in', __( 'Please log in to share your story.', 'mentorship-program' ), array( 'status' => 401 ) );
		}
		$application = Applications::get( $application_id );
		$owner       = $application && (
			( $user_id && (int) $application['user_id'] === $user_id )
			|| ( $link_application && $link_application === (int) $application['id'] )
		);
		if ( ! $owner ) {
			return new WP_Error( 'rest_forbidden', __( 'You can only share a story about your own mentorship.', 'mentorship-program' ), array( 'status' => 403 ) );
		}
		if ( ! self::is_eligible( $application ) ) {
			return new WP_Error( 'mentorship_story_not_yet', __( 'Stories can be shared once your mentorship is complete: after graduating as a mentee, or completing it as a mentor.', 'mentorship-program' ), array( 'status' => 403 ) );
		}
		return true;
	}

	/**
	 * What a graduate is told once their story is sent.
	 *
	 * @since 0.2.0
	 *
	 * @return string
	 */
	public static function thank_you_message(): string {
		return __( 'Thank you! Your story was sent to the editors. They will review it and get in touch before it is published.', 'mentorship-program' );
	}

	/**
	 * The one application a private link's holder may share a story from (see
	 * shareable_for_user()), or none.
	 *
	 * @param int $application_id Application whose private link is held.
	 * @return array<int, array{id: int, type: string, stage: string, cohort: string, story_id: int}>
	 */
	public static function shareable_for_link( int $application_id ): array {
		$application = Applications::get( $application_id );
		if ( ! $application || ! self::is_eligible( $application ) ) {
			return array();
		}
		$cohort = $application['cohort'] ? Cohorts::get( (int) $application['cohort'] ) : null;
		return array(
			array(
				'id'       => (int) $application['id'],
				'type'     => (string) $application['type'],
				'stage'    => (string) $application['stage'],
				'cohort'   => $cohort ? (string) $cohort['name'] : '',
				'story_id' => self::story_for_application( (int) $application['id'] ),
			),
		);
	}

	/**
	 * The story linked to an application (any status but the trash), or 0.
	 *
	 * @param int $application_id Application.
	 * @return int Story ID.
	 */
	public static function story_for_application( int $application_id ): int {
		if ( $application_id <= 0 ) {
			return 0;
		}
		$found = get_posts(
			array(
				'post_type'      => Story_Post_Type::POST_TYPE,
				'post_status'    => self::LIVE_STATUSES,
				'fields'         => 'ids',
				'posts_per_page' => 1,
				'no_found_rows'  => true,
				// get_posts() leaves out other plugins' query filters by default
				// (suppress_filters), so the lookup sees every story without saying so.
				'meta_key'       => 'participant_id', // phpcs:ignore WordPress.DB.SlowDBQuery.slow_db_query_meta_key -- one indexed key lookup.
				'meta_value'     => (string) $application_id, // phpcs:ignore WordPress.DB.SlowDBQuery.slow_db_query_meta_value -- as above.
			)
		);
		return $found ? (int) $found[0] : 0;
	}

	/**
	 * The applications of a user from which they may share a story, each with the ID of
	 * the story already shared (0 when none).
	 *
	 * @param int $user_id User.
	 * @return array<int, array{id: int, type: string, stage: string, cohort: string, story_id: int}>
	 */
	public static function shareable_for_user( int $user_id ): array {
		if ( ! $user_id ) {
			return array();
		}
		$out = array();
		foreach ( My_Applications::for_user( $user_id ) as $view ) {
			$application = Applications::get( (int) $view['id'] );
			if ( ! $application || ! self::is_eligible( $application ) ) {
				continue;
			}
			$out[] = array(
				'id'       => (int) $application['id'],
				'type'     => (string) $application['type'],
				'stage'    => (string) $application['stage'],
				'cohort'   => is_array( $view['cohort'] ) ? (string) $view['cohort']['name'] : '',
				'story_id' => self::story_for_application( (int) $application['id'] ),
			);
		}
		return $out;
	}

	/**
	 * Checks what a graduate sends: a title, the story text and an explicit consent.
	 *
	 * @param array<string, mixed> $input title, story, consent.
	 * @return array<string, string> Field => message; empty when all is well.
	 */
	public static function input_errors( array $input ): array {
		$errors = array();
		$title  = isset( $input['title'] ) && is_string( $input['title'] ) ? trim( $input['title'] ) : '';
		$story  = isset( $input['story'] ) && is_string( $input['story'] ) ? trim( $input['story'] ) : '';
		if ( '' === $title ) {
			$errors['title'] = __( 'Give your story a title.', 'mentorship-program' );
		} elseif ( mb_strlen( $title ) > self::MAX_TITLE ) {
			/* translators: %d: maximum number of characters. */
			$errors['title'] = sprintf( __( 'The title can be at most %d characters long.', 'mentorship-program' ), self::MAX_TITLE );
		}
		if ( '' === $story ) {
			$errors['story'] = __( 'Write your story: a few paragraphs are enough.', 'mentorship-program' );
		} elseif ( mb_strlen( $story ) > self::MAX_STORY ) {
			/* translators: %d: maximum number of characters. */
			$errors['story'] = sprintf( __( 'Your story can be at most %d characters long.', 'mentorship-program' ), self::MAX_STORY );
		}
		if ( true !== ( $input['consent'] ?? null ) ) {
			$errors['consent'] = __( 'Please confirm that the story may be published on this site with your name and WordPress.org username.', 'mentorship-program' );
		}
		return $errors;
	}

	/**
	 * Creates a story waiting for review, prefilled from the graduate's record: name,
	 * WordPress.org username, languages, teams, cohort, role, and journey milestones.
	 * Nothing private (e-mail, chat name, time zone, region, goals) is copied.
	 *
	 * @param int                  $application_id Application of the graduate.
	 * @param array<string, mixed> $input          title, story (plain text), consent (true).
	 * @param int                  $user_id        The graduate (the application's owner), or 0.
	 * @param int                  $link_application The application whose e-mailed private link the
	 *                                               sender holds, or 0 (see can_share()).
	 * @return array<string, mixed>|WP_Error The story (see shape()), or 400/401/403/409.
	 */
	public static function create_draft_from_application( int $application_id, array $input, int $user_id, int $link_application = 0 ) {
		$errors = self::input_errors( $input );
		if ( $errors ) {
			return Field_Errors::names_only( $errors );
		}
		$allowed = self::can_share( $application_id, $user_id, $link_application );
		if ( is_wp_error( $allowed ) ) {
			return $allowed;
		}
		$application = Applications::get( $application_id );
		if ( ! $application ) {
			return new WP_Error( 'rest_forbidden', __( 'You can only share a story about your own mentorship.', 'mentorship-program' ), array( 'status' => 403 ) );
		}
		if ( ! self::claim( $application_id ) ) {
			return self::duplicate_error();
		}

		$content = self::content_from_text( trim( (string) $input['story'] ) );
		$post_id = wp_insert_post(
			wp_slash(
				array(
					'post_type'    => Story_Post_Type::POST_TYPE,
					'post_status'  => 'pending',
					'post_title'   => sanitize_text_field( trim( (string) $input['title'] ) ),
					'post_content' => $content,
					'post_author'  => $user_id,
				)
			),
			true
		);
		if ( is_wp_error( $post_id ) || ! $post_id ) {
			self::release( $application_id );
			return new WP_Error( 'mentorship_store_failed', __( 'Your story could not be saved. Please try again.', 'mentorship-program' ), array( 'status' => 500 ) );
		}
		$post_id = (int) $post_id;
		$fields  = (array) $application['fields'];
		update_post_meta( $post_id, 'contributor_name', wp_slash( (string) ( $fields['name'] ?? '' ) ) );
		update_post_meta( $post_id, 'wporg_username', wp_slash( (string) ( $fields['wporg_username'] ?? '' ) ) );
		update_post_meta( $post_id, 'program_role', (string) $application['type'] );
		update_post_meta( $post_id, 'languages', wp_slash( (array) ( $fields['languages'] ?? array() ) ) );
		update_post_meta( $post_id, 'consent_confirmed', true );
		update_post_meta( $post_id, 'participant_id', $application_id );
		update_post_meta( $post_id, 'milestones', wp_slash( self::milestones_for( $application ) ) );
		update_post_meta( $post_id, '_mp_consent_at', gmdate( 'Y-m-d\TH:i:s\Z' ) );

		$teams = '' !== (string) $application['placed_team'] ? array( (string) $application['placed_team'] ) : (array) ( $fields['teams'] ?? array() );
		wp_set_object_terms( $post_id, array_values( array_filter( array_map( 'sanitize_title', $teams ) ) ), Taxonomies::TEAM );
		if ( ! empty( $application['cohort'] ) ) {
			wp_set_object_terms( $post_id, array( (int) $application['cohort'] ), Taxonomies::COHORT );
		}
		Audit_Trail::record( $application_id, 'story', '', 'pending', '', null, $user_id );

		$post  = get_post( $post_id );
		$story = $post instanceof WP_Post ? self::shape( $post ) : array( 'id' => $post_id );
		/**
		 * Fires after a graduate shared their story for review.
		 *
		 * @since 0.1.0
		 *
		 * @param array<string, mixed> $story       The story.
		 * @param array<string, mixed> $application The application it came from.
		 */
		do_action( 'mentorship_program_story_submitted', $story, $application );
		return $story;
	}

	/**
	 * The error for a second story about the same application.
	 *
	 * @return WP_Error
	 */
	private static function duplicate_error(): WP_Error {
		return new WP_Error( 'mentorship_story_exists', __( 'A story about this mentorship was already shared. The editors will be in touch.', 'mentorship-program' ), array( 'status' => 409 ) );
	}

	/**
	 * Claims the one story of an application; the primary key makes a second claim fail
	 * even when two requests race. A claim whose story was deleted is given back.
	 *
	 * @param int $application_id Application.
	 * @return bool Whether this request holds the claim.
	 */
	private static function claim( int $application_id ): bool {
		global $wpdb;
		$table = Schema::table( 'claims' );
		$key   = self::claim_key( $application_id );
		for ( $attempt = 0; $attempt < 2; $attempt++ ) {
			$suppress = $wpdb->suppress_errors( true );
			$claimed  = $wpdb->query( $wpdb->prepare( "INSERT INTO {$table} (claim_key, object_id, created_at) VALUES (%s, %d, %s)", $key, $application_id, gmdate( 'Y-m-d H:i:s' ) ) ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared, WordPress.DB.DirectDatabaseQuery -- our own table.
			$wpdb->suppress_errors( $suppress );
			if ( $claimed ) {
				return true;
			}
			if ( self::story_for_application( $application_id ) ) {
				return false;
			}
			self::release( $application_id );
		}
		return false;
	}

	/**
	 * Gives back the claim of an application.
	 *
	 * @param int $application_id Application.
	 */
	private static function release( int $application_id ): void {
		global $wpdb;
		$wpdb->delete( Schema::table( 'claims' ), array( 'claim_key' => self::claim_key( $application_id ) ), array( '%s' ) ); // phpcs:ignore WordPress.DB.DirectDatabaseQuery -- our own table.
	}

	/**
	 * The claim key of an application's story.
	 *
	 * @param int $application_id Application.
	 * @return string
	 */
	private static function claim_key( int $application_id ): string {
		return sha1( 'story|' . $application_id );
	}

	/**
	 * Block markup for a shared story: the details card, the text as paragraphs, the timeline.
	 *
	 * @param string $text Plain text; blank lines separate paragraphs.
	 * @return string
	 */
	public static function content_from_text( string $text ): string {
		$blocks = array( '<!-- wp:mentorship-program/story-details /-->' );
		foreach ( preg_split( '/\R\s*\R/u', $text ) ? preg_split( '/\R\s*\R/u', $text ) : array() as $paragraph ) {
			$paragraph = trim( $paragraph );
			if ( '' === $paragraph ) {
				continue;
			}
			$lines    = array_map( 'esc_html', preg_split( '/\R/u', $paragraph ) ? preg_split( '/\R/u', $paragraph ) : array() );
			$blocks[] = "<!-- wp:paragraph -->\n<p>" . implode( '<br>', $lines ) . "</p>\n<!-- /wp:paragraph -->";
		}
		$blocks[] = '<!-- wp:mentorship-program/journey-timeline /-->';
		return implode( "\n\n", $blocks );
	}

	/**
	 * Journey milestones from an application's record: joining the cohort, graduating
	 * (or completing as a mentor), and joining a team.
	 *
	 * @param array<string, mixed> $application Application.
	 * @return array<int, array{date: string, label: string, kind: string}>
	 */
	public static function milestones_for( array $application ): array {
		$cohort     = ! empty( $application['cohort'] ) ? Cohorts::get( (int) $application['cohort'] ) : null;
		$milestones = array();
		$reached    = array();
		foreach ( Audit_Trail::for_object( (int) $application['id'], array( 'stage' ) ) as $event ) {
			$reached[ (string) $event['to'] ] = substr( (string) $event['date'], 0, 10 );
		}
		$today = gmdate( 'Y-m-d' );
		if ( $cohort ) {
			$joined       = Story_Post_Type::is_date( (string) $cohort['starts_on'] ) && (string) $cohort['starts_on'] <= $today ? (string) $cohort['starts_on'] : ( $reached['active'] ?? substr( (string) $application['created'], 0, 10 ) );
			$milestones[] = array(
				'date'  => $joined,
				/* translators: %s: cohort name. */
				'label' => sprintf( __( 'Joined %s', 'mentorship-program' ), (string) $cohort['name'] ),
				'kind'  => 'joined_cohort',
			);
		}
		if ( 'mentor' === $application['type'] ) {
			$milestones[] = array(
				'date'  => $reached['completed'] ?? $today,
				'label' => __( 'Completed mentoring a cohort', 'mentorship-program' ),
				'kind'  => 'graduated',
			);
		} else {
			$milestones[] = array(
				'date'  => $reached['graduated'] ?? $today,
				'label' => __( 'Graduated from the mentorship program', 'mentorship-program' ),
				'kind'  => 'graduated',
			);
		}
		$team = (string) $application['placed_team'];
		if ( '' !== $team ) {
			$term         = get_term_by( 'slug', $team, Taxonomies::TEAM );
			$milestones[] = array(
				'date'  => $reached['placed'] ?? $today,
				/* translators: %s: contributor team name. */
				'label' => sprintf( __( 'Joined the %s team', 'mentorship-program' ), $term instanceof \WP_Term ? Plain_Text::from_html( $term->name ) : $team ),
				'kind'  => 'joined_team',
			);
		}
		return Story_Post_Type::sanitize_milestones( $milestones );
	}

	/**
	 * A story for editors and coordinators; the linked application only for reviewers.
	 *
	 * @param WP_Post $post Story.
	 * @return array<string, mixed>
	 */
	public static function shape( WP_Post $post ): array {
		$teams  = get_the_terms( $post, Taxonomies::TEAM );
		$cohort = get_the_terms( $post, Taxonomies::COHORT );
		$author = get_userdata( (int) $post->post_author );
		$story  = array(
			'id'                => (int) $post->ID,
			'title'             => html_entity_decode( get_the_title( $post ), ENT_QUOTES, 'UTF-8' ),
			'status'            => (string) $post->post_status,
			'link'              => (string) get_permalink( $post ),
			'edit_link'         => current_user_can( 'edit_post', $post->ID ) ? (string) get_edit_post_link( $post->ID, 'raw' ) : '',
			'author'            => array(
				'id'   => (int) $post->post_author,
				'name' => $author ? $author->display_name : '',
			),
			'contributor_name'  => (string) get_post_meta( $post->ID, 'contributor_name', true ),
			'wporg_username'    => (string) get_post_meta( $post->ID, 'wporg_username', true ),
			'program_role'      => (string) get_post_meta( $post->ID, 'program_role', true ),
			'consent_confirmed' => (bool) get_post_meta( $post->ID, 'consent_confirmed', true ),
			'teams'             => is_array( $teams ) ? array_values(
				array_map(
					static fn( \WP_Term $t ): array => array(
						'id'   => (int) $t->term_id,
						'slug' => $t->slug,
						'name' => Plain_Text::from_html( $t->name ),
					),
					$teams
				)
			) : array(),
			'cohort'            => is_array( $cohort ) && $cohort ? array(
				'id'   => (int) $cohort[0]->term_id,
				'name' => Plain_Text::from_html( $cohort[0]->name ),
			) : null,
			'date'              => mysql_to_rfc3339( (string) $post->post_date_gmt ),
			'modified'          => mysql_to_rfc3339( (string) $post->post_modified_gmt ),
		);
		if ( current_user_can( 'mentorship_review' ) ) {
			$story['participant_id'] = (int) get_post_meta( $post->ID, 'participant_id', true );
		}
		return $story;
	}

	/**
	 * Stories for the editors' list: by status, team, cohort, role and search, newest first.
	 *
	 * @param array<string, mixed> $filters status[], team (slug), cohort (ID), role, search, page, per_page.
	 * @return array{items: array<int, array<string, mixed>>, total: int, pages: int}
	 */
	public static function list( array $filters ): array {
		$statuses = array_values( array_intersect( (array) ( $filters['status'] ?? array() ), self::LIVE_STATUSES ) );
		$args     = array(
			'post_type'   => Story_Post_Type::POST_TYPE,
			'post_status' => $statuses ? $statuses : array( 'pending', 'publish', 'draft' ),
		) + self::newest_first_page( $filters );
		$args    += self::filter_args( $filters );
		$query    = new WP_Query( $args );
		return array(
			'items' => array_map( array( self::class, 'shape' ), $query->posts ),
			'total' => (int) $query->found_posts,
			'pages' => (int) $query->max_num_pages,
		);
	}

	/**
	 * Query arguments of one page of posts, most recently changed first, with their meta
	 * and terms primed.
	 *
	 * @since 0.3.0
	 *
	 * @param array<string, mixed> $filters page, per_page (20 unless given, at most 100).
	 * @return array<string, mixed>
	 */
	private static function newest_first_page( array $filters ): array {
		return array(
			'posts_per_page'         => max( 1, min( 100, (int) ( $filters['per_page'] ?? 20 ) ) ), // phpcs:ignore WordPress.WP.PostsPerPage.posts_per_page_posts_per_page -- at most 100.
			'paged'                  => max( 1, (int) ( $filters['page'] ?? 1 ) ),
			'orderby'                => array(
				'modified' => 'DESC',
				'ID'       => 'DESC',
			),
			'ignore_sticky_posts'    => true,
			'update_post_meta_cache' => true,
			'update_post_term_cache' => true,
		);
	}

	/**
	 * Taxonomy, meta and search arguments for story queries from team, cohort, role and search.
	 *
	 * @param array<string, mixed> $filters team (slug), cohort (ID or slug), role, search.
	 * @return array<string, mixed>
	 */
	public static function filter_args( array $filters ): array {
		$args = array();
		$tax  = array();
		if ( ! empty( $filters['team'] ) ) {
			$tax[] = array(
				'taxonomy' => Taxonomies::TEAM,
				'field'    => 'slug',
				'terms'    => array_map( 'sanitize_title', (array) $filters['team'] ),
			);
		}
		if ( ! empty( $filters['cohort'] ) ) {
			$cohort = $filters['cohort'];
			$tax[]  = array(
				'taxonomy' => Taxonomies::COHORT,
				'field'    => is_numeric( $cohort ) ? 'term_id' : 'slug',
				'terms'    => is_numeric( $cohort ) ? array( (int) $cohort ) : array( sanitize_title( (string) $cohort ) ),
			);
		}
		if ( $tax ) {
			$args['tax_query'] = array_merge( array( 'relation' => 'AND' ), $tax ); // phpcs:ignore WordPress.DB.SlowDBQuery.slow_db_query_tax_query -- indexed term relationships.
		}
		if ( ! empty( $filters['role'] ) && in_array( $filters['role'], Story_Post_Type::ROLES, true ) ) {
			$args['meta_query'] = array( // phpcs:ignore WordPress.DB.SlowDBQuery.slow_db_query_meta_query -- a filter the reader asked for.
				array(
					'key'   => 'program_role',
					'value' => (string) $filters['role'],
				),
			);
		}
		if ( ! empty( $filters['search'] ) && is_string( $filters['search'] ) ) {
			$args['s'] = $filters['search'];
		}
		return $args;
	}

	/**
	 * IDs of applications that already have a story (any status but the trash).
	 *
	 * @return int[]
	 */
	private static function applications_with_story(): array {
		$story_ids = get_posts(
			array(
				'post_type'      => Story_Post_Type::POST_TYPE,
				'post_status'    => self::LIVE_STATUSES,
				'fields'         => 'ids',
				'posts_per_page' => -1,
				'no_found_rows'  => true,
				// Without other plugins' query filters: get_posts() suppresses them by default.
				'meta_key'       => 'participant_id', // phpcs:ignore WordPress.DB.SlowDBQuery.slow_db_query_meta_key -- indexed key.
				'meta_compare'   => 'EXISTS',
			)
		);
		if ( ! $story_ids ) {
			return array();
		}
		update_meta_cache( 'post', $story_ids );
		$ids = array();
		foreach ( $story_ids as $story_id ) {
			$linked = (int) get_post_meta( (int) $story_id, 'participant_id', true );
			if ( $linked ) {
				$ids[] = $linked;
			}
		}
		return array_values( array_unique( $ids ) );
	}

	/**
	 * Graduated and placed mentees and completed mentors who have not shared a story yet.
	 *
	 * @param array<string, mixed> $filters type, cohort, page, per_page.
	 * @return array{items: array<int, array<string, mixed>>, total: int, pages: int}
	 */
	public static function graduates_without_story( array $filters = array() ): array {
		$types = ! empty( $filters['type'] ) && in_array( $filters['type'], Stages::types(), true ) ? array( (string) $filters['type'] ) : Stages::types();
		$args  = array(
			'post_type'   => array_map( array( Post_Types::class, 'post_type' ), $types ),
			'post_status' => self::eligible_statuses(),
		) + self::newest_first_page( $filters );
		$with  = self::applications_with_story();
		if ( $with ) {
			$args['post__not_in'] = $with; // phpcs:ignore WordPressVIPMinimum.Performance.WPQueryParams.PostNotIn_post__not_in -- bounded by the number of stories.
		}
		if ( ! empty( $filters['cohort'] ) ) {
			$args['tax_query'] = array( // phpcs:ignore WordPress.DB.SlowDBQuery.slow_db_query_tax_query -- indexed term relationships.
				array(
					'taxonomy' => Taxonomies::COHORT,
					'terms'    => array( (int) $filters['cohort'] ),
				),
			);
		}
		$query = new WP_Query( $args );
		$items = array();
		foreach ( $query->posts as $post ) {
			$application = Applications::shape( $post );
			$cohort      = $application['cohort'] ? Cohorts::get( (int) $application['cohort'] ) : null;
			$items[]     = array(
				'id'          => (int) $application['id'],
				'type'        => (string) $application['type'],
				'name'        => (string) $application['fields']['name'],
				'stage'       => (string) $application['stage'],
				'stage_label' => Stages::label( (string) $application['stage'] ),
				'cohort'      => $cohort ? array(
					'id'   => (int) $cohort['id'],
					'name' => (string) $cohort['name'],
				) : null,
				'teams'       => array_values( (array) ( $application['fields']['teams'] ?? array() ) ),
				'placed_team' => (string) $application['placed_team'],
				'has_account' => (int) $application['user_id'] > 0,
				'invited_at'  => (string) get_post_meta( (int) $application['id'], self::INVITED_META, true ),
			);
		}
		return array(
			'items' => $items,
			'total' => (int) $query->found_posts,
			'pages' => (int) $query->max_num_pages,
		);
	}

	/**
	 * Queues an e-mail inviting a graduate to share their story, with the link to the form.
	 *
	 * @param int $application_id Application.
	 * @return int|WP_Error Mail queue ID (0 when mail is turned off), or 404/409.
	 */
	public static function invite( int $application_id ) {
		$application = Applications::get( $application_id );
		if ( ! $application ) {
			return Applications::not_found();
		}
		if ( ! self::is_eligible( $application ) ) {
			return new WP_Error( 'mentorship_story_not_yet', __( 'Only graduates (and mentors who completed a cohort) are invited to share a story.', 'mentorship-program' ), array( 'status' => 409 ) );
		}
		if ( self::story_for_application( $application_id ) ) {
			return self::duplicate_error();
		}
		if ( ! (int) $application['user_id'] ) {
			return new WP_Error( 'mentorship_story_no_account', __( 'This person applied without a user account, so they cannot use the story form. Write the story with them in the editor instead.', 'mentorship-program' ), array( 'status' => 409 ) );
		}
		$email = (string) ( $application['fields']['email'] ?? '' );
		if ( '' === $email ) {
			return new WP_Error( 'mentorship_no_email', __( 'This application has no e-mail address.', 'mentorship-program' ), array( 'status' => 409 ) );
		}
		$site    = wp_specialchars_decode( (string) get_bloginfo( 'name' ), ENT_QUOTES );
		$name    = (string) $application['fields']['name'];
		$url     = self::share_url( $application_id );
		$subject = sprintf(
			/* translators: %s: site name. */
			__( 'Share your contributor story on %s', 'mentorship-program' ),
			$site
		);
		$body = sprintf(
			/* translators: 1: person's name, 2: link to the story form, 3: site name. */
			__( "Hi %1\$s,\n\nCongratulations on finishing the mentorship program! New contributors learn a lot from people who walked the path before them. Would you share your journey: how you started, what helped you, and what you would tell a newcomer?\n\nWrite it here (log in with the account you applied with): %2\$s\n\nAn editor reviews every story before it is published, and nothing is published without your consent.\n\nThank you,\n%3\$s", 'mentorship-program' ),
			$name,
			$url,
			$site
		);
		/**
		 * Filters the invitation to share a story.
		 *
		 * @since 0.1.0
		 *
		 * @param array{subject: string, body: string} $mail        Subject and plain-text body.
		 * @param array<string, mixed>                 $application The application.
		 * @param string                               $url         Link to the story form.
		 */
		$mail   = (array) apply_filters(
			'mentorship_program_story_invitation',
			array(
				'subject' => $subject,
				'body'    => $body,
			),
			$application,
			$url
		);
		$queued = Mailer::queue( $application_id, $email, (string) ( $mail['subject'] ?? $subject ), (string) ( $mail['body'] ?? $body ) );
		if ( $queued ) {
			update_post_meta( $application_id, self::INVITED_META, gmdate( 'Y-m-d\TH:i:s\Z' ) );
			Audit_Trail::record( $application_id, 'story', '', 'invited' );
		}
		return $queued;
	}

	/**
	 * Link to the page with the story form, for an application.
	 *
	 * @param int $application_id Application, or 0.
	 * @return string
	 */
	public static function share_url( int $application_id = 0 ): string {
		$page = get_transient( 'mentorship_program_share_page' );
		if ( false === $page ) {
			global $wpdb;
			$page = (int) $wpdb->get_var( $wpdb->prepare( "SELECT ID FROM {$wpdb->posts} WHERE post_type = 'page' AND post_status = 'publish' AND post_content LIKE %s ORDER BY ID ASC LIMIT 1", '%' . $wpdb->esc_like( '<!-- wp:mentorship-program/share-story' ) . '%' ) ); // phpcs:ignore WordPress.DB.DirectDatabaseQuery -- cached below; no API searches block markup.
			set_transient( 'mentorship_program_share_page', $page, DAY_IN_SECONDS );
		}
		$url = $page ? (string) get_permalink( (int) $page ) : home_url( '/' );
		if ( $application_id ) {
			$url = add_query_arg( 'application', $application_id, $url );
		}
		/**
		 * Filters the link to the page where graduates share their story.
		 *
		 * @since 0.1.0
		 *
		 * @param string $url            URL.
		 * @param int    $application_id Application, or 0.
		 */
		return (string) apply_filters( 'mentorship_program_share_story_url', $url, $application_id );
	}

	/**
	 * Forgets the story form page when pages change.
	 *
	 * @param int     $post_id Post.
	 * @param WP_Post $post    Post.
	 */
	public static function forget_share_page( $post_id, $post ): void {
		unset( $post_id );
		if ( $post instanceof WP_Post && 'page' === $post->post_type ) {
			delete_transient( 'mentorship_program_share_page' );
		}
	}
}
