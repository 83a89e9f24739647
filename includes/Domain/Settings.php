<?php
/**
 * Site settings of the program, with defaults and validation.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Domain;

defined( 'ABSPATH' ) || exit;

/**
 * Reads and writes the mentorship_program_settings option.
 *
 * @since 0.1.0
 */
final class Settings {

	public const OPTION = 'mentorship_program_settings';

	/**
	 * Defaults for every setting.
	 *
	 * @return array<string, mixed>
	 */
	public static function defaults(): array {
		return array(
			'hidden_fields'            => array(),
			'require_login'            => false,
			// A generous burst per network (a family, an office, a small meetup); a
			// contributor day uses an event code. See docs/rate-limits.md.
			'rate_limit_count'         => 20,
			'rate_limit_window'        => 600,
			'trusted_proxies'          => array(),
			'retention_days'           => 180,
			'remove_data_on_uninstall' => false,
			'mail_templates'           => Mail_Templates::defaults(),
			'match_weights'            => array(
				'language' => 30,
				'overlap'  => 30,
				'teams'    => 25,
				'format'   => 15,
			),
		);
	}

	/**
	 * JSON Schema of the settings object.
	 *
	 * @return array<string, mixed>
	 */
	public static function schema(): array {
		$template = array(
			'type'                 => 'object',
			'properties'           => array(
				'enabled' => array( 'type' => 'boolean' ),
				'subject' => array(
					'type'      => 'string',
					'maxLength' => 200,
				),
				'body'    => array(
					'type'      => 'string',
					'maxLength' => 5000,
				),
			),
			'additionalProperties' => false,
		);
		$weight   = array(
			'type'    => 'integer',
			'minimum' => 0,
			'maximum' => 100,
		);
		return array(
			'$schema'              => 'http://json-schema.org/draft-04/schema#',
			'title'                => 'mentorship-settings',
			'type'                 => 'object',
			'additionalProperties' => false,
			'properties'           => array(
				'hidden_fields'            => array(
					'type'        => 'array',
					'items'       => array(
						'type' => 'string',
						'enum' => Fields::hideable(),
					),
					'uniqueItems' => true,
					'description' => __( 'Optional form fields that are hidden.', 'mentorship-program' ),
				),
				'require_login'            => array(
					'type'        => 'boolean',
					'description' => __( 'Whether applicants must log in.', 'mentorship-program' ),
				),
				'rate_limit_count'         => array(
					'type'        => 'integer',
					'minimum'     => 1,
					'maximum'     => 1000,
					'description' => __( 'Applications allowed per address in the window.', 'mentorship-program' ),
				),
				'rate_limit_window'        => array(
					'type'        => 'integer',
					'minimum'     => 10,
					'maximum'     => 86400,
					'description' => __( 'Rate limit window in seconds.', 'mentorship-program' ),
				),
				'trusted_proxies'          => array(
					'type'        => 'array',
					'items'       => array(
						'type'   => 'string',
						'format' => 'ip',
					),
					'maxItems'    => 20,
					'description' => __( 'Proxy addresses whose X-Forwarded-For header is trusted.', 'mentorship-program' ),
				),
				'retention_days'           => array(
					'type'        => 'integer',
					'minimum'     => 0,
					'maximum'     => 3650,
					'description' => __( 'Days after which declined and withdrawn applications are deleted (0 keeps them).', 'mentorship-program' ),
				),
				'remove_data_on_uninstall' => array(
					'type'        => 'boolean',
					'description' => __( 'Delete all mentorship data when the plugin is uninstalled.', 'mentorship-program' ),
				),
				'mail_templates'           => array(
					'type'                 => 'object',
					'properties'           => array_fill_keys( array_keys( Mail_Templates::defaults() ), $template ),
					'additionalProperties' => false,
				),
				'match_weights'            => array(
					'type'                 => 'object',
					'properties'           => array(
						'language' => $weight,
						'overlap'  => $weight,
						'teams'    => $weight,
						'format'   => $weight,
					),
					'additionalProperties' => false,
				),
			),
		);
	}

	/**
	 * All settings, defaults filled in.
	 *
	 * @return array<string, mixed>
	 */
	public static function all(): array {
		$stored                     = get_option( self::OPTION, array() );
		$stored                     = is_array( $stored ) ? $stored : array();
		$defaults                   = self::defaults();
		$settings                   = array_merge( $defaults, array_intersect_key( $stored, $defaults ) );
		$settings['mail_templates'] = array_replace_recursive( $defaults['mail_templates'], is_array( $settings['mail_templates'] ) ? $settings['mail_templates'] : array() );
		$settings['match_weights']  = array_merge( $defaults['match_weights'], is_array( $settings['match_weights'] ) ? $settings['match_weights'] : array() );
		return $settings;
	}

	/**
	 * One setting.
	 *
	 * @param string $key Key.
	 * @return mixed
	 */
	public static function get( string $key ) {
		return self::all()[ $key ] ?? null;
	}

	/**
	 * Merges validated changes into the stored settings.
	 *
	 * @param array<string, mixed> $changes Schema-validated changes.
	 * @return array<string, mixed> The new settings.
	 */
	public static function update( array $changes ): array {
		$settings = self::all();
		foreach ( $changes as $key => $value ) {
			if ( ! array_key_exists( $key, $settings ) ) {
				continue;
			}
			if ( 'mail_templates' === $key ) {
				foreach ( (array) $value as $stage => $template ) {
					foreach ( (array) $template as $part => $text ) {
						// Mail goes out as text/plain: the texts are plain text, kept as typed.
						$settings['mail_templates'][ $stage ][ $part ] = 'body' === $part ? Plain_Text::paragraphs( $text ) : ( 'enabled' === $part ? (bool) $text : Plain_Text::line( $text ) );
					}
				}
				continue;
			}
			if ( 'match_weights' === $key ) {
				$settings['match_weights'] = array_merge( $settings['match_weights'], array_map( 'intval', (array) $value ) );
				continue;
			}
			$settings[ $key ] = $value;
		}
		update_option( self::OPTION, $settings, false );
		return self::all();
	}
}
