<?php
/**
 * Site settings of the program, with defaults and validation.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Settings;

defined( 'ABSPATH' ) || exit;

use Mentorship_Program\Applications\Fields;
use Mentorship_Program\Database\Schema;
use Mentorship_Program\Notifications\Mail_Templates;
use Mentorship_Program\Support\Plain_Text;

/**
 * Reads and writes the mentorship_program_settings option.
 *
 * @since 0.1.0
 */
final class Settings {

	public const OPTION = 'mentorship_program_settings';

	/**
	 * Settings whose default comes from the site (a page), read each time until a
	 * coordinator saves a value of their own.
	 *
	 * @var string[]
	 */
	public const SITE_DEFAULTS = array( 'code_of_conduct_url', 'privacy_notice_url' );

	/**
	 * What a consent link may hold: empty, or an http(s) address without spaces.
	 */
	public const URL_PATTERN = '^$|^https?://[^\\s<>"]+$';

	/**
	 * Option keeping the code of conduct and privacy pages' addresses between requests
	 * (autoloaded): looking them up costs queries, and every submission records both.
	 */
	public const SITE_PAGES_OPTION = 'mentorship_program_site_pages';

	/**
	 * '' once the site pages' addresses were read in this request, null before.
	 *
	 * @var string|null
	 */
	private static ?string $code_of_conduct_page = null;

	/**
	 * The site pages' addresses, once read in this request.
	 *
	 * @var array<string, string>
	 */
	private static array $site_pages = array();

	/**
	 * The settings as all() last built them, with what they were built from.
	 *
	 * A submission asks for a setting a dozen times (login rule, limits, hidden fields,
	 * mail texts), and building them translates every default mail text: a third of
	 * the route's own processor time before this was kept.
	 *
	 * @var array{stored: mixed, key: string, settings: array<string, mixed>}|null
	 */
	private static ?array $built = null;

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
			'code_of_conduct_url'      => '',
			'privacy_notice_url'       => '',
			'mail_templates'           => Mail_Templates::defaults(),
			'nudge_weekly_cap'         => 2,
			// Surveys: coordinators see only aggregates unless the site allows more.
			'survey_show_answers'      => false,
			'followup_days'            => array( 30, 60, 90 ),
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
				'code_of_conduct_url'      => array(
					'type'        => 'string',
					'maxLength'   => 2000,
					'pattern'     => self::URL_PATTERN,
					'description' => __( 'Address of the code of conduct applicants agree to (empty: none).', 'mentorship-program' ),
				),
				'privacy_notice_url'       => array(
					'type'        => 'string',
					'maxLength'   => 2000,
					'pattern'     => self::URL_PATTERN,
					'description' => __( 'Address of the privacy notice applicants agree to (empty: none).', 'mentorship-program' ),
				),
				'mail_templates'           => array(
					'type'                 => 'object',
					'properties'           => array_fill_keys( array_keys( Mail_Templates::defaults() ), $template ),
					'additionalProperties' => false,
				),
				'nudge_weekly_cap'         => array(
					'type'        => 'integer',
					'minimum'     => 0,
					'maximum'     => 14,
					'description' => __( 'Most reminder e-mails (nudges) one person gets in seven days; 0 sends none.', 'mentorship-program' ),
				),
				'survey_show_answers'      => array(
					'type'        => 'boolean',
					'description' => __( 'Whether coordinators may read individual survey answers (mentors never can).', 'mentorship-program' ),
				),
				'followup_days'            => array(
					'type'        => 'array',
					'items'       => array(
						'type'    => 'integer',
						'minimum' => 1,
						'maximum' => 730,
					),
					'uniqueItems' => true,
					'maxItems'    => 6,
					'description' => __( 'Days after graduation on which graduates are asked whether they still contribute.', 'mentorship-program' ),
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
		$stored = get_option( self::OPTION, array() );
		$stored = is_array( $stored ) ? $stored : array();
		// Built again when the stored value, the language, the privacy page or the mail
		// text filters change (compared, not trusted to hooks: a rolled-back transaction
		// changes the value without any).
		$key = get_locale() . '|' . (int) get_option( 'wp_page_for_privacy_policy' ) . '|' . self::filters_signature();
		if ( null !== self::$built && self::$built['key'] === $key && self::$built['stored'] === $stored ) {
			return self::$built['settings'];
		}
		$raw                        = $stored;
		$defaults                   = self::defaults();
		$settings                   = array_merge( $defaults, array_intersect_key( $stored, $defaults ) );
		$settings['mail_templates'] = array_replace_recursive( $defaults['mail_templates'], is_array( $settings['mail_templates'] ) ? $settings['mail_templates'] : array() );
		$settings['match_weights']  = array_merge( $defaults['match_weights'], is_array( $settings['match_weights'] ) ? $settings['match_weights'] : array() );
		foreach ( self::SITE_DEFAULTS as $site_key ) {
			$settings[ $site_key ] = array_key_exists( $site_key, $stored ) ? (string) $stored[ $site_key ] : self::site_default( $site_key );
		}
		self::$built = array(
			'stored'   => $raw,
			'key'      => $key,
			'settings' => $settings,
		);
		return $settings;
	}

	/**
	 * What the callbacks on the filters that shape the defaults are, in short.
	 *
	 * @return string
	 */
	private static function filters_signature(): string {
		global $wp_filter;
		$out = '';
		foreach ( array( 'mentorship_program_mail_templates', 'mentorship_program_mail_placeholders' ) as $hook ) {
			$out .= isset( $wp_filter[ $hook ] ) ? spl_object_id( $wp_filter[ $hook ] ) . ':' . count( $wp_filter[ $hook ]->callbacks, COUNT_RECURSIVE ) . ';' : '-;';
		}
		return $out;
	}

	/**
	 * Loads the settings with the site's other options from now on: every submission
	 * and every page with the form reads them (an upgrade step; saving does it too).
	 *
	 * @since 0.4.0
	 */
	public static function autoload(): void {
		if ( false !== get_option( self::OPTION ) && function_exists( 'wp_set_option_autoload' ) ) {
			wp_set_option_autoload( self::OPTION, true );
		}
	}

	/**
	 * The site's own page for a consent link: the privacy policy page, or a published
	 * page whose slug is code-of-conduct.
	 *
	 * @since 0.2.0
	 *
	 * @param string $key code_of_conduct_url or privacy_notice_url.
	 * @return string Address, or '' when the site has no such page.
	 */
	public static function site_default( string $key ): string {
		if ( ! in_array( $key, self::SITE_DEFAULTS, true ) ) {
			return '';
		}
		return (string) ( self::kept_site_pages()[ $key ] ?? '' );
	}

	/**
	 * The addresses of the site's code of conduct and privacy pages, kept between
	 * requests (autoloaded) while the site's address, permalinks and privacy page stay
	 * as they were; saving or deleting a page forgets them (forget_site_defaults()).
	 * Looking them up costs a query or two, and every submission records both.
	 *
	 * @return array<string, string> key, code_of_conduct_url, privacy_notice_url.
	 */
	private static function kept_site_pages(): array {
		$key = md5( home_url( '/' ) . '|' . (string) get_option( 'permalink_structure' ) . '|' . (int) get_option( 'wp_page_for_privacy_policy' ) );
		if ( null !== self::$code_of_conduct_page && ( self::$site_pages['key'] ?? '' ) === $key ) {
			return self::$site_pages;
		}
		self::$code_of_conduct_page = '';
		$kept                       = get_option( self::SITE_PAGES_OPTION );
		if ( is_array( $kept ) && ( $kept['key'] ?? '' ) === $key && isset( $kept['code_of_conduct_url'], $kept['privacy_notice_url'] ) ) {
			self::$site_pages = array(
				'key'                 => $key,
				'code_of_conduct_url' => (string) $kept['code_of_conduct_url'],
				'privacy_notice_url'  => (string) $kept['privacy_notice_url'],
			);
			return self::$site_pages;
		}
		$page  = get_page_by_path( 'code-of-conduct' );
		$pages = array(
			'code_of_conduct_url' => $page instanceof \WP_Post && 'publish' === $page->post_status ? (string) get_permalink( $page ) : '',
			'privacy_notice_url'  => (string) get_privacy_policy_url(),
		);

		self::$site_pages = array( 'key' => $key ) + $pages;
		update_option( self::SITE_PAGES_OPTION, self::$site_pages, true );
		return self::$site_pages;
	}

	/**
	 * Forgets the looked-up code of conduct page (a page was saved or deleted).
	 *
	 * @since 0.2.0
	 */
	public static function forget_site_defaults(): void {
		self::$code_of_conduct_page = null;
		self::$built                = null;
		if ( false !== get_option( self::SITE_PAGES_OPTION ) ) {
			delete_option( self::SITE_PAGES_OPTION );
		}
	}

	/**
	 * When a setting was last changed (UTC, ISO 8601), '' when never saved.
	 *
	 * @since 0.2.0
	 *
	 * @param string $key Setting.
	 * @return string
	 */
	public static function changed_at( string $key ): string {
		$stored = get_option( self::OPTION, array() );
		return is_array( $stored ) ? (string) ( $stored['changed_at'][ $key ] ?? '' ) : '';
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
		$stored     = get_option( self::OPTION, array() );
		$stored     = is_array( $stored ) ? $stored : array();
		$settings   = self::all();
		$changed_at = is_array( $stored['changed_at'] ?? null ) ? $stored['changed_at'] : array();
		foreach ( $changes as $key => $value ) {
			if ( ! array_key_exists( $key, $settings ) ) {
				continue;
			}
			if ( in_array( $key, self::SITE_DEFAULTS, true ) ) {
				$value = '' === trim( (string) $value ) ? '' : esc_url_raw( trim( (string) $value ), array( 'http', 'https' ) );
				if ( $value !== $settings[ $key ] || ! array_key_exists( $key, $stored ) ) {
					$changed_at[ $key ] = gmdate( 'Y-m-d\TH:i:s\Z' );
				}
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
		// A site default nobody chose stays a default: it follows the site's pages.
		foreach ( self::SITE_DEFAULTS as $key ) {
			if ( ! array_key_exists( $key, $changes ) && ! array_key_exists( $key, $stored ) ) {
				unset( $settings[ $key ] );
			}
		}
		$settings['changed_at'] = $changed_at;
		update_option( self::OPTION, $settings, true );
		return self::all();
	}
}
