<?php
/**
 * Moving a mentee to another mentor, a mentor stepping back, a mentee asking for a change.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Reassignment;

defined( 'ABSPATH' ) || exit;

use Mentorship_Program\Applications\Applications;
use Mentorship_Program\Cohorts\Assignments;
use Mentorship_Program\Applications\Audit_Trail;
use Mentorship_Program\Database\Schema as Plugin_Schema;
use Mentorship_Program\Database\Transaction;
use Mentorship_Program\Mentorship\Access;
use Mentorship_Program\Notifications\Mailer;
use WP_Error;
use Mentorship_Program\Applications\Stages;
use Mentorship_Program\Support\Field_Errors;

/**
 * Every rule of a change of mentor, with no HTTP in it. REST, the My mentorship block's
 * forms and the command line call this class.
 *
 * A reassignment is compare-and-set: the coordinator says which mentor they saw
 * (`expected`, 0 for none). Inside one transaction the mentee's record is locked, the
 * current mentor is read with a locking read (so it is the latest committed one), and
 * only when it is the expected one is the old assignment ended and the new seat claimed.
 * Two coordinators at once: the second waits for the first, then finds another mentor
 * than the one they saw and gets a conflict; nothing of theirs is stored.
 *
 * @since 0.3.0
 */
final class Reassignment {

	/**
	 * Post meta on a mentee application: an open request for a new mentor.
	 */
	public const REQUEST_META = '_mentorship_mentor_request';

	/**
	 * Longest reason, in characters.
	 */
	public const MAX_REASON = 1000;

	/**
	 * Moves a mentee to another mentor (or gives a mentor to a mentee who has none).
	 *
	 * @since 0.3.0
	 *
	 * @param int                  $mentee_id Mentee application.
	 * @param array<string, mixed> $values    mentor, expected_mentor, reason.
	 * @param int                  $user_id   Coordinator.
	 * @return array<string, mixed>|WP_Error The mentee's new mentor and history.
	 */
	public static function reassign( int $mentee_id, array $values, int $user_id ) {
		$errors = array();
		$to     = self::id_value( $values['mentor'] ?? null );
		if ( null === $to || $to < 1 ) {
			$errors['mentor'] = __( 'Choose the mentor who takes over.', 'mentorship-program' );
		}
		$expected = self::id_value( $values['expected_mentor'] ?? null );
		if ( null === $expected ) {
			$errors['expected_mentor'] = __( 'Send the mentor you saw (0 for none), so a change made meanwhile is not overwritten.', 'mentorship-program' );
		}
		$reason = self::reason( $values['reason'] ?? '', false, $errors );
		if ( $errors ) {
			return Field_Errors::error( $errors );
		}
		if ( ! Access::is_coordinator( $user_id ) ) {
			return new WP_Error( 'mentorship_forbidden', __( 'Only coordinators can reassign mentees.', 'mentorship-program' ), array( 'status' => 403 ) );
		}
		$mentee = Applications::get( $mentee_id );
		if ( ! $mentee || 'mentee' !== $mentee['type'] ) {
			return new WP_Error( 'mentorship_not_found', __( 'Mentee not found.', 'mentorship-program' ), array( 'status' => 404 ) );
		}
		if ( ! in_array( $mentee['stage'], Stages::RUNNING['mentee'], true ) ) {
			return new WP_Error( 'mentorship_not_assignable', __( 'Only accepted or active mentees can be reassigned.', 'mentorship-program' ), array( 'status' => 409 ) );
		}
		$mentor = Applications::get( (int) $to );
		if ( ! $mentor || 'mentor' !== $mentor['type'] ) {
			return Field_Errors::error( array( 'mentor' => __( 'This is not a mentor.', 'mentorship-program' ) ) );
		}
		if ( (int) $to === (int) $expected ) {
			return Field_Errors::error( array( 'mentor' => __( 'Choose a mentor other than the current one.', 'mentorship-program' ) ) );
		}

		$result = Transaction::run(
			static function () use ( $mentee_id, $to, $expected, $reason, $user_id ) {
				$current = self::lock_current( $mentee_id );
				if ( $current !== $expected ) {
					return self::conflict( $current );
				}
				if ( $current ) {
					$ended = self::end_assignment( $mentee_id, $current, 'reassigned', $reason, $user_id );
					if ( is_wp_error( $ended ) ) {
						return $ended;
					}
				}
				$assigned = Assignments::assign( $mentee_id, (int) $to );
				if ( is_wp_error( $assigned ) ) {
					// Someone assigned this mentee between our lock and the insert is not
					// possible; anything else (capacity, cohort, stage) is the real answer.
					return $assigned;
				}
				if ( ! History::start( $mentee_id, (int) $to ) ) {
					return new WP_Error( 'mentorship_store_failed', __( 'The change could not be saved. Please try again.', 'mentorship-program' ), array( 'status' => 503 ) );
				}
				delete_post_meta( $mentee_id, self::REQUEST_META );
				return $current;
			}
		);
		if ( is_wp_error( $result ) ) {
			return $result;
		}
		$previous = (int) $result;
		/**
		 * Fires after a mentee moved to another mentor.
		 *
		 * @since 0.3.0
		 *
		 * @param int $mentee_id Mentee application ID.
		 * @param int $mentor_id New mentor application ID.
		 * @param int $previous  Previous mentor application ID, or 0.
		 * @param int $user_id   Coordinator.
		 */
		do_action( 'mentorship_program_reassigned', $mentee_id, (int) $to, $previous, $user_id );
		self::notify( $mentee_id, (int) $to, $previous );
		return self::summary( $mentee_id );
	}

	/**
	 * A mentor hands a mentee back to the coordinators ("I can't continue"). The
	 * assignment ends now; the mentee shows in Needs attention with the reason.
	 *
	 * @since 0.3.0
	 *
	 * @param int                  $mentee_id Mentee application.
	 * @param array<string, mixed> $values    reason.
	 * @param int                  $user_id   The mentor (or a coordinator).
	 * @return array<string, mixed>|WP_Error
	 */
	public static function step_back( int $mentee_id, array $values, int $user_id ) {
		$errors = array();
		$reason = self::reason( $values['reason'] ?? '', true, $errors );
		if ( $errors ) {
			return Field_Errors::error( $errors );
		}
		if ( ! Access::mentors( $user_id, $mentee_id ) && ! Access::is_coordinator( $user_id ) ) {
			return new WP_Error( 'mentorship_forbidden', __( 'Only this mentee\'s mentor can hand them back.', 'mentorship-program' ), array( 'status' => 403 ) );
		}
		$result = Transaction::run(
			static function () use ( $mentee_id, $reason, $user_id ) {
				$current = self::lock_current( $mentee_id );
				if ( ! $current ) {
					return new WP_Error( 'mentorship_not_assigned', __( 'This mentee has no mentor any more.', 'mentorship-program' ), array( 'status' => 409 ) );
				}
				$ended = self::end_assignment( $mentee_id, $current, 'stepped_back', $reason, $user_id );
				if ( is_wp_error( $ended ) ) {
					return $ended;
				}
				self::set_request( $mentee_id, 'mentor', $current, $reason, $user_id );
				return $current;
			}
		);
		if ( is_wp_error( $result ) ) {
			return $result;
		}
		self::notify_stepped_back( $mentee_id, (int) $result );
		return array(
			'mentee'  => $mentee_id,
			'request' => self::request_of( $mentee_id ),
		);
	}

	/**
	 * Tells a mentee that their mentor stepped back and that a new one is being found
	 * (the mentor's reason stays with the coordinators).
	 *
	 * @param int $mentee_id Mentee.
	 * @param int $mentor_id The mentor who stepped back.
	 */
	private static function notify_stepped_back( int $mentee_id, int $mentor_id ): void {
		$mentee = Applications::get( $mentee_id );
		$mentor = Applications::get( $mentor_id );
		if ( ! $mentee || ! $mentor ) {
			return;
		}
		Mailer::queue_for_application(
			$mentee,
			'mentor_stepped_back',
			array(
				'mentee'          => (string) $mentee['fields']['name'],
				'previous_mentor' => (string) $mentor['fields']['name'],
			)
		);
	}

	/**
	 * A mentee asks the coordinators for a new mentor. The current mentor stays until a
	 * coordinator reassigns; the request shows in Needs attention.
	 *
	 * @since 0.3.0
	 *
	 * @param int                  $mentee_id Mentee application.
	 * @param array<string, mixed> $values    reason.
	 * @param int                  $user_id   The mentee (or a coordinator).
	 * @return array<string, mixed>|WP_Error
	 */
	public static function request_new_mentor( int $mentee_id, array $values, int $user_id ) {
		$errors = array();
		$reason = self::reason( $values['reason'] ?? '', true, $errors );
		if ( $errors ) {
			return Field_Errors::error( $errors );
		}
		if ( ! Access::is_own( $user_id, $mentee_id ) && ! Access::is_coordinator( $user_id ) ) {
			return new WP_Error( 'mentorship_forbidden', __( 'Only the mentee can ask for a new mentor.', 'mentorship-program' ), array( 'status' => 403 ) );
		}
		$mentee = Applications::get( $mentee_id );
		if ( ! $mentee || ! in_array( $mentee['stage'], Stages::RUNNING['mentee'], true ) ) {
			return new WP_Error( 'mentorship_not_assignable', __( 'Your mentorship is not running, so the mentor cannot change.', 'mentorship-program' ), array( 'status' => 409 ) );
		}
		$current = Assignments::mentor_of( $mentee_id );
		if ( ! $current ) {
			return new WP_Error( 'mentorship_not_assigned', __( 'You have no mentor yet; the coordinators will introduce one.', 'mentorship-program' ), array( 'status' => 409 ) );
		}
		self::set_request( $mentee_id, 'mentee', $current, $reason, $user_id );
		Audit_Trail::record( $mentee_id, 'mentor_request', '', (string) $current, $reason, null, $user_id );
		return array(
			'mentee'  => $mentee_id,
			'request' => self::request_of( $mentee_id ),
		);
	}

	/**
	 * The open request for a new mentor, or null: by (mentor or mentee), mentor, reason, at.
	 *
	 * @since 0.3.0
	 *
	 * @param int $mentee_id Mentee application.
	 * @return array{by: string, mentor: int, reason: string, at: string}|null
	 */
	public static function request_of( int $mentee_id ): ?array {
		$stored = get_post_meta( $mentee_id, self::REQUEST_META, true );
		if ( ! is_array( $stored ) || ! isset( $stored['by'] ) ) {
			return null;
		}
		return array(
			'by'     => 'mentor' === $stored['by'] ? 'mentor' : 'mentee',
			'mentor' => (int) ( $stored['mentor'] ?? 0 ),
			'reason' => (string) ( $stored['reason'] ?? '' ),
			'at'     => (string) ( $stored['at'] ?? '' ),
		);
	}

	/**
	 * The mentee's mentor and history after a change, as a coordinator sees them.
	 *
	 * @since 0.3.0
	 *
	 * @param int $mentee_id Mentee application.
	 * @return array<string, mixed>
	 */
	public static function summary( int $mentee_id ): array {
		$mentor_id = Assignments::mentor_of( $mentee_id );
		$mentor    = $mentor_id ? Applications::get( $mentor_id ) : null;
		return array(
			'mentee'  => $mentee_id,
			'mentor'  => $mentor ? array(
				'id'   => $mentor_id,
				'name' => (string) $mentor['fields']['name'],
			) : null,
			'request' => self::request_of( $mentee_id ),
			'history' => History::of_mentee( $mentee_id, true ),
		);
	}

	/**
	 * Locks the mentee's record and reads the current mentor as last committed.
	 *
	 * @param int $mentee_id Mentee application.
	 * @return int Mentor application, or 0.
	 */
	private static function lock_current( int $mentee_id ): int {
		global $wpdb;
		// phpcs:disable WordPress.DB.DirectDatabaseQuery, WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- row locks on core's and our own table.
		$wpdb->get_var( $wpdb->prepare( "SELECT ID FROM {$wpdb->posts} WHERE ID = %d FOR UPDATE", $mentee_id ) );
		$table   = Plugin_Schema::table( 'assignments' );
		$current = (int) $wpdb->get_var( $wpdb->prepare( "SELECT mentor_id FROM {$table} WHERE mentee_id = %d FOR UPDATE", $mentee_id ) );
		// phpcs:enable
		wp_cache_delete( $mentee_id, 'mentorship_assignment' );
		return $current;
	}

	/**
	 * Ends the current assignment inside the caller's transaction.
	 *
	 * @param int    $mentee_id Mentee.
	 * @param int    $mentor_id Current mentor.
	 * @param string $why       History reason.
	 * @param string $note      Words given.
	 * @param int    $user_id   Who.
	 * @return true|WP_Error
	 */
	private static function end_assignment( int $mentee_id, int $mentor_id, string $why, string $note, int $user_id ) {
		global $wpdb;
		$row     = Assignments::of_mentee( $mentee_id );
		$deleted = $wpdb->delete( // phpcs:ignore WordPress.DB.DirectDatabaseQuery -- our own table.
			Plugin_Schema::table( 'assignments' ),
			array(
				'mentee_id' => $mentee_id,
				'mentor_id' => $mentor_id,
			),
			array( '%d', '%d' )
		);
		if ( 1 !== (int) $deleted ) {
			return self::conflict( Assignments::mentor_of( $mentee_id ) );
		}
		wp_cache_delete( $mentee_id, 'mentorship_assignment' );
		if ( ! History::end( $mentee_id, $mentor_id, $why, $note, $user_id, $row ? (string) $row['created_at'] : gmdate( 'Y-m-d H:i:s' ) ) ) {
			return new WP_Error( 'mentorship_store_failed', __( 'The change could not be saved. Please try again.', 'mentorship-program' ), array( 'status' => 503 ) );
		}
		Audit_Trail::record( $mentee_id, 'unassign', (string) $mentor_id, '', $note, null, $user_id );
		Audit_Trail::record( $mentor_id, 'unassign', (string) $mentee_id, '', '', null, $user_id );
		/** This action is documented in includes/Cohorts/Assignments.php */
		do_action( 'mentorship_program_unassigned', $mentee_id, $mentor_id );
		return true;
	}

	/**
	 * Stores an open request for a new mentor.
	 *
	 * @param int    $mentee_id Mentee.
	 * @param string $by        mentor or mentee.
	 * @param int    $mentor_id The mentor it is about.
	 * @param string $reason    Reason.
	 * @param int    $user_id   Who asked.
	 */
	private static function set_request( int $mentee_id, string $by, int $mentor_id, string $reason, int $user_id ): void {
		update_post_meta(
			$mentee_id,
			self::REQUEST_META,
			array(
				'by'     => $by,
				'mentor' => $mentor_id,
				'reason' => $reason,
				'at'     => gmdate( 'Y-m-d H:i:s' ),
				'user'   => $user_id,
			)
		);
	}

	/**
	 * Queues the e-mails to the mentee, the new mentor and the previous mentor.
	 *
	 * @param int $mentee_id Mentee.
	 * @param int $mentor_id New mentor.
	 * @param int $previous  Previous mentor, or 0.
	 */
	private static function notify( int $mentee_id, int $mentor_id, int $previous ): void {
		$mentee = Applications::get( $mentee_id );
		$mentor = Applications::get( $mentor_id );
		$before = $previous ? Applications::get( $previous ) : null;
		if ( ! $mentee || ! $mentor ) {
			return;
		}
		$values = array(
			'mentee'          => (string) $mentee['fields']['name'],
			'mentor'          => (string) $mentor['fields']['name'],
			'previous_mentor' => $before ? (string) $before['fields']['name'] : '',
		);
		Mailer::queue_for_application( $mentee, 'reassigned_mentee', $values );
		Mailer::queue_for_application( $mentor, 'reassigned_new_mentor', $values );
		if ( $before ) {
			Mailer::queue_for_application( $before, 'reassigned_old_mentor', $values );
		}
	}

	/**
	 * The conflict a late coordinator hears.
	 *
	 * @param int $current The mentor the mentee has now, or 0.
	 * @return WP_Error
	 */
	private static function conflict( int $current ): WP_Error {
		$mentor = $current ? Applications::get( $current ) : null;
		return new WP_Error(
			'mentorship_reassign_conflict',
			$mentor
				/* translators: %s: mentor name. */
				? sprintf( __( 'Someone else changed this mentee\'s mentor meanwhile: it is now %s. Nothing was changed; reload to see the current mentor and choose again.', 'mentorship-program' ), (string) $mentor['fields']['name'] )
				: __( 'Someone else changed this mentee\'s mentor meanwhile: they have no mentor now. Nothing was changed; reload and choose again.', 'mentorship-program' ),
			array(
				'status'  => 409,
				'current' => $current,
			)
		);
	}

	/**
	 * A non-negative integer from a request value, or null.
	 *
	 * @param mixed $value Value.
	 * @return int|null
	 */
	private static function id_value( $value ): ?int {
		if ( is_int( $value ) && $value >= 0 ) {
			return $value;
		}
		if ( is_string( $value ) && '' !== $value && ctype_digit( $value ) ) {
			return (int) $value;
		}
		return null;
	}

	/**
	 * A clean reason; records an error under "reason" when it is not acceptable.
	 *
	 * @param mixed                 $value    Value.
	 * @param bool                  $required Whether it must be given.
	 * @param array<string, string> $errors   Errors so far.
	 * @return string
	 */
	private static function reason( $value, bool $required, array &$errors ): string {
		if ( ! is_string( $value ) && null !== $value ) {
			$errors['reason'] = __( 'The reason must be text.', 'mentorship-program' );
			return '';
		}
		$text = trim( sanitize_textarea_field( (string) $value ) );
		if ( $required && '' === $text ) {
			$errors['reason'] = __( 'Say in a few words why, so the coordinators can help.', 'mentorship-program' );
		} elseif ( mb_strlen( $text ) > self::MAX_REASON ) {
			/* translators: %d: maximum length. */
			$errors['reason'] = sprintf( __( 'Keep the reason under %d characters.', 'mentorship-program' ), self::MAX_REASON );
		}
		return $text;
	}
}
