<?php
/**
 * An accepted submission: the stored application, or nothing for a bot or a dry run.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Applications;

defined( 'ABSPATH' ) || exit;

use Mentorship_Program\Applications\Stages;
use Mentorship_Program\Applications\Status_Links;
use Mentorship_Program\Notifications\Mailer;

/**
 * What Submission::submit() answers when it accepts: the application it stored (none
 * for a bot caught by the honeypot, or on a dry run), the checked values, and the
 * receipt the applicant sees — the same for a bot as for a person.
 *
 * @since 0.2.0
 */
final class Submitted {

	/**
	 * Sets the outcome.
	 *
	 * @param string                    $type        mentee or mentor.
	 * @param array<string, mixed>|null $application The stored application, or null when nothing was stored.
	 * @param array<string, mixed>      $values      The sanitised, checked values.
	 */
	public function __construct(
		public readonly string $type,
		public readonly ?array $application,
		public readonly array $values = array()
	) {}

	/**
	 * Whether an application was stored.
	 *
	 * @since 0.2.0
	 *
	 * @return bool
	 */
	public function stored(): bool {
		return null !== $this->application;
	}

	/**
	 * The receipt the applicant sees: a bot gets one of the same shape, with a link
	 * that opens nothing.
	 *
	 * @since 0.2.0
	 *
	 * @return array{type: string, stage: string, stage_label: string, message: string, next_steps: string, status_url: string}
	 */
	public function receipt(): array {
		$application = $this->application;
		$type        = $this->type;
		$waiting     = ! $application || empty( $application['confirmed'] );
		if ( $application ) {
			$type = (string) $application['type'];
			$link = Status_Links::issued_url( (int) $application['id'], $waiting ? 'receipt' : 'mail' );
		} else {
			// A link of the same shape as a real one, which opens nothing.
			$link = Status_Links::url( self::plausible_id(), Status_Links::new_secret() );
		}
		return array(
			'type'        => $type,
			'stage'       => 'submitted',
			'stage_label' => Stages::label( 'submitted' ),
			'message'     => $waiting
				? __( 'Thank you! Your application is in. We have sent you an e-mail with your private link: open it to confirm your address.', 'mentorship-program' )
				: __( 'Thank you! Your application is in. We have sent you a confirmation e-mail with your private link.', 'mentorship-program' ),
			'next_steps'  => $waiting
				? __( 'Once you have confirmed your address, a coordinator will start reviewing your application. Unconfirmed applications are removed after a week.', 'mentorship-program' )
				: Stages::explanation( $type, 'submitted' ),
			'status_url'  => '' !== $link ? $link : Mailer::status_url(),
		);
	}

	/**
	 * The ID the next stored post would most likely get, for a bot's link.
	 *
	 * @return int
	 */
	private static function plausible_id(): int {
		global $wpdb;
		return 1 + (int) $wpdb->get_var( "SELECT MAX(ID) FROM {$wpdb->posts}" ); // phpcs:ignore WordPress.DB.DirectDatabaseQuery -- one indexed value, for the honeypot's answer only.
	}
}
