<?php
/**
 * What a mentee and their mentor record toward graduation: the first-contribution link,
 * the mentor's confirmation, and whether each agrees to the mentor's name on the
 * mentee's certificate.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Graduation;

defined( 'ABSPATH' ) || exit;

use Mentorship_Program\Applications\Applications;
use Mentorship_Program\Applications\Audit_Trail;
use Mentorship_Program\Applications\Fields;
use Mentorship_Program\Cohorts\Assignments;
use Mentorship_Program\Mentorship\Access;
use Mentorship_Program\Mentorship\Mentor_Directory;
use Mentorship_Program\Support\Field_Errors;
use WP_Error;
use Mentorship_Program\Applications\Stages;

/**
 * Per-application fields (post meta) and who may change which of them:
 *
 * - contribution_link: the mentee, their mentor, coordinators (mentee records);
 * - mentor_confirmed: the mentor, coordinators (mentee records);
 * - name_on_certificate: the person themself only — on a mentee's record "show my
 *   mentor's name on my certificate", on a mentor's record "show my name on my
 *   mentees' certificates". The name appears only when both agreed.
 *
 * @since 0.3.0
 */
final class Progress {

	public const LINK_META      = Applications::META_PREFIX . 'contribution_link';
	public const CONFIRMED_META = Applications::META_PREFIX . 'mentor_confirmed';
	public const CONSENT_META   = Applications::META_PREFIX . 'certificate_name_consent';

	/**
	 * Fields clients may send.
	 */
	public const FIELDS = array( 'contribution_link', 'mentor_confirmed', 'name_on_certificate' );

	/**
	 * The longest link kept.
	 */
	public const MAX_LINK = 300;

	/**
	 * The fields of an application.
	 *
	 * @since 0.3.0
	 *
	 * @param int $application_id Mentee or mentor application.
	 * @return array{contribution_link: string, mentor_confirmed: bool, mentor_confirmed_at: string|null, mentor_confirmed_by: string, name_on_certificate: bool}
	 */
	public static function get( int $application_id ): array {
		$confirmed = get_post_meta( $application_id, self::CONFIRMED_META, true );
		$confirmed = is_array( $confirmed ) ? $confirmed : array();
		$user      = ! empty( $confirmed['user_id'] ) ? get_userdata( (int) $confirmed['user_id'] ) : false;
		return array(
			'contribution_link'   => (string) get_post_meta( $application_id, self::LINK_META, true ),
			'mentor_confirmed'    => ! empty( $confirmed['at'] ),
			'mentor_confirmed_at' => ! empty( $confirmed['at'] ) ? (string) $confirmed['at'] : null,
			'mentor_confirmed_by' => $user ? (string) $user->display_name : '',
			'name_on_certificate' => (bool) get_post_meta( $application_id, self::CONSENT_META, true ),
		);
	}

	/**
	 * Which fields a user may change on an application.
	 *
	 * @since 0.3.0
	 *
	 * @param int                  $user_id     User.
	 * @param array<string, mixed> $application Application.
	 * @return string[]
	 */
	public static function writable_by( int $user_id, array $application ): array {
		if ( ! $user_id ) {
			return array();
		}
		$id = (int) $application['id'];
		if ( 'mentor' === $application['type'] ) {
			return in_array( $id, Mentor_Directory::mentor_records( $user_id ), true ) ? array( 'name_on_certificate' ) : array();
		}
		$mentee = Access::running_mentee( $id );
		if ( ! $mentee ) {
			return array();
		}
		$fields = array();
		if ( Access::is_coordinator( $user_id ) || self::mentoring_now( $user_id, $mentee ) ) {
			$fields = array( 'contribution_link', 'mentor_confirmed' );
		}
		if ( Access::is_own( $user_id, $id ) ) {
			$fields[] = 'contribution_link';
			$fields[] = 'name_on_certificate';
		}
		return array_values( array_unique( $fields ) );
	}

	/**
	 * Whether a user may read an application's graduation record.
	 *
	 * @since 0.3.0
	 *
	 * @param int $user_id        User.
	 * @param int $application_id Application.
	 * @return bool
	 */
	public static function can_read( int $user_id, int $application_id ): bool {
		if ( ! $user_id ) {
			return false;
		}
		// Reviewers move applications, graduation included, so they see the criteria too.
		if ( Access::is_coordinator( $user_id ) || user_can( $user_id, 'mentorship_review' ) ) {
			return true;
		}
		if ( in_array( $application_id, Mentor_Directory::mentor_records( $user_id ), true ) ) {
			return true;
		}
		$mentee = Access::running_mentee( $application_id );
		return $mentee && ( self::mentoring_now( $user_id, $mentee ) || Access::is_own( $user_id, $application_id ) );
	}

	/**
	 * Whether the user mentors this mentee now: once the mentee has graduated (or been
	 * placed) the mentorship is over, and their mentor no longer reads their record.
	 *
	 * @since 0.3.0
	 *
	 * @param int                  $user_id User.
	 * @param array<string, mixed> $mentee  Mentee application.
	 * @return bool
	 */
	private static function mentoring_now( int $user_id, array $mentee ): bool {
		return in_array( $mentee['stage'], Stages::RUNNING['mentee'], true ) && Access::mentors( $user_id, (int) $mentee['id'] );
	}

	/**
	 * Changes some fields: every value is checked, and each field the user may not
	 * change is refused, before anything is stored.
	 *
	 * @since 0.3.0
	 *
	 * @param int                  $application_id Application.
	 * @param array<string, mixed> $values         Some of FIELDS.
	 * @param int                  $user_id        Who changes them.
	 * @return array<string, mixed>|WP_Error The fields after the change.
	 */
	public static function update( int $application_id, array $values, int $user_id ) {
		$application = Applications::get( $application_id );
		if ( ! $application ) {
			return Applications::not_found();
		}
		$writable  = self::writable_by( $user_id, $application );
		$forbidden = array();
		$errors    = array();
		$clean     = array();
		foreach ( $values as $key => $value ) {
			if ( ! in_array( $key, self::FIELDS, true ) ) {
				$errors[ $key ] = __( 'This field is not accepted here.', 'mentorship-program' );
				continue;
			}
			if ( ! in_array( $key, $writable, true ) ) {
				$forbidden[ $key ] = 'name_on_certificate' === $key
					? __( 'Only the person themself can agree to this.', 'mentorship-program' )
					: __( 'You cannot change this field.', 'mentorship-program' );
				continue;
			}
			if ( 'contribution_link' === $key ) {
				$link = is_string( $value ) ? trim( $value ) : null;
				if ( null === $link || strlen( $link ) > self::MAX_LINK || ( '' !== $link && ( ! preg_match( '#^https?://[^\s/$.?\#][^\s]*$#i', $link ) || esc_url_raw( $link, array( 'http', 'https' ) ) !== $link ) ) ) {
					/* translators: %d: maximum length. */
					$errors[ $key ] = sprintf( __( 'Give the contribution as a web address starting with https:// (at most %d characters).', 'mentorship-program' ), self::MAX_LINK );
					continue;
				}
				$clean[ $key ] = $link;
				continue;
			}
			$flag = Fields::parse_boolean( $value );
			if ( null === $flag ) {
				$errors[ $key ] = Fields::boolean_error( (string) $key );
				continue;
			}
			$clean[ $key ] = $flag;
		}
		if ( $forbidden ) {
			return new WP_Error(
				'rest_forbidden',
				/* translators: %s: comma-separated field names. */
				sprintf( __( 'You cannot change: %s', 'mentorship-program' ), implode( ', ', array_keys( $forbidden ) ) ),
				array(
					'status' => $user_id ? 403 : 401,
					'params' => $forbidden,
				)
			);
		}
		if ( $errors ) {
			return Field_Errors::error( $errors );
		}
		$before = self::get( $application_id );
		if ( array_key_exists( 'contribution_link', $clean ) ) {
			if ( '' === $clean['contribution_link'] ) {
				delete_post_meta( $application_id, self::LINK_META );
			} else {
				update_post_meta( $application_id, self::LINK_META, wp_slash( $clean['contribution_link'] ) );
			}
			if ( $before['contribution_link'] !== $clean['contribution_link'] ) {
				Audit_Trail::record( $application_id, 'graduation', 'contribution_link', '' === $clean['contribution_link'] ? 'removed' : 'given', '', null, $user_id );
			}
		}
		if ( array_key_exists( 'mentor_confirmed', $clean ) && $before['mentor_confirmed'] !== $clean['mentor_confirmed'] ) {
			if ( $clean['mentor_confirmed'] ) {
				update_post_meta(
					$application_id,
					self::CONFIRMED_META,
					array(
						'at'      => gmdate( 'Y-m-d\TH:i:s\Z' ),
						'user_id' => $user_id,
					)
				);
			} else {
				delete_post_meta( $application_id, self::CONFIRMED_META );
			}
			Audit_Trail::record( $application_id, 'graduation', 'mentor_confirmed', $clean['mentor_confirmed'] ? 'yes' : 'no', '', null, $user_id );
		}
		if ( array_key_exists( 'name_on_certificate', $clean ) ) {
			if ( $clean['name_on_certificate'] ) {
				update_post_meta( $application_id, self::CONSENT_META, gmdate( 'Y-m-d\TH:i:s\Z' ) );
			} else {
				delete_post_meta( $application_id, self::CONSENT_META );
			}
		}
		return self::get( $application_id );
	}

	/**
	 * Whether the mentor's name may appear on a mentee's certificate: both agreed.
	 *
	 * @since 0.3.0
	 *
	 * @param int $mentee_id Mentee application.
	 * @return int The mentor application whose name may be shown, or 0.
	 */
	public static function named_mentor( int $mentee_id ): int {
		$mentor_id = Assignments::mentor_of( $mentee_id );
		if ( ! $mentor_id ) {
			return 0;
		}
		return get_post_meta( $mentee_id, self::CONSENT_META, true ) && get_post_meta( $mentor_id, self::CONSENT_META, true ) ? $mentor_id : 0;
	}

	/**
	 * Removes every field of an application (privacy eraser).
	 *
	 * @since 0.3.0
	 *
	 * @param int $application_id Application.
	 * @return int Fields removed.
	 */
	public static function delete_for( int $application_id ): int {
		$removed = 0;
		foreach ( array( self::LINK_META, self::CONFIRMED_META, self::CONSENT_META ) as $key ) {
			if ( '' !== get_post_meta( $application_id, $key, true ) ) {
				delete_post_meta( $application_id, $key );
				++$removed;
			}
		}
		return $removed;
	}
}
