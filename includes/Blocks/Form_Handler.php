<?php
/**
 * The application form without JavaScript: a plain POST to the page that shows it.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Blocks;

defined( 'ABSPATH' ) || exit;

use Mentorship_Program\Applications\Submission;
use Mentorship_Program\Applications\Submission_Context;
use Mentorship_Program\Applications\Submitted;
use Mentorship_Program\Applications\Fields;
use Mentorship_Program\Settings\Settings;
use Mentorship_Program\Support\Posted_Form;

/**
 * Hands a posted application form to Submission, the one place that checks and stores
 * applications (the REST route calls it too), and keeps the answer for the form block
 * to show in the same response.
 *
 * @since 0.1.0
 */
final class Form_Handler {

	/**
	 * Value of the hidden mentorship_action field the form posts.
	 */
	public const ACTION = 'apply';

	/**
	 * Nonce action for logged-in applicants (visitors rely on the form token).
	 */
	public const NONCE_ACTION = 'mentorship_apply';

	/**
	 * Most availability rows read from a post.
	 */
	private const MAX_SLOTS = 21;

	/**
	 * Adds hooks.
	 *
	 * @since 0.1.0
	 */
	public function register(): void {
		add_action( 'template_redirect', array( $this, 'handle' ), 5 );
	}

	/**
	 * Submits a posted application form, if this request carries one.
	 *
	 * @since 0.1.0
	 */
	public function handle(): void {
		// The public form works on cached pages: Submission checks its signed token, honeypot and rate limit; submit() checks a nonce for logged-in users.
		Posted_Form::answer( self::class, array( self::ACTION ), array( self::class, 'submit' ) );
	}

	/**
	 * Submits posted form fields and describes the outcome.
	 *
	 * @since 0.1.0
	 *
	 * @param array<string, mixed> $post Unslashed $_POST: answers in mentorship[field], and type, token, website, cohort.
	 * @return array{type: string, ok: bool, status: int, message: string, errors: array<string, string>, receipt: array<string, mixed>, values: array<string, mixed>}
	 */
	public static function submit( array $post ): array {
		$type   = ( isset( $post['type'] ) && 'mentor' === $post['type'] ) ? 'mentor' : 'mentee';
		$values = self::values_from_post( $type, isset( $post['mentorship'] ) && is_array( $post['mentorship'] ) ? $post['mentorship'] : array() );
		$result = array(
			'type'    => $type,
			'ok'      => false,
			'status'  => 0,
			'message' => '',
			'errors'  => array(),
			'receipt' => array(),
			'values'  => $values,
		);

		// A logged-in user's session must not be used to apply on their behalf from elsewhere.
		if ( is_user_logged_in() ) {
			$nonce = isset( $post['mentorship_nonce'] ) && is_string( $post['mentorship_nonce'] ) ? $post['mentorship_nonce'] : '';
			if ( ! wp_verify_nonce( $nonce, self::NONCE_ACTION ) ) {
				$result['status']  = 403;
				$result['message'] = __( 'Your session has expired. Please reload the page and submit again.', 'mentorship-program' );
				return $result;
			}
		}

		$params = $values;
		foreach ( array( 'token', 'website', 'event_code' ) as $key ) {
			$params[ $key ] = isset( $post[ $key ] ) && is_scalar( $post[ $key ] ) ? (string) $post[ $key ] : '';
		}
		$params['type'] = $type;
		if ( isset( $post['cohort'] ) && is_scalar( $post['cohort'] ) && (int) $post['cohort'] > 0 ) {
			$params['cohort'] = (int) $post['cohort'];
		}

		$outcome = Submission::submit( $type, $params, Submission_Context::visitor() );
		if ( $outcome instanceof Submitted ) {
			$receipt           = $outcome->receipt();
			$result['ok']      = true;
			$result['status']  = 201;
			$result['message'] = $receipt['message'];
			$result['receipt'] = array(
				'message'    => $receipt['message'],
				'next_steps' => $receipt['next_steps'],
				'status_url' => $receipt['status_url'],
			);
			return $result;
		}
		$data              = (array) $outcome->get_error_data();
		$result['status']  = (int) ( $data['status'] ?? 500 );
		$result['message'] = '' !== $outcome->get_error_message() ? $outcome->get_error_message() : __( 'Your application could not be sent. Please try again.', 'mentorship-program' );
		foreach ( (array) ( $data['params'] ?? array() ) as $field => $message ) {
			if ( is_string( $field ) && is_scalar( $message ) ) {
				$result['errors'][ $field ] = (string) $message;
			}
		}
		return $result;
	}

	/**
	 * Typed values of the fields a type uses, from a posted form: lists stay lists,
	 * checkboxes become booleans, whole numbers become integers, blank answers are left
	 * out so that the server's "is required" messages apply.
	 *
	 * @since 0.1.0
	 *
	 * @param string               $type    mentee or mentor.
	 * @param array<string, mixed> $answers Unslashed answers, by field name.
	 * @return array<string, mixed>
	 */
	public static function values_from_post( string $type, array $answers ): array {
		$values = array();
		foreach ( Fields::for_type( $type, (array) Settings::get( 'hidden_fields' ) ) as $name => $field ) {
			$raw = $answers[ $name ] ?? null;
			if ( 'availability' === $name ) {
				$slots = self::slots( $raw );
				if ( $slots ) {
					$values[ $name ] = $slots;
				}
				continue;
			}
			if ( 'contribution_links' === $name ) {
				$links = is_string( $raw ) ? preg_split( '/\R/', $raw ) : (array) $raw;
				$links = array_values( array_filter( array_map( static fn( $link ) => is_scalar( $link ) ? trim( (string) $link ) : '', (array) $links ) ) );
				if ( $links ) {
					$values[ $name ] = $links;
				}
				continue;
			}
			switch ( $field['type'] ) {
				case 'boolean':
					// An unticked box is not posted; what is posted is read by the route
					// with Fields::parse_boolean(), like any JSON client's answer.
					$values[ $name ] = $raw ?? false;
					break;
				case 'array':
					$list = array_values( array_filter( array_map( static fn( $item ) => is_scalar( $item ) ? trim( (string) $item ) : '', (array) $raw ), 'strlen' ) );
					if ( $list ) {
						$values[ $name ] = $list;
					}
					break;
				case 'integer':
					if ( is_scalar( $raw ) && '' !== trim( (string) $raw ) ) {
						$text            = trim( (string) $raw );
						$values[ $name ] = preg_match( '/^-?\d{1,9}$/', $text ) ? (int) $text : $text;
					}
					break;
				default:
					if ( is_array( $raw ) ) {
						// Not a string: let the server say so.
						$values[ $name ] = $raw;
					} elseif ( is_scalar( $raw ) && '' !== trim( (string) $raw ) ) {
						$values[ $name ] = trim( (string) $raw );
					}
			}
		}
		return $values;
	}

	/**
	 * Availability rows from availability[i][day|start|end]; rows left blank are skipped.
	 *
	 * @param mixed $raw Posted rows.
	 * @return array<int, array{day: int|string, start: string, end: string}>
	 */
	private static function slots( $raw ): array {
		if ( ! is_array( $raw ) ) {
			return array();
		}
		$slots = array();
		foreach ( array_slice( $raw, 0, self::MAX_SLOTS ) as $row ) {
			if ( ! is_array( $row ) ) {
				continue;
			}
			$day   = isset( $row['day'] ) && is_scalar( $row['day'] ) ? trim( (string) $row['day'] ) : '';
			$start = isset( $row['start'] ) && is_scalar( $row['start'] ) ? trim( (string) $row['start'] ) : '';
			$end   = isset( $row['end'] ) && is_scalar( $row['end'] ) ? trim( (string) $row['end'] ) : '';
			if ( '' === $day && '' === $start && '' === $end ) {
				continue;
			}
			$slots[] = array(
				'day'   => preg_match( '/^\d$/', $day ) ? (int) $day : $day,
				'start' => $start,
				'end'   => $end,
			);
		}
		return $slots;
	}

	/**
	 * The outcome of this request's submission for a type, or null.
	 *
	 * @since 0.1.0
	 *
	 * @param string $type mentee or mentor.
	 * @return array<string, mixed>|null
	 */
	public static function result( string $type ): ?array {
		$result = Posted_Form::kept( self::class );
		return ( $result && $type === $result['type'] ) ? $result : null;
	}

	/**
	 * Forgets the outcome (between tests, or after a page rendered it).
	 *
	 * @since 0.1.0
	 */
	public static function reset(): void {
		Posted_Form::forget( self::class );
	}
}
