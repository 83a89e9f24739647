<?php
/**
 * The graduation form of "My mentorship" without JavaScript: the contribution link,
 * the mentor's confirmation, the name-on-certificate agreement.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Graduation;

defined( 'ABSPATH' ) || exit;

use Mentorship_Program\Blocks\Member_Form_Handler;

/**
 * Reads a plain POST, checks the nonce, and calls Progress::update(). A success
 * redirects back with a flag; a refusal keeps the errors for the block to show.
 *
 * @since 0.3.0
 */
final class Form_Handler extends Member_Form_Handler {

	/**
	 * Nonce action of the form.
	 */
	public const NONCE_ACTION = 'mentorship_graduation';

	/**
	 * The action the form posts.
	 */
	public const ACTION = 'graduation_progress';

	/**
	 * The actions the form posts.
	 */
	public const ACTIONS = array( self::ACTION );

	/**
	 * The query argument of the redirect after a save: the record that was saved.
	 */
	public const SAVED_ARG = 'mentorship-graduation-saved';

	/**
	 * Back at the record's form, with the record that was saved.
	 *
	 * @since 0.3.0
	 *
	 * @param array<string, mixed> $result Result.
	 * @param string               $back   The page the form was posted from.
	 * @return string
	 */
	protected static function saved_url( array $result, string $back ): string {
		return add_query_arg( self::SAVED_ARG, (int) $result['target'], remove_query_arg( array( 'mentorship-saved', self::SAVED_ARG ), $back ) ) . '#mentorship-graduation-' . (int) $result['target'];
	}

	/**
	 * Saves the fields the form showed.
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
		// The form lists the fields it showed, so an unticked box reads as "no".
		$shown  = isset( $post['fields'] ) && is_array( $post['fields'] ) ? array_intersect( Progress::FIELDS, array_map( 'strval', $post['fields'] ) ) : array();
		$values = array();
		foreach ( $shown as $field ) {
			if ( 'contribution_link' === $field ) {
				$values[ $field ] = isset( $post[ $field ] ) && is_string( $post[ $field ] ) ? $post[ $field ] : '';
			} else {
				$values[ $field ] = ! empty( $post[ $field ] );
			}
		}
		return array( $values, Progress::update( $target, $values, $user_id ) );
	}

}
