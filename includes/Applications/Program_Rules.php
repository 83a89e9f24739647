<?php
/**
 * The program's rules as the browser needs them: stages, their labels and legal
 * moves, the application fields, the e-mail placeholders.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Applications;

defined( 'ABSPATH' ) || exit;

use Mentorship_Program\Notifications\Mail_Templates;
use Mentorship_Program\Applications\REST\Applications_Controller;
use Mentorship_Program\Cohorts\Cohorts;
use Mentorship_Program\Graduation\Certificates;
use Mentorship_Program\Graduation\Criteria;
use Mentorship_Program\Mentorship\Attention;
use Mentorship_Program\Nudges\Nudges;
use Mentorship_Program\Reassignment\Reassignment;
use Mentorship_Program\Settings\Settings;
use Mentorship_Program\Stories\Story_Post_Type;
use Mentorship_Program\Teams\REST\Teams_Controller;

/**
 * One description of the rules for every client (the admin app's boot data and the
 * generated REST description), read from the classes that enforce them, so the
 * browser never keeps its own copy.
 *
 * @since 0.2.0
 */
final class Program_Rules {

	/**
	 * The rules, with labels in the site's language.
	 *
	 * @since 0.2.0
	 *
	 * @return array{stages: array<string, array<int, array{stage: string, label: string, next: string[]}>>, fields: array<string, array{label: string, for: string[], required: string[], hideable: bool}>, placeholders: string[], running: array<string, string[]>, finished: array<string, string[]>, limits: array<string, array{min: int, max: int}>, lengths: array<string, int>, counts: array<string, int>}
	 */
	public static function for_client(): array {
		$stages = array();
		foreach ( Stages::types() as $type ) {
			foreach ( Stages::stages( $type ) as $stage ) {
				$stages[ $type ][] = array(
					'stage' => $stage,
					'label' => Stages::label( $stage ),
					'next'  => Stages::next( $type, $stage ),
				);
			}
		}
		$fields = array();
		foreach ( Fields::definitions() as $name => $field ) {
			$fields[ $name ] = array(
				'label'    => (string) $field['label'],
				'for'      => array_values( (array) $field['for'] ),
				'required' => array_values( (array) ( $field['required'] ?? array() ) ),
				'hideable' => ! empty( $field['hideable'] ),
			);
		}
		return array(
			'stages'       => $stages,
			'fields'       => $fields,
			'placeholders' => Mail_Templates::placeholders(),
			'running'      => Stages::RUNNING,
			'finished'     => Stages::FINISHED,
			'limits'       => self::limits(),
			'lengths'      => self::lengths(),
			'counts'       => self::counts(),
		);
	}

	/**
	 * The ranges the admin forms' number fields offer, read from the rules of what they
	 * edit, so a field never offers a number its route refuses.
	 *
	 * @since 0.4.0
	 *
	 * @return array<string, array{min: int, max: int}>
	 */
	private static function limits(): array {
		$range    = static fn( array $property ): array => array(
			'min' => (int) $property['minimum'],
			'max' => (int) $property['maximum'],
		);
		$settings = Settings::schema()['properties'];
		return array(
			'stale_days'        => $range( Attention::stale_days_arg() ),
			'session_duration'  => $range( Cohorts::properties()['schedule']['properties']['duration'] ),
			'capacity'          => $range( Cohorts::properties()['capacity'] ),
			'session_hours'     => array(
				'min' => 1,
				'max' => Nudges::MAX_SESSION_HOURS,
			),
			'min_sessions'      => array(
				'min' => 0,
				'max' => Criteria::MAX_SESSIONS,
			),
			'rate_limit_count'  => $range( $settings['rate_limit_count'] ),
			'rate_limit_window' => $range( $settings['rate_limit_window'] ),
			'retention_days'    => $range( $settings['retention_days'] ),
			'nudge_weekly_cap'  => $range( $settings['nudge_weekly_cap'] ),
		);
	}

	/**
	 * The most characters the program's text fields take (the admin forms, the story
	 * blocks), read from the rules of what they edit, so a field never takes text its
	 * route refuses.
	 *
	 * @since 0.4.0
	 *
	 * @return array<string, int>
	 */
	public static function lengths(): array {
		$cohort    = Cohorts::properties();
		$team      = ( new Teams_Controller() )->get_item_schema()['properties'];
		$templates = Settings::schema()['properties']['mail_templates']['properties'];
		$story     = Story_Post_Type::rest_schemas();
		$template  = reset( $templates )['properties'];
		return array(
			'cohort_name'        => (int) $cohort['name']['maxLength'],
			'cohort_description' => (int) $cohort['description']['maxLength'],
			'session_title'      => (int) $cohort['schedule']['properties']['title']['maxLength'],
			'channel_url'        => (int) $cohort['channel_url']['maxLength'],
			'team_name'          => (int) $team['name']['maxLength'],
			'team_summary'       => (int) $team['summary']['maxLength'],
			'mail_subject'       => (int) $template['subject']['maxLength'],
			'mail_body'          => (int) $template['body']['maxLength'],
			'move_note'          => (int) Applications_Controller::move_note_arg()['maxLength'],
			'review_note'        => (int) Applications_Controller::note_arg()['maxLength'],
			'reassign_reason'    => Reassignment::MAX_REASON,
			'revoke_reason'      => Certificates::MAX_REASON,
			'story_name'         => (int) $story['contributor_name']['maxLength'],
			'story_username'     => (int) $story['wporg_username']['maxLength'],
			'story_location'     => (int) $story['location']['maxLength'],
			'story_milestone'    => (int) $story['milestones']['items']['properties']['label']['maxLength'],
		);
	}

	/**
	 * The most items the editors' lists take (the story's languages and milestones), read
	 * from the schemas that enforce them.
	 *
	 * @since 0.4.0
	 *
	 * @return array<string, int>
	 */
	public static function counts(): array {
		$story = Story_Post_Type::rest_schemas();
		return array(
			'story_languages'  => (int) $story['languages']['maxItems'],
			'story_milestones' => (int) $story['milestones']['maxItems'],
		);
	}
}
