<?php
/**
 * Demo content for a preview site: the public pages of a mentorship program.
 *
 * Run once by the Playground blueprint (blueprint.json) after the plugin is activated.
 * It is never hooked into a normal request: a real site builds its own pages.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Demo;

defined( 'ABSPATH' ) || exit;

use Mentorship_Program\Applications\Submission_Context;
use Mentorship_Program\Applications\Applications;
use Mentorship_Program\Cohorts\Assignments;
use Mentorship_Program\Cohorts\Cohorts;

/**
 * Seeds a fresh site with pages that show what the plugin does.
 *
 * @since 0.1.0
 */
final class Demo_Content {

	/**
	 * Option set once the demo content exists; while it is set, seed() does nothing.
	 */
	public const SEEDED_OPTION = 'mentorship_program_demo_seeded';

	/**
	 * Creates the demo content, once per site.
	 *
	 * @since 0.1.0
	 */
	public static function seed(): void {
		if ( get_option( self::SEEDED_OPTION ) ) {
			return;
		}

		$demo = new self();
		$demo->seed_pages();
		$demo->seed_program();
		\Mentorship_Program\Mentorship\Demo::seed( \Closure::fromCallable( array( $demo, 'ensure_page' ) ) );
		$demo->seed_stories();
		\Mentorship_Program\Reports\Demo::seed( \Closure::fromCallable( array( $demo, 'ensure_page' ) ) );
		// A finished cohort with survey answers and follow-ups: the outcomes report's figures.
		\Mentorship_Program\Surveys\Demo_Seeder::outcomes_2024();
		$demo->seed_front_page();

		update_option( self::SEEDED_OPTION, gmdate( 'c' ), false );
	}

	/**
	 * The public pages: mentee and mentor applications and the application status.
	 *
	 * @since 0.1.0
	 */
	private function seed_pages(): void {
		$this->ensure_block_pages(
			array(
				// No address: the finder sends the chosen teams to the page with the application form.
				'find-your-team' => array( __( 'Find your team', 'mentorship-program' ), __( 'Not sure where you fit? Answer a few questions and see which contributor teams match what you enjoy, then apply with them.', 'mentorship-program' ), '<!-- wp:mentorship-program/team-finder /-->' ),
				'join'           => array(
					__( 'Join the mentorship program', 'mentorship-program' ),
					__( 'New to contributing to WordPress? Mentors from the contributor teams guide small groups of new contributors for six weeks: how the project works, which team fits you, and your first contribution. Tell us about yourself below.', 'mentorship-program' ),
					$this->paragraph_link( __( 'Not sure which team fits you?', 'mentorship-program' ), __( 'Find your team first', 'mentorship-program' ), $this->page_url( 'find-your-team' ) ) . "\n\n<!-- wp:mentorship-program/application-form /-->",
				),
				'mentor'         => array( __( 'Become a mentor', 'mentorship-program' ), __( 'Share what you know with the next generation of contributors. Choose how many people you can guide and in which format.', 'mentorship-program' ), '<!-- wp:mentorship-program/application-form {"role":"mentor"} /-->' ),
				'my-application' => array( __( 'Your application', 'mentorship-program' ), __( 'Follow your application from submission to graduation: where it stands, what it means and what comes next.', 'mentorship-program' ), '<!-- wp:mentorship-program/my-application /-->' ),
				'sessions'       => array( __( 'Cohort sessions', 'mentorship-program' ), __( 'Group chats every second and fourth Thursday, at two times so every time zone can join.', 'mentorship-program' ), "<!-- wp:mentorship-program/cohort-schedule /-->\n\n<!-- wp:mentorship-program/recognition-wall /-->" ),
			)
		);
	}

	/**
	 * Creates pages of an introduction and blocks, unless they exist, in order: a page
	 * can link to the ones before it.
	 *
	 * @since 0.4.0
	 *
	 * @param array<string, array{0: string, 1: string, 2: string}> $pages Slug => title, introduction (plain text), block markup.
	 */
	private function ensure_block_pages( array $pages ): void {
		foreach ( $pages as $slug => list( $title, $intro, $blocks ) ) {
			$this->ensure_page( $slug, $title, $this->paragraph( $intro ) . "\n\n" . $blocks );
		}
	}

	/**
	 * Extension point: teams, an open cohort with its schedule, mentors and applications.
	 *
	 * Runs only once the domain (post types and taxonomies) is part of the plugin.
	 *
	 * @since 0.1.0
	 */
	private function seed_program(): void {
		$cohort = Cohorts::save(
			array(
				'name'        => __( 'Demo cohort', 'mentorship-program' ),
				'description' => __( 'Six weeks of guided first contributions.', 'mentorship-program' ),
				'opens_at'    => gmdate( 'Y-m-d\\TH:i:s\\Z', time() - DAY_IN_SECONDS ),
				'closes_at'   => gmdate( 'Y-m-d\\TH:i:s\\Z', time() + 21 * DAY_IN_SECONDS ),
				'starts_on'   => gmdate( 'Y-m-d', time() + 28 * DAY_IN_SECONDS ),
				'ends_on'     => gmdate( 'Y-m-d', time() + 70 * DAY_IN_SECONDS ),
				'capacity'    => 30,
				'tracks'      => array( 'one-to-one', 'project-group', 'cohort-group' ),
				'schedule'    => array(
					'rule'     => 'monthly',
					'weekday'  => 4,
					'weeks'    => array( 2, 4 ),
					'times'    => array( '12:00', '21:00' ),
					'duration' => 60,
					'title'    => __( 'Mentorship cohort chat', 'mentorship-program' ),
				),
				'channel_url' => 'https://make.wordpress.org/chat/',
			)
		);
		if ( is_wp_error( $cohort ) || ! $cohort ) {
			return;
		}
		// Demo mail has nowhere to go: keep the queue empty.
		add_filter( 'mentorship_program_queue_mail', '__return_false' );
		// The demo people go through the same checks as anyone who applies.
		$seed       = Submission_Context::seed( (int) $cohort['id'] );
		$mentors    = array(
			array( 'Amara Okafor', 'Africa/Lagos', array( 'en', 'yo' ), array( 'community', 'training' ), 3, true ),
			array( 'Lucía Fernández', 'Europe/Madrid', array( 'es', 'en' ), array( 'polyglots', 'docs' ), 2, true ),
			array( 'Kenji Sato', 'Asia/Tokyo', array( 'ja', 'en' ), array( 'core', 'performance' ), 2, false ),
			array( 'Priya Nair', 'Asia/Kolkata', array( 'en', 'hi' ), array( 'design', 'accessibility' ), 3, true ),
		);
		$mentor_ids = array();
		foreach ( $mentors as $i => list( $name, $zone, $languages, $teams, $capacity, $public ) ) {
			$id = Demo_Applicant::submit(
				'mentor',
				array(
					'name'               => $name,
					'email'              => 'mentor' . ( $i + 1 ) . '@example.org',
					'wporg_username'     => sanitize_user( strtolower( str_replace( ' ', '', remove_accents( $name ) ) ) ),
					'slack_username'     => strtolower( strtok( remove_accents( $name ), ' ' ) ),
					'timezone'           => $zone,
					'languages'          => $languages,
					'teams'              => $teams,
					'formats'            => array( 'one-to-one', 'cohort-group' ),
					'capacity'           => $capacity,
					'years_contributing' => 3 + $i,
					'motivation'         => __( 'I want to give back the help I got when I started.', 'mentorship-program' ),
					'availability'       => array(
						array(
							'day'   => 3,
							'start' => '10:00',
							'end'   => '14:00',
						),
					),
					'public_recognition' => $public,
					'consent_coc'        => true,
					'consent_privacy'    => true,
				),
				$seed,
				array( 'in_review', 'approved' )
			);
			if ( $id ) {
				$mentor_ids[] = $id;
			}
		}
		$mentees = array(
			array( 'Sam Rivera', 'America/Mexico_City', array( 'es', 'en' ), array( 'polyglots' ), 'new', array( 'in_review', 'accepted' ) ),
			array( 'Noah Becker', 'Europe/Berlin', array( 'de', 'en' ), array( 'core' ), 'user', array( 'in_review', 'accepted' ) ),
			array( 'Aisha Bello', 'Africa/Lagos', array( 'en' ), array( 'community', 'marketing' ), 'new', array( 'in_review', 'accepted' ) ),
			array( 'Mei Chen', 'Asia/Singapore', array( 'zh', 'en' ), array( 'design' ), 'some_contributions', array( 'in_review' ) ),
			array( 'Lucas Souza', 'America/Sao_Paulo', array( 'pt-BR', 'en' ), array( 'docs', 'training' ), 'user', array( 'in_review' ) ),
			array( 'Fatima Zahra', 'Africa/Casablanca', array( 'ar', 'fr' ), array( 'polyglots' ), 'new', array() ),
			array( 'Oliver Smith', 'Australia/Sydney', array( 'en' ), array( 'test', 'support' ), 'user', array() ),
			array( 'Ravi Kumar', 'Asia/Kolkata', array( 'hi', 'en' ), array( 'accessibility' ), 'new', array( 'in_review', 'waitlisted' ) ),
		);
		foreach ( $mentees as $i => list( $name, $zone, $languages, $teams, $experience, $path ) ) {
			Demo_Applicant::submit(
				'mentee',
				array(
					'name'            => $name,
					'email'           => 'mentee' . ( $i + 1 ) . '@example.org',
					'timezone'        => $zone,
					'languages'       => $languages,
					'teams'           => $teams,
					'experience'      => $experience,
					'goals'           => __( 'Make my first contribution and find a team to stay with.', 'mentorship-program' ),
					'hours_per_week'  => 3 + ( $i % 4 ),
					'format'          => 0 === $i % 2 ? 'one-to-one' : 'any',
					'heard_from'      => __( 'A WordCamp talk', 'mentorship-program' ),
					'consent_coc'     => true,
					'consent_privacy' => true,
				),
				$seed,
				$path
			);
		}
		// Two accepted mentees already have a mentor; the rest wait for matching.
		$accepted = Applications::list(
			array(
				'type'     => 'mentee',
				'stage'    => array( 'accepted' ),
				'cohort'   => $cohort['id'],
				'order'    => 'asc',
				'per_page' => 2,
			)
		)['items'];
		foreach ( $accepted as $i => $mentee ) {
			if ( isset( $mentor_ids[ $i ] ) ) {
				Assignments::assign( (int) $mentee['id'], (int) $mentor_ids[ $i ] );
			}
		}
		remove_filter( 'mentorship_program_queue_mail', '__return_false' );
	}

	/**
	 * Published contributor journey stories, tagged with team and cohort, a "Stories"
	 * page listing them and a page with the story form for graduates.
	 *
	 * Runs only once the story post type is part of the plugin.
	 *
	 * @since 0.1.0
	 */
	private function seed_stories(): void {
		if ( ! class_exists( \Mentorship_Program\Stories\Stories::class ) ) {
			return;
		}
		if ( ! post_type_exists( \Mentorship_Program\Stories\Story_Post_Type::POST_TYPE ) ) {
			\Mentorship_Program\Stories\Story_Post_Type::register_type();
		}
		// A finished cohort, so the stories' dates are in the past.
		$cohort = get_term_by( 'slug', 'spring-2024', \Mentorship_Program\Teams\Taxonomies::COHORT );
		if ( ! $cohort instanceof \WP_Term ) {
			$saved  = Cohorts::save(
				array(
					'name'        => __( 'Spring 2024 cohort', 'mentorship-program' ),
					'slug'        => 'spring-2024',
					'description' => __( 'Six weeks of guided first contributions, from January to March 2024.', 'mentorship-program' ),
					'opens_at'    => '2023-12-01T00:00:00Z',
					'closes_at'   => '2024-01-10T00:00:00Z',
					'starts_on'   => '2024-01-18',
					'ends_on'     => '2024-02-29',
					'capacity'    => 60,
					'tracks'      => array( 'one-to-one', 'cohort-group' ),
				)
			);
			$cohort = is_array( $saved ) ? get_term( (int) $saved['id'], \Mentorship_Program\Teams\Taxonomies::COHORT ) : null;
		}
		$cohort_id = $cohort instanceof \WP_Term ? (int) $cohort->term_id : 0;
		// Block markup following the story template: details, introduction, timeline, three prompts.
		$heading = static fn( string $text ): string => "<!-- wp:heading -->\n<h2 class=\"wp-block-heading\">" . esc_html( $text ) . "</h2>\n<!-- /wp:heading -->";
		$content = fn( array $sections ): string => implode(
			"\n\n",
			array(
				'<!-- wp:mentorship-program/story-details /-->',
				$this->paragraph( $sections[0] ),
				'<!-- wp:mentorship-program/journey-timeline /-->',
				$heading( __( 'How I started', 'mentorship-program' ) ),
				$this->paragraph( $sections[1] ),
				$heading( __( 'What helped me', 'mentorship-program' ) ),
				$this->paragraph( $sections[2] ),
				$heading( __( 'What I would tell a newcomer', 'mentorship-program' ) ),
				$this->paragraph( $sections[3] ),
			)
		);

		$stories = array(
			array(
				'slug'       => 'from-meetup-to-polyglots',
				'title'      => __( 'From my first meetup to translating WordPress', 'mentorship-program' ),
				'excerpt'    => __( 'Sofía came to one meetup, joined a cohort, and now leads translations for her locale.', 'mentorship-program' ),
				'name'       => 'Sofía Morales',
				'wporg'      => 'sofiamorales',
				'role'       => 'mentee',
				'languages'  => array( 'es', 'en' ),
				'location'   => __( 'Bogotá, Colombia', 'mentorship-program' ),
				'teams'      => array( 'polyglots' ),
				'milestones' => array(
					array( '2023-11-04', __( 'First local meetup', 'mentorship-program' ), 'other' ),
					array( '2024-01-18', __( 'Joined the Spring 2024 cohort', 'mentorship-program' ), 'joined_cohort' ),
					array( '2024-02-06', __( 'First 100 strings translated', 'mentorship-program' ), 'first_contribution' ),
					array( '2024-02-29', __( 'Graduated from the mentorship program', 'mentorship-program' ), 'graduated' ),
					array( '2024-04-15', __( 'Became a translation editor for Spanish (Colombia)', 'mentorship-program' ), 'joined_team' ),
				),
				'sections'   => array(
					__( 'I build sites for small businesses in Bogotá. I used WordPress for years before I knew that anyone could help make it.', 'mentorship-program' ),
					__( 'A friend took me to a meetup where someone showed the translation platform. I translated three strings that night and was hooked, but I did not know what to do next.', 'mentorship-program' ),
					__( 'My mentor answered every small question without making me feel small. The weekly cohort chats showed me that everybody starts confused.', 'mentorship-program' ),
					__( 'Pick one team, go to one meeting, and say hello in the channel. You do not need permission to start.', 'mentorship-program' ),
				),
			),
			array(
				'slug'       => 'my-first-core-patch',
				'title'      => __( 'My first core patch took six weeks, and that was fine', 'mentorship-program' ),
				'excerpt'    => __( 'Tomasz learned how tickets, patches and reviews work, and landed his first commit in a release.', 'mentorship-program' ),
				'name'       => 'Tomasz Nowak',
				'wporg'      => 'tnowak',
				'role'       => 'mentee',
				'languages'  => array( 'pl', 'en' ),
				'location'   => '',
				'teams'      => array( 'core', 'test' ),
				'milestones' => array(
					array( '2024-01-18', __( 'Joined the Spring 2024 cohort', 'mentorship-program' ), 'joined_cohort' ),
					array( '2024-02-12', __( 'First patch attached to a ticket', 'mentorship-program' ), 'first_contribution' ),
					array( '2024-02-29', __( 'Graduated from the mentorship program', 'mentorship-program' ), 'graduated' ),
					array( '2024-07-16', __( 'Props in the WordPress 6.6 release', 'mentorship-program' ), 'first_release' ),
				),
				'sections'   => array(
					__( 'I am a PHP developer at an agency in Kraków. I wanted to give back to the software that pays my bills.', 'mentorship-program' ),
					__( 'I opened the core repository and closed it again, twice. The code base felt too big to touch.', 'mentorship-program' ),
					__( 'Testing patches first, with my mentor next to me in a call, taught me how a ticket moves. Reviews felt less scary once I had written a few myself.', 'mentorship-program' ),
					__( 'Start by testing other people\'s patches. You will learn the code and the people at the same time.', 'mentorship-program' ),
				),
			),
			array(
				'slug'       => 'mentoring-gave-me-more',
				'title'      => __( 'Mentoring gave me more than I gave', 'mentorship-program' ),
				'excerpt'    => __( 'Grace mentored four new contributors and rediscovered why she joined the project.', 'mentorship-program' ),
				'name'       => 'Grace Mensah',
				'wporg'      => 'gracemensah',
				'role'       => 'mentor',
				'languages'  => array( 'en', 'tw' ),
				'location'   => __( 'Accra, Ghana', 'mentorship-program' ),
				'teams'      => array( 'training', 'community' ),
				'milestones' => array(
					array( '2019-06-22', __( 'First contribution: a Learn WordPress lesson review', 'mentorship-program' ), 'first_contribution' ),
					array( '2024-01-18', __( 'Mentored four people in the Spring 2024 cohort', 'mentorship-program' ), 'joined_cohort' ),
					array( '2024-02-29', __( 'Completed mentoring a cohort', 'mentorship-program' ), 'graduated' ),
				),
				'sections'   => array(
					__( 'I create lesson plans for the Training team and organise meetups in Accra.', 'mentorship-program' ),
					__( 'Five years ago, someone patiently walked me through my first review. I wanted to do the same for others.', 'mentorship-program' ),
					__( 'The program gave structure: a clear start and end, a small group, and coordinators who checked in. I never felt alone with a question I could not answer.', 'mentorship-program' ),
					__( 'Ask the question you think is silly. Your mentor asked it too, once.', 'mentorship-program' ),
				),
			),
		);

		foreach ( $stories as $story ) {
			$existing = get_page_by_path( $story['slug'], OBJECT, \Mentorship_Program\Stories\Story_Post_Type::POST_TYPE );
			if ( $existing instanceof \WP_Post ) {
				continue;
			}
			$milestones = array();
			foreach ( $story['milestones'] as list( $date, $label, $kind ) ) {
				$milestones[] = compact( 'date', 'label', 'kind' );
			}
			$story_id = wp_insert_post(
				wp_slash(
					array(
						'post_type'    => \Mentorship_Program\Stories\Story_Post_Type::POST_TYPE,
						'post_status'  => 'publish',
						'post_name'    => $story['slug'],
						'post_title'   => $story['title'],
						'post_excerpt' => $story['excerpt'],
						'post_content' => $content( $story['sections'] ),
						'post_author'  => $this->author_id(),
						'post_date'    => $milestones[ count( $milestones ) - 1 ]['date'] . ' 10:00:00',
						'meta_input'   => array(
							'contributor_name'  => $story['name'],
							'wporg_username'    => $story['wporg'],
							'program_role'      => $story['role'],
							'languages'         => $story['languages'],
							'location'          => $story['location'],
							'consent_confirmed' => true,
							'milestones'        => $milestones,
						),
					)
				),
				true
			);
			if ( is_wp_error( $story_id ) || ! $story_id ) {
				continue;
			}
			wp_set_object_terms( (int) $story_id, $story['teams'], \Mentorship_Program\Teams\Taxonomies::TEAM );
			if ( $cohort_id ) {
				wp_set_object_terms( (int) $story_id, array( $cohort_id ), \Mentorship_Program\Teams\Taxonomies::COHORT );
			}
		}

		$this->ensure_block_pages(
			array(
				'contributor-stories' => array( __( 'Stories', 'mentorship-program' ), __( 'How people found their way into the WordPress project: their first steps, who helped them, and what they would tell you. Filter by team, cohort or role.', 'mentorship-program' ), '<!-- wp:mentorship-program/stories {"align":"wide"} /-->' ),
				'share-your-story'    => array( __( 'Share your story', 'mentorship-program' ), __( 'Graduated from the mentorship program? New contributors learn from people who walked the path before them.', 'mentorship-program' ), '<!-- wp:mentorship-program/share-story /-->' ),
			)
		);
	}

	/**
	 * The front page: what the program is, finding a team, applying as mentee or mentor,
	 * and the stories of people who did.
	 *
	 * @since 0.2.0
	 */
	private function seed_front_page(): void {
		$link = array( $this, 'page_url' );
		$page = $this->ensure_page(
			'mentorship',
			__( 'WordPress Contributor Mentorship', 'mentorship-program' ),
			$this->paragraph( __( 'A free, six-week program for new contributors to WordPress. Mentors from the contributor teams guide you, one-to-one or in a small group: how the project works, which team fits you, and your first contribution.', 'mentorship-program' ) )
			. "\n\n" . $this->heading( __( 'Find your team', 'mentorship-program' ) )
			. "\n\n" . $this->paragraph_link( __( 'Code, design, translation, events, teaching and more: answer three questions and see which teams fit what you enjoy.', 'mentorship-program' ), __( 'Find your team', 'mentorship-program' ), $link( 'find-your-team' ) )
			. "\n\n" . $this->heading( __( 'Apply', 'mentorship-program' ) )
			. "\n\n" . $this->paragraph( __( 'Applications for the next cohort are open. Experienced contributors can guide the newcomers as mentors.', 'mentorship-program' ) )
			. "\n\n" . $this->buttons(
				array(
					__( 'Apply as a mentee', 'mentorship-program' ) => $link( 'join' ),
					__( 'Become a mentor', 'mentorship-program' )   => $link( 'mentor' ),
				)
			)
			. "\n\n" . $this->heading( __( 'Stories', 'mentorship-program' ) )
			. "\n\n" . '<!-- wp:mentorship-program/stories {"perPage":3,"showFilters":false,"headingLevel":3} /-->'
			. "\n\n" . $this->paragraph_link( __( 'How people found their way into the WordPress project.', 'mentorship-program' ), __( 'Read every story', 'mentorship-program' ), $link( 'contributor-stories' ) )
		);
		if ( $page ) {
			update_option( 'show_on_front', 'page' );
			update_option( 'page_on_front', $page );
		}
	}

	/**
	 * The address of a demo page, whatever the permalink structure.
	 *
	 * @param string $slug Page slug.
	 * @return string
	 */
	private function page_url( string $slug ): string {
		$page = get_page_by_path( $slug, OBJECT, 'page' );
		return $page instanceof \WP_Post ? (string) get_permalink( $page ) : home_url( '/' . $slug . '/' );
	}

	/**
	 * A heading block (level 2).
	 *
	 * @param string $text Plain text.
	 * @return string Block markup.
	 */
	private function heading( string $text ): string {
		return "<!-- wp:heading -->\n<h2 class=\"wp-block-heading\">" . esc_html( $text ) . "</h2>\n<!-- /wp:heading -->";
	}

	/**
	 * A paragraph block ending with a link.
	 *
	 * @param string $text      Plain text.
	 * @param string $link_text Link text.
	 * @param string $url       Address.
	 * @return string Block markup.
	 */
	private function paragraph_link( string $text, string $link_text, string $url ): string {
		return "<!-- wp:paragraph -->\n<p>" . esc_html( $text ) . ' <a href="' . esc_url( $url ) . '">' . esc_html( $link_text ) . "</a></p>\n<!-- /wp:paragraph -->";
	}

	/**
	 * A buttons block.
	 *
	 * @param array<string, string> $buttons Text => address.
	 * @return string Block markup.
	 */
	private function buttons( array $buttons ): string {
		$html = "<!-- wp:buttons -->\n<div class=\"wp-block-buttons\">";
		foreach ( $buttons as $text => $url ) {
			$html .= "<!-- wp:button -->\n<div class=\"wp-block-button\"><a class=\"wp-block-button__link wp-element-button\" href=\"" . esc_url( $url ) . '">' . esc_html( (string) $text ) . "</a></div>\n<!-- /wp:button -->";
		}
		return $html . "</div>\n<!-- /wp:buttons -->";
	}

	/**
	 * Creates a published page unless one with the slug exists already.
	 *
	 * @since 0.1.0
	 *
	 * @param string $slug    Page slug (its path).
	 * @param string $title   Page title.
	 * @param string $content Block markup.
	 * @return int Page ID, or 0 when it could not be created.
	 */
	private function ensure_page( string $slug, string $title, string $content ): int {
		$existing = get_page_by_path( $slug, OBJECT, 'page' );
		if ( $existing instanceof \WP_Post ) {
			return (int) $existing->ID;
		}

		$page_id = wp_insert_post(
			// wp_insert_post() unslashes its input; slash it so block attributes keep their quotes.
			wp_slash(
				array(
					'post_type'    => 'page',
					'post_status'  => 'publish',
					'post_name'    => $slug,
					'post_title'   => $title,
					'post_content' => $content,
					'post_author'  => $this->author_id(),
				)
			),
			true
		);

		return is_wp_error( $page_id ) ? 0 : (int) $page_id;
	}

	/**
	 * A paragraph block.
	 *
	 * @since 0.1.0
	 *
	 * @param string $text Plain text.
	 * @return string Block markup.
	 */
	private function paragraph( string $text ): string {
		return "<!-- wp:paragraph -->\n<p>" . esc_html( $text ) . "</p>\n<!-- /wp:paragraph -->";
	}

	/**
	 * The first administrator, who authors the demo pages.
	 *
	 * @since 0.1.0
	 *
	 * @return int User ID, or 0 when the site has no administrator.
	 */
	private function author_id(): int {
		$admins = get_users(
			array(
				'role'    => 'administrator',
				'number'  => 1,
				'orderby' => 'ID',
				'fields'  => 'ID',
			)
		);
		return $admins ? (int) $admins[0] : 0;
	}
}
