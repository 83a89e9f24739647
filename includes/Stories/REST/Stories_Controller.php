<?php
/**
 * REST: /mentorship/v1/stories — graduates share their story; editors and coordinators
 * follow stories, graduates without one, and invitations.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Stories\REST;

defined( 'ABSPATH' ) || exit;

use Mentorship_Program\REST\Contract;
use Mentorship_Program\REST\Controller;
use Mentorship_Program\Applications\Fields;
use Mentorship_Program\Applications\Stages;
use Mentorship_Program\Stories\Stories;
use Mentorship_Program\Stories\Story_Post_Type;
use WP_Error;
use WP_REST_Request;
use WP_REST_Response;
use WP_REST_Server;
use Mentorship_Program\Support\Field_Errors;

/**
 * Stories: share (graduates), list (editors), graduates without a story and invitations
 * (reviewers). Stories themselves are edited through wp/v2/mentorship-stories.
 *
 * @since 0.1.0
 */
final class Stories_Controller extends Controller {

	/**
	 * Route base.
	 *
	 * @var string
	 */
	protected $rest_base = 'stories';

	/**
	 * The routes: stories, graduates without one, and invitations to write one.
	 *
	 * @since 0.2.0
	 *
	 * @return array<string, array<string, mixed>>
	 */
	protected function routes(): array {
		return array(
			'/' . $this->rest_base             => array(
				WP_REST_Server::READABLE  => array( 'get_items', 'get_items_permissions_check', $this->get_collection_params() ),
				WP_REST_Server::CREATABLE => array( 'create_item', 'create_item_permissions_check', $this->get_create_args(), array( 'response_schema' => array( $this, 'get_draft_schema' ) ) ),
				'schema'                  => 'get_public_item_schema',
			),
			'/' . $this->rest_base . '/graduates-without-story' => array(
				WP_REST_Server::READABLE => array(
					'get_graduates',
					'review_permissions_check',
					self::paging_args() + array(
						'type'   => self::string_enum( Stages::types() ),
						'cohort' => array(
							'type'    => 'integer',
							'minimum' => 1,
						),
					),
				),
				'schema'                 => 'get_graduate_schema',
			),
			'/' . $this->rest_base . '/invite' => array(
				WP_REST_Server::CREATABLE => array(
					'invite',
					'review_permissions_check',
					array(
						'application_id' => array(
							'type'        => 'integer',
							'minimum'     => 1,
							'required'    => true,
							'description' => __( 'The graduate\'s application.', 'mentorship-program' ),
						),
					),
				),
				'schema'                  => 'get_invite_schema',
			),
		);
	}

	/**
	 * Arguments of POST /stories (checked in create_item(), so each bad field is named).
	 *
	 * @return array<string, array<string, mixed>>
	 */
	private function get_create_args(): array {
		$args = array(
			'application_id' => array(
				'type'        => 'integer',
				'minimum'     => 1,
				'description' => __( 'Your graduated mentee (or completed mentor) application.', 'mentorship-program' ),
			),
			'title'          => array(
				'type'        => 'string',
				'minLength'   => 1,
				'maxLength'   => Stories::MAX_TITLE,
				'description' => __( 'Title of the story.', 'mentorship-program' ),
			),
			'story'          => array(
				'type'        => 'string',
				'minLength'   => 1,
				'maxLength'   => Stories::MAX_STORY,
				'description' => __( 'The story, as plain text; blank lines separate paragraphs.', 'mentorship-program' ),
			),
			'consent'        => array(
				'type'        => 'boolean',
				'enum'        => array( true ),
				'description' => __( 'Must be true: the story may be published with your name and WordPress.org username.', 'mentorship-program' ),
			),
		);
		foreach ( $args as &$arg ) {
			$arg['validate_callback'] = null;
			$arg['sanitize_callback'] = null;
		}
		return $args;
	}

	/**
	 * Filters of GET /stories.
	 *
	 * @return array<string, array<string, mixed>>
	 */
	public function get_collection_params(): array {
		return self::paging_args() + array(
			'status' => self::array_of( self::string_enum( array( 'pending', 'publish', 'draft', 'future', 'private' ) ) ),
			'team'   => array(
				'type'      => 'string',
				'maxLength' => 200,
			),
			'cohort' => array(
				'type'    => 'integer',
				'minimum' => 1,
			),
			'role'   => self::string_enum( Story_Post_Type::ROLES ),
			'search' => array(
				'type'      => 'string',
				'maxLength' => 200,
			),
		);
	}

	/**
	 * Editors (who may publish stories) and coordinators may list stories.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return true|WP_Error
	 */
	public function get_items_permissions_check( $request ) {
		unset( $request );
		$type = get_post_type_object( Story_Post_Type::POST_TYPE );
		if ( ( $type && current_user_can( $type->cap->edit_others_posts ) ) || current_user_can( 'mentorship_review' ) ) {
			return true;
		}
		return $this->forbidden();
	}

	/**
	 * Logged-in owners of a graduated or placed mentee application, or of a completed
	 * mentor application.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return true|WP_Error
	 */
	public function create_item_permissions_check( $request ) {
		if ( ! is_user_logged_in() ) {
			return $this->forbidden( __( 'Please log in to share your story.', 'mentorship-program' ) );
		}
		$id = $request->get_param( 'application_id' );
		// A missing or malformed ID is a 400 from create_item(), naming the field.
		if ( is_int( $id ) || ( is_string( $id ) && ctype_digit( $id ) ) ) {
			$allowed = Stories::can_share( (int) $id, get_current_user_id() );
			if ( is_wp_error( $allowed ) ) {
				return $this->forbidden( $allowed->get_error_message() );
			}
		}
		return true;
	}

	/**
	 * Lists stories.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response
	 */
	public function get_items( $request ) {
		$result   = Stories::list(
			array(
				'status'   => (array) $request->get_param( 'status' ),
				'team'     => (string) $request->get_param( 'team' ),
				'cohort'   => (int) $request->get_param( 'cohort' ),
				'role'     => (string) $request->get_param( 'role' ),
				'search'   => (string) $request->get_param( 'search' ),
				'page'     => (int) $request->get_param( 'page' ),
				'per_page' => (int) $request->get_param( 'per_page' ),
			)
		);
		$items    = array_map(
			fn( array $story ) => $this->prepare_response_for_collection( $this->prepare_item_for_response( $story, $request ) ),
			$result['items']
		);
		$response = rest_ensure_response( $items );
		return $this->paginate( $response, $result['total'], $result['pages'] );
	}

	/**
	 * Shares a graduate's story: a story waiting for review, prefilled from their record.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function create_item( $request ) {
		$known   = array( 'application_id', 'title', 'story', 'consent' );
		$unknown = $this->reject_unknown( $request, $known );
		if ( is_wp_error( $unknown ) ) {
			return $unknown;
		}
		$params = array_merge( (array) $request->get_body_params(), (array) $request->get_json_params() );
		$errors = array();
		$id     = $params['application_id'] ?? null;
		if ( ! ( is_int( $id ) || ( is_string( $id ) && ctype_digit( $id ) ) ) || (int) $id < 1 ) {
			$errors['application_id'] = __( 'Choose the mentorship your story is about.', 'mentorship-program' );
		}
		foreach ( array( 'title', 'story' ) as $text ) {
			if ( isset( $params[ $text ] ) && ! is_string( $params[ $text ] ) ) {
				/* translators: %s: field name. */
				$errors[ $text ] = sprintf( __( '%s must be text.', 'mentorship-program' ), $text );
			}
		}
		$consent = Fields::parse_boolean( $params['consent'] ?? null );
		$input   = array(
			'title'   => is_string( $params['title'] ?? null ) ? $params['title'] : '',
			'story'   => is_string( $params['story'] ?? null ) ? $params['story'] : '',
			'consent' => true === $consent,
		);
		$errors  = array_merge( Stories::input_errors( $input ), $errors );
		if ( null === $consent ) {
			$errors['consent'] = Fields::boolean_error( 'consent' );
		}
		if ( $errors ) {
			return Field_Errors::error( $errors );
		}
		$story = Stories::create_draft_from_application( (int) $id, $input, get_current_user_id() );
		if ( is_wp_error( $story ) ) {
			return $story;
		}
		$response = new WP_REST_Response(
			array(
				'id'      => (int) $story['id'],
				'status'  => (string) $story['status'],
				'title'   => (string) $story['title'],
				'message' => Stories::thank_you_message(),
			),
			201
		);
		return $response;
	}

	/**
	 * Lists graduates without a story.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response
	 */
	public function get_graduates( $request ) {
		$result = Stories::graduates_without_story(
			array(
				'type'     => (string) $request->get_param( 'type' ),
				'cohort'   => (int) $request->get_param( 'cohort' ),
				'page'     => (int) $request->get_param( 'page' ),
				'per_page' => (int) $request->get_param( 'per_page' ),
			)
		);
		return $this->paginate( rest_ensure_response( $result['items'] ), $result['total'], $result['pages'] );
	}

	/**
	 * Invites a graduate to share their story.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function invite( $request ) {
		$unknown = $this->reject_unknown( $request, array( 'application_id' ) );
		if ( is_wp_error( $unknown ) ) {
			return $unknown;
		}
		$id     = (int) $request->get_param( 'application_id' );
		$queued = Stories::invite( $id );
		if ( is_wp_error( $queued ) ) {
			return $queued;
		}
		return rest_ensure_response(
			array(
				'application_id' => $id,
				'queued'         => $queued > 0,
				'invited_at'     => (string) get_post_meta( $id, Stories::INVITED_META, true ),
				'share_url'      => Stories::share_url( $id ),
			)
		);
	}

	/**
	 * What a graduate gets back after sending a story.
	 *
	 * @since 0.2.0
	 *
	 * @return array<string, mixed>
	 */
	public function get_draft_schema(): array {
		return self::complete_schema(
			'mentorship-story-draft',
			array(
				'id'      => array( 'type' => 'integer' ),
				'status'  => array( 'type' => 'string' ),
				'title'   => array( 'type' => 'string' ),
				'message' => array( 'type' => 'string' ),
			)
		);
	}

	/**
	 * One graduate without a story, as the list answers it.
	 *
	 * @since 0.2.0
	 *
	 * @return array<string, mixed>
	 */
	public function get_graduate_schema(): array {
		return self::complete_schema(
			'mentorship-graduate',
			array(
				'id'          => array( 'type' => 'integer' ),
				'type'        => self::string_enum( Stages::types() ),
				'name'        => array( 'type' => 'string' ),
				'stage'       => self::string_enum( Stages::all_stages() ),
				'stage_label' => array( 'type' => 'string' ),
				'cohort'      => array(
					'type'       => array( 'object', 'null' ),
					'properties' => self::id_and_name(),
				),
				'teams'       => self::array_of( array( 'type' => 'string' ) ),
				'placed_team' => array( 'type' => 'string' ),
				'has_account' => array( 'type' => 'boolean' ),
				'invited_at'  => array(
					'description' => __( 'When the graduate was last invited, or empty.', 'mentorship-program' ),
					'type'        => 'string',
				),
			)
		);
	}

	/**
	 * What an invitation answers.
	 *
	 * @since 0.2.0
	 *
	 * @return array<string, mixed>
	 */
	public function get_invite_schema(): array {
		return self::complete_schema(
			'mentorship-story-invitation',
			array(
				'application_id' => array( 'type' => 'integer' ),
				'queued'         => array( 'type' => 'boolean' ),
				'invited_at'     => array( 'type' => 'string' ),
				'share_url'      => array(
					'type'   => 'string',
					'format' => 'uri',
				),
			)
		);
	}

	/**
	 * Shapes a story for the list; the one place that decides what a story row holds.
	 *
	 * @param array<string, mixed> $item    Story from the service.
	 * @param WP_REST_Request      $request Request.
	 * @return WP_REST_Response
	 */
	public function prepare_item_for_response( $item, $request ) {
		$data = $this->filter_response_by_context( (array) $item, 'view' );
		if ( ! current_user_can( 'mentorship_review' ) ) {
			unset( $data['participant_id'] );
		}
		unset( $request );
		return rest_ensure_response( $data );
	}

	/**
	 * Schema of a story row.
	 *
	 * @return array<string, mixed>
	 */
	public function get_item_schema(): array {
		if ( $this->schema ) {
			return Contract::closed( $this->add_additional_fields_schema( $this->schema ) );
		}
		$term         = array(
			'type'       => 'object',
			'properties' => array(
				'id'   => array( 'type' => 'integer' ),
				'slug' => array( 'type' => 'string' ),
				'name' => array( 'type' => 'string' ),
			),
		);
		$this->schema = self::object_schema(
			'mentorship-story',
			array(
				'id'                => array(
					'type'     => 'integer',
					'context'  => array( 'view' ),
					'readonly' => true,
				),
				'title'             => array(
					'type'    => 'string',
					'context' => array( 'view' ),
				),
				'status'            => array(
					'type'    => 'string',
					'enum'    => array( 'pending', 'publish', 'draft', 'future', 'private' ),
					'context' => array( 'view' ),
				),
				'link'              => array(
					'type'    => 'string',
					'format'  => 'uri',
					'context' => array( 'view' ),
				),
				'edit_link'         => array(
					'type'    => 'string',
					'context' => array( 'view' ),
				),
				'author'            => array(
					'type'       => 'object',
					'context'    => array( 'view' ),
					'properties' => self::id_and_name(),
				),
				'contributor_name'  => array(
					'type'    => 'string',
					'context' => array( 'view' ),
				),
				'wporg_username'    => array(
					'type'    => 'string',
					'context' => array( 'view' ),
				),
				'program_role'      => array(
					'type'    => 'string',
					'enum'    => Story_Post_Type::ROLES,
					'context' => array( 'view' ),
				),
				'consent_confirmed' => array(
					'type'    => 'boolean',
					'context' => array( 'view' ),
				),
				'teams'             => array(
					'type'    => 'array',
					'items'   => $term,
					'context' => array( 'view' ),
				),
				'cohort'            => array(
					'type'       => array( 'object', 'null' ),
					'context'    => array( 'view' ),
					'properties' => self::id_and_name(),
				),
				'participant_id'    => array(
					'type'        => 'integer',
					'description' => __( 'Linked application; reviewers only.', 'mentorship-program' ),
					'context'     => array( 'view' ),
				),
				'date'              => self::date_time() + array( 'context' => array( 'view' ) ),
				'modified'          => self::date_time() + array( 'context' => array( 'view' ) ),
			)
		);
		return Contract::closed( $this->add_additional_fields_schema( $this->schema ) );
	}
}
