<?php
/**
 * REST: /mentorship/v1/applications — the public submit route and the review routes.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Applications\REST;

defined( 'ABSPATH' ) || exit;

use Mentorship_Program\Applications\Submission;
use Mentorship_Program\Applications\Submission_Answer;
use Mentorship_Program\Applications\Submission_Context;
use Mentorship_Program\REST\Contract;
use Mentorship_Program\REST\Controller;
use Mentorship_Program\Applications\Applications;
use Mentorship_Program\Cohorts\Assignments;
use Mentorship_Program\Applications\Audit_Trail;
use Mentorship_Program\Applications\Event_Codes;
use Mentorship_Program\Applications\Fields;
use Mentorship_Program\Mentorship\Mentor_Directory;
use Mentorship_Program\Mentorship\Mentor_View;
use Mentorship_Program\Applications\Stages;
use Mentorship_Program\Graduation\Graduation;
use Mentorship_Program\Support\Field_Errors;
use WP_Error;
use WP_REST_Request;
use WP_REST_Response;
use WP_REST_Server;

/**
 * Applications: submit, list, read, edit, move through the pipeline, notes.
 *
 * @since 0.1.0
 */
final class Applications_Controller extends Controller {

	/**
	 * Route base.
	 *
	 * @var string
	 */
	protected $rest_base = 'applications';

	/**
	 * Per-list caches (assignments, ratings) so shaping a page costs constant queries.
	 *
	 * @var array<string, array<int, mixed>>
	 */
	private array $batch = array();

	/**
	 * The routes: applications, batch moves, one application, its transitions and notes.
	 *
	 * @since 0.1.0
	 *
	 * @return array<string, array<string, mixed>>
	 */
	protected function routes(): array {
		$base    = '/' . $this->rest_base;
		$to      = self::string_enum( Stages::all_stages() );
		$moves   = array(
			'note'          => self::move_note_arg(),
			'notify'        => array(
				'type'    => 'boolean',
				'default' => false,
			),
			'confirm_early' => array(
				'type'        => 'boolean',
				'default'     => false,
				'description' => __( 'Graduate mentees before their cohort\'s end date.', 'mentorship-program' ),
			),
		);
		$id_only = array( 'id' => array( 'type' => 'integer' ) );
		return array(
			$base                                => array(
				WP_REST_Server::READABLE  => array( 'get_items', 'get_items_permissions_check', $this->get_collection_params() ),
				WP_REST_Server::CREATABLE => array( 'create_item', 'create_item_permissions_check', $this->get_create_args(), array( 'response_schema' => array( $this, 'get_receipt_schema' ) ) ),
				'schema'                  => 'get_public_item_schema',
			),
			$base . '/batch'                     => array(
				WP_REST_Server::CREATABLE => array(
					'batch',
					'review_permissions_check',
					array(
						'ids'    => array(
							'type'     => 'array',
							'items'    => array(
								'type'    => 'integer',
								'minimum' => 1,
							),
							'minItems' => 1,
							'maxItems' => 200,
							'required' => true,
						),
						'to'     => $to,
						'cohort' => array(
							'type'    => 'integer',
							'minimum' => 1,
						),
					) + $moves,
				),
				'schema'                  => 'get_batch_schema',
			),
			$base . '/(?P<id>[\d]+)'             => array(
				'args'                   => self::id_arg( __( 'Application ID.', 'mentorship-program' ) ),
				WP_REST_Server::READABLE => array( 'get_item', 'get_item_permissions_check' ),
				WP_REST_Server::EDITABLE => array( 'update_item', 'review_permissions_check', $this->get_update_args() ),
				'schema'                 => 'get_public_item_schema',
			),
			$base . '/(?P<id>[\d]+)/transitions' => array(
				'args'                    => $id_only,
				WP_REST_Server::CREATABLE => array(
					'transition',
					'transition_permissions_check',
					array(
						'to'            => $to + array( 'required' => true ),
						'note'          => $moves['note'],
						'notify'        => $moves['notify'],
						'team'          => array(
							'type'      => 'string',
							'maxLength' => 60,
						),
						'confirm_early' => $moves['confirm_early'],
					),
				),
				'schema'                  => 'get_public_item_schema',
			),
			$base . '/(?P<id>[\d]+)/notes'       => array(
				'args'                    => $id_only,
				WP_REST_Server::READABLE  => array( 'get_notes', 'notes_permissions_check' ),
				WP_REST_Server::CREATABLE => array(
					'create_note',
					'notes_permissions_check',
					array(
						'note'   => self::note_arg(),
						'rating' => array(
							'type'    => array( 'integer', 'null' ),
							'minimum' => 1,
							'maximum' => 5,
						),
					),
				),
				'schema'                  => static fn() => Contract::closed( Audit_Trail::schema() ),
			),
		);
	}


	/**
	 * The note of a stage move (one or many applications, graduation included): the
	 * coordinator's words for the audit trail and the e-mail.
	 *
	 * @since 0.4.0
	 *
	 * @return array<string, mixed>
	 */
	public static function move_note_arg(): array {
		return array(
			'type'      => 'string',
			'maxLength' => 2000,
		);
	}

	/**
	 * A reviewer's note on an application.
	 *
	 * @since 0.4.0
	 *
	 * @return array<string, mixed>
	 */
	public static function note_arg(): array {
		return array(
			'type'      => 'string',
			'minLength' => 1,
			'maxLength' => 5000,
			'required'  => true,
		);
	}
	/**
	 * Arguments of the public submit route: documented from the schema, validated in the
	 * callback so the honeypot and token are checked before anything else.
	 *
	 * @return array<string, array<string, mixed>>
	 */
	private function get_create_args(): array {
		$args = array(
			'type'               => array(
				'type'        => 'string',
				'enum'        => Stages::types(),
				'description' => __( 'mentee or mentor.', 'mentorship-program' ),
			),
			'cohort'             => array(
				'type'        => 'integer',
				'description' => __( 'Cohort ID; defaults to the cohort whose applications are open.', 'mentorship-program' ),
			),
			'token'              => array(
				'type'        => 'string',
				'description' => __( 'Form token printed with the form.', 'mentorship-program' ),
			),
			Submission::HONEYPOT => array(
				'type'        => 'string',
				'description' => __( 'Leave empty.', 'mentorship-program' ),
			),
			'event_code'         => array(
				'type'        => 'string',
				'maxLength'   => Event_Codes::MAX_LENGTH,
				'description' => __( 'Code of a contributor day: lifts the per-network limit while it is valid and has uses left.', 'mentorship-program' ),
			),
		);
		foreach ( Fields::definitions() as $name => $field ) {
			$args[ $name ] = Fields::json_schema( $field );
		}
		// Submission checks every value, in its order; strip WordPress's automatic checks.
		foreach ( $args as &$arg ) {
			$arg['validate_callback'] = null;
			$arg['sanitize_callback'] = null;
		}
		return $args;
	}

	/**
	 * Arguments for PATCH: every field, optional.
	 *
	 * @return array<string, array<string, mixed>>
	 */
	private function get_update_args(): array {
		$args = array(
			'cohort' => array(
				'type'    => 'integer',
				'minimum' => 1,
			),
		);
		foreach ( Fields::definitions() as $name => $field ) {
			if ( in_array( $name, array( 'consent_coc', 'consent_privacy' ), true ) ) {
				continue;
			}
			$args[ $name ] = Fields::json_schema( $field );
		}
		return $args;
	}

	/**
	 * Anyone may submit; Submission applies the token, honeypot, rate limit and login setting.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return true
	 */
	public function create_item_permissions_check( $request ) {
		unset( $request );
		return true;
	}

	/**
	 * Stores a public application: Submission applies every rule; Submission_Answer
	 * shapes the answer, as it does for the form's own endpoint.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response A receipt, or the refusal shaped as REST shapes an error.
	 */
	public function create_item( $request ) {
		$params = array_merge( (array) $request->get_body_params(), (array) $request->get_json_params() );
		$type   = $params['type'] ?? 'mentee';
		$result = Submission::submit( is_string( $type ) ? $type : '', $params, Submission_Context::visitor() );
		$answer = Submission_Answer::of( $result );
		return new WP_REST_Response( $answer->body, $answer->status, $answer->headers );
	}

	/**
	 * Reviewers see every application; mentors only their own mentees.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return true|WP_Error
	 */
	public function get_items_permissions_check( $request ) {
		unset( $request );
		if ( current_user_can( 'mentorship_review' ) || Mentor_Directory::user_is_mentor( get_current_user_id() ) ) {
			return true;
		}
		return $this->forbidden();
	}

	/**
	 * Lists applications with filters and pagination.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function get_items( $request ) {
		$filters = array(
			'type'     => $request['type'],
			'stage'    => $request['stage'],
			'cohort'   => $request['cohort'],
			'team'     => $request['team'],
			'language' => $request['language'],
			'format'   => $request['format'],
			'search'   => $request['search'],
			'page'     => $request['page'],
			'per_page' => $request['per_page'],
			'orderby'  => $request['orderby'],
			'order'    => $request['order'],
		);
		if ( null !== $request['tz_min'] || null !== $request['tz_max'] ) {
			$filters['tz_min'] = $request['tz_min'] ?? -720;
			$filters['tz_max'] = $request['tz_max'] ?? 840;
		}
		if ( ! current_user_can( 'mentorship_review' ) ) {
			$filters['include'] = Mentor_Directory::mentee_ids( get_current_user_id() );
			$filters['type']    = 'mentee';
		}
		$result = Applications::list( array_filter( $filters, static fn( $v ) => null !== $v ) );
		$this->prime_batch( $result['items'] );
		$data = array();
		foreach ( $result['items'] as $application ) {
			$data[] = $this->prepare_response_for_collection( $this->prepare_item_for_response( $application, $request ) );
		}
		$this->batch = array();
		return $this->paginate( rest_ensure_response( $data ), $result['total'], $result['pages'] );
	}

	/**
	 * Loads assignments, ratings and mentor names for a page of items in a few queries.
	 *
	 * @param array<int, array<string, mixed>> $items Applications.
	 */
	private function prime_batch( array $items ): void {
		$mentee_ids = array();
		$mentor_ids = array();
		foreach ( $items as $item ) {
			if ( 'mentee' === $item['type'] ) {
				$mentee_ids[] = $item['id'];
			} else {
				$mentor_ids[] = $item['id'];
			}
		}
		$assigned = array();
		$load     = array();
		// One query for the page's mentees and mentors alike, so the cost of a page does
		// not depend on its mix of types.
		$mentees = array_flip( $mentee_ids );
		$mentors = array_flip( $mentor_ids );
		foreach ( Assignments::rows_touching( $mentee_ids, $mentor_ids ) as $row ) {
			if ( isset( $mentees[ (int) $row['mentee_id'] ] ) ) {
				$assigned[ (int) $row['mentee_id'] ] = $row;
			}
			if ( isset( $mentors[ (int) $row['mentor_id'] ] ) ) {
				$load[ (int) $row['mentor_id'] ] = ( $load[ (int) $row['mentor_id'] ] ?? 0 ) + 1;
			}
		}
		$this->batch = array(
			'assigned' => $assigned,
			'load'     => $load,
			'ratings'  => Audit_Trail::average_ratings( array_merge( $mentee_ids, $mentor_ids ) ),
			'primed'   => array( true ),
		);
	}

	/**
	 * Who may read one application: reviewers, its owner, its mentor.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return true|WP_Error
	 */
	public function get_item_permissions_check( $request ) {
		$application = Applications::get( (int) $request['id'] );
		if ( ! $application ) {
			return current_user_can( 'mentorship_review' ) ? true : $this->forbidden();
		}
		if ( $this->can_read( $application ) ) {
			return true;
		}
		return $this->forbidden();
	}

	/**
	 * Whether the current user may read an application.
	 *
	 * @param array<string, mixed> $application Application.
	 * @return bool
	 */
	private function can_read( array $application ): bool {
		if ( current_user_can( 'mentorship_review' ) || $this->is_own( $application ) ) {
			return true;
		}
		return 'mentee' === $application['type'] && in_array( $application['id'], Mentor_Directory::mentee_ids( get_current_user_id() ), true );
	}

	/**
	 * Whether an application is the current user's own.
	 *
	 * @param array<string, mixed> $application Application.
	 * @return bool
	 */
	private function is_own( array $application ): bool {
		$user_id = get_current_user_id();
		return $user_id && $application['user_id'] === $user_id;
	}

	/**
	 * One application, with its history for reviewers.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function get_item( $request ) {
		$application = Applications::get( (int) $request['id'] );
		if ( ! $application ) {
			return Applications::not_found();
		}
		$response = $this->prepare_item_for_response( $application, $request );
		// Reviewers read the whole trail; applicants their own without the reviewers'
		// notes and ratings; a mentor reading a mentee's record none of it.
		if ( current_user_can( 'mentorship_review' ) ) {
			$history = Audit_Trail::for_object( $application['id'] );
		} elseif ( $this->is_own( $application ) ) {
			$history = Audit_Trail::for_applicant( $application['id'] );
		}
		if ( isset( $history ) ) {
			$data            = $response->get_data();
			$data['history'] = $history;
			$response->set_data( $data );
		}
		return $response;
	}

	/**
	 * Edits fields and/or moves to another cohort: Submission::update() applies the rules.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function update_item( $request ) {
		$updated = Submission::update( (int) $request['id'], array_merge( (array) $request->get_body_params(), (array) $request->get_json_params() ) );
		return is_wp_error( $updated ) ? $updated : $this->prepare_item_for_response( $updated, $request );
	}

	/**
	 * Reviewers may make any legal move; the person themself may only withdraw.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return true|WP_Error
	 */
	public function transition_permissions_check( $request ) {
		if ( current_user_can( 'mentorship_review' ) ) {
			return true;
		}
		$application = Applications::get( (int) $request['id'] );
		if ( $application && 'withdrawn' === $request['to'] && get_current_user_id() && get_current_user_id() === $application['user_id'] ) {
			return true;
		}
		return $this->forbidden();
	}

	/**
	 * Moves one application.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function transition( $request ) {
		$unknown = $this->reject_unknown( $request, array( 'to', 'note', 'notify', 'team', 'confirm_early' ), array( 'id' ) );
		if ( is_wp_error( $unknown ) ) {
			return $unknown;
		}
		$reviewer = current_user_can( 'mentorship_review' );
		$early    = Graduation::check_move( (int) $request['id'], (string) $request['to'], (bool) $request['confirm_early'] );
		if ( $early ) {
			return $early;
		}
		$result = Applications::transition(
			(int) $request['id'],
			(string) $request['to'],
			array(
				'note'   => $reviewer ? (string) $request['note'] : __( 'Withdrawn by the applicant.', 'mentorship-program' ),
				'notify' => $reviewer ? (bool) $request['notify'] : true,
				'team'   => (string) $request['team'],
			)
		);
		if ( is_wp_error( $result ) ) {
			return $result;
		}
		return $this->prepare_item_for_response( $result, $request );
	}

	/**
	 * Applies one action to many applications; each result says whether it worked.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function batch( $request ) {
		$unknown = $this->reject_unknown( $request, array( 'ids', 'to', 'cohort', 'note', 'notify', 'confirm_early' ) );
		if ( is_wp_error( $unknown ) ) {
			return $unknown;
		}
		$to     = $request['to'];
		$cohort = $request['cohort'];
		if ( ( null === $to ) === ( null === $cohort ) ) {
			return Field_Errors::error( array( 'to' => __( 'Give either a stage to move to or a cohort to move into.', 'mentorship-program' ) ) );
		}
		$results = array();
		$ok      = 0;
		foreach ( array_unique( array_map( 'intval', (array) $request['ids'] ) ) as $id ) {
			$early  = null !== $to ? Graduation::check_move( $id, (string) $to, (bool) $request['confirm_early'] ) : null;
			$result = $early ?? ( null !== $to
				? Applications::transition(
					$id,
					(string) $to,
					array(
						'note'   => (string) $request['note'],
						'notify' => (bool) $request['notify'],
					)
				)
				: Applications::move_to_cohort( $id, (int) $cohort ) );
			if ( is_wp_error( $result ) ) {
				$results[] = array(
					'id'    => $id,
					'ok'    => false,
					'error' => array(
						'code'    => $result->get_error_code(),
						'message' => $result->get_error_message(),
					),
				);
				continue;
			}
			++$ok;
			$results[] = array(
				'id'    => $id,
				'ok'    => true,
				'stage' => $result['stage'],
			);
		}
		return rest_ensure_response(
			array(
				'updated' => $ok,
				'failed'  => count( $results ) - $ok,
				'results' => $results,
			)
		);
	}

	/**
	 * Notes: reviewers on any application, mentors on their own mentees.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return true|WP_Error
	 */
	public function notes_permissions_check( $request ) {
		if ( current_user_can( 'mentorship_review' ) ) {
			return true;
		}
		$id = (int) $request['id'];
		if ( in_array( $id, Mentor_Directory::mentee_ids( get_current_user_id() ), true ) ) {
			return true;
		}
		return $this->forbidden();
	}

	/**
	 * Notes and ratings of an application.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function get_notes( $request ) {
		if ( ! Applications::get( (int) $request['id'] ) ) {
			return Applications::not_found();
		}
		$notes = Audit_Trail::for_object( (int) $request['id'], array( 'note' ) );
		if ( ! current_user_can( 'mentorship_review' ) ) {
			// Reviewers' notes and ratings are theirs: a mentor reads only the notes they wrote.
			$user_id = get_current_user_id();
			$notes   = array_values( array_filter( $notes, static fn( $note ) => $note['author']['id'] === $user_id ) );
		}
		return rest_ensure_response( $notes );
	}

	/**
	 * Adds a note, optionally with a 1–5 rating.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function create_note( $request ) {
		if ( ! Applications::get( (int) $request['id'] ) ) {
			return Applications::not_found();
		}
		$unknown = $this->reject_unknown( $request, array( 'note', 'rating' ), array( 'id' ) );
		if ( is_wp_error( $unknown ) ) {
			return $unknown;
		}
		$note = Fields::text( $request['note'], true );
		if ( '' === trim( $note ) ) {
			return Field_Errors::error( array( 'note' => __( 'Write a note.', 'mentorship-program' ) ) );
		}
		$rating = null === $request['rating'] ? null : (int) $request['rating'];
		// Ratings weigh an application in review: reviewers give them, a mentor writes notes only.
		if ( null !== $rating && ! current_user_can( 'mentorship_review' ) ) {
			return Field_Errors::on_field( 'rest_forbidden_param', __( 'Only reviewers rate applications. Send the note without a rating.', 'mentorship-program' ), 403, 'rating', __( 'Only reviewers rate applications.', 'mentorship-program' ) );
		}
		$id    = Audit_Trail::record( (int) $request['id'], 'note', '', '', $note, $rating );
		$notes = Audit_Trail::for_object( (int) $request['id'], array( 'note' ) );
		$note  = array_values( array_filter( $notes, static fn( $n ) => $n['id'] === $id ) );
		return new WP_REST_Response( $note[0] ?? null, 201 );
	}

	/**
	 * Shapes an application for reviewers, owners and mentors.
	 *
	 * @param array<string, mixed> $item    Application.
	 * @param WP_REST_Request      $request Request.
	 * @return WP_REST_Response
	 */
	public function prepare_item_for_response( $item, $request ) {
		$application = $item;
		$id          = (int) $application['id'];
		$batched     = ! empty( $this->batch['primed'] );
		$data        = array(
			'id'                  => $id,
			'type'                => $application['type'],
			'stage'               => $application['stage'],
			'stage_label'         => Stages::label( $application['stage'] ),
			'cohort'              => $application['cohort'],
			'fields'              => $application['fields'],
			'consent'             => $application['consent'],
			'consent_texts'       => $application['consent_texts'],
			'placed_team'         => $application['placed_team'],
			'allowed_transitions' => Stages::next( $application['type'], $application['stage'] ),
			'created'             => $application['created'],
			'modified'            => $application['modified'],
		);
		if ( 'mentee' === $application['type'] ) {
			$row = $batched ? ( $this->batch['assigned'][ $id ] ?? null ) : Assignments::of_mentee( $id );
			// A batch read the mentor's name with the assignment.
			$mentor_post    = $row && ! isset( $row['mentor_name'] ) ? get_post( (int) $row['mentor_id'] ) : null;
			$data['mentor'] = $row ? array(
				'id'    => (int) $row['mentor_id'],
				'name'  => (string) ( $row['mentor_name'] ?? ( $mentor_post ? $mentor_post->post_title : '' ) ),
				'track' => (string) $row['track'],
			) : null;
		} else {
			$load                       = $batched ? (int) ( $this->batch['load'][ $id ] ?? 0 ) : count( Assignments::mentees_of( $id ) );
			$data['assigned']           = $load;
			$data['remaining_capacity'] = max( 0, (int) ( $application['fields']['capacity'] ?? 0 ) - $load );
		}
		if ( current_user_can( 'mentorship_review' ) ) {
			$data['rating'] = $batched ? ( $this->batch['ratings'][ $id ] ?? null ) : ( Audit_Trail::average_ratings( array( $id ) )[ $id ] ?? null );
		} elseif ( ! $this->is_own( $application ) ) {
			// Anyone else who may read it is the mentee's mentor.
			$data = Mentor_View::shape( $data );
		}
		$response = rest_ensure_response( $data );
		$response->add_link( 'self', rest_url( $this->namespace . '/' . $this->rest_base . '/' . $id ) );
		return $response;
	}

	/**
	 * Query parameters of the list route.
	 *
	 * @return array<string, array<string, mixed>>
	 */
	public function get_collection_params() {
		return self::paging_args() + array(
			'search'   => array(
				'type'      => 'string',
				'maxLength' => 100,
			),
			'type'     => self::string_enum( Stages::types() ),
			'stage'    => self::array_of( self::string_enum( Stages::all_stages() ) ),
			'cohort'   => array(
				'type'    => 'integer',
				'minimum' => 1,
			),
			'team'     => self::array_of(
				array(
					'type'      => 'string',
					'maxLength' => 60,
				)
			),
			'language' => self::array_of(
				array(
					'type'    => 'string',
					'pattern' => '^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$',
				)
			),
			'format'   => self::array_of( self::string_enum( array_merge( Fields::FORMATS, array( 'any' ) ) ) ),
			'tz_min'   => array(
				'type'        => 'integer',
				'minimum'     => -720,
				'maximum'     => 840,
				'description' => __( 'Lowest UTC offset in minutes.', 'mentorship-program' ),
			),
			'tz_max'   => array(
				'type'        => 'integer',
				'minimum'     => -720,
				'maximum'     => 840,
				'description' => __( 'Highest UTC offset in minutes.', 'mentorship-program' ),
			),
			'orderby'  => array(
				'type'    => 'string',
				'enum'    => array( 'date', 'modified', 'name', 'stage' ),
				'default' => 'date',
			),
			'order'    => array(
				'type'    => 'string',
				'enum'    => array( 'asc', 'desc' ),
				'default' => 'desc',
			),
		);
	}

	/**
	 * The application resource's schema.
	 *
	 * @return array<string, mixed>
	 */
	public function get_item_schema() {
		if ( $this->schema ) {
			return Contract::closed( $this->add_additional_fields_schema( $this->schema ) );
		}
		$fields = array();
		foreach ( Fields::definitions() as $name => $field ) {
			$fields[ $name ] = self::stored_value_schema( Fields::json_schema( $field ) );
		}
		$date         = self::read_only( 'string', array( 'format' => 'date-time' ) );
		$consent_text = array(
			'type'       => 'object',
			'properties' => array(
				'url'     => array( 'type' => 'string' ),
				'version' => array( 'type' => 'string' ),
			),
		);
		$this->schema = self::object_schema(
			'mentorship-application',
			array(
				'id'                  => self::read_only( 'integer' ),
				'type'                => self::string_enum( Stages::types() ),
				'stage'               => self::read_only( 'string', array( 'enum' => Stages::all_stages() ) ),
				'stage_label'         => array( 'description' => __( 'The stage, in words.', 'mentorship-program' ) ) + self::read_only( 'string' ),
				'cohort'              => array( 'type' => 'integer' ),
				'fields'              => array(
					'description' => __( 'The answers, by field name; a mentor sees only some of them.', 'mentorship-program' ),
					'type'        => 'object',
					'properties'  => $fields,
				),
				'consent'             => array(
					'description' => __( 'When each consent was given (empty when not recorded).', 'mentorship-program' ),
					'type'        => 'object',
					'properties'  => array(
						'code_of_conduct' => array( 'type' => 'string' ),
						'privacy'         => array( 'type' => 'string' ),
					),
					'readonly'    => true,
				),
				'consent_texts'       => array(
					'description' => __( 'The texts consented to: address and version.', 'mentorship-program' ),
					'type'        => 'object',
					'properties'  => array(
						'code_of_conduct' => $consent_text,
						'privacy'         => $consent_text,
					),
					'readonly'    => true,
				),
				'placed_team'         => array( 'description' => __( 'Slug of the team a placed graduate joined, or empty.', 'mentorship-program' ) ) + self::read_only( 'string' ),
				'allowed_transitions' => array(
					'type'     => 'array',
					'items'    => self::string_enum( Stages::all_stages() ),
					'readonly' => true,
				),
				'created'             => $date,
				'modified'            => $date,
				'mentor'              => array(
					'description' => __( "A mentee's mentor, or null.", 'mentorship-program' ),
					'type'        => array( 'object', 'null' ),
					'properties'  => self::id_and_name() + array( 'track' => array( 'type' => 'string' ) ),
					'readonly'    => true,
				),
				'assigned'            => array( 'description' => __( "A mentor's number of mentees.", 'mentorship-program' ) ) + self::read_only( 'integer' ),
				'remaining_capacity'  => array( 'description' => __( "A mentor's free seats.", 'mentorship-program' ) ) + self::read_only( 'integer' ),
				'rating'              => array( 'description' => __( "Reviewers' average rating, or null (reviewers only).", 'mentorship-program' ) ) + self::read_only( array( 'number', 'null' ) ),
				'_links'              => array(
					'description'          => __( 'Links to the application, as a list embeds them in each item.', 'mentorship-program' ),
					'type'                 => 'object',
					'additionalProperties' => self::array_of(
						array(
							'type'       => 'object',
							'properties' => array(
								'href'        => array(
									'type'   => 'string',
									'format' => 'uri',
								),
								'embeddable'  => array( 'type' => 'boolean' ),
								'targetHints' => array(
									'type'       => 'object',
									'properties' => array(
										'allow' => self::array_of( array( 'type' => 'string' ) ),
									),
								),
							),
						)
					),
					'readonly'             => true,
				),
				'history'             => array(
					'description' => __( 'The audit trail, in a single application read by a reviewer or the applicant.', 'mentorship-program' ),
					'type'        => 'array',
					'items'       => array_diff_key( Audit_Trail::schema(), array_flip( array( '$schema', 'title' ) ) ),
					'readonly'    => true,
				),
			)
		);
		return Contract::closed( $this->add_additional_fields_schema( $this->schema ) );
	}

	/**
	 * What a submitter gets back (the same for a person and a quietly refused bot).
	 *
	 * @since 0.2.0
	 *
	 * @return array<string, mixed>
	 */
	public function get_receipt_schema(): array {
		return self::complete_schema(
			'mentorship-application-receipt',
			array(
				'type'        => self::string_enum( Stages::types() ),
				'stage'       => self::string_enum( array( 'submitted' ) ),
				'stage_label' => array( 'type' => 'string' ),
				'message'     => array( 'type' => 'string' ),
				'next_steps'  => array( 'type' => 'string' ),
				'status_url'  => array(
					'type'   => 'string',
					'format' => 'uri',
				),
			)
		);
	}

	/**
	 * What a bulk action answers: how many worked, how many failed, and each result.
	 *
	 * @since 0.2.0
	 *
	 * @return array<string, mixed>
	 */
	public function get_batch_schema(): array {
		return Contract::closed(
			array(
				'$schema'    => 'http://json-schema.org/draft-04/schema#',
				'title'      => 'mentorship-application-batch',
				'type'       => 'object',
				'properties' => array(
					'updated' => array( 'type' => 'integer' ),
					'failed'  => array( 'type' => 'integer' ),
					'results' => self::array_of(
						array(
							'type'       => 'object',
							'properties' => array(
								'id'    => array( 'type' => 'integer' ),
								'ok'    => array( 'type' => 'boolean' ),
								'stage' => self::string_enum( Stages::all_stages() ),
								'error' => array(
									'type'       => 'object',
									'properties' => array(
										'code'    => array( 'type' => 'string' ),
										'message' => array( 'type' => 'string' ),
									),
									'required'   => array( 'code', 'message' ),
								),
							),
							'required'   => array( 'id', 'ok' ),
						)
					),
				),
				'required'   => array( 'updated', 'failed', 'results' ),
			)
		);
	}

	/**
	 * The schema of a stored answer as it reads back: its type and shape, without the
	 * rules a new answer must meet (an optional answer reads back empty, a number
	 * nobody gave reads back null).
	 *
	 * @param array<string, mixed> $schema A field's input schema.
	 * @return array<string, mixed>
	 */
	private static function stored_value_schema( array $schema ): array {
		$out = array_intersect_key( $schema, array_flip( array( 'description', 'type', 'items', 'properties' ) ) );
		if ( 'integer' === ( $out['type'] ?? '' ) ) {
			$out['type'] = array( 'integer', 'null' );
		}
		if ( isset( $out['items'] ) && is_array( $out['items'] ) ) {
			$out['items'] = self::stored_value_schema( $out['items'] );
		}
		foreach ( (array) ( $out['properties'] ?? array() ) as $name => $property ) {
			$out['properties'][ $name ] = self::stored_value_schema( (array) $property );
		}
		return $out;
	}
}
