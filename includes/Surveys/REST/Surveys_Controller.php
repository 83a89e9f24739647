<?php
/**
 * REST: a cohort's surveys, editing them, their aggregates, and the cohort's outcomes.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Surveys\REST;

defined( 'ABSPATH' ) || exit;

use Mentorship_Program\Cohorts\Cohorts;
use Mentorship_Program\REST\Controller;
use Mentorship_Program\Surveys\Answers;
use Mentorship_Program\Surveys\Followups;
use Mentorship_Program\Surveys\Questions;
use Mentorship_Program\Surveys\Results;
use Mentorship_Program\Surveys\Surveys;
use WP_Error;
use WP_REST_Request;
use WP_REST_Server;

/**
 * Coordinators only (mentorship_manage_cohorts). Mentors never reach a survey's
 * answers: not their own mentees', not in aggregate. Individual answers are listed
 * only when the site setting allows it, and never with free text of an erased person.
 *
 * @since 0.3.0
 */
final class Surveys_Controller extends Controller {

	/**
	 * Route base.
	 *
	 * @var string
	 */
	protected $rest_base = 'surveys';

	/**
	 * Fields a coordinator may change.
	 */
	private const FIELDS = array( 'questions', 'opens_on', 'closes_on' );

	/**
	 * The routes: a cohort's surveys and outcomes, one survey, its results and answers.
	 *
	 * @since 0.3.0
	 *
	 * @return array<string, array<string, mixed>>
	 */
	protected function routes(): array {
		$cohort = self::id_arg( __( 'Cohort ID.', 'mentorship-program' ) );
		$id     = self::id_arg( __( 'Survey ID.', 'mentorship-program' ) );
		return array(
			'/cohorts/(?P<id>[\d]+)/surveys'          => array(
				'args'                   => $cohort,
				WP_REST_Server::READABLE => array( 'get_items', 'manage_cohorts_permissions_check' ),
				'schema'                 => 'get_public_item_schema',
			),
			'/cohorts/(?P<id>[\d]+)/outcomes'         => array(
				'args'                   => $cohort,
				WP_REST_Server::READABLE => array( 'get_outcomes', 'manage_cohorts_permissions_check' ),
				'schema'                 => 'get_outcomes_schema',
			),
			'/' . $this->rest_base . '/(?P<id>[\d]+)' => array(
				'args'                   => $id,
				WP_REST_Server::READABLE => array( 'get_item', 'manage_cohorts_permissions_check' ),
				WP_REST_Server::EDITABLE => array( 'update_item', 'manage_cohorts_permissions_check', $this->get_endpoint_args_for_item_schema( WP_REST_Server::EDITABLE ) ),
				'schema'                 => 'get_public_item_schema',
			),
			'/' . $this->rest_base . '/(?P<id>[\d]+)/results' => array(
				'args'                   => $id,
				WP_REST_Server::READABLE => array( 'get_results', 'manage_cohorts_permissions_check' ),
				'schema'                 => 'get_results_schema',
			),
			'/' . $this->rest_base . '/(?P<id>[\d]+)/answers' => array(
				'args'                   => $id,
				WP_REST_Server::READABLE => array( 'get_answers', 'get_answers_permissions_check' ),
				'schema'                 => 'get_answers_schema',
			),
		);
	}

	/**
	 * Coordinators, and only on a site that allows reading individual answers.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return true|WP_Error
	 */
	public function get_answers_permissions_check( $request ) {
		$allowed = $this->manage_cohorts_permissions_check( $request );
		if ( is_wp_error( $allowed ) ) {
			return $allowed;
		}
		if ( ! Results::individual_allowed() ) {
			return new WP_Error( 'mentorship_answers_private', __( 'This site shows survey answers only as totals of five people or more.', 'mentorship-program' ), array( 'status' => 403 ) );
		}
		return true;
	}

	/**
	 * A cohort's surveys.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return \WP_REST_Response|WP_Error
	 */
	public function get_items( $request ) {
		if ( ! Cohorts::get( (int) $request['id'] ) ) {
			return Cohorts::not_found();
		}
		return rest_ensure_response( array_map( fn( array $survey ) => $this->prepare_item_for_response( $survey, $request )->get_data(), Surveys::for_cohort( (int) $request['id'] ) ) );
	}

	/**
	 * One survey.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return \WP_REST_Response|WP_Error
	 */
	public function get_item( $request ) {
		$survey = Surveys::get( (int) $request['id'] );
		return $survey ? $this->prepare_item_for_response( $survey, $request ) : $this->not_found();
	}

	/**
	 * Changes a survey's questions or dates.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return \WP_REST_Response|WP_Error
	 */
	public function update_item( $request ) {
		$known = $this->reject_unknown( $request, self::FIELDS );
		if ( is_wp_error( $known ) ) {
			return $known;
		}
		$survey = Surveys::update( (int) $request['id'], $this->given( $request, self::FIELDS ) );
		return is_wp_error( $survey ) ? $survey : $this->prepare_item_for_response( $survey, $request );
	}

	/**
	 * A survey's aggregates.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return \WP_REST_Response|WP_Error
	 */
	public function get_results( $request ) {
		$survey = Surveys::get( (int) $request['id'] );
		return $survey ? rest_ensure_response( Results::for_survey( $survey ) ) : $this->not_found();
	}

	/**
	 * A cohort's outcomes: the report's survey and retention sections.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return \WP_REST_Response|WP_Error
	 */
	public function get_outcomes( $request ) {
		$cohort_id = (int) $request['id'];
		if ( ! Cohorts::get( $cohort_id ) ) {
			return Cohorts::not_found();
		}
		return rest_ensure_response(
			array(
				'surveys'   => Results::for_cohort( $cohort_id ),
				'retention' => Followups::report( $cohort_id ),
			)
		);
	}

	/**
	 * A survey's individual answers, without names: what each respondent answered.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return \WP_REST_Response|WP_Error
	 */
	public function get_answers( $request ) {
		$survey = Surveys::get( (int) $request['id'] );
		if ( ! $survey ) {
			return $this->not_found();
		}
		$rows = array();
		foreach ( Answers::for_survey( (int) $survey['id'] ) as $row ) {
			$rows[] = array(
				'answers'    => (object) $row['answers'],
				'updated_at' => mysql_to_rfc3339( $row['updated_at'] ) . 'Z',
			);
		}
		return rest_ensure_response( $rows );
	}

	/**
	 * The 404 of a survey.
	 *
	 * @return WP_Error
	 */
	private function not_found(): WP_Error {
		return new WP_Error( 'mentorship_not_found', __( 'Survey not found.', 'mentorship-program' ), array( 'status' => 404 ) );
	}

	/**
	 * The one place that shapes a survey for output.
	 *
	 * @param array<string, mixed> $item    Survey.
	 * @param WP_REST_Request      $request Request.
	 * @return \WP_REST_Response
	 */
	public function prepare_item_for_response( $item, $request ) {
		$item['answers']  = count( Answers::for_survey( (int) $item['id'] ) );
		$item['editable'] = 'scheduled' === $item['status'];
		return rest_ensure_response( $this->filter_response_by_context( $item, 'view' ) );
	}

	/**
	 * The survey schema.
	 *
	 * @return array<string, mixed>
	 */
	public function get_item_schema() {
		if ( $this->schema ) {
			return $this->add_additional_fields_schema( $this->schema );
		}
		$date         = array(
			'type'        => array( 'string', 'null' ),
			'pattern'     => '^$|^\d{4}-\d{2}-\d{2}$',
			'maxLength'   => 10,
			'description' => __( 'A date (YYYY-MM-DD, UTC); empty for the date that follows from the cohort.', 'mentorship-program' ),
		);
		$this->schema = self::closed_object_schema(
			'mentorship-survey',
			array(
				'id'           => self::read_only( 'integer' ),
				'cohort_id'    => self::read_only( 'integer' ),
				'audience'     => self::read_only( 'string', array( 'enum' => Surveys::AUDIENCES ) ),
				'kind'         => self::read_only( 'string', array( 'enum' => Surveys::KINDS ) ),
				'title'        => self::read_only( 'string' ),
				'questions'    => Questions::described_schema(),
				'opens_on'     => $date,
				'closes_on'    => $date,
				'dates_custom' => self::read_only( 'boolean' ),
				'status'       => self::read_only( 'string', array( 'enum' => array( 'scheduled', 'open', 'closed' ) ) ),
				'editable'     => self::read_only( 'boolean' ),
				'answers'      => self::read_only( 'integer' ) + array( 'description' => __( 'How many people answered.', 'mentorship-program' ) ),
			)
		);
		return $this->add_additional_fields_schema( $this->schema );
	}

	/**
	 * Schema of a survey's aggregates.
	 *
	 * @return array<string, mixed>
	 */
	public function get_results_schema(): array {
		$nullable_number = array( 'type' => array( 'number', 'null' ) );
		return self::closed_object_schema(
			'mentorship-survey-results',
			array(
				'respondents' => array( 'type' => 'integer' ),
				'invited'     => array( 'type' => 'integer' ),
				'questions'   => self::array_of(
					self::closed_object(
						self::question_properties() + array(
							'respondents'  => array( 'type' => 'integer' ),
							'suppressed'   => array( 'type' => 'boolean' ),
							'figure'       => $nullable_number,
							'distribution' => array(
								'type'                 => array( 'object', 'null' ),
								'additionalProperties' => array( 'type' => 'integer' ),
							),
						)
					)
				),
			)
		);
	}

	/**
	 * The properties that name a question in the survey results and the cohort outcomes.
	 *
	 * @since 0.3.0
	 *
	 * @return array<string, array<string, mixed>>
	 */
	private static function question_properties(): array {
		return array(
			'key'   => array( 'type' => 'string' ),
			'label' => array( 'type' => 'string' ),
			'kind'  => self::string_enum( Questions::KINDS ),
		);
	}

	/**
	 * Schema of a cohort's outcomes.
	 *
	 * @return array<string, mixed>
	 */
	public function get_outcomes_schema(): array {
		$nullable_number = array( 'type' => array( 'number', 'null' ) );
		return self::closed_object_schema(
			'mentorship-cohort-outcomes',
			array(
				'surveys'   => self::closed_object(
					array(
						'respondents' => self::closed_object(
							array(
								'start' => array( 'type' => 'integer' ),
								'end'   => array( 'type' => 'integer' ),
							)
						),
						'questions'   => self::array_of(
							self::closed_object(
								self::question_properties() + array(
									'start'       => $nullable_number,
									'end'         => $nullable_number,
									'change'      => $nullable_number,
									'respondents' => array( 'type' => 'integer' ),
									'suppressed'  => array( 'type' => 'boolean' ),
								)
							)
						),
					)
				),
				'retention' => self::array_of(
					self::closed_object(
						array(
							'days'         => array( 'type' => 'integer' ),
							'asked'        => array( 'type' => 'integer' ),
							'answered'     => array( 'type' => 'integer' ),
							'contributing' => array( 'type' => array( 'integer', 'null' ) ),
							'share'        => $nullable_number,
							'suppressed'   => array( 'type' => 'boolean' ),
						)
					)
				),
			)
		);
	}

	/**
	 * Schema of a survey's individual answers.
	 *
	 * @return array<string, mixed>
	 */
	public function get_answers_schema(): array {
		return array(
			'$schema' => 'http://json-schema.org/draft-04/schema#',
			'title'   => 'mentorship-survey-answers',
			'type'    => 'array',
			'items'   => self::closed_object(
				array(
					'answers'    => array(
						'type'                 => 'object',
						'additionalProperties' => array( 'type' => array( 'integer', 'string' ) ),
					),
					'updated_at' => self::date_time(),
				)
			),
		);
	}
}
