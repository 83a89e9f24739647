<?php
/**
 * Privacy: certificates and graduation fields in WordPress's personal data exporter
 * and eraser.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Graduation;

defined( 'ABSPATH' ) || exit;

use Mentorship_Program\Applications\Post_Types;
use Mentorship_Program\Privacy\Personal_Data as Privacy_Personal_Data;

/**
 * Its own exporter and eraser. The eraser runs before the applications' eraser (which
 * deletes the records this one looks up) and deletes the certificate, so its address
 * answers "not found" from then on.
 *
 * @since 0.3.0
 */
final class Personal_Data extends Privacy_Personal_Data {

	/**
	 * The exporter's and eraser's key.
	 *
	 * @since 0.3.0
	 *
	 * @return string
	 */
	protected function key(): string {
		return 'mentorship-program-graduation';
	}

	/**
	 * The exporter's and eraser's name.
	 *
	 * @since 0.3.0
	 *
	 * @return string
	 */
	protected function name(): string {
		return __( 'Mentorship graduation and certificates', 'mentorship-program' );
	}

	/**
	 * The title of the suggested privacy policy text.
	 *
	 * @since 0.3.0
	 *
	 * @return string
	 */
	protected function policy_title(): string {
		return __( 'Mentorship Program: certificates', 'mentorship-program' );
	}

	/**
	 * The suggested privacy policy text about graduation and certificates, as HTML.
	 *
	 * @since 0.3.0
	 *
	 * @return string
	 */
	public static function policy_text(): string {
		return '<p>' . esc_html__( 'When you graduate from the mentorship program, or mentor in one of its cohorts, we issue a certificate with your name, the cohort and its dates, and for graduates the contributor team you joined. Your mentor\'s name appears on a graduate\'s certificate only when both of you agreed. The certificate is a web page at a private, unguessable address: anyone you give the address to can open it to check that it is genuine, and search engines are asked not to list it. Coordinators can revoke a certificate; its page then says so.', 'mentorship-program' ) . '</p>'
			. '<p>' . esc_html__( 'Toward graduation we also keep the link to your first contribution, whether your mentor confirmed you are ready, and your answer about showing your mentor\'s name. An export of your data includes these and your certificate\'s address; an erasure deletes them, and the certificate\'s address then finds nothing.', 'mentorship-program' ) . '</p>';
	}

	/**
	 * Exports the graduation fields and the certificate of each application.
	 *
	 * @since 0.3.0
	 *
	 * @param string $email E-mail.
	 * @param int    $page  Page.
	 * @return array{data: array<int, array<string, mixed>>, done: bool}
	 */
	public static function export( $email, $page = 1 ): array {
		$ids  = self::applications( (string) $email, (int) $page );
		$data = array();
		$yes  = static fn( bool $value ): string => $value ? __( 'Yes', 'mentorship-program' ) : __( 'No', 'mentorship-program' );
		foreach ( $ids as $id ) {
			$progress  = Progress::get( $id );
			$is_mentee = Post_Types::MENTEE === get_post_type( $id );
			$items     = array(
				self::field( $is_mentee ? __( 'Show my mentor\'s name on my certificate', 'mentorship-program' ) : __( 'Show my name on my mentees\' certificates', 'mentorship-program' ), $yes( $progress['name_on_certificate'] ) ),
			);
			if ( $is_mentee ) {
				$items[] = self::field( __( 'First contribution', 'mentorship-program' ), $progress['contribution_link'] );
				$items[] = self::field( __( 'Mentor confirmed you are ready to graduate', 'mentorship-program' ), $progress['mentor_confirmed'] ? (string) $progress['mentor_confirmed_at'] : __( 'No', 'mentorship-program' ) );
			}
			$data[]      = self::item( 'mentorship-graduation', __( 'Mentorship graduation', 'mentorship-program' ), __( 'What was recorded toward graduating from the mentorship.', 'mentorship-program' ), 'mentorship-graduation-' . $id, $items );
			$certificate = Certificates::describe( $id );
			if ( $certificate ) {
				$data[] = self::item(
					'mentorship-certificates',
					__( 'Mentorship certificates', 'mentorship-program' ),
					__( 'Certificates issued for the mentorship, each at its own address.', 'mentorship-program' ),
					'mentorship-certificate-' . $id,
					array(
						self::field( __( 'Address', 'mentorship-program' ), $certificate['url'] ),
						self::field( __( 'Issued', 'mentorship-program' ), $certificate['issued_at'] ),
						self::field( __( 'Revoked', 'mentorship-program' ), $certificate['revoked'] ? (string) $certificate['revoked_at'] : __( 'No', 'mentorship-program' ) ),
					)
				);
			}
		}
		return self::exported( $data, count( $ids ) );
	}

	/**
	 * Deletes the graduation fields and the certificates of the person's applications.
	 *
	 * @since 0.3.0
	 *
	 * @param string $email E-mail.
	 * @param int    $page  Page.
	 * @return array{items_removed: int, items_retained: int, messages: string[], done: bool}
	 */
	public static function erase( $email, $page = 1 ): array {
		$ids     = self::applications( (string) $email, (int) $page );
		$removed = 0;
		foreach ( $ids as $id ) {
			$removed += Certificates::delete_for( $id ) + Progress::delete_for( $id );
		}
		return self::erased( $removed, count( $ids ) );
	}
}
