<?php
/**
 * Check-ins: one meeting or async exchange between a mentor and their mentees.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Mentorship;

defined( 'ABSPATH' ) || exit;

use Mentorship_Program\Applications\Applications;
use Mentorship_Program\Cohorts\Assignments;
use Mentorship_Program\Database\Transaction;
use WP_Error;
use Mentorship_Program\Support\Field_Errors;

/**
 * Every rule of check-ins, with no HTTP in it: who may log, read and edit, what a valid
 * check-in is, and how two saves at once both keep their work. REST, the block's form
 * handler, the command line and the demo content all call this class.
 *
 * @since 0.2.0
 */
final class Checkins {

	public const KINDS = array( 'one-to-one', 'group', 'async' );

	/**
	 * Longest free text, in characters.
	 */
	public const MAX_TEXT = 5000;

	/**
	 * Most mentees one check-in may concern.
	 */
	public const MAX_MENTEES = 50;

	/**
	 * Fields a client may send.
	 */
	public const FIELDS = array( 'held_on', 'kind', 'mentees', 'attendees', 'covered', 'next_steps', 'needs_help', 'private_note' );

	/**
	 * Labels of the kinds.
	 *
	 * @since 0.2.0
	 *
	 * @return array<string, string>
	 */
	public static function kind_labels(): array {
		return array(
			'one-to-one' => __( 'One-to-one', 'mentorship-program' ),
			'group'      => __( 'Group session', 'mentorship-program' ),
			'async'      => __( 'Async (chat or e-mail)', 'mentorship-program' ),
		);
	}

	/**
	 * Logs a check-in.
	 *
	 * @since 0.2.0
	 *
	 * @param array<string, mixed> $values  held_on, kind, mentees, attendees, covered, next_steps, needs_help, private_note.
	 * @param int                  $user_id Who logs it.
	 * @return array<string, mixed>|WP_Error The stored check-in as the user sees it.
	 */
	public static function create( array $values, int $user_id ) {
		$clean = self::validate( $values, null );
		if ( is_wp_error( $clean ) ) {
			return $clean;
		}
		$mentor_id = self::mentor_for( $clean['mentees'], $user_id );
		if ( is_wp_error( $mentor_id ) ) {
			return $mentor_id;
		}
		$mentor = Applications::get( $mentor_id );
		$now    = gmdate( 'Y-m-d H:i:s' );
		$id     = Transaction::run(
			static function () use ( $clean, $mentor_id, $mentor, $user_id, $now ) {
				global $wpdb;
				$ok = $wpdb->insert( // phpcs:ignore WordPress.DB.DirectDatabaseQuery.DirectQuery -- our own table.
					Schema::table( 'checkins' ),
					array(
						'cohort_id'    => (int) ( $mentor['cohort'] ?? 0 ),
						'mentor_id'    => $mentor_id,
						'held_on'      => $clean['held_on'],
						'kind'         => $clean['kind'],
						'covered'      => $clean['covered'],
						'next_steps'   => $clean['next_steps'],
						'needs_help'   => $clean['needs_help'] ? 1 : 0,
						'private_note' => $clean['private_note'],
						'revision'     => 1,
						'user_id'      => $user_id,
						'created_at'   => $now,
						'updated_at'   => $now,
					),
					array( '%d', '%d', '%s', '%s', '%s', '%s', '%d', '%s', '%d', '%d', '%s', '%s' )
				);
				if ( ! $ok ) {
					return self::store_failed();
				}
				$id = (int) $wpdb->insert_id;
				if ( ! self::write_mentees( $id, $clean ) ) {
					return self::store_failed();
				}
				return $id;
			}
		);
		if ( is_wp_error( $id ) ) {
			return $id;
		}
		/**
		 * Fires after a check-in is logged.
		 *
		 * @since 0.2.0
		 *
		 * @param int $id        Check-in ID.
		 * @param int $mentor_id Mentor application ID.
		 * @param int $user_id   Who logged it.
		 */
		do_action( 'mentorship_program_checkin_logged', $id, $mentor_id, $user_id );
		return self::get( $id, $user_id );
	}

	/**
	 * Changes a check-in; refuses a save based on an older revision, so a concurrent
	 * edit is never overwritten silently.
	 *
	 * @since 0.2.0
	 *
	 * @param int                  $id       Check-in.
	 * @param array<string, mixed> $values   Changed fields, and revision (the one the editor saw).
	 * @param int                  $user_id  Who edits.
	 * @return array<string, mixed>|WP_Error
	 */
	public static function update( int $id, array $values, int $user_id ) {
		$row = self::row( $id );
		if ( ! $row || ! self::can_edit( $user_id, $row ) ) {
			return self::not_found();
		}
		if ( ! isset( $values['revision'] ) || ! is_numeric( $values['revision'] ) ) {
			return Field_Errors::error( array( 'revision' => __( 'Send the revision you edited, so no one else\'s change is lost.', 'mentorship-program' ) ) );
		}
		$revision = (int) $values['revision'];
		unset( $values['revision'] );
		$clean = self::validate( $values, $row );
		if ( is_wp_error( $clean ) ) {
			return $clean;
		}
		if ( $clean['mentees'] !== $row['mentee_ids'] ) {
			$mentor_id = self::mentor_for( $clean['mentees'], $user_id );
			if ( is_wp_error( $mentor_id ) ) {
				return $mentor_id;
			}
			if ( (int) $row['mentor_id'] !== $mentor_id ) {
				return Field_Errors::error( array( 'mentees' => __( 'A check-in stays with the mentor who held it.', 'mentorship-program' ) ) );
			}
		}
		$result = Transaction::run(
			static function () use ( $id, $clean, $revision ) {
				global $wpdb;
				$table   = Schema::table( 'checkins' );
				$changed = $wpdb->query( // phpcs:ignore WordPress.DB.DirectDatabaseQuery -- our own table.
					$wpdb->prepare(
						"UPDATE {$table} SET held_on = %s, kind = %s, covered = %s, next_steps = %s, needs_help = %d, private_note = %s, revision = revision + 1, updated_at = %s WHERE id = %d AND revision = %d", // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- our own table name.
						$clean['held_on'],
						$clean['kind'],
						$clean['covered'],
						$clean['next_steps'],
						$clean['needs_help'] ? 1 : 0,
						$clean['private_note'],
						gmdate( 'Y-m-d H:i:s' ),
						$id,
						$revision
					)
				);
				if ( false === $changed ) {
					return self::store_failed();
				}
				if ( 0 === (int) $changed ) {
					return new WP_Error( 'mentorship_edit_conflict', __( 'Someone else saved this check-in meanwhile. Reload it to see their change, then edit again.', 'mentorship-program' ), array( 'status' => 409 ) );
				}
				$wpdb->delete( Schema::table( 'checkin_mentees' ), array( 'checkin_id' => $id ), array( '%d' ) ); // phpcs:ignore WordPress.DB.DirectDatabaseQuery -- our own table.
				return self::write_mentees( $id, $clean ) ? true : self::store_failed();
			}
		);
		if ( is_wp_error( $result ) ) {
			return $result;
		}
		return self::get( $id, $user_id );
	}

	/**
	 * One check-in as the user may see it, or a not-found error.
	 *
	 * @since 0.2.0
	 *
	 * @param int $id      Check-in.
	 * @param int $user_id Viewer.
	 * @return array<string, mixed>|WP_Error
	 */
	public static function get( int $id, int $user_id ) {
		$row = self::row( $id );
		if ( ! $row ) {
			return self::not_found();
		}
		$view = self::view( $row, $user_id );
		return $view ? $view : self::not_found();
	}

	/**
	 * Check-ins the user may read, newest first.
	 *
	 * @since 0.2.0
	 *
	 * @param array<string, int> $filters mentee, mentor, cohort, page, per_page.
	 * @param int                $user_id Viewer.
	 * @return array{items: array<int, array<string, mixed>>, total: int}
	 */
	public static function list( array $filters, int $user_id ): array {
		global $wpdb;
		$c     = Schema::table( 'checkins' );
		$m     = Schema::table( 'checkin_mentees' );
		$where = array( '1=1' );
		if ( ! empty( $filters['mentee'] ) ) {
			$where[] = $wpdb->prepare( "c.id IN (SELECT checkin_id FROM {$m} WHERE mentee_id = %d)", (int) $filters['mentee'] ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- our own table name.
		}
		if ( ! empty( $filters['mentor'] ) ) {
			$where[] = $wpdb->prepare( 'c.mentor_id = %d', (int) $filters['mentor'] );
		}
		if ( ! empty( $filters['cohort'] ) ) {
			$where[] = $wpdb->prepare( 'c.cohort_id = %d', (int) $filters['cohort'] );
		}
		if ( ! Access::is_coordinator( $user_id ) ) {
			// Only what the viewer may read: check-ins of their mentor records, or about them.
			$mentors = array_map( 'intval', \Mentorship_Program\Mentorship\Mentor_Directory::mentor_records( $user_id ) );
			$own     = Access::own_mentee_records( $user_id );
			$scope   = array( '0=1' );
			if ( $mentors ) {
				$scope[] = 'c.mentor_id IN (' . implode( ',', $mentors ) . ')';
			}
			if ( $own ) {
				$scope[] = "c.id IN (SELECT checkin_id FROM {$m} WHERE mentee_id IN (" . implode( ',', $own ) . '))';
			}
			$where[] = '(' . implode( ' OR ', $scope ) . ')';
		}
		$per_page = max( 1, min( 100, (int) ( $filters['per_page'] ?? 20 ) ) );
		$offset   = ( max( 1, (int) ( $filters['page'] ?? 1 ) ) - 1 ) * $per_page;
		$sql      = implode( ' AND ', $where );
		// phpcs:disable WordPress.DB.PreparedSQL.InterpolatedNotPrepared, WordPress.DB.DirectDatabaseQuery -- every value above is prepared or an integer; our own tables.
		$total = (int) $wpdb->get_var( "SELECT COUNT(*) FROM {$c} c WHERE {$sql}" );
		$rows  = (array) $wpdb->get_results( $wpdb->prepare( "SELECT c.* FROM {$c} c WHERE {$sql} ORDER BY c.held_on DESC, c.id DESC LIMIT %d OFFSET %d", $per_page, $offset ), ARRAY_A );
		// phpcs:enable
		$rows  = self::with_mentees( $rows );
		$items = array();
		foreach ( $rows as $row ) {
			$view = self::view( $row, $user_id );
			if ( $view ) {
				$items[] = $view;
			}
		}
		return array(
			'items' => $items,
			'total' => $total,
		);
	}

	/**
	 * Whether the user may read (or, with $edit, change) a stored check-in. False for a
	 * check-in that does not exist, so refusals do not tell whether it does.
	 *
	 * @since 0.2.0
	 *
	 * @param int  $id      Check-in.
	 * @param int  $user_id User.
	 * @param bool $edit    Whether the question is about changing it.
	 * @return bool
	 */
	public static function allows( int $id, int $user_id, bool $edit = false ): bool {
		$row = self::row( $id );
		if ( ! $row ) {
			return false;
		}
		return $edit ? self::can_edit( $user_id, $row ) : null !== self::view( $row, $user_id );
	}

	/**
	 * Deletes every check-in row that concerns an application (mentee or mentor).
	 *
	 * @since 0.2.0
	 *
	 * @param int $application_id Application.
	 * @return int Check-ins removed or changed.
	 */
	public static function delete_for( int $application_id ): int {
		global $wpdb;
		$c = Schema::table( 'checkins' );
		$m = Schema::table( 'checkin_mentees' );
		// phpcs:disable WordPress.DB.PreparedSQL.InterpolatedNotPrepared, WordPress.DB.DirectDatabaseQuery -- our own tables.
		$own      = array_map( 'intval', $wpdb->get_col( $wpdb->prepare( "SELECT id FROM {$c} WHERE mentor_id = %d", $application_id ) ) );
		$about    = array_map( 'intval', $wpdb->get_col( $wpdb->prepare( "SELECT checkin_id FROM {$m} WHERE mentee_id = %d", $application_id ) ) );
		$affected = count( array_unique( array_merge( $own, $about ) ) );
		$wpdb->query( $wpdb->prepare( "DELETE FROM {$m} WHERE mentee_id = %d", $application_id ) );
		if ( $own ) {
			$in = implode( ',', $own );
			$wpdb->query( "DELETE FROM {$m} WHERE checkin_id IN ({$in})" );
			$wpdb->query( "DELETE FROM {$c} WHERE id IN ({$in})" );
		}
		// A check-in that concerned only this mentee has nothing left to say.
		$wpdb->query( "DELETE c FROM {$c} c LEFT JOIN {$m} m ON m.checkin_id = c.id WHERE m.checkin_id IS NULL" );
		// phpcs:enable
		return $affected;
	}

	/**
	 * Raw check-ins that concern an application (for the privacy exporter).
	 *
	 * @since 0.2.0
	 *
	 * @param int $application_id Mentee or mentor application.
	 * @return array<int, array<string, mixed>>
	 */
	public static function rows_for( int $application_id ): array {
		global $wpdb;
		$c = Schema::table( 'checkins' );
		$m = Schema::table( 'checkin_mentees' );
		// phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared, WordPress.DB.DirectDatabaseQuery -- our own tables.
		$rows = (array) $wpdb->get_results( $wpdb->prepare( "SELECT c.* FROM {$c} c WHERE c.mentor_id = %d OR c.id IN (SELECT checkin_id FROM {$m} WHERE mentee_id = %d) ORDER BY c.held_on, c.id", $application_id, $application_id ), ARRAY_A );
		return self::with_mentees( $rows );
	}

	/**
	 * The stored row with its mentees, or null.
	 *
	 * @param int $id Check-in.
	 * @return array<string, mixed>|null
	 */
	private static function row( int $id ): ?array {
		global $wpdb;
		$row = $wpdb->get_row( $wpdb->prepare( 'SELECT * FROM ' . Schema::table( 'checkins' ) . ' WHERE id = %d', $id ), ARRAY_A ); // phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared, WordPress.DB.DirectDatabaseQuery -- our own table.
		if ( ! $row ) {
			return null;
		}
		return self::with_mentees( array( $row ) )[0];
	}

	/**
	 * Adds mentee_ids and attendee_ids to rows, in one query.
	 *
	 * @param array<int, array<string, mixed>> $rows Rows.
	 * @return array<int, array<string, mixed>>
	 */
	private static function with_mentees( array $rows ): array {
		global $wpdb;
		if ( ! $rows ) {
			return array();
		}
		$ids   = implode( ',', array_map( static fn( $row ) => (int) $row['id'], $rows ) );
		$links = (array) $wpdb->get_results( 'SELECT checkin_id, mentee_id, attended FROM ' . Schema::table( 'checkin_mentees' ) . " WHERE checkin_id IN ({$ids}) ORDER BY mentee_id", ARRAY_A ); // phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared, WordPress.DB.PreparedSQL.InterpolatedNotPrepared, WordPress.DB.DirectDatabaseQuery -- integers only; our own table.
		$by    = array();
		foreach ( $links as $link ) {
			$by[ (int) $link['checkin_id'] ][] = $link;
		}
		foreach ( $rows as &$row ) {
			$mine                = $by[ (int) $row['id'] ] ?? array();
			$row['mentee_ids']   = array_map( static fn( $l ) => (int) $l['mentee_id'], $mine );
			$row['attendee_ids'] = array_values( array_map( static fn( $l ) => (int) $l['mentee_id'], array_filter( $mine, static fn( $l ) => '1' === (string) $l['attended'] ) ) );
		}
		unset( $row );
		return $rows;
	}

	/**
	 * Shapes a row for a viewer: coordinators and the mentor see everything; a mentee sees
	 * what was covered and agreed and whether they attended, never the private note, the
	 * help flag or who else was there. Null when the viewer may not read it.
	 *
	 * @param array<string, mixed> $row     Row with mentee_ids.
	 * @param int                  $user_id Viewer.
	 * @return array<string, mixed>|null
	 */
	private static function view( array $row, int $user_id ): ?array {
		$mentor_id = (int) $row['mentor_id'];
		$full      = Access::is_coordinator( $user_id ) || in_array( $mentor_id, \Mentorship_Program\Mentorship\Mentor_Directory::mentor_records( $user_id ), true );
		$own       = array_values( array_intersect( $row['mentee_ids'], Access::own_mentee_records( $user_id ) ) );
		if ( ! $full && ! $own ) {
			return null;
		}
		$mentor = Applications::get( $mentor_id );
		$base   = array(
			'id'         => (int) $row['id'],
			'held_on'    => (string) $row['held_on'],
			'kind'       => (string) $row['kind'],
			'kind_label' => self::kind_labels()[ $row['kind'] ] ?? (string) $row['kind'],
			'mentor'     => array(
				'id'   => $mentor_id,
				'name' => $mentor ? (string) $mentor['fields']['name'] : '',
			),
			'covered'    => (string) $row['covered'],
			'next_steps' => (string) $row['next_steps'],
		);
		if ( ! $full ) {
			$base['attended'] = in_array( $own[0], $row['attendee_ids'], true );
			return $base;
		}
		$mentees = array();
		foreach ( $row['mentee_ids'] as $mentee_id ) {
			$mentee    = Applications::get( $mentee_id );
			$mentees[] = array(
				'id'       => $mentee_id,
				'name'     => $mentee ? (string) $mentee['fields']['name'] : '',
				'attended' => in_array( $mentee_id, $row['attendee_ids'], true ),
			);
		}
		return array_merge(
			$base,
			array(
				'cohort'       => (int) $row['cohort_id'],
				'mentees'      => $mentees,
				'needs_help'   => (bool) (int) $row['needs_help'],
				'private_note' => (string) $row['private_note'],
				'revision'     => (int) $row['revision'],
				'created'      => mysql_to_rfc3339( (string) $row['created_at'] ) . 'Z',
				'modified'     => mysql_to_rfc3339( (string) $row['updated_at'] ) . 'Z',
			)
		);
	}

	/**
	 * Whether the user may change a stored check-in: its mentor or a coordinator.
	 *
	 * @param int                  $user_id User.
	 * @param array<string, mixed> $row     Row.
	 * @return bool
	 */
	private static function can_edit( int $user_id, array $row ): bool {
		return Access::is_coordinator( $user_id ) || in_array( (int) $row['mentor_id'], \Mentorship_Program\Mentorship\Mentor_Directory::mentor_records( $user_id ), true );
	}

	/**
	 * The mentor every listed mentee is assigned to, if the user may log for them.
	 *
	 * @param int[] $mentees Mentee IDs.
	 * @param int   $user_id User.
	 * @return int|WP_Error
	 */
	private static function mentor_for( array $mentees, int $user_id ) {
		$mentor_id = 0;
		foreach ( $mentees as $mentee_id ) {
			if ( ! Access::running_mentee( $mentee_id ) ) {
				/* translators: %d: application ID. */
				return Field_Errors::error( array( 'mentees' => sprintf( __( '%d is not a mentee of a running mentorship.', 'mentorship-program' ), $mentee_id ) ) );
			}
			if ( ! Access::can_log( $user_id, $mentee_id ) ) {
				return new WP_Error( 'mentorship_forbidden', __( 'You can log check-ins only for your own mentees.', 'mentorship-program' ), array( 'status' => 403 ) );
			}
			$assigned = Assignments::mentor_of( $mentee_id );
			if ( ! $assigned ) {
				/* translators: %d: application ID. */
				return Field_Errors::error( array( 'mentees' => sprintf( __( 'Mentee %d has no mentor yet.', 'mentorship-program' ), $mentee_id ) ) );
			}
			if ( $mentor_id && $assigned !== $mentor_id ) {
				return Field_Errors::error( array( 'mentees' => __( 'All mentees of one check-in must have the same mentor.', 'mentorship-program' ) ) );
			}
			$mentor_id = $assigned;
		}
		return $mentor_id;
	}

	/**
	 * Validates and normalises values; with a stored row, missing fields keep their values.
	 *
	 * @param array<string, mixed>      $values Values.
	 * @param array<string, mixed>|null $row    Stored row when editing.
	 * @return array<string, mixed>|WP_Error
	 */
	private static function validate( array $values, ?array $row ) {
		$errors  = array();
		$unknown = array_diff( array_keys( $values ), self::FIELDS );
		foreach ( $unknown as $key ) {
			$errors[ (string) $key ] = __( 'This field is not accepted here.', 'mentorship-program' );
		}
		$current = $row ? array(
			'held_on'      => (string) $row['held_on'],
			'kind'         => (string) $row['kind'],
			'mentees'      => $row['mentee_ids'],
			'attendees'    => $row['attendee_ids'],
			'covered'      => (string) $row['covered'],
			'next_steps'   => (string) $row['next_steps'],
			'needs_help'   => (bool) (int) $row['needs_help'],
			'private_note' => (string) $row['private_note'],
		) : array(
			'held_on'      => null,
			'kind'         => null,
			'mentees'      => null,
			'attendees'    => null,
			'covered'      => null,
			'next_steps'   => '',
			'needs_help'   => false,
			'private_note' => '',
		);
		$v       = array_merge( $current, array_intersect_key( $values, $current ) );
		// Changing who it concerns without naming the attendees means everyone attended.
		if ( $row && array_key_exists( 'mentees', $values ) && ! array_key_exists( 'attendees', $values ) ) {
			$v['attendees'] = null;
		}

		$held_on = is_string( $v['held_on'] ) ? trim( $v['held_on'] ) : '';
		$date    = \DateTimeImmutable::createFromFormat( '!Y-m-d', $held_on, new \DateTimeZone( 'UTC' ) );
		if ( ! $date || $date->format( 'Y-m-d' ) !== $held_on ) {
			$errors['held_on'] = __( 'Give the date of the check-in as YYYY-MM-DD.', 'mentorship-program' );
		} elseif ( $date->getTimestamp() > time() + DAY_IN_SECONDS ) {
			// One day of slack: the mentor's "today" may already be tomorrow in UTC.
			$errors['held_on'] = __( 'A check-in cannot be dated in the future.', 'mentorship-program' );
		} elseif ( $date->getTimestamp() < time() - 2 * YEAR_IN_SECONDS ) {
			$errors['held_on'] = __( 'This date is too far in the past.', 'mentorship-program' );
		}

		if ( ! is_string( $v['kind'] ) || ! in_array( $v['kind'], self::KINDS, true ) ) {
			/* translators: %s: list of kinds. */
			$errors['kind'] = sprintf( __( 'Choose the kind of check-in: %s.', 'mentorship-program' ), implode( ', ', self::KINDS ) );
		}

		$mentees = self::ids( $v['mentees'] );
		if ( null === $mentees || ! $mentees ) {
			$errors['mentees'] = __( 'Choose at least one mentee the check-in is about.', 'mentorship-program' );
		} elseif ( count( $mentees ) > self::MAX_MENTEES ) {
			/* translators: %d: maximum. */
			$errors['mentees'] = sprintf( __( 'A check-in can concern at most %d mentees.', 'mentorship-program' ), self::MAX_MENTEES );
		} elseif ( 'one-to-one' === $v['kind'] && count( $mentees ) > 1 ) {
			$errors['mentees'] = __( 'A one-to-one check-in concerns exactly one mentee.', 'mentorship-program' );
		}

		$attendees = null === $v['attendees'] ? $mentees : self::ids( $v['attendees'] );
		if ( null === $attendees ) {
			$errors['attendees'] = __( 'Attendees must be a list of mentee IDs.', 'mentorship-program' );
		} elseif ( $mentees && array_diff( $attendees, $mentees ) ) {
			$errors['attendees'] = __( 'Every attendee must be one of the mentees the check-in is about.', 'mentorship-program' );
		}

		$texts = array(
			'covered'      => true,
			'next_steps'   => false,
			'private_note' => false,
		);
		$clean = array();
		foreach ( $texts as $field => $required ) {
			if ( ! is_string( $v[ $field ] ) && null !== $v[ $field ] ) {
				$errors[ $field ] = __( 'This must be text.', 'mentorship-program' );
				continue;
			}
			$text = trim( sanitize_textarea_field( (string) $v[ $field ] ) );
			if ( $required && '' === $text ) {
				$errors[ $field ] = __( 'Say in a few words what was covered.', 'mentorship-program' );
			} elseif ( mb_strlen( $text ) > self::MAX_TEXT ) {
				/* translators: %d: maximum length. */
				$errors[ $field ] = sprintf( __( 'Keep this under %d characters.', 'mentorship-program' ), self::MAX_TEXT );
			}
			$clean[ $field ] = $text;
		}

		$help = $v['needs_help'];
		if ( ! is_bool( $help ) && ! in_array( $help, array( 0, 1, '0', '1', '', 'true', 'false', 'on' ), true ) ) {
			$errors['needs_help'] = __( 'Needs help must be yes or no.', 'mentorship-program' );
		}

		if ( $errors ) {
			return Field_Errors::error( $errors );
		}
		sort( $mentees );
		sort( $attendees );
		return array_merge(
			$clean,
			array(
				'held_on'    => $held_on,
				'kind'       => (string) $v['kind'],
				'mentees'    => $mentees,
				'attendees'  => $attendees,
				'needs_help' => in_array( $help, array( true, 1, '1', 'true', 'on' ), true ),
			)
		);
	}

	/**
	 * A list of positive integer IDs, without repeats, or null when it is not one.
	 *
	 * @param mixed $value Value.
	 * @return int[]|null
	 */
	private static function ids( $value ): ?array {
		if ( ! is_array( $value ) ) {
			return null;
		}
		$ids = array();
		foreach ( $value as $item ) {
			if ( ! is_int( $item ) && ! ( is_string( $item ) && ctype_digit( $item ) ) ) {
				return null;
			}
			if ( (int) $item > 0 ) {
				$ids[] = (int) $item;
			}
		}
		return array_values( array_unique( $ids ) );
	}

	/**
	 * Writes the mentees of a check-in.
	 *
	 * @param int                  $id    Check-in.
	 * @param array<string, mixed> $clean Clean values.
	 * @return bool
	 */
	private static function write_mentees( int $id, array $clean ): bool {
		global $wpdb;
		foreach ( $clean['mentees'] as $mentee_id ) {
			$ok = $wpdb->insert( // phpcs:ignore WordPress.DB.DirectDatabaseQuery.DirectQuery -- our own table.
				Schema::table( 'checkin_mentees' ),
				array(
					'checkin_id' => $id,
					'mentee_id'  => $mentee_id,
					'attended'   => in_array( $mentee_id, $clean['attendees'], true ) ? 1 : 0,
					'held_on'    => $clean['held_on'],
					'kind'       => $clean['kind'],
				),
				array( '%d', '%d', '%d', '%s', '%s' )
			);
			if ( ! $ok ) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Not found (also what someone who may not read a check-in hears).
	 *
	 * @return WP_Error
	 */
	private static function not_found(): WP_Error {
		return new WP_Error( 'mentorship_not_found', __( 'Check-in not found.', 'mentorship-program' ), array( 'status' => 404 ) );
	}

	/**
	 * The store failed; the transaction is undone.
	 *
	 * @return WP_Error
	 */
	private static function store_failed(): WP_Error {
		return new WP_Error( 'mentorship_store_failed', __( 'The check-in could not be saved. Please try again.', 'mentorship-program' ), array( 'status' => 503 ) );
	}
}
