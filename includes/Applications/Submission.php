<?php
/**
 * Submitting an application: every rule, in one place, with no HTTP in it.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Applications;

defined( 'ABSPATH' ) || exit;

use Mentorship_Program\Applications\Applications;
use Mentorship_Program\Applications\Audit_Trail;
use Mentorship_Program\Cohorts\Cohorts;
use Mentorship_Program\Applications\Event_Codes;
use Mentorship_Program\Applications\Fields;
use Mentorship_Program\Settings\Settings;
use Mentorship_Program\Applications\Stages;
use Mentorship_Program\Security\Form_Token;
use Mentorship_Program\Security\Rate_Limiter;
use Mentorship_Program\Support\Field_Errors;
use WP_Error;

/**
 * Checks and stores one application. The REST route, the no-JavaScript form, the CSV
 * import and the demo content all call submit(); the context says which guards apply.
 *
 * In order: the honeypot (a bot gets the same receipt, nothing is stored), the login
 * setting, a loose cap on attempts per network unless an event code is valid, the form
 * token, unknown fields, the type, every field at once (one error naming each bad
 * field), the cohort (open, unless the context accepts any), the per-network limit
 * (which a valid event code with uses left lifts) and the per-address limit, then
 * Applications::create(), which claims the address and the person's one role in the
 * cohort in the same transaction as the post.
 *
 * A refusal is a WP_Error with a domain code and data `status` (the HTTP status the
 * REST route answers) and, when a field is to blame, `params` (field => message).
 *
 * @since 0.2.0
 */
final class Submission {

	/**
	 * The honeypot field: hidden from people, filled by bots.
	 */
	public const HONEYPOT = 'website';

	/**
	 * Applications one e-mail address may send per hour, from any network.
	 */
	public const PER_EMAIL = 5;

	/**
	 * Keys a client may send besides the fields.
	 */
	public const KEYS = array( 'type', 'cohort', 'token', self::HONEYPOT, 'event_code' );

	/**
	 * Fields a client may send but the server owns; they are ignored.
	 */
	public const SERVER_OWNED = array( 'id', 'stage', 'status', 'mentor', 'mentor_id', 'rating', 'assignment', 'user_id', 'consent', 'consent_texts', 'created', 'modified', 'placed_team' );

	/**
	 * Checks an application and stores it.
	 *
	 * @since 0.2.0
	 *
	 * @param string               $type mentee or mentor, as asked for.
	 * @param array<string, mixed> $raw  Everything sent: field values by name, and cohort, token, website, event_code.
	 * @param Submission_Context   $who  Who submits, so which guards apply.
	 * @return Submitted|WP_Error
	 */
	public static function submit( string $type, array $raw, Submission_Context $who ): Submitted|WP_Error {
		$event = null;
		if ( $who->guarded ) {
			// Bots fill the hidden field: they get a quiet success, the same answer a
			// person gets, and nothing is stored.
			if ( isset( $raw[ self::HONEYPOT ] ) && '' !== trim( (string) ( is_scalar( $raw[ self::HONEYPOT ] ) ? $raw[ self::HONEYPOT ] : 'x' ) ) ) {
				return new Submitted( 'mentor' === $type ? 'mentor' : 'mentee', null );
			}
			if ( Settings::get( 'require_login' ) && ! $who->user_id ) {
				return new WP_Error( 'mentorship_login_required', __( 'Please log in to apply.', 'mentorship-program' ), array( 'status' => 401 ) );
			}
			// Attempts of any kind count against a loose cap before the form token is
			// looked at, so floods with a bad or missing token are limited too; stored
			// applications are capped by the site's setting further down, so a person
			// correcting typos is not locked out. A valid event code lifts both network
			// caps: a contributor day puts a room behind one address.
			$event = is_string( $raw['event_code'] ?? null ) ? Event_Codes::valid( $raw['event_code'] ) : null;
			if ( ! $event && ! Rate_Limiter::hit( 'apply-attempt', $who->ip, 10 * max( 1, (int) Settings::get( 'rate_limit_count' ) ) ) ) {
				return self::rate_limited();
			}
			if ( ! is_string( $raw['token'] ?? null ) || ! Form_Token::verify( $raw['token'] ) ) {
				return new WP_Error(
					'mentorship_invalid_token',
					__( 'This form has expired. Please reload the page and submit again.', 'mentorship-program' ),
					array(
						'status' => 403,
						'params' => array(
							'token' => __(
								'The form token is missing or expired.',
								'mentorship-program'
							),
						),
					)
				);
			}
		}

		$unknown = self::unknown_fields( $raw );
		if ( $unknown ) {
			return Field_Errors::error( $unknown );
		}
		if ( ! in_array( $type, Stages::types(), true ) ) {
			return Field_Errors::error( array( 'type' => __( 'Type must be mentee or mentor.', 'mentorship-program' ) ) );
		}

		$hidden = (array) Settings::get( 'hidden_fields' );
		$values = self::with_user_defaults( array_intersect_key( $raw, Fields::definitions() ), $who->user_id );
		$errors = Field_Errors::of_schema( $values, array_map( array( Fields::class, 'json_schema' ), Fields::definitions() ) );
		if ( isset( $raw['cohort'] ) && ( ! is_numeric( $raw['cohort'] ) || (int) $raw['cohort'] < 1 ) ) {
			$errors['cohort'] = __( 'Cohort must be a cohort ID.', 'mentorship-program' );
		}
		if ( isset( $raw['event_code'] ) && ( ! is_string( $raw['event_code'] ) || mb_strlen( $raw['event_code'] ) > Event_Codes::MAX_LENGTH ) ) {
			/* translators: %d: the longest code allowed. */
			$errors['event_code'] = sprintf( __( 'The event code is at most %d characters.', 'mentorship-program' ), Event_Codes::MAX_LENGTH );
		}
		// Every problem in one answer: type errors first, then what the rules of the form say.
		$values  = Fields::sanitize( array_diff_key( $values, $errors ) );
		$errors += Fields::validate( $type, $values, $hidden, true );
		if ( $errors ) {
			return Field_Errors::error( $errors );
		}
		// Within one import, a second row for the same address is refused before the
		// database would refuse it, with words that point at the spreadsheet.
		if ( $who->batch && ! $who->take( $type, (string) $values['email'] ) ) {
			return Field_Errors::error( array( 'email' => __( 'This e-mail address is on an earlier row already.', 'mentorship-program' ) ) );
		}

		$cohort = self::cohort( $raw, $who );
		if ( $cohort instanceof WP_Error ) {
			return $cohort;
		}
		$values = array_intersect_key( $values, Fields::for_type( $type, $hidden ) );
		if ( $who->dry_run ) {
			return new Submitted( $type, null, $values );
		}

		if ( $who->guarded ) {
			// A code with uses left stands in for the network's limit; a used-up code does not.
			if ( ! ( $event && Event_Codes::use( (string) $event['code'] ) ) && ! Rate_Limiter::hit( 'apply', $who->ip ) ) {
				return self::rate_limited();
			}
			// Per address, whatever the network: nobody's mailbox is flooded with confirmations.
			if ( ! Rate_Limiter::hit( 'apply-email', strtolower( (string) $values['email'] ), self::PER_EMAIL, HOUR_IN_SECONDS ) ) {
				return self::rate_limited();
			}
		}

		// Only the mailbox proves an address: a visitor's application waits for its
		// link to be opened, and meanwhile blocks nobody. A logged-in user applying with
		// their account's own address has shown it already.
		$confirmed = $who->confirmed;
		if ( null === $confirmed ) {
			$user      = $who->user_id ? get_userdata( $who->user_id ) : false;
			$confirmed = $user && strtolower( (string) $user->user_email ) === strtolower( (string) $values['email'] );
		}
		$application = Applications::create( $type, $values, (int) $cohort['id'], $who->user_id, array( 'confirmed' => $confirmed ) );
		if ( is_wp_error( $application ) ) {
			return $application;
		}
		return new Submitted( $type, $application, $values );
	}

	/**
	 * Edits a stored application's answers and/or moves it to another cohort, with the
	 * rules of the form that still apply to an edit: unknown keys refused, each value
	 * checked, a required answer not blanked, the e-mail address (which identifies the
	 * application) unchanged, the one-application-per-cohort claims kept by the move.
	 * Consents are the applicant's own and cannot be edited; hidden fields can.
	 *
	 * @since 0.2.0
	 *
	 * @param int                  $id  Application.
	 * @param array<string, mixed> $raw Field values by name, and cohort.
	 * @return array<string, mixed>|WP_Error The updated application.
	 */
	public static function update( int $id, array $raw ): array|WP_Error {
		$application = Applications::get( $id );
		if ( ! $application ) {
			return Applications::not_found();
		}
		$unknown = Field_Errors::unknown( array_keys( $raw ), array_merge( array( 'id' ), self::editable() ) );
		if ( $unknown ) {
			return Field_Errors::error( $unknown );
		}
		$type   = (string) $application['type'];
		$values = Fields::sanitize( array_intersect_key( $raw, Fields::definitions() ) );
		$errors = Fields::validate( $type, $values, array(), false );
		foreach ( array_intersect_key( $values, Fields::for_type( $type ) ) as $name => $value ) {
			$field = Fields::definitions()[ $name ];
			if ( in_array( $type, $field['required'] ?? array(), true ) && ( '' === $value || array() === $value ) ) {
				/* translators: %s: field label. */
				$errors[ $name ] = sprintf( __( '%s is required.', 'mentorship-program' ), $field['label'] );
			}
		}
		// Refused before anything is written, so a refused edit moves nothing either.
		if ( ! isset( $errors['email'] ) && isset( $values['email'] ) && strtolower( (string) $values['email'] ) !== $application['fields']['email'] ) {
			$errors['email'] = __( 'The e-mail address identifies the application and cannot be changed. Ask the person to withdraw and apply again.', 'mentorship-program' );
		}
		if ( $errors ) {
			return Field_Errors::error( $errors );
		}
		if ( isset( $raw['cohort'] ) && (int) $raw['cohort'] !== $application['cohort'] ) {
			$moved = Applications::move_to_cohort( $id, (int) $raw['cohort'] );
			if ( is_wp_error( $moved ) ) {
				return $moved;
			}
		}
		if ( $values ) {
			try {
				Applications::write_fields( $id, $values );
			} catch ( \Throwable $e ) {
				return new WP_Error( 'mentorship_store_failed', $e->getMessage(), array( 'status' => 500 ) );
			}
			Audit_Trail::record( $id, 'edit', '', '', implode( ', ', array_keys( $values ) ) );
		}
		$updated = Applications::get( $id );
		return $updated ? $updated : Applications::not_found();
	}

	/**
	 * Keys an edit may carry: the cohort and every field but the consents.
	 *
	 * @since 0.2.0
	 *
	 * @return string[]
	 */
	public static function editable(): array {
		return array_merge( array( 'cohort' ), array_values( array_diff( array_keys( Fields::definitions() ), array( 'consent_coc', 'consent_privacy' ) ) ) );
	}

	/**
	 * The values of the fields a type uses on this site: for callers that hold more
	 * than one form's answers (a spreadsheet with mentors' and mentees' columns, demo
	 * people written before a site hid a field), which are not the applicant's errors.
	 *
	 * @since 0.2.0
	 *
	 * @param string               $type   mentee or mentor.
	 * @param array<string, mixed> $values Field values.
	 * @return array<string, mixed>
	 */
	public static function applicable( string $type, array $values ): array {
		return array_intersect_key( $values, Fields::for_type( $type, (array) Settings::get( 'hidden_fields' ) ) );
	}

	/**
	 * Keys that are neither a field nor one of KEYS; server-owned keys and WordPress's
	 * own (starting with an underscore: _locale, _wpnonce, _fields) are ignored.
	 *
	 * @param array<string, mixed> $raw What was sent.
	 * @return array<string, string> Field => message.
	 */
	private static function unknown_fields( array $raw ): array {
		return Field_Errors::unknown( array_keys( $raw ), array_merge( array_keys( Fields::definitions() ), self::KEYS, self::SERVER_OWNED ) );
	}

	/**
	 * A signed-in applicant's name and address stand in for the ones left blank.
	 *
	 * @param array<string, mixed> $values  Field values.
	 * @param int                  $user_id User, or 0.
	 * @return array<string, mixed>
	 */
	private static function with_user_defaults( array $values, int $user_id ): array {
		$user = $user_id ? get_userdata( $user_id ) : false;
		if ( $user ) {
			$values['name']  = ( isset( $values['name'] ) && '' !== $values['name'] ) ? $values['name'] : $user->display_name;
			$values['email'] = ( isset( $values['email'] ) && '' !== $values['email'] ) ? $values['email'] : $user->user_email;
		}
		return $values;
	}

	/**
	 * The cohort to apply to: the context's, the one asked for, or the open one; it
	 * must be open unless the context accepts any.
	 *
	 * @param array<string, mixed> $raw What was sent.
	 * @param Submission_Context   $who Who submits.
	 * @return array<string, mixed>|WP_Error
	 */
	private static function cohort( array $raw, Submission_Context $who ): array|WP_Error {
		$asked = $who->cohort_id ? $who->cohort_id : (int) ( $raw['cohort'] ?? 0 );
		if ( $asked ) {
			$cohort = Cohorts::get( $asked );
			if ( ! $cohort ) {
				return new WP_Error(
					'mentorship_cohort_not_found',
					__( 'That cohort does not exist.', 'mentorship-program' ),
					array(
						'status' => 404,
						'params' => array(
							'cohort' => __(
								'That cohort does not exist.',
								'mentorship-program'
							),
						),
					)
				);
			}
		} else {
			$cohort = Cohorts::current_open();
		}
		if ( $cohort && ( $who->any_cohort || Cohorts::is_open( $cohort ) ) ) {
			return $cohort;
		}
		$next    = Cohorts::next_upcoming();
		$message = $next && $next['opens_at']
			/* translators: %s: date applications open. */
			? sprintf( __( 'Applications are closed. The next call opens on %s.', 'mentorship-program' ), wp_date( get_option( 'date_format' ), (int) strtotime( (string) $next['opens_at'] ) ) )
			: __( 'Applications are closed at the moment.', 'mentorship-program' );
		return new WP_Error(
			'mentorship_cohort_closed',
			$message,
			array(
				'status' => 403,
				'params' => array( 'cohort' => $message ),
			)
		);
	}

	/**
	 * Too many applications from one network or for one address.
	 *
	 * @return WP_Error Status 429; Rate_Limiter::retry_after() says when to try again.
	 */
	private static function rate_limited(): WP_Error {
		return new WP_Error( 'mentorship_rate_limited', __( 'Too many applications from your network. Please wait a few minutes and try again.', 'mentorship-program' ), array( 'status' => 429 ) );
	}
}
