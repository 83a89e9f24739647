<?php
/**
 * Survey questions: the default set and the rules of a question list.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Surveys;

defined( 'ABSPATH' ) || exit;

use WP_Error;

/**
 * A question is `{ key, kind, label, required, options? }` where kind is rating (1–5),
 * nps (0–10), choice (one of options) or text. Keys tie the same question together
 * across the start and end surveys and across mentees and mentors.
 *
 * @since 0.3.0
 */
final class Questions {

	public const KINDS = array( 'rating', 'nps', 'choice', 'text' );

	/**
	 * Scale of each scored kind: lowest and highest answer.
	 */
	public const SCALES = array(
		'rating' => array( 1, 5 ),
		'nps'    => array( 0, 10 ),
	);

	public const MAX_QUESTIONS = 20;
	public const MAX_TEXT      = 2000;

	/**
	 * The program's published questions, asked of mentees and mentors alike.
	 *
	 * @since 0.3.0
	 *
	 * @return array<int, array<string, mixed>>
	 */
	public static function defaults(): array {
		return array(
			array(
				'key'      => 'familiarity',
				'kind'     => 'rating',
				'label'    => __( 'How familiar are you with the WordPress project and how it works?', 'mentorship-program' ),
				'required' => true,
			),
			array(
				'key'      => 'confidence',
				'kind'     => 'rating',
				'label'    => __( 'How confident do you feel contributing to WordPress?', 'mentorship-program' ),
				'required' => true,
			),
			array(
				'key'      => 'satisfaction',
				'kind'     => 'rating',
				'label'    => __( 'How satisfied are you with the mentorship program?', 'mentorship-program' ),
				'required' => true,
			),
			array(
				'key'      => 'recommend',
				'kind'     => 'nps',
				'label'    => __( 'How likely are you to recommend the program to a friend?', 'mentorship-program' ),
				'required' => false,
			),
			array(
				'key'      => 'helped',
				'kind'     => 'text',
				'label'    => __( 'What helped you most?', 'mentorship-program' ),
				'required' => false,
			),
			array(
				'key'      => 'change',
				'kind'     => 'text',
				'label'    => __( 'What would you change?', 'mentorship-program' ),
				'required' => false,
			),
		);
	}

	/**
	 * JSON Schema of a question list (REST and validation share it).
	 *
	 * @since 0.3.0
	 *
	 * @return array<string, mixed>
	 */
	public static function schema(): array {
		return array(
			'type'     => 'array',
			'minItems' => 1,
			'maxItems' => self::MAX_QUESTIONS,
			'items'    => array(
				'type'                 => 'object',
				'properties'           => array(
					'key'      => array(
						'type'      => 'string',
						'pattern'   => '^[a-z][a-z0-9_]{0,39}$',
						'maxLength' => 40,
					),
					'kind'     => array(
						'type' => 'string',
						'enum' => self::KINDS,
					),
					'label'    => array(
						'type'      => 'string',
						'minLength' => 1,
						'maxLength' => 300,
					),
					'required' => array( 'type' => 'boolean' ),
					'options'  => array(
						'type'     => 'array',
						'items'    => array(
							'type'      => 'string',
							'minLength' => 1,
							'maxLength' => 120,
						),
						'maxItems' => 12,
					),
				),
				'required'             => array( 'key', 'kind', 'label' ),
				'additionalProperties' => false,
			),
		);
	}

	/**
	 * The question list's schema as REST describes it: the same, without item counts,
	 * which the generated TypeScript types would spell out as one tuple per length.
	 * sanitize() still checks the counts (a 400 naming "questions").
	 *
	 * @since 0.3.0
	 *
	 * @return array<string, mixed>
	 */
	public static function described_schema(): array {
		$schema = self::schema();
		unset( $schema['minItems'], $schema['maxItems'], $schema['items']['properties']['options']['maxItems'] );
		$schema['description'] = sprintf(
			/* translators: 1: most questions, 2: most options. */
			__( 'The questions (1 to %1$d; a choice has 2 to %2$d options). They can change only before the survey opens.', 'mentorship-program' ),
			self::MAX_QUESTIONS,
			12
		);
		return $schema;
	}

	/**
	 * Checks and cleans a question list.
	 *
	 * @since 0.3.0
	 *
	 * @param mixed $questions Raw list.
	 * @return array<int, array<string, mixed>>|WP_Error
	 */
	public static function sanitize( $questions ) {
		$valid = rest_validate_value_from_schema( $questions, self::schema(), 'questions' );
		if ( is_wp_error( $valid ) ) {
			return self::invalid( $valid->get_error_message() );
		}
		$clean = array();
		$keys  = array();
		foreach ( (array) $questions as $question ) {
			$key = (string) $question['key'];
			if ( isset( $keys[ $key ] ) ) {
				/* translators: %s: question key. */
				return self::invalid( sprintf( __( 'Two questions have the key "%s".', 'mentorship-program' ), $key ) );
			}
			$keys[ $key ] = true;
			$item         = array(
				'key'      => $key,
				'kind'     => (string) $question['kind'],
				'label'    => sanitize_text_field( (string) $question['label'] ),
				'required' => ! empty( $question['required'] ),
			);
			if ( 'choice' === $item['kind'] ) {
				$options = array_values( array_unique( array_filter( array_map( 'sanitize_text_field', (array) ( $question['options'] ?? array() ) ) ) ) );
				if ( count( $options ) < 2 ) {
					return self::invalid( __( 'A choice question needs at least two options.', 'mentorship-program' ) );
				}
				$item['options'] = $options;
			}
			if ( '' === $item['label'] ) {
				return self::invalid( __( 'Every question needs a text.', 'mentorship-program' ) );
			}
			$clean[] = $item;
		}
		return $clean;
	}

	/**
	 * A 400 naming the questions field.
	 *
	 * @param string $message Message.
	 * @return WP_Error
	 */
	private static function invalid( string $message ): WP_Error {
		return Surveys::refusal( 'questions', $message, $message );
	}
}
