<?php
/**
 * Shared base for the mentorship/v1 controllers.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\REST;

defined( 'ABSPATH' ) || exit;

use Mentorship_Program\Support\Field_Errors;
use WP_Error;
use WP_REST_Controller;
use WP_REST_Request;
use WP_REST_Server;

/**
 * Namespace, permission helpers and strict parameter checks.
 *
 * @since 0.1.0
 */
abstract class Controller extends WP_REST_Controller {

	use Schema_Shapes;

	/**
	 * Route namespace.
	 *
	 * @var string
	 */
	protected $namespace = 'mentorship/v1';

	/**
	 * The controller's routes, read by register_routes().
	 *
	 * Path below the namespace => its endpoints, each as
	 * HTTP methods => array( handler method, permission check method[, args[, more endpoint options]] ),
	 * plus, when the route has them, 'args' shared by its endpoints and its 'schema'
	 * (a method of the controller or a callable).
	 *
	 * @since 0.3.0
	 *
	 * @return array<string, array<string, mixed>>
	 */
	protected function routes(): array {
		return array();
	}

	/**
	 * Registers the routes the controller declares in routes(), through core's register_rest_route().
	 *
	 * @since 0.3.0
	 */
	public function register_routes(): void {
		foreach ( $this->routes() as $path => $route ) {
			$options = array();
			foreach ( $route as $methods => $endpoint ) {
				if ( 'args' === $methods ) {
					$options['args'] = $endpoint;
				} elseif ( 'schema' === $methods ) {
					$options['schema'] = is_string( $endpoint ) ? array( $this, $endpoint ) : $endpoint;
				} else {
					$options[] = array_merge(
						array(
							'methods'             => $methods,
							'callback'            => array( $this, $endpoint[0] ),
							'permission_callback' => array( $this, $endpoint[1] ),
						),
						isset( $endpoint[2] ) ? array( 'args' => $endpoint[2] ) : array(),
						$endpoint[3] ?? array()
					);
				}
			}
			register_rest_route( $this->namespace, $path, $options );
		}
	}

	/**
	 * The route argument of a numeric ID in the path.
	 *
	 * @since 0.3.0
	 *
	 * @param string $description What the ID names.
	 * @return array<string, array<string, string>>
	 */
	protected static function id_arg( string $description ): array {
		return array(
			'id' => array(
				'type'        => 'integer',
				'description' => $description,
			),
		);
	}

	/**
	 * The arguments of an edit that is based on a revision of the record: the item
	 * schema's editable fields, the revision (an older one is refused with 409), and
	 * any more the route takes.
	 *
	 * @since 0.3.0
	 *
	 * @param bool                                $required Whether an edit must name its revision.
	 * @param array<string, array<string, mixed>> $more     More arguments.
	 * @return array<string, array<string, mixed>>
	 */
	protected function revision_edit_args( bool $required, array $more = array() ): array {
		$revision = array(
			'type'    => 'integer',
			'minimum' => 1,
		);
		if ( $required ) {
			$revision['required'] = true;
		}
		$revision['description'] = __( 'The revision the edit is based on; an older one is refused with 409.', 'mentorship-program' );
		return array_merge( $this->get_endpoint_args_for_item_schema( WP_REST_Server::EDITABLE ), $more, array( 'revision' => $revision ) );
	}

	/**
	 * A permission error with the right status for the current user.
	 *
	 * @param string $message Message.
	 * @return WP_Error
	 */
	protected function forbidden( string $message = '' ): WP_Error {
		return new WP_Error(
			'rest_forbidden',
			'' !== $message ? $message : __( 'Sorry, you are not allowed to do that.', 'mentorship-program' ),
			array( 'status' => rest_authorization_required_code() )
		);
	}

	/**
	 * Checks a capability, answering 401 for visitors and 403 for users without it.
	 *
	 * @param string $cap Capability.
	 * @return true|WP_Error
	 */
	protected function require_cap( string $cap ) {
		return current_user_can( $cap ) ? true : $this->forbidden();
	}

	/**
	 * Everyone who may open the admin app (mentorship_view_app).
	 *
	 * The checks of the plugin's capabilities that routes share, named in routes().
	 *
	 * @since 0.3.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return true|WP_Error
	 */
	public function view_app_permissions_check( $request ) {
		unset( $request );
		return $this->require_cap( 'mentorship_view_app' );
	}

	/**
	 * Reviewers and coordinators (mentorship_review).
	 *
	 * @since 0.3.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return true|WP_Error
	 */
	public function review_permissions_check( $request ) {
		unset( $request );
		return $this->require_cap( 'mentorship_review' );
	}

	/**
	 * Coordinators who run cohorts (mentorship_manage_cohorts).
	 *
	 * @since 0.3.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return true|WP_Error
	 */
	public function manage_cohorts_permissions_check( $request ) {
		unset( $request );
		return $this->require_cap( 'mentorship_manage_cohorts' );
	}

	/**
	 * Those who manage the program's settings (mentorship_manage_settings).
	 *
	 * @since 0.3.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return true|WP_Error
	 */
	public function manage_settings_permissions_check( $request ) {
		unset( $request );
		return $this->require_cap( 'mentorship_manage_settings' );
	}

	/**
	 * Refuses parameters the route does not know (write routes only).
	 *
	 * Keys that start with an underscore are WordPress's own (_locale, _wpnonce, _fields).
	 *
	 * @param WP_REST_Request $request Request.
	 * @param string[]        $known   Known keys.
	 * @param string[]        $ignored Keys that are accepted and ignored.
	 * @return true|WP_Error
	 */
	protected function reject_unknown( WP_REST_Request $request, array $known, array $ignored = array() ) {
		$given   = array_merge( array_keys( (array) $request->get_json_params() ), array_keys( (array) $request->get_body_params() ) );
		$unknown = Field_Errors::unknown( array_unique( $given ), array_merge( $known, $ignored ) );
		if ( ! $unknown ) {
			return true;
		}
		return Field_Errors::error( $unknown );
	}

	/**
	 * The values of those fields that the request carries, in the order of the fields.
	 *
	 * @since 0.3.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @param string[]        $fields  Fields.
	 * @return array<string, mixed> Field => value.
	 */
	protected function given( WP_REST_Request $request, array $fields ): array {
		$values = array();
		foreach ( $fields as $field ) {
			if ( $request->has_param( $field ) ) {
				$values[ $field ] = $request->get_param( $field );
			}
		}
		return $values;
	}

	/**
	 * The page and per_page arguments of a paged list (20 a page, at most 100).
	 *
	 * @since 0.3.0
	 *
	 * @return array<string, array<string, mixed>>
	 */
	protected static function paging_args(): array {
		return array(
			'page'     => array(
				'type'    => 'integer',
				'default' => 1,
				'minimum' => 1,
			),
			'per_page' => array(
				'type'    => 'integer',
				'default' => 20,
				'minimum' => 1,
				'maximum' => 100,
			),
		);
	}

	/**
	 * Pagination headers on a response.
	 *
	 * @param \WP_REST_Response $response Response.
	 * @param int               $total    Total items.
	 * @param int               $pages    Total pages.
	 * @return \WP_REST_Response
	 */
	protected function paginate( \WP_REST_Response $response, int $total, int $pages ): \WP_REST_Response {
		$response->header( 'X-WP-Total', (string) $total );
		$response->header( 'X-WP-TotalPages', (string) $pages );
		return $response;
	}
}
