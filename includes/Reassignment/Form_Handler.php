<?php
/**
 * The My mentorship block's forms of this feature, without JavaScript.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Reassignment;

defined( 'ABSPATH' ) || exit;

use Mentorship_Program\Blocks\Member_Form_Handler;
use Mentorship_Program\Mentorship\Form_Handler as Mentorship_Form_Handler;

/**
 * Reads a plain POST of "I can't continue", "Ask for a new mentor" and the backup
 * offer, checks the block's nonce and calls the services. A success redirects back with
 * a flag the block turns into a message; a refusal keeps the values and errors.
 *
 * @since 0.3.0
 */
final class Form_Handler extends Member_Form_Handler {

	/**
	 * The actions the forms post.
	 */
	public const ACTIONS = array( 'step_back', 'mentor_request', 'backup' );

	/**
	 * The forms sit in the My mentorship block and carry its nonce.
	 */
	public const NONCE_ACTION = Mentorship_Form_Handler::NONCE_ACTION;

	/**
	 * Steps back, asks for a new mentor, or sets the backup offer.
	 *
	 * @since 0.3.0
	 *
	 * @param string               $action  Action.
	 * @param int                  $target  Application the form is about.
	 * @param array<string, mixed> $post    Posted values (unslashed).
	 * @param int                  $user_id Current user.
	 * @return array{0: array<string, mixed>, 1: mixed}
	 */
	protected static function save( string $action, int $target, array $post, int $user_id ): array {
		$reason = isset( $post['reason'] ) && is_string( $post['reason'] ) ? $post['reason'] : '';
		if ( 'step_back' === $action ) {
			$values = array( 'reason' => $reason );
			$stored = Reassignment::step_back( $target, $values, $user_id );
		} elseif ( 'mentor_request' === $action ) {
			$values = array( 'reason' => $reason );
			$stored = Reassignment::request_new_mentor( $target, $values, $user_id );
		} else {
			$values = array( 'backup' => ! empty( $post['backup'] ) );
			$stored = Backups::set( $target, $values['backup'], $user_id );
		}
		return array( $values, $stored );
	}

}
