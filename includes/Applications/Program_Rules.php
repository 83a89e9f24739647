<?php
/**
 * The program's rules as the browser needs them: stages, their labels and legal
 * moves, the application fields, the e-mail placeholders.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Applications;

defined( 'ABSPATH' ) || exit;

use Mentorship_Program\Notifications\Mail_Templates;

/**
 * One description of the rules for every client (the admin app's boot data and the
 * generated REST description), read from the classes that enforce them, so the
 * browser never keeps its own copy.
 *
 * @since 0.2.0
 */
final class Program_Rules {

	/**
	 * The rules, with labels in the site's language.
	 *
	 * @since 0.2.0
	 *
	 * @return array{stages: array<string, array<int, array{stage: string, label: string, next: string[]}>>, fields: array<string, array{label: string, for: string[], required: string[], hideable: bool}>, placeholders: string[]}
	 */
	public static function for_client(): array {
		$stages = array();
		foreach ( Stages::types() as $type ) {
			foreach ( Stages::stages( $type ) as $stage ) {
				$stages[ $type ][] = array(
					'stage' => $stage,
					'label' => Stages::label( $stage ),
					'next'  => Stages::next( $type, $stage ),
				);
			}
		}
		$fields = array();
		foreach ( Fields::definitions() as $name => $field ) {
			$fields[ $name ] = array(
				'label'    => (string) $field['label'],
				'for'      => array_values( (array) $field['for'] ),
				'required' => array_values( (array) ( $field['required'] ?? array() ) ),
				'hideable' => ! empty( $field['hideable'] ),
			);
		}
		return array(
			'stages'       => $stages,
			'fields'       => $fields,
			'placeholders' => Mail_Templates::placeholders(),
		);
	}
}
