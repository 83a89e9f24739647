<?php
/**
 * The application form's fields: one definition used for the REST schema, sanitising,
 * validation, the form block, privacy export and CSV export.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Applications;

defined( 'ABSPATH' ) || exit;

use Mentorship_Program\Support\Time_Zones;
use Mentorship_Program\Teams\Taxonomies;

/**
 * Field definitions and their validation.
 *
 * @since 0.1.0
 */
final class Fields {

	public const FORMATS = array( 'one-to-one', 'project-group', 'cohort-group' );

	public const EXPERIENCE = array( 'new', 'user', 'some_contributions' );

	/**
	 * The definitions built in this request, by locale.
	 *
	 * @var array<string, array<string, array<string, mixed>>>
	 */
	private static array $built = array();

	/**
	 * Every field, keyed by name. `for` names the application types that use it,
	 * `required` the types that must give it, `hideable` whether site admins may hide it.
	 *
	 * Built once per request and locale: one submission reads them a dozen times, and
	 * each build translates every label.
	 *
	 * @return array<string, array<string, mixed>>
	 */
	public static function definitions(): array {
		// Before init the translations are not loaded yet: those labels are not kept.
		if ( ! did_action( 'init' ) ) {
			return self::build();
		}
		$locale = determine_locale();
		if ( ! isset( self::$built[ $locale ] ) ) {
			self::$built[ $locale ] = self::build();
		}
		return self::$built[ $locale ];
	}

	/**
	 * Builds the definitions, with labels in the current language.
	 *
	 * @return array<string, array<string, mixed>>
	 */
	private static function build(): array {
		$both = array( 'mentee', 'mentor' );
		return array(
			'name'                => array(
				'type'      => 'string',
				'maxLength' => 100,
				'minLength' => 1,
				'for'       => $both,
				'required'  => $both,
				'label'     => __( 'Name', 'mentorship-program' ),
				'personal'  => true,
			),
			'email'               => array(
				'type'      => 'string',
				'format'    => 'email',
				'maxLength' => 254,
				'for'       => $both,
				'required'  => $both,
				'label'     => __( 'E-mail', 'mentorship-program' ),
				'personal'  => true,
			),
			'wporg_username'      => array(
				'type'      => 'string',
				'maxLength' => 60,
				'pattern'   => '^[A-Za-z0-9 _.@-]*$',
				'for'       => $both,
				'hideable'  => true,
				'label'     => __( 'WordPress.org username', 'mentorship-program' ),
				'personal'  => true,
			),
			'slack_username'      => array(
				'type'      => 'string',
				'maxLength' => 80,
				'for'       => $both,
				'hideable'  => true,
				'label'     => __( 'Slack username', 'mentorship-program' ),
				'personal'  => true,
			),
			'timezone'            => array(
				'type'      => 'string',
				'maxLength' => 64,
				'for'       => $both,
				'required'  => $both,
				'label'     => __( 'Time zone', 'mentorship-program' ),
				'personal'  => true,
			),
			'languages'           => array(
				'type'     => 'array',
				'items'    => array(
					'type'      => 'string',
					'pattern'   => '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$',
					'maxLength' => 20,
				),
				'minItems' => 1,
				'maxItems' => 10,
				'for'      => $both,
				'required' => $both,
				'label'    => __( 'Languages', 'mentorship-program' ),
				'personal' => true,
			),
			'region'              => array(
				'type'      => 'string',
				'maxLength' => 100,
				'for'       => $both,
				'hideable'  => true,
				'label'     => __( 'Region', 'mentorship-program' ),
				'personal'  => true,
			),
			'teams'               => array(
				'type'     => 'array',
				'items'    => array(
					'type'      => 'string',
					'maxLength' => 60,
				),
				'maxItems' => 25,
				'for'      => $both,
				'required' => array( 'mentor' ),
				'label'    => __( 'Teams', 'mentorship-program' ),
			),
			'experience'          => array(
				'type'     => 'string',
				'enum'     => self::EXPERIENCE,
				'for'      => array( 'mentee' ),
				'required' => array( 'mentee' ),
				'label'    => __( 'Experience', 'mentorship-program' ),
			),
			'contribution_links'  => array(
				'type'     => 'array',
				'items'    => array(
					'type'      => 'string',
					'format'    => 'uri',
					'pattern'   => '^https?://',
					'maxLength' => 300,
				),
				'maxItems' => 10,
				'for'      => $both,
				'hideable' => true,
				'label'    => __( 'Links to contributions', 'mentorship-program' ),
				'personal' => true,
			),
			'goals'               => array(
				'type'      => 'string',
				'maxLength' => 2000,
				'minLength' => 1,
				'for'       => array( 'mentee' ),
				'required'  => array( 'mentee' ),
				'label'     => __( 'Goals', 'mentorship-program' ),
				'personal'  => true,
			),
			'hours_per_week'      => array(
				'type'     => 'integer',
				'minimum'  => 1,
				'maximum'  => 40,
				'for'      => array( 'mentee' ),
				'required' => array( 'mentee' ),
				'label'    => __( 'Hours per week', 'mentorship-program' ),
			),
			'format'              => array(
				'type'     => 'string',
				'enum'     => array_merge( self::FORMATS, array( 'any' ) ),
				'for'      => array( 'mentee' ),
				'required' => array( 'mentee' ),
				'label'    => __( 'Preferred format', 'mentorship-program' ),
			),
			'formats'             => array(
				'type'        => 'array',
				'items'       => array(
					'type' => 'string',
					'enum' => self::FORMATS,
				),
				'minItems'    => 1,
				'maxItems'    => 3,
				'uniqueItems' => true,
				'for'         => array( 'mentor' ),
				'required'    => array( 'mentor' ),
				'label'       => __( 'Formats offered', 'mentorship-program' ),
			),
			'years_contributing'  => array(
				'type'    => 'integer',
				'minimum' => 0,
				'maximum' => 30,
				'for'     => array( 'mentor' ),
				'label'   => __( 'Years contributing', 'mentorship-program' ),
			),
			'capacity'            => array(
				'type'     => 'integer',
				'minimum'  => 1,
				'maximum'  => 10,
				'for'      => array( 'mentor' ),
				'required' => array( 'mentor' ),
				'label'    => __( 'How many mentees', 'mentorship-program' ),
			),
			'project_title'       => array(
				'type'      => 'string',
				'maxLength' => 120,
				'for'       => array( 'mentor' ),
				'hideable'  => true,
				'label'     => __( 'Project title', 'mentorship-program' ),
			),
			'project_description' => array(
				'type'      => 'string',
				'maxLength' => 2000,
				'for'       => array( 'mentor' ),
				'hideable'  => true,
				'label'     => __( 'Project description', 'mentorship-program' ),
			),
			'motivation'          => array(
				'type'      => 'string',
				'maxLength' => 2000,
				'minLength' => 1,
				'for'       => array( 'mentor' ),
				'required'  => array( 'mentor' ),
				'label'     => __( 'Motivation', 'mentorship-program' ),
				'personal'  => true,
			),
			'availability'        => array(
				'type'     => 'array',
				'items'    => array(
					'type'                 => 'object',
					'properties'           => array(
						'day'   => array(
							'type'    => 'integer',
							'minimum' => 0,
							'maximum' => 6,
						),
						'start' => array(
							'type'    => 'string',
							'pattern' => '^([01][0-9]|2[0-3]):[0-5][0-9]$',
						),
						'end'   => array(
							'type'    => 'string',
							'pattern' => '^([01][0-9]|2[0-4]):[0-5][0-9]$',
						),
					),
					'required'             => array( 'day', 'start', 'end' ),
					'additionalProperties' => false,
				),
				'maxItems' => 21,
				'for'      => array( 'mentee', 'mentor' ),
				'hideable' => true,
				'label'    => __( 'Weekly availability', 'mentorship-program' ),
			),
			'heard_from'          => array(
				'type'      => 'string',
				'maxLength' => 200,
				'for'       => array( 'mentee', 'mentor' ),
				'hideable'  => true,
				'label'     => __( 'How did you hear about the program?', 'mentorship-program' ),
			),
			'public_recognition'  => array(
				'type'     => 'boolean',
				'for'      => array( 'mentee', 'mentor' ),
				'hideable' => true,
				'label'    => __( 'Show my name on the mentors and graduates wall', 'mentorship-program' ),
			),
			'consent_coc'         => array(
				'type'     => 'boolean',
				'for'      => array( 'mentee', 'mentor' ),
				'required' => array( 'mentee', 'mentor' ),
				'label'    => __( 'I agree to the code of conduct', 'mentorship-program' ),
			),
			'consent_privacy'     => array(
				'type'     => 'boolean',
				'for'      => array( 'mentee', 'mentor' ),
				'required' => array( 'mentee', 'mentor' ),
				'label'    => __( 'I agree to the privacy notice', 'mentorship-program' ),
			),
		);
	}

	/**
	 * The fields a type uses, less those the site hides.
	 *
	 * @param string   $type   Type.
	 * @param string[] $hidden Hidden optional fields.
	 * @return array<string, array<string, mixed>>
	 */
	public static function for_type( string $type, array $hidden = array() ): array {
		$fields = array();
		foreach ( self::definitions() as $name => $field ) {
			if ( ! in_array( $type, $field['for'], true ) ) {
				continue;
			}
			if ( ! empty( $field['hideable'] ) && in_array( $name, $hidden, true ) ) {
				continue;
			}
			$fields[ $name ] = $field;
		}
		return $fields;
	}

	/**
	 * Names of fields site admins may hide.
	 *
	 * @return string[]
	 */
	public static function hideable(): array {
		return array_keys( array_filter( self::definitions(), static fn( $f ) => ! empty( $f['hideable'] ) ) );
	}

	/**
	 * A field's definition reduced to JSON Schema keywords.
	 *
	 * @param array<string, mixed> $field Field.
	 * @return array<string, mixed>
	 */
	public static function json_schema( array $field ): array {
		$schema                = array_diff_key( $field, array_flip( array( 'for', 'required', 'hideable', 'label', 'personal' ) ) );
		$schema['description'] = $field['label'];
		return $schema;
	}

	/**
	 * The languages applicants choose from: code => name in the site's language.
	 *
	 * @since 0.2.0
	 *
	 * @return array<string, string>
	 */
	public static function languages(): array {
		$languages = array(
			'en'    => __( 'English', 'mentorship-program' ),
			'es'    => __( 'Spanish', 'mentorship-program' ),
			'pt-BR' => __( 'Portuguese (Brazil)', 'mentorship-program' ),
			'pt'    => __( 'Portuguese (Portugal)', 'mentorship-program' ),
			'fr'    => __( 'French', 'mentorship-program' ),
			'de'    => __( 'German', 'mentorship-program' ),
			'it'    => __( 'Italian', 'mentorship-program' ),
			'nl'    => __( 'Dutch', 'mentorship-program' ),
			'ja'    => __( 'Japanese', 'mentorship-program' ),
			'zh-CN' => __( 'Chinese (Simplified)', 'mentorship-program' ),
			'zh-TW' => __( 'Chinese (Traditional)', 'mentorship-program' ),
			'ko'    => __( 'Korean', 'mentorship-program' ),
			'hi'    => __( 'Hindi', 'mentorship-program' ),
			'bn'    => __( 'Bengali', 'mentorship-program' ),
			'ur'    => __( 'Urdu', 'mentorship-program' ),
			'ne'    => __( 'Nepali', 'mentorship-program' ),
			'ta'    => __( 'Tamil', 'mentorship-program' ),
			'te'    => __( 'Telugu', 'mentorship-program' ),
			'mr'    => __( 'Marathi', 'mentorship-program' ),
			'gu'    => __( 'Gujarati', 'mentorship-program' ),
			'ar'    => __( 'Arabic', 'mentorship-program' ),
			'he'    => __( 'Hebrew', 'mentorship-program' ),
			'fa'    => __( 'Persian', 'mentorship-program' ),
			'tr'    => __( 'Turkish', 'mentorship-program' ),
			'ru'    => __( 'Russian', 'mentorship-program' ),
			'uk'    => __( 'Ukrainian', 'mentorship-program' ),
			'pl'    => __( 'Polish', 'mentorship-program' ),
			'cs'    => __( 'Czech', 'mentorship-program' ),
			'ro'    => __( 'Romanian', 'mentorship-program' ),
			'el'    => __( 'Greek', 'mentorship-program' ),
			'sv'    => __( 'Swedish', 'mentorship-program' ),
			'nb'    => __( 'Norwegian', 'mentorship-program' ),
			'da'    => __( 'Danish', 'mentorship-program' ),
			'fi'    => __( 'Finnish', 'mentorship-program' ),
			'id'    => __( 'Indonesian', 'mentorship-program' ),
			'ms'    => __( 'Malay', 'mentorship-program' ),
			'fil'   => __( 'Filipino', 'mentorship-program' ),
			'th'    => __( 'Thai', 'mentorship-program' ),
			'vi'    => __( 'Vietnamese', 'mentorship-program' ),
			'sw'    => __( 'Swahili', 'mentorship-program' ),
			'yo'    => __( 'Yoruba', 'mentorship-program' ),
			'ha'    => __( 'Hausa', 'mentorship-program' ),
			'am'    => __( 'Amharic', 'mentorship-program' ),
			'ca'    => __( 'Catalan', 'mentorship-program' ),
			'eu'    => __( 'Basque', 'mentorship-program' ),
			'gl'    => __( 'Galician', 'mentorship-program' ),

		);
		/**
		 * Filters the languages applicants can choose from: code => name.
		 *
		 * @since 0.1.0
		 *
		 * @param array<string, string> $languages Languages.
		 */
		return (array) apply_filters( 'mentorship_program_languages', $languages );
	}

	/**
	 * A language's name from its code, whatever its case (stored codes are lower case:
	 * pt-br is Portuguese (Brazil)); the code itself when the list does not have it.
	 *
	 * @since 0.2.0
	 *
	 * @param string $code Language code.
	 * @return string
	 */
	public static function language_name( string $code ): string {
		static $by_code = null;
		if ( null === $by_code ) {
			$by_code = array_change_key_case( self::languages(), CASE_LOWER );
		}
		return $by_code[ strtolower( $code ) ] ?? $code;
	}

	/**
	 * Whether a string is a real IANA time zone identifier, canonical or a legacy alias
	 * (Asia/Calcutta): sanitising stores the canonical name.
	 *
	 * @param string $zone Zone.
	 * @return bool
	 */
	public static function is_timezone( string $zone ): bool {
		return '' !== Time_Zones::canonicalize( $zone );
	}

	/**
	 * Validates a set of submitted values for a type beyond what the JSON Schema checks:
	 * required fields per type, real time zones, known teams, consents, time ranges.
	 *
	 * @param string               $type     Type.
	 * @param array<string, mixed> $values   Values (already schema-checked).
	 * @param string[]             $hidden   Hidden fields.
	 * @param bool                 $creating Whether this creates a record (required fields apply).
	 * @return array<string, string> Field => message; empty when valid.
	 */
	public static function validate( string $type, array $values, array $hidden = array(), bool $creating = true ): array {
		$errors = array();
		$fields = self::for_type( $type, $hidden );
		foreach ( $fields as $name => $field ) {
			$given = array_key_exists( $name, $values ) && null !== $values[ $name ] && '' !== $values[ $name ] && array() !== $values[ $name ];
			if ( $creating && ! $given && in_array( $type, $field['required'] ?? array(), true ) ) {
				/* translators: %s: field label. */
				$errors[ $name ] = sprintf( __( '%s is required.', 'mentorship-program' ), $field['label'] );
				continue;
			}
			if ( ! $given ) {
				continue;
			}
			$value = $values[ $name ];
			if ( 'string' === $field['type'] && is_string( $value ) && '' === trim( $value ) && in_array( $type, $field['required'] ?? array(), true ) ) {
				/* translators: %s: field label. */
				$errors[ $name ] = sprintf( __( '%s is required.', 'mentorship-program' ), $field['label'] );
			}
		}
		foreach ( array_keys( $values ) as $name ) {
			if ( ! isset( self::definitions()[ $name ] ) ) {
				continue;
			}
			if ( ! isset( $fields[ $name ] ) && null !== $values[ $name ] ) {
				/* translators: %s: field name. */
				$errors[ $name ] = sprintf( __( '%s is not part of this application.', 'mentorship-program' ), $name );
			}
		}
		if ( isset( $values['timezone'] ) && is_string( $values['timezone'] ) && '' !== $values['timezone'] && ! self::is_timezone( $values['timezone'] ) ) {
			$errors['timezone'] = __( 'Time zone must be a time zone name such as Europe/Lisbon or America/Sao_Paulo.', 'mentorship-program' );
		}
		if ( ! empty( $values['teams'] ) && is_array( $values['teams'] ) ) {
			$unknown = array_diff( $values['teams'], Taxonomies::team_slugs() );
			if ( $unknown ) {
				/* translators: %s: comma-separated team slugs. */
				$errors['teams'] = sprintf( __( 'Unknown teams: %s.', 'mentorship-program' ), implode( ', ', array_map( 'sanitize_text_field', $unknown ) ) );
			}
		}
		foreach ( array( 'consent_coc', 'consent_privacy' ) as $consent ) {
			if ( $creating && isset( $fields[ $consent ] ) && true !== ( $values[ $consent ] ?? false ) ) {
				$errors[ $consent ] = 'consent_coc' === $consent
					? __( 'Please agree to the code of conduct to apply.', 'mentorship-program' )
					: __( 'Please agree to the privacy notice to apply.', 'mentorship-program' );
			}
		}
		if ( ! empty( $values['availability'] ) && is_array( $values['availability'] ) ) {
			foreach ( $values['availability'] as $slot ) {
				if ( is_array( $slot ) && isset( $slot['start'], $slot['end'] ) && strcmp( (string) $slot['start'], (string) $slot['end'] ) >= 0 ) {
					$errors['availability'] = __( 'Each availability slot must end after it starts.', 'mentorship-program' );
					break;
				}
			}
		}
		return $errors;
	}

	/**
	 * Reads a yes-or-no answer strictly. Every route, the form without JavaScript and
	 * the CSV importer read one through here, so the string "false" never means yes.
	 *
	 * Yes: true, 1, "true", "1", "on". No: false, 0, "false", "0", "" and a missing
	 * value (null). Strings are compared without regard to case.
	 *
	 * @since 0.1.0
	 *
	 * @param mixed $value Value from JSON, a form or a file.
	 * @return bool|null The answer, or null when the value is neither yes nor no.
	 */
	public static function parse_boolean( $value ): ?bool {
		if ( is_bool( $value ) ) {
			return $value;
		}
		if ( null === $value ) {
			return false;
		}
		if ( is_int( $value ) ) {
			return 1 === $value ? true : ( 0 === $value ? false : null );
		}
		if ( is_string( $value ) ) {
			$value = strtolower( $value );
			if ( in_array( $value, array( 'true', '1', 'on' ), true ) ) {
				return true;
			}
			if ( in_array( $value, array( 'false', '0', '' ), true ) ) {
				return false;
			}
		}
		return null;
	}

	/**
	 * The message for a value parse_boolean() does not accept.
	 *
	 * @since 0.1.0
	 *
	 * @param string $name Field or parameter name.
	 * @return string
	 */
	public static function boolean_error( string $name ): string {
		/* translators: %s: field name. */
		return sprintf( __( '%s must be true or false.', 'mentorship-program' ), $name );
	}

	/**
	 * Plain text without control characters: WordPress's text sanitising keeps NUL and
	 * other control bytes unless the text also holds a "<", so they are removed here.
	 * Multi-line text keeps its tabs and line breaks.
	 *
	 * @since 0.1.0
	 *
	 * @param mixed $value     Value.
	 * @param bool  $multiline Whether line breaks are kept.
	 * @return string
	 */
	public static function text( $value, bool $multiline = false ): string {
		$value = is_scalar( $value ) ? (string) $value : '';
		$text  = $multiline ? sanitize_textarea_field( $value ) : sanitize_text_field( $value );
		$clean = preg_replace( $multiline ? '/[\x00-\x08\x0B\x0C\x0E-\x1F\x7F\x{80}-\x{9F}]/u' : '/[\x00-\x1F\x7F\x{80}-\x{9F}]/u', '', $text );
		return null === $clean ? '' : $clean;
	}

	/**
	 * Sanitises values of known fields (after schema validation).
	 *
	 * @param array<string, mixed> $values Values.
	 * @return array<string, mixed>
	 */
	public static function sanitize( array $values ): array {
		$clean = array();
		foreach ( self::definitions() as $name => $field ) {
			if ( ! array_key_exists( $name, $values ) ) {
				continue;
			}
			$value = $values[ $name ];
			switch ( $name ) {
				case 'email':
					$clean[ $name ] = sanitize_email( (string) $value );
					break;
				case 'timezone':
					// Legacy names (Asia/Calcutta, Europe/Kiev) are stored as the zone the form offers.
					$zone           = sanitize_text_field( (string) $value );
					$canonical      = Time_Zones::canonicalize( $zone );
					$clean[ $name ] = '' !== $canonical ? $canonical : $zone;
					break;
				case 'goals':
				case 'motivation':
				case 'project_description':
					$clean[ $name ] = self::text( $value, true );
					break;
				case 'contribution_links':
					$clean[ $name ] = array_values( array_filter( array_map( 'esc_url_raw', (array) $value ) ) );
					break;
				case 'teams':
					$clean[ $name ] = array_values( array_unique( array_map( 'sanitize_title', (array) $value ) ) );
					break;
				case 'languages':
					$clean[ $name ] = array_values( array_unique( array_map( static fn( $v ) => substr( preg_replace( '/[^A-Za-z0-9-]/', '', (string) $v ), 0, 20 ), (array) $value ) ) );
					break;
				case 'availability':
					$clean[ $name ] = array_values(
						array_map(
							static fn( $slot ) => array(
								'day'   => (int) $slot['day'],
								'start' => (string) $slot['start'],
								'end'   => (string) $slot['end'],
							),
							(array) $value
						)
					);
					break;
				default:
					if ( 'integer' === $field['type'] ) {
						$clean[ $name ] = (int) $value;
					} elseif ( 'boolean' === $field['type'] ) {
						$clean[ $name ] = true === self::parse_boolean( $value );
					} elseif ( 'array' === $field['type'] ) {
						$clean[ $name ] = array_values( array_map( array( self::class, 'text' ), (array) $value ) );
					} else {
						$clean[ $name ] = self::text( $value );
					}
			}
		}
		return $clean;
	}
}
