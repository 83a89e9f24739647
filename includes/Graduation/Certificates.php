<?php
/**
 * Certificates for graduates and mentors: issued, verified by an unguessable address,
 * revoked with a reason.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Graduation;

defined( 'ABSPATH' ) || exit;

use DateTimeZone;
use Mentorship_Program\Applications\Applications;
use Mentorship_Program\Cohorts\Assignments;
use Mentorship_Program\Applications\Audit_Trail;
use Mentorship_Program\Cohorts\Cohorts;
use Mentorship_Program\Teams\Taxonomies;
use Mentorship_Program\Support\Field_Errors;
use WP_Error;
use Mentorship_Program\Applications\Stages;

/**
 * One certificate per application: a graduate's mentee record, or a mentor's record of
 * a cohort they mentored in (so one per cohort). Stored as post meta of that record.
 *
 * The address carries a token of two random parts: a selector (64 bits) that finds the
 * record, and a verifier (128 bits) compared in constant time. Whoever lacks the whole
 * token learns nothing, not even that a certificate exists.
 *
 * @since 0.3.0
 */
final class Certificates {

	public const META          = Applications::META_PREFIX . 'certificate';
	public const SELECTOR_META = Applications::META_PREFIX . 'certificate_selector';

	/**
	 * Longest reason a coordinator gives for revoking a certificate.
	 */
	public const MAX_REASON = 500;

	/**
	 * Hex characters of the selector and of the verifier.
	 */
	private const SELECTOR_HEX = 16;
	private const VERIFIER_HEX = 32;

	/**
	 * Mentee stages that hold a certificate.
	 */
	public const MENTEE_STAGES = Stages::FINISHED['mentee'];

	/**
	 * Mentor stages that may hold one (they must have mentored someone).
	 */
	public const MENTOR_STAGES = array( 'active', ...Stages::FINISHED['mentor'] );

	/**
	 * The stored certificate of an application, or null.
	 *
	 * @since 0.3.0
	 *
	 * @param int $application_id Application.
	 * @return array<string, mixed>|null
	 */
	public static function stored( int $application_id ): ?array {
		$record = get_post_meta( $application_id, self::META, true );
		return is_array( $record ) && ! empty( $record['selector'] ) ? $record : null;
	}

	/**
	 * Why an application may not have a certificate, or null when it may.
	 *
	 * @since 0.3.0
	 *
	 * @param array<string, mixed> $application Application.
	 * @return WP_Error|null
	 */
	public static function ineligible( array $application ): ?WP_Error {
		if ( 'mentee' === $application['type'] && ! in_array( $application['stage'], self::MENTEE_STAGES, true ) ) {
			return new WP_Error( 'mentorship_not_graduated', __( 'Only graduates get a certificate.', 'mentorship-program' ), array( 'status' => 409 ) );
		}
		if ( 'mentor' === $application['type'] && ( ! in_array( $application['stage'], self::MENTOR_STAGES, true ) || ! Assignments::mentees_of( (int) $application['id'] ) ) ) {
			return new WP_Error( 'mentorship_not_mentored', __( 'Only mentors who mentored in this cohort get a certificate.', 'mentorship-program' ), array( 'status' => 409 ) );
		}
		return null;
	}

	/**
	 * Issues the certificate of an application; an existing one is kept as it is.
	 *
	 * @since 0.3.0
	 *
	 * @param int $application_id Application.
	 * @param int $user_id        Who issues it (0: the program itself).
	 * @return array<string, mixed>|WP_Error The certificate as its owner sees it.
	 */
	public static function issue( int $application_id, int $user_id = 0 ) {
		$application = Applications::get( $application_id );
		if ( ! $application ) {
			return Applications::not_found();
		}
		$existing = self::stored( $application_id );
		if ( $existing ) {
			return self::describe( $application_id );
		}
		$why = self::ineligible( $application );
		if ( $why ) {
			return $why;
		}
		$record = array(
			'selector'  => bin2hex( random_bytes( self::SELECTOR_HEX / 2 ) ),
			'verifier'  => bin2hex( random_bytes( self::VERIFIER_HEX / 2 ) ),
			'issued_at' => gmdate( 'Y-m-d\TH:i:s\Z' ),
			'issued_by' => $user_id,
		);
		// add_post_meta with $unique: two requests issuing at once keep one certificate.
		if ( ! add_post_meta( $application_id, self::META, $record, true ) ) {
			return self::describe( $application_id );
		}
		add_post_meta( $application_id, self::SELECTOR_META, $record['selector'], true );
		Audit_Trail::record( $application_id, 'certificate', '', 'issued', '', null, $user_id );

		/**
		 * Fires after a certificate was issued.
		 *
		 * @since 0.3.0
		 *
		 * @param int $application_id Application.
		 */
		do_action( 'mentorship_program_certificate_issued', $application_id );
		return self::describe( $application_id );
	}

	/**
	 * Revokes a certificate, with the reason; its address then says so.
	 *
	 * @since 0.3.0
	 *
	 * @param int    $application_id Application.
	 * @param string $reason         Why.
	 * @param int    $user_id        Coordinator.
	 * @return array<string, mixed>|WP_Error
	 */
	public static function revoke( int $application_id, string $reason, int $user_id ) {
		$record = self::stored( $application_id );
		if ( ! $record ) {
			return new WP_Error( 'mentorship_not_found', __( 'This person has no certificate.', 'mentorship-program' ), array( 'status' => 404 ) );
		}
		$reason = trim( sanitize_textarea_field( $reason ) );
		if ( '' === $reason || mb_strlen( $reason ) > self::MAX_REASON ) {
			/* translators: %d: most characters. */
			return Field_Errors::on_field( 'rest_invalid_param', sprintf( __( 'Give the reason for revoking, in at most %d characters.', 'mentorship-program' ), self::MAX_REASON ), 400, 'reason' );
		}
		if ( ! empty( $record['revoked_at'] ) ) {
			return new WP_Error( 'mentorship_already_revoked', __( 'This certificate is already revoked.', 'mentorship-program' ), array( 'status' => 409 ) );
		}
		$record['revoked_at']     = gmdate( 'Y-m-d\TH:i:s\Z' );
		$record['revoked_by']     = $user_id;
		$record['revoked_reason'] = $reason;
		update_post_meta( $application_id, self::META, $record );
		Audit_Trail::record( $application_id, 'certificate', 'issued', 'revoked', $reason, null, $user_id );

		/**
		 * Fires after a certificate was revoked.
		 *
		 * @since 0.3.0
		 *
		 * @param int    $application_id Application.
		 * @param string $reason         Why.
		 */
		do_action( 'mentorship_program_certificate_revoked', $application_id, $reason );
		return self::describe( $application_id );
	}

	/**
	 * Deletes a certificate (privacy eraser): its address then finds nothing.
	 *
	 * @since 0.3.0
	 *
	 * @param int $application_id Application.
	 * @return int 1 when one was deleted.
	 */
	public static function delete_for( int $application_id ): int {
		$had = null !== self::stored( $application_id );
		delete_post_meta( $application_id, self::META );
		delete_post_meta( $application_id, self::SELECTOR_META );
		return $had ? 1 : 0;
	}

	/**
	 * The token of a stored certificate.
	 *
	 * @param array<string, mixed> $record Stored certificate.
	 * @return string
	 */
	private static function token( array $record ): string {
		return (string) $record['selector'] . (string) $record['verifier'];
	}

	/**
	 * The public address of a token.
	 *
	 * @since 0.3.0
	 *
	 * @param string $token Token.
	 * @return string
	 */
	public static function url( string $token ): string {
		if ( get_option( 'permalink_structure' ) ) {
			return home_url( user_trailingslashit( Certificate_Page::PATH . '/' . $token ) );
		}
		return add_query_arg( Certificate_Page::QUERY_VAR, $token, home_url( '/' ) );
	}

	/**
	 * Finds the application a token belongs to, or 0. The verifier is compared in
	 * constant time.
	 *
	 * @since 0.3.0
	 *
	 * @param string $token Token from the address.
	 * @return int
	 */
	public static function find( string $token ): int {
		if ( ! preg_match( '/^[a-f0-9]{' . ( self::SELECTOR_HEX + self::VERIFIER_HEX ) . '}$/', $token ) ) {
			return 0;
		}
		$selector = substr( $token, 0, self::SELECTOR_HEX );
		$verifier = substr( $token, self::SELECTOR_HEX );
		$ids      = get_posts(
			array(
				'post_type'      => array( \Mentorship_Program\Applications\Post_Types::MENTEE, \Mentorship_Program\Applications\Post_Types::MENTOR ),
				'post_status'    => Applications::statuses(),
				'fields'         => 'ids',
				'posts_per_page' => 2,
				'no_found_rows'  => true,
				'meta_key'       => self::SELECTOR_META, // phpcs:ignore WordPress.DB.SlowDBQuery.slow_db_query_meta_key -- indexed key; one row per certificate.
				'meta_value'     => $selector, // phpcs:ignore WordPress.DB.SlowDBQuery.slow_db_query_meta_value -- see above.
			)
		);
		foreach ( $ids as $id ) {
			$record = self::stored( (int) $id );
			if ( $record && hash_equals( (string) $record['verifier'], $verifier ) ) {
				return (int) $id;
			}
		}
		return 0;
	}

	/**
	 * A certificate as its owner and coordinators see it, or null when there is none.
	 *
	 * @since 0.3.0
	 *
	 * @param int $application_id Application.
	 * @return array<string, mixed>|null
	 */
	public static function describe( int $application_id ): ?array {
		$record = self::stored( $application_id );
		if ( ! $record ) {
			return null;
		}
		$revoker = ! empty( $record['revoked_by'] ) ? get_userdata( (int) $record['revoked_by'] ) : false;
		return array(
			'application'    => $application_id,
			'url'            => self::url( self::token( $record ) ),
			'issued_at'      => (string) $record['issued_at'],
			'revoked'        => ! empty( $record['revoked_at'] ),
			'revoked_at'     => ! empty( $record['revoked_at'] ) ? (string) $record['revoked_at'] : null,
			'revoked_reason' => (string) ( $record['revoked_reason'] ?? '' ),
			'revoked_by'     => $revoker ? (string) $revoker->display_name : '',
		);
	}

	/**
	 * What the public certificate page shows: everything it prints, in words.
	 *
	 * @since 0.3.0
	 *
	 * @param int $application_id Application with a certificate.
	 * @return array<string, mixed>|null
	 */
	public static function view( int $application_id ): ?array {
		$record      = self::stored( $application_id );
		$application = Applications::get( $application_id );
		if ( ! $record || ! $application ) {
			return null;
		}
		$utc    = new DateTimeZone( 'UTC' );
		$format = static fn( string $when ): string => '' === $when ? '' : (string) wp_date( (string) get_option( 'date_format' ), (int) strtotime( $when ), $utc );
		$cohort = Cohorts::get( (int) $application['cohort'] );
		$team   = '';
		if ( 'mentee' === $application['type'] && '' !== $application['placed_team'] ) {
			$term = get_term_by( 'slug', $application['placed_team'], Taxonomies::TEAM );
			$team = $term instanceof \WP_Term ? $term->name : '';
		}
		$mentor_name = '';
		$mentees     = 0;
		if ( 'mentee' === $application['type'] ) {
			$mentor_id = Progress::named_mentor( $application_id );
			$mentor    = $mentor_id ? Applications::get( $mentor_id ) : null;
			// A mentor's record that was erased has no name to show.
			$mentor_name = $mentor ? (string) $mentor['fields']['name'] : '';
		} else {
			$mentees = count( Assignments::mentees_of( $application_id ) );
		}
		return array(
			'kind'           => (string) $application['type'],
			'name'           => (string) $application['fields']['name'],
			'cohort'         => $cohort ? (string) $cohort['name'] : '',
			'starts_on'      => $cohort ? $format( (string) $cohort['starts_on'] ) : '',
			'ends_on'        => $cohort ? $format( (string) $cohort['ends_on'] ) : '',
			'team'           => $team,
			'mentor'         => $mentor_name,
			'mentees'        => $mentees,
			'issued_on'      => $format( (string) $record['issued_at'] ),
			'revoked'        => ! empty( $record['revoked_at'] ),
			'revoked_on'     => $format( (string) ( $record['revoked_at'] ?? '' ) ),
			'revoked_reason' => (string) ( $record['revoked_reason'] ?? '' ),
			'site'           => wp_specialchars_decode( (string) get_bloginfo( 'name' ), ENT_QUOTES ),
			'site_url'       => home_url( '/' ),
		);
	}

	/**
	 * Issues certificates after a stage move: a graduate's at graduation, a mentor's
	 * when their cohort completes.
	 *
	 * @since 0.3.0
	 *
	 * @param int    $application_id Application.
	 * @param string $from           Previous stage.
	 * @param string $to             New stage.
	 * @param int    $user_id        Who made the move.
	 */
	public static function on_stage_changed( $application_id, $from, $to, $user_id = 0 ): void {
		unset( $from );
		if ( ! in_array( $to, array( 'graduated', 'completed' ), true ) ) {
			return;
		}
		$application = Applications::get( (int) $application_id );
		if ( ! $application ) {
			return;
		}
		$issue = ( 'mentee' === $application['type'] && 'graduated' === $to ) || ( 'mentor' === $application['type'] && 'completed' === $to );
		if ( $issue && ! self::ineligible( $application ) ) {
			self::issue( (int) $application['id'], (int) $user_id );
		}
	}
}
