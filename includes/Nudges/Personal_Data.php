<?php
/**
 * Privacy: the nudge log and the opt-out in WordPress's personal data exporter and eraser.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Nudges;

defined( 'ABSPATH' ) || exit;

use Mentorship_Program\Privacy\Personal_Data as Privacy_Personal_Data;

/**
 * Nudges are kept by the address they went to, so export and erasure look them up by it.
 *
 * @since 0.3.0
 */
final class Personal_Data extends Privacy_Personal_Data {

	/**
	 * Log rows per page of a request.
	 */
	public const PER_PAGE = 200;

	/**
	 * The exporter's and eraser's key.
	 *
	 * @since 0.3.0
	 *
	 * @return string
	 */
	protected function key(): string {
		return 'mentorship-program-nudges';
	}

	/**
	 * The exporter's and eraser's name.
	 *
	 * @since 0.3.0
	 *
	 * @return string
	 */
	protected function name(): string {
		return __( 'Mentorship reminder e-mails', 'mentorship-program' );
	}

	/**
	 * The title of the suggested privacy policy text.
	 *
	 * @since 0.3.0
	 *
	 * @return string
	 */
	protected function policy_title(): string {
		return __( 'Mentorship Program: reminder e-mails', 'mentorship-program' );
	}

	/**
	 * The suggested text, as HTML.
	 *
	 * @since 0.3.0
	 *
	 * @return string
	 */
	public static function policy_text(): string {
		return '<p>' . esc_html(
			sprintf(
				/* translators: %d: number of days. */
				__( 'While a cohort runs, the mentorship program may send you reminder e-mails: before group sessions, and to mentors when a check-in is due. We record which reminder went to your e-mail address and when (to send each one once and no more than a few a week) and keep that record for %d days. Every reminder has a link to turn reminders off, and you can turn them off or on again on your My mentorship page; we then store that choice with your e-mail address.', 'mentorship-program' ),
				Nudges::KEEP_DAYS
			)
		) . '</p>';
	}

	/**
	 * Exports the reminders sent to an address, and its opt-out.
	 *
	 * @since 0.3.0
	 *
	 * @param string $email E-mail.
	 * @param int    $page  Page.
	 * @return array{data: array<int, array<string, mixed>>, done: bool}
	 */
	public static function export( $email, $page = 1 ): array {
		global $wpdb;
		$email = strtolower( (string) $email );
		$page  = max( 1, (int) $page );
		$table = Schema::table( 'nudges' );
		$rows  = (array) $wpdb->get_results( $wpdb->prepare( "SELECT id, kind, created_at FROM {$table} WHERE recipient = %s ORDER BY id LIMIT %d OFFSET %d", $email, self::PER_PAGE, ( $page - 1 ) * self::PER_PAGE ), ARRAY_A ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared, WordPress.DB.DirectDatabaseQuery -- our own table.
		$kinds = array(
			'checkin' => __( 'Check-in reminder', 'mentorship-program' ),
			'manual'  => __( 'Check-in reminder from a coordinator', 'mentorship-program' ),
			'session' => __( 'Session reminder', 'mentorship-program' ),
		);
		$data  = array();
		foreach ( $rows as $row ) {
			$data[] = self::item(
				'mentorship-nudges',
				__( 'Mentorship reminder e-mails', 'mentorship-program' ),
				__( 'Reminders the mentorship program sent you.', 'mentorship-program' ),
				'mentorship-nudge-' . (int) $row['id'],
				array(
					self::field( __( 'Reminder', 'mentorship-program' ), $kinds[ $row['kind'] ] ?? (string) $row['kind'] ),
					self::field( __( 'Sent', 'mentorship-program' ), (string) $row['created_at'] . ' UTC' ),
				)
			);
		}
		$opt_out = 1 === $page ? Opt_Out::record( $email ) : null;
		if ( $opt_out ) {
			$data[] = self::item(
				'mentorship-nudges',
				__( 'Mentorship reminder e-mails', 'mentorship-program' ),
				'',
				'mentorship-nudge-opt-out',
				array(
					self::field( __( 'Reminder e-mails turned off', 'mentorship-program' ), $opt_out['created_at'] . ' UTC' ),
				)
			);
		}
		return self::exported( $data, count( $rows ) );
	}

	/**
	 * Erases the reminders sent to an address, and its opt-out.
	 *
	 * @since 0.3.0
	 *
	 * @param string $email E-mail.
	 * @param int    $page  Page.
	 * @return array{items_removed: int, items_retained: int, messages: string[], done: bool}
	 */
	public static function erase( $email, $page = 1 ): array {
		global $wpdb;
		unset( $page );
		$email   = strtolower( (string) $email );
		$removed = (int) $wpdb->delete( Schema::table( 'nudges' ), array( 'recipient' => $email ), array( '%s' ) ); // phpcs:ignore WordPress.DB.DirectDatabaseQuery -- our own table.
		if ( Opt_Out::record( $email ) ) {
			Opt_Out::set( $email, false );
			++$removed;
		}
		return array(
			'items_removed'  => $removed,
			'items_retained' => 0,
			'messages'       => array(),
			'done'           => true,
		);
	}
}
