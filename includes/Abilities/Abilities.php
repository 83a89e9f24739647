<?php
/**
 * The program's operations as abilities (WordPress 6.9 and later), for automation and
 * AI agents that read abilities.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Abilities;

defined( 'ABSPATH' ) || exit;

/**
 * Registers one ability category and one ability per program operation. Each ability is
 * a mentorship/v1 route: same arguments, permission check, handler and answer, so an
 * agent runs the program by the same rules as the admin app.
 *
 * On WordPress without the Abilities API nothing is hooked.
 *
 * @since 0.1.0
 */
final class Abilities {

	/**
	 * The ability category, and the namespace of every ability name.
	 */
	public const CATEGORY = 'mentorship-program';

	/**
	 * Adds hooks, when WordPress has the Abilities API.
	 *
	 * @since 0.1.0
	 */
	public function register(): void {
		if ( ! self::available() ) {
			return;
		}
		add_action( 'wp_abilities_api_categories_init', array( $this, 'register_category' ) );
		add_action( 'wp_abilities_api_init', array( $this, 'register_abilities' ) );
	}

	/**
	 * Whether this WordPress has the Abilities API (6.9 and later).
	 *
	 * @since 0.1.0
	 *
	 * @return bool
	 */
	public static function available(): bool {
		return function_exists( 'wp_register_ability' ) && function_exists( 'wp_register_ability_category' );
	}

	/**
	 * The abilities: name => label, description, route, HTTP method of the route,
	 * whether it answers a list, and annotations.
	 *
	 * The annotations decide the method of the wp-abilities/v1 run route: GET when
	 * read-only, DELETE when destructive and idempotent, POST otherwise.
	 *
	 * @since 0.1.0
	 *
	 * @return array<string, array{label: string, description: string, route: string, method: string, collection: bool, annotations: array{readonly: bool, destructive: bool, idempotent: bool}}>
	 */
	public static function definitions(): array {
		$annotations = static fn( bool $readonly, bool $destructive, bool $idempotent ): array => compact( 'readonly', 'destructive', 'idempotent' );
		// Reads only.
		$read = $annotations( readonly: true, destructive: false, idempotent: true );
		// Replaces something (a stage, a mentor); the same call again changes nothing.
		$replace = $annotations( readonly: false, destructive: true, idempotent: true );
		// Adds something new each time.
		$add = $annotations( readonly: false, destructive: false, idempotent: false );
		// Adds something once; the same call again is refused.
		$once   = $annotations( readonly: false, destructive: false, idempotent: true );
		$ns     = '/mentorship/v1';
		$single = $ns . '/applications/(?P<id>[\d]+)';
		$cohort = $ns . '/cohorts/(?P<id>[\d]+)';
		return array(
			'list-applications' => array(
				'label'       => __( 'List applications', 'mentorship-program' ),
				'description' => __( 'Lists mentee and mentor applications, filtered by type, stage, cohort, team, language, format, time zone or a search, a page at a time. Coordinators see every application; mentors only their own mentees.', 'mentorship-program' ),
				'route'       => $ns . '/applications',
				'method'      => 'GET',
				'collection'  => true,
				'annotations' => $read,
			),
			'get-application'   => array(
				'label'       => __( 'Get an application', 'mentorship-program' ),
				'description' => __( 'Returns one application with every field, its stage, the moves allowed from it and, for reviewers and mentors, its history.', 'mentorship-program' ),
				'route'       => $single,
				'method'      => 'GET',
				'collection'  => false,
				'annotations' => $read,
			),
			'move-application'  => array(
				'label'       => __( 'Move an application to a stage', 'mentorship-program' ),
				'description' => __( 'Moves an application to another stage of its pipeline (for example in review, accepted, declined, graduated, placed), if the move is allowed from its current stage; records the move with an optional note and can notify the person.', 'mentorship-program' ),
				'route'       => $single . '/transitions',
				'method'      => 'POST',
				'collection'  => false,
				// Replaces the stage (and may e-mail the person); the same move twice is
				// refused the second time, so repeating it changes nothing.
				'annotations' => $replace,
			),
			'add-note'          => array(
				'label'       => __( 'Add a note to an application', 'mentorship-program' ),
				'description' => __( 'Adds a reviewer note, optionally with a rating from 1 to 5, to an application\'s history.', 'mentorship-program' ),
				'route'       => $single . '/notes',
				'method'      => 'POST',
				'collection'  => false,
				'annotations' => $add,
			),
			'list-cohorts'      => array(
				'label'       => __( 'List cohorts', 'mentorship-program' ),
				'description' => __( 'Lists every cohort with its application window, dates, capacity, tracks, session schedule and calendar feed.', 'mentorship-program' ),
				'route'       => $ns . '/cohorts',
				'method'      => 'GET',
				'collection'  => true,
				'annotations' => $read,
			),
			'suggest-matches'   => array(
				'label'       => __( 'Suggest mentor matches', 'mentorship-program' ),
				'description' => __( 'Proposes the best assignment of a cohort\'s accepted mentees to its approved mentors within their capacity, by language, time-zone overlap, teams and format, with the reasons for each pair and for everyone left unmatched. Existing assignments are kept. Changes nothing.', 'mentorship-program' ),
				'route'       => $cohort . '/match',
				'method'      => 'POST',
				'collection'  => false,
				'annotations' => $read,
			),
			'apply-matches'     => array(
				'label'       => __( 'Apply mentor matches', 'mentorship-program' ),
				'description' => __( 'Assigns mentees to mentors in a cohort, pair by pair (usually the pairs of a suggestion); a mentee who had another mentor gets the new one. Returns what was applied, unchanged or refused, and the roster.', 'mentorship-program' ),
				'route'       => $cohort . '/match/apply',
				'method'      => 'POST',
				'collection'  => false,
				// Can replace a mentee's mentor; applying the same pairs again leaves them unchanged.
				'annotations' => $replace,
			),
			'list-attention'    => array(
				'label'       => __( 'List who needs attention', 'mentorship-program' ),
				'description' => __( 'Lists the pairs and people of running cohorts who may be stuck, most urgent first, each with the rule and the reason in words (asked for help, missed two sessions, cohort ending, no mentor, no recent check-in, mentor over capacity) and when the mentor was last nudged. Filter by cohort or rule.', 'mentorship-program' ),
				'route'       => $ns . '/attention',
				'method'      => 'GET',
				'collection'  => true,
				'annotations' => $read,
			),
			'nudge-mentor'      => array(
				'label'       => __( 'Nudge a mentor', 'mentorship-program' ),
				'description' => __( 'Queues a reminder e-mail to a mentor to check in with one of their mentees now. Refused, with the reason, when the mentor turned reminders off, already got the most reminders allowed in seven days, or was nudged about this mentee today.', 'mentorship-program' ),
				'route'       => $ns . '/nudges',
				'method'      => 'POST',
				'collection'  => false,
				// Sends an e-mail; the same nudge again the same day is refused, so repeating it sends nothing more.
				'annotations' => $once,
			),
			'reassign-mentee'   => array(
				'label'       => __( 'Give a mentee a new mentor', 'mentorship-program' ),
				'description' => __( 'Moves a mentee to another approved mentor of the same cohort with a free place, records the change and the reason in the mentee\'s mentor history and e-mails the mentee and both mentors. Send the mentor you saw (expected_mentor, 0 for none): if someone changed it meanwhile the call is refused with 409.', 'mentorship-program' ),
				'route'       => $ns . '/mentees/(?P<id>[\d]+)/reassign',
				'method'      => 'POST',
				'collection'  => false,
				// Replaces the mentee's mentor; the same call again is refused (the expected mentor changed).
				'annotations' => $replace,
			),
			'graduate-cohort'   => array(
				'label'       => __( 'Graduate a cohort', 'mentorship-program' ),
				'description' => __( 'Moves every active mentee of a cohort who meets its graduation criteria to graduated, and says who was skipped and why. With dry_run it only says who would graduate. Before the cohort\'s end date it is refused unless confirm_early is sent.', 'mentorship-program' ),
				'route'       => $cohort . '/graduate',
				'method'      => 'POST',
				'collection'  => false,
				// Replaces stages (and may e-mail graduates); graduates are skipped the second time.
				'annotations' => $replace,
			),
			'get-funnel'        => array(
				'label'       => __( 'Get the application funnel', 'mentorship-program' ),
				'description' => __( 'Counts applications per stage for one cohort or all of them: how many reached each step of the mentee path and the conversion between steps, mentor capacity, who is waiting and for how long, and breakdowns by team, language and region.', 'mentorship-program' ),
				'route'       => $ns . '/stats/funnel',
				'method'      => 'GET',
				'collection'  => false,
				'annotations' => $read,
			),
		);
	}

	/**
	 * Registers the category.
	 *
	 * @since 0.1.0
	 */
	public function register_category(): void {
		wp_register_ability_category(
			self::CATEGORY,
			array(
				'label'       => __( 'Mentorship Program', 'mentorship-program' ),
				'description' => __( 'Run a mentorship program: review applications, build cohorts, match mentees with mentors and follow the funnel.', 'mentorship-program' ),
			)
		);
	}

	/**
	 * Registers every ability whose route exists.
	 *
	 * @since 0.1.0
	 */
	public function register_abilities(): void {
		foreach ( self::definitions() as $name => $definition ) {
			$route = new Route_Ability( $definition['route'], $definition['method'], $definition['collection'] );
			if ( ! $route->exists() ) {
				continue;
			}
			wp_register_ability(
				self::CATEGORY . '/' . $name,
				array(
					'label'               => $definition['label'],
					'description'         => $definition['description'],
					'category'            => self::CATEGORY,
					'input_schema'        => $route->input_schema(),
					'output_schema'       => $route->output_schema(),
					'execute_callback'    => array( $route, 'execute' ),
					'permission_callback' => array( $route, 'permission' ),
					'meta'                => array(
						'annotations'  => $definition['annotations'],
						'show_in_rest' => true,
					),
				)
			);
		}
	}
}
